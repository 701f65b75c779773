"""What the sync engine and the discovery ask of a remote server: the storage protocol.

vdirsyncer's `storage/base.py` is the model: the engine sees a storage, not HTTP. Two backends meet it:
DavClient (sync/dav.py, CardDAV and CalDAV over the network) and MemoryStorage (sync/memory.py, a
server in a dict that the engine's tests and its state machine run against in milliseconds). One contract
suite (tests/sync/test_storage_contract.py) holds both, and Radicale and Xandikos, to the same behaviour.

Hrefs are paths, percent-decoded (`path_of`). Etags are stored without their quotes, a weak one as
W/"…" (`is_weak`); None when the server gave none. Every write is conditional: `put` with etag None
creates (If-None-Match: *), with an etag updates (If-Match); `delete` with an etag deletes only that
version. A weak etag is no precondition (If-Match compares strongly, RFC 7232 §3.1: a weak tag never
matches): with one, `put` and `delete` are unconditional, and the engine checks the current text first.
A precondition that does not hold raises PreconditionFailed (412); an unknown sync-token raises
InvalidSyncToken; a full server InsufficientStorage (507); other statuses DavStatusError, 401/403
AuthError, 5xx ServerBusyError, a lost connection NetworkError (sync/errors.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import unquote, urlsplit


def is_weak(etag: str | None) -> bool:
    """A weak etag as stored (W/ and the quoted tag: a strong tag's stored form has no quotes)."""
    return etag is not None and etag.startswith('W/"')


def path_of(href: str) -> str:
    """An href as the sync state keys it: the path, percent-decoded (servers quote differently)."""
    return unquote(urlsplit(href).path)


# The components Rapport syncs: meetings; tasks and deals; calls, e-mails and notes.
SYNCED_COMPONENTS = ("VEVENT", "VTODO", "VJOURNAL")

@dataclass(frozen=True)
class SyncListing:
    """What changed since a sync-token (or everything, for an empty token)."""

    changed: list[tuple[str, str | None]]  # (href, etag)
    removed: list[str]
    token: str
    full: bool  # True: a complete listing (empty token), so anything not listed is gone
    newest: str = ""  # the latest getlastmodified among the listed members ("" none given)


@dataclass(frozen=True)
class CollectionMarks:
    """What says whether a collection changed: its getctag ("" when not asked or not given) and its
    getlastmodified ("" when not given, or when it is within a second of the server's clock: a change
    later in that same second would show the same value, so it cannot be compared)."""

    ctag: str
    lastmod: str
    answered: str = ""  # the server's Date on that answer ("" not given)


@dataclass(frozen=True)
class Fetched:
    href: str
    etag: str | None
    text: str


@dataclass(frozen=True)
class Collection:
    href: str
    display_name: str
    kind: str  # addressbook | calendar
    vcard_version: str = "3.0"
    components: str = ""  # a calendar's supported-calendar-component-set, e.g. "VEVENT,VTODO"


class CollectionStorage(Protocol):
    """The members of a collection (an address book or a calendar): what one CollectionSync uses."""

    def marks(self, href: str, *, ctag: bool) -> CollectionMarks:
        """The collection's getlastmodified and, when asked, its getctag; "" for what is not given."""
        ...

    def sync_collection(self, href: str, token: str) -> SyncListing:
        """What changed since `token` (RFC 6578); "" lists everything (full=True). A token the server no
        longer knows raises InvalidSyncToken."""
        ...

    def list_etags(self, href: str) -> SyncListing:
        """Every member and its etag (full=True, no token): for servers without sync-collection."""
        ...

    def newest_member(self, href: str) -> str:
        """The latest getlastmodified of the collection's members ("" when none gives one)."""
        ...

    def multiget(self, href: str, hrefs: Sequence[str], kind: str = "addressbook") -> tuple[list[Fetched], list[str]]:
        """The members' texts, and the hrefs not there. `kind`: "addressbook" or "calendar"."""
        ...

    def get(self, href: str) -> Fetched | None:
        """One member; None when it is not there."""
        ...

    def put(self, href: str, text: str, *, etag: str | None, content_type: str = "text/vcard; charset=utf-8"
            ) -> tuple[str, str | None]:
        """Create (etag None) or update (the etag held); the href the server keeps it under and the new
        etag (None when the server gave none). PreconditionFailed when the etag no longer holds."""
        ...

    def delete(self, href: str, etag: str | None) -> bool:
        """Delete that version (any, for etag None); False when it was gone already."""
        ...


class Discovery(Protocol):
    """Finding (and making) an account's collections: what adding an account uses."""

    def principal(self) -> str: ...

    def principal_name(self, principal: str) -> str: ...

    def addressbook_home(self, principal: str) -> str: ...

    def address_books(self, home: str) -> list[Collection]: ...

    def calendar_home(self, principal: str) -> str | None:
        """None on a server without calendars."""
        ...

    def calendars(self, home: str) -> list[Collection]: ...

    def make_addressbook(self, href: str, display_name: str) -> None: ...

    def make_calendar(self, href: str, display_name: str, components: Sequence[str] = ("VEVENT", "VTODO")) -> None:
        ...


class RemoteStorage(CollectionStorage, Discovery, Protocol):
    """One account's connection to its server, built per run by a StorageFactory and closed after it."""

    @property
    def requests(self) -> int:
        """How many requests went to the server (the run's report shows it)."""
        ...

    def close(self) -> None: ...


class StorageFactory(Protocol):
    """Builds the storage of one account; `pinned`: the fingerprint of a certificate the user trusts."""

    def __call__(self, url: str, username: str, password: str, /, *, pinned: str = "") -> RemoteStorage: ...
