"""The custom fields of a record as panes show and edit them, each the way its type asks (issue 18): long text
on several lines, a date with its calendar, a money amount in the user's way, choices completed as typed, a
checkbox turned over with Space or a click, a contact or an account picked by its name and opened by its link.

`custom_look` is what a field of a type looks like; the contact's and the account's panes put it in their
field specs (ui/detail/base_pane.py), the deal's pane shows CustomFieldsBox.

Signals (CustomFieldsBox):
    changed(): a value was saved.
    open_record(str, str): a linked record's link followed (kind, uid).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.custom_fields import LINKS, YES, FieldDefinition
from app.services import Services
from app.validation import minor_digits
from ui.detail.inline_field import Done, InlineField, InlineOptions
from ui.operations.operation import Op
from ui.pipeline import look
from ui.qt_dates import parse_date
from ui.said import field_problem


@dataclass(frozen=True)
class CustomLook:
    shown: str
    placeholder: str
    multiline: bool
    picks_date: bool
    link: Callable[[str], str] | None
    options: InlineOptions


def records_matching(services: Services, kind: str) -> Callable[[str], list[tuple[str, str]]]:
    def lookup(text: str) -> list[tuple[str, str]]:
        return [(hit.uid, hit.display) for hit in services.search.search(text, kinds=(kind,), limit=12)]
    return lookup


def custom_look(services: Services, definition: FieldDefinition, value: str,
                names: dict[str, str] | None = None) -> CustomLook:
    """How `value` of a field of `definition`'s type reads and is edited. `names`: linked records' names by
    uid (else looked up)."""
    kind = definition.field_type
    shown, placeholder = "", ""
    options = InlineOptions()
    link: Callable[[str], str] | None = None
    if kind == "money":
        shown = money_text(value)
        placeholder = QCoreApplication.translate("CustomFields", "An amount, such as 1200.50 EUR")
    elif kind == "number":
        placeholder = QCoreApplication.translate("CustomFields", "A number")
    elif kind == "date":
        shown = _date_shown(value)
        placeholder = QCoreApplication.translate("CustomFields", "A date")
    elif kind in ("choice", "multichoice"):
        several = kind == "multichoice"
        shown = ", ".join(value.split("\n")) if value else ""
        placeholder = " · ".join(definition.choices)
        options = InlineOptions(choices=definition.choices, several=several, edit_shown=several)
    elif kind == "checkbox":
        options = InlineOptions(toggle=(YES, "no"))
    elif kind in LINKS:
        if value:
            found = names if names is not None and value in names else services.custom_fields.link_names(
                kind, [value])
            shown = found.get(value, QCoreApplication.translate("CustomFields", "%1 (not on this computer)")
                              .replace("%1", value))
        placeholder = (QCoreApplication.translate("CustomFields", "Type a contact's name") if kind == "contact"
                       else QCoreApplication.translate("CustomFields", "Type an account's name"))
        options = InlineOptions(lookup=records_matching(services, kind), edit_shown=True)

        def link(uid: str, kind: str = kind) -> str:
            return f"{kind}:{uid}"
    return CustomLook(shown, placeholder, kind == "longtext", kind == "date", link, options)


def typed_value(definition: FieldDefinition, text: str) -> str:
    """What the user typed as the service reads it: a date as the user's locale writes it, in ISO (what is no
    date is left for the service to say why)."""
    if definition.field_type == "date" and text.strip():
        try:
            return parse_date(text).isoformat()
        except ValueError:
            return text
    return text


def money_text(value: str) -> str:
    """A money value ("1200.50 EUR") the user's way ("€1,200.50")."""
    amount, _, currency = value.partition(" ")
    try:
        minor = int(Decimal(amount).scaleb(minor_digits(currency)))
    except (InvalidOperation, ValueError, LookupError):
        return value
    return look.money(minor, currency) or value


def _date_shown(value: str) -> str:
    try:
        return look.long_date(date.fromisoformat(value))
    except ValueError:
        return value


class CustomFieldsBox(QWidget):
    """A record's custom fields, label and value in rows, each edited in place and saved as one Op."""

    changed = Signal()
    open_record = Signal(str, str)

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"customFields:{kind}")
        self._services = services
        self._kind = kind
        self._uid = ""
        self._definitions: list[FieldDefinition] = []
        self.fields: dict[str, InlineField] = {}
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def show_record(self, uid: str) -> None:
        """The fields of the record `uid` (its kind's fields, in their order); none, and the box hides."""
        service = self._services.custom_fields
        definitions = service.definitions(self._kind) if uid else []
        values = service.values(self._kind, uid) if uid else {}
        if uid == self._uid and definitions == self._definitions:
            # The same record and fields read again (after a save): the values change in place, so the
            # focus and an editor being typed in stay where they are.
            for definition in definitions:
                value = values.get(definition.key, "")
                self.fields[definition.key].set_value(value, custom_look(self._services, definition, value).shown)
            return
        self._uid = uid
        self._definitions = definitions
        for field in self.fields.values():
            field.discard()
        while self._form.rowCount():
            self._form.removeRow(0)
        self.fields = {}
        for definition in definitions:
            value = values.get(definition.key, "")
            shape = custom_look(self._services, definition, value)
            field = InlineField(f"custom:{definition.key}", definition.label, value,
                                self._committer(definition.key, definition.label),
                                placeholder=shape.placeholder or self.tr("Add"), multiline=shape.multiline,
                                shown=shape.shown, picks_date=shape.picks_date, link=shape.link,
                                options=shape.options)
            field.setObjectName(f"customField:{definition.key}")
            field.open_record.connect(self._on_open_record)
            label = QLabel(definition.label + ":")
            label.setWordWrap(True)
            self._form.addRow(label, field)
            self.fields[definition.key] = field
        self.setVisible(bool(definitions))

    def _committer(self, key: str, label: str) -> Callable[[str, Done], None]:
        return lambda text, done: self._commit(key, label, text, done)

    def _commit(self, key: str, label: str, text: str, done: Done) -> None:
        kind, uid = self._kind, self._uid
        if not uid:
            done(None)
            return

        definition = next((d for d in self._services.custom_fields.definitions(kind) if d.key == key), None)
        value = typed_value(definition, text) if definition is not None else text

        def save(services: Services) -> object:
            return services.custom_fields.set(kind, uid, key, value)

        Op(self, self._services, self.tr("Edit %1").replace("%1", label), save) \
            .success(lambda _value: self._on_saved(done)) \
            .failure(lambda error: done(field_problem(error))).run(initiator=self)

    def _on_saved(self, done: Done) -> None:
        done(None)
        self.show_record(self._uid)  # (in place: the focus stays)
        self.changed.emit()

    def _on_open_record(self, href: str) -> None:
        kind, _, uid = href.partition(":")
        self.open_record.emit(kind, uid)
