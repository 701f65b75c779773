"""What an import says (file errors, rejected records' reasons, warnings) comes as Saids: the same
English as before, with the template and values the window translates (app/messages.py)."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest

from app import import_reader
from app.contacts import ContactData, validate_contact
from app.errors import FieldError, ValidationError
from app.formats import csv_contacts, detect, ical, vcard
from app.importing import ImportFileError, ImportService
from app.messages import Said, message_of
from app.services import Services
from tests.conftest import CORPUS

VCARDS = CORPUS / "vcard"
needs_corpus = pytest.mark.skipif(not VCARDS.is_dir(), reason="../shared/corpus is not beside this clone")


def is_said(text: object, template: str, *args: object) -> bool:
    """`text` is a Said of `template` whose values begin with `args`."""
    return isinstance(text, Said) and text.template == template and text.args[:len(args)] == args


def vcard_items(text: bytes) -> list[vcard.Card | vcard.Rejected]:
    return list(vcard.read(io.BytesIO(text)))


# --- the vCard reader -----------------------------------------------------------------------------


def test_vcard_file_errors_are_saids() -> None:
    with pytest.raises(vcard.VCardFileError) as caught:
        vcard_items(b"\r\n")  # nothing but an empty line
    assert message_of(caught.value) == "no contacts found in the file"
    assert is_said(message_of(caught.value), "no contacts found in the file")
    with pytest.raises(vcard.VCardFileError) as caught:
        vcard_items(b"BEGIN:VCARD\rVERSION:3.0\rFN:A\rEND:VCARD\r")
    assert is_said(message_of(caught.value),
                   "lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends")


def test_vcard_rejected_reasons_are_saids() -> None:
    items = vcard_items(b"BEGIN:VCARD\nFN:No version\nEND:VCARD\n"
                        b"BEGIN:VCARD\nVERSION:5.0\nFN:Future\nEND:VCARD\n"
                        b"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=klingon:A\nEND:VCARD\n"
                        b"BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    reasons = [item.reason for item in items if isinstance(item, vcard.Rejected)]
    assert reasons[0] == "the card has no VERSION"
    assert is_said(reasons[0], "the card has no VERSION")
    assert reasons[1] == "VERSION 5.0 is not a vCard version (2.1, 3.0 or 4.0)"
    assert is_said(reasons[1], "VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)", "5.0")
    assert reasons[2] == "N says CHARSET=klingon, which is not a known character set"
    assert is_said(reasons[2], "%1 says CHARSET=%2, which is not a known character set", "N", "klingon")
    assert is_said(reasons[3], "this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar")


def test_vcard_warnings_are_saids() -> None:
    card = vcard_items(b"BEGIN:VCARD\nVERSION:3.0\nFN:Jos\xe9\nPHOTO;ENCODING=b:QUJDR\nEND:VCARD\n")[0]
    assert isinstance(card, vcard.Card)
    assert card.warnings[0].startswith("line 3: FN is not UTF-8; read it as ")
    assert is_said(card.warnings[0], "line %1: %2 is not UTF-8; read it as %3", 3, "FN")
    assert card.warnings[1] == "line 4: the PHOTO data is damaged; kept as it was"
    assert is_said(card.warnings[1], "line %1: the %2 data is damaged; kept as it was", 4, "PHOTO")


# --- CSV --------------------------------------------------------------------------------------------


def test_csv_messages_are_saids() -> None:
    with pytest.raises(csv_contacts.CsvFileError) as caught:
        list(csv_contacts.read(b"\n\n"))
    assert is_said(message_of(caught.value), "the file is empty")
    rows = list(csv_contacts.read(b"First,Last,Birthday\nAda,Lovelace,someday\nBob,Smith\nCy,Young,3/4/1990\n",
                                  {"First": "given", "Last": "family", "Birthday": "birthday"}))
    contact, short, ambiguous = rows
    assert isinstance(contact, csv_contacts.CsvContact) and isinstance(short, vcard.Rejected)
    assert contact.warnings == ["Birthday: 'someday' is not a date; kept as it was"]
    assert is_said(contact.warnings[0], "%1: %2 is not a date; kept as it was", "Birthday", "'someday'")
    assert short.reason == "the row has 2 fields but the header has 3 columns"
    assert is_said(short.reason, "the row has %1 fields but the header has %2 columns", 2, 3)
    assert isinstance(ambiguous, csv_contacts.CsvContact)
    warning = ambiguous.warnings[0]
    assert warning == "Birthday: read '3/4/1990' as month/day/year (1990-03-04); correct it if it was day/month/year"
    assert is_said(warning, "%1: %2")  # the column's name, then what was noticed: a Said of its own
    assert is_said(warning.args[1], "read %1 as month/day/year (%2); correct it if it was day/month/year")  # type: ignore[attr-defined]


def test_csv_unknown_columns_are_a_said() -> None:
    with pytest.raises(csv_contacts.CsvFileError) as caught:
        list(csv_contacts.read(b"Foo,Bar\n1,2\n"))
    message = message_of(caught.value)
    assert str(caught.value) == message
    assert is_said(message, "the columns (%1) are not those of a Google or Outlook export: say which column holds"
                            " what (a column mapping)", "Foo, Bar")


# --- iCalendar ----------------------------------------------------------------------------------


def ical_items(text: str) -> list[ical.Item]:
    return list(ical.read(io.BytesIO(text.replace("\n", "\r\n").encode())))


def test_ical_messages_are_saids() -> None:
    with pytest.raises(ical.ICalFileError) as caught:
        ical_items("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n")
    assert is_said(message_of(caught.value),
                   "this is a vCard file (contacts, BEGIN:VCARD), not a calendar: import it as contacts")
    items = ical_items("BEGIN:VCALENDAR\nVERSION:2.0\n"
                       "BEGIN:VEVENT\nUID:a\nSUMMARY:No start\nEND:VEVENT\n"
                       "BEGIN:VEVENT\nUID:b\nDTSTART:20260301T100000Z\nSEQUENCE:x\nPRIORITY:\nEND:VEVENT\n"
                       "BEGIN:VFREEBUSY\nUID:c\nEND:VFREEBUSY\n"
                       "END:VCALENDAR\n")
    rejected = [item for item in items if isinstance(item, ical.Rejected)]
    assert rejected[0].reason == "an event needs a start (DTSTART), and this VEVENT has none"
    assert is_said(rejected[0].reason, "an event needs a start (DTSTART), and this %1 has none", "VEVENT")
    assert rejected[1].reason == ("a VFREEBUSY (free/busy times) is not something Rapport imports (it keeps events,"
                                  " tasks and journal entries)")
    assert is_said(rejected[1].reason.args[0], "a VFREEBUSY (free/busy times)")  # type: ignore[attr-defined]
    entry = next(item for item in items if isinstance(item, ical.Entry))
    texts = [text for _, text in entry.warnings]
    assert texts == ["SEQUENCE 'x' is not a number; left it out", "PRIORITY has no value; ignored it"]
    assert is_said(texts[0], "%1; left it out")
    assert is_said(texts[0].args[0], "SEQUENCE %1 is not a number", "'x'")  # type: ignore[attr-defined]
    assert is_said(texts[1], "%1 has no value; ignored it", "PRIORITY")


def test_ical_notices_are_saids() -> None:
    items = ical_items("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260301T100000Z\nEND:VEVENT\nEND:VCALENDAR\n")
    notices = [item for item in items if isinstance(item, ical.Notice)]
    texts = [notice.text for notice in notices]
    assert ("this component has no UID; it got one made from its content, so importing the file again finds the"
            " same records") in texts
    assert "the calendar has no VERSION; read it as iCalendar 2.0" in texts
    assert all(isinstance(text, Said) for text in texts)


# --- the import ---------------------------------------------------------------------------------


def test_reason_of_a_validation_error_keeps_its_english() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact(ContactData(emails=()))
    reason = import_reader.reason_of(caught.value)
    assert reason == str(caught.value)
    assert is_said(reason, "%1: %2", caught.value.errors[0].field, caught.value.errors[0].message)
    joined = import_reader.reason_of(ValidationError([FieldError("a", "first"), FieldError("b", "second")]))
    assert joined == "a: first; b: second"
    assert is_said(joined, "%1; %2")


def test_the_import_reports_saids(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "people.vcf"
    path.write_bytes(b"BEGIN:VCARD\nVERSION:3.0\nFN:Jos\xe9\nEND:VCARD\n"
                     b"BEGIN:VCARD\nFN:No version\nEND:VCARD\n")
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    report = ImportService(services, workers=False).import_files([path, empty])
    warning = report.warnings[0]
    assert warning.startswith("people.vcf: record 1: line 3: FN is not UTF-8; read it as ")
    assert is_said(warning, "%1: record %2: %3")
    assert warning.args[:2] == ("people.vcf", 1)  # type: ignore[attr-defined]
    assert is_said(warning.args[2], "line %1: %2 is not UTF-8; read it as %3")  # type: ignore[attr-defined]
    assert is_said(report.rejected[0].reason, "the card has no VERSION")
    assert report.unreadable == ["empty.vcf: the file is empty"]
    assert is_said(report.unreadable[0], "%1: %2")
    assert is_said(report.unreadable[0].args[1], "the file is empty")  # type: ignore[attr-defined]


def test_a_file_of_the_wrong_kind_is_said(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "people.vcf"
    path.write_bytes(b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n")
    report = ImportService(services, only=("csv", "icalendar")).import_files([path])
    assert report.unreadable == ["people.vcf: this file is contacts (vCard), not a CSV table or a calendar (iCalendar)"]
    said_ = report.unreadable[0].args[1]  # type: ignore[attr-defined]
    assert is_said(said_, "this file is %1, not %2")
    assert is_said(said_.args[0], "contacts (vCard)")
    assert is_said(said_.args[1], "%1 or %2")


def test_the_calendar_import_reports_saids(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                     b"BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260301T100000Z\r\nPRIORITY:\r\nEND:VEVENT\r\n"
                     b"BEGIN:VEVENT\r\nUID:b\r\nEND:VEVENT\r\n"
                     b"END:VCALENDAR\r\n\r\n")
    report = ImportService(services).import_files([path])
    assert "cal.ics: record 1, line 6: PRIORITY has no value; ignored it" in report.warnings
    assert all(isinstance(w, Said) for w in report.warnings)
    record_line = next(w for w in report.warnings if "PRIORITY" in w)
    assert is_said(record_line, "%1: record %2, line %3: %4", "cal.ics", 1, 6)
    blank = next(w for w in report.warnings if "empty line" in w)
    assert is_said(blank, "%1: line %2: %3")
    assert is_said(report.rejected[0].reason, "an event needs a start (DTSTART), and this %1 has none")
    with pytest.raises(ImportFileError):
        import_calendar_of(services, b"")


def import_calendar_of(services: Services, data: bytes) -> None:
    from app.calendar_import import import_calendar
    from app.importing import CancelFlag, ImportReport

    import_calendar(services, "x.ics", io.BytesIO(data), ImportReport(), None, CancelFlag(), 10)


# --- between processes ------------------------------------------------------------------------------


def _said_records() -> list[import_reader.Record]:
    warning = Said("line %1: %2 is not UTF-8; read it as %3", (3, "FN", "cp1252"))
    note = Said("kept TEL %1 as it was: it does not pass as phone", ("'x'",))
    reason = Said("%1; %2", (Said("%1: %2", ("name", Said("a contact needs a name", ()))), "plain"))
    return [import_reader.Record(1, 1, reason),
            import_reader.Record(2, 5, "", "uid", notes=(note,), warnings=(warning,))]


def _same_saids(got: list[import_reader.Record], sent: list[import_reader.Record]) -> None:
    for a, b in zip(got, sent, strict=True):
        pairs = [(a.reason, b.reason), *zip(a.notes, b.notes, strict=True),
                 *zip(a.warnings, b.warnings, strict=True)]
        for x, y in pairs:
            assert x == y and type(x) is type(y)
            if isinstance(y, Said):
                assert x.template == y.template and x.args == y.args  # type: ignore[attr-defined]


def test_messages_cross_marshal_as_saids() -> None:
    sent = _said_records()
    tag, payload = import_reader._packed(sent)
    assert tag == "packed"  # the fast way, templates and values sent as plain values
    _same_saids(import_reader._unpacked(payload, 0), sent)


def test_messages_cross_pickle_as_saids() -> None:
    sent = [*_said_records(), import_reader.Record(3, 9, "", "uid", warnings=(Said("%1", (object,)),))]
    tag, payload = import_reader._packed(sent)  # a value marshal refuses: the whole batch is pickled
    assert tag == "batch"
    _same_saids(pickle.loads(pickle.dumps(payload)), sent)


@needs_corpus
def test_a_reading_process_sends_saids() -> None:
    path = VCARDS / "folkerkinzel-vcards__Ukrainian.vcf"
    records = [r for batch, _ in import_reader.batches_in_worker(path, detect.VCARD, None, 100) for r in batch]
    warnings = [w for r in records for w in r.warnings]
    assert warnings == ["line 3: FN is not UTF-8; read it as Windows-1251", "line 4: N is not UTF-8; read it as"
                        " Windows-1251", "line 5: ADR is not UTF-8; read it as Windows-1251"]
    assert all(is_said(w, "line %1: %2 is not UTF-8; read it as %3") for w in warnings)


@needs_corpus
def test_an_import_read_by_a_worker_reports_saids(services: Services, tmp_path: Path) -> None:
    mac = tmp_path / "mac.vcf"  # the reading process's own error comes back through the queue, pickled
    mac.write_bytes(b"BEGIN:VCARD\rVERSION:3.0\rFN:A\rEND:VCARD\r")
    report = ImportService(services, workers=True).import_files([VCARDS / "ezvcard__John_Doe_ANDROID.vcf", mac])
    damaged = [w for w in report.warnings if "PHOTO data is damaged" in w]
    assert damaged == ["ezvcard__John_Doe_ANDROID.vcf: record 5: line 52: the PHOTO data is damaged; kept as it was"]
    assert is_said(damaged[0], "%1: record %2: %3")
    assert is_said(damaged[0].args[2], "line %1: the %2 data is damaged; kept as it was", 52, "PHOTO")  # type: ignore[attr-defined]
    assert all(isinstance(w, Said) for w in report.warnings)
    assert report.unreadable == ["mac.vcf: lines end with a bare CR (classic Mac OS); save the file with CRLF or LF"
                                 " line ends"]
    assert is_said(report.unreadable[0].args[1],  # type: ignore[attr-defined]
                   "lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends")


def test_a_contact_group_in_a_file_is_refused_by_name_and_the_people_go_in(services: Services,
                                                                            tmp_path: Path) -> None:
    """An Apple export holds its groups as cards: "Clients Gold" is no person; refused, saying what it is."""
    file = tmp_path / "apple.vcf"
    file.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:p-1\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:g-1\r\nFN:Clients Gold\r\nN:Clients Gold;;;;\r\n"
                    "X-ADDRESSBOOKSERVER-KIND:group\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:p-1\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    report = ImportService(services).import_files([file])
    assert report.imported == 1 and [c.data.display_name for c in services.contacts.list()] == ["Ada Lovelace"]
    assert [(r.number, r.reason) for r in report.rejected] == [
        (2, "a contact group (Clients Gold): Rapport does not import groups yet")]
    assert isinstance(report.rejected[0].reason, Said)
