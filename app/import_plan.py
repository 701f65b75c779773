"""What the import wizard does, in plain Python (no Qt, so it runs on a worker thread and in tests).

- `inspect`: what a chosen file is (by content), and for a CSV file its columns and a few rows, so the
  wizard can ask for a column mapping when the columns are not Google's or Outlook's.
- `preview`: every record of the files with its problems, plus the dry-run report of ImportService
  (everything written, then rolled back: the counts are what the import will do).
- `run_import`: the import itself. Each file gets its own ImportService, because a column mapping
  belongs to one CSV file (ImportService applies its mapping to every CSV file it is given).

Progress is reported as (records done, bytes done, bytes in all) and the CancelFlag is checked between
records; what was committed before a cancel stays.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app import import_reader
from app.activities import ActivityData
from app.calendar_import import notice_line
from app.contacts import composed_name
from app.formats import csv_contacts, detect, ical, ical_deals
from app.formats.vcard_map import MappedAccount
from app.importing import CancelFlag, ImportReport, ImportService, file_note
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.services import Services
from app.unit_of_work import Origin

HEAD = 65536  # bytes read to tell what a file is
SAMPLE_ROWS = 3
Progress = Callable[[int, int, int], None]  # (records done, bytes done, bytes in all)
Mappings = Mapping[Path, Mapping[str, str]]

# The fields a column can go to that make a row usable on its own (the reader rejects a row without one).
IDENTIFYING = frozenset({"given", "family", "additional", "display_name", "nickname", "email", "phone",
                         "organisation"})


@dataclass(frozen=True)
class ChosenFile:
    path: Path
    kind: str  # app.formats.detect: vcard, csv, icalendar, empty, unknown
    size: int
    header: tuple[str, ...] = ()  # a CSV file's columns
    samples: tuple[tuple[str, ...], ...] = ()  # its first rows, to show beside the columns
    recognised: bool = False  # a CSV export of Google or Outlook: no mapping needed
    problem: str = ""  # why the file cannot be imported as it is

    @property
    def needs_mapping(self) -> bool:
        return self.kind == detect.CSV and not self.recognised and not self.problem


def _unreadable(exc: OSError) -> str:
    return said(QT_TRANSLATE_NOOP("Services", "cannot read the file (%1)"), exc.strerror)


def _at_line(line: int, text: str) -> str:
    return said(QT_TRANSLATE_NOOP("Services", "line %1: %2"), line, text)


def inspect(path: Path) -> ChosenFile:
    """Read the first 64 KB of a file and say what it is."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(HEAD)
    except OSError as exc:
        return ChosenFile(path, detect.UNKNOWN, 0, problem=_unreadable(exc))
    kind = detect.sniff(head)
    if kind == detect.EMPTY:
        return ChosenFile(path, kind, size, problem=said(QT_TRANSLATE_NOOP("Services", "the file is empty")))
    if kind == detect.UNKNOWN:
        return ChosenFile(path, kind, size, problem=said(
            QT_TRANSLATE_NOOP("Services", "not a vCard, CSV or iCalendar file")))
    if kind != detect.CSV:
        return ChosenFile(path, kind, size)
    try:
        header = tuple(csv_contacts.read_header(head))
    except csv_contacts.CsvFileError as exc:
        return ChosenFile(path, kind, size, problem=message_of(exc))
    return ChosenFile(path, kind, size, header, _samples(head, len(header)),
                      recognised=csv_contacts.detect_flavour(header) is not None)


def suggested_mapping(chosen: ChosenFile, custom: Mapping[str, str] | None = None) -> dict[str, str]:
    """The columns whose meaning is clear from their name, those named as a custom field of contacts is
    (`custom`: {label or key, case folded: key}) going to it."""
    found = csv_contacts.suggest_mapping(chosen.header)
    return {**csv_contacts.custom_columns([h for h in chosen.header if h not in found], custom or {}), **found,
            **csv_contacts.own_columns(chosen.header, custom or {})}


def usable(mapping: Mapping[str, str]) -> bool:
    """Whether a mapping gives rows something to be a contact by (a name, an e-mail or a phone)."""
    return any(target in IDENTIFYING for target in mapping.values())


def _samples(head: bytes, width: int) -> tuple[tuple[str, ...], ...]:
    """The first rows under the header, only to show the user what a column holds (the import itself
    is read by app.formats.csv_contacts; a cell cut off at the end of the 64 KB is of no matter here)."""
    text = detect.to_utf8_if_utf16(head).removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
    lines = [line for line in io.StringIO(text, newline=None).read().splitlines() if line.strip()]
    if lines and lines[0].strip().lower().startswith("sep="):
        delimiter = lines[0].strip()[4:5] or ","
        lines = lines[1:]
    else:
        first = lines[0] if lines else ""
        delimiter = max(",;\t", key=first.count)
    rows: list[tuple[str, ...]] = []
    for cells in csv.reader(lines[1:], delimiter=delimiter):
        if any(c.strip() for c in cells):
            rows.append(tuple((cells + [""] * width)[:width]))
        if len(rows) >= SAMPLE_ROWS:
            break
    return tuple(rows)


# --- preview ----------------------------------------------------------------------------------------


@dataclass
class PreviewRow:
    file: str
    number: int
    line: int
    kind: str  # contact, company, meeting, task, note; "" for a record that could not be read
    name: str
    problems: list[str] = field(default_factory=list)
    rejected: bool = False


@dataclass
class Preview:
    rows: list[PreviewRow]
    report: ImportReport  # the dry run
    notes: list[str]  # about whole files: unreadable, encoding guessed, ...


def preview(services: Services, files: list[ChosenFile], mappings: Mappings, progress: Progress | None = None,
            cancel: CancelFlag | None = None, batch_size: int | None = None) -> Preview:
    """List every record with its problems, then run the import dry. Progress counts each byte twice
    (read for the list, then for the dry run)."""
    cancel = cancel if cancel is not None else CancelFlag()
    total = 2 * sum(f.size for f in files)
    rows: list[PreviewRow] = []
    notes: list[str] = []
    offset = 0
    for chosen in files:
        if cancel:
            break
        _list_records(chosen, mappings.get(chosen.path), rows, notes, offset, total, progress, cancel)
        offset += chosen.size

    def dry_progress(records: int, done: int, _total: int) -> None:
        if progress:
            progress(records, offset + done, total)

    report = run_import(services, files, mappings, dry_run=True, progress=dry_progress, cancel=cancel,
                        batch_size=batch_size) if not cancel else ImportReport(dry_run=True, cancelled=True)
    by_record = {(r.file, r.number): r for r in rows}
    for rejected in report.rejected:
        row = by_record.get((rejected.file, rejected.number))
        if row is None:
            continue
        row.rejected = True
        if rejected.reason not in row.problems:
            row.problems.append(rejected.reason)
    notes.extend(report.unreadable)
    return Preview(rows, report, list(dict.fromkeys(notes)))


def _list_records(chosen: ChosenFile, mapping: Mapping[str, str] | None, rows: list[PreviewRow], notes: list[str],
                  offset: int, total: int, progress: Progress | None, cancel: CancelFlag) -> None:
    name = chosen.path.name
    if chosen.problem:
        notes.append(file_note(name, chosen.problem))
        return
    start = len(rows)
    try:
        with chosen.path.open("rb") as stream:
            if chosen.kind == detect.ICALENDAR:
                _list_calendar(name, stream, rows, notes, offset, total, progress, cancel)
                return
            kind = chosen.kind if chosen.kind == detect.CSV else detect.VCARD
            for count, record in enumerate(import_reader.parsed(stream, kind, mapping if chosen.needs_mapping
                                                                else None), 1):
                rows.append(_contact_row(name, record))
                if progress:
                    progress(count, offset + stream.tell(), total)
                if cancel:
                    return
    except import_reader.ReadError as exc:
        notes.append(file_note(name, message_of(exc)))
    except OSError as exc:
        notes.append(file_note(name, _unreadable(exc)))
    finally:
        # A card that is rejected when the card nested in it ends comes after that card: file order.
        rows[start:] = sorted(rows[start:], key=lambda r: r.number)


def _contact_row(file: str, record: import_reader.Parsed) -> PreviewRow:
    mapped = record.mapped
    if mapped is None:
        return PreviewRow(file, record.number, record.line, "", "", [record.reason], rejected=True)
    prefix = f"{file}: record {record.number}: "  # older readers named the record in its warnings
    problems = [*mapped.warnings, *(w[len(prefix):] if w.startswith(prefix) and not isinstance(w, Said) else w
                                    for w in record.warnings)]
    if isinstance(mapped, MappedAccount):
        return PreviewRow(file, record.number, record.line, "company", mapped.data.name, problems)
    data = record.clean or mapped.data
    return PreviewRow(file, record.number, record.line, "contact", data.display_name or composed_name(data),
                      list(dict.fromkeys(problems)))


def _list_calendar(name: str, stream: BinaryIO, rows: list[PreviewRow], notes: list[str], offset: int,
                   total: int, progress: Progress | None, cancel: CancelFlag) -> None:
    by_number: dict[int, PreviewRow] = {}
    try:
        for count, item in enumerate(ical.read(stream), 1):
            if isinstance(item, ical.Notice):
                row = by_number.get(item.number)
                if row is not None:
                    row.problems.append(_at_line(item.line, item.text))
                else:
                    notes.append(notice_line(name, item))
                continue
            if isinstance(item, ical.Rejected):
                row = PreviewRow(name, item.number, item.line, "", "", [item.reason], rejected=True)
            elif isinstance(item, ical.DealText):
                try:
                    row = PreviewRow(name, item.number, item.line, "deal", ical_deals.read(item.text).title, [])
                except ical_deals.DealFormatError as exc:
                    row = PreviewRow(name, item.number, item.line, "", "", [message_of(exc)], rejected=True)
            else:
                title = item.data.subject if isinstance(item.data, ActivityData) else item.data.title
                row = PreviewRow(name, item.number, item.line, item.kind, title,
                                 [_at_line(line, text) for line, text in item.warnings])
            by_number[row.number] = row
            rows.append(row)
            if progress:
                progress(count, offset + stream.tell(), total)
            if cancel:
                return
    except ical.ICalFileError as exc:
        notes.append(file_note(name, message_of(exc)))


# --- the import -------------------------------------------------------------------------------------


def run_import(services: Services, files: list[ChosenFile], mappings: Mappings, *, dry_run: bool = False,
               progress: Progress | None = None, cancel: CancelFlag | None = None,
               batch_size: int | None = None) -> ImportReport:
    """Import the files one by one (each CSV with its own mapping) into one report.

    A dry run imports every file inside one transaction and rolls it back, so a record that a later
    file updates counts as an update, exactly as in the real import."""
    cancel = cancel if cancel is not None else CancelFlag()
    report = ImportReport(dry_run=dry_run)
    total = sum(f.size for f in files)

    def run_all() -> None:
        offset = records = 0
        for chosen in files:
            if cancel:
                report.cancelled = True
                return
            mapping = mappings.get(chosen.path) if chosen.needs_mapping else None
            service = ImportService(services, batch_size=batch_size, mapping=dict(mapping) if mapping else None)

            def file_progress(done: int, position: int, records: int = records, offset: int = offset,
                              size: int = chosen.size) -> None:
                if progress:
                    progress(records + done, offset + min(position, size), total)

            part = service.import_files([chosen.path], progress=file_progress, cancel=cancel)
            _add(report, part)
            records += part.records
            offset += chosen.size
            if progress:
                progress(records, offset, total)

    names = ", ".join(f.path.name for f in files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
    with services.writer.step(f"Import {names}", Origin.IMPORT, "import"):  # undone as one
        if dry_run:
            with services.writer.rehearse():
                run_all()
        else:
            run_all()
    return report


def _add(report: ImportReport, part: ImportReport) -> None:
    report.imported += part.imported
    report.updated += part.updated
    report.unchanged += part.unchanged
    report.merged += part.merged
    report.rejected.extend(part.rejected)
    report.warnings.extend(part.warnings)
    report.unreadable.extend(part.unreadable)
    report.cancelled = report.cancelled or part.cancelled
