"""What the services say to a user is a Said (app/messages.py): the English sentence, and the template and
values the window translates it from. Validation of activities, tasks, pipelines, custom fields and links;
backups, the store, exports and undo; and SQLite's own reasons for a failed write."""

from __future__ import annotations

import pickle
import sqlite3
from datetime import date
from pathlib import Path

import peewee
import pytest

from app import paths
from app.activities import ActivityData, Alarm, CalendarProperty
from app.backup import check_backup
from app.contacts import AccountLink, ContactData
from app.deals import DealData
from app.errors import NotFoundError, RapportError, StoreError, ValidationError, kind_word
from app.exporting import export_to_file
from app.links import Link
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.services import Services
from app.store import Store
from app.store_errors import sqlite_problem
from app.tasks import TaskData
from app.undo import UndoConflictError
from app.unit_of_work import Origin


def _said(message: object) -> Said:
    assert isinstance(message, Said), f"{message!r} is plain text, not a Said"
    return message


def _errors(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, Said]:
    return {error.field: _said(error.message) for error in exc.value.errors}


def test_an_activity_says_what_is_wrong_with_its_calendar_fields(services: Services) -> None:
    data = ActivityData(kind="fax", subject="x", timezone="Mars/Olympus", rrules=("FREQ=SOMETIMES",), sequence=-1,
                        alarms=(Alarm(action=" ", trigger_related="MIDDLE"),),
                        ical_extra=(CalendarProperty("X BAD", "v"), CalendarProperty("X-NOTE", "a\nb")))
    with pytest.raises(ValidationError) as exc:
        services.activities.log(data)
    messages = [_said(e.message) for e in exc.value.errors]
    by_template = {m.template: m for m in messages}
    kind = by_template["an activity is a call, meeting, email or note, not %1"]
    assert kind == "an activity is a call, meeting, email or note, not 'fax'" and kind.args == ("'fax'",)
    zone = by_template["%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin)"
                       " and no VTIMEZONE for it is kept"]
    assert zone.args == ("'Mars/Olympus'",)
    rule = by_template["%1 is not a recurrence rule: %2"]
    assert rule.startswith("'FREQ=SOMETIMES' is not a recurrence rule: ") and rule.args[0] == "'FREQ=SOMETIMES'"
    assert by_template["SEQUENCE cannot be negative"] == "SEQUENCE cannot be negative"
    assert by_template["an alarm needs an action (DISPLAY, AUDIO, EMAIL)"].args == ()
    assert by_template["an alarm is related to START or END, not %1"].args == ("'MIDDLE'",)
    assert "an alarm needs one trigger: minutes before or after, or a moment" in by_template
    assert by_template["%1 is not an iCalendar property name"] == "'X BAD' is not an iCalendar property name"
    assert by_template["the value of %1 has a line break (it must stay escaped)"].args == ("X-NOTE",)


def test_a_task_says_what_is_wrong_with_it(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.tasks.create(TaskData(title="Call back", priority=12, status="someday", percent_complete=101,
                                       due_date=date(2026, 3, 2), recurrence="FREQ=NEVER", timezone="Nowhere/Else"))
    errors = _errors(exc)
    assert errors["priority"].template == "priority goes from 0 (none) and 1 (highest) to 9 (lowest)"
    assert errors["status"] == "status is one of needs-action, in-process, completed, cancelled, not 'someday'"
    assert errors["status"].template == "status is one of %1, not %2"
    assert errors["percent_complete"].template == "percent complete goes from 0 to 100"
    assert errors["recurrence"].template == "%1 is not a recurrence rule: %2"
    assert errors["recurrence"].args[0] == "'FREQ=NEVER'"
    assert errors["timezone"].args == ("'Nowhere/Else'",)


def test_pipelines_and_stages_say_what_they_need(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.pipelines.create(" ", (("", 120),))
    messages = [_said(e.message) for e in exc.value.errors]
    assert [m.template for m in messages] == ["a pipeline needs a name", "a stage needs a name",
                                              "a probability is a percentage from 0 to 100, not %1"]
    assert messages[2] == "a probability is a percentage from 0 to 100, not 120" and messages[2].args == (120,)
    with pytest.raises(ValidationError) as exc:
        services.pipelines.create("Sales", ())
    assert _said(exc.value.errors[0].message).template == "a pipeline needs at least one stage"


def test_a_stage_with_deals_is_not_deleted_and_says_why(services: Services) -> None:
    pipeline = services.pipelines.default()
    stage = pipeline.stages[0]
    services.deals.create(DealData(title="Licence", stage_uid=stage.uid))
    with pytest.raises(ValidationError) as exc:
        services.pipelines.delete_stage(stage.uid)
    message = _said(exc.value.errors[0].message)
    assert message.template == "stage %1 still has %2 deal(s): move them to another stage first"
    assert message.args == (repr(stage.name), 1)


def test_custom_fields_say_what_is_wrong_with_a_definition_or_a_value(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.define("planet", "9key", " ", "colour")
    assert [_said(e.message).template for e in exc.value.errors] == [
        "custom fields go on %1, not %2", "a key is lower-case letters, digits and _, starting with a letter",
        "a field needs a label", "a field type is one of %1"]
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.define("contact", "tier", "Tier", "choice")
    assert _said(exc.value.errors[0].message).template == "a choice field needs at least one choice"

    services.custom_fields.define("contact", "tier", "Tier", "choice", ("Gold", "Silver"))
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.define("contact", "tier", "Tier again", "text")
    duplicate = _said(exc.value.errors[0].message)
    assert duplicate == "contact already has a field 'tier'" and duplicate.template == "%1 already has a field %2"
    assert _said(duplicate.args[0]).template == "contact"  # the kind of record is translated too

    uid = services.contacts.create(ContactData(given="Ann")).value.uid
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.set("contact", uid, "tier", "Platinum")
    choice = _said(exc.value.errors[0].message)
    assert choice.template == "%1: %2 is not one of the choices (%3)"
    assert choice.args == ("Tier", "'Platinum'", "Gold, Silver")

    services.custom_fields.define("contact", "seats", "Seats", "number")
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.set("contact", uid, "seats", "many")
    assert _said(exc.value.errors[0].message).template == "%1: %2 is not a number"

    services.custom_fields.define("contact", "since", "Since", "date")
    with pytest.raises(ValidationError) as exc:
        services.custom_fields.set("contact", uid, "since", "someday")
    dated = _said(exc.value.errors[0].message)
    assert dated.template == "%1: %2" and dated.args[0] == "Since"

    with pytest.raises(NotFoundError) as missing:
        services.custom_fields.set("contact", uid, "nope", "1")
    said = _said(message_of(missing.value))
    assert said == "no contact field with uid nope" and _said(said.args[0]).template == "%1 field"


def test_links_deals_and_contacts_name_the_record_that_is_not_there(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.activities.log(ActivityData(kind="note", text="x", links=(Link("planet", "p"),
                                                                           Link("contact", "c-none"))))
    wrong_kind, missing = (_said(e.message) for e in exc.value.errors)
    assert wrong_kind.template == "can link to a contact, account, deal or lead, not %1"
    assert missing == "no contact with uid c-none" and missing.template == "no %1 with uid %2"
    assert _said(missing.args[0]).template == "contact"

    stage = services.pipelines.default().stages[0]
    with pytest.raises(ValidationError) as exc:
        services.deals.create(DealData(title="x", stage_uid=stage.uid, account_uid="a-none", contact_uids=("c-1",)))
    errors = _errors(exc)
    assert errors["account_uid"] == "no account with uid a-none"
    assert errors["account_uid"].template == "no %1 with uid %2"
    assert errors["contact_uids[0]"] == "no contact with uid c-1"

    with pytest.raises(ValidationError) as exc:
        services.contacts.create(ContactData(given="Ann", accounts=(AccountLink("a-none"),)))
    assert _errors(exc)["accounts[0]"] == "no account with uid a-none"

    with pytest.raises(NotFoundError) as not_found:
        services.contacts.get("nope")
    assert message_of(not_found.value) == "no contact with uid nope"
    assert _said(message_of(not_found.value)).template == "no %1 with uid %2"


def test_kinds_of_record_are_words_to_translate() -> None:
    assert _said(kind_word("custom_field")) == "custom field"
    assert kind_word("open sync conflict for") == "open sync conflict for"  # not a kind: left as it is
    assert not isinstance(kind_word("open sync conflict for"), Said)


def test_a_backup_that_cannot_be_restored_says_why(services: Services, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(StoreError) as exc:
        check_backup(missing)
    said = _said(message_of(exc.value))
    assert said.template == "%1: no such file" and said.args == (missing,) and str(missing) in str(exc.value)

    foreign = tmp_path / "recipes.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError) as exc:
        check_backup(foreign)
    assert _said(message_of(exc.value)).template == "%1: not a Rapport database"

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 300)
    with pytest.raises(StoreError) as exc:
        check_backup(junk)
    assert _said(message_of(exc.value)).template == "%1: not a readable SQLite database (%2)"

    with pytest.raises(StoreError) as exc:
        services.backups.backup(services.store.path)
    assert _said(message_of(exc.value)).template == "a backup cannot overwrite the database it copies"


def test_a_database_that_cannot_be_opened_says_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    paths.database_path(data_dir).write_bytes(b"not a database at all" * 300)
    with pytest.raises(StoreError) as exc:
        Store.open(data_dir)
    said = _said(message_of(exc.value))
    assert said.template == "cannot open the database %1: %2" and said.args[0] == paths.database_path(data_dir)


def test_an_export_that_cannot_be_written_says_so(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "contacts.vcf"
    with pytest.raises(RapportError) as exc:
        export_to_file(services, "vcard4", target)
    said = _said(message_of(exc.value))
    assert said.template == "cannot write %1: %2" and said.args[0] == target


def test_an_undo_that_is_refused_names_the_step_and_the_record(services: Services) -> None:
    uid = services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
    services.contacts.update(uid, job_title="CTO")
    with services.writer.write("Apply a card from the server", Origin.SYNC):
        services.contacts.update(uid, notes="Met at the fair")
    with pytest.raises(UndoConflictError) as exc:
        services.undo.undo()
    said = _said(message_of(exc.value))
    assert said == "cannot undo “Edit contact”: the contact “Ada Lovelace” was edited after it"
    assert said.template == "cannot undo %1: %2 was edited after it"
    step, record = (_said(a) for a in said.args)
    assert (step.template, step.args) == ("“%1”", ("Edit contact",))
    assert (record.template, record.args) == ("the %1 “%2”", (kind_word("contact"), "Ada Lovelace"))
    assert pickle.loads(pickle.dumps(said)).args[1].template == "the %1 “%2”"  # it survives a helper process


# --- SQLite's own reasons -----------------------------------------------------------------------------


def _sqlite_error(path: Path | str, statement: str, *, uri: bool = False, timeout: float = 5.0) -> sqlite3.Error:
    connection = sqlite3.connect(path, uri=uri, timeout=timeout)
    try:
        connection.execute(statement)
        connection.commit()
    except sqlite3.Error as exc:
        return exc
    finally:
        connection.close()
    raise AssertionError(f"{statement} did not fail")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "plain.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (a TEXT)")
    connection.commit()
    connection.close()
    return path


def test_a_read_only_database_is_said_in_words(database: Path) -> None:
    error = _sqlite_error(f"file:{database}?mode=ro", "INSERT INTO t VALUES ('x')", uri=True)
    assert str(error) == "attempt to write a readonly database"
    said = sqlite_problem(error)
    assert said is not None and said.template == "the database file is read-only"
    wrapped = peewee.SqliteDatabase(f"file:{database}?mode=ro", uri=True)
    with pytest.raises(peewee.OperationalError) as exc:
        wrapped.execute_sql("INSERT INTO t VALUES ('x')")
    wrapped.close()
    assert sqlite_problem(exc.value) == "the database file is read-only"  # peewee's error, as the writer raises it


def test_a_locked_database_is_said_in_words(database: Path) -> None:
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        error = _sqlite_error(database, "INSERT INTO t VALUES ('x')", timeout=0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(error) == "database is locked"
    assert sqlite_problem(error) == "another program holds the database (locked); try again"


def test_a_full_disk_is_said_in_words(database: Path) -> None:
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.Error) as exc:
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 2000,)] * 50)
    connection.close()
    assert str(exc.value) == "database or disk is full"
    said = sqlite_problem(exc.value)
    assert said is not None and said.template == "the disk is full: nothing was written"


def test_a_file_that_cannot_be_opened_or_read_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.Error) as exc:
        sqlite3.connect(tmp_path / "no folder" / "x.sqlite3")
    assert str(exc.value) == "unable to open database file"
    assert _said(sqlite_problem(exc.value)).template == (
        "the database file cannot be opened (it or its folder is missing or locked)")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 4096)
    error = _sqlite_error(junk, "SELECT * FROM sqlite_master")
    assert str(error) == "file is not a database"
    assert _said(sqlite_problem(error)).template == "the database file is not an SQLite database"


def test_sqlite_text_without_its_code_is_said_in_words_and_other_errors_are_left_alone() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (a TEXT)")
    connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(sqlite3.Error) as io_error:
        connection.execute("INSERT INTO t VALUES ('x')")
    assert sqlite_problem(io_error.value) == "the disk could not be read or written (disk I/O error)"
    connection.execute("DROP TRIGGER refuse")
    connection.execute("CREATE TRIGGER refuse BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'no, thanks'); END")
    with pytest.raises(sqlite3.Error) as refused:
        connection.execute("INSERT INTO t VALUES ('x')")
    connection.close()
    assert sqlite_problem(refused.value) is None  # its own text stands
    assert sqlite_problem(ValueError("database is locked")) is None
    try:
        try:
            raise sqlite3.DatabaseError("file is not a database")
        except sqlite3.DatabaseError:
            raise StoreError("x.sqlite3: not a readable SQLite database") from None
    except StoreError as store_error:
        assert sqlite_problem(store_error) is None  # a service's own error says it already


def test_a_value_holding_a_placeholder_is_left_as_it_is() -> None:
    """A name read from a file may hold "%2": it is put in once, never filled in again."""
    message = said(QT_TRANSLATE_NOOP("Services", "%1 is not a phone number"), "100%2 sure")
    assert message == "100%2 sure is not a phone number"
    many = said("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10", *"abcdefghij")
    assert many == "a b c d e f g h i j", "%10 is the tenth value, not the first and a 0"
