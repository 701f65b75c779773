"""The per-account, per-collection and per-item sync state (schema 6), read and written in plain SQL
on the store's database so that two stores in one process (two "laptops" in a test) never mix.

Local changes are found by comparing each record's `version` (every local write bumps it) with the
`local_version` stored on its sync_item at the last sync, and deletions by the record's tombstone:
no separate change queue exists, so nothing can fall out of step with it. A record with no
sync_item is new to every server. An edit made while its upload is in flight bumps the version
past the one uploaded, so it stays "changed" for the next run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import peewee

from app.messages import restored, stored
from sync.privacy import COMPONENT, TABLE, mark_private_items, object_uid


@dataclass(frozen=True)
class AccountRow:
    id: int
    url: str
    username: str
    principal_url: str
    last_sync_at: str | None
    last_error: str
    tls_fingerprint: str = ""  # SHA-256 of a certificate the user trusts explicitly; "" verifies as usual
    journal_offered: bool = False  # a calls-and-notes calendar made or asked for once (schema 15)


_KINDS_OF = {table: tuple(k for k, t in TABLE.items() if t == table) for table in set(TABLE.values())}


@dataclass(frozen=True)
class CollectionRow:
    id: int
    account_id: int
    href: str
    kind: str
    display_name: str
    sync_token: str
    enabled: bool
    default_for_new: bool
    vcard_version: str
    last_sync_at: str | None
    components: str = ""  # a calendar's VEVENT,VTODO
    default_for_tasks: bool = False  # a calendar new tasks go to (default_for_new: new meetings)
    ctag: str = ""  # the collection's getctag when sync_token was stored ("" unknown)
    lastmod: str = ""  # its getlastmodified, seen with that ctag ("" unknown or not safe to compare)
    lastmod_trusted: bool = True  # False once getlastmodified stayed the same while the ctag moved
    lastmod_follows: bool = False  # True once a listing showed getlastmodified at the newest member's
    ctag_checked_at: str | None = None
    phone_summary: bool = False  # an address book whose cards carry where things stand (app/phone_summary.py)
    private: bool = False  # the user's own, not the office's (sync/privacy.py)
    pushed_through: int | None = None  # the local change count its last complete push started from


@dataclass(frozen=True)
class ItemRow:
    id: int
    collection_id: int
    href: str
    etag: str | None
    record_kind: str
    record_uid: str
    content_hash: str
    base_text: str
    local_version: int
    duplicate: bool


class ItemMark(NamedTuple):
    etag: str | None
    duplicate: bool


@dataclass(frozen=True)
class ConflictRow:
    id: int
    collection_id: int | None
    record_kind: str
    record_uid: str
    fields: list[str]
    local_text: str
    server_text: str
    base_text: str
    status: str
    created_at: str


_ITEM_COLUMNS = ("id, collection_id, href, etag, record_kind, record_uid, content_hash, base_text, local_version,"
                 " duplicate")


def _item(row: tuple[object, ...]) -> ItemRow:
    return ItemRow(int(row[0]), int(row[1]), str(row[2]), row[3] if row[3] is None else str(row[3]),  # type: ignore[call-overload]
                   str(row[4]), str(row[5]), str(row[6]), str(row[7]), int(row[8]), bool(row[9]))  # type: ignore[call-overload]


class SyncState:
    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self.db = database

    # --- accounts and collections -------------------------------------------------------------

    def add_account(self, url: str, username: str, principal: str, now: datetime, tls_fingerprint: str = "", *,
                    display_name: str = "") -> int:
        found = self.db.execute_sql("SELECT id FROM sync_account WHERE url = ? AND username = ?",
                                    (url, username)).fetchone()
        if found:
            self.db.execute_sql(
                "UPDATE sync_account SET principal_url = ?, tls_fingerprint = ?, display_name = ? WHERE id = ?",
                (principal, tls_fingerprint, display_name, found[0]))
            return int(found[0])
        cursor = self.db.execute_sql(
            "INSERT INTO sync_account (url, username, principal_url, created_at, tls_fingerprint, display_name)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (url, username, principal, now.isoformat(sep=" "), tls_fingerprint, display_name))
        return int(cursor.lastrowid)

    def accounts(self) -> list[AccountRow]:
        rows = self.db.execute_sql(
            "SELECT id, url, username, principal_url, last_sync_at, last_error, tls_fingerprint, journal_offered"
            " FROM sync_account ORDER BY id")
        return [AccountRow(int(a), str(b), str(c), str(d), e, restored(f), str(g), bool(h))
                for a, b, c, d, e, f, g, h in rows]

    def journal_offered(self, account_id: int) -> None:
        self.db.execute_sql("UPDATE sync_account SET journal_offered = 1 WHERE id = ?", (account_id,))

    def add_collection(self, account_id: int, href: str, kind: str, name: str, vcard_version: str,
                       components: str = "") -> int:
        """Remember a collection; the first address book (the first calendar taking events, the first taking
        tasks) becomes where new records go."""
        found = self.db.execute_sql("SELECT id FROM sync_collection WHERE account_id = ? AND href = ?",
                                    (account_id, href)).fetchone()
        if found:
            self.db.execute_sql("UPDATE sync_collection SET display_name = ?, components = ? WHERE id = ?",
                                (name, components, found[0]))
            return int(found[0])
        taken = {c.strip() for c in components.split(",") if c.strip()}
        default_new = default_tasks = False
        if kind == "addressbook" or not taken or "VEVENT" in taken:
            default_new = not self.db.execute_sql(
                "SELECT 1 FROM sync_collection WHERE kind = ? AND default_for_new = 1", (kind,)).fetchone()
        if kind == "calendar" and (not taken or "VTODO" in taken):
            default_tasks = not self.db.execute_sql(
                "SELECT 1 FROM sync_collection WHERE kind = 'calendar' AND default_for_tasks = 1").fetchone()
        cursor = self.db.execute_sql(
            "INSERT INTO sync_collection (account_id, href, kind, display_name, vcard_version, default_for_new,"
            " components, default_for_tasks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (account_id, href, kind, name, vcard_version, int(default_new), components, int(default_tasks)))
        return int(cursor.lastrowid)

    def collections(self, account_id: int | None = None) -> list[CollectionRow]:
        query = ("SELECT id, account_id, href, kind, display_name, sync_token, enabled, default_for_new, vcard_version,"
                 " last_sync_at, components, default_for_tasks, ctag, lastmod, lastmod_trusted, lastmod_follows,"
                 " ctag_checked_at, phone_summary, private, pushed_through FROM sync_collection")
        rows = (self.db.execute_sql(query + " WHERE account_id = ? ORDER BY id", (account_id,))
                if account_id is not None else self.db.execute_sql(query + " ORDER BY id"))
        return [CollectionRow(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), bool(r[6]),
                              bool(r[7]), str(r[8]), r[9], str(r[10]), bool(r[11]), str(r[12]), str(r[13]),
                              bool(r[14]), bool(r[15]), r[16], bool(r[17]), bool(r[18]),
                              None if r[19] is None else int(r[19])) for r in rows]

    def set_token(self, collection_id: int, token: str, now: datetime, ctag: str = "", lastmod: str = "") -> None:
        """The sync-token the pulled changes reach, and the collection's ctag and getlastmodified seen before
        the listing."""
        self.db.execute_sql(
            "UPDATE sync_collection SET sync_token = ?, ctag = ?, lastmod = ?, last_sync_at = ? WHERE id = ?",
            (token, ctag, lastmod, now.isoformat(sep=" "), collection_id))

    def set_marks(self, collection_id: int, *, ctag_checked_at: datetime | None = None,
                  lastmod_trusted: bool | None = None, lastmod_follows: bool | None = None) -> None:
        if ctag_checked_at is not None:
            self.db.execute_sql("UPDATE sync_collection SET ctag_checked_at = ? WHERE id = ?",
                                (ctag_checked_at.isoformat(sep=" "), collection_id))
        if lastmod_trusted is not None:
            self.db.execute_sql("UPDATE sync_collection SET lastmod_trusted = ? WHERE id = ?",
                                (int(lastmod_trusted), collection_id))
        if lastmod_follows is not None:
            self.db.execute_sql("UPDATE sync_collection SET lastmod_follows = ? WHERE id = ?",
                                (int(lastmod_follows), collection_id))

    def change_count(self) -> int | None:
        """How many local writes were ever committed (db/migrations/m0018_local_changes.py); None where the
        count is lost (a rescued database): then every push looks, until the next write sets it again."""
        row = self.db.execute_sql("SELECT count FROM local_change WHERE id = 1").fetchone()
        return int(row[0]) if row else None

    def mark_pushed(self, collection_id: int, count: int) -> None:
        """A push that started at this change count sent everything there was (a bookkeeping write)."""
        self.db.execute_sql("UPDATE sync_collection SET pushed_through = ? WHERE id = ?", (count, collection_id))

    def forget_ctag(self, collection_id: int) -> None:
        """Our own writes moved the collection on: what was seen before them says nothing now."""
        self.db.execute_sql("UPDATE sync_collection SET ctag = '', lastmod = '' WHERE id = ?", (collection_id,))

    def set_collection_flags(self, collection_id: int, *, enabled: bool | None = None,
                             default_for_new: bool | None = None, default_for_tasks: bool | None = None,
                             phone_summary: bool | None = None, private: bool | None = None) -> None:
        """Sync a collection or not; make it where new records of its kind go (for a calendar: new meetings,
        and with default_for_tasks new tasks; one collection of a kind holds each default); make it the
        user's own or the office's — what it holds becomes private, or the office's, with it."""
        if private is not None:
            self.db.execute_sql("UPDATE sync_collection SET private = ? WHERE id = ?", (int(private), collection_id))
            items = [(collection_id, str(k), str(u)) for k, u in self.db.execute_sql(
                "SELECT record_kind, record_uid FROM sync_item WHERE collection_id = ?", (collection_id,))]
            if private:
                mark_private_items(self.db, items)
            else:
                for table in sorted({TABLE[k] for _, k, _ in items if k in TABLE}):
                    self.db.execute_sql(
                        f"DELETE FROM private_record WHERE record_kind = ? AND record_id IN (SELECT r.id FROM {table} r"
                        " JOIN sync_item i ON i.record_uid = r.uid WHERE i.collection_id = ? AND i.record_kind IN"
                        f" ({', '.join('?' * len(_KINDS_OF[table]))}))", (table, collection_id, *_KINDS_OF[table]))
        if enabled is not None:
            self.db.execute_sql("UPDATE sync_collection SET enabled = ? WHERE id = ?", (int(enabled), collection_id))
        if phone_summary is not None:
            self.db.execute_sql("UPDATE sync_collection SET phone_summary = ? WHERE id = ? AND kind = 'addressbook'",
                                (int(phone_summary), collection_id))
        kind = self.db.execute_sql("SELECT kind FROM sync_collection WHERE id = ?", (collection_id,)).fetchone()[0]
        if default_for_new:
            self.db.execute_sql("UPDATE sync_collection SET default_for_new = (id = ?) WHERE kind = ?",
                                (collection_id, kind))
        if default_for_tasks and kind == "calendar":
            self.db.execute_sql("UPDATE sync_collection SET default_for_tasks = (id = ?) WHERE kind = 'calendar'",
                                (collection_id,))

    def account_result(self, account_id: int, now: datetime, error: str) -> None:
        self.db.execute_sql("UPDATE sync_account SET last_sync_at = ?, last_error = ? WHERE id = ?",
                            (now.isoformat(sep=" "), stored(error), account_id))

    # --- items ----------------------------------------------------------------------------------

    def items(self, collection_id: int) -> dict[str, ItemRow]:
        rows = self.db.execute_sql(f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE collection_id = ?", (collection_id,))
        return {r.href: r for r in map(_item, rows)}

    def marks(self, collection_id: int) -> dict[str, ItemMark]:
        """href → (etag, duplicate) of every item: what a listing is compared with (without the texts)."""
        rows = self.db.execute_sql("SELECT href, etag, duplicate FROM sync_item WHERE collection_id = ?",
                                   (collection_id,))
        return {str(h): ItemMark(e if e is None else str(e), bool(d)) for h, e, d in rows}

    def followed(self, collection_id: int, kind: str) -> int:
        """How many records of a kind the collection holds (duplicate hrefs not counted)."""
        return int(self.db.execute_sql(
            "SELECT count(*) FROM sync_item WHERE collection_id = ? AND record_kind = ? AND duplicate = 0",
            (collection_id, kind)).fetchone()[0])

    def item_at(self, collection_id: int, href: str) -> ItemRow | None:
        row = self.db.execute_sql(f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE collection_id = ? AND href = ?",
                                  (collection_id, href)).fetchone()
        return _item(row) if row else None

    def item(self, item_id: int) -> ItemRow | None:
        row = self.db.execute_sql(f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None

    def item_of(self, kind: str, uid: str) -> ItemRow | None:
        """The item a record is followed by (not a duplicate href)."""
        row = self.db.execute_sql(
            f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE record_kind = ? AND record_uid = ? AND duplicate = 0"
            " ORDER BY id LIMIT 1", (kind, uid)).fetchone()
        return _item(row) if row else None

    def collection_private(self, collection_id: int) -> bool:
        row = self.db.execute_sql("SELECT private FROM sync_collection WHERE id = ?", (collection_id,)).fetchone()
        return bool(row and row[0])

    def take_copy(self, kind: str, uid: str) -> ItemRow | None:
        """The record's followed item is gone: its copy in another collection, a duplicate until now, is the
        one followed from now on (the record moved there: kept private, or shared again, on another laptop).
        None when it has no copy. The record is private here as that collection is, or the office's."""
        row = self.db.execute_sql(
            f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE record_kind = ? AND record_uid = ? AND duplicate = 1"
            " ORDER BY id LIMIT 1", (kind, uid)).fetchone()
        if row is None:
            return None
        copy = _item(row)
        self.db.execute_sql("UPDATE sync_item SET duplicate = 0 WHERE id = ?", (copy.id,))
        if self.collection_private(copy.collection_id):
            mark_private_items(self.db, [(copy.collection_id, kind, uid)])
        else:  # shared again: the office's once more here too
            self.share(kind, uid)
        return copy

    def share(self, kind: str, uid: str) -> None:
        """The record is the office's (no longer private) where it was; inside the caller's write."""
        if kind in TABLE:
            self.db.execute_sql(f"DELETE FROM private_record WHERE record_kind = ? AND record_id IN"
                                f" (SELECT id FROM {TABLE[kind]} WHERE uid = ?)", (TABLE[kind], uid))

    def save_item(self, collection_id: int, href: str, etag: str | None, kind: str, uid: str, content_hash: str,
                  base_text: str, local_version: int, *, duplicate: bool = False) -> None:
        self.save_items([(collection_id, href, etag, kind, uid, content_hash, base_text, local_version, duplicate)])

    def save_items(self, rows: list[tuple[int, str, str | None, str, str, str, str, int, bool]]) -> None:
        """save_item for many: (collection id, href, etag, kind, uid, content hash, base text, local version,
        duplicate) each, in one statement."""
        self.db.cursor().executemany(
            "INSERT INTO sync_item (collection_id, href, etag, record_kind, record_uid, content_hash, base_text,"
            " local_version, duplicate, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')"
            " ON CONFLICT (collection_id, href) DO UPDATE SET etag = excluded.etag, record_kind = excluded.record_kind,"
            " record_uid = excluded.record_uid, content_hash = excluded.content_hash, base_text = excluded.base_text,"
            " local_version = excluded.local_version, duplicate = excluded.duplicate, error = ''",
            [(*row[:8], int(row[8])) for row in rows])
        # Held by a private collection, the record is private; a second copy of a record followed elsewhere
        # (a duplicate: a phone copied an office card into the user's own book) says nothing of it.
        mark_private_items(self.db, [(row[0], row[3], row[4]) for row in rows if not row[8]])

    def followed_uids(self, kind: str, uids: list[str]) -> set[str]:
        """Which of these records some collection already follows."""
        found: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(str(r[0]) for r in self.db.execute_sql(
                f"SELECT record_uid FROM sync_item WHERE record_kind = ? AND record_uid IN ({marks})", (kind, *chunk)))
        return found

    def set_etag(self, item_id: int, etag: str | None) -> None:
        self.db.execute_sql("UPDATE sync_item SET etag = ?, error = '' WHERE id = ?", (etag, item_id))

    def set_local_version(self, item_id: int, version: int) -> None:
        self.db.execute_sql("UPDATE sync_item SET local_version = ? WHERE id = ?", (version, item_id))

    def item_error(self, collection_id: int, href: str, error: str) -> None:
        """Why the item failed; kept with stored() (a Said keeps its template: read it back with restored())."""
        self.db.execute_sql("UPDATE sync_item SET error = ? WHERE collection_id = ? AND href = ?",
                            (stored(error), collection_id, href))

    def drop_item(self, item_id: int) -> None:
        self.db.execute_sql("DELETE FROM sync_item WHERE id = ?", (item_id,))

    def note_written(self, collection_id: int, *hrefs: str) -> None:
        """This side wrote these hrefs after the listing its sync-token stands for (schema 16)."""
        self.db.cursor().executemany("INSERT OR IGNORE INTO sync_written (collection_id, href) VALUES (?, ?)",
                                     [(collection_id, href) for href in hrefs])

    def written(self, collection_id: int) -> set[str]:
        return {str(r[0]) for r in self.db.execute_sql("SELECT href FROM sync_written WHERE collection_id = ?",
                                                       (collection_id,))}

    def forget_written(self, collection_id: int) -> None:
        """A listing from a token taken after those writes: it speaks of them itself."""
        self.db.execute_sql("DELETE FROM sync_written WHERE collection_id = ?", (collection_id,))

    def takes_new(self, collection: CollectionRow, kind: str) -> bool:
        """Whether records of this kind never synced go up to this collection: an address book or the
        calendar chosen for new meetings, the one chosen for new tasks (deals go with them), and for calls,
        e-mails and notes the first calendar taking VJOURNAL, the meetings' or the tasks' one if it does."""
        if kind in ("task", "deal"):
            return collection.default_for_tasks
        if kind not in ("journal", "lead"):  # (leads go with the calls and notes about them)
            return collection.default_for_new
        rows = self.db.execute_sql(
            "SELECT id FROM sync_collection WHERE kind = 'calendar' AND enabled = 1"
            " AND (components = '' OR upper(components) LIKE '%VJOURNAL%')"
            " ORDER BY default_for_new DESC, default_for_tasks DESC, id LIMIT 1").fetchone()
        return rows is not None and int(rows[0]) == collection.id

    def home(self, kind: str, private: bool) -> int | None:
        """The collection records of `kind` never synced go up to (sync/privacy.py): for private ones the
        first enabled private collection taking the kind (None: they stay on this computer); for the others
        the one chosen for new records (takes_new), or, when that one is private, the first of the office's
        taking the kind."""
        taking = [c for c in self.collections() if c.enabled and (
            c.kind == "addressbook" if not COMPONENT[kind] else
            c.kind == "calendar" and (not c.components or COMPONENT[kind] in c.components.upper()))]
        chosen = next((c for c in taking if self.takes_new(c, kind)), None)
        if private:
            if chosen is not None and chosen.private:
                return chosen.id
            own = [c for c in taking if c.private]
            return own[0].id if own else None
        if chosen is None or not chosen.private:
            return chosen.id if chosen is not None else None
        office = [c for c in taking if not c.private]
        return office[0].id if office else chosen.id

    def pending(self) -> int:
        """Local changes not uploaded yet (changed, deleted or new records), over every kind synced."""
        from sync.calendars import COMPONENT_OF, changed_sql, groups_sql
        from sync.calendars import KINDS as CALENDAR_KINDS
        from sync.cards import unsynced_cards

        total = 0
        # A kind counts only where an enabled calendar takes it: tasks with no calendar that takes VTODO
        # stay here, and are no "change waiting to upload" for ever.
        taken = [str(c[0] or "").upper() for c in self.db.execute_sql(
            "SELECT components FROM sync_collection WHERE kind = 'calendar' AND enabled = 1")]
        counted = [k for k in CALENDAR_KINDS if any(not c or COMPONENT_OF[k] in c for c in taken)]
        # Cards wait to go only where an enabled address book takes them: with none (sync not set up), every
        # contact was counted, a list of 100,000 built after each edit (0.14 s beside the write worker).
        books = self.db.execute_sql(
            "SELECT 1 FROM sync_collection WHERE kind = 'addressbook' AND enabled = 1 LIMIT 1").fetchone()
        cards = ("contact", "account") if books else ()
        for kind in counted:
            total += int(self.db.execute_sql(f"SELECT count(*) FROM ({changed_sql(kind)})",
                                             (kind, None, None, kind, None, None)).fetchone()[0])
            total += int(self.db.execute_sql(
                f"SELECT count(*) FROM ({groups_sql(kind)}) WHERE NOT deleted AND guid NOT IN"
                " (SELECT record_uid FROM sync_item WHERE record_kind = ?)", (kind,)).fetchone()[0])
        for kind in cards:
            total += int(self.db.execute_sql(
                f"SELECT count(*) FROM sync_item i LEFT JOIN {kind} r ON r.uid = i.record_uid WHERE i.record_kind = ?"
                " AND i.duplicate = 0 AND (r.id IS NULL OR r.version > i.local_version)", (kind,)).fetchone()[0])
            total += len(unsynced_cards(self.db, kind))
        for kind in (*cards, *counted):  # private records with no private collection
            if self.home(kind, True) is None:  # stay here: nothing waits to go
                total -= self._private_unsynced(kind)
        return total

    def _private_unsynced(self, kind: str) -> int:
        from sync.calendars import ONLY_SYNCED

        table = TABLE[kind]
        only = ONLY_SYNCED.get(kind, "1") if kind not in ("contact", "account") else "1"
        uid = object_uid(table)  # an instance row counts as its calendar object, once
        return int(self.db.execute_sql(
            f"SELECT count(DISTINCT {uid}) FROM private_record p CROSS JOIN {table} r ON r.id = p.record_id"
            f" WHERE p.record_kind = ? AND r.deleted_at IS NULL AND {only} AND {uid} NOT IN"
            " (SELECT record_uid FROM sync_item WHERE record_kind = ?)", (table, kind)).fetchone()[0])

    # --- conflicts and the log -----------------------------------------------------------------

    def add_conflict(self, collection_id: int, kind: str, uid: str, fields: tuple[str, ...], local_text: str,
                     server_text: str, base_text: str, now: datetime) -> None:
        self.db.execute_sql(
            "UPDATE sync_conflict SET status = 'superseded', resolved_at = ? WHERE record_kind = ? AND record_uid = ?"
            " AND status = 'open'", (now.isoformat(sep=" "), kind, uid))
        self.db.execute_sql(
            "INSERT INTO sync_conflict (collection_id, record_kind, record_uid, fields, local_text, server_text,"
            " base_text, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)",
            (collection_id, kind, uid, json.dumps(list(fields)), local_text, server_text, base_text,
             now.isoformat(sep=" ")))

    def conflicts(self, *, open_only: bool = True) -> list[ConflictRow]:
        rows = self.db.execute_sql(
            "SELECT id, collection_id, record_kind, record_uid, fields, local_text, server_text, base_text, status,"
            " created_at FROM sync_conflict" + (" WHERE status = 'open'" if open_only else "") + " ORDER BY id")
        return [ConflictRow(int(r[0]), r[1], str(r[2]), str(r[3]), list(json.loads(r[4])), str(r[5]), str(r[6]),
                            str(r[7]), str(r[8]), str(r[9])) for r in rows]

    def close_conflict(self, conflict_id: int, status: str, now: datetime) -> None:
        self.db.execute_sql("UPDATE sync_conflict SET status = ?, resolved_at = ? WHERE id = ?",
                            (status, now.isoformat(sep=" "), conflict_id))

    def log(self, now: datetime, message: str, *, level: str = "info", account_id: int | None = None) -> None:
        """A line of the sync log; a Said keeps its template (recent_log gives it back as one)."""
        self.db.execute_sql("INSERT INTO sync_log (at, account_id, level, message) VALUES (?, ?, ?, ?)",
                            (now.isoformat(sep=" "), account_id, level, stored(message)))

    def recent_log(self, limit: int = 20) -> list[tuple[str, str, str]]:
        """(at, level, message), newest first; a message logged as a Said is one again (ui.said.in_words)."""
        rows = self.db.execute_sql("SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))
        return [(str(a), str(b), restored(c)) for a, b, c in rows]
