"""What the CLI and the UI call: add a server account, run a sync, show the status and the conflicts,
resolve a conflict. Builds on the engine; holds no Qt and never logs or returns a password."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import NotFoundError, RapportError
from app.services import Services
from sync.cards import AddressBookRecords, CardFormatError, CardView, fingerprint, read_card
from sync.credentials import NO_KEYRING, Credentials
from sync.dav import DavClient
from sync.engine import ClientFactory, SyncEngine, SyncReport
from sync.state import AccountRow, CollectionRow, ConflictRow, SyncState


@dataclass(frozen=True)
class AddedAccount:
    account_id: int
    collections: list[CollectionRow]
    password_saved: bool  # False: no keyring, the password is held for this session only
    notice: str  # what the user should know (e.g. that there is no keyring)


@dataclass(frozen=True)
class SyncStatus:
    accounts: list[AccountRow]
    collections: list[CollectionRow]
    pending: int
    open_conflicts: int
    log: list[tuple[str, str, str]]


def _client(url: str, user: str, password: str) -> DavClient:
    return DavClient(url, user, password)


class SyncService:
    def __init__(self, services: Services, credentials: Credentials,
                 client_factory: ClientFactory | None = None) -> None:
        self._s = services
        self._state = SyncState(services.store.database)
        self._credentials = credentials
        self._client_factory: Callable[[str, str, str], DavClient] = client_factory or _client

    @property
    def state(self) -> SyncState:
        return self._state

    def add_account(self, url: str, username: str, password: str) -> AddedAccount:
        """Find the address books (RFC 6764 discovery from a URL or a bare domain) and remember them. The
        password is checked by the discovery itself, and goes into the keyring, never the database."""
        url = url.strip()
        if "://" not in url:
            url = "https://" + url  # a bare domain: TLS, then /.well-known/carddav
        client = self._client_factory(url, username, password)
        try:
            principal = client.principal()
            home = client.addressbook_home(principal)
            books = client.address_books(home)
            if not books:
                client.make_addressbook(home.rstrip("/") + "/contacts/", "Contacts")
                books = client.address_books(home)
        finally:
            client.close()
        saved = self._credentials.store(url, username, password)
        with self._s.store.transaction():
            account_id = self._state.add_account(url, username, principal, self._s.clock.now())
            for book in books:
                self._state.add_collection(account_id, book.href, book.kind, book.display_name, book.vcard_version)
            self._state.log(self._s.clock.now(), f"added {username} at {url}: {len(books)} address book(s)",
                            account_id=account_id)
        return AddedAccount(account_id, self._state.collections(account_id), saved, "" if saved else NO_KEYRING)

    def run(self, *, allow_mass_delete: bool = False) -> SyncReport:
        engine = SyncEngine(self._s, self._credentials.get, self._client_factory)
        return engine.run(allow_mass_delete=allow_mass_delete)

    def status(self) -> SyncStatus:
        return SyncStatus(self._state.accounts(), self._state.collections(), self._state.pending(),
                          len(self._state.conflicts()), self._state.recent_log())

    def conflicts(self) -> list[ConflictRow]:
        return self._state.conflicts()

    def resolve(self, uid: str, keep: str) -> ConflictRow:
        """Settle the open conflict of a record: "server" keeps what the record holds now (the server's
        values), "local" puts this side's values of the conflicting fields back; the next sync uploads them."""
        if keep not in ("local", "server"):
            raise RapportError(f"keep must be local or server, not {keep!r}")
        found = [c for c in self._state.conflicts() if c.record_uid == uid]
        if not found:
            raise NotFoundError("open sync conflict for", uid)
        conflict = found[-1]
        records = AddressBookRecords(self._s)
        with self._s.store.transaction():
            if keep == "local":
                current = records.view(conflict.record_kind, uid)
                try:
                    mine = read_card(conflict.local_text)
                except CardFormatError as exc:
                    raise RapportError(f"the local version of {uid} cannot be read back: {exc}") from None
                if current is None:
                    records.apply(mine)
                else:
                    fields = dict(current.fields)
                    for name in conflict.fields:
                        fields[name] = mine.fields.get(name, fields.get(name))
                    records.apply(CardView(current.kind, uid, fields, fingerprint(current.kind, uid, fields)))
            for c in found:
                self._state.close_conflict(c.id, f"kept-{keep}", self._s.clock.now())
        return conflict
