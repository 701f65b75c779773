"""Backups with SQLite's online backup: on demand, daily (keeping the last N), and restore."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import paths
from app.clock import Clock
from app.errors import StoreError
from app.messages import QT_TRANSLATE_NOOP, said
from app.store import Store
from app.store_errors import check_finding
from db.migrations import LATEST_VERSION, migrate

DAILY_PATTERN = re.compile(r"^rapport-(\d{4}-\d{2}-\d{2})\.sqlite3$")
DEFAULT_KEEP = 7


class DamageFound(StoreError):
    """The day's copy found the database damaged (its pages read whole by PRAGMA quick_check): `finding` says
    what, in the user's language."""

    def __init__(self, message: str, finding: str) -> None:
        super().__init__(message)
        self.finding = finding


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    schema_version: int
    contacts: int


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database consistently into `target`, readable by its user only: written to
    NAME.partial beside it, flushed to disk, then renamed in place. On any failure (a full disk, a
    folder that cannot be written) the partial file is removed and the error raised."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=paths.PRIVATE_DIR)
    except FileExistsError:  # a file where the folder should be: say that, not "File exists"
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target.parent)) from None
    partial = target.with_name(target.name + ".partial")
    journal = partial.with_name(partial.name + "-journal")
    for stale in (partial, journal):  # left by a copy that was killed: SQLite must not replay that journal
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    try:
        # Made 0600 before SQLite opens it: SQLite keeps an existing file's mode, and gives its journal the same.
        os.close(paths.open_private(partial, os.O_WRONLY | os.O_EXCL))
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        for left in (partial, journal):
            with contextlib.suppress(OSError):
                left.unlink()
        raise
    with contextlib.suppress(OSError):
        _fsync(target.parent, os.O_RDONLY)  # the rename itself survives a power cut (POSIX; not on Windows)


def _fsync(path: Path, flags: int = os.O_RDWR) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def disk_full(exc: BaseException, source: Path, target: Path) -> bool:
    """Whether copying `source` to `target` failed for want of space: an OSError's errno, SQLite's
    SQLITE_FULL, or an I/O error from SQLite (which hides the errno) with less room left than the copy needs."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", 0)
    if code == sqlite3.SQLITE_FULL:
        return True
    if code & 0xFF != sqlite3.SQLITE_IOERR:
        return False
    try:
        return shutil.disk_usage(target.parent).free < source.stat().st_size
    except OSError:
        return False


def unused_name(folder: Path, stem: str) -> Path:
    """A name in `folder` that no earlier backup has: a second backup in the same second must not replace
    the first."""
    candidate = folder / f"{stem}.sqlite3"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    return candidate


def _damage(path: Path) -> str | None:
    """What PRAGMA quick_check finds wrong with a copy (a damaged database copies as it is), or None."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()
    return None if result == "ok" else check_finding([result])


def check_backup(path: Path) -> BackupCheck:
    """Open a backup read-only and make sure it is a sound Rapport database this version can use."""
    if not path.is_file():
        raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: no such file"), path))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: the database is damaged (%2)"), path, result))
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version < 1 or "contact" not in tables:
                raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: not a Rapport database"), path))
            if version > LATEST_VERSION:
                raise StoreError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1: written by a newer Rapport (schema %2); update Rapport first"), path, version))
            contacts = connection.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("Services", "%1: not a readable SQLite database (%2)"), path,
                              str(exc))) from None
    return BackupCheck(path, version, contacts)


class BackupService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    @property
    def folder(self) -> Path:
        return paths.backups_dir(self._store.data_dir)

    def backup(self, target: Path | None = None) -> Path:
        """Write a backup to `target`, or to the backups folder under a time-stamped name."""
        if target is None:
            target = self._unused(f"rapport-{self._clock.now():%Y%m%d-%H%M%S}")
        if target.resolve() == self._store.path.resolve():
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "a backup cannot overwrite the database it copies")))
        if target.parent == self.folder:
            try:
                paths.make_private_dir(self.folder)
            except OSError as exc:
                raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot write the backup %1: %2"), target,
                                      exc.strerror)) from None
        try:
            copy_database(self._store.path, target)
        except (OSError, sqlite3.Error) as exc:
            if disk_full(exc, self._store.path, target):
                raise StoreError(said(QT_TRANSLATE_NOOP("Services", "the disk is full: cannot write the backup %1"),
                                      target)) from None
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot write the backup %1: %2"), target,
                                  reason)) from None
        return target

    def daily(self, keep: int = DEFAULT_KEEP, copied: Callable[[], object] | None = None) -> Path | None:
        """Make today's automatic backup if there is none yet, and keep only the last `keep` days.
        `copied`: called once the live database is read no more (the copy is checked after it)."""
        today = self._clock.now().date()
        target = self.folder / f"rapport-{today.isoformat()}.sqlite3"
        made = None
        if not target.exists():
            try:
                made = self.backup(target)
            finally:
                if copied is not None:
                    copied()
            problem = _damage(made)
            if problem is not None:
                # A copy of a damaged database is no backup: kept, it would push the last sound ones out.
                made.unlink()
                raise DamageFound(said(QT_TRANSLATE_NOOP(
                    "Services", "no backup was made today: the database is damaged (%1); the earlier backups are"
                                " kept"), problem), problem)
        self._prune(keep)
        return made

    def daily_backups(self) -> list[tuple[date, Path]]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            if m := DAILY_PATTERN.match(path.name):
                found.append((date.fromisoformat(m[1]), path))
        return sorted(found)

    def restore(self, source: Path) -> tuple[BackupCheck, Path]:
        """Check `source`, keep a copy of the current data, then put `source` in its place.

        Returns what was restored and where the previous data was kept.
        """
        checked = check_backup(source)
        if source.resolve() == self._store.path.resolve():
            raise StoreError(said(
                QT_TRANSLATE_NOOP("Services", "%1 is the database in use; restore from a backup of it"), source))
        kept = self.backup(self._unused(f"before-restore-{self._clock.now():%Y%m%d-%H%M%S}"))
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(self._store.path, timeout=10)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        migrate(self._store.database)  # an older backup is brought up to this version's schema
        return checked, kept

    def _unused(self, stem: str) -> Path:
        return unused_name(self.folder, stem)

    def _prune(self, keep: int) -> None:
        for _, path in self.daily_backups()[:-keep] if keep > 0 else []:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
