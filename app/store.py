"""The open data folder: its database, migrated to the current schema, with the models bound to it."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from app import paths
from app.errors import StoreError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.store_errors import check_finding
from app.unit_of_work import Origin, Writer
from db import bulk
from db.connection import open_database
from db.migrations import SchemaTooNewError, migrate, schema_version
from db.models import ALL_MODELS

log = logging.getLogger(__name__)

# PRAGMA quick_check reads every page: about 0.6 s for 100,000 contacts (a 300 MB file, warm cache), too
# long for every start. It runs when the file is small enough to check in about a tenth of a second, and
# always when the last session did not close it cleanly (its -wal file is still there) or a check in the
# background found damage (CHECK_MARK). A larger file is checked by the window in the background
# (ui/start_problem.py); a page found damaged later is said as plainly by the command line.
QUICK_CHECK_BYTES = 64 * 1024 * 1024
CHECK_MARK = "check-pages"  # in the data folder: the next open checks every page, whatever the file's size
LOCK_NAME = "rapport.lock"  # beside the database: who writes to the folder in bulk now (writing_turn)


class DamagedStoreError(StoreError):
    """The database file is there but cannot be used as it is: damaged pages, cut to nothing, not a
    database. Never replaced silently: a backup is restored, or what can be read recovered."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def _damaged(path: Path, reason: str) -> DamagedStoreError:
    return DamagedStoreError(said(QT_TRANSLATE_NOOP(
        "Services", "the database %1 is damaged (%2); nothing was changed. Restore a backup (rapport restore FILE;"
                    " backups are in %3) or open Rapport to recover what can be read"),
        path, reason, paths.backups_dir(path.parent)), path)


def _refuse_emptied(path: Path) -> None:
    """A zero-byte file where the database was: refused, never made anew (that would look like an empty
    CRM). Rapport's own first open writes the header at once, so a new database is never left empty."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot open the database %1: %2"), path,
                              exc.strerror)) from None
    if size == 0:
        raise DamagedStoreError(said(QT_TRANSLATE_NOOP(
            "Services", "the database %1 is empty (0 bytes): the file was cut to nothing and is left as it is."
                        " Restore a backup (rapport restore FILE; backups are in %2)"),
            path, paths.backups_dir(path.parent)), path)


def mark_for_check(data_dir: Path) -> None:
    """Have the next open check every page (damage was found while the folder was in use)."""
    (data_dir / CHECK_MARK).touch()


def _check(database: peewee.SqliteDatabase, path: Path, unclean: bool, small_too: bool = True) -> bool:
    """The schema must be readable; the pages too (PRAGMA quick_check) when the file was not closed
    cleanly, was marked for a check, or is small enough to check quickly (`small_too`). Whether the pages
    were checked."""
    mark = path.parent / CHECK_MARK
    try:
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if not (unclean or mark.exists() or (small_too and path.stat().st_size <= QUICK_CHECK_BYTES)):
            return False
        started = time.perf_counter()
        rows = [str(r[0]) for r in database.execute_sql("PRAGMA quick_check(3)").fetchall()]
        log.info("quick_check of %s: %s in %.0f ms", path, rows[0], (time.perf_counter() - started) * 1000)
        if rows != ["ok"]:
            raise _damaged(path, check_finding(rows))
        mark.unlink(missing_ok=True)
        return True
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        if is_damage(exc) and not _not_a_database(exc):
            raise _damaged(path, str(exc)) from None
        raise


def _not_a_database(exc: BaseException) -> bool:
    return "not a database" in str(exc)


def is_damage(exc: BaseException) -> bool:
    """Whether a failed SQLite call failed because the database file is damaged (SQLITE_CORRUPT or
    SQLITE_NOTADB, from sqlite3's error or the peewee error that wraps it), to say so plainly."""
    original = getattr(exc, "orig", None) or exc.__context__ or exc
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (11, 26)
    return str(exc) in ("database disk image is malformed", "file is not a database")


def damaged_error(path: Path, exc: BaseException) -> DamagedStoreError:
    """The plain sentence for a database found damaged while in use."""
    return _damaged(path, str(exc))


def _migrate(database: peewee.SqliteDatabase) -> None:
    """Bring the schema up to date, safely against another process opening the same folder at this moment:
    the write lock first (the door's BEGIN IMMEDIATE, waiting the busy timeout), then the version read
    again inside, so the second process finds the work done instead of creating the tables a second time."""
    from db.migrations import LATEST_VERSION

    if schema_version(database) == LATEST_VERSION:
        migrate(database)  # nothing to do, or SchemaTooNewError as it says
        return
    with _upkeep(database).write("Bring the schema up to date", Origin.SYSTEM):
        migrate(database)  # reads the version again, under the lock; its own transaction is a savepoint here


def _upkeep(database: peewee.SqliteDatabase) -> Writer:
    from app.clock import SystemClock

    return Writer(database, SystemClock())


@contextmanager
def writing_turn(data_dir: Path, waiting: Callable[[], None] | None = None, limit: float = 600.0,
                 notice_after: float = 2.0) -> Iterator[None]:
    """Hold the data folder's writing turn: a command that writes in bulk (an import, the sample data, a
    restore) waits here while another one writes to the same folder, and `waiting()` is called once when
    it has waited `notice_after` seconds. After `limit` seconds a StoreError: nothing was written. The
    lock is the operating system's (flock / LockFileEx): a killed process lets go of it."""
    paths.make_private_dir(data_dir)
    lock_path = data_dir / LOCK_NAME
    handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    started = time.monotonic()
    told = False
    try:
        while not _try_lock(handle):
            waited = time.monotonic() - started
            if waited >= notice_after and not told and waiting is not None:
                waiting()
                told = True
            if waited >= limit:
                raise StoreError(said(QT_TRANSLATE_NOOP(
                    "Services", "another Rapport has been writing to %1 for too long; nothing was written, try"
                                " again later"), data_dir))
            time.sleep(0.1)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        os.close(handle)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: int) -> bool:
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)


def _restore_set_aside(database: peewee.SqliteDatabase) -> None:
    """Rebuild what a large import set aside. Not fatal when the database is busy (another process
    importing right now, which rebuilds it itself when it ends): every row is there meanwhile."""
    try:
        with _upkeep(database).write("Rebuild the indexes an import set aside", Origin.SYSTEM):
            bulk.restore(database)  # under the write lock taken first: no stale snapshot to upgrade
    except peewee.OperationalError as exc:
        log.warning("indexes set aside by an import are not rebuilt yet: %s", exc)


def _close(database: peewee.SqliteDatabase | None) -> None:
    if database is not None and not database.is_closed():
        database.close()


class Store:
    """One Rapport data folder. Build it once (in main.py or a test) and pass it to the services.

    peewee binds models to one database at a time; `activate()` re-binds them when a process
    works with two data folders (as the sync tests do with two "laptops").
    """

    def __init__(self, data_dir: Path, database: peewee.SqliteDatabase) -> None:
        self.data_dir = data_dir
        self.database = database
        # Whether the open checked every page: a large file's check is left to the window's background.
        self.pages_checked = False
        self.database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)

    @classmethod
    def open(cls, data_dir: Path, *, migrate_schema: bool = True, check: bool | None = None,
             reading: bool = False) -> Store:
        """Open (or make) the folder's database. `check` (by default when migrating: a helper process
        opening a database its parent opened skips it) refuses a damaged or emptied database with a
        DamagedStoreError instead of working on it or making it anew. `reading`: for a command that only
        reads (`rapport search` in a script's loop), the pages of a small file cleanly closed are not read
        each time — a damaged page the reading meets is said all the same."""
        check = migrate_schema if check is None else check
        try:
            paths.make_private_dir(data_dir)
        except OSError as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot create the data folder %1: %2"), data_dir,
                                  exc.strerror)) from None
        path = paths.database_path(data_dir)
        wal = path.with_name(path.name + "-wal")
        unclean = wal.exists() and wal.stat().st_size > 0  # not closed cleanly (or open elsewhere now)
        if check:
            _refuse_emptied(path)
        database = None
        checked = False
        try:
            paths.private_database(path)  # an older 0644 database: closed before SQLite makes its -wal/-shm
            database = open_database(path)
            paths.private_database(path)  # one SQLite has just made follows the umask, and its -wal/-shm with it
            if check:
                checked = _check(database, path, unclean, small_too=not reading)
            if migrate_schema:
                _migrate(database)
                if bulk.has_notes(database):  # an import stopped before it rebuilt what it set aside
                    _restore_set_aside(database)
        except SchemaTooNewError as exc:
            _close(database)
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: %2; update Rapport to open it"), path,
                                  message_of(exc))) from None
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            _close(database)
            if is_damage(exc) and not _not_a_database(exc):
                raise _damaged(path, str(exc)) from None
            message = said(QT_TRANSLATE_NOOP("Services", "cannot open the database %1: %2"), path, str(exc))
            if is_damage(exc):  # "file is not a database": said as it always was, refused all the same
                raise DamagedStoreError(message, path) from None
            raise StoreError(message) from None
        except BaseException:
            _close(database)
            raise
        store = cls(data_dir, database)
        store.pages_checked = checked
        return store

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    @property
    def schema_version(self) -> int:
        return schema_version(self.database)

    def activate(self) -> None:
        self.database.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()
