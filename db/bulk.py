"""Large imports: the upkeep of a few indexes set aside while rows arrive, and done once at the end.

A contact goes into seven indexes whose keys (names, e-mails, phones, cities) land anywhere in the
B-tree, so each batch of 2,000 cards dirties most of their pages and its commit writes them all
again: 100,000 cards spent about 5 s of the writing process's CPU there. Building those indexes once
afterwards takes about 1 s. Likewise the search index (and the lists' index) merges its segments after each
commit; with a looser merge setting during the import it merges less often (about 2 s less), and the usual setting
comes back afterwards. And the triggers that count contacts and accounts as they come (schema 34: 5-30 µs a
row, about a sixth of a 100,000-card import) are set aside too, the counts made anew at the end; meanwhile
those kinds are counted from their rows (`counted_apart`).

What is set aside is noted in `set_aside`, in the same transaction that sets it aside, as the
statement that puts it back. `restore` runs those statements and deletes the notes in one
transaction: at the end of the import, or when the store is next opened after a crash. Until then
every row is there and every query answers correctly (the indexes only make them faster); the
unique indexes, which keep data right, are never set aside.
"""

from __future__ import annotations

import peewee

from db import list_order

# Indexes a bulk import may rebuild afterwards: only non-unique ones, keyed by values in no order.
DEFERRABLE_INDEXES = (
    "contact_display_name",
    "contact_family",
    "contact_email_value",
    "contact_email_first",
    "contact_phone_e164",
    "contact_phone_first",
    "contact_address_first",
)
# The triggers that count new contacts and accounts (schema 34), each with its table.
DEFERRABLE_TRIGGERS = (("contact_live_added", "contact"), ("account_live_added", "account"))
FTS_TABLE = "search_index"
FTS_TABLES = (FTS_TABLE, list_order.TABLE)  # the search index, and the lists' index
BULK_AUTOMERGE = 16  # segments of a level before FTS5 merges them (its default is 4)
BULK_CRISISMERGE = 64  # ... before it must (its default is 16)


def has_notes(database: peewee.SqliteDatabase) -> bool:
    """Whether something is set aside (cheap: called when the store opens)."""
    table = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'set_aside'"
    ).fetchone()
    return bool(table) and database.execute_sql("SELECT 1 FROM set_aside LIMIT 1").fetchone() is not None


def set_aside(database: peewee.SqliteDatabase, *, indexes: bool = True) -> None:
    """Drop the counting triggers and (`indexes`) the deferrable indexes and loosen the search index's merging,
    noting how to undo each. An import too small to rebuild indexes for still counts once at the end rather
    than a trigger a row."""
    with database.atomic():
        for name in DEFERRABLE_INDEXES if indexes else ():
            found = database.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            if found is None:
                continue  # set aside already (a note holds it), or not in this schema
            database.execute_sql("INSERT INTO set_aside (name, restore) VALUES (?, ?)", (f"index {name}", found[0]))
            database.execute_sql(f'DROP INDEX "{name}"')
        for name, table in DEFERRABLE_TRIGGERS:
            found = database.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
            ).fetchone()
            if found is None:
                continue
            database.execute_sql("INSERT INTO set_aside (name, restore) VALUES (?, ?)", (f"trigger {name}", found[0]))
            database.execute_sql(  # (run before the trigger is back, in the same transaction: nothing comes between)
                "INSERT INTO set_aside (name, restore) VALUES (?, ?)",
                (f"count {table}", f"INSERT OR REPLACE INTO live_count (kind, live)"
                                   f" SELECT '{table}', count(*) FROM {table} WHERE deleted_at IS NULL"))
            database.execute_sql(f'DROP TRIGGER "{name}"')
        if not indexes:
            return
        for table in FTS_TABLES:
            note = "fts merge" if table == FTS_TABLE else f"fts merge {table}"
            if database.execute_sql("SELECT 1 FROM set_aside WHERE name = ?", (note,)).fetchone() is not None:
                continue
            if database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is None:
                continue  # (the lists' index before schema 36)
            automerge = _fts_setting(database, table, "automerge", 4)
            crisismerge = _fts_setting(database, table, "crisismerge", 16)
            database.execute_sql(
                "INSERT INTO set_aside (name, restore) VALUES (?, ?)",
                (note, f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', {automerge}),"
                       f" ('crisismerge', {crisismerge})"),
            )
            database.execute_sql(
                f"INSERT INTO {table} ({table}, rank) VALUES ('automerge', ?), ('crisismerge', ?)",
                (BULK_AUTOMERGE, BULK_CRISISMERGE),
            )


def counted_apart(database: peewee.SqliteDatabase) -> set[str]:
    """The tables whose count of live records is not kept while an import has their trigger set aside."""
    table = database.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'set_aside'"
    ).fetchone()
    if not table:
        return set()
    return {name.removeprefix("count ") for (name,) in database.execute_sql(
        "SELECT name FROM set_aside WHERE name LIKE 'count %'").fetchall()}


def live_counts(database: peewee.SqliteDatabase) -> dict[str, int]:
    """Each record table's rows out of the Trash: as the triggers keep them (schema 34), or counted from the
    rows where an import has the table's trigger set aside."""
    kept = {str(table): int(live) for table, live in database.execute_sql("SELECT kind, live FROM live_count")}
    for table in counted_apart(database):
        kept[table] = int(database.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
    return kept


def restore(database: peewee.SqliteDatabase) -> None:
    """Put back everything set aside, in one transaction."""
    with database.atomic():
        for name, statement in database.execute_sql("SELECT name, restore FROM set_aside ORDER BY name").fetchall():
            database.execute_sql(statement)
            database.execute_sql("DELETE FROM set_aside WHERE name = ?", (name,))


def _fts_setting(database: peewee.SqliteDatabase, table: str, key: str, default: int) -> int:
    row = database.execute_sql(f"SELECT v FROM {table}_config WHERE k = ?", (key,)).fetchone()
    return int(row[0]) if row else default
