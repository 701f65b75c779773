"""When the database cannot be opened because it is damaged or cut to nothing: put the newest sound backup
in its place, or recover what can still be read into a new database. Either way the damaged file is kept
aside in the backups folder first, never overwritten and never silently replaced by an empty database.

Python's sqlite3 has no `.recover` (that is the sqlite3 shell's), so recovery reads each table of the
damaged file by rowid, in windows that shrink to single rows around a damaged page, and writes what it
reads into a database made afresh by the migrations; the search index is then rebuilt from the rows.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app import paths
from app.backup import BackupCheck, check_backup, copy_database, unused_name
from app.clock import SystemClock
from app.errors import StoreError
from app.messages import QT_TRANSLATE_NOOP, said
from app.store_errors import check_finding
from app.unit_of_work import INDEXED_KINDS, Origin, Writer

_SKIPPED_TABLES = ("sqlite_", "search_index")  # SQLite's own; the search index is rebuilt from the rows


@dataclass
class Recovered:
    """What a recovery read: rows per table, and the rows it could not read."""

    kept_aside: Path
    rows: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    @property
    def contacts(self) -> int:
        return self.rows.get("contact", 0)


def problem(data_dir: Path) -> str | None:
    """Why the database of `data_dir` needs rescuing (cut to nothing, not a database, damaged pages), or
    None when it is sound or not there at all (a new folder)."""
    path = paths.database_path(data_dir)
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        return said(QT_TRANSLATE_NOOP("Services", "%1 is empty (0 bytes): the file was cut to nothing"), path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = str(connection.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return said(QT_TRANSLATE_NOOP("Services", "%1 cannot be read as a database (%2)"), path, str(exc))
    if result != "ok":
        return said(QT_TRANSLATE_NOOP("Services", "%1 is damaged (%2)"), path, check_finding([result]))
    return None


def latest_sound_backup(data_dir: Path) -> BackupCheck | None:
    """The newest backup in the backups folder that passes its check (a damaged one is passed over)."""
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return None
    candidates = sorted((p for p in folder.glob("*.sqlite3") if not p.name.startswith("damaged-")),
                        key=lambda p: p.stat().st_mtime, reverse=True)
    for candidate in candidates:
        with contextlib.suppress(StoreError):
            return check_backup(candidate)
    return None


def set_aside(data_dir: Path, now: datetime) -> Path:
    """Move the damaged database (and its -wal and -shm) into the backups folder; where it went."""
    path = paths.database_path(data_dir)
    folder = paths.backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    kept = unused_name(folder, f"damaged-{now:%Y%m%d-%H%M%S}")
    try:
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        os.replace(path, kept)
    except OSError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot move the damaged database %1 aside: %2"), path,
                              exc.strerror)) from None
    return kept


def restore_latest(data_dir: Path, backup: Path, now: datetime) -> Path:
    """`backup` (checked again) in the place of the damaged database, which is kept aside; where it went."""
    check_backup(backup)
    kept = set_aside(data_dir, now)
    try:
        copy_database(backup, paths.database_path(data_dir))
    except (OSError, sqlite3.Error) as exc:
        os.replace(kept, paths.database_path(data_dir))  # as it was: nothing half-done
        raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot restore %1: %2"), backup, str(exc))) from None
    return kept


def recover(data_dir: Path, now: datetime) -> Recovered:
    """What can be read of the damaged database, in a new one made by the migrations; the damaged file is
    kept aside. Rows whose pages cannot be read are counted as lost, table by table."""
    from app.store import Store  # the new, empty database with today's schema

    kept = set_aside(data_dir, now)
    report = Recovered(kept)
    Store.open(data_dir).close()
    source = sqlite3.connect(f"file:{kept}?mode=ro", uri=True)
    source.execute("PRAGMA writable_schema = ON")  # read the tables even when a page of the schema is gone
    target = sqlite3.connect(paths.database_path(data_dir))
    try:
        target.execute("PRAGMA foreign_keys = OFF")  # parents and children arrive in any order
        tables = [str(r[0]) for r in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not str(r[0]).startswith(_SKIPPED_TABLES)]
        with target:
            if _has(target, "sqlite_sequence"):
                target.execute("DELETE FROM sqlite_sequence")
            for table in tables:
                target.execute(f'DELETE FROM "{table}"')  # what the migrations put there (the default pipeline)
                report.rows[table], report.lost[table] = _copy_table(source, target, table)
            for table, rowid, _parent, key in target.execute("PRAGMA foreign_key_check").fetchall():
                # A row whose parent was on a lost page. A record keeps itself without the link (a deal
                # whose account was lost stays a deal); a link, or a part of a lost record, goes.
                if table in INDEXED_KINDS and _unlink(target, table, rowid, key):
                    continue
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                report.rows[table] -= 1
                report.lost[table] = report.lost.get(table, 0) + 1
    finally:
        source.close()
        target.close()
    store = Store.open(data_dir)
    try:  # the search index from the rows, through the write door like any other indexing
        writer = Writer(store.database, SystemClock())
        with writer.write("Recover the database", Origin.SYSTEM) as op:
            for kind in INDEXED_KINDS:
                op.reindex(kind, [int(r[0]) for r in store.database.execute_sql(f"SELECT id FROM {kind}")])
    finally:
        store.close()
    return report


def _unlink(target: sqlite3.Connection, table: str, rowid: int, key: int) -> bool:
    """Empty the foreign key `key` of a row (the id foreign_key_check gives); False where it cannot be."""
    column = next((str(fk[3]) for fk in target.execute(f'PRAGMA foreign_key_list("{table}")') if fk[0] == key), None)
    if column is None:
        return False
    try:
        target.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
    except sqlite3.IntegrityError:  # NOT NULL: it cannot stand without its parent
        return False
    return True


def _has(connection: sqlite3.Connection, table: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> tuple[int, int]:
    """(rows copied, rows lost) of one table: all of it at once while the pages are sound, halves of it
    around a damaged page, down to the single rows that cannot be read."""
    wanted = [str(r[1]) for r in target.execute(f'PRAGMA table_info("{table}")')]
    try:
        there = {str(r[1]) for r in source.execute(f'PRAGMA table_info("{table}")')}
        last = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        return 0, 0  # the table's own page is gone: nothing of it can be found
    columns = [c for c in wanted if c in there]
    if not columns or last is None:
        return 0, 0
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR IGNORE INTO "{table}" (rowid, {names}) VALUES (?, {", ".join("?" * len(columns))})'
    select = f'SELECT rowid, {names} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
    copied = lost = 0
    pending = [(0, int(last))]
    while pending:
        low, high = pending.pop()
        try:
            rows = source.execute(select, (low, high)).fetchall()
        except sqlite3.DatabaseError:
            if high - low + 1 <= 1:
                lost += 1
                continue
            middle = (low + high) // 2
            pending += [(middle + 1, high), (low, middle)]
            continue
        target.executemany(insert, rows)
        copied += len(rows)
    return copied, lost
