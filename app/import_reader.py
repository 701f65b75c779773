"""Reading and mapping the records of an import file, in this process or in a worker process.

Reading and mapping a vCard costs about as much CPU as validating and writing it, so a large file
is read by a second process while this one writes: on two cores the import takes little more
than the slower half. The worker gets the file name (not a stream), sends records in batches
through a bounded queue (memory stays flat), and is stopped when the import is cancelled.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from app.contacts import ContactData, ExtraProperty, composed_name, validate_contact
from app.errors import ValidationError
from app.formats import csv_contacts, detect, vcard
from app.formats.vcard_map import MappedAccount, MappedContact, map_card

UNNAMED = "Unnamed contact"
_LIST_FIELD = re.compile(r"^(emails|phones)\[(\d+)\]$")
_VCARD_NAMES = {"emails": "EMAIL", "phones": "TEL"}


class Parsed(NamedTuple):
    """A record as the writer needs it. A contact comes validated already (the reading process
    does that work, so that both processes have about as much to do)."""

    number: int
    line: int
    mapped: MappedContact | MappedAccount | None  # None: rejected
    reason: str = ""  # why it was rejected
    clean: ContactData | None = None  # a contact's data, validated
    warnings: tuple[str, ...] = ()
WORKER_THRESHOLD = 2 * 1024 * 1024  # bytes: below this, starting a process costs more than it saves


class ReadError(Exception):
    """The file cannot be read at all (the reader's own clear message)."""


def parsed(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None, name: str = "") -> Iterator[Parsed]:
    try:
        records = csv_contacts.read(stream, mapping) if kind == detect.CSV else vcard.read(stream)
        for item in records:
            if isinstance(item, vcard.Rejected):
                yield Parsed(item.number, item.line, None, item.reason)
                continue
            mapped = item if isinstance(item, csv_contacts.CsvContact) else map_card(item)
            if isinstance(mapped, MappedAccount):
                yield Parsed(item.number, item.line, mapped)
                continue
            warnings: list[str] = []
            try:
                clean = prepare_contact(mapped, f"{name}: record {item.number}", warnings)
            except ValidationError as exc:
                yield Parsed(item.number, item.line, None, str(exc))
                continue
            mapped.data = clean  # the same object twice: pickle sends it once
            yield Parsed(item.number, item.line, mapped, "", clean, tuple(warnings))
    except (vcard.VCardFileError, csv_contacts.CsvFileError) as exc:
        raise ReadError(str(exc)) from None


def prepare_contact(mapped: MappedContact, where: str, warnings: list[str]) -> ContactData:
    """Validate a contact leniently: a card with no name at all comes in under a name the user can
    change, and an e-mail or phone that fails its check is kept as an extra property instead of
    costing the whole card. Each such step is reported in `warnings`."""
    data = mapped.data
    if not composed_name(data) and not data.display_name.strip():
        data = replace(data, display_name=UNNAMED)
        warnings.append(f"{where}: the card has no name; imported as {UNNAMED!r}")
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
                warnings.append(f"{where}: kept {_VCARD_NAMES[field_name]} {bad.value!r} as it was:"
                                f" it does not pass as {field_name[:-1]}")
                own = ((("TYPE", bad.label),) if bad.label else ()) + ((("TYPE", "pref"),) if bad.preferred else ())
                kept.append(ExtraProperty(_VCARD_NAMES[field_name], bad.value, bad.group, own + bad.params))
        changes[field_name] = tuple(item for i, item in enumerate(items) if i not in bad_indexes)
    return validate_contact(replace(data, **changes, extra=(*data.extra, *kept)))


def batches_here(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None,
                 size: int, name: str = "") -> Iterator[tuple[list[Parsed], int]]:
    """(records, bytes read so far), read in this process."""
    batch: list[Parsed] = []
    for record in parsed(stream, kind, mapping, name):
        batch.append(record)
        if len(batch) >= size:
            yield batch, stream.tell()
            batch = []
    if batch:
        yield batch, stream.tell()


def _worker(path: str, kind: str, mapping: dict[str, str] | None, out: Any, size: int) -> None:
    try:
        with open(path, "rb") as stream:
            for batch, position in batches_here(stream, kind, mapping, size, Path(path).name):
                out.put(("batch", batch, position))
        out.put(("done", None, 0))
    except ReadError as exc:
        out.put(("error", str(exc), 0))
    except Exception as exc:  # the parent reports it; a worker must never die silently
        out.put(("crash", f"{type(exc).__name__}: {exc}", 0))


def batches_in_worker(path: Path, kind: str, mapping: Mapping[str, str] | None,
                      size: int) -> Iterator[tuple[list[Parsed], int]]:
    """(records, bytes read so far), read by a worker process. Closing the iterator stops it."""
    context = multiprocessing.get_context("spawn")  # fork is unsafe with Qt's threads running
    channel = context.Queue(maxsize=4)
    process = context.Process(target=_worker, args=(str(path), kind, dict(mapping) if mapping else None,
                                                   channel, size), daemon=True)
    process.start()
    try:
        while True:
            try:
                tag, payload, position = channel.get(timeout=1.0)
            except queue_module.Empty:
                if not process.is_alive():
                    raise ReadError("the reading process stopped unexpectedly") from None
                continue
            if tag == "batch":
                yield payload, position
            elif tag == "done":
                return
            elif tag == "error":
                raise ReadError(payload)
            else:
                raise RuntimeError(f"reading {path.name} failed: {payload}")
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=5)
        channel.close()
