"""Helpers every record service shares: new uids, bumping versions, the record's metadata."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from app.clock import Clock
from app.errors import FieldError, NotFoundError, ValidationError
from app.unit_of_work import Writer

R = TypeVar("R")


def new_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RecordMeta:
    """What every syncable record carries besides its data."""

    uid: str
    created_at: datetime
    updated_at: datetime
    version: int
    deleted_at: datetime | None

    @classmethod
    def of(cls, row: Any) -> RecordMeta:
        return cls(row.uid, row.created_at, row.updated_at, row.version, row.deleted_at)


def stamp_new(clock: Clock, uid: str | None = None) -> dict[str, Any]:
    now = clock.now()
    return {"uid": uid or new_uid(), "created_at": now, "updated_at": now, "version": 1}


def overwrite(row: Any, values: Mapping[str, Any], writer: Writer, kind: str) -> None:
    """Give an existing row new field values as a local change, bringing it back from the Trash
    (what an importer does when a record comes in again)."""
    with writer.write(f"Update {kind}") as op:  # joins the importer's or sync's unit of work
        op.capture(kind, row.id)
        for name, value in values.items():
            setattr(row, name, value)
        row.deleted_at = None
        op.stamp(kind, row)
        row.save()


def ids_by_uid(model: Any, uids: list[str], *, live: bool = False) -> dict[str, int]:
    """Row ids by uid (in the Trash too, unless `live`), 500 a query."""
    found: dict[str, int] = {}
    alive = " AND deleted_at IS NULL" if live else ""
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update((str(u), int(i)) for u, i in model._meta.database.execute_sql(
            f"SELECT uid, id FROM {model._meta.table_name} WHERE uid IN ({', '.join('?' * len(chunk))}){alive}",
            chunk))
    return found


def record_model(kind: str) -> Any:
    """The model of a kind of record that can be tagged, linked or given custom fields."""
    from db.models import Account, Activity, Contact, Deal, Lead, Task

    models = {"contact": Contact, "account": Account, "deal": Deal, "activity": Activity, "task": Task, "lead": Lead}
    if kind not in models:
        raise ValueError(f"{kind!r} is not a kind of record (one of {', '.join(models)})")
    return models[kind]


def resolve_id(kind: str, uid: str) -> int:
    """The row id of a live record, or NotFoundError."""
    model = record_model(kind)
    row = model.select(model.id).where(model.uid == uid, model.deleted_at.is_null()).first()
    if row is None:
        raise NotFoundError(kind, uid)
    return int(row.id)


def reject_unknown(changes: Mapping[str, Any], known: frozenset[str], kind: str) -> None:
    """An update naming a field the record does not have is a mistake worth saying."""
    unknown = set(changes) - known
    if unknown:
        raise ValidationError([FieldError(name, f"is not {kind} field") for name in sorted(unknown)])


def find_row(model: type[R], kind: str, uid: str, *, include_deleted: bool = False) -> R:
    """The row of a syncable record by uid; NotFoundError when there is none (or it is in the Trash)."""
    query = model.select().where(model.uid == uid)  # type: ignore[attr-defined]
    if not include_deleted:
        query = query.where(model.deleted_at.is_null())  # type: ignore[attr-defined]
    row: R | None = query.first()
    if row is None:
        raise NotFoundError(kind, uid)
    return row
