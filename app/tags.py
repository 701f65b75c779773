"""Tags on any record (contact, account, deal, activity, task)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import NotFoundError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, said
from app.records import record_model, resolve_id
from app.unit_of_work import WriteOp, Writer
from db.models import Tag, Tagging

CHANGED = Changes(tags=True)


@dataclass(frozen=True)
class TagInfo:
    name: str
    color: str
    uses: int


def tag_key(name: str) -> str:
    """What makes two tag names the same tag: spacing and case (in any script) do not count."""
    return " ".join(name.split()).casefold()


def names_on(database: peewee.SqliteDatabase, kind: str, record_id: int) -> tuple[str, ...]:
    """A record's tag names, sorted as CATEGORIES lists them (app.formats.ical.categories)."""
    rows = database.execute_sql("SELECT t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
                                " WHERE g.record_kind = ? AND g.record_id = ?", (kind, record_id))
    return tuple(sorted((str(r[0]) for r in rows), key=lambda n: (n.casefold(), n)))


def names_on_many(database: peewee.SqliteDatabase, kind: str, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """names_on() for many records at once (a few hundred a query): record id → its tag names, for the
    records that have any."""
    wanted = sorted(set(ids))
    found: dict[int, list[str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = database.execute_sql("SELECT g.record_id, t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
                                    f" WHERE g.record_kind = ? AND g.record_id IN ({','.join('?' * len(chunk))})",
                                    (kind, *chunk))
        for record_id, name in rows:
            found.setdefault(int(record_id), []).append(str(name))
    return {k: tuple(sorted(v, key=lambda n: (n.casefold(), n))) for k, v in found.items()}


def forget_record(database: peewee.SqliteDatabase, kind: str, record_id: int) -> None:
    """Drop the tags, custom values and privacy of a record being purged (they point at it without a foreign key)."""
    from db.models import CustomField, CustomValue

    Tagging.delete().where(Tagging.record_kind == kind, Tagging.record_id == record_id).execute()
    fields = CustomField.select(CustomField.id).where(CustomField.record_kind == kind)
    CustomValue.delete().where(CustomValue.field.in_(fields), CustomValue.record_id == record_id).execute()
    database.execute_sql("DELETE FROM private_record WHERE record_kind = ? AND record_id = ?", (kind, record_id))


class TagService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    def list(self) -> list[TagInfo]:
        rows = self._db.execute_sql(
            "SELECT t.name, t.color, count(g.id) FROM tag t LEFT JOIN tagging g ON g.tag_id = t.id"
            " GROUP BY t.id ORDER BY t.name_key"
        )
        return [TagInfo(name, color, uses) for name, color, uses in rows]

    def add(self, kind: str, uid: str, name: str) -> Result[None]:
        """Tag a record; the tag is made if it does not exist yet (names ignore case)."""
        record_id = self._resolve(kind, uid)
        with self._writer.write("Add tag") as op:
            op.capture(kind, record_id)
            tag = self._get_or_create(name)
            cursor = self._db.execute_sql(
                "INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) VALUES (?, ?, ?)",
                (tag.id, kind, record_id),
            )
            if cursor.rowcount:
                op.mark(CHANGED)
                op.stamp_ids(self._db, kind, [record_id])  # tags travel with the record (CATEGORIES)
        return Result(None, CHANGED if cursor.rowcount else Changes())

    def remove(self, kind: str, uid: str, name: str) -> Result[None]:
        record_id = self._resolve(kind, uid)
        tag = self._find(name)
        if tag is None:
            return Result(None, Changes())
        with self._writer.write("Remove tag") as op:
            op.capture(kind, record_id)
            removed = (Tagging.delete()
                       .where(Tagging.tag == tag.id, Tagging.record_kind == kind, Tagging.record_id == record_id)
                       .execute())
            if removed:
                op.mark(CHANGED)
                op.stamp_ids(self._db, kind, [record_id])
        return Result(None, CHANGED if removed else Changes())

    def of(self, kind: str, uid: str) -> builtins.list[str]:
        record_id = self._resolve(kind, uid)
        rows = (Tag.select(Tag.name).join(Tagging)
                .where(Tagging.record_kind == kind, Tagging.record_id == record_id)
                .order_by(Tag.name.collate("NOCASE")))
        return [r.name for r in rows]

    def records(self, name: str, kind: str | None = None) -> builtins.list[tuple[str, str]]:
        """(kind, uid) of the live records with this tag."""
        tag = self._find(name)
        if tag is None:
            raise NotFoundError("tag", name)
        result: builtins.list[tuple[str, str]] = []
        kinds = [kind] if kind else ["contact", "account", "deal", "activity", "task"]
        for each in kinds:
            model = record_model(each)
            rows = (model.select(model.uid)
                    .join(Tagging, on=(Tagging.record_id == model.id) & (Tagging.record_kind == each))
                    .where(Tagging.tag == tag.id, model.deleted_at.is_null()).order_by(model.id))
            result.extend((each, r.uid) for r in rows)
        return result

    def rename(self, old: str, new: str) -> Result[None]:
        new = " ".join(new.split())
        if not new:
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP("Services", "a tag needs a name")))
        tag = self._find(old)
        if tag is None:
            raise NotFoundError("tag", old)
        other = self._find(new)
        if other is not None and other.id != tag.id:
            raise ValidationError.single("name", said(
                QT_TRANSLATE_NOOP("Services", "there is already a tag called %1"), repr(other.name)))
        with self._writer.write("Rename tag") as op:
            op.capture("tag", tag.id)
            self._stamp_tagged(op, tag.id)
            tag.name, tag.name_key = new, tag_key(new)
            tag.save()
            op.mark(CHANGED)
        return Result(None, CHANGED)

    def delete(self, name: str) -> Result[None]:
        tag = self._find(name)
        if tag is None:
            raise NotFoundError("tag", name)
        with self._writer.write("Delete tag") as op:
            op.capture("tag", tag.id)
            self._stamp_tagged(op, tag.id)
            tag.delete_instance()
            op.mark(CHANGED)
        return Result(None, CHANGED)

    def _stamp_tagged(self, op: WriteOp, tag_id: int) -> None:
        """Every record with this tag changes with it (its CATEGORIES)."""
        for kind in ("contact", "account", "deal", "activity", "task"):
            ids = [r[0] for r in self._db.execute_sql(
                "SELECT record_id FROM tagging WHERE tag_id = ? AND record_kind = ?", (tag_id, kind))]
            op.stamp_ids(self._db, kind, ids)

    def replace_on(self, kind: str, record_id: int, names: Iterable[str]) -> None:
        """Give a record exactly these tags (what a synced card carries), making missing tags."""
        with self._writer.write("Set tags") as op:
            op.mark(CHANGED)
            self._db.execute_sql("DELETE FROM tagging WHERE record_kind = ? AND record_id = ?", (kind, record_id))
            self.add_on_many(kind, [(record_id, tuple(names))])

    def add_on_many(self, kind: str, tagged: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Tag many records at once (new ones, by row id): one statement for the tags, one for the taggings."""
        pairs = [(record_id, name) for record_id, names in tagged for name in names]
        if not pairs:
            return
        with self._writer.write("Add tags") as op:
            op.mark(CHANGED)
            now = op.now.isoformat(sep=" ")
            cursor = self._db.cursor()
            cursor.executemany("INSERT OR IGNORE INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', ?)",
                               [(name, tag_key(name), now) for name in dict.fromkeys(n for _, n in pairs)])
            cursor.executemany("INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id)"
                               " SELECT id, ?, ? FROM tag WHERE name_key = ?",
                               [(kind, record_id, tag_key(name)) for record_id, name in pairs])

    def _resolve(self, kind: str, uid: str) -> int:
        try:
            return resolve_id(kind, uid)
        except ValueError as exc:
            raise ValidationError.single("kind", str(exc)) from None

    @staticmethod
    def _find(name: str) -> Tag | None:
        found: Tag | None = Tag.select().where(Tag.name_key == tag_key(name)).first()
        return found

    def _get_or_create(self, name: str) -> Tag:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP("Services", "a tag needs a name")))
        return self._find(clean) or Tag.create(name=clean, name_key=tag_key(clean), created_at=self._clock.now())
