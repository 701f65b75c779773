"""Every kind of record from a script: `rapport add|update|show|list|move|complete|delete`, run as a user's
script runs them (a new process each), checked against what the store then holds and against the undo log."""

from __future__ import annotations

import json
from pathlib import Path

from app.clock import SystemClock
from app.services import Services
from app.store import Store
from tests.unit.test_cli import assert_one_line_error, ok, rapport


def _lines(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


def _services(data_dir: Path) -> tuple[Store, Services]:
    store = Store.open(data_dir)
    return store, Services.build(store, SystemClock())


def test_a_contact_is_added_changed_and_found_as_the_window_would_keep_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    account = ok(rapport("add", "account", "--name", "Acme: Labs", "--industry", "Optics", data_dir=data)).strip()
    uid = ok(rapport("add", "contact", "--given", "Ada", "--family", "Lovelace", "--email", "ada@acme.example",
                     "--email", "ada@home.example", "--phone", "+49 30 1234567", "--account", "Acme: Labs:CTO",
                     "--birthday=--12-10", "--tag", "Clients", "--tag", "VIP", data_dir=data)).strip()
    other = ok(rapport("add", "contact", "--given", "Пётр", "--family", "Иванов", "--job-title", "Директор",
                       data_dir=data)).strip()

    store, services = _services(data)
    try:
        contact = services.contacts.get(uid)
        assert (contact.data.given, contact.data.family) == ("Ada", "Lovelace")
        assert [(e.value, e.preferred) for e in contact.data.emails] == [("ada@acme.example", True),
                                                                        ("ada@home.example", False)]
        assert [p.value for p in contact.data.phones] == ["+49 30 1234567"]
        assert [(a.account_uid, a.role) for a in contact.data.accounts] == [(account, "CTO")]
        assert contact.data.birthday is not None and contact.data.birthday.isoformat() == "--12-10"
        assert services.tags.of("contact", uid) == ["Clients", "VIP"]
    finally:
        store.close()

    ok(rapport("update", "contact", uid, "--job-title", "CTO", "--tag", "Partners", data_dir=data))
    shown = json.loads(ok(rapport("show", "contact", uid, "--json", data_dir=data)))
    assert shown["job_title"] == "CTO" and shown["given"] == "Ada"  # what was not given stays
    assert shown["tag"] == ["Partners"]  # given again: replaced as a whole
    assert shown["email"] == ["ada@acme.example", "ada@home.example"]

    assert _lines(ok(rapport("list", "contact", data_dir=data))) == [[uid, "Ada Lovelace"], [other, "Пётр Иванов"]]
    assert _lines(ok(rapport("list", "contact", "--where", "job_title~ДИР", data_dir=data))) == [[other, "Пётр Иванов"]]
    assert _lines(ok(rapport("list", "contact", "--where", "email=ADA@home.example", "--where", "tag=partners",
                             data_dir=data))) == [[uid, "Ada Lovelace"]]
    assert ok(rapport("list", "contact", "--where", "tag=VIP", data_dir=data)) == ""
    assert _lines(ok(rapport("list", "contact", "--where", "account~labs", data_dir=data))) == [[uid, "Ada Lovelace"]]


def test_a_record_shown_as_json_is_read_back_as_a_new_one(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(rapport("add", "account", "--name", "Acme GmbH", data_dir=data))
    uid = ok(rapport("add", "contact", "--given", "Ada", "--family", "Lovelace", "--email", "ada@acme.example",
                     "--account", "Acme GmbH:CTO", "--notes", "Met at the fair\nTwo lines", "--tag", "Clients",
                     data_dir=data)).strip()
    first = json.loads(ok(rapport("show", "contact", uid, "--json", data_dir=data)))
    (tmp_path / "ada.json").write_text(json.dumps(first), encoding="utf-8")
    copy = json.loads(ok(rapport("add", "contact", "--from-json", str(tmp_path / "ada.json"), "--given", "Augusta",
                                 "--json", data_dir=data)))
    stamps = {"uid", "created_at", "updated_at", "version"}
    assert copy["uid"] != uid and copy["given"] == "Augusta"  # an option beside the file wins
    assert {k: v for k, v in copy.items() if k not in stamps | {"given", "shown_as"}} == {
        k: v for k, v in first.items() if k not in stamps | {"given", "shown_as"}}


def test_deals_tasks_and_activities_are_written_moved_done_and_undone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    account = ok(rapport("add", "account", "--name", "Acme GmbH", data_dir=data)).strip()
    contact = ok(rapport("add", "contact", "--given", "Ada", data_dir=data)).strip()
    deal = ok(rapport("add", "deal", "--title", "Analytical engine", "--account", "acme gmbh", "--contact", contact,
                      "--amount", "12000.50", "--currency", "EUR", "--expected-close", "2027-01-15",
                      data_dir=data)).strip()
    assert _lines(ok(rapport("move", deal, "qualified", data_dir=data))) == [[deal, "Qualified", "open"]]
    task = ok(rapport("add", "task", "--title", "Send the offer", "--due", "2027-01-05", "--deal", deal,
                      "--contact", contact, data_dir=data)).strip()
    assert ok(rapport("complete", task, data_dir=data)) == ""  # not a repeating one: no next occurrence
    call = ok(rapport("add", "activity", "--kind", "call", "--subject", "First call", "--when", "2026-12-06T10:00",
                      "--duration", "20", "--contact", contact, "--deal", deal, data_dir=data)).strip()
    assert _lines(ok(rapport("list", "activity", "--where", f"deal={deal}", data_dir=data))) == [
        [call, "call: First call"]]
    ok(rapport("move", deal, "lost", "--reason", "Budget cut", data_dir=data))

    store, services = _services(data)
    try:
        record = services.deals.get(deal)
        assert (record.data.account_uid, record.data.contact_uids) == (account, (contact,))
        assert str(record.data.amount) == "12000.50" and record.status == "lost" and record.lost_reason == "Budget cut"
        assert [m.to_stage for m in services.deals.history(deal)][:2] == ["Lead", "Qualified"]
        done = services.tasks.get(task)
        assert done.data.status == "completed" and done.completed_at is not None
        assert {(link.kind, link.uid) for link in done.data.links} == {("deal", deal), ("contact", contact)}
        logged = services.activities.get(call)
        assert (logged.data.kind, logged.data.duration_minutes) == ("call", 20)
        steps = [step.label for step in services.undo.history(20)]
    finally:
        store.close()
    assert steps[:4] == ["Close deal", "Log activity", "Complete task", "New task"]

    for _ in range(2):
        ok(rapport("undo", data_dir=data))  # the loss, then the call
    assert json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["deal_status"] == "open"
    assert_one_line_error(rapport("show", "activity", call, data_dir=data))

    ok(rapport("delete", "contact", contact, data_dir=data))
    assert ok(rapport("list", "contact", data_dir=data)) == ""
    ok(rapport("undo", data_dir=data))
    assert _lines(ok(rapport("list", "contact", data_dir=data))) == [[contact, "Ada"]]


def test_a_custom_fields_value_is_set_and_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, services = _services(data)
    try:
        services.custom_fields.define("contact", "licence", "Licence", "text")
    finally:
        store.close()
    uid = ok(rapport("add", "contact", "--given", "Ada", "--custom", "licence=GPL-3", data_dir=data)).strip()
    ok(rapport("add", "contact", "--given", "Grace", data_dir=data))
    assert json.loads(ok(rapport("show", "contact", uid, "--json", data_dir=data)))["custom"] == {"licence": "GPL-3"}
    assert _lines(ok(rapport("list", "contact", "--where", "licence=gpl-3", data_dir=data))) == [[uid, "Ada"]]
    ok(rapport("update", "contact", uid, "--custom", "licence=", data_dir=data))  # cleared
    assert ok(rapport("list", "contact", "--where", "licence~gpl", data_dir=data)) == ""


def test_bad_input_is_one_line_naming_the_field_and_nothing_is_written(tmp_path: Path) -> None:
    data = tmp_path / "data"
    uid = ok(rapport("add", "contact", "--given", "Ada", data_dir=data)).strip()
    (tmp_path / "bad.json").write_text('{"given": "X", "colour": "red"}', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"given": ', encoding="utf-8")
    cases = [
        (["add", "task", "--title", "T", "--due", "tomorrow"], "'tomorrow' is not a date"),
        (["add", "deal", "--title", "X", "--amount", "12,5x"], "'12,5x' is not an amount"),
        (["add", "deal", "--title", "X", "--stage", "Nowhere"], "no stage is named 'Nowhere'"),
        (["add", "contact", "--given", "X", "--account", "Nobody Inc"], "no account has the UID or name"),
        (["add", "contact", "--email", "not an address"], "is not an e-mail address"),
        (["add", "activity", "--kind", "visit"], "'visit' is not a kind of activity"),
        (["add", "contact", "--given", "X", "--custom", "licence=GPL"], "licence"),
        (["add", "contact", "--from-json", str(tmp_path / "bad.json")], "a contact has no field 'colour'"),
        (["add", "contact", "--from-json", str(tmp_path / "broken.json")], "the JSON given is not valid"),
        (["add", "contact", "--from-json", str(tmp_path / "missing.json")], "cannot read"),
        (["update", "contact", "no-such-uid", "--given", "X"], "no contact with uid no-such-uid"),
        (["update", "contact", uid, "--given", ""], "a contact needs a name"),
        (["list", "contact", "--where", "colour=red"], "a contact has no field 'colour'"),
        (["list", "contact", "--where", "nonsense"], "is not FIELD=VALUE or FIELD~TEXT"),
        (["list", "contact", "--limit", "0"], "--limit must be from 1"),
        (["move", uid, "Qualified"], "no deal with uid"),
        (["complete", uid], "no task with uid"),
    ]
    for args, said in cases:
        line = assert_one_line_error(rapport(*args, data_dir=data))
        assert said in line, (args, line)
    store, services = _services(data)
    try:
        assert services.contacts.count() == 1 and services.contacts.get(uid).data.given == "Ada"
        assert [step.label for step in services.undo.history(10)] == ["New contact"]
    finally:
        store.close()


def test_custom_fields_are_added_listed_and_removed_from_a_script(tmp_path: Path) -> None:
    from app.custom_fields import FIELD_TYPES
    from cli.field_commands import TYPES_SAID

    assert ", ".join(FIELD_TYPES[:-1]) + " or " + FIELD_TYPES[-1] == TYPES_SAID  # the help says what define takes
    data = tmp_path / "data"
    assert ok(rapport("field", "add", "deal", "tier", "Tier", "--type", "choice", "--choice", "Gold", "--choice",
                      "Silver", data_dir=data)) == "deal\ttier\n"
    ok(rapport("field", "add", "contact", "licence", "Licence", data_dir=data))
    assert _lines(ok(rapport("field", "list", data_dir=data))) == [["contact", "licence", "text", "Licence"],
                                                                   ["deal", "tier", "choice", "Tier", "Gold", "Silver"]]
    deal = ok(rapport("add", "deal", "--title", "Arms", "--custom", "tier=Gold", data_dir=data)).strip()
    assert "not one of" in assert_one_line_error(rapport("update", "deal", deal, "--custom", "tier=Bronze",
                                                         data_dir=data))
    assert _lines(ok(rapport("list", "deal", "--where", "tier=gold", data_dir=data))) == [[deal, "Arms"]]
    ok(rapport("field", "remove", "deal", "tier", data_dir=data))
    assert json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"] == {}
    assert "no field 'tier'" in assert_one_line_error(rapport("list", "deal", "--where", "tier=gold", data_dir=data))
    ok(rapport("undo", data_dir=data))  # the field and its value come back
    assert json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"] == {"tier": "Gold"}
    for args in (["field", "add", "contact", "Bad Key", "X"], ["field", "add", "contact", "x", "X", "--type", "colour"],
                 ["field", "remove", "contact", "nothing"]):
        assert_one_line_error(rapport(*args, data_dir=data))


def test_custom_fields_of_each_type_are_checked_changed_moved_and_restored_from_a_script(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for key, kind, extra in (("budget", "money", []), ("sectors", "multichoice", ["--choice", "Retail",
                             "--choice", "Oil, gas", "--choice", "Food"]), ("vip", "checkbox", []),
                             ("referrer", "contact", []), ("memo", "longtext", [])):
        ok(rapport("field", "add", "deal", key, key.title(), "--type", kind, *extra, data_dir=data))
    ada = ok(rapport("add", "contact", "--given", "Ада", "--family", "Лавлейс", data_dir=data)).strip()
    deal = ok(rapport("add", "deal", "--title", "Arms", "--custom", "budget=€1.200,5", "--custom",
                      "sectors=food, oil, gas", "--custom", "vip=да", "--custom", "referrer=ада лавлейс",
                      data_dir=data)).strip()
    shown = json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"]
    assert shown == {"budget": "1200.50 EUR", "sectors": "Oil, gas\nFood", "vip": "yes", "referrer": ada}
    for value, said in (("budget=€12 USD", "two currencies"), ("budget=12 EUR USD", "not an amount"),
                        ("budget=12.3456 EUR", "decimal places"),
                        ("budget=12", "name the currency"), ("sectors=Food, Steel", "'Steel' is not one of"),
                        ("vip=maybe", "neither yes nor no"), ("referrer=Nobody", "no contact is named")):
        assert said in assert_one_line_error(rapport("update", "deal", deal, "--custom", value, data_dir=data))
    ok(rapport("currency", "home", "JPY", data_dir=data))
    ok(rapport("update", "deal", deal, "--custom", "budget=1 200", data_dir=data))
    assert json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"]["budget"] == "1200 JPY"

    assert "value of 1 records" in assert_one_line_error(
        rapport("field", "change", "deal", "sectors", "--choice", "Retail", "--choice", "Food", data_dir=data))
    assert _lines(ok(rapport("field", "change", "deal", "sectors", "--label", "Sectors served", "--choice", "Food",
                             "--choice", "Oil, gas", "--choice", "Steel", data_dir=data))) == [
        ["deal", "sectors", "multichoice", "Sectors served", "Food", "Oil, gas", "Steel"]]
    assert ok(rapport("field", "move", "deal", "memo", "-9", data_dir=data)).split() == [
        "memo", "budget", "sectors", "vip", "referrer"]
    ok(rapport("field", "remove", "deal", "budget", data_dir=data))
    assert _lines(ok(rapport("field", "trash", data_dir=data)))[0][:4] == ["deal", "budget", "Budget", "1 values"]
    assert "budget" not in json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"]
    ok(rapport("field", "restore", "deal", "budget", data_dir=data))
    assert json.loads(ok(rapport("show", "deal", deal, "--json", data_dir=data)))["custom"]["budget"] == "1200 JPY"
    assert ok(rapport("field", "trash", data_dir=data)) == ""


def test_an_update_keeps_what_the_script_did_not_speak_of(tmp_path: Path) -> None:
    """Links of the kinds not given, an address's label given again, a time with its offset in UTC, an
    empty priority as none; a custom field on a task; a key that would hide a field of the record refused."""
    from app.contacts import ContactData, Email, Phone

    data = tmp_path / "data"
    store, services = _services(data)
    try:
        ada = services.contacts.create(ContactData(given="Ada", emails=(Email("ada@work.example", label="work"),),
                                                   phones=(Phone("+49 30 1234567", label="cell"),))).value.uid
    finally:
        store.close()
    first = ok(rapport("add", "deal", "--title", "First", data_dir=data)).strip()
    second = ok(rapport("add", "deal", "--title", "Second", data_dir=data)).strip()
    task = ok(rapport("add", "task", "--title", "Call", "--priority", "3", "--contact", ada, "--deal", first,
                      data_dir=data)).strip()
    ok(rapport("update", "task", task, "--deal", second, "--priority", "", data_dir=data))
    shown = json.loads(ok(rapport("show", "task", task, "--json", data_dir=data)))
    assert (shown["contact"], shown["deal"], shown["priority"]) == ([ada], [second], 0)

    (tmp_path / "ada.json").write_text(ok(rapport("show", "contact", ada, "--json", data_dir=data)), encoding="utf-8")
    ok(rapport("update", "contact", ada, "--from-json", str(tmp_path / "ada.json"), "--family", "King",
               data_dir=data))
    store, services = _services(data)
    try:
        held = services.contacts.get(ada).data
        assert [(e.value, e.label) for e in held.emails] == [("ada@work.example", "work")]
        assert [(p.value, p.label) for p in held.phones] == [("+49 30 1234567", "cell")]
    finally:
        store.close()

    call = ok(rapport("add", "activity", "--kind", "call", "--when", "2026-03-02T11:30+02:00", data_dir=data)).strip()
    assert json.loads(ok(rapport("show", "activity", call, "--json", data_dir=data)))["when"] == "2026-03-02T09:30:00"

    ok(rapport("field", "add", "task", "effort", "Effort", "--type", "number", data_dir=data))
    ok(rapport("update", "task", task, "--custom", "effort=3", data_dir=data))
    assert _lines(ok(rapport("list", "task", "--where", "effort=3", data_dir=data))) == [[task, "Call"]]
    assert "has a field 'notes' of its own" in assert_one_line_error(
        rapport("field", "add", "contact", "notes", "Notes", data_dir=data))
