"""The one door for writes (app/unit_of_work.py): what every write gets from it, nesting, and writers in
two connections side by side."""

from __future__ import annotations

import ast
import threading
import time
from datetime import timedelta
from pathlib import Path

import peewee
import pytest

from app.changes import Changes
from app.clock import FakeClock
from app.contacts import ContactData, Email
from app.deals import DealData
from app.errors import ValidationError
from app.services import Services
from app.store import Store
from app.unit_of_work import Origin
from tests.conftest import CORPUS, PROJECT


def test_a_write_stamps_indexes_and_says_what_changed(services: Services, clock: FakeClock) -> None:
    created = services.contacts.create(ContactData(given="Ada", family="Lovelace")).value
    clock.advance(timedelta(minutes=5))
    with services.writer.write("Rename Ada") as op:
        row = services.contacts.update(created.uid, family="Byron")
    assert op.changes == Changes(contacts=True)
    assert op.label == "Rename Ada" and op.origin is Origin.USER
    after = services.contacts.get(created.uid)
    assert after.meta.version == created.meta.version + 1
    assert after.meta.updated_at == clock.now() > created.meta.updated_at
    assert row.value.meta.version == after.meta.version
    # The index was brought up to date at commit: the new name is found, the old one no longer.
    assert [h.uid for h in services.search.search("Byron")] == [created.uid]
    assert services.search.search("Lovelace") == []


def test_a_write_inside_another_joins_it(services: Services) -> None:
    """The outer write names the step; the inner service writes add to its changes, in one transaction."""
    stage = services.pipelines.default().stages[0]
    with services.writer.write("Add Grace and her deal") as op:
        person = services.contacts.create(ContactData(given="Grace", family="Hopper")).value
        services.deals.create(DealData(title="Compiler licence", stage_uid=stage.uid, contact_uids=(person.uid,)))
        assert services.writer.current is op
    assert services.writer.current is None
    assert op.changes == Changes(contacts=True, deals=True)
    assert {h.kind for h in services.search.search("Hopper")} >= {"contact"}


def test_a_failed_inner_write_undoes_only_itself(services: Services) -> None:
    with services.writer.write("Two contacts, one bad") as op:
        services.contacts.create(ContactData(given="Kept", family="One"))
        with pytest.raises(ValidationError):
            services.contacts.create(ContactData(given="Bad", emails=(Email("not an address"),)))
    assert op.changes.contacts
    assert [c.data.given for c in services.contacts.list()] == ["Kept"]


def test_an_error_rolls_the_whole_write_back(services: Services) -> None:
    with pytest.raises(RuntimeError), services.writer.write("Doomed"):
        services.contacts.create(ContactData(given="Never", family="Stored"))
        raise RuntimeError("the user's disk is full")
    assert services.contacts.count() == 0
    assert services.search.search("Never") == []
    assert services.writer.current is None  # the next write starts afresh
    services.contacts.create(ContactData(given="After"))
    assert services.contacts.count() == 1


def test_the_door_times_its_writes(services: Services) -> None:
    before = services.writer.stats.count
    services.contacts.create(ContactData(given="Timed"))
    assert services.writer.stats.count == before + 1
    assert services.writer.stats.longest > 0


def test_a_writer_waits_for_another_instead_of_failing(services: Services) -> None:
    """Two threads, each with its own connection (as the window and a sync are): A reads, then B
    commits, then A writes. With SQLite's deferred BEGIN, A's write fails at once with "database is
    locked" (its snapshot is stale: SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out; the next
    test shows it). Through the door A holds the write lock from its start, and B waits its turn."""
    a_read = threading.Event()
    errors: list[BaseException] = []
    b_done = threading.Event()

    def writer_b() -> None:
        try:
            a_read.wait(5)
            services.contacts.create(ContactData(given="From", family="B"))
        except BaseException as exc:
            errors.append(exc)
        finally:
            services.store.database.close()  # this thread's connection
            b_done.set()

    thread = threading.Thread(target=writer_b)
    thread.start()
    with services.writer.write("A reads, then writes"):
        assert services.contacts.count() == 0  # a read: under a deferred BEGIN this pins A's snapshot
        a_read.set()
        time.sleep(0.3)  # B tries to commit meanwhile
        assert not b_done.is_set(), "B wrote while A held the write lock"
        services.contacts.create(ContactData(given="From", family="A"))
    thread.join(10)
    assert not errors, errors
    assert sorted(c.data.family for c in services.contacts.list()) == ["A", "B"]


def test_deferred_begin_really_fails_there(data_dir: Path) -> None:
    """The control for the test above: the same interleaving in plain deferred transactions fails."""
    Store.open(data_dir).close()
    a, b = Store.open(data_dir), Store.open(data_dir)
    insert = "INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', '2026-01-01')"
    with pytest.raises(peewee.OperationalError, match="locked"), a.database.atomic():
        a.database.execute_sql("SELECT count(*) FROM contact").fetchone()
        b.database.execute_sql(insert, ("x", "x"))
        a.database.execute_sql(insert, ("y", "y"))
    a.close()
    b.close()


# The functions of db/fts.py that write the index. Only the door calls them; db/ itself (migrations,
# rebuild after a restore) may.
_INDEX_WRITERS = {"index", "index_contacts", "index_accounts", "index_deals", "index_activities", "index_tasks",
                  "insert_entries", "rebuild"}


def test_only_the_door_writes_the_search_index() -> None:
    callers: list[str] = []
    for package in ("app", "cli", "sync", "ui"):
        for path in sorted((PROJECT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Attribute) and node.attr in _INDEX_WRITERS
                        and isinstance(node.value, ast.Name) and node.value.id == "fts"):
                    callers.append(f"{path.relative_to(PROJECT)}:{node.lineno} fts.{node.attr}")
                if isinstance(node, ast.ImportFrom) and node.module == "db.fts":
                    callers.extend(f"{path.relative_to(PROJECT)}:{node.lineno} imports {a.name}"
                                   for a in node.names if a.name in _INDEX_WRITERS)
    assert callers and all(c.startswith("app/unit_of_work.py") for c in callers), callers


def test_no_transaction_is_opened_outside_the_door() -> None:
    """Writers use `writer.write()`; `atomic()` elsewhere in app/, sync/ and ui/ is a read snapshot, named
    here so that a new one is a decision."""
    # candidates() of contacts and of accounts read in one snapshot
    allowed = {"app/unit_of_work.py", "app/duplicates.py", "app/account_duplicates.py"}
    found = []
    for package in ("app", "cli", "sync", "ui"):
        for path in sorted((PROJECT / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if ".atomic(" in text or ".transaction(" in text:
                found.append(str(path.relative_to(PROJECT)))
    assert set(found) <= allowed, sorted(set(found) - allowed)


def test_the_window_never_holds_the_database_nor_writes_outside_an_operation() -> None:
    """ui/ reads through `services.queries` and writes through ui/operations (an Op, or a Task on the write
    worker for the long jobs with progress): no `.database`, no `.store` and no `writer.write(` in ui/,
    where a write on the UI thread would wait behind a sync and freeze the window. The entry point
    (ui/application.py) opens the store; that is all."""
    found = []
    for path in sorted((PROJECT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("database", "store", "execute_sql"):
                found.append(f"{path.relative_to(PROJECT)}:{node.lineno} .{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "write" and (
                    (isinstance(node.value, ast.Attribute) and node.value.attr == "writer")
                    or (isinstance(node.value, ast.Name) and node.value.id == "writer")):
                found.append(f"{path.relative_to(PROJECT)}:{node.lineno} writer.write")
    allowed = {"ui/operations/operation.py"}  # the Op's own unit of work
    assert [f for f in found if f.split(":")[0] not in allowed] == []


def test_an_import_tells_what_kinds_it_wrote(services: Services) -> None:
    """The window's views refresh from the Changes an import's units of work add up to (its fast path
    writes the search rows itself: those kinds moved too)."""
    from app import import_plan

    source = CORPUS / "vcard" / "ezvcard__John_Doe_ANDROID.vcf"
    if not source.exists():
        pytest.skip("../shared/corpus is absent")
    with services.writer.collect_changes() as tally:
        report = import_plan.run_import(services, [import_plan.inspect(source)], {})
    assert report.imported == 6
    assert tally.changes.contacts and tally.changes.accounts


def _change_count(services: Services) -> int:
    return int(services.store.database.execute_sql("SELECT count FROM local_change").fetchone()[0])


def test_every_committed_write_counts_as_a_local_change_but_sync_bookkeeping(services: Services) -> None:
    """local_change.count (schema 18) is what lets a sync skip looking for local changes: any write the door
    commits moves it, one step a transaction; the sync's notes about the server do not; a rolled back write
    does not; a change joined to a bookkeeping write makes the whole a change."""
    start = _change_count(services)
    services.contacts.create(ContactData(given="Ada", family="Lovelace"))
    assert _change_count(services) == start + 1
    with services.writer.write("Two at once"):
        services.contacts.create(ContactData(given="Grace", family="Hopper"))
        services.contacts.create(ContactData(given="Alan", family="Turing"))
    assert _change_count(services) == start + 2
    with services.writer.write("Sync", Origin.SYNC, bookkeeping=True):
        services.store.database.execute_sql("UPDATE sync_log SET level = level")
    assert _change_count(services) == start + 2
    with pytest.raises(RuntimeError), services.writer.write("Doomed"):
        services.contacts.create(ContactData(given="Never"))
        raise RuntimeError("the user's disk is full")
    assert _change_count(services) == start + 2
    with services.writer.write("Sync", Origin.SYNC, bookkeeping=True):
        services.contacts.create(ContactData(given="Joined", family="Change"))
    assert _change_count(services) == start + 3


def test_a_migration_counts_as_a_local_change(data_dir: Path) -> None:
    from db.migrations import migrate

    store = Store.open(data_dir)
    database = store.database
    database.execute_sql("PRAGMA user_version = 17")
    database.execute_sql("DROP TABLE local_change")
    database.execute_sql("ALTER TABLE sync_collection DROP COLUMN pushed_through")
    database.execute_sql("DROP TABLE contact_group")
    database.execute_sql("ALTER TABLE custom_field DROP COLUMN removed_at")
    database.execute_sql("ALTER TABLE sync_collection DROP COLUMN lastmod_follows")
    database.execute_sql("DROP TABLE mail_message")
    database.execute_sql("DROP TABLE mail_folder")
    database.execute_sql("DROP TABLE mail_account")
    database.execute_sql("DROP TABLE account_mail_domain")
    for table in ("contact_file", "account_file", "deal_file", "file_content", "crm_setting", "exchange_rate",
                  "segment"):
        database.execute_sql(f"DROP TABLE {table}")
    database.execute_sql("DROP INDEX activity_live_time_kind_day_owner")  # (schema 30)
    database.execute_sql("ALTER TABLE activity DROP COLUMN owner")
    database.execute_sql("DROP TABLE lead")  # (schema 31; its link tables are made anew)
    for index in ("deal_open_order", "deal_open_money", "task_open_due",  # (schema 32)
                  "activity_calendar", "activity_meeting_end", "task_calendar"):  # (schema 33)
        database.execute_sql(f"DROP INDEX {index}")
    database.execute_sql("DROP TABLE search_index_by_name")  # (schema 36)
    database.execute_sql("DROP TABLE search_index_by_name_entry")
    assert migrate(database) == [18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]
    assert database.execute_sql("SELECT count FROM local_change").fetchone()[0] == 1
    store.close()
