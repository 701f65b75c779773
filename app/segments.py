"""Segments: a list's saved filters, kept in the database (issue 18, point 3), so that a backup, the command line
and every window have them. A segment is the list's filter text, a tag, and conditions on any of its columns,
custom fields too (app/contact_list.py), all of which hold, or any one of them (`match_any`). Its members
are whoever the list shows under it now: they can be exported, or given a tag, at once.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.changes import Changes, Result
from app.contact_list import Condition, ListQuery
from app.errors import NotFoundError, ValidationError, kind_word
from app.list_names import LISTS, OPERATORS
from app.messages import QT_TRANSLATE_NOOP, said
from app.unit_of_work import Writer

if TYPE_CHECKING:
    from app.custom_fields import CustomFieldService
    from app.tags import TagService

CHANGED = Changes(segments=True)


@dataclass(frozen=True)
class Segment:
    list: str  # contacts | accounts (LISTS)
    name: str
    text: str = ""
    tag: str = ""
    conditions: tuple[Condition, ...] = ()
    match_any: bool = False  # any one condition (or), not all (and)


class SegmentService:
    def __init__(self, writer: Writer, tags: TagService, fields: CustomFieldService) -> None:
        self._writer = writer
        self._db = writer.database
        self._tags = tags
        self._fields = fields

    def list(self, list_name: str) -> builtins.list[Segment]:
        rows = self._db.execute_sql(
            "SELECT list, name, filter_text, tag, conditions, match_any FROM segment WHERE list = ?"
            " ORDER BY position, id", (list_name,)).fetchall()
        return [_segment(row) for row in rows]

    def get(self, list_name: str, name: str) -> Segment:
        row = self._db.execute_sql(
            "SELECT list, name, filter_text, tag, conditions, match_any FROM segment WHERE list = ? AND name = ?",
            (list_name, name)).fetchone()
        if row is None:
            raise NotFoundError(kind_word("segment"), name)
        return _segment(row)

    def save(self, segment: Segment) -> Result[Segment]:
        """Keep `segment` under its name (a segment of that name in the list is replaced)."""
        clean = _checked(segment)
        columns = self.query(replace(clean, conditions=())).filterable()
        unknown = next((c[0] for c in clean.conditions if c[0] not in columns), None)
        if unknown is not None:
            raise ValidationError.single("conditions", said(QT_TRANSLATE_NOOP(
                "Services", "the list has no column %1 to filter by"), repr(unknown)))
        with self._writer.write("Save segment") as op:
            row = self._db.execute_sql("SELECT id FROM segment WHERE list = ? AND name = ?",
                                       (clean.list, clean.name)).fetchone()
            values = (clean.text, clean.tag, json.dumps([list(c) for c in clean.conditions], ensure_ascii=False),
                      int(clean.match_any))
            if row is None:
                position = self._db.execute_sql("SELECT count(*) FROM segment WHERE list = ?",
                                                (clean.list,)).fetchone()[0]
                self._db.execute_sql(
                    "INSERT INTO segment (list, name, filter_text, tag, conditions, match_any, position)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)", (clean.list, clean.name, *values, position))
            else:
                op.capture("segment", int(row[0]))
                self._db.execute_sql("UPDATE segment SET filter_text = ?, tag = ?, conditions = ?, match_any = ?"
                                     " WHERE id = ?", (*values, int(row[0])))
            op.mark(CHANGED)
        return Result(clean, CHANGED)

    def adopt(self, segments: builtins.list[Segment]) -> int:
        """Segments kept before in one window's settings, taken into the database once (a system write, not
        the user's to undo); a name the list has already stays as it is. How many were taken."""
        from app.unit_of_work import Origin

        taken = 0
        with self._writer.write("Keep the segments in the database", Origin.SYSTEM) as op:
            for segment in segments:
                try:
                    clean = _checked(segment)
                except ValidationError:
                    continue  # (nothing to filter by: it never listed anything but the whole list)
                if self._db.execute_sql("SELECT 1 FROM segment WHERE list = ? AND name = ?",
                                        (clean.list, clean.name)).fetchone() is None:
                    position = self._db.execute_sql("SELECT count(*) FROM segment WHERE list = ?",
                                                    (clean.list,)).fetchone()[0]
                    self._db.execute_sql(
                        "INSERT INTO segment (list, name, filter_text, tag, conditions, match_any, position)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (clean.list, clean.name, clean.text, clean.tag,
                         json.dumps([list(c) for c in clean.conditions], ensure_ascii=False), int(clean.match_any),
                         position))
                    taken += 1
            op.mark(CHANGED)
        return taken

    def rename(self, list_name: str, name: str, new_name: str) -> Result[Segment]:
        wanted = " ".join(new_name.split())
        segment = self.get(list_name, name)
        if not wanted:
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP("Services", "a segment needs a name")))
        if wanted == name:
            return Result(segment, Changes())
        if any(s.name == wanted for s in self.list(list_name)):
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP(
                "Services", "the list has a segment %1 already"), repr(wanted)))
        with self._writer.write("Rename segment") as op:
            found = self._db.execute_sql("SELECT id FROM segment WHERE list = ? AND name = ?",
                                         (list_name, name)).fetchone()
            op.capture("segment", int(found[0]))
            self._db.execute_sql("UPDATE segment SET name = ? WHERE id = ?", (wanted, int(found[0])))
            op.mark(CHANGED)
        return Result(replace(segment, name=wanted), CHANGED)

    def remove(self, list_name: str, name: str) -> Result[None]:
        with self._writer.write("Remove segment") as op:
            found = self._db.execute_sql("SELECT id FROM segment WHERE list = ? AND name = ?",
                                         (list_name, name)).fetchone()
            if found is None:
                raise NotFoundError(kind_word("segment"), name)
            op.capture("segment", int(found[0]))
            self._db.execute_sql("DELETE FROM segment WHERE id = ?", (int(found[0]),))
            op.mark(CHANGED)
        return Result(None, CHANGED)

    def members(self, segment: Segment) -> builtins.list[str]:
        """The uids of the records the list shows under the segment now, in the list's order (by name)."""
        query = self.query(segment)
        ids = query.ids("name", False, segment.text, segment.tag)
        uids: builtins.list[str] = []
        table = LISTS[segment.list]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = dict(self._db.execute_sql(
                f"SELECT id, uid FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
            uids += [str(found[i]) for i in chunk if i in found]
        return uids

    def query(self, segment: Segment) -> ListQuery:
        """The list's query filtered as the segment says (its custom fields' columns there to be filtered by)."""
        from app.contact_list import AccountListQuery, ContactListQuery

        kind = LISTS[segment.list]
        query: ListQuery = ContactListQuery(self._db) if kind == "contact" else AccountListQuery(self._db)
        definitions = self._fields.definitions(kind)
        ids = query.field_ids([d.key for d in definitions])
        query.set_custom([(ids[d.key], d.key, d.field_type) for d in definitions if d.key in ids])
        query.set_conditions(segment.conditions, match_any=segment.match_any)
        return query

    def tag_members(self, segment: Segment, tag: str) -> Result[int]:
        """Give every member the tag (one step for Undo); how many had it not before."""
        if not " ".join(tag.split()):
            raise ValidationError.single("tag", said(QT_TRANSLATE_NOOP("Services", "a tag needs a name")))
        kind = LISTS[segment.list]
        members = self.members(segment)
        changes = Changes(tags=True, **{segment.list: True})
        added = 0
        with self._writer.write("Tag a segment") as op:
            for uid in members:
                added += bool(self._tags.add(kind, uid, tag).changes)
            op.mark(changes)
        return Result(added, changes)


def _segment(row: tuple[object, ...]) -> Segment:
    try:
        conditions = tuple((str(c[0]), str(c[1]), str(c[2])) for c in json.loads(str(row[4])))
    except (ValueError, TypeError, IndexError):
        conditions = ()  # (a row written by hand: the segment still lists, unfiltered by columns)
    return Segment(str(row[0]), str(row[1]), str(row[2]), str(row[3]), conditions, bool(row[5]))


def _checked(segment: Segment) -> Segment:
    name = " ".join(segment.name.split())
    if segment.list not in LISTS:
        raise ValidationError.single("list", said(QT_TRANSLATE_NOOP(
            "Services", "segments are of the lists %1, not %2"), ", ".join(LISTS), repr(segment.list)))
    if not name:
        raise ValidationError.single("name", said(QT_TRANSLATE_NOOP("Services", "a segment needs a name")))
    for column, operator, _value in segment.conditions:
        if operator not in OPERATORS or not column:
            raise ValidationError.single("conditions", said(QT_TRANSLATE_NOOP(
                "Services", "%1 is not a way to compare (one of %2)"), repr(operator), ", ".join(OPERATORS)))
    if not (segment.text.strip() or segment.tag or segment.conditions):
        raise ValidationError.single("name", said(QT_TRANSLATE_NOOP(
            "Services", "a segment filters the list: give it a text, a tag or a condition")))
    return replace(segment, name=name, text=segment.text.strip(), conditions=tuple(segment.conditions))
