"""Where Rapport keeps its files. Every path comes from here and can be overridden."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

import platformdirs

APP_NAME = "Rapport"
DATA_DIR_ENV = "RAPPORT_DATA_DIR"
DATABASE_NAME = "rapport.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir first, then $RAPPORT_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_path(data_dir: Path) -> Path:
    return data_dir / "rapport.log"


# --- files private to their user (issue 13) -------------------------------------------------------------
# A CRM's data is nobody else's: the data folder is 0700 and every file Rapport writes (the database and
# its -wal/-shm, the log, backups, exports) 0600, whatever the umask. Modes are set explicitly (fchmod/chmod)
# rather than by changing the umask, which is one value for the whole process and its threads.

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _chmod(path: Path, mode: int) -> None:
    """Best effort: a folder or file the user does not own (or a platform without modes) stays as it is."""
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


# What Rapport keeps in its data folder (the database and its side files, the log, backups, the lock).
_OURS = ("rapport", "backups", "settings", "mail", "file-cache")


def make_private_dir(path: Path) -> Path:
    """Make `path` (and its missing parents) and close it to other users: 0700, also when an older version
    left it open. A folder the user chose that holds other things than Rapport's (`--data-dir ~`) keeps
    its mode: its files are private one by one. Raises OSError when it cannot be made."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if path.stat().st_mode & 0o777 != PRIVATE_DIR and all(child.name.startswith(_OURS) for child in path.iterdir()):
        _chmod(path, PRIVATE_DIR)  # the folder listed only when it is not private already
    return path


def private_database(path: Path) -> None:
    """Make the database and the -wal/-shm/-journal files beside it 0600. Call it before the first connect
    (SQLite gives the side files it makes the database file's mode, so an old 0644 database is closed
    before they are made) and right after it (a database SQLite has just made follows the umask)."""
    for candidate in (path, *(path.with_name(path.name + side) for side in _SQLITE_SIDE_FILES)):
        if candidate.exists() and candidate.stat().st_mode & 0o777 != PRIVATE_FILE:
            _chmod(candidate, PRIVATE_FILE)


def open_private(path: Path, flags: int) -> int:
    """os.open() for writing a file only its user can read: made 0600, and an existing file made so too."""
    # O_NOFOLLOW: a link put in the file's place (in a shared folder) must not redirect the write.
    fd = os.open(path, flags | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)  # O_CREAT's mode passes the umask, and an existing file keeps its own
    except OSError:
        os.close(fd)
        raise
    return fd


def create_private_text(path: Path, encoding: str, newline: str | None = None) -> TextIO:
    """A new (truncated) text file at `path`, 0600."""
    fd = open_private(path, os.O_WRONLY | os.O_TRUNC)
    try:
        return open(fd, "w", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        raise


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log, 0600 at every (re)opening: rotation renames the file and opens a new one."""

    _told = False  # a log that cannot be written (a full disk) is said once, not a traceback a line

    def _open(self) -> TextIO:  # type: ignore[override]
        fd = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        if not self._told:
            self._told = True
            sys.stderr.write(f"rapport: cannot write the log {self.baseFilename} ({error.strerror or error});"
                             " going on without it\n")


def private_log_handler(path: Path, *, max_bytes: int, backup_count: int) -> logging.Handler:
    """A rotating log file at `path` that only its user can read, the rotated copies included."""
    for number in range(1, backup_count + 1):  # copies an older version rotated with the umask's mode
        rotated = path.with_name(f"{path.name}.{number}")
        if rotated.exists():
            _chmod(rotated, PRIVATE_FILE)
    return _PrivateRotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
