"""Tags on any record (contact, account, deal, activity, task)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

import peewee

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import NotFoundError, ValidationError
from app.records import record_model, resolve_id
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


def forget_record(database: peewee.SqliteDatabase, kind: str, record_id: int) -> None:
    """Drop the tags and custom values of a record being purged (they point at it without a foreign key)."""
    from db.models import CustomField, CustomValue

    Tagging.delete().where(Tagging.record_kind == kind, Tagging.record_id == record_id).execute()
    fields = CustomField.select(CustomField.id).where(CustomField.record_kind == kind)
    CustomValue.delete().where(CustomValue.field.in_(fields), CustomValue.record_id == record_id).execute()


class TagService:
    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
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
        with self._db.atomic():
            tag = self._get_or_create(name)
            cursor = self._db.execute_sql(
                "INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) VALUES (?, ?, ?)",
                (tag.id, kind, record_id),
            )
        return Result(None, CHANGED if cursor.rowcount else Changes())

    def remove(self, kind: str, uid: str, name: str) -> Result[None]:
        record_id = self._resolve(kind, uid)
        tag = self._find(name)
        if tag is None:
            return Result(None, Changes())
        removed = (Tagging.delete()
                   .where(Tagging.tag == tag.id, Tagging.record_kind == kind, Tagging.record_id == record_id)
                   .execute())
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
            raise ValidationError.single("name", "a tag needs a name")
        tag = self._find(old)
        if tag is None:
            raise NotFoundError("tag", old)
        other = self._find(new)
        if other is not None and other.id != tag.id:
            raise ValidationError.single("name", f"there is already a tag called {other.name!r}")
        tag.name, tag.name_key = new, tag_key(new)
        tag.save()
        return Result(None, CHANGED)

    def delete(self, name: str) -> Result[None]:
        tag = self._find(name)
        if tag is None:
            raise NotFoundError("tag", name)
        tag.delete_instance()
        return Result(None, CHANGED)

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
            raise ValidationError.single("name", "a tag needs a name")
        return self._find(clean) or Tag.create(name=clean, name_key=tag_key(clean), created_at=self._clock.now())
