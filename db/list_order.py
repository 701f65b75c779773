"""The lists' index: the words of the contacts' and accounts' names and details (the search index's `name` and
`detail` columns) in a second FTS5 table whose row ids follow the order the lists show them in (schema 36).

A list filtered by "du" shows its matches by name. Through the search index, whose row ids follow the records'
ids, SQLite had to look every match up for its name to find the first 200: 90,000 look-ups at a million
contacts, 88 ms, and the one-letter filters walked the names past every Latin one to reach the first Cyrillic
(200-400 ms). Here a record's row id begins with its name's first three bytes as SQLite's NOCASE collation
compares them, so a match's row id is never smaller than one whose name sorts before it: the matches come out
of FTS5 nearly in the list's order, and a page is the first N of them plus the rest of the N-th's three-byte
group, sorted exactly by name (`app/contact_list.py`). 1-33 ms a page at a million.

    row id = key << 35 | record id << 3 | kind code    (key: 24 bits; a record id below 2**32)

`search_index_by_name_entry` says which row id each record's entry has, to take the entry out when the record's
name changes or it goes. The table keeps no text of its own (contentless): an entry is taken out with the
words it went in with, read from the search index's row of the record before that row is replaced — both are
written only here and in `db/fts.py`, in the same transaction. Both tables' names begin with "search_index" so
that undo, the rescue and the bulk import treat them as they treat the search index: derived data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import peewee

TABLE = "search_index_by_name"
ENTRIES = "search_index_by_name_entry"
# The kinds listed by name, each with its table and the column its list is sorted by.
LISTED: dict[str, tuple[str, str]] = {"contact": ("contact", "display_name"), "account": ("account", "name")}
KEY_BYTES = 3
ID_SHIFT = 3
KEY_SHIFT = 35
ID_MASK = (1 << 32) - 1
_CHUNK = 500


def order_key(name: str) -> int:
    """The first bytes of `name` as SQLite's NOCASE collation compares them — bytes.lower() folds ASCII letters
    only, as NOCASE does, and NOCASE reads no further than a NUL — as a number: a name that sorts before another
    never has a larger one."""
    head = name.encode("utf-8").split(b"\0", 1)[0][:KEY_BYTES]
    return int.from_bytes(head.lower().ljust(KEY_BYTES, b"\0"), "big")


def ordered_row_id(code: int, record: int, name: str) -> int:
    if not 0 < record <= ID_MASK:  # (SQLite gives a table's largest id plus one: 4 billion records first)
        raise ValueError(f"a record id the lists' index cannot hold: {record}")
    return order_key(name) << KEY_SHIFT | record << ID_SHIFT | code


def group_start(key: int) -> str:
    """A string no name of this key's group sorts before: its bytes up to the last whole character."""
    return key.to_bytes(KEY_BYTES, "big").rstrip(b"\0").decode("utf-8", "ignore")


def record_id(row_id: int) -> int:
    return row_id >> ID_SHIFT & ID_MASK


def present(database: peewee.SqliteDatabase) -> bool:
    """Whether the schema has the table yet (a migration's rebuild before step 36 runs without it)."""
    return database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone() is not None


def _marks(count: int) -> str:
    return ",".join("?" * count)


def remove(database: peewee.SqliteDatabase, entries: Sequence[int]) -> None:
    """Take out the entries of these search-index rows (id * 8 + kind), before the search index's rows go."""
    for start in range(0, len(entries), _CHUNK):
        chunk = list(entries[start : start + _CHUNK])
        old = database.execute_sql(
            f"SELECT o.ordered, s.name, s.detail FROM {ENTRIES} o JOIN search_index s ON s.rowid = o.entry"
            f" WHERE o.entry IN ({_marks(len(chunk))})", chunk).fetchall()
        database.cursor().executemany(
            f"INSERT INTO {TABLE} ({TABLE}, rowid, name, detail) VALUES ('delete', ?, ?, ?)", old)
        database.execute_sql(f"DELETE FROM {ENTRIES} WHERE entry IN ({_marks(len(chunk))})", chunk)


def add(database: peewee.SqliteDatabase, kind: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Put in the entries of these new search-index rows (rowid, kind, uid, display, name, detail, body) of a
    listed kind, each under its record's name as it is now."""
    table, column = LISTED[kind]
    names: dict[int, str] = {}
    ids = [int(row[0]) >> ID_SHIFT for row in rows]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        names.update(database.execute_sql(
            f"SELECT id, {column} FROM {table} WHERE id IN ({_marks(len(chunk))})", chunk).fetchall())
    # In row-id order: FTS5 writes out what it holds whenever a row id goes back (a segment each time).
    ordered = sorted((ordered_row_id(int(row[0]) & 7, record, names.get(record) or ""), row[4], row[5], int(row[0]))
                     for row, record in zip(rows, ids, strict=True))
    database.cursor().executemany(
        f"INSERT INTO {TABLE} (rowid, name, detail) VALUES (?, ?, ?)", [row[:3] for row in ordered])
    database.cursor().executemany(
        f"INSERT INTO {ENTRIES} (entry, ordered) VALUES (?, ?)", [(row[3], row[0]) for row in ordered])


def clear(database: peewee.SqliteDatabase) -> None:
    database.execute_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    database.execute_sql(f"DELETE FROM {ENTRIES}")


def fill(database: peewee.SqliteDatabase, codes: dict[str, int]) -> None:
    """Every listed record's entry, from its search-index row (`codes`: the search index's kind codes), written
    in row-id order: the row ids first (a million numbers), then the words a chunk at a time."""
    ordered: list[int] = []
    for kind, (table, column) in LISTED.items():
        code = codes[kind]
        ordered += (ordered_row_id(code, int(record), name or "") for record, name in database.execute_sql(
            f"SELECT id, {column} FROM {table} WHERE deleted_at IS NULL"))
    ordered.sort()
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        entries = [record_id(row) * 8 + (row & 7) for row in chunk]
        words = {int(entry): (name, detail) for entry, name, detail in database.execute_sql(
            f"SELECT rowid, name, detail FROM search_index WHERE rowid IN ({_marks(len(entries))})", entries)}
        present_rows = [(row, entry) for row, entry in zip(chunk, entries, strict=True) if entry in words]
        database.cursor().executemany(f"INSERT INTO {TABLE} (rowid, name, detail) VALUES (?, ?, ?)",
                                      [(row, *words[entry]) for row, entry in present_rows])
        database.cursor().executemany(f"INSERT INTO {ENTRIES} (entry, ordered) VALUES (?, ?)",
                                      [(entry, row) for row, entry in present_rows])
