"""Errors the services raise. Each one reads as a sentence a user can act on."""

from __future__ import annotations

from dataclasses import dataclass

from app.messages import QT_TRANSLATE_NOOP, Said, said

# The kinds of record a sentence names ("no contact with uid …"), each a template the window translates.
_KIND_WORDS = {
    "contact": QT_TRANSLATE_NOOP("Services", "contact"),
    "account": QT_TRANSLATE_NOOP("Services", "account"),
    "deal": QT_TRANSLATE_NOOP("Services", "deal"),
    "activity": QT_TRANSLATE_NOOP("Services", "activity"),
    "task": QT_TRANSLATE_NOOP("Services", "task"),
    "lead": QT_TRANSLATE_NOOP("Services", "lead"),
    "pipeline": QT_TRANSLATE_NOOP("Services", "pipeline"),
    "stage": QT_TRANSLATE_NOOP("Services", "stage"),
    "tag": QT_TRANSLATE_NOOP("Services", "tag"),
    "custom_field": QT_TRANSLATE_NOOP("Services", "custom field"),
    "custom field": QT_TRANSLATE_NOOP("Services", "custom field"),
    "office_person": QT_TRANSLATE_NOOP("Services", "person of the office"),
    "segment": QT_TRANSLATE_NOOP("Services", "segment"),
    "sync account": QT_TRANSLATE_NOOP("Services", "sync account"),
    "sync conflict": QT_TRANSLATE_NOOP("Services", "open sync conflict"),
}


def kind_word(kind: str) -> str:
    """A kind of record ("contact", "custom_field"…) as a sentence names it: a Said the window translates,
    or `kind` as it is when it is one already or not a kind known here."""
    if isinstance(kind, Said):
        return kind
    template = _KIND_WORDS.get(kind)
    return kind if template is None else said(template)


def no_such(kind: str, uid: str) -> Said:
    """"no contact with uid …": a record asked for by its uid is not there."""
    return said(QT_TRANSLATE_NOOP("Services", "no %1 with uid %2"), kind_word(kind), uid)


class RapportError(Exception):
    """Base of every error Rapport raises on purpose; its text is shown to the user as is."""


@dataclass(frozen=True)
class FieldError:
    """One field that failed validation, and why, in words a user understands."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(RapportError):
    """One or more fields of a record are not acceptable; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([FieldError(field, message)])


class NotFoundError(RapportError):
    """The record asked for does not exist (or is in the Trash when a live one was wanted)."""

    def __init__(self, kind: str, uid: str) -> None:
        self.kind = kind
        self.uid = uid
        super().__init__(no_such(kind, uid))


class StoreError(RapportError):
    """The data folder or database cannot be used (unreadable, newer schema, not a Rapport file)."""
