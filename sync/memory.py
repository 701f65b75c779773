"""A CardDAV/CalDAV server in memory, and the storage (sync/storage.py RemoteStorage) that talks to it.

What vdirsyncer's `storage/memory.py` is to its sync: the engine's tests and its state machine run
against it in milliseconds, and the contract suite (tests/sync/test_storage_contract.py) holds it to
what Radicale and Xandikos do. No network, no Qt.

The server behaves as a strict one does: every write gives a new etag; create is refused (412) when
something is there, update and delete when the etag is not the current one (update also when nothing
is there); sync-tokens list the changes and deletions since them, and a token the server forgot
raises InvalidSyncToken; getlastmodified moves with every write in the collection, and the getctag is
a hash of the members (as on Radicale and Xandikos: a collection back to an earlier state shows the
earlier ctag). New items keep the name the client chose (unless `rename_new`: the server picks one
and says where, as some do). Its clock advances one second per request, so a getlastmodified is
always settled by the next one.

A test plays the rest of the world on it: another device's edits (`storage()` gives that device its own
connection, or `before()` runs an edit just before one of the engine's requests: a 412 race), faults
(`fail()`: a status, a dropped connection, a write applied whose answer was lost), a server that
rewrites what it is sent (`rewrite`), gives no etag on PUT (`put_etags=False`) or forgets its tokens
(`expire_tokens()`). `content_tokens`: ETags and sync-tokens name content, as Xandikos's git trees do:
the same text has the same etag, a collection back at an earlier state has that state's token, and a
listing says what differs between the two states (an item added and deleted since is not in it).
"""

from __future__ import annotations

import email.utils
import hashlib
import itertools
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.messages import QT_TRANSLATE_NOOP, said
from sync.errors import (
    WRITES,
    AuthError,
    DavStatusError,
    InsufficientStorage,
    InvalidSyncToken,
    PreconditionFailed,
    ServerBusyError,
    SyncError,
    forbidden_write,
)
from sync.storage import (
    SYNCED_COMPONENTS,
    Collection,
    CollectionMarks,
    Fetched,
    StorageFactory,
    SyncListing,
    path_of,
)

_TOKEN_PREFIX = "http://rapport.invalid/sync/"
_START = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)
OPERATIONS = ("marks", "sync_collection", "list_etags", "newest_member", "multiget", "get", "put", "delete",
              "principal", "addressbook_home", "address_books", "calendar_home", "calendars", "make_addressbook",
              "make_calendar")


def status_error(status: int, operation: str, href: str) -> SyncError:
    """The error DavClient raises for this status of a request (sync/dav.py DavClient.request), with the
    same message."""
    method = operation.upper()
    if status == 507:
        return InsufficientStorage(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server is out of space (507)"),
                                        method, href), status)
    if status in (429, 503) or (status >= 500 and status not in (501, 505)):  # as DavClient.request
        return ServerBusyError(said(QT_TRANSLATE_NOOP(
            "Services", "the server is busy or failing (%1 on %2 %3); try again later"), status, method, href))
    if status == 403 and (method in WRITES or method.startswith("MAKE_")):
        return forbidden_write(method, href)
    if status in (401, 403):
        return AuthError(said(QT_TRANSLATE_NOOP(
            "Services", "the server refused the user name or password (%1); enter them again"), status), status)
    if status == 412:
        return PreconditionFailed(said(QT_TRANSLATE_NOOP("Services", "%1 %2: changed on the server meanwhile"),
                                       method, href), status)
    return DavStatusError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server answered %3"), method, href, status),
                          status)


@dataclass
class _Item:
    text: str
    etag: str
    modified: datetime = _START  # its getlastmodified


def _newest(items: Iterable[_Item]) -> str:
    """The latest getlastmodified of these members, as the server writes it ("" for none)."""
    latest = max((item.modified for item in items), default=None)
    return email.utils.format_datetime(latest, usegmt=True) if latest else ""


@dataclass
class _Collection:
    href: str
    display_name: str
    kind: str  # addressbook | calendar
    components: tuple[str, ...] = ()
    items: dict[str, _Item] = field(default_factory=dict)
    revision: int = 0  # grows with every write in the collection; a sync-token names one
    changes: list[tuple[int, str]] = field(default_factory=list)  # (revision, href) of each write
    generation: str = field(default_factory=lambda: uuid.uuid4().hex[:12])  # a new one forgets every token
    modified: datetime = _START
    states: dict[str, dict[str, str]] | None = None  # content tokens: token → the (href → etag) it names

    def token(self) -> str:
        if self.states is not None:
            token = f"{_TOKEN_PREFIX}{self.generation}/c{self.ctag()}"
            self.states[token] = {href: item.etag for href, item in self.items.items()}
            return token
        return f"{_TOKEN_PREFIX}{self.generation}/{self.revision}"

    def ctag(self) -> str:
        """A hash of the members, as Radicale's and Xandikos's: a collection back to an earlier state
        (all of it deleted again, say) shows its earlier ctag."""
        members = "\n".join(f"{href} {item.etag}" for href, item in sorted(self.items.items()))
        return hashlib.sha256(members.encode()).hexdigest()[:32]


@dataclass
class _Fault:
    operation: str
    href: str | None  # the item's href (get, put, delete) or the collection's (also: any item in it); None: any
    error: SyncError | int | None
    action: Callable[[], None] | None
    after: bool  # the server did the work; the answer was lost
    skip: int  # matching calls that pass first
    times: int | None  # None: every matching call from then on

    def matches(self, operation: str, href: str) -> bool:
        if self.operation != operation:
            return False
        wanted = path_of(self.href) if self.href is not None else None
        return wanted is None or wanted == href or (wanted.endswith("/") and href.startswith(wanted))


class MemoryServer:
    """The server: one user's principal, an address book and a calendar (unless `collections=False`),
    and what every connection did (`calls`). `password`: when given, connections with another user name
    or password are refused as DavClient's are (AuthError). Thread-safe (the engine fetches in a thread)."""

    def __init__(self, user: str = "user", *, password: str | None = None, collections: bool = True,
                 calendars: bool = True, rename_new: bool = False, put_etags: bool = True,
                 rewrite: Callable[[str], str] | None = None, content_tokens: bool = False) -> None:
        self.user = user
        self.content_tokens = content_tokens
        self.password = password
        self.principal = f"/{user}/"
        self.principal_display_name = ""  # what the server calls the account's owner (DAV:displayname)
        self.home = f"/{user}/"
        self.has_calendars = calendars
        self.rename_new = rename_new
        self.put_etags = put_etags
        self.rewrite = rewrite
        # Whether its sync-collection answers give each member's getlastmodified (Radicale's do not: then
        # the engine asks a Depth 1 PROPFIND for them, `newest_member`).
        self.listing_dates = True
        self.calls: list[tuple[str, str]] = []  # (operation, href) of every request, from every connection
        self.clients: list[MemoryStorage] = []  # the connections the factory made
        self._collections: dict[str, _Collection] = {}
        self._faults: list[_Fault] = []
        self._etags = itertools.count(1)
        self._now = _START
        self._lock = threading.RLock()
        if collections:
            self.make_addressbook(self.home + "contacts/", "Contacts")
            if calendars:
                self.make_calendar(self.home + "calendar/", "Calendar", ("VEVENT", "VTODO"))

    # --- the world around the engine --------------------------------------------------------

    def storage(self, username: str | None = None, password: str | None = None) -> MemoryStorage:
        """A connection of its own (another device's, or a test's)."""
        return MemoryStorage(self, self.user if username is None else username,
                             self.password if password is None else password)

    def factory(self) -> StorageFactory:
        """What SyncService and SyncEngine take to reach this server; the URL is not looked at."""

        def build(url: str, username: str, password: str, /, *, pinned: str = "") -> MemoryStorage:
            client = MemoryStorage(self, username, password)
            with self._lock:
                self.clients.append(client)
            return client

        return build

    def fail(self, operation: str, error: SyncError | int, *, href: str | None = None, after: bool = False,
             skip: int = 0, times: int | None = 1) -> None:
        """The next matching request fails: `error` an exception (NetworkError: a dropped connection) or
        an HTTP status (raised as DavClient would). `after`: the server did the work first (a write whose
        answer was lost). `skip`: let that many matching requests through first; `times` None: fail for good."""
        self._check_operation(operation)
        with self._lock:
            self._faults.append(_Fault(operation, href, error, None, after, skip, times))

    def before(self, operation: str, action: Callable[[], None], *, href: str | None = None, skip: int = 0,
               times: int | None = 1) -> None:
        """Run `action` (another device's edit, say) just before the next matching request is served."""
        self._check_operation(operation)
        with self._lock:
            self._faults.append(_Fault(operation, href, None, action, False, skip, times))

    def clear_faults(self) -> None:
        """Forget the faults and actions set up that did not happen yet."""
        with self._lock:
            self._faults.clear()

    def expire_tokens(self, collection: str) -> None:
        """The server forgets every sync-token it gave for the collection (as after a restore)."""
        with self._lock:
            found = self._collection(collection)
            found.generation = uuid.uuid4().hex[:12]
            if found.states is not None:
                found.states.clear()

    def count(self, operation: str) -> int:
        with self._lock:
            return sum(1 for name, _ in self.calls if name == operation)

    def texts(self, collection: str) -> dict[str, str]:
        """href → text of every item in a collection."""
        with self._lock:
            return {href: item.text for href, item in self._collection(collection).items.items()}

    # --- serving one request --------------------------------------------------------------------

    def _check_operation(self, operation: str) -> None:
        if operation not in OPERATIONS:
            raise ValueError(f"no such storage operation: {operation}")

    def _enter(self, operation: str, href: str, username: str, password: str | None) -> list[_Fault]:
        """Count the request, run what was set to happen before it, and return the faults due after it."""
        due: list[_Fault] = []
        with self._lock:
            self.calls.append((operation, href))
            self._now += timedelta(seconds=1)
            for fault in list(self._faults):
                if not fault.matches(operation, href):
                    continue
                if fault.skip:
                    fault.skip -= 1
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                due.append(fault)
        for fault in due:
            if fault.action is not None:
                fault.action()
        if self.password is not None and (username, password) != (self.user, self.password):
            raise status_error(401, operation, href)
        for fault in due:
            if fault.error is not None and not fault.after:
                raise self._error(fault.error, operation, href)
        return [f for f in due if f.after]

    def _leave(self, faults: list[_Fault], operation: str, href: str) -> None:
        for fault in faults:
            assert fault.error is not None
            raise self._error(fault.error, operation, href)

    @staticmethod
    def _error(error: SyncError | int, operation: str, href: str) -> SyncError:
        return status_error(error, operation, href) if isinstance(error, int) else error

    def _collection(self, href: str) -> _Collection:
        found = self._collections.get(_as_collection(path_of(href)))
        if found is None:
            raise DavStatusError(said(QT_TRANSLATE_NOOP("Services", "%1: no such collection (404)"), href), 404)
        return found

    def _parent(self, href: str) -> _Collection | None:
        return self._collections.get(href.rsplit("/", 1)[0] + "/")

    def _item(self, href: str) -> _Item | None:
        parent = self._parent(href)
        return parent.items.get(href) if parent else None

    def _wrote(self, collection: _Collection, href: str) -> None:
        collection.revision += 1
        collection.changes.append((collection.revision, href))
        collection.modified = self._now

    # --- the storage operations (under the lock) ---------------------------------------------------

    def _marks(self, href: str, ctag: bool) -> CollectionMarks:
        found = self._collections.get(_as_collection(href))
        if found is None:
            return CollectionMarks("", "")  # as DavClient answers a 404
        settled = self._now - found.modified >= timedelta(seconds=1)
        return CollectionMarks(found.ctag() if ctag else "",
                               email.utils.format_datetime(found.modified, usegmt=True) if settled else "",
                               email.utils.format_datetime(self._now, usegmt=True))

    def _dated(self, items: Iterable[_Item]) -> str:
        return _newest(items) if self.listing_dates else ""

    def _sync_collection(self, href: str, token: str) -> SyncListing:
        collection = self._collection(href)
        if not token:
            return SyncListing([(h, i.etag) for h, i in sorted(collection.items.items())], [], collection.token(),
                               full=True, newest=self._dated(collection.items.values()))
        if collection.states is not None:
            return self._content_listing(collection, token)
        generation, _, revision = token.removeprefix(_TOKEN_PREFIX).partition("/")
        if (not token.startswith(_TOKEN_PREFIX) or generation != collection.generation or not revision.isdigit()
                or int(revision) > collection.revision):
            raise InvalidSyncToken("the server no longer knows the sync-token", 403)
        since = int(revision)
        touched = list(dict.fromkeys(h for r, h in collection.changes if r > since))
        changed: list[tuple[str, str | None]] = [(h, collection.items[h].etag) for h in touched
                                                 if h in collection.items]
        removed = [h for h in touched if h not in collection.items]
        return SyncListing(changed, removed, collection.token(), full=False,
                           newest=self._dated(collection.items[h] for h, _ in changed))

    def _content_listing(self, collection: _Collection, token: str) -> SyncListing:
        """What differs between the state the token names and now, as Xandikos diffs two git trees."""
        assert collection.states is not None
        then = collection.states.get(token)
        if then is None:
            raise InvalidSyncToken("the server no longer knows the sync-token", 403)
        changed: list[tuple[str, str | None]] = [(h, i.etag) for h, i in sorted(collection.items.items())
                                                 if then.get(h) != i.etag]
        removed = sorted(h for h in then if h not in collection.items)
        return SyncListing(changed, removed, collection.token(), full=False,
                           newest=self._dated(collection.items[h] for h, _ in changed))

    def _multiget(self, href: str, hrefs: Sequence[str], kind: str) -> tuple[list[Fetched], list[str]]:
        collection = self._collection(href)
        if kind != collection.kind:
            raise DavStatusError(f"REPORT {href}: a {kind} multiget of a {collection.kind} (400)", 400)
        fetched: list[Fetched] = []
        missing: list[str] = []
        for wanted in map(path_of, hrefs):
            item = collection.items.get(wanted)
            if item is None:
                missing.append(wanted)
            else:
                fetched.append(Fetched(wanted, item.etag, item.text))
        return fetched, missing

    def _put(self, href: str, text: str, etag: str | None) -> tuple[str, str | None]:
        collection = self._parent(href)
        if collection is None:
            # no such collection
            raise DavStatusError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server answered %3"), "PUT", href, 409),
                                 409)
        current = collection.items.get(href)
        if (etag is None and current is not None) or (etag is not None and (current is None
                                                                            or current.etag != etag)):
            raise status_error(412, "put", href)
        if current is None and self.rename_new:  # the server names it, and says where (Location)
            name = href.rsplit("/", 1)[-1]
            href = collection.href + uuid.uuid4().hex + (name[name.rfind("."):] if "." in name else "")
        stored_text = self.rewrite(text) if self.rewrite else text
        digest = hashlib.sha256(stored_text.encode()).hexdigest()
        stored = _Item(stored_text, digest[:16] if self.content_tokens else f"{next(self._etags)}-{digest[:8]}",
                       self._now)
        collection.items[href] = stored
        self._wrote(collection, href)
        return href, stored.etag if self.put_etags else None

    def _delete(self, href: str, etag: str | None) -> bool:
        collection = self._parent(href)
        current = collection.items.get(href) if collection else None
        if collection is None or current is None:
            return False
        if etag is not None and current.etag != etag:
            raise status_error(412, "delete", href)
        del collection.items[href]
        self._wrote(collection, href)
        return True

    def make_addressbook(self, href: str, display_name: str) -> None:
        self._make(_Collection(_as_collection(path_of(href)), display_name, "addressbook"))

    def make_calendar(self, href: str, display_name: str, components: Sequence[str] = ("VEVENT", "VTODO")) -> None:
        self._make(_Collection(_as_collection(path_of(href)), display_name, "calendar",
                               tuple(c.upper() for c in components)))

    def _make(self, collection: _Collection) -> None:
        if self.content_tokens:
            collection.states = {}
        with self._lock:
            if not collection.href.startswith(self.home):
                raise status_error(403, "mkcol", collection.href)
            if collection.href in self._collections:
                raise DavStatusError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server answered %3"), "MKCOL",
                                          collection.href, 405), 405)
            collection.modified = self._now
            self._collections[collection.href] = collection

    def _listed(self, home: str, kind: str) -> list[_Collection]:
        home = _as_collection(path_of(home))
        return [c for href, c in sorted(self._collections.items())
                if c.kind == kind and href.rsplit("/", 2)[0] + "/" == home]


class MemoryStorage:
    """One connection to a MemoryServer: the storage protocol (sync/storage.py RemoteStorage)."""

    def __init__(self, server: MemoryServer, username: str, password: str | None) -> None:
        self.server = server
        self._username = username
        self._password = password
        self.calls: list[tuple[str, str]] = []  # (operation, href) of this connection's requests
        self.closed = False

    @property
    def requests(self) -> int:
        return len(self.calls)

    def close(self) -> None:
        self.closed = True

    def _begin(self, operation: str, href: str) -> list[_Fault]:
        self.calls.append((operation, href))
        return self.server._enter(operation, href, self._username, self._password)

    # --- the members of a collection ---------------------------------------------------------------

    def marks(self, href: str, *, ctag: bool) -> CollectionMarks:
        href = path_of(href)
        after = self._begin("marks", href)
        with self.server._lock:
            marks = self.server._marks(href, ctag)
        self.server._leave(after, "marks", href)
        return marks

    def sync_collection(self, href: str, token: str) -> SyncListing:
        href = path_of(href)
        after = self._begin("sync_collection", href)
        with self.server._lock:
            listing = self.server._sync_collection(href, token)
        self.server._leave(after, "sync_collection", href)
        return listing

    def newest_member(self, href: str) -> str:
        href = path_of(href)
        after = self._begin("newest_member", href)
        with self.server._lock:
            newest = _newest(self.server._collection(href).items.values())
        self.server._leave(after, "newest_member", href)
        return newest

    def list_etags(self, href: str) -> SyncListing:
        href = path_of(href)
        after = self._begin("list_etags", href)
        with self.server._lock:
            collection = self.server._collection(href)
            listing = SyncListing([(h, i.etag) for h, i in sorted(collection.items.items())], [], "", full=True,
                                  newest=_newest(collection.items.values()))
        self.server._leave(after, "list_etags", href)
        return listing

    def multiget(self, href: str, hrefs: Sequence[str], kind: str = "addressbook") -> tuple[list[Fetched], list[str]]:
        href = path_of(href)
        after = self._begin("multiget", href)
        with self.server._lock:
            found = self.server._multiget(href, hrefs, kind)
        self.server._leave(after, "multiget", href)
        return found

    def get(self, href: str) -> Fetched | None:
        href = path_of(href)
        after = self._begin("get", href)
        with self.server._lock:
            item = self.server._item(href)
            fetched = Fetched(href, item.etag, item.text) if item else None
        self.server._leave(after, "get", href)
        return fetched

    def put(self, href: str, text: str, *, etag: str | None, content_type: str = "text/vcard; charset=utf-8"
            ) -> tuple[str, str | None]:
        href = path_of(href)
        after = self._begin("put", href)
        with self.server._lock:
            stored = self.server._put(href, text, etag)
        self.server._leave(after, "put", href)
        return stored

    def delete(self, href: str, etag: str | None) -> bool:
        href = path_of(href)
        after = self._begin("delete", href)
        with self.server._lock:
            deleted = self.server._delete(href, etag)
        self.server._leave(after, "delete", href)
        return deleted

    # --- discovery ------------------------------------------------------------------------------

    def principal(self) -> str:
        after = self._begin("principal", "/")
        self.server._leave(after, "principal", "/")
        return self.server.principal

    def principal_name(self, principal: str) -> str:
        after = self._begin("principal_name", path_of(principal))
        self.server._leave(after, "principal_name", path_of(principal))
        return self.server.principal_display_name

    def addressbook_home(self, principal: str) -> str:
        after = self._begin("addressbook_home", path_of(principal))
        self.server._leave(after, "addressbook_home", path_of(principal))
        return self.server.home

    def address_books(self, home: str) -> list[Collection]:
        after = self._begin("address_books", path_of(home))
        with self.server._lock:
            found = [Collection(c.href, c.display_name, "addressbook", "3.0")
                     for c in self.server._listed(home, "addressbook")]
        self.server._leave(after, "address_books", path_of(home))
        return found

    def calendar_home(self, principal: str) -> str | None:
        after = self._begin("calendar_home", path_of(principal))
        self.server._leave(after, "calendar_home", path_of(principal))
        return self.server.home if self.server.has_calendars else None

    def calendars(self, home: str) -> list[Collection]:
        after = self._begin("calendars", path_of(home))
        with self.server._lock:
            found = []
            for c in self.server._listed(home, "calendar"):
                components = ",".join(n for n in SYNCED_COMPONENTS if n in c.components)
                if components:  # free/busy only: nothing Rapport syncs (as DavClient skips them)
                    found.append(Collection(c.href, c.display_name, "calendar", "2.0", components))
        self.server._leave(after, "calendars", path_of(home))
        return found

    def make_addressbook(self, href: str, display_name: str) -> None:
        after = self._begin("make_addressbook", path_of(href))
        self.server.make_addressbook(href, display_name)
        self.server._leave(after, "make_addressbook", path_of(href))

    def make_calendar(self, href: str, display_name: str, components: Sequence[str] = ("VEVENT", "VTODO")) -> None:
        after = self._begin("make_calendar", path_of(href))
        if not self.server.has_calendars:
            raise status_error(405, "mkcalendar", path_of(href))
        self.server.make_calendar(href, display_name, components)
        self.server._leave(after, "make_calendar", path_of(href))


def _as_collection(href: str) -> str:
    return href if href.endswith("/") else href + "/"
