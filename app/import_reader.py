"""Reading and mapping the records of an import file, in this process or in a worker process.

Reading and mapping a vCard costs about as much CPU as validating and writing it, so a large file
is read by a second process while this one writes: on two cores the import takes little more
than the slower half. The worker gets the file name (not a stream), sends records in batches
through a bounded queue (memory stays flat), and is stopped when the import is cancelled.
"""

from __future__ import annotations

import io
import marshal
import multiprocessing
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from app.contacts import (
    PART_TABLES,
    ContactData,
    ContactRows,
    ExtraProperty,
    composed_name,
    contact_rows,
    validate_contact,
)
from app.custom_fields import FieldValue
from app.errors import ValidationError
from app.formats import csv_contacts, detect, vcard
from app.formats.vcard_map import MappedAccount, MappedContact, is_group, map_card
from app.helper_process import HelperDied, receive, watch_parent
from app.import_plain import plain_contact
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from db import fts

UNNAMED = "Unnamed contact"
_LIST_FIELD = re.compile(r"^(emails|phones)\[(\d+)\]$")
_VCARD_NAMES = {"emails": "EMAIL", "phones": "TEL"}
_KEPT_EMAIL = QT_TRANSLATE_NOOP("Services", "kept EMAIL %1 as it was: it does not pass as email")
_KEPT_PHONE = QT_TRANSLATE_NOOP("Services", "kept TEL %1 as it was: it does not pass as phone")


class Parsed(NamedTuple):
    """A record as the writer needs it. A contact comes validated already (the reading process
    does that work, so that both processes have about as much to do)."""

    number: int
    line: int
    mapped: MappedContact | MappedAccount | None  # None: rejected
    reason: str = ""  # why it was rejected
    clean: ContactData | None = None  # a contact's data, validated
    warnings: tuple[str, ...] = ()


class Record(NamedTuple):
    """A record as the writing process needs it: plain values (a contact as its rows and its
    search-index row), so that sending it between processes costs little and the writer has only
    to write. Neither `rows` nor `account`: rejected, for `reason`."""

    number: int
    line: int
    reason: str = ""
    uid: str = ""
    organisation: str = ""  # the account to link (matched by name, or created, by the writer)
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what lenient validation did (reported whatever happens next)
    warnings: tuple[str, ...] = ()  # what the mapping noticed (reported once the record is written)
    rows: ContactRows | None = None  # a contact
    entry: tuple[Any, ...] | None = None  # its search-index row, with row id 0 until it has one
    account: MappedAccount | None = None  # an organisation card (few: sent as they are)
    links: tuple[tuple[str, str, str], ...] = ()  # the card's own account links: (UID, role, name)
    fields: tuple[FieldValue, ...] = ()  # custom field values the card carries


def for_writer(parsed_record: Parsed, region: str | None) -> Record:
    number, line, mapped, reason, clean, notes = parsed_record
    if mapped is None:
        return Record(number, line, reason)
    if isinstance(mapped, MappedAccount):
        return Record(number, line, uid=mapped.uid, tags=tuple(mapped.tags), warnings=tuple(mapped.warnings),
                      account=mapped)
    assert clean is not None  # parsed() validated it
    rows = contact_rows(clean, region)
    phones = [(row[1], row[-1]) for row in rows.parts[_PHONES]]  # (as written, E.164)
    organisation = mapped.organisation
    entry = fts.contact_entry(
        0, mapped.uid,
        names=(clean.display_name, clean.prefix, clean.given, clean.additional, clean.family, clean.suffix,
               clean.nickname),
        organisations=[" ".join(organisation.split())] if organisation else [],
        job=(clean.job_title, clean.department), emails=[e.value for e in clean.emails], phones=phones,
        others=[*(u.value for u in clean.urls), *(i.handle for i in clean.ims),
                *(" ".join((a.street, a.locality, a.region, a.postal_code, a.country)) for a in clean.addresses)],
        notes=clean.notes,
    )
    return Record(number, line, "", mapped.uid, organisation, tuple(mapped.tags), notes, tuple(mapped.warnings),
                  rows, entry, links=tuple(mapped.links), fields=tuple(mapped.fields))


_PHONES = [table for table, _, _ in PART_TABLES].index("contact_phone")
WORKER_THRESHOLD = 2 * 1024 * 1024  # bytes: below this, starting a process costs more than it saves
# Above this, two processes read (each a stretch of the file) while this one writes: reading,
# mapping and validating a card costs more CPU than writing it, so one reader kept the writer
# waiting on two cores.
PARALLEL_THRESHOLD = 16 * 1024 * 1024
PART_SIZE = 4 * 1024 * 1024  # bytes a reader takes at a time: about 2 batches of a large import


class ReadError(Exception):
    """The file cannot be read at all (the reader's own clear message)."""


def reason_of(error: ValidationError) -> str:
    """Why a record is rejected: str(error) ("field: message; field: message") as a message whose
    parts the window can say in the user's language."""
    parts = [said(QT_TRANSLATE_NOOP("Services", "%1: %2"), e.field, e.message) for e in error.errors]
    if not parts:
        return str(error)
    reason = parts[-1]
    for part in reversed(parts[:-1]):
        reason = said(QT_TRANSLATE_NOOP("Services", "%1; %2"), part, reason)
    return reason


def parsed(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None, first_line: int = 1,
           resume: vcard.OpenCards | None = None, left_open: list[vcard.OpenCards] | None = None, *,
           custom: Mapping[str, str] | None = None) -> Iterator[Parsed]:
    """The records of a file, or of a stretch of a vCard file (see vcard.read). `custom`: the contacts'
    custom fields a CSV file's columns may fill (csv_contacts.read)."""
    for item in _items(stream, kind, mapping, first_line, resume, left_open, custom):
        yield _parsed_item(item)


def _items(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None, first_line: int,
           resume: vcard.OpenCards | None, left_open: list[vcard.OpenCards] | None,
           custom: Mapping[str, str] | None = None) -> Iterator[Any]:
    """Cards, CSV rows and rejected records, as the file's reader gives them."""
    try:
        if kind == detect.CSV:
            yield from csv_contacts.read(stream, mapping, custom)
        else:
            yield from vcard.read(stream, first_line, resume=resume, left_open=left_open)
    except (vcard.VCardFileError, csv_contacts.CsvFileError) as exc:
        raise ReadError(message_of(exc)) from None
    except Exception as exc:  # the reader itself failed: the rest of the file cannot be read
        raise ReadError(said(QT_TRANSLATE_NOOP("Services", "the rest of the file cannot be read: %1"),
                             vcard.cannot_read(exc))) from exc


def _parsed_item(item: Any) -> Parsed:
    try:
        return _mapped_item(item)
    except Exception as exc:  # one record's failure is that record's rejection
        return Parsed(item.number, item.line, None, vcard.cannot_read(exc))


def _mapped_item(item: Any) -> Parsed:
    if isinstance(item, vcard.Rejected):
        return Parsed(item.number, item.line, None, item.reason)
    if isinstance(item, vcard.Card) and is_group(item):
        name = item.first("FN")
        return Parsed(item.number, item.line, None, said(QT_TRANSLATE_NOOP(
            "Services", "a contact group (%1): Rapport does not import groups yet"),
            vcard.unescape(name.value).strip() if name is not None else "?"))
    mapped = item if isinstance(item, csv_contacts.CsvContact) else map_card(item)
    if isinstance(mapped, MappedAccount):
        return Parsed(item.number, item.line, mapped)
    warnings: list[str] = []
    try:
        clean = prepare_contact(mapped, warnings)
    except ValidationError as exc:
        return Parsed(item.number, item.line, None, reason_of(exc))
    mapped.data = clean  # the same object twice: pickle sends it once
    return Parsed(item.number, item.line, mapped, "", clean, tuple(warnings))


def records(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None, region: str | None,
            first_line: int = 1, resume: vcard.OpenCards | None = None,
            left_open: list[vcard.OpenCards] | None = None, custom: Mapping[str, str] | None = None
            ) -> Iterator[Record]:
    """The records of a file as the writer takes them: plain cards straight to rows (import_plain),
    the rest through the general route."""
    for item in _items(stream, kind, mapping, first_line, resume, left_open, custom):
        try:
            if isinstance(item, vcard.Card):
                plain = plain_contact(item, region)
                if plain is not None:
                    yield Record(item.number, item.line, "", plain.uid, plain.organisation, plain.tags, (), (),
                                 plain.rows, plain.entry)
                    continue
            record = for_writer(_parsed_item(item), region)
        except Exception as exc:  # one record's failure is that record's rejection
            record = Record(item.number, item.line, vcard.cannot_read(exc))
        yield record


def prepare_contact(mapped: MappedContact, warnings: list[str]) -> ContactData:
    """Validate a contact leniently: a card with no name at all comes in under a name the user can
    change, and an e-mail or phone that fails its check is kept as an extra property instead of
    costing the whole card. Each such step is reported in `warnings` (the caller says which record:
    a reading process does not know the record numbers of the parts of the file before its own)."""
    data = mapped.data
    if not composed_name(data) and not data.display_name.strip():
        data = replace(data, display_name=UNNAMED)
        warnings.append(said(QT_TRANSLATE_NOOP("Services", "the card has no name; imported as %1"), repr(UNNAMED)))
    try:
        return validate_contact(data)
    except ValidationError as exc:
        movable = [(m[1], int(m[2])) for e in exc.errors if (m := _LIST_FIELD.match(e.field))]
        if not movable or len(movable) != len(exc.errors):
            raise
    kept: list[ExtraProperty] = []
    changes: dict[str, Any] = {}
    for field_name in ("emails", "phones"):
        bad_indexes = {index for kind, index in movable if kind == field_name}
        items = getattr(data, field_name)
        for index, bad in enumerate(items):
            if index in bad_indexes:
                warnings.append(said(_KEPT_EMAIL if field_name == "emails" else _KEPT_PHONE, repr(bad.value)))
                own = ((("TYPE", bad.label),) if bad.label else ()) + ((("TYPE", "pref"),) if bad.preferred else ())
                kept.append(ExtraProperty(_VCARD_NAMES[field_name], bad.value, bad.group, own + bad.params))
        changes[field_name] = tuple(item for i, item in enumerate(items) if i not in bad_indexes)
    return validate_contact(replace(data, **changes, extra=(*data.extra, *kept)))


def batches_here(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None, size: int,
                 region: str | None = None, first_line: int = 1, resume: vcard.OpenCards | None = None,
                 left_open: list[vcard.OpenCards] | None = None, custom: Mapping[str, str] | None = None
                 ) -> Iterator[tuple[list[Record], int]]:
    """(records for the writer, bytes read so far), read in this process. `region`: for phone
    numbers written without their country code."""
    batch: list[Record] = []
    try:
        for record in records(stream, kind, mapping, region, first_line, resume, left_open, custom):
            batch.append(record)
            if len(batch) >= size:
                yield batch, stream.tell()
                batch = []
    except ReadError:
        if batch:  # the records read before the file failed go in; then the failure is said
            yield batch, stream.tell()
        raise
    if batch:
        yield batch, stream.tell()


class Part(NamedTuple):
    """A stretch of a file that a reading process takes: [start, end) in bytes, from a line start."""

    start: int
    end: int
    first_line: int


def split(path: Path, kind: str, part_size: int) -> list[Part]:
    """The file cut into stretches of whole cards of about `part_size` bytes, so that several
    processes can read it at once. A cut goes only between two top-level cards (an END:VCARD line
    followed by a BEGIN:VCARD line); a file that offers none, CSV, and UTF-16 stay whole."""
    size = path.stat().st_size
    whole = [Part(0, size, 1)]
    if kind != detect.VCARD or size < 2 * part_size:
        return whole
    with path.open("rb") as stream:
        head = stream.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and b"\0" in head):
            return whole
        cuts: list[int] = []
        offset = part_size
        while offset < size - part_size // 2:
            cut = _cut_after(stream, offset)
            if cut is None or cut >= size:
                break
            cuts.append(cut)
            offset = cut + part_size
        stream.seek(0)
        lines, position, numbers = 1, 0, []
        for cut in cuts:  # line numbers of the cuts: one pass of bytes.count over the file
            while position < cut:
                block = stream.read(min(1 << 20, cut - position))
                lines += block.count(b"\n")
                position += len(block)
            numbers.append(lines)
    bounds = [0, *cuts, size]
    firsts = [1, *numbers]
    return [Part(bounds[i], bounds[i + 1], firsts[i]) for i in range(len(bounds) - 1)]


_BOUNDARY = re.compile(rb"\nEND:VCARD[ \t]*\r*\n(?:[ \t]*\r*\n)*(?=BEGIN:VCARD\s)", re.IGNORECASE)
_SEARCH_WINDOW = 4 << 20


def _cut_after(stream: BinaryIO, offset: int) -> int | None:
    """The start of the first BEGIN:VCARD line after `offset` that follows an END:VCARD line."""
    stream.seek(offset)
    window = stream.read(_SEARCH_WINDOW)
    for match in _BOUNDARY.finditer(window):
        before = window[: match.start()].rstrip(b"\r")
        if not before.endswith(b"="):  # else the END line continues a quoted-printable value
            return offset + match.end()
    return None


def _rest_here(path: Path, kind: str, size: int, region: str | None, part: Part, open_cards: vcard.OpenCards,
               records_before: int) -> Iterator[tuple[list[Record], int]]:
    """The file from `part` on, read in this process, going on with the cards left open."""
    with io.BufferedReader(_Slice(str(path), part.start, path.stat().st_size), 1 << 16) as stream:
        for batch, position in batches_here(stream, kind, None, size, region, part.first_line, open_cards):
            yield [r._replace(number=r.number + records_before) for r in batch], part.start + position


class _Slice(io.RawIOBase):
    """The bytes [start, end) of a file, as a stream of their own (positions count from start)."""

    def __init__(self, path: str, start: int, end: int) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed with this stream
        self._start, self._size = start, end - start
        self._file.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._file.tell() - self._start

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.tell(), io.SEEK_END: self._size}[whence]
        self._file.seek(self._start + min(max(base + offset, 0), self._size))
        return self.tell()

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)[: max(self._size - self.tell(), 0)]
        return self._file.readinto(view) or 0

    def close(self) -> None:
        self._file.close()
        super().close()


def _worker(path: str, kind: str, mapping: dict[str, str] | None, out: Any, size: int, parts: list[Part],
            last: int, region: str | None, custom: dict[str, str] | None = None) -> None:
    watch_parent()
    _read_parts(path, kind, mapping, out, size, parts, last, region, custom)


def _read_parts(path: str, kind: str, mapping: dict[str, str] | None, out: Any, size: int, parts: list[Part],
                last: int, region: str | None, custom: dict[str, str] | None = None) -> None:
    try:
        for part in parts:
            left_open: list[vcard.OpenCards] | None = [] if part.end < last else None
            with io.BufferedReader(_Slice(path, part.start, part.end), 1 << 16) as stream:
                records = 0
                for batch, position in batches_here(stream, kind, mapping, size, region, part.first_line, None,
                                                    left_open, custom):
                    records = max(records, max(r.number for r in batch))
                    out.put((*_packed(batch), part.start + position))
            out.put(("done", records, left_open[0] if left_open else None))
            if left_open:
                return  # the parent reads the rest: a card is open across the cut
    except ReadError as exc:
        out.put(("error", message_of(exc), 0))
    except Exception as exc:  # the parent reports it; a worker must never die silently
        out.put(("error", said(QT_TRANSLATE_NOOP("Services", "the rest of the file cannot be read: %1"),
                               vcard.cannot_read(exc)), 0))


def _packed(batch: list[Record]) -> tuple[str, Any]:
    """A batch for the queue: as marshal bytes when it holds only plain values (it does, but for an
    organisation card): writing them costs a third of what pickle costs, which the reading
    processes of a 100,000-card import notice (3 s). Messages (Saids, which marshal refuses) go as
    their template and values."""
    if any(r.account is not None for r in batch):
        return "batch", batch
    try:
        return "packed", marshal.dumps([
            (r.number, r.line, _sent(r.reason), r.uid, r.organisation, r.tags,
             tuple(map(_sent, r.notes)) if r.notes else (), tuple(map(_sent, r.warnings)) if r.warnings else (),
             tuple(r.rows) if r.rows is not None else None, r.entry, r.links, r.fields)
            for r in batch])
    except ValueError:  # a value marshal does not know: pickle it is (a Said survives it)
        return "batch", batch


def _unpacked(data: bytes, records_before: int) -> list[Record]:
    return [Record(number + records_before, line, _received(reason), uid, organisation, tags,
                   tuple(map(_received, notes)) if notes else (), tuple(map(_received, warnings)) if warnings else (),
                   ContactRows(*rows) if rows is not None else None, entry, links=links, fields=fields)
            for number, line, reason, uid, organisation, tags, notes, warnings, rows, entry, links, fields
            in marshal.loads(data)]


_SAID = "\x01said"  # marks a message sent as (mark, template, values)


def _sent(message: Any) -> Any:
    """A message as marshal can send it: a Said as (mark, template, values), its values in turn."""
    if isinstance(message, Said):
        return (_SAID, str(message.template), tuple(_sent(value) for value in message.args))
    return message


def _received(message: Any) -> Any:
    """What _sent sent, a Said again where it was one."""
    if isinstance(message, tuple) and len(message) == 3 and message[0] == _SAID:
        return Said(message[1], tuple(_received(value) for value in message[2]))
    return message


def batches_in_worker(path: Path, kind: str, mapping: Mapping[str, str] | None, size: int, readers: int = 1,
                      region: str | None = None, custom: Mapping[str, str] | None = None
                      ) -> Iterator[tuple[list[Record], int]]:
    """(records, bytes read so far), read by `readers` worker processes. The file is cut into
    stretches that the readers take in turn (one reads the next stretch while the records of this
    one are written); the records come out in file order. A card left open at a cut (a broken
    file) ends the sharing: this process reads the rest, going on from where the stretch ended.
    Closing the iterator stops the workers."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe with Qt's threads running
    size_of_file = path.stat().st_size
    parts = split(path, kind, PART_SIZE) if readers > 1 else [Part(0, size_of_file, 1)]
    readers = min(readers, len(parts))
    workers = []
    for reader in range(readers):
        channel = context.Queue(maxsize=3)  # a stretch (about 2.5 batches) fits: its reader can go on to the next
        process = context.Process(target=_worker, args=(str(path), kind, dict(mapping) if mapping else None,
                                                       channel, size, parts[reader::readers], size_of_file, region,
                                                       dict(custom) if custom else None),
                                  daemon=True)
        process.start()
        workers.append((process, channel))
    try:
        records_before = 0  # the reader of a later stretch numbers its records from 1
        for index in range(len(parts)):
            process, channel = workers[index % readers]
            while True:
                try:
                    tag, payload, extra = receive(process, channel)
                except HelperDied:
                    raise ReadError(said(QT_TRANSLATE_NOOP(
                        "Services", "the reading process stopped unexpectedly"))) from None
                if tag == "packed":
                    yield _unpacked(payload, records_before), extra
                elif tag == "batch":
                    if records_before:
                        payload = [r._replace(number=r.number + records_before) for r in payload]
                    yield payload, extra
                elif tag == "done":
                    if extra is not None:
                        yield from _rest_here(path, kind, size, region, parts[index + 1], extra, records_before)
                        return
                    records_before += payload
                    break
                elif tag == "error":
                    raise ReadError(payload)
                else:
                    raise RuntimeError(f"reading {path.name} failed: {payload}")
    finally:
        for process, channel in workers:
            if process.is_alive():
                process.terminate()
            process.join(timeout=5)
            channel.close()
