"""The one door for every write: a unit of work that owns the transaction, the version and `updated_at`
that sync relies on, the search index, and the `Changes` a write returns (../shared/ARCHITECTURE.md,
"One door for every write").

    with services.writer.write("Move deal") as op:
        ...                      # the service's own SQL
        op.stamp(row)            # a local change: version + 1, updated_at, re-indexed at commit
    op.changes                   # what moved, for the views

Why a door and not a helper each service calls: what must happen on every write (stamping, indexing,
the history of writes, the length of the lock) then happens once, here, and no writer can forget it.

The transaction starts with BEGIN IMMEDIATE. SQLite's default deferred BEGIN takes the write lock at the
first write; when another connection committed since this one's first read, that upgrade fails at once
with "database is locked" and the busy timeout never applies (SQLITE_BUSY_SNAPSHOT). Taking the lock
first makes a writer wait its turn instead, which — with every write short — is what lets the window,
a sync and a command-line import write side by side.

A write opened inside another on the same thread joins it (a savepoint): the outer one names the step,
and the index is brought up to date once, at the outer commit.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import peewee

from app.changes import Changes
from app.clock import Clock
from db import fts

log = logging.getLogger(__name__)


class Origin(Enum):
    """Who asked for a write. A change sync applied is recorded, never the user's to undo."""

    USER = "user"
    IMPORT = "import"
    SYNC = "sync"
    SYSTEM = "system"  # upkeep: migrations' follow-ups, rebuilding the index


# The kinds of record the search index holds, and the Changes flag each one raises.
INDEXED_KINDS: dict[str, str] = {
    "contact": "contacts", "account": "accounts", "deal": "deals", "activity": "activities", "task": "tasks",
}


@dataclass
class WriteStats:
    """How long write transactions held the lock, for the benchmarks and the log."""

    count: int = 0
    longest: float = 0.0
    longest_label: str = ""

    def add(self, label: str, seconds: float) -> None:
        self.count += 1
        if seconds > self.longest:
            self.longest, self.longest_label = seconds, label


@dataclass
class WriteOp:
    """One unit of work in progress. Services record on it what they touched."""

    label: str
    origin: Origin
    now: datetime
    _reindex: dict[str, set[int]] = field(default_factory=dict)
    _entries: list[tuple[Any, ...]] = field(default_factory=list)
    _changes: Changes = field(default_factory=Changes)

    # --- what a service tells the door ----------------------------------------------------------

    def stamp(self, kind: str, row: Any) -> None:
        """A local change to a record: its version grows (sync uploads it) and `updated_at` is now.
        Call before `row.save()`; the record is re-indexed at commit."""
        row.updated_at = self.now
        row.version = row.version + 1
        if row.id is not None:
            self.reindex(kind, [row.id])
        else:
            self.mark(_flag(kind))

    def stamp_ids(self, database: peewee.SqliteDatabase, kind: str, ids: Sequence[int]) -> None:
        """stamp() for records not loaded as rows."""
        for chunk in _chunks(ids):
            database.execute_sql(
                f"UPDATE {kind} SET version = version + 1, updated_at = ? WHERE id IN ({', '.join('?' * len(chunk))})",
                [self.now.isoformat(sep=" "), *chunk],
            )
        self.reindex(kind, ids)

    def reindex(self, kind: str, ids: Iterable[int]) -> None:
        """Records whose search entry may be out of date (new, changed, deleted, or a record they show
        changed: a deal shows its contact's name). Indexed once each, at commit."""
        wanted = set(ids)
        if wanted:
            self._reindex.setdefault(kind, set()).update(wanted)
            self.mark(_flag(kind))

    def add_index_entries(self, rows: list[tuple[Any, ...]]) -> None:
        """Search entries a bulk importer built itself for records new to the index (its fast path)."""
        self._entries.extend(rows)

    def mark(self, changes: Changes) -> None:
        """Kinds of data that moved without a record to index (pipelines, tags, custom fields)."""
        self._changes = self._changes | changes

    @property
    def changes(self) -> Changes:
        return self._changes

    # --- the door's own work at commit ----------------------------------------------------------

    def _flush(self, database: peewee.SqliteDatabase) -> None:
        if self._entries:
            fts.insert_entries(database, self._entries)
            self._entries = []
        for kind, ids in self._reindex.items():
            if ids:
                fts.index(database, kind, sorted(ids))
        self._reindex = {}


def _flag(kind: str) -> Changes:
    name = INDEXED_KINDS.get(kind)
    return Changes(**{name: True}) if name else Changes()


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class Writer:
    """The door of one store. Built once per Services; every service, importer and sync writes
    through `write()`. One connection per thread (peewee), so the open unit of work is per thread."""

    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock
        self._local = threading.local()
        self.stats = WriteStats()

    @property
    def database(self) -> peewee.SqliteDatabase:
        return self._db

    @property
    def current(self) -> WriteOp | None:
        """The unit of work open on this thread, if any."""
        op: WriteOp | None = getattr(self._local, "op", None)
        return op

    @contextmanager
    def rehearse(self) -> Iterator[None]:
        """Everything inside is written and then rolled back (an import's dry run: its counts are
        exactly what the real one would do)."""
        with self._db.atomic(*(() if self._db.in_transaction() else ("IMMEDIATE",))) as transaction:
            yield
            transaction.rollback()

    @contextmanager
    def write(self, label: str, origin: Origin = Origin.USER) -> Iterator[WriteOp]:
        outer = self.current
        if outer is not None:
            with self._db.atomic():  # a savepoint: an error undoes this part only
                yield outer
            return
        op = WriteOp(label, origin, self._clock.now())
        self._local.op = op
        # Inside a transaction someone else opened (a dry run that rolls back), a savepoint.
        lock = () if self._db.in_transaction() else ("IMMEDIATE",)
        started = time.perf_counter()
        try:
            with self._db.atomic(*lock):
                yield op
                op._flush(self._db)
        finally:
            self._local.op = None
            held = time.perf_counter() - started
            self.stats.add(label, held)
            if held > 0.5:
                log.info("write %r held the database for %.0f ms", label, held * 1000)
