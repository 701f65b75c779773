"""Contact groups of a synced address book as Rapport's tags.

Apple, iCloud and DAVx5 keep a group ("Clients Gold") as a card of its own listing its members' UIDs
(vCard 4: KIND:group and MEMBER; Apple's 3.0: X-ADDRESSBOOKSERVER-KIND and -MEMBER). Here a group is a tag:
its members are the live contacts with that tag. `contact_group` (schema 19) ties the group card's UID to
the tag and keeps what sync needs of a record: a version that grows when the group changes here (its
name, who has the tag), and the members the server lists that this folder does not have (a card that
could not be read, another book's), so that uploading the group never drops them.

A group's tag is not written into the CATEGORIES of its own address book's contacts (sync/cards.py): the
group card carries it, and a tag carried in two places would come back from one after the other dropped
it. Companies, other books' contacts and tags that are no group keep CATEGORIES, as Google and Android
read them. A group new here that meets a tag of its name becomes that tag (the tag's contacts join it);
two groups never share a tag.

The version is brought up to date by `refresh()`, which sync calls before it looks (a tag added in the
window, a contact moved to the Trash, a tag renamed or deleted): few groups, each one query.

Private contacts (app/privacy.py) are never listed in a group card of the office's (`shared`) address book:
the card would name them to every colleague. Their tag stays here, a card from the office's book does not
take it off them, and making a contact private or shared again changes the group (its fingerprint marks
which members are private), so the card goes up without it, or with it again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import peewee

from app.links import uids_in_table
from app.tags import tag_key
from app.unit_of_work import Origin, Writer


@dataclass(frozen=True)
class Group:
    uid: str
    name: str
    members: tuple[str, ...]  # the UIDs (or URIs) the group card lists: live tagged contacts and the kept ones


def _fingerprint(name: str, members: tuple[str, ...], private: set[str]) -> str:
    marked = sorted(f"{m}\x1e" if m in private else m for m in set(members))
    return hashlib.sha256("\x1f".join((name, *marked)).encode("utf-8")).hexdigest()


class ContactGroupService:
    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._db: peewee.SqliteDatabase = writer.database

    # --- reading --------------------------------------------------------------------------------

    def tag_ids(self, collection_id: int | None = None) -> set[int]:
        """The tags that are a live group (of that collection: its cards carry them in the group card, not
        in CATEGORIES; another address book's contacts still carry them in CATEGORIES)."""
        if collection_id is None:
            rows = self._db.execute_sql(
                "SELECT tag_id FROM contact_group WHERE deleted_at IS NULL AND tag_id IS NOT NULL")
        else:
            rows = self._db.execute_sql(
                "SELECT g.tag_id FROM contact_group g JOIN sync_item i ON i.record_kind = 'group'"
                " AND i.record_uid = g.uid WHERE i.collection_id = ? AND g.deleted_at IS NULL AND g.tag_id IS NOT NULL",
                (collection_id,))
        return {int(r[0]) for r in rows}

    def get(self, uid: str, *, shared: bool = False) -> Group | None:
        """The group as it is here now; None when there is no such live group. `shared`: as a card of the
        office's address book lists it, without the private contacts."""
        row = self._db.execute_sql(
            "SELECT g.tag_id, g.kept, t.name FROM contact_group g JOIN tag t ON t.id = g.tag_id"
            " WHERE g.uid = ? AND g.deleted_at IS NULL", (uid,)).fetchone()
        if row is None:
            return None
        members = self._members(int(row[0]), str(row[1]))
        if shared:
            private = self._private_members()
            members = tuple(m for m in members if m not in private)
        return Group(uid, str(row[2]), members)

    def state(self, uid: str) -> tuple[int, bool] | None:
        """(version, deleted) as sync asks of any record; None when this folder never had the group."""
        row = self._db.execute_sql("SELECT version, deleted_at FROM contact_group WHERE uid = ?", (uid,)).fetchone()
        return (int(row[0]), row[1] is not None) if row else None

    def existing(self, uids: list[str]) -> set[str]:
        return uids_in_table(self._db, "contact_group", set(uids))

    def _private_members(self) -> set[str]:
        """The member URIs of the contacts kept private: few, so the lookup starts from them."""
        return {member_uri(str(r[0])) for r in self._db.execute_sql(
            "SELECT c.uid FROM private_record p JOIN contact c ON c.id = p.record_id"
            " WHERE p.record_kind = 'contact' AND c.deleted_at IS NULL")}

    def _members(self, tag_id: int, kept: str) -> tuple[str, ...]:
        tagged = {member_uri(str(r[0])) for r in self._db.execute_sql(
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
        private = self._private_members() if rows else set()
        for group_id, tag_id, kept, fingerprint, name in rows:
            if name is None:
                gone.append(int(group_id))
                continue
            members = [m for m in str(kept).split("\n") if m]
            here = self._here(members)
            arrived = sorted(here.values())
            still_kept = "\n".join(m for m in members if m not in here)
            new = _fingerprint(str(name), (*self._members(int(tag_id), still_kept), *here), private)
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

    def _here(self, members: list[str]) -> dict[str, str]:
        """The members that are live contacts here: member URI → the contact's uid (urn:uuid:X names the
        contact whose UID is X, or one whose UID is urn:uuid:X itself, as RFC 6350's example writes it)."""
        candidates: dict[str, str] = {}
        for member in members:
            candidates[member] = member
            if member.lower().startswith("urn:uuid:"):
                candidates[member[len("urn:uuid:"):]] = member
        found: dict[str, str] = {}
        wanted = sorted(candidates)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for (uid,) in self._db.execute_sql(
                    f"SELECT uid FROM contact WHERE deleted_at IS NULL AND uid IN ({', '.join('?' * len(chunk))})",
                    chunk):
                found[candidates[str(uid)]] = str(uid)
        return found

    def _tag(self, tag_id: int, uids: list[str]) -> None:
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            self._db.execute_sql(
                "INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) SELECT ?, 'contact', id FROM contact"
                f" WHERE uid IN ({', '.join('?' * len(chunk))})", (tag_id, *chunk))

    def apply(self, uid: str, name: str, members: tuple[str, ...], *, shared: bool = False) -> int:
        """Make the group here what the server's card (or a merge) says: its tag on exactly its members among
        the live contacts; the members this folder does not have are kept. A group new here takes a tag of
        its name that no other group has, and adds its members to it (the tag's other contacts stay: they
        join the group on the next push, nothing is taken off); one that has a tag already keeps it, renamed
        to the card's name where no other tag has that name. Returns the group's version, grown by one as
        any record's is when it is written (a conflict resolved with this side's group goes up). `shared`:
        a card of the office's address book, which never lists private contacts: theirs keep the tag."""
        name = " ".join(name.split()) or uid
        with self._writer.write("Apply a contact group from the server", Origin.SYNC) as op:
            row = self._db.execute_sql("SELECT id, tag_id FROM contact_group WHERE uid = ?", (uid,)).fetchone()
            own = self._db.execute_sql("SELECT id FROM tag WHERE id = ?", (row[1],)).fetchone() \
                if row is not None and row[1] is not None else None
            tag_id = self._renamed(int(own[0]), name) if own is not None else self._tag_of_new_group(name, op.now)
            here = self._here(list(members))
            kept = "\n".join(sorted(m for m in members if m not in here))
            if own is not None:
                self._db.execute_sql(
                    "DELETE FROM tagging WHERE tag_id = ? AND record_kind = 'contact' AND record_id IN"
                    " (SELECT id FROM contact WHERE deleted_at IS NULL) AND NOT (? AND record_id IN"
                    " (SELECT record_id FROM private_record WHERE record_kind = 'contact'))", (tag_id, shared))
            self._tag(tag_id, sorted(here.values()))
            # What the card says (with the private members it could not say, kept above): a tag's other
            # contacts (a group new here meeting a tag of its name) differ from it, and the next refresh
            # counts the group as changed here, so they go up.
            private = self._private_members()
            kept_private = {member_uri(str(r[0])) for r in self._db.execute_sql(
                "SELECT c.uid FROM tagging g JOIN contact c ON c.id = g.record_id JOIN private_record p"
                " ON p.record_kind = 'contact' AND p.record_id = c.id WHERE g.tag_id = ? AND g.record_kind = 'contact'"
                " AND c.deleted_at IS NULL", (tag_id,))} if shared and own is not None else set()
            fingerprint = _fingerprint(name, (*members, *kept_private), private)
            if row is None:
                self._db.execute_sql("INSERT INTO contact_group (uid, tag_id, kept, fingerprint) VALUES (?, ?, ?, ?)",
                                     (uid, tag_id, kept, fingerprint))
            else:
                self._db.execute_sql("UPDATE contact_group SET tag_id = ?, kept = ?, fingerprint = ?,"
                                     " version = version + 1, deleted_at = NULL WHERE id = ?",
                                     (tag_id, kept, fingerprint, int(row[0])))
        state = self.state(uid)
        assert state is not None
        return state[0]

    def _renamed(self, tag_id: int, name: str) -> int:
        """The group's own tag, under the card's name unless another tag has that name (then under its own,
        until the user renames one of them)."""
        named = self._db.execute_sql("SELECT id FROM tag WHERE name_key = ?", (tag_key(name),)).fetchone()
        if named is None or int(named[0]) == tag_id:
            self._db.execute_sql("UPDATE tag SET name = ?, name_key = ? WHERE id = ? AND name <> ?",
                                 (name, tag_key(name), tag_id, name))
        return tag_id

    def _tag_of_new_group(self, name: str, now: datetime) -> int:
        """The tag of that name when no other group has it; else a new tag, "Family (2)", so that two groups
        (two address books' "Family") never share a tag and never take each other's members."""
        taken = {int(r[0]) for r in self._db.execute_sql(
            "SELECT tag_id FROM contact_group WHERE deleted_at IS NULL AND tag_id IS NOT NULL")}
        candidate, number = name, 1
        while True:
            named = self._db.execute_sql("SELECT id FROM tag WHERE name_key = ?", (tag_key(candidate),)).fetchone()
            if named is None:
                cursor = self._db.execute_sql(
                    "INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', ?)",
                    (candidate, tag_key(candidate), now.isoformat(sep=" ")))
                return int(cursor.lastrowid)
            if int(named[0]) not in taken:
                return int(named[0])
            number += 1
            candidate = f"{name} ({number})"

    def delete(self, uid: str) -> None:
        """The server deleted the group: its members here (live contacts) lose the tag, and a tag then on
        nothing at all goes too; the tag stays on anything else (a company, a deal, a contact in the Trash).
        The group is gone here."""
        with self._writer.write("Delete a contact group", Origin.SYNC):
            row = self._db.execute_sql("SELECT id, tag_id FROM contact_group WHERE uid = ?", (uid,)).fetchone()
            if row is None:
                return
            self._db.execute_sql("DELETE FROM contact_group WHERE id = ?", (int(row[0]),))
            if row[1] is not None:
                self._db.execute_sql(
                    "DELETE FROM tagging WHERE tag_id = ? AND record_kind = 'contact' AND record_id IN"
                    " (SELECT id FROM contact WHERE deleted_at IS NULL)", (row[1],))
                self._db.execute_sql(
                    "DELETE FROM tag WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tagging WHERE tag_id = ?)"
                    " AND NOT EXISTS (SELECT 1 FROM contact_group WHERE tag_id = ?)", (row[1], row[1], row[1]))


def member_uri(uid: str) -> str:
    """A contact as a group card's MEMBER names it: urn:uuid: and its UID, or its UID where that is a URI."""
    return uid if ":" in uid else "urn:uuid:" + uid
