"""Contact groups of a synced address book as Rapport's tags.

Apple, iCloud and DAVx5 keep a group ("Clients Gold") as a card of its own listing its members' UIDs
(vCard 4: KIND:group and MEMBER; Apple's 3.0: X-ADDRESSBOOKSERVER-KIND and -MEMBER). Here a group is a tag:
its members are the live contacts with that tag. `contact_group` (schema 19) ties the group card's UID to
the tag and keeps what sync needs of a record: a version that grows when the group changes here (its
name, who has the tag), and the members the server lists that this folder does not have (a card that
could not be read, another book's), so that uploading the group never drops them.

A group's tag is not written into its members' CATEGORIES (sync/cards.py): the group card carries it,
and a tag carried in two places would come back from one after the other dropped it. Tags that are no
group stay in CATEGORIES, as Google and Android read them.

The version is brought up to date by `refresh()`, which sync calls before it looks (a tag added in the
window, a contact moved to the Trash, a tag renamed or deleted): few groups, each one query.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import peewee

from app.clock import Clock
from app.links import uids_in_table
from app.tags import tag_key
from app.unit_of_work import Origin, Writer


@dataclass(frozen=True)
class Group:
    uid: str
    name: str
    members: tuple[str, ...]  # the UIDs (or URIs) the group card lists: live tagged contacts and the kept ones


def _fingerprint(name: str, members: tuple[str, ...]) -> str:
    return hashlib.sha256("\x1f".join((name, *members)).encode("utf-8")).hexdigest()


class ContactGroupService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db: peewee.SqliteDatabase = writer.database
        self._clock = clock

    # --- reading --------------------------------------------------------------------------------

    def tag_ids(self) -> set[int]:
        """The tags that are a live group: kept out of their members' CATEGORIES."""
        return {int(r[0]) for r in self._db.execute_sql(
            "SELECT g.tag_id FROM contact_group g JOIN tag t ON t.id = g.tag_id WHERE g.deleted_at IS NULL")}

    def get(self, uid: str) -> Group | None:
        """The group as it is here now; None when there is no such live group."""
        row = self._db.execute_sql(
            "SELECT g.tag_id, g.kept, t.name FROM contact_group g JOIN tag t ON t.id = g.tag_id"
            " WHERE g.uid = ? AND g.deleted_at IS NULL", (uid,)).fetchone()
        if row is None:
            return None
        return Group(uid, str(row[2]), self._members(int(row[0]), str(row[1])))

    def state(self, uid: str) -> tuple[int, bool] | None:
        """(version, deleted) as sync asks of any record; None when this folder never had the group."""
        row = self._db.execute_sql("SELECT version, deleted_at FROM contact_group WHERE uid = ?", (uid,)).fetchone()
        return (int(row[0]), row[1] is not None) if row else None

    def existing(self, uids: list[str]) -> set[str]:
        return uids_in_table(self._db, "contact_group", set(uids))

    def _members(self, tag_id: int, kept: str) -> tuple[str, ...]:
        tagged = {str(r[0]) for r in self._db.execute_sql(
            "SELECT c.uid FROM tagging g JOIN contact c ON c.id = g.record_id"
            " WHERE g.tag_id = ? AND g.record_kind = 'contact' AND c.deleted_at IS NULL", (tag_id,))}
        return tuple(sorted(tagged | {m for m in kept.split("\n") if m}))

    # --- writing (sync's: Origin.SYNC) ------------------------------------------------------------

    def refresh(self) -> None:
        """Bring each group's version up to what it is here now: a group whose tag was deleted is deleted;
        kept members that have since arrived get the tag; a group whose name or members moved counts as
        changed. Writes only when something moved."""
        rows = self._db.execute_sql(
            "SELECT g.id, g.tag_id, g.kept, g.fingerprint, t.name FROM contact_group g"
            " LEFT JOIN tag t ON t.id = g.tag_id WHERE g.deleted_at IS NULL").fetchall()
        gone: list[int] = []
        moved: list[tuple[int, int, str, str, list[str]]] = []  # (group, tag, still kept, fingerprint, arrived)
        for group_id, tag_id, kept, fingerprint, name in rows:
            if name is None:
                gone.append(int(group_id))
                continue
            members = [m for m in str(kept).split("\n") if m]
            arrived = sorted(self._live_contacts(members))
            still_kept = "\n".join(m for m in members if m not in arrived)
            new = _fingerprint(str(name), tuple(sorted(set(self._members(int(tag_id), still_kept)) | set(arrived))))
            if new != fingerprint or arrived:
                moved.append((int(group_id), int(tag_id), still_kept, new, arrived))
        if not gone and not moved:
            return
        with self._writer.write("Contact groups", Origin.SYNC) as op:
            for group_id in gone:
                self._db.execute_sql("UPDATE contact_group SET deleted_at = ?, version = version + 1 WHERE id = ?",
                                     (op.now.isoformat(sep=" "), group_id))
            for group_id, tag_id, kept, fingerprint, arrived in moved:
                self._tag(tag_id, arrived)
                self._db.execute_sql(
                    "UPDATE contact_group SET version = version + (fingerprint <> ?), kept = ?, fingerprint = ?"
                    " WHERE id = ?", (fingerprint, kept, fingerprint, group_id))

    def _live_contacts(self, uids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            found.update(str(r[0]) for r in self._db.execute_sql(
                f"SELECT uid FROM contact WHERE deleted_at IS NULL AND uid IN ({', '.join('?' * len(chunk))})",
                chunk))
        return found

    def _tag(self, tag_id: int, uids: list[str]) -> None:
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            self._db.execute_sql(
                "INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) SELECT ?, 'contact', id FROM contact"
                f" WHERE uid IN ({', '.join('?' * len(chunk))})", (tag_id, *chunk))

    def apply(self, uid: str, name: str, members: tuple[str, ...]) -> int:
        """Make the group here what the server's card says: its tag (found by name, or made; renamed when
        the card renamed the group), on exactly its members among the live contacts; the members this
        folder does not have are kept. Returns the group's version."""
        name = " ".join(name.split()) or uid
        with self._writer.write("Apply a contact group from the server", Origin.SYNC) as op:
            row = self._db.execute_sql("SELECT id, tag_id FROM contact_group WHERE uid = ?", (uid,)).fetchone()
            tag_id = self._tag_for(row, name, op.now.isoformat(sep=" "))
            here = self._live_contacts([m for m in members if ":" not in m])
            kept = "\n".join(sorted(m for m in members if m not in here))
            self._db.execute_sql(
                "DELETE FROM tagging WHERE tag_id = ? AND record_kind = 'contact' AND record_id IN"
                " (SELECT id FROM contact WHERE deleted_at IS NULL)", (tag_id,))
            self._tag(tag_id, sorted(here))
            fingerprint = _fingerprint(name, self._members(tag_id, kept))
            if row is None:
                self._db.execute_sql("INSERT INTO contact_group (uid, tag_id, kept, fingerprint) VALUES (?, ?, ?, ?)",
                                     (uid, tag_id, kept, fingerprint))
            else:
                self._db.execute_sql("UPDATE contact_group SET tag_id = ?, kept = ?, fingerprint = ?,"
                                     " deleted_at = NULL WHERE id = ?", (tag_id, kept, fingerprint, int(row[0])))
        state = self.state(uid)
        assert state is not None
        return state[0]

    def _tag_for(self, row: tuple[int, int] | None, name: str, now: str) -> int:
        """The group's tag: its own (renamed to the card's name when no other tag has that name), else the
        tag of that name, else a new one."""
        named = self._db.execute_sql("SELECT id FROM tag WHERE name_key = ?", (tag_key(name),)).fetchone()
        own = None
        if row is not None and row[1] is not None:
            own = self._db.execute_sql("SELECT id, name FROM tag WHERE id = ?", (row[1],)).fetchone()
        if own is not None and (named is None or int(named[0]) == int(own[0])):
            if str(own[1]) != name:
                self._db.execute_sql("UPDATE tag SET name = ?, name_key = ? WHERE id = ?",
                                     (name, tag_key(name), int(own[0])))
            return int(own[0])
        if named is not None:
            return int(named[0])
        cursor = self._db.execute_sql("INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', ?)",
                                      (name, tag_key(name), now))
        return int(cursor.lastrowid)

    def delete(self, uid: str) -> None:
        """The server deleted the group: its members lose the tag (a tag left on nothing else goes too),
        and the group is gone here."""
        with self._writer.write("Delete a contact group", Origin.SYNC):
            row = self._db.execute_sql("SELECT id, tag_id FROM contact_group WHERE uid = ?", (uid,)).fetchone()
            if row is None:
                return
            if row[1] is not None:
                self._db.execute_sql("DELETE FROM tagging WHERE tag_id = ? AND record_kind = 'contact'", (row[1],))
                self._db.execute_sql("DELETE FROM tag WHERE id = ? AND NOT EXISTS"
                                     " (SELECT 1 FROM tagging WHERE tag_id = ?)", (row[1], row[1]))
            self._db.execute_sql("DELETE FROM contact_group WHERE id = ?", (int(row[0]),))
