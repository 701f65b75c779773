"""Fields the user adds to a kind of record: text, number, date, or one of a list of choices.

A field's definition travels with its values in the records' texts (X-RAPPORT-FIELD with KEY, LABEL, X-TYPE
and X-CHOICES), so the office's other laptops define it when the first value arrives. A removal travels the
same way: the field is kept as removed (schema 20: `removed_at`, its values gone), the records that held a
value go up again, and every record text of that kind carries `X-RAPPORT-FIELD;KEY=…;X-TYPE=removed:`; a
laptop that reads it removes the field too. A removed field's key is not used again (a value for it still
arriving from a text written before the removal is not taken, and does not define the field anew); Undo
brings the field and its values back on this laptop, but once a sync has carried the removal the office's
laptops keep it removed, and their texts remove it here again. Files exported carry no removal, and an
import takes none: they go to and come from other offices."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import MutableSet, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.changes import Changes, Result
from app.errors import FieldError, NotFoundError, ValidationError, kind_word
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.records import resolve_id
from app.unit_of_work import Writer
from app.validation import parse_date
from db.models import CustomField, CustomValue

FIELD_TYPES = ("text", "number", "date", "choice")
REMOVED = "removed"  # the X-TYPE of a removal as a record's text carries it
KINDS = ("contact", "account", "deal", "activity", "task")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
# A custom field's value as a record's text carries it (a card's or a calendar object's X-RAPPORT-FIELD):
# (key, label, type, choices one per line, value).
FieldValue = tuple[str, str, str, str, str]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldDefinition:
    record_kind: str
    key: str
    label: str
    field_type: str
    choices: tuple[str, ...]


def _changes(kind: str) -> Changes:
    record_changes = {"contact": "contacts", "account": "accounts", "deal": "deals", "activity": "activities",
                      "task": "tasks"}
    return Changes(custom_fields=True, **{record_changes[kind]: True})


class CustomFieldService:
    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._db = writer.database

    def define(self, kind: str, key: str, label: str, field_type: str,
               choices: tuple[str, ...] = ()) -> Result[FieldDefinition]:
        errors: list[FieldError] = []
        if kind not in KINDS:
            errors.append(FieldError("record_kind", said(
                QT_TRANSLATE_NOOP("Services", "custom fields go on %1, not %2"), ", ".join(KINDS), repr(kind))))
        if not _KEY.match(key):
            errors.append(FieldError("key", said(
                QT_TRANSLATE_NOOP("Services", "a key is lower-case letters, digits and _, starting with a letter"))))
        if not label.strip():
            errors.append(FieldError("label", said(QT_TRANSLATE_NOOP("Services", "a field needs a label"))))
        if field_type not in FIELD_TYPES:
            errors.append(FieldError("field_type", said(
                QT_TRANSLATE_NOOP("Services", "a field type is one of %1"), ", ".join(FIELD_TYPES))))
        clean_choices = tuple(dict.fromkeys(c.strip() for c in choices if c.strip()))
        if field_type == "choice" and not clean_choices:
            errors.append(FieldError("choices", said(
                QT_TRANSLATE_NOOP("Services", "a choice field needs at least one choice"))))
        existing = CustomField.get_or_none(CustomField.record_kind == kind, CustomField.key == key) \
            if not errors else None
        if existing is not None and existing.removed_at is None:
            errors.append(FieldError("key", said(
                QT_TRANSLATE_NOOP("Services", "%1 already has a field %2"), kind_word(kind), repr(key))))
        elif existing is not None:
            errors.append(FieldError("key", said(QT_TRANSLATE_NOOP(
                "Services", "a field %1 of %2 was removed, and its key is not used again (values for it may still"
                            " arrive from other laptops): undo the removal, or choose another key"),
                repr(key), kind_word(kind))))
        if errors:
            raise ValidationError(errors)
        with self._writer.write("New custom field") as op:
            position = CustomField.select().where(CustomField.record_kind == kind,
                                                  CustomField.removed_at.is_null()).count()
            row = CustomField.create(record_kind=kind, key=key, label=label.strip(), field_type=field_type,
                                     choices=json.dumps(list(clean_choices), ensure_ascii=False), position=position)
            op.mark(_changes(kind))
        return Result(self._definition(row), _changes(kind))

    def definitions(self, kind: str) -> list[FieldDefinition]:
        rows = CustomField.select().where(CustomField.record_kind == kind, CustomField.removed_at.is_null()) \
            .order_by(CustomField.position)
        return [self._definition(r) for r in rows]

    def removed(self, kind: str) -> list[FieldDefinition]:
        """The fields of `kind` removed here or on another laptop: their keys are not used again."""
        rows = CustomField.select().where(CustomField.record_kind == kind, CustomField.removed_at.is_null(False)) \
            .order_by(CustomField.key)
        return [self._definition(r) for r in rows]

    def remove(self, kind: str, key: str) -> Result[None]:
        """Remove a field and every value kept in it, on this laptop and, through sync, the office's others:
        the records that held a value go up again, carrying the removal (one step for Undo)."""
        with self._writer.write("Remove custom field") as op:
            field = self._field(kind, key)
            op.capture("custom_field", field.id)
            holders = [int(r[0]) for r in self._db.execute_sql(
                "SELECT record_id FROM custom_value WHERE field_id = ?", (field.id,))]
            self._forget(field, op.now.isoformat(sep=" "))
            op.stamp_ids(self._db, kind, holders)
            op.mark(_changes(kind))
        return Result(None, _changes(kind))

    def _forget(self, field: CustomField, when: str) -> None:
        """The field removed: its values gone, its definition kept as removed."""
        self._db.execute_sql("DELETE FROM custom_value WHERE field_id = ?", (field.id,))
        self._db.execute_sql("UPDATE custom_field SET removed_at = ? WHERE id = ?", (when, field.id))

    def set(self, kind: str, uid: str, key: str, value: str | None) -> Result[None]:
        """Set (or with None / "" clear) a record's value; it is checked against the field's type."""
        field = self._field(kind, key)
        record_id = resolve_id(kind, uid)
        clean = self._check(field, str(value).strip()) if value is not None and str(value).strip() else None
        stored = CustomValue.get_or_none(CustomValue.field == field.id, CustomValue.record_id == record_id)
        if (stored.value if stored is not None else None) == clean:
            return Result(None, Changes())  # nothing to write: the record keeps its version
        with self._writer.write("Set custom field") as op:
            # A value is part of its record: the record's version grows (sync sends it, with the card or
            # calendar object carrying it), its updated_at is now, and the search index sees the change.
            op.stamp_ids(self._db, kind, [record_id])
            op.mark(_changes(kind))
            if clean is None:
                CustomValue.delete().where(CustomValue.field == field.id, CustomValue.record_id == record_id).execute()
                return Result(None, _changes(kind))
            (CustomValue.insert(field=field.id, record_id=record_id, value=clean)
             .on_conflict(conflict_target=[CustomValue.field, CustomValue.record_id],
                          update={CustomValue.value: clean})
             .execute())
        return Result(None, _changes(kind))

    def carried(self, kind: str, ids: list[int], *, removals: bool = False) -> dict[int, tuple[FieldValue, ...]]:
        """values_many() as a record's text carries them: each value with its field's definition; for sync
        (`removals`), then the removals of that kind's fields (every record carries them: any may be the first
        a laptop reads). Files exported carry none: they go to other offices too."""
        removals_carried = tuple((f.key, f.label, REMOVED, "", "") for f in self.removed(kind)) if removals else ()
        found = {record_id: tuple((f.key, f.label, f.field_type, "\n".join(f.choices), value) for f, value in values)
                 for record_id, values in self.values_many(kind, ids).items()}
        if removals_carried:
            found = {record_id: (*found.get(record_id, ()), *removals_carried) for record_id in ids}
        return found

    def apply_carried(self, kind: str, uid: str, values: Sequence[FieldValue],
                      known: MutableSet[str] | None = None, *, removals: bool = False
                      ) -> tuple[bool, list[tuple[str, str]]]:
        """The custom field values a record's text carries (a card, a calendar object, a deal): each field
        defined as the text describes it where this folder has none; a value the text does not carry stays
        (a program that drops X- properties must not empty them). `known`: keys of `kind` known to be
        defined, kept across calls. Returns whether a value changed, and (field, reason) for each value
        its field refused (the others go in). `removals` (sync, within the office): a removal the text carries
        removes the field here, and a value for a field removed here is passed over; an import takes neither
        (a file from elsewhere removes nothing, and a value for a removed field is refused, said)."""
        if not values:
            return False, []
        if known is None:
            known = set()
        if not known:
            known |= {d.key for d in self.definitions(kind)}
            known |= {REMOVED + ":" + d.key for d in self.removed(kind)}
        have = self.values(kind, uid)
        changed = False
        refused: list[tuple[str, str]] = []
        for key, label, field_type, choices, value in values:
            if field_type == REMOVED:
                if removals and REMOVED + ":" + key not in known:
                    self._removed_elsewhere(kind, key, label)
                    known.discard(key)
                    known.add(REMOVED + ":" + key)
                    changed = changed or key in have
                continue
            if removals and REMOVED + ":" + key in known:
                continue  # a text written before the removal: not taken, not defined again
            try:
                if key not in known:
                    self.define(kind, key, label or key, field_type, tuple(choices.split("\n")))
                    known.add(key)
                if have.get(key) != value:
                    self.set(kind, uid, key, value)
                    changed = changed or self.values(kind, uid).get(key) != have.get(key)
            except (ValidationError, NotFoundError) as exc:
                reason = exc.errors[0].message if isinstance(exc, ValidationError) and exc.errors else message_of(exc)
                log.info("%s %s: custom field %s not applied: %s", kind, uid, key, reason)
                refused.append((label or key, str(reason)))
        return changed, refused

    def _removed_elsewhere(self, kind: str, key: str, label: str) -> None:
        """Another laptop removed the field: removed here too (its values go); a field this folder never had
        is kept as removed, so that its values, still arriving, are not taken."""
        if kind not in KINDS or not _KEY.match(key):
            return
        with self._writer.write("Remove custom field") as op:
            field = CustomField.get_or_none(CustomField.record_kind == kind, CustomField.key == key)
            if field is None:
                CustomField.create(record_kind=kind, key=key, label=label.strip() or key, field_type="text",
                                   removed_at=op.now.isoformat(sep=" "))
            elif field.removed_at is None:
                op.capture("custom_field", field.id)
                holders = [int(r[0]) for r in self._db.execute_sql(
                    "SELECT record_id FROM custom_value WHERE field_id = ?", (field.id,))]
                self._forget(field, op.now.isoformat(sep=" "))
                op.reindex(kind, holders)
            op.mark(_changes(kind))

    def values_many(self, kind: str, ids: list[int]) -> dict[int, list[tuple[FieldDefinition, str]]]:
        """Every value of the records `ids` of `kind` (row ids), each with its field, in the fields' order."""
        found: dict[int, list[tuple[FieldDefinition, str]]] = {}
        if not ids:
            return found
        fields = {row.id: self._definition(row) for row in CustomField.select().where(
            CustomField.record_kind == kind, CustomField.removed_at.is_null())}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute_sql(
            "SELECT v.record_id, v.value, f.id FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
            f" WHERE f.record_kind = ? AND v.record_id IN ({marks}) ORDER BY f.position", (kind, *ids))
        for record_id, value, field_id in rows:
            found.setdefault(int(record_id), []).append((fields[field_id], str(value)))
        return found

    def values(self, kind: str, uid: str) -> dict[str, str]:
        record_id = resolve_id(kind, uid)
        rows = (CustomValue.select(CustomValue.value, CustomField.key).join(CustomField)
                .where(CustomField.record_kind == kind, CustomValue.record_id == record_id)
                .order_by(CustomField.position))
        return {r.field.key: r.value for r in rows}

    @staticmethod
    def _check(field: CustomField, value: str) -> str:
        if field.field_type == "number":
            try:
                number = Decimal(value.replace(" ", ""))
            except InvalidOperation:
                raise ValidationError.single(field.key, _not_a_number(field, value)) from None
            if not number.is_finite():
                raise ValidationError.single(field.key, _not_a_number(field, value))
            return str(number)
        if field.field_type == "date":
            try:
                parsed = parse_date(value)
            except ValueError as exc:
                raise ValidationError.single(field.key, said(
                    QT_TRANSLATE_NOOP("Services", "%1: %2"), field.label, message_of(exc))) from None
            return parsed.isoformat() if parsed else ""
        if field.field_type == "choice":
            choices = json.loads(field.choices)
            if value not in choices:
                raise ValidationError.single(field.key, said(
                    QT_TRANSLATE_NOOP("Services", "%1: %2 is not one of the choices (%3)"),
                    field.label, repr(value), ", ".join(choices)))
        return value

    @staticmethod
    def _field(kind: str, key: str) -> CustomField:
        row: CustomField | None = CustomField.get_or_none(CustomField.record_kind == kind, CustomField.key == key,
                                                          CustomField.removed_at.is_null())
        if row is None:
            raise NotFoundError(said(QT_TRANSLATE_NOOP("Services", "%1 field"), kind_word(kind)), key)
        return row

    @staticmethod
    def _definition(row: CustomField) -> FieldDefinition:
        return FieldDefinition(row.record_kind, row.key, row.label, row.field_type, tuple(json.loads(row.choices)))


def _not_a_number(field: CustomField, value: str) -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "%1: %2 is not a number"), field.label, repr(value))
