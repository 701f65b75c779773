"""Activities: calls, meetings, e-mails and notes, linked to contacts, accounts and deals."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

import peewee

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, NotFoundError, ValidationError
from app.links import Link, check_links, read_links, write_links
from app.records import RecordMeta, record_model, stamp_new, touch
from app.validation import parse_datetime
from db import fts
from db.models import Activity, ActivityLink

CHANGED = Changes(activities=True)
KINDS = ("call", "meeting", "email", "note")


@dataclass(frozen=True)
class ActivityData:
    kind: str = "note"
    occurred_at: datetime | None = None  # naive UTC; None: now
    duration_minutes: int | None = None
    subject: str = ""
    outcome: str = ""
    text: str = ""
    links: tuple[Link, ...] = ()


FIELD_NAMES = frozenset(f.name for f in fields(ActivityData))


@dataclass(frozen=True)
class ActivityRecord:
    meta: RecordMeta
    data: ActivityData
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid


class ActivityService:
    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self, uid: str, *, include_deleted: bool = False) -> ActivityRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def count(self) -> int:
        return int(Activity.select().where(Activity.deleted_at.is_null()).count())

    def log(self, data: ActivityData, *, uid: str | None = None) -> Result[ActivityRecord]:
        clean = self.validate(data)
        with self._db.atomic():
            row = Activity.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            write_links(ActivityLink, "activity", row.id, clean.links)
            fts.index_activities(self._db, [row.id])
        return Result(self._record(row), CHANGED)

    def update(self, uid: str, **changes: Any) -> Result[ActivityRecord]:
        unknown = set(changes) - FIELD_NAMES
        if unknown:
            raise ValidationError([FieldError(name, "is not an activity field") for name in sorted(unknown)])
        with self._db.atomic():
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            touch(row, self._clock)
            row.save()
            write_links(ActivityLink, "activity", row.id, clean.links)
            fts.index_activities(self._db, [row.id])
        return Result(self._record(row), CHANGED)

    def delete(self, uid: str) -> Result[ActivityRecord]:
        return self._set_deleted(uid, self._clock.now())

    def restore(self, uid: str) -> Result[ActivityRecord]:
        return self._set_deleted(uid, None)

    def timeline(self, kind: str, uid: str, *, limit: int = 50, before: datetime | None = None) -> list[ActivityRecord]:
        """Activities linked to one contact, account or deal, newest first; page with `before`."""
        model = record_model(kind)
        target = model.get_or_none(model.uid == uid)
        if target is None:
            raise NotFoundError(kind, uid)
        query = (
            Activity.select()
            .join(ActivityLink, on=ActivityLink.activity == Activity.id)
            .where(getattr(ActivityLink, kind) == target.id, Activity.deleted_at.is_null())
        )
        if before is not None:
            query = query.where(Activity.occurred_at < before)
        rows = query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
        return [self._record(r) for r in rows]

    def validate(self, data: ActivityData) -> ActivityData:
        errors: list[FieldError] = []
        if data.kind not in KINDS:
            errors.append(FieldError("kind", f"an activity is a call, meeting, email or note, not {data.kind!r}"))
        try:
            occurred = parse_datetime(data.occurred_at) or self._clock.now()
        except ValueError as exc:
            errors.append(FieldError("occurred_at", str(exc)))
            occurred = None
        if data.duration_minutes is not None and data.duration_minutes < 0:
            errors.append(FieldError("duration_minutes", "a duration cannot be negative"))
        if data.kind == "note" and not (data.text.strip() or data.subject.strip()):
            errors.append(FieldError("text", "a note needs some text"))
        check_links(data.links, errors)
        if errors:
            raise ValidationError(errors)
        return replace(data, occurred_at=occurred, subject=data.subject.strip(), outcome=data.outcome.strip())

    def _set_deleted(self, uid: str, when: datetime | None) -> Result[ActivityRecord]:
        with self._db.atomic():
            row = self._row(uid, include_deleted=True)
            if (row.deleted_at is None) == (when is None):
                return Result(self._record(row), Changes())
            row.deleted_at = when
            touch(row, self._clock)
            row.save()
            fts.index_activities(self._db, [row.id])
        return Result(self._record(row), CHANGED)

    def _row(self, uid: str, *, include_deleted: bool = False) -> Activity:
        query = Activity.select().where(Activity.uid == uid)
        if not include_deleted:
            query = query.where(Activity.deleted_at.is_null())
        row: Activity | None = query.first()
        if row is None:
            raise NotFoundError("activity", uid)
        return row

    @staticmethod
    def _scalars(data: ActivityData) -> dict[str, Any]:
        return {
            "kind": data.kind, "occurred_at": data.occurred_at, "duration_minutes": data.duration_minutes,
            "subject": data.subject, "outcome": data.outcome, "text": data.text,
        }

    def _data(self, row: Activity) -> ActivityData:
        return ActivityData(
            kind=row.kind, occurred_at=row.occurred_at, duration_minutes=row.duration_minutes,
            subject=row.subject, outcome=row.outcome, text=row.text,
            links=read_links(ActivityLink, "activity", row.id),
        )

    def _record(self, row: Activity) -> ActivityRecord:
        return ActivityRecord(RecordMeta.of(row), self._data(row), row.id)
