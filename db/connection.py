"""Opening the SQLite file: WAL, foreign keys, a busy timeout, and full sync on commit."""

from __future__ import annotations

from pathlib import Path

import peewee

# synchronous=FULL: in WAL mode NORMAL can lose the last commits on a power cut; a CRM
# should not lose the note the user just saved, and one fsync per commit is cheap.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    # 16 MB of page cache per connection (SQLite's own default is 2 MB). The window holds one on its thread and
    # one per read-pool thread at work; at a million contacts 32 MB each took its peak to 254 MB, 16 MB to
    # 204–219 MB, with the board, month, dashboard and list filter as fast within the machine's noise (the
    # system's file cache keeps the pages a smaller cache lets go).
    "cache_size": -16_000,
    "temp_store": "memory",
}


def fold(text: object) -> object:
    """SQL's rapport_fold(x): text case-folded as Python folds it (SQLite's own lower() and NOCASE fold ASCII
    only: "пётр" would not find "Пётр"); anything else as it is."""
    return text.casefold() if isinstance(text, str) else text


def open_database(path: Path | str) -> peewee.SqliteDatabase:
    """A peewee database for `path` (":memory:" allowed); one connection per thread, each with rapport_fold()."""
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5)
    database.register_function(fold, "rapport_fold", 1, deterministic=True)
    database.connect(reuse_if_open=True)
    return database
