"""Fields the user adds to a kind of record, of ten types (FIELD_TYPES, schema 28): text, long text,
number, money ("1200.50 EUR", as many decimals as the currency has), date, choice, several choices (kept one per
line, in the order of the field's choices), a checkbox ("yes" or "no"), and a link to a contact or an account
(kept as its uid, which the office's laptops share; a name typed or imported is looked up).

A field's definition travels with its values in the records' texts (X-RAPPORT-FIELD with KEY, LABEL, X-TYPE
and X-CHOICES), so the office's other laptops define it when the first value arrives. A removal travels the
same way: the field is kept as removed (schema 20: `removed_at`), the records that held a value go up again,
and every record text of that kind carries `X-RAPPORT-FIELD;KEY=…;X-TYPE=removed:`; a laptop that reads it
removes the field too. A removed field waits in the Trash with its values (schema 28: `in_trash`), whether it
was removed here or by another laptop, until it is restored or deleted for good. A removed field's
key is not used again (a value for it still arriving from a text written before the removal is not taken, and
does not define the field anew); Undo or the Trash brings the field and its values back on this laptop, but
once a sync has carried the removal the office's laptops keep it removed, and their texts remove it here
again. Files exported carry no removal, and an import takes none: they go to and come from other offices."""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, MutableSet, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.changes import Changes, Result
from app.errors import FieldError, NotFoundError, ValidationError, kind_word
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.records import resolve_id
from app.unit_of_work import Writer
from app.validation import parse_date
from db.models import CustomField, CustomValue

FIELD_TYPES = ("text", "longtext", "number", "money", "date", "choice", "multichoice", "checkbox", "contact",
               "account")
LINKS = ("contact", "account")  # the types whose value is a record's uid
YES, NO = "yes", "no"
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


@dataclass(frozen=True)
class TrashedField:
    definition: FieldDefinition
    removed_at: str  # ISO, UTC
    values: int  # how many records held a value


def key_for(label: str, taken: set[str]) -> str:
    """A key for files and scripts made from a label, in Latin letters whatever its script ("Contract № 5" →
    contract_no_5, "Размер обуви" → razmer_obuvi, "行业" → hangye), not one of `taken`."""
    from anyascii import anyascii

    key = re.sub(r"[^a-z0-9]+", "_", anyascii(label).lower()).strip("_")[:40] or "field"
    if not key[0].isalpha():
        key = f"field_{key}"
    if key not in taken:
        return key
    return next(f"{key}_{n}" for n in range(2, len(taken) + 3) if f"{key}_{n}" not in taken)


def _clean_choices(choices: Sequence[str]) -> tuple[str, ...]:
    # A choice is one line: several choices are kept one per line.
    return tuple(dict.fromkeys(" ".join(c.split()) for c in choices if c.strip()))


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
        clean_choices = _clean_choices(choices)
        if field_type in ("choice", "multichoice") and not clean_choices:
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

    def update(self, kind: str, key: str, *, label: str | None = None,
               choices: Sequence[str] | None = None) -> Result[FieldDefinition]:
        """A field's label, or its choices, changed (its key and type stay: files and scripts name it by its
        key). A choice some record holds cannot go: that would empty their values without a word."""
        field = self._field(kind, key)
        new_label = field.label if label is None else label.strip()
        if not new_label:
            raise ValidationError.single("label", said(QT_TRANSLATE_NOOP("Services", "a field needs a label")))
        new_choices = list(json.loads(field.choices))
        if choices is not None and field.field_type in ("choice", "multichoice"):
            new_choices = list(_clean_choices(choices))
            if not new_choices:
                raise ValidationError.single("choices", said(
                    QT_TRANSLATE_NOOP("Services", "a choice field needs at least one choice")))
            held = self._held_choices(field)
            dropped = [c for c in held if c not in new_choices]
            if dropped:
                raise ValidationError.single("choices", said(QT_TRANSLATE_NOOP(
                    "Services", "%1: %2 is the value of %3 records; change theirs first"),
                    new_label, repr(dropped[0]), held[dropped[0]]))
        if new_label == field.label and new_choices == json.loads(field.choices):
            return Result(self._definition(field), Changes())
        with self._writer.write("Change custom field") as op:
            op.capture("custom_field", field.id)
            field.label = new_label
            field.choices = json.dumps(new_choices, ensure_ascii=False)
            field.save()
            # The records holding a value go up again: their texts carry the field's new definition to the
            # office's laptops (a choice added there before a value in it arrives).
            op.stamp_ids(self._db, kind, self._holders(field))
            op.mark(_changes(kind))
        return Result(self._definition(field), _changes(kind))

    def move(self, kind: str, key: str, places: int) -> Result[None]:
        """A field `places` up (negative) or down among its kind's fields, as panes and lists show them."""
        with self._writer.write("Move custom field") as op:
            live = list(CustomField.select().where(CustomField.record_kind == kind, CustomField.removed_at.is_null())
                        .order_by(CustomField.position, CustomField.id))
            at = next((i for i, f in enumerate(live) if f.key == key), None)
            if at is None:
                raise NotFoundError(said(QT_TRANSLATE_NOOP("Services", "%1 field"), kind_word(kind)), key)
            to = max(0, min(len(live) - 1, at + places))
            if to == at:
                return Result(None, Changes())
            live.insert(to, live.pop(at))
            for position, field in enumerate(live):
                if field.position != position:
                    op.capture("custom_field", field.id)
                    field.position = position
                    field.save()
            op.mark(_changes(kind))
        return Result(None, _changes(kind))

    def _held_choices(self, field: CustomField) -> dict[str, int]:
        """Each choice of a (multi)choice field some record holds, with how many hold it."""
        held: dict[str, int] = {}
        for (value,) in self._db.execute_sql("SELECT value FROM custom_value WHERE field_id = ?", (field.id,)):
            for choice in str(value).split("\n"):
                held[choice] = held.get(choice, 0) + 1
        return held

    def definitions(self, kind: str) -> list[FieldDefinition]:
        rows = CustomField.select().where(CustomField.record_kind == kind, CustomField.removed_at.is_null()) \
            .order_by(CustomField.position, CustomField.id)
        return [self._definition(r) for r in rows]

    def removed(self, kind: str) -> list[FieldDefinition]:
        """The fields of `kind` removed here or on another laptop: their keys are not used again."""
        rows = CustomField.select().where(CustomField.record_kind == kind, CustomField.removed_at.is_null(False)) \
            .order_by(CustomField.key)
        return [self._definition(r) for r in rows]

    def remove(self, kind: str, key: str) -> Result[None]:
        """Remove a field, on this laptop and, through sync, the office's others: the records that held a
        value go up again, carrying the removal (one step for Undo). Here its values wait in the Trash with it."""
        with self._writer.write("Remove custom field") as op:
            field = self._field(kind, key)
            op.capture("custom_field", field.id)
            holders = self._holders(field)
            field.removed_at = op.now.isoformat(sep=" ")
            field.in_trash = 1
            field.save()
            op.stamp_ids(self._db, kind, holders)
            op.mark(_changes(kind))
        return Result(None, _changes(kind))

    def trash(self) -> list[TrashedField]:
        """The fields removed here whose values wait in the Trash, newest first."""
        rows = CustomField.select().where(CustomField.in_trash == 1).order_by(CustomField.removed_at.desc())
        counts = dict(self._db.execute_sql(
            "SELECT v.field_id, count(*) FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
            " WHERE f.in_trash = 1 GROUP BY v.field_id").fetchall())
        return [TrashedField(self._definition(r), str(r.removed_at), int(counts.get(r.id, 0))) for r in rows]

    def restore(self, kind: str, key: str) -> Result[FieldDefinition]:
        """A field from the Trash back with its values, last among its kind's fields."""
        with self._writer.write("Restore custom field") as op:
            field = self._trashed(kind, key)
            op.capture("custom_field", field.id)
            field.removed_at = None
            field.in_trash = 0
            last = self._db.execute_sql("SELECT max(position) FROM custom_field WHERE record_kind = ?"
                                        " AND removed_at IS NULL", (kind,)).fetchone()[0]
            field.position = (last or 0) + 1 if last is not None else 0
            field.save()
            op.stamp_ids(self._db, kind, self._holders(field))
            op.mark(_changes(kind))
        return Result(self._definition(field), _changes(kind))

    def purge(self, kind: str, key: str) -> Result[None]:
        """A field in the Trash deleted for good with its values (no Undo: the user confirmed it); it stays
        known as removed, so its key is not used again."""
        with self._writer.write("Delete custom field for good") as op:
            op.final = True
            field = self._trashed(kind, key)
            self._forget(field, str(field.removed_at))
            op.mark(_changes(kind))
        return Result(None, _changes(kind))

    def _holders(self, field: CustomField) -> list[int]:
        return [int(r[0]) for r in self._db.execute_sql(
            "SELECT record_id FROM custom_value WHERE field_id = ?", (field.id,))]

    @staticmethod
    def _trashed(kind: str, key: str) -> CustomField:
        row: CustomField | None = CustomField.get_or_none(CustomField.record_kind == kind, CustomField.key == key,
                                                          CustomField.in_trash == 1)
        if row is None:
            raise NotFoundError(said(QT_TRANSLATE_NOOP("Services", "%1 field in the Trash"), kind_word(kind)), key)
        return row

    def _forget(self, field: CustomField, when: str) -> None:
        """The field removed: its values gone, its definition kept as removed (out of the Trash)."""
        self._db.execute_sql("DELETE FROM custom_value WHERE field_id = ?", (field.id,))
        self._db.execute_sql("UPDATE custom_field SET removed_at = ?, in_trash = 0 WHERE id = ?", (when, field.id))

    def set(self, kind: str, uid: str, key: str, value: str | None, *, as_sent: bool = False) -> Result[None]:
        """Set (or with None / "" clear) a record's value; it is checked against the field's type. `as_sent`
        (sync, within the office): a link's uid is kept even when its record has not arrived yet."""
        field = self._field(kind, key)
        record_id = resolve_id(kind, uid)
        clean = str(value).strip() if value is not None else None
        if clean and not (as_sent and field.field_type in LINKS):
            clean = self._check(field, clean)
        if clean == "":
            clean = None
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
                elif field_type in ("choice", "multichoice") and choices:
                    self._take_choices(kind, key, choices.split("\n"))
                if have.get(key) != value:
                    self.set(kind, uid, key, value, as_sent=removals)
                    changed = changed or self.values(kind, uid).get(key) != have.get(key)
            except (ValidationError, NotFoundError) as exc:
                reason = exc.errors[0].message if isinstance(exc, ValidationError) and exc.errors else message_of(exc)
                log.info("%s %s: custom field %s not applied: %s", kind, uid, key, reason)
                refused.append((label or key, str(reason)))
        return changed, refused

    def repoint_links(self, linked_kind: str, old_uid: str, new_uid: str) -> Changes:
        """Link fields naming `old_uid` (a contact or an account merged into `new_uid`) name the kept one;
        the records holding them go up again (undoable with the merge)."""
        rows = self._db.execute_sql(
            "SELECT f.record_kind, v.record_id FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
            " WHERE f.field_type = ? AND v.value = ?", (linked_kind, old_uid)).fetchall()
        if not rows:
            return Changes()
        changes = Changes()
        with self._writer.write("Merge") as op:
            for kind in {str(r[0]) for r in rows}:
                op.stamp_ids(self._db, kind, [int(r[1]) for r in rows if r[0] == kind])
                changes |= _changes(kind)
            self._db.execute_sql(
                "UPDATE custom_value SET value = ? WHERE value = ? AND field_id IN"
                " (SELECT id FROM custom_field WHERE field_type = ?)", (new_uid, old_uid, linked_kind))
            op.mark(changes)
        return changes

    def _take_choices(self, kind: str, key: str, carried: Sequence[str]) -> None:
        """Choices another laptop gave the field are taken too (never dropped: a text written before a
        choice went must not take it away, nor may an older text refuse a value in a newer choice)."""
        field = self._field(kind, key)
        have = list(json.loads(field.choices))
        new = [c for c in _clean_choices(carried) if c not in have]
        if not new:
            return
        with self._writer.write("Change custom field") as op:
            op.capture("custom_field", field.id)
            field.choices = json.dumps([*have, *new], ensure_ascii=False)
            field.save()
            op.mark(_changes(kind))

    def _removed_elsewhere(self, kind: str, key: str, label: str) -> None:
        """Another laptop removed the field: removed here too, its values to the Trash (a restore here, or a
        text written before the removal, is then never what loses them); a field this folder never had is
        kept as removed, so that its values, still arriving, are not taken."""
        if kind not in KINDS or not _KEY.match(key):
            return
        with self._writer.write("Remove custom field") as op:
            field = CustomField.get_or_none(CustomField.record_kind == kind, CustomField.key == key)
            if field is None:
                CustomField.create(record_kind=kind, key=key, label=label.strip() or key, field_type="text",
                                   removed_at=op.now.isoformat(sep=" "))
            elif field.removed_at is None:
                op.capture("custom_field", field.id)
                field.removed_at = op.now.isoformat(sep=" ")
                field.in_trash = 1 if self._holders(field) else 0
                field.save()
                op.reindex(kind, self._holders(field))
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
            f" WHERE f.record_kind = ? AND f.removed_at IS NULL AND v.record_id IN ({marks}) ORDER BY f.position",
            (kind, *ids))
        for record_id, value, field_id in rows:
            found.setdefault(int(record_id), []).append((fields[field_id], str(value)))
        return found

    def values(self, kind: str, uid: str) -> dict[str, str]:
        record_id = resolve_id(kind, uid)
        rows = (CustomValue.select(CustomValue.value, CustomField.key).join(CustomField)
                .where(CustomField.record_kind == kind, CustomField.removed_at.is_null(),
                       CustomValue.record_id == record_id)
                .order_by(CustomField.position))
        return {r.field.key: r.value for r in rows}

    def _check(self, field: CustomField, value: str) -> str:
        kind = field.field_type
        if kind == "money":
            return _money(field, value, self._home)
        if kind == "multichoice":
            return "\n".join(_several(field, value))
        if kind == "checkbox":
            return _yes_or_no(field, value)
        if kind in LINKS:
            return self._linked(field, value)
        return self._check_simple(field, value)

    def _home(self) -> str:
        from app.currencies import home_currency

        return home_currency(self._db)

    def _linked(self, field: CustomField, value: str) -> str:
        """A contact's or an account's uid, from its uid or its name (the one record of that name)."""
        table, name = ("contact", "display_name") if field.field_type == "contact" else ("account", "name")
        row = self._db.execute_sql(f"SELECT uid FROM {table} WHERE uid = ? AND deleted_at IS NULL",
                                   (value,)).fetchone()
        if row is not None:
            return str(row[0])
        found = [str(r[0]) for r in self._db.execute_sql(
            f"SELECT uid FROM {table} WHERE {name} = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT 2", (value,))]
        if not found:  # NOCASE folds ASCII only: Cyrillic and other names compared as Python folds them
            folded = value.casefold()
            found = [str(uid) for uid, text in self._db.execute_sql(
                f"SELECT uid, {name} FROM {table} WHERE deleted_at IS NULL AND length({name}) = ?", (len(value),))
                if str(text).casefold() == folded][:2]
        if len(found) == 1:
            return found[0]
        template = (QT_TRANSLATE_NOOP("Services", "%1: no %2 is named %3") if not found else
                    QT_TRANSLATE_NOOP("Services", "%1: more than one %2 is named %3; give its uid"))
        raise ValidationError.single(field.key, said(template, field.label, kind_word(table), repr(value)))

    def link_names(self, kind: str, uids: Sequence[str]) -> dict[str, str]:
        """The names of the contacts (`kind` "contact") or accounts linked from custom fields, by uid; one in
        the Trash is named too (its link opens it there)."""
        table, name = ("contact", "display_name") if kind == "contact" else ("account", "name")
        found: dict[str, str] = {}
        wanted = list(dict.fromkeys(uids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update((str(u), str(n)) for u, n in self._db.execute_sql(
                f"SELECT uid, {name} FROM {table} WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
        return found

    @staticmethod
    def _check_simple(field: CustomField, value: str) -> str:
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
            value = next((c for c in choices if c.casefold() == value.casefold()), value)
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


_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "₴": "UAH", "¥": "CNY", "元": "CNY"}
CURRENCY_SYMBOLS = _SYMBOLS
_MONEY = re.compile(r"^\s*([-+])?\s*(?:([A-Za-z]{3})|([€$£₽₴¥元]))?\s*([-+]?[\d\s\u00a0\u202f.,']*\d)\s*"
                    r"(?:([A-Za-z]{3})|([€$£₽₴¥元]))?\s*$")


def _money(field: CustomField, value: str, home: Callable[[], str]) -> str:
    """"1200.5 EUR", "EUR 1 200,50", "€1200.50", "1200.50" (the home currency) → "1200.50 EUR"."""
    from app.validation import clean_currency, minor_digits

    match = _MONEY.match(value)
    if match is None:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 is not an amount of money (such as 1200.50 EUR)"), field.label, repr(value)))
    sign, before_code, before_sign, digits, after_code, after_sign = match.groups()
    if sign == "-" and not digits.startswith(("-", "+")):
        digits = "-" + digits  # "-€5": the sign before the symbol
    codes = [c.upper() for c in (before_code, after_code) if c] + [_SYMBOLS[s] for s in (before_sign, after_sign) if s]
    if len(set(codes)) > 1:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 names two currencies"), field.label, repr(value)))
    code = codes[0] if codes else home()
    if not code:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: name the currency of %2 (such as EUR), or choose a home currency"),
            field.label, repr(value)))
    try:
        code = clean_currency(code)
    except ValueError as exc:
        raise ValidationError.single(field.key, said(
            QT_TRANSLATE_NOOP("Services", "%1: %2"), field.label, message_of(exc))) from None
    amount = decimal_of(digits, minor_digits(code))
    if amount is None:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 is not an amount of money (such as 1200.50 EUR)"), field.label, repr(value)))
    try:
        kept = amount.quantize(Decimal(1).scaleb(-minor_digits(code)))
    except InvalidOperation:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 is too large an amount"), field.label, repr(value))) from None
    if kept != amount:
        raise ValidationError.single(field.key, said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 has more decimal places than %3 has"), field.label, repr(value), code))
    return f"{kept} {code}"


def decimal_of(digits: str, places: int = 2) -> Decimal | None:
    """"1 200,50", "1,200.50", "1.200,50", "1200.5" → Decimal. With both marks, the last is the decimal point;
    with one, written once, it is the point unless exactly three digits follow it — then it groups thousands,
    but for a currency of three decimals (`places`: "1.500 KWD") or after a lone 0 ("0.500")."""
    text = re.sub(r"[\s\u00a0\u202f']", "", digits)
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("+-")
    marks = {c for c in text if c in ".,"}
    last = max(text.rfind("."), text.rfind(","))
    once = last >= 0 and text.count(text[last]) == 1
    three_after = len(text) - last - 1 == 3
    decimal_point = last >= 0 and (len(marks) == 2 or (once and (not three_after or places == 3
                                                                   or text[:last] in ("", "0"))))
    whole, fraction = (text[:last], text[last + 1:]) if decimal_point else (text, "")
    groups = re.split(r"[.,]", whole)
    if any(len(g) != 3 for g in groups[1:]):  # "1.2.3" is no amount
        return None
    whole = "".join(groups)
    if not (whole.isdigit() or whole == "") or not (fraction.isdigit() or fraction == "") or not whole + fraction:
        return None
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")


def _folded_choice(text: str) -> str:
    return re.sub(r"\s*([,;])\s*", r"\1", " ".join(text.split())).casefold()


def _several(field: CustomField, value: str) -> list[str]:
    """Several choices, one per line or separated by commas or semicolons; a choice may hold a comma or a
    semicolon itself ("Oil, gas"): the pieces are grouped back into choices, the longest first."""
    choices: list[str] = json.loads(field.choices)
    folded = {_folded_choice(c): c for c in choices}
    if "\n" in value:
        lines = [line.strip() for line in value.split("\n") if line.strip()]
        unknown = next((line for line in lines if _folded_choice(line) not in folded), None)
        if unknown is not None:
            raise ValidationError.single(field.key, said(
                QT_TRANSLATE_NOOP("Services", "%1: %2 is not one of the choices (%3)"),
                field.label, repr(unknown), ", ".join(choices)))
        picked = {folded[_folded_choice(line)] for line in lines}
        return [c for c in choices if c in picked]
    tokens = re.split(r"([,;])", value)  # pieces at even places, their separators between
    pieces = tokens[0::2]

    @functools.cache
    def grouped(start: int) -> tuple[str, ...] | None:
        if start >= len(pieces):
            return ()
        if not pieces[start].strip():
            return grouped(start + 1)  # ", ," or a trailing comma
        for end in range(len(pieces) - 1, start - 1, -1):  # the longest choice first
            joined = "".join(tokens[2 * start:2 * end + 1])
            choice = folded.get(_folded_choice(joined))
            if choice is not None:
                rest = grouped(end + 1)
                if rest is not None:
                    return (choice, *rest)
        return None

    found = grouped(0)
    if found is None:
        # The piece no choice holds, to name (else the whole: its pieces fit, not together).
        unknown = next((p.strip() for p in pieces if p.strip() and not any(_folded_choice(p) in c for c in folded)),
                       value.strip())
        raise ValidationError.single(field.key, said(
            QT_TRANSLATE_NOOP("Services", "%1: %2 is not one of the choices (%3)"),
            field.label, repr(unknown), ", ".join(choices)))
    picked = set(found)
    return [c for c in choices if c in picked]


_YES = {"yes", "y", "true", "1", "x", "on", "✓", "✔", "☑", "да", "так", "是", "checked"}
_NO = {"no", "n", "false", "0", "off", "☐", "✗", "нет", "ні", "не", "否", "unchecked"}


def yes_or_no_word(text: str) -> str | None:
    """"yes" or "no" for a checkbox's value as people write it ("да", "✓", "false"…); None for neither."""
    word = text.strip().casefold()
    return YES if word in _YES else NO if word in _NO else None


def _yes_or_no(field: CustomField, value: str) -> str:
    word = value.strip().casefold()
    if word in _YES:
        return YES
    if word in _NO:
        return NO
    raise ValidationError.single(field.key, said(
        QT_TRANSLATE_NOOP("Services", "%1: %2 is neither yes nor no"), field.label, repr(value)))


def _not_a_number(field: CustomField, value: str) -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "%1: %2 is not a number"), field.label, repr(value))
