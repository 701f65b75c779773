"""What the sync engine needs of the local side of a collection, whatever the collection holds.

AddressBookRecords (sync/cards.py) serves address books: contacts and accounts as vCards.
CalendarRecords (sync/calendars.py) serves calendars: meetings as VEVENT, tasks and deals as VTODO, calls,
e-mails and notes as VJOURNAL.
The engine sees only this interface: text ↔ a RecordView (fields a three-way merge works on, and
the hash of their normalised content), and the record's version and tombstone in the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from app.errors import RapportError


class RecordFormatError(RapportError):
    """A server's resource cannot be read as a record (its text is kept; the item is marked)."""


@dataclass(frozen=True)
class RecordView:
    """One remote resource (or the local record it maps to) as fields."""

    kind: str  # contact | account | activity (a meeting) | journal (a call, e-mail, note) | task | deal
    uid: str  # the record's uid (a calendar object's UID, for a recurring meeting with its instances)
    fields: dict[str, Any]
    hash: str
    warnings: tuple[str, ...] = ()


class Records(Protocol):
    kinds: tuple[str, ...]  # the record kinds this collection syncs, in push order
    extension: str  # the file name ending of a new resource (".vcf", ".ics")
    content_type: str  # of a PUT
    report_kind: str  # "addressbook" | "calendar": which multiget REPORT fetches the texts
    format_version: str  # vCard "3.0"/"4.0"; "2.0" for iCalendar
    set_fields: frozenset[str]  # fields the three-way merge joins as sets (sync/merge.py)
    own_fields: frozenset[str]  # fields this side works out itself: a merge keeps this side's value
    keyed_fields: frozenset[str]  # fields of items named by their first element, merged key by key

    def read(self, text: str, href: str = "") -> RecordView: ...

    def make_view(self, kind: str, uid: str, fields: dict[str, Any]) -> RecordView: ...

    def write(self, view: RecordView) -> str: ...

    def pull_order(self, text: str) -> int: ...

    def prepare_pull(self) -> None: ...

    def prepare_push(self) -> None: ...

    def state(self, kind: str, uid: str) -> tuple[int, bool] | None: ...

    def existing(self, kind: str, uids: list[str]) -> set[str]: ...

    def view(self, kind: str, uid: str) -> RecordView | None: ...

    def text(self, kind: str, uid: str) -> str | None: ...

    def unsynced(self, kind: str) -> list[tuple[str, int]]: ...

    def changed(self, collection_id: int, kind: str) -> list[tuple[int, str, int, bool]]: ...

    def apply(self, view: RecordView) -> int: ...

    def apply_new(self, views: list[RecordView]) -> list[int]: ...

    def delete(self, kind: str, uid: str) -> None: ...
