"""SQLite's own reasons for a failed write ("database or disk is full"…), said so that a user understands
them in their language: the window shows "Not saved: <reason>"."""

from __future__ import annotations

import sqlite3

import peewee

from app.messages import QT_TRANSLATE_NOOP, Said, said

# SQLite's primary result codes (the low byte of an extended code) and the English text SQLite gives them.
_TEXTS = {
    5: "database is locked",  # SQLITE_BUSY
    6: "database table is locked",  # SQLITE_LOCKED
    8: "attempt to write a readonly database",  # SQLITE_READONLY
    10: "disk I/O error",  # SQLITE_IOERR
    11: "database disk image is malformed",  # SQLITE_CORRUPT
    13: "database or disk is full",  # SQLITE_FULL
    14: "unable to open database file",  # SQLITE_CANTOPEN
    26: "file is not a database",  # SQLITE_NOTADB
}

_SAID = {
    "database is locked":
        QT_TRANSLATE_NOOP("Services", "another program holds the database (locked); try again"),
    "database table is locked":
        QT_TRANSLATE_NOOP("Services", "another program holds the database (locked); try again"),
    "attempt to write a readonly database":
        QT_TRANSLATE_NOOP("Services", "the database file is read-only"),
    "disk I/O error":
        QT_TRANSLATE_NOOP("Services", "the disk could not be read or written (disk I/O error)"),
    "database disk image is malformed":
        QT_TRANSLATE_NOOP("Services", "the database file is damaged; restore it from a backup"),
    "database or disk is full":
        QT_TRANSLATE_NOOP("Services", "the disk is full: nothing was written"),
    "unable to open database file":
        QT_TRANSLATE_NOOP("Services", "the database file cannot be opened (it or its folder is missing or locked)"),
    "file is not a database":
        QT_TRANSLATE_NOOP("Services", "the database file is not an SQLite database"),
}


def sqlite_problem(error: BaseException) -> Said | None:
    """What a failed SQLite call (sqlite3's error, or peewee's that wraps it) means, when SQLite gave one
    of the reasons a user can act on (a full disk, a read-only or locked file…); None otherwise, and the
    error's own text stands. In the window: `in_words(sqlite_problem(error) or error)`."""
    original: BaseException | None = error
    if isinstance(error, peewee.DatabaseError):  # peewee's error keeps sqlite3's it was raised for
        original = getattr(error, "orig", None) or error.__context__
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    text = _TEXTS.get(code & 0xFF) if isinstance(code, int) else None
    # A trigger's RAISE() or an older SQLite gives the text without its code.
    template = _SAID.get(text or "") or _SAID.get(str(original).strip())
    return None if template is None else said(template)


def check_finding(rows: list[str]) -> str:
    """The first thing PRAGMA quick_check / integrity_check found, from its rows: SQLite starts with a
    "*** in database main ***" header that says nothing to a user."""
    lines = [line.strip() for row in rows for line in row.splitlines() if line.strip()]
    return next((line for line in lines if not line.startswith("***")), lines[0] if lines else "")
