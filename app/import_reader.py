"""Reading and mapping the records of an import file, in this process or in a worker process.

Reading and mapping a vCard costs about as much CPU as validating and writing it, so a large file
is read by a second process while this one writes: on two cores the import takes little more
than the slower half. The worker gets the file name (not a stream), sends records in batches
through a bounded queue (memory stays flat), and is stopped when the import is cancelled.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from app.formats import csv_contacts, detect, vcard
from app.formats.vcard_map import MappedAccount, MappedContact, map_card

# (record number, line, the mapped record or None when rejected, the reason when rejected)
Parsed = tuple[int, int, MappedContact | MappedAccount | None, str]
WORKER_THRESHOLD = 2 * 1024 * 1024  # bytes: below this, starting a process costs more than it saves


class ReadError(Exception):
    """The file cannot be read at all (the reader's own clear message)."""


def parsed(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None) -> Iterator[Parsed]:
    try:
        records = csv_contacts.read(stream, mapping) if kind == detect.CSV else vcard.read(stream)
        for item in records:
            if isinstance(item, vcard.Rejected):
                yield item.number, item.line, None, item.reason
            elif isinstance(item, csv_contacts.CsvContact):
                yield item.number, item.line, item, ""
            else:
                yield item.number, item.line, map_card(item), ""
    except (vcard.VCardFileError, csv_contacts.CsvFileError) as exc:
        raise ReadError(str(exc)) from None


def batches_here(stream: BinaryIO, kind: str, mapping: Mapping[str, str] | None,
                 size: int) -> Iterator[tuple[list[Parsed], int]]:
    """(records, bytes read so far), read in this process."""
    batch: list[Parsed] = []
    for record in parsed(stream, kind, mapping):
        batch.append(record)
        if len(batch) >= size:
            yield batch, stream.tell()
            batch = []
    if batch:
        yield batch, stream.tell()


def _worker(path: str, kind: str, mapping: dict[str, str] | None, out: Any, size: int) -> None:
    try:
        with open(path, "rb") as stream:
            for batch, position in batches_here(stream, kind, mapping, size):
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
