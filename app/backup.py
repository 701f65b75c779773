"""Backups with SQLite's online backup: on demand, daily (keeping the last N), and restore."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import paths
from app.clock import Clock
from app.errors import StoreError
from app.messages import QT_TRANSLATE_NOOP, said
from app.store import Store
from db.migrations import LATEST_VERSION, migrate

DAILY_PATTERN = re.compile(r"^rapport-(\d{4}-\d{2}-\d{2})\.sqlite3$")
DEFAULT_KEEP = 7


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    schema_version: int
    contacts: int


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database consistently into `target` (written beside it, then renamed in place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
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
    os.replace(partial, target)


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
        try:
            copy_database(self._store.path, target)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("Services", "cannot write the backup %1: %2"), target,
                                  str(exc))) from None
        return target

    def daily(self, keep: int = DEFAULT_KEEP) -> Path | None:
        """Make today's automatic backup if there is none yet, and keep only the last `keep` days."""
        today = self._clock.now().date()
        target = self.folder / f"rapport-{today.isoformat()}.sqlite3"
        made = None
        if not target.exists():
            made = self.backup(target)
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
        """A name in the backups folder that no earlier backup has: a second backup in the same second
        must not replace the first."""
        candidate = self.folder / f"{stem}.sqlite3"
        counter = 2
        while candidate.exists():
            candidate = self.folder / f"{stem}-{counter}.sqlite3"
            counter += 1
        return candidate

    def _prune(self, keep: int) -> None:
        for _, path in self.daily_backups()[:-keep] if keep > 0 else []:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
