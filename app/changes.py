"""What a service call changed, so each view refreshes only what it shows (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    contacts: bool = False
    accounts: bool = False
    deals: bool = False
    pipelines: bool = False
    activities: bool = False
    tasks: bool = False
    tags: bool = False
    custom_fields: bool = False
    office: bool = False  # the office's people, who the user is
    currencies: bool = False  # the home currency, exchange rates
    segments: bool = False  # the lists' saved filters
    leads: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def kinds(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Result(Generic[T]):
    """A service call's value together with what it changed."""

    value: T
    changes: Changes
