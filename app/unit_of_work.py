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

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import peewee

from app.changes import Changes
from app.clock import Clock
from app.id_runs import IdRuns
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
    "lead": "leads",
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
class ChangeTally:
    """The Changes of every unit of work committed inside Writer.collect_changes()."""

    changes: Changes = field(default_factory=Changes)


@dataclass
class StepInProgress:
    """A step spanning several units of work (an import's batches): one entry in the undo log."""

    label: str
    origin: Origin
    action: str = ""
    id: int | None = None
    seen: set[tuple[str, int]] = field(default_factory=set)  # records with an image in this step
    created: dict[str, IdRuns] = field(default_factory=dict)  # by table, the records this step created

    def holds(self, table: str, record_id: int) -> bool:
        """Whether the step's log already has this record: its image, or its creation."""
        return (table, record_id) in self.seen or record_id in self.created.get(table, ())


@dataclass
class WriteOp:
    """One unit of work in progress. Services record on it what they touched."""

    label: str  # may be set before the end, once the write knows what to call itself
    origin: Origin
    now: datetime
    _database: peewee.SqliteDatabase
    _shapes: Any = None  # app.undo.Shapes when this write is recorded for undo, else None
    _step: StepInProgress | None = None
    _phase: str = "before"  # the images' phase in the log: "before", or "redo" while undoing
    _start_max: dict[str, int] = field(default_factory=dict)
    _images: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    _redo_skipped: bool = False
    _retouched: set[tuple[str, int]] = field(default_factory=set)
    action: str = ""  # what kind of step this is, for undoing the last one of a kind ("merge")
    final: bool = False  # a step no undo takes back (deleting for good: the user confirmed it)
    _reindex: dict[str, set[int]] = field(default_factory=dict)
    _entries: list[tuple[Any, ...]] = field(default_factory=list)
    _changes: Changes = field(default_factory=Changes)
    step_id: int | None = None  # the undo log's step this write recorded into, once committed
    # Sync's notes about the server (its marks, its log) and nothing else: not counted as a local change
    # (local_change.count, db/migrations/m0018_local_changes.py), so that they never make a push look again.
    bookkeeping: bool = False

    # --- what a service tells the door ----------------------------------------------------------

    def capture(self, table: str, record_id: int) -> None:
        """A record (or pipeline, stage, tag, custom field) this write is about to change or delete: its
        image as it is now goes to the undo log. Call before changing anything of it; calling it for a
        record that then does not change costs a read and nothing else."""
        if self._shapes is None:
            return
        key = (table, record_id)
        if key in self._images:
            return
        if self._step is not None and self._step.holds(table, record_id):
            self._retouched.add(key)  # an earlier write of this step has its image: only what it left moves
            return
        from app.undo import snapshot

        self._images[key] = snapshot(self._database, self._shapes, table, record_id)

    def skip_redo(self) -> None:
        """This undo keeps no copy to redo from (it removes more records than a copy is worth)."""
        self._redo_skipped = True

    def stamp(self, kind: str, row: Any) -> None:
        """A local change to a record: its version grows (sync uploads it) and `updated_at` is now.
        Call before `row.save()`; the record is re-indexed at commit."""
        if row.id is not None:
            self.capture(kind, row.id)
        row.updated_at = self.now
        row.version = row.version + 1
        if row.id is not None:
            self.reindex(kind, [row.id])
        else:
            self.mark(_flag(kind))

    def stamp_ids(self, database: peewee.SqliteDatabase, kind: str, ids: Sequence[int]) -> None:
        """stamp() for records not loaded as rows."""
        for record_id in ids:
            self.capture(kind, record_id)
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
        """Search entries a bulk importer built itself for records new to the index (its fast path); the
        kinds of those records moved (the rowid says the kind: fts.row_id)."""
        self._entries.extend(rows)
        for code in {int(row[0]) % 8 for row in rows}:
            self.mark(_flag(fts.KIND_BY_CODE.get(code, "")))

    def mark(self, changes: Changes) -> None:
        """Kinds of data that moved without a record to index (pipelines, tags, custom fields)."""
        self._changes = self._changes | changes

    @property
    def changes(self) -> Changes:
        return self._changes

    # --- the door's own work ----------------------------------------------------------------------

    def _begin(self) -> None:
        """Note where each tracked table's ids end: what lies beyond at commit, this write created (it
        holds the write lock, so nobody else inserts meanwhile)."""
        if self._shapes is None:
            return
        from app.undo import TRACKED

        for table in TRACKED:
            self._start_max[table] = int(self._database.execute_sql(
                f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])

    def _flush(self, database: peewee.SqliteDatabase) -> None:
        if self._entries:
            fts.insert_entries(database, self._entries)
            self._entries = []
        for kind, ids in self._reindex.items():
            if ids:
                fts.index(database, kind, sorted(ids))
        self._reindex = {}
        self._log(database)
        if not self.bookkeeping:
            # (An upsert: a rescued database that lost the row starts again above every collection's mark.)
            database.execute_sql(
                "INSERT INTO local_change (id, count) VALUES"
                " (1, coalesce((SELECT max(pushed_through) FROM sync_collection), 0) + 1)"
                " ON CONFLICT (id) DO UPDATE SET count = count + 1")

    def _log(self, database: peewee.SqliteDatabase) -> None:
        """The step in the undo log: its images (when recorded), or just its line in the history."""
        if self._phase == "":
            return  # a redo: the step's own images stand again
        from app.undo import VERSIONED, content_hash, snapshot

        recorded = self._shapes is not None
        created: dict[str, list[list[int]]] = {}
        if recorded:
            for table, start in self._start_max.items():
                column = "version" if table in VERSIONED else "0"
                rows = database.execute_sql(f"SELECT id, {column} FROM {table} WHERE id > ? ORDER BY id", (start,))
                pairs = [[int(i), int(v)] for i, v in rows]
                if pairs:
                    created[table] = pairs
        images = self._changed_images(database) if recorded else {}
        if not (self._changes or images or created):
            return
        step = self._step or StepInProgress(self.label, self.origin)
        if step.id is None:
            if self._phase == "redo":
                raise RuntimeError("an undo records into its own step")
            if self.origin in (Origin.USER, Origin.IMPORT):
                database.execute_sql("DELETE FROM undo_step WHERE state = 'undone'")  # a new action: no redo
            step.id = int(database.execute_sql(
                "INSERT INTO undo_step (label, action, origin, at, state) VALUES (?, ?, ?, ?, ?)",
                (self.label if self._step is None else step.label, self.action or step.action, step.origin.value,
                 self.now.isoformat(sep=" "), "final" if self.final else "done")).lastrowid)
            database.execute_sql(
                "DELETE FROM undo_step WHERE id <= (SELECT id FROM undo_step ORDER BY id DESC LIMIT 1 OFFSET ?)",
                (KEPT_STEPS,))
        self.step_id = step.id
        rows = [(step.id, self._phase, table, record_id, 0, json.dumps(image, ensure_ascii=False), after)
                for (table, record_id), (image, after) in images.items()]
        if sum(len(pairs) for pairs in created.values()) <= CHECKED_BY_CONTENT:  # one row each, with its content
            rows += [(step.id, self._phase, table, record_id, 1, None,
                      content_hash(table, snapshot(database, self._shapes, table, record_id)))
                     for table, pairs in created.items() for record_id, _ in pairs]
        else:  # an import's batch: one list per table, checked by version (hashing each would double its time)
            rows += [(step.id, self._phase, table, None, 1, json.dumps(pairs), None)
                     for table, pairs in created.items()]
        if self._phase == "redo" and self._redo_skipped:
            rows = []
        # sqlite3's errors as peewee's, as execute_sql raises them (peewee's stubs leave the wrapper out)
        with peewee.__exception_wrapper__:  # type: ignore[attr-defined]
            database.cursor().executemany(
                "INSERT INTO undo_image (step_id, phase, tbl, record_id, created, image, after_hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        for table, record_id in self._retouched:
            database.execute_sql(
                "UPDATE undo_image SET after_hash = ? WHERE step_id = ? AND phase = ? AND tbl = ? AND record_id = ?",
                (content_hash(table, snapshot(database, self._shapes, table, record_id)), step.id, self._phase, table,
                 record_id))
        if self._step is not None:
            self._step.seen.update(images)
            for table, pairs in created.items():
                self._step.created.setdefault(table, IdRuns()).update(record_id for record_id, _ in pairs)

    def _changed_images(self, database: peewee.SqliteDatabase) -> dict[tuple[str, int], tuple[dict[str, Any], Any]]:
        """The captured images of what really changed, each with the hash of what the record holds now
        (what an undo expects to find)."""
        from app.undo import content_hash, snapshot

        kept: dict[tuple[str, int], tuple[dict[str, Any], Any]] = {}
        for (table, record_id), image in self._images.items():
            now = snapshot(database, self._shapes, table, record_id)
            after = content_hash(table, now)
            if now["row"] is not None and image["row"] is not None and after == content_hash(table, image):
                continue  # only read
            kept[(table, record_id)] = (image, after if now["row"] is not None else None)
        return kept


def _the_reason(error: BaseException) -> BaseException:
    """SQLite ends a transaction by itself on some errors (a full disk, an I/O error): the rollback that
    follows then fails with "cannot rollback - no transaction is active", which would stand in for the
    reason. The first error of the chain that is not that one."""
    while "no transaction is active" in str(error) and error.__context__ is not None:
        error = error.__context__
    return error


def captured(writer: Writer, table: str, record_id: int) -> None:
    """A service found a row it may change: inside a write, its image goes to the undo log."""
    op = writer.current
    if op is not None:
        op.capture(table, record_id)


def _busy(error: BaseException) -> bool:
    """SQLITE_BUSY: another connection holds the write lock (sqlite3's error, or peewee's around it)."""
    original = getattr(error, "orig", None) or error.__context__ or error
    code = getattr(original, "sqlite_errorcode", None) if isinstance(original, sqlite3.Error) else None
    return code & 0xFF == 5 if isinstance(code, int) else "database is locked" in str(error)


def _flag(kind: str) -> Changes:
    name = INDEXED_KINDS.get(kind)
    return Changes(**{name: True}) if name else Changes()


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


KEPT_STEPS = 500  # the undo log forgets older steps
# Up to this many records created by one write are each noted with a hash of their content, so that an
# undo can tell "changed since" from "changed and changed back" (an edit undone). An import's batch
# notes its records' versions instead: hashing 2,000 cards would double the import's time.
CHECKED_BY_CONTENT = 50


class Writer:
    """The door of one store. Built once per Services; every service, importer and sync writes
    through `write()`. One connection per thread (peewee), so the open unit of work is per thread."""

    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock
        self._local = threading.local()
        self._shapes: Any = None
        self.stats = WriteStats()
        # Waiting for the write lock beyond the busy timeout (another process writes a long while): the
        # command line sets how long, and what to say once when the first wait ran out. 0: no second try.
        self.wait_limit = 0.0
        self.waiting: Callable[[], None] | None = None

    @property
    def database(self) -> peewee.SqliteDatabase:
        return self._db

    @property
    def shapes(self) -> Any:
        """What each tracked record is made of (app.undo.Shapes), read from the schema once."""
        if self._shapes is None:
            from app.undo import Shapes

            self._shapes = Shapes(self._db)
        return self._shapes

    @property
    def current(self) -> WriteOp | None:
        """The unit of work open on this thread, if any."""
        op: WriteOp | None = getattr(self._local, "op", None)
        return op

    def _enter(self, lock: tuple[str, ...]) -> tuple[Any, Any]:
        """The transaction begun: BEGIN IMMEDIATE waits the busy timeout for another writer's lock, and
        again up to `wait_limit` (saying so once through `waiting`). Nothing is written before it is ours."""
        deadline: float | None = None
        while True:
            transaction = self._db.atomic(*lock)
            try:
                return transaction, transaction.__enter__()  # (what ends it, the transaction or savepoint)
            except peewee.OperationalError as exc:
                if not lock or not _busy(exc):
                    raise
                now = time.monotonic()
                if deadline is None:
                    deadline = now + self.wait_limit
                    if self.wait_limit > 0 and self.waiting is not None:
                        self.waiting()
                if now >= deadline:
                    raise

    @contextmanager
    def step(self, label: str, origin: Origin = Origin.USER, action: str = "") -> Iterator[StepInProgress]:
        """Several writes that are one step in the undo log (an import's batches, a sync run). Inside
        another step, part of that one."""
        if getattr(self._local, "step", None) is not None:
            yield self._local.step
            return
        self._local.step = StepInProgress(label, origin, action)
        try:
            yield self._local.step
        finally:
            self._local.step = None

    @contextmanager
    def collect_changes(self) -> Iterator[ChangeTally]:
        """What every unit of work committed on this thread inside changed, together: for an action that
        opens units itself (an import's batches, an undo). The tally's `changes` grow as they commit."""
        tallies: list[ChangeTally] = self._local.__dict__.setdefault("tallies", [])
        tally = ChangeTally()
        tallies.append(tally)
        try:
            yield tally
        finally:
            tallies.remove(tally)

    @contextmanager
    def rehearse(self) -> Iterator[None]:
        """Everything inside is written and then rolled back (an import's dry run: its counts are
        exactly what the real one would do)."""
        with ExitStack() as stack:
            transaction, begun = self._enter(() if self._db.in_transaction() else ("IMMEDIATE",))
            stack.push(transaction)
            yield
            begun.rollback()

    @contextmanager
    def write(self, label: str, origin: Origin = Origin.USER,
              record_into: tuple[int, str] | None = None, *, bookkeeping: bool = False) -> Iterator[WriteOp]:
        """One unit of work. `record_into`: (step id, phase) for an undo or redo, which records into the
        step it replays ("" for nothing) instead of making a step of its own. `bookkeeping`: sync's notes
        about the server only, not a local change (WriteOp.bookkeeping)."""
        outer = self.current
        if outer is not None:
            if not bookkeeping:
                outer.bookkeeping = False  # a change joined a bookkeeping write: the whole is a change
            with self._db.atomic():  # a savepoint: an error undoes this part only
                yield outer
            return
        step: StepInProgress | None = getattr(self._local, "step", None)
        phase = "before"
        if record_into is not None:
            step, phase = StepInProgress(label, origin, id=record_into[0]), record_into[1]
        elif step is not None:
            label, origin = step.label, step.origin
        recorded = origin in (Origin.USER, Origin.IMPORT) and phase != ""
        op = WriteOp(label, origin, self._clock.now(), self._db, self.shapes if recorded else None, step, phase)
        op.bookkeeping = bookkeeping
        self._local.op = op
        # Inside a transaction someone else opened (a dry run that rolls back), a savepoint.
        lock = () if self._db.in_transaction() else ("IMMEDIATE",)
        started = time.perf_counter()
        try:
            try:
                with ExitStack() as stack:
                    stack.push(self._enter(lock)[0])  # its exit commits, or rolls back on an error
                    op._begin()
                    yield op
                    op._flush(self._db)
            except (peewee.OperationalError, sqlite3.OperationalError) as exc:
                raise _the_reason(exc) from None
            for tally in getattr(self._local, "tallies", ()):
                tally.changes = tally.changes | op.changes
        finally:
            self._local.op = None
            held = time.perf_counter() - started
            self.stats.add(label, held)
            if held > 0.5:
                log.info("write %r held the database for %.0f ms", label, held * 1000)
