"""Errors the services raise. Each one reads as a sentence a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


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
        super().__init__(f"no {kind} with uid {uid}")


class StoreError(RapportError):
    """The data folder or database cannot be used (unreadable, newer schema, not a Rapport file)."""
