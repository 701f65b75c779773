"""Private records (issue 14, point 3): a contact, account, deal, meeting, call, e-mail, note or task its
user keeps to themself. An office shares its CRM through the collections of its DAV server; a private
record is never in one of the office's collections: sync moves it to one of the user's private collections
taking its kind, or, where the user has none, off the office's server to this computer only. Making it the
office's again moves it back. What sync brings from a private collection is private here.

The fact is a row of `private_record` (schema 17), kept with its record by the undo log like a tag."""

from __future__ import annotations

from collections.abc import Iterable

from app.changes import Changes, Result
from app.errors import ValidationError
from app.messages import QT_TRANSLATE_NOOP, said
from app.records import resolve_id
from app.unit_of_work import Writer

KINDS = ("contact", "account", "deal", "activity", "task")
_CHANGES = {"contact": "contacts", "account": "accounts", "deal": "deals", "activity": "activities", "task": "tasks"}


def _changes(kind: str) -> Changes:
    return Changes(**{_CHANGES[kind]: True})


class PrivacyService:
    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._db = writer.database

    def is_private(self, kind: str, uid: str) -> bool:
        return bool(self.private_ids(kind, [resolve_id(self._checked(kind), uid)]))

    def private_ids(self, kind: str, ids: Iterable[int]) -> set[int]:
        """Which of these records (row ids) are private."""
        wanted = sorted(set(ids))
        found: set[int] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update(int(r[0]) for r in self._db.execute_sql(
                f"SELECT record_id FROM private_record WHERE record_kind = ? AND record_id IN"
                f" ({', '.join('?' * len(chunk))})", (kind, *chunk)))
        return found

    def set_private(self, kind: str, uid: str, private: bool) -> Result[bool]:
        """Keep a record to oneself, or make it the office's again. Its version grows: the next sync moves
        it (app/privacy.py). Returns whether anything changed."""
        record_id = resolve_id(self._checked(kind), uid)
        if bool(self.private_ids(kind, [record_id])) == private:
            return Result(False, Changes())
        with self._writer.write("Make private" if private else "Share with the office") as op:
            op.stamp_ids(self._db, kind, [record_id])  # captures the record with its privacy first
            op.mark(_changes(kind))
            if private:
                self._db.execute_sql("INSERT OR IGNORE INTO private_record (record_kind, record_id) VALUES (?, ?)",
                                     (kind, record_id))
            else:
                self._db.execute_sql("DELETE FROM private_record WHERE record_kind = ? AND record_id = ?",
                                     (kind, record_id))
        return Result(True, _changes(kind))

    def mark_many(self, kind: str, ids: Iterable[int], private: bool) -> None:
        """What sync found: records living in a private collection are private, and stop being so when the
        user makes the collection the office's. Inside the caller's write; no version grows (nothing to send)."""
        rows = [(kind, record_id) for record_id in sorted(set(ids))]
        if not rows:
            return
        cursor = self._db.cursor()
        if private:
            cursor.executemany("INSERT OR IGNORE INTO private_record (record_kind, record_id) VALUES (?, ?)", rows)
        else:
            cursor.executemany("DELETE FROM private_record WHERE record_kind = ? AND record_id = ?", rows)

    @staticmethod
    def _checked(kind: str) -> str:
        if kind not in KINDS:
            raise ValidationError.single("kind", said(
                QT_TRANSLATE_NOOP("Services", "records kept private are %1, not %2"), ", ".join(KINDS), repr(kind)))
        return kind
