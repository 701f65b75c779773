"""The sync's per-item messages, its report and its log are Saids (app/messages.py): the English the
command line and the other tests read, with the template and values the window translates. The log
keeps them through SQLite (stored()/restored()). No Qt here, no network: the in-memory server
(tests/sync/conftest.py)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from app.contacts import ContactData
from app.errors import FieldError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.services import Services
from sync.calendars import CalendarFormatError, CalendarRecords
from sync.cards import CardFormatError, problem_of, read_card
from sync.memory import MemoryServer, MemoryStorage, status_error
from sync.state import SyncState
from tests.sync.conftest import Laptop, vcard

BOOK = "/user/contacts/"


def _said(text: object) -> Said:
    assert isinstance(text, Said), repr(text)
    return text


def _saids(message: object) -> Iterator[Said]:
    """A Said and every Said among its args, depth first."""
    if isinstance(message, Said):
        yield message
        for arg in message.args:
            yield from _saids(arg)


def _ical(*components: str) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *components, "END:VCALENDAR"]) + "\r\n"


def _people(memory_laptop: Laptop, count: int) -> list[str]:
    memory_laptop.store.activate()
    return [memory_laptop.services.contacts.create(ContactData(given=f"Person{i}", family="Example")).value.uid
            for i in range(count)]


def _href_of(memory: MemoryServer, uid: str) -> str:
    return next(h for h, t in memory.texts(BOOK).items() if f"UID:{uid}\r\n" in t)


# --- cards and calendar objects -------------------------------------------------------------------------


def test_a_card_that_cannot_be_read_says_so_with_its_href() -> None:
    with pytest.raises(CardFormatError) as caught:
        read_card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n", "/user/contacts/cut.vcf")

    message = _said(message_of(caught.value))
    assert message.template == "%1: %2"
    assert message.args[0] == "/user/contacts/cut.vcf"
    reason = _said(message.args[1])
    assert reason.template == "record %1 (line %2): %3" and reason.args[:2] == (1, 1)
    assert message == str(caught.value) == "/user/contacts/cut.vcf: " + reason  # the English as it was


def test_a_card_without_an_href_is_called_a_card() -> None:
    with pytest.raises(CardFormatError) as caught:
        read_card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n")

    where = _said(_said(message_of(caught.value)).args[0])
    assert where.template == "a card" and str(caught.value).startswith("a card: record 1 (line 1): ")


def test_a_validation_error_is_said_field_by_field() -> None:
    error = ValidationError([FieldError("emails[0]", said(QT_TRANSLATE_NOOP("Services", "it has no @"))),
                             FieldError("name", "plain words")])

    message = _said(problem_of(error))

    assert message == str(error) == "emails[0]: it has no @; name: plain words"
    assert message.template == "%1; %2"
    first = _said(message.args[0])
    assert first.template == "%1: %2" and first.args[0] == "emails[0]"
    assert _said(first.args[1]).template == "it has no @"
    assert problem_of(ValueError("other")) == "other"


def test_a_phone_an_organisation_card_cannot_use_is_kept_with_a_said_warning() -> None:
    card = "\r\n".join(["BEGIN:VCARD", "VERSION:4.0", "UID:org-1", "KIND:org", "FN:Acme", "ORG:Acme", "TEL:abc",
                        "END:VCARD"]) + "\r\n"

    view = read_card(card, "/user/contacts/acme.vcf")

    assert view.kind == "account"
    kept = [w for w in view.warnings if isinstance(w, Said) and w.template == "kept TEL %1 as it was"]
    assert kept and kept[0] == "kept TEL 'abc' as it was" and kept[0].args == ("'abc'",)


def test_calendar_objects_that_cannot_be_read_say_so(services: Services) -> None:
    """A journal entry another program wrote is a note now (the office's calls and notes sync, issue 14);
    a deal whose stage it does not define, and an object with nothing Rapport syncs, are named and refused."""
    records = CalendarRecords(services)
    journal = _ical("BEGIN:VJOURNAL", "UID:j1", "DTSTAMP:20260101T000000Z", "DTSTART:20260101T090000Z",
                    "SUMMARY:Notes", "END:VJOURNAL")
    view = records.read(journal, "/user/calendar/j1.ics")
    assert (view.kind, view.fields["kind"], view.fields["subject"]) == ("journal", "note", "Notes")

    deal = _ical("BEGIN:VTODO", "UID:d1", "DTSTAMP:20260101T000000Z", "SUMMARY:Globex", "X-RAPPORT-KIND:deal",
                 "X-RAPPORT-STAGE:s-9", "END:VTODO")
    with pytest.raises(CalendarFormatError) as caught:
        records.read(deal, "/user/calendar/d1.ics")
    assert str(caught.value) == ("/user/calendar/d1.ics: deal d1: its stage 's-9' is not defined in it"
                                 " (X-RAPPORT-STAGE-DEF)")

    with pytest.raises(CalendarFormatError) as caught:
        records.read(_ical())
    message = _said(message_of(caught.value))
    assert [_said(a).template for a in message.args] == ["a calendar object", "no VEVENT, VTODO or VJOURNAL in it"]
    assert message == "a calendar object: no VEVENT, VTODO or VJOURNAL in it"


def test_a_second_object_in_one_resource_is_a_warning_naming_its_kind(services: Services) -> None:
    text = _ical("BEGIN:VEVENT", "UID:e1", "DTSTAMP:20260101T000000Z", "DTSTART:20260301T090000Z",
                 "DTEND:20260301T100000Z", "SUMMARY:Kick-off", "END:VEVENT",
                 "BEGIN:VTODO", "UID:t1", "DTSTAMP:20260101T000000Z", "SUMMARY:Call back", "END:VTODO")

    view = CalendarRecords(services).read(text, "/user/calendar/e1.ics")

    warning = _said(view.warnings[0])
    assert warning == "/user/calendar/e1.ics: a second object (task t1) in one resource; left it out"
    assert warning.template == "%1: a second object (%2 %3) in one resource; left it out"
    assert _said(warning.args[1]).template == "task" and warning.args[2] == "t1"


def test_the_memory_server_fails_with_the_messages_dav_gives() -> None:
    cases = {
        507: "%1 %2: the server is out of space (507)",
        503: "the server is busy or failing (%1 on %2 %3); try again later",
        401: "the server refused the user name or password (%1); enter them again",
        412: "%1 %2: changed on the server meanwhile",
        404: "%1 %2: the server answered %3",
    }
    for status, template in cases.items():
        error = status_error(status, "put", "/user/contacts/a.vcf")
        assert _said(message_of(error)).template == template, status
    assert str(status_error(412, "put", "/a.vcf")) == "PUT /a.vcf: changed on the server meanwhile"
    assert str(status_error(500, "delete", "/a.vcf")) == ("the server is busy or failing (500 on DELETE /a.vcf);"
                                                         " try again later")


# --- the engine's report and log ------------------------------------------------------------------------


def test_a_refused_mass_delete_is_a_said_and_the_log_keeps_it(memory_laptop: Laptop, memory: MemoryServer) -> None:
    _people(memory_laptop, 4)
    assert memory_laptop.run().ok
    phone: MemoryStorage = memory.storage()
    for href, text in memory.texts(BOOK).items():
        current = phone.get(href)
        assert current is not None and current.text == text
        assert phone.delete(href, current.etag)

    report = memory_laptop.run()

    refused = _said(report.collections[0].refused)
    assert refused.template == ("the server lists none of the cards synced before (%1); nothing was deleted here."
                                " If that is right, run the sync again allowing a mass delete")
    assert refused.args == (4,)
    line = _said(memory_laptop.sync.state.recent_log(1)[0][2])  # read back from SQLite: a Said again
    assert line.template == "sync done: %1"
    assert line.startswith("sync done: Contacts: 0 in, ") and "errors: 0; " + refused + "; Calendar: " in line
    assert refused.template in {s.template for s in _saids(line)}
    summary = next(s for s in _saids(line) if s.template.startswith("%1: %2 in, "))
    assert summary.template == "%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7"
    assert summary.args[1:] == ("0", "0", "0", "0", "0", "0")  # numbers come back from the column as text
    assert pickle.loads(pickle.dumps(line)) == line


def test_a_mass_delete_here_names_the_kind_in_words(memory_laptop: Laptop) -> None:
    uids = _people(memory_laptop, 4)
    assert memory_laptop.run().ok
    for uid in uids:
        memory_laptop.services.contacts.delete(uid)

    report = memory_laptop.run()

    refused = _said(report.collections[0].refused)
    assert refused.template == ("all the %1 synced with this collection (%2) were deleted here; the server keeps"
                                " them until a sync allowing a mass delete")
    assert _said(refused.args[0]).template == "contacts" and refused.args[1] == 4
    assert refused.startswith("all the contacts synced with this collection (4) were deleted here")


def test_a_conflict_is_logged_as_a_said_naming_its_kind(memory_laptop: Laptop, memory: MemoryServer) -> None:
    memory_laptop.store.activate()
    uid = memory_laptop.services.contacts.create(
        ContactData(given="Ada", family="Lovelace", job_title="Analyst")).value.uid
    assert memory_laptop.run().ok
    phone = memory.storage()
    current = phone.get(_href_of(memory, uid))
    assert current is not None
    phone.put(current.href, current.text.replace("TITLE:Analyst", "TITLE:Countess"), etag=current.etag)
    memory_laptop.services.contacts.update(uid, job_title="Programmer")

    assert memory_laptop.run().collections[0].conflicts == 1

    warnings = [m for _, level, m in memory_laptop.sync.state.recent_log() if level == "warning"]
    line = _said(warnings[0])
    assert line.template == "%1: %2"
    said_here = _said(line.args[1])
    assert said_here.template == ("%1 %2: both sides changed %3; kept the server's version, yours is in the"
                                  " conflict list")
    assert _said(said_here.args[0]).template == "contact" and said_here.args[1:] == (uid, "job_title")
    assert line.endswith(f"contact {uid}: both sides changed job_title; kept the server's version, yours is in the"
                         " conflict list")


def test_a_card_the_engine_cannot_take_is_an_error_naming_it(memory_laptop: Laptop, memory: MemoryServer) -> None:
    assert memory_laptop.run().ok
    phone = memory.storage()
    phone.put(BOOK + "broken.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n", etag=None)
    phone.put(BOOK + "fine.vcf", vcard("fine-1", "Fine", "Card"), etag=None)

    report = memory_laptop.run()

    errors = report.collections[0].errors
    assert len(errors) == 1
    error = _said(errors[0])
    assert error.template == "%1: %2" and error.args[0] == BOOK + "broken.vcf"
    line = _said(memory_laptop.sync.state.recent_log(1)[0][2])
    assert "errors: 1" in line


def test_the_added_account_is_logged_as_a_said(memory_laptop: Laptop) -> None:
    line = _said(memory_laptop.sync.state.recent_log()[-1][2])
    assert line.template == "added %1 at %2 (address books: %3, calendars: %4)"
    assert line.startswith("added user at ")


def test_the_log_keeps_plain_text_as_it_is(services: Services) -> None:
    state = SyncState(services.store.database)
    now = services.clock.now()
    with services.writer.write("Sync"):
        state.log(now, "a line from before the log kept Saids")
        state.log(now, said(QT_TRANSLATE_NOOP("Services", "sync stopped: %1"), "why"), level="error")

    (_, level, newest), (_, _, older) = state.recent_log(2)
    assert level == "error" and _said(newest).template == "sync stopped: %1" and newest == "sync stopped: why"
    assert older == "a line from before the log kept Saids" and not isinstance(older, Said)
