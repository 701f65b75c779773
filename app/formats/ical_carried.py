"""What the calendar object of a meeting, call, e-mail, note or task carries beyond its component: the
record's tags as one CATEGORIES property (standard: phones and calendar programs show them) and its custom
field values as X-RAPPORT-FIELD;KEY=…;LABEL=…;X-TYPE=…[;X-CHOICES=…]:<value>, as a card and a deal carry
them (the field's definition travels with the value, so a folder that has no such field makes it).

Export and import (app/calendar_import.py) and sync (sync/calendars.py) both go through here, so a file
and a server see the same text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.activities import CalendarProperty
from app.custom_fields import FieldValue
from app.formats.ical import categories, categories_value, escape
from app.formats.vcard import unescape
from app.formats.vcard_map import caret_decoded

TAGS, FIELD = "CATEGORIES", "X-RAPPORT-FIELD"


def param_text(value: str) -> str:
    """A parameter value (RFC 5545 with RFC 6868's caret escapes), quoted when it has to be."""
    text = value.replace("^", "^^").replace("\n", "^n").replace('"', "^'")
    return f'"{text}"' if re.search(r"[;:,]", text) or text != text.strip() or not text else text


def carried_properties(tags: Iterable[str], fields: Iterable[FieldValue]) -> tuple[CalendarProperty, ...]:
    """The properties that carry these tags and custom field values."""
    names = tuple(tags)
    found = [CalendarProperty(TAGS, categories_value(names))] if names else []
    for key, label, kind, choices, value in fields:
        params = [("KEY", param_text(key)), ("LABEL", param_text(label)), ("X-TYPE", param_text(kind))]
        if choices:
            params.append(("X-CHOICES", param_text(choices)))
        found.append(CalendarProperty(FIELD, escape(value), tuple(params)))
    return tuple(found)


def split_carried(extra: Iterable[CalendarProperty]
                  ) -> tuple[tuple[str, ...], tuple[FieldValue, ...], tuple[CalendarProperty, ...]]:
    """A component's kept properties parted: the tags its CATEGORIES name, the custom field values (sorted
    by key; one without a KEY is not one, and stays a kept property), and every other property."""
    kept: list[CalendarProperty] = []
    named: list[str] = []
    values: list[FieldValue] = []
    for prop in extra:
        if prop.name == TAGS:
            named.append(prop.value)
        elif prop.name == FIELD and (value := _field_value(prop)) is not None:
            values.append(value)
        else:
            kept.append(prop)
    return categories(named), tuple(sorted(values)), tuple(kept)


def _field_value(prop: CalendarProperty) -> FieldValue | None:
    raw = dict(prop.params)
    key = caret_decoded(raw.get("KEY", "")).strip()
    if not key:
        return None
    return (key, caret_decoded(raw.get("LABEL", "")).strip(), (caret_decoded(raw.get("X-TYPE", "")) or "text").lower(),
            caret_decoded(raw.get("X-CHOICES", "")), unescape(prop.value))
