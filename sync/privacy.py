"""Private records on the office's server (issue 14, point 3; app/privacy.py says what one is).

A collection is the office's or the user's own (`sync_collection.private`). A record lives where its
privacy says: a private one in the user's first private collection taking its kind (or nowhere on the
server, when there is none: this computer only), the others in the office's collection for new records.
A record in the wrong kind of collection is moved at the next push: uploaded to its home like a new record
and deleted from where it was (the delete guarded by the ETag: a copy someone changed meanwhile stays until
the next run has pulled the change). Whatever sync records in a private collection, pulled or pushed, is
private here.
"""

from __future__ import annotations

from typing import Any

# The table of each kind sync follows (a calendar's calls, e-mails and notes are activities).
TABLE = {"contact": "contact", "account": "account", "activity": "activity", "journal": "activity",
         "task": "task", "deal": "deal", "lead": "lead"}
# The component a calendar must take for a kind ("" for an address book's kinds).
COMPONENT = {"contact": "", "account": "", "group": "", "activity": "VEVENT", "journal": "VJOURNAL", "task": "VTODO",
             "deal": "VTODO", "lead": "VJOURNAL"}


_MARK = ";RECURRENCE-ID="  # app/formats/ical.INSTANCE_MARK: an instance row's uid is its object's, this, its start


def object_uid(table: str) -> str:
    """SQL for the uid sync follows row r by: a meeting's or task's instance row (an occurrence moved or
    changed, an invitation to one) belongs to its calendar object, whose uid comes before the mark."""
    if table not in ("activity", "task"):
        return "r.uid"
    return f"CASE WHEN instr(r.uid, '{_MARK}') > 0 THEN substr(r.uid, 1, instr(r.uid, '{_MARK}') - 1) ELSE r.uid END"


def in_use(database: Any) -> bool:
    """Whether this folder has any private record or collection: where none is (most folders), a sync has
    nothing to move and looks no further."""
    row = database.execute_sql("SELECT EXISTS (SELECT 1 FROM private_record)"
                               " OR EXISTS (SELECT 1 FROM sync_collection WHERE private = 1)").fetchone()
    return bool(row[0])


def mark_private_items(database: Any, rows: list[tuple[int, str, str]]) -> None:
    """The records of these (collection id, kind, uid) items are private where the collection is."""
    own = {int(r[0]) for r in database.execute_sql("SELECT id FROM sync_collection WHERE private = 1")}
    rows = [row for row in rows if row[0] in own and row[1] in TABLE]
    for table in sorted({TABLE[kind] for _, kind, _ in rows}):
        database.cursor().executemany(
            f"INSERT OR IGNORE INTO private_record (record_kind, record_id) SELECT ?, id FROM {table} WHERE uid = ?",
            [(table, uid) for _, kind, uid in rows if TABLE[kind] == table])


def misplaced_items(database: Any, collection_id: int, private: bool, kind: str) -> list[tuple[int, str]]:
    """(item id, record uid) of the items of `kind` in this collection whose record belongs elsewhere: a
    private record in an office collection (found from the private records, few), or one the user shared
    in a private collection (found from that collection's items)."""
    table = TABLE[kind]
    if private:
        sql = (f"SELECT i.id, i.record_uid FROM sync_item i JOIN {table} r ON r.uid = i.record_uid"
               " WHERE i.collection_id = ? AND i.record_kind = ? AND i.duplicate = 0 AND r.deleted_at IS NULL"
               " AND NOT EXISTS (SELECT 1 FROM private_record p WHERE p.record_kind = ? AND p.record_id = r.id)"
               " ORDER BY i.id")
    else:
        sql = (f"SELECT DISTINCT i.id, i.record_uid FROM private_record p CROSS JOIN {table} r ON r.id = p.record_id"
               f" CROSS JOIN sync_item i ON i.record_uid = {object_uid(table)} WHERE i.collection_id = ?"
               " AND i.record_kind = ?"
               " AND i.duplicate = 0 AND r.deleted_at IS NULL AND p.record_kind = ? ORDER BY i.id")
    return [(int(a), str(b)) for a, b in database.execute_sql(sql, (collection_id, kind, table))]


def private_uids(database: Any, kind: str, uids: list[str]) -> set[str]:
    """Which of these records (calendar objects) of a sync kind are private: any row of an object marked
    private makes the object private."""
    table = TABLE[kind]
    found: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update(str(r[0]) for r in database.execute_sql(
            f"SELECT DISTINCT {object_uid(table)} FROM private_record p CROSS JOIN {table} r ON r.id = p.record_id"
            f" WHERE p.record_kind = ? AND {object_uid(table)} IN ({', '.join('?' * len(chunk))})", (table, *chunk)))
    return found


def strays(database: Any, kind: str, private: bool) -> list[str]:
    """Records of `kind` synced only into the other kind of collection than their privacy asks (the uids):
    a private record held by office collections alone, or a record made the office's held by private ones
    alone. Their home uploads them before the copies elsewhere are taken off (never absent from the server
    meanwhile). Each is found from the few it can be: the private records, or the private collections' items."""
    table = TABLE[kind]
    held = ("EXISTS (SELECT 1 FROM sync_item j JOIN sync_collection c ON c.id = j.collection_id"
            " WHERE j.record_kind = ? AND j.record_uid = r.uid AND c.private = ?)")
    if private:
        sql = (f"SELECT r.uid FROM private_record p CROSS JOIN {table} r ON r.id = p.record_id WHERE p.record_kind = ?"
               f" AND r.deleted_at IS NULL AND {held} AND NOT {held} ORDER BY r.id")
        parameters: tuple[Any, ...] = (table, kind, 0, kind, 1)
    else:
        sql = (f"SELECT DISTINCT r.uid FROM sync_item i JOIN sync_collection c ON c.id = i.collection_id"
               f" JOIN {table} r ON r.uid = i.record_uid WHERE c.private = 1 AND i.record_kind = ?"
               " AND r.deleted_at IS NULL"
               " AND NOT EXISTS (SELECT 1 FROM private_record p WHERE p.record_kind = ? AND p.record_id = r.id)"
               f" AND NOT {held} ORDER BY r.uid")
        parameters = (kind, table, kind, 0)
    return [str(r[0]) for r in database.execute_sql(sql, parameters)]
