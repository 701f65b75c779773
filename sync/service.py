"""What the CLI and the UI call: add a server account, run a sync, show the status and the conflicts,
resolve a conflict. Builds on the engine; holds no Qt and never logs or returns a password."""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

import filelock

from app.errors import NotFoundError, RapportError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.services import Services
from app.unit_of_work import Origin
from sync.calendars import KINDS as CALENDAR_KINDS
from sync.calendars import CalendarRecords
from sync.cards import AddressBookRecords, joined
from sync.credentials import NO_KEYRING, Credentials
from sync.dav import DavClient, origin_of, server_fingerprint
from sync.dns_discovery import DnsLookup, DnsService
from sync.engine import SYNCED_KINDS, SyncEngine, SyncReport, make_journal_calendar, records_for
from sync.errors import AuthError, DavStatusError, DnsNamedServer, ServerBusyError, SyncBusy, SyncError
from sync.records import RecordFormatError, Records
from sync.state import AccountRow, CollectionRow, ConflictRow, SyncState
from sync.storage import Collection, StorageFactory

log = logging.getLogger(__name__)

SYNC_LOCK = "sync.lock"  # in the data folder: held while a run is under way

@dataclass(frozen=True)
class AddedAccount:
    account_id: int
    collections: list[CollectionRow]
    password_saved: bool  # False: no keyring, the password is held for this session only
    notice: str  # what the user should know (e.g. that there is no keyring)
    fingerprint: str = ""  # the SHA-256 of the certificate the user chose to trust, when they did
    url: str = ""  # the account's address as kept: without any user name or password typed into it
    username: str = ""


@dataclass(frozen=True)
class Address:
    """A server address as the user typed it, taken apart: the URL without credentials, and the user name
    and password that were in it ("" when none)."""

    url: str
    username: str
    password: str
    domain: str = ""  # typed as a bare domain or an e-mail address: its DNS is asked first (RFC 6764)
    email: str = ""  # typed as an e-mail address: the user name unless another is given


def account_address(url: str, *, insecure_http: bool = False) -> Address:
    """The address of an account to add: https:// put before a bare domain; a user name and password typed
    into it taken out (the caller keeps the password in the keyring, never in the URL). An e-mail address
    (ann@company.com) is its domain, with the whole address as the user name (RFC 6764 section 6). A plain
    http:// address off this machine is refused unless `insecure_http`: the password (Basic auth) and every
    card would cross the network unencrypted. A loopback address (127.0.0.1, ::1, localhost) never leaves it.
    Text that is no address ("host:abc", "exa[") is refused in words, not with a traceback."""
    typed = url.strip()
    url, email, bare = typed, "", "://" not in typed
    if bare:
        if re.fullmatch(r"[^@/:\s]+@[^@/:\s]+", url):  # an e-mail address: no password, no port, no path
            email = url
            url = url.rpartition("@")[2]
        url = "https://" + url  # a bare domain: its DNS, then TLS and /.well-known/carddav
    try:
        parts = urlsplit(url)
        port = parts.port  # read here: a port that is no number raises
    except ValueError:
        raise RapportError(said(QT_TRANSLATE_NOOP(
            "Services", "%1 is not a server address: give it as https://host/path, as a host name, or as your"
                        " e-mail address"), typed.rsplit("@", 1)[-1])) from None
    domain = ""
    if bare and parts.path in ("", "/") and port is None and parts.hostname and not _ip_address(parts.hostname):
        domain = parts.hostname
    username = unquote(parts.username or "")
    password = unquote(parts.password or "")
    if "@" in parts.netloc:
        url = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[1], parts.path, parts.query, parts.fragment))
    if parts.scheme.lower() == "http" and not insecure_http and not _loopback(parts.hostname or ""):
        raise RapportError(said(QT_TRANSLATE_NOOP(
            "Services", "%1 is a plain http:// address: the password and every card would cross the network"
            " unencrypted. Use https://, or, if you accept that, add the account with --insecure-http"), url))
    return Address(url, username, password, domain, email)


def crosses_in_clear(url: str) -> bool:
    """Whether an account at `url` would send its password and cards over the network unencrypted (plain
    http:// off this machine): the window asks before it does (account_address's `insecure_http`)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # half typed ("http://exa["): nothing to warn of yet
        return False
    return parts.scheme.lower() == "http" and bool(host) and not _loopback(host)


def _takes(collection: Collection, component: str) -> bool:
    return not collection.components or component in collection.components.upper()


def _ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SyncStatus:
    accounts: list[AccountRow]
    collections: list[CollectionRow]
    pending: int
    open_conflicts: int
    log: list[tuple[str, str, str]]


@dataclass(frozen=True)
class CollectionPreview:
    collection_id: int
    name: str
    kind: str  # addressbook | calendar
    upload: dict[str, int]  # record kind ("contact", "account"; "activity" for meetings, "task") → how many go up
    download: int | None  # items on the server now; None when it could not be asked


class SyncService:
    def __init__(self, services: Services, credentials: Credentials,
                 client_factory: StorageFactory | None = None,
                 dns: Callable[[str], DnsService | None] | None = None) -> None:
        """`dns`: where a domain's DNS says its service is (sync/dns_discovery.py; tests ask a name server
        of their own)."""
        self._s = services
        self._state = SyncState(services.store.database)
        self._credentials = credentials
        self._client_factory: StorageFactory = client_factory or DavClient
        self._dns = dns or DnsLookup()

    @property
    def state(self) -> SyncState:
        return self._state

    def add_account(self, url: str, username: str, password: str, *, trust_certificate: bool = False,
                    insecure_http: bool = False) -> AddedAccount:
        """Find the address books and calendars (RFC 6764 discovery from a URL or a bare domain) and remember
        them. The password is checked by the discovery itself, and goes into the keyring, never the database.
        `trust_certificate`: the user trusts the certificate the server shows now although no authority
        signed it; its fingerprint is pinned (kept with the account) and any other certificate is refused.
        A user name and password typed into the URL are taken out of it (`username` and `password`, when
        given, come first); a plain http:// server off this machine needs `insecure_http` (account_address)."""
        address = account_address(url, insecure_http=insecure_http)
        if address.username and username and address.username != username:
            raise RapportError(said(QT_TRANSLATE_NOOP(
                "Services", "the address names the user %1 but the user name given is %2; give only one"),
                address.username, username))
        url, password = address.url, password or address.password
        username = username or address.username or address.email
        if address.domain:
            url = self._dns_url(address.domain) or url
        fingerprint = server_fingerprint(url) if trust_certificate else ""
        client = self._client_factory(url, username, password, pinned=fingerprint)
        notices: list[str] = []
        try:
            principal = client.principal()
            owner_name = client.principal_name(principal)
            home = client.addressbook_home(principal)
            books = client.address_books(home)
            if not books:
                client.make_addressbook(home.rstrip("/") + "/contacts/", "Contacts")
                books = client.address_books(home)
            calendars: list[Collection] = []
            calendar_home = client.calendar_home(principal)
            if calendar_home is not None:
                calendars = client.calendars(calendar_home)
                if not calendars:
                    try:
                        client.make_calendar(calendar_home.rstrip("/") + "/calendar/", "Calendar")
                        calendars = client.calendars(calendar_home)
                    except (DavStatusError, ServerBusyError, AuthError) as exc:  # makes none: contacts only
                        notices.append(said(QT_TRANSLATE_NOOP(
                            "Services", "no calendar was found and none could be made (%1)"), message_of(exc)))
                if calendars and not any(_takes(c, "VTODO") for c in calendars):
                    # Nextcloud's first calendar takes events only: tasks would wait here for ever, unsaid.
                    try:
                        client.make_calendar(calendar_home.rstrip("/") + "/tasks/", "Tasks", ("VTODO",))
                        calendars = client.calendars(calendar_home)
                    except (DavStatusError, ServerBusyError, AuthError) as exc:  # 403: not allowed to make one
                        notices.append(said(QT_TRANSLATE_NOOP(
                            "Services", "no calendar of this account takes tasks and none could be made (%1); tasks"
                                        " and deals stay on this computer"), message_of(exc)))
                if calendars and not any(_takes(c, "VJOURNAL") for c in calendars):
                    # The office's calls, e-mails and notes: a journal calendar of their own (Nextcloud's and
                    # Fastmail's calendars take events and tasks only).
                    try:
                        calendars = make_journal_calendar(client, calendar_home)
                    except (DavStatusError, ServerBusyError, AuthError) as exc:
                        notices.append(said(QT_TRANSLATE_NOOP(
                            "Services", "no calendar of this account takes journal entries and none could be made"
                                        " (%1); calls, e-mails and notes stay on this computer"), message_of(exc)))
        finally:
            client.close()
        for known in self._state.accounts():
            # The same user's principal on the same server reached from another address of it: a second
            # account would sync every collection twice. (The same address again is the password entered
            # again: the account is kept, SyncState.add_account.)
            if known.url != url and known.username == username and known.principal_url == principal \
                    and origin_of(known.url) == origin_of(url):
                raise RapportError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1 at %2 is added already (as %3); its address books and calendars sync with it"),
                    username, urlsplit(url).hostname or url, known.url))
        saved = self._credentials.store(url, username, password)
        with self._s.writer.write("Add sync account", Origin.SYSTEM):
            account_id = self._state.add_account(url, username, principal, self._s.clock.now(), fingerprint,
                                                 display_name=owner_name)
            self._state.journal_offered(account_id)  # made here, or refused and said: the sync does not ask
            for found in (*books, *calendars):
                self._state.add_collection(account_id, found.href, found.kind, found.display_name,
                                           found.vcard_version, found.components)
            self._state.log(self._s.clock.now(), said(QT_TRANSLATE_NOOP(
                "Services", "added %1 at %2 (address books: %3, calendars: %4)"), username, url, len(books),
                len(calendars)), account_id=account_id)
        if not saved:
            notices.append(NO_KEYRING)
        return AddedAccount(account_id, self._state.collections(account_id), saved, joined(notices), fingerprint,
                            url, username)

    def discovery_url(self, url: str, *, insecure_http: bool = False) -> str:
        """The address add_account starts from for what the user typed: the DNS's server for a bare domain
        or an e-mail address (DnsNamedServer when it is another domain's), else the address itself, without
        any user name or password. What the window shows a certificate of is the one it would pin."""
        address = account_address(url, insecure_http=insecure_http)
        return (self._dns_url(address.domain) if address.domain else "") or address.url

    def _dns_url(self, domain: str) -> str:
        """Where the domain's DNS (SRV, TXT) says its service is, "" when it says nothing. A host outside
        the domain is not gone to: ServerMoved offers it, and only the user's word sends the password there."""
        found = self._dns(domain)
        if found is None:
            return ""
        if not found.inside:
            raise DnsNamedServer(said(QT_TRANSLATE_NOOP(
                "Services", "the DNS of %1 names %2, a server of another domain, as its address book and calendar"
                            " server; nothing was sent there. If that is your provider's, add the account with its"
                            " address: %3"), domain, found.host, found.url), found.url, domain)
        return found.url

    def run(self, *, allow_mass_delete: bool = False, stop: threading.Event | None = None,
            wait: float = 0.0, held: frozenset[int] = frozenset()) -> SyncReport:
        """One run over every account but those `held`. Two runs of one data folder never overlap, in one
        process or two (a window and `rapport sync run`): a second one waits up to `wait` seconds, then
        raises SyncBusy. `stop`: set it to end the run between chunks and items (closing the window)."""
        lock = filelock.FileLock(str(self._s.store.data_dir / SYNC_LOCK))
        try:
            lock.acquire(timeout=wait)
        except filelock.Timeout:
            raise SyncBusy(said(QT_TRANSLATE_NOOP(
                "Services", "a sync of this data folder is running already (another window or `rapport sync run`);"
                " this one was not started"))) from None
        try:
            started = time.perf_counter()
            engine = SyncEngine(self._s, self._credentials.get, self._client_factory)
            report = engine.run(allow_mass_delete=allow_mass_delete, stop=stop, held=held)
            report.seconds = round(time.perf_counter() - started, 3)
            return report
        finally:
            lock.release()

    def first_sync_preview(self, account_id: int) -> list[CollectionPreview]:
        """What the first sync of an account would do, collection by collection: how many records of each
        kind go up (the collection takes new ones of that kind) and how many items the server has now (None
        when it could not be asked). Reads only; talks to the server, so never on the UI thread."""
        account = next((a for a in self._state.accounts() if a.id == account_id), None)
        if account is None:
            raise NotFoundError("sync account", str(account_id))
        password = self._credentials.get(account.url, account.username)
        client = self._client_factory(account.url, account.username, password, pinned=account.tls_fingerprint) \
            if password is not None else None
        previews = []
        try:
            for collection in self._state.collections(account_id):
                if not collection.enabled or collection.kind not in SYNCED_KINDS:
                    continue
                records = records_for(self._s, collection)
                upload = {kind: len(records.unsynced(kind)) for kind in records.kinds
                          if self._state.takes_new(collection, kind)}
                if not upload.get("group"):
                    upload.pop("group", None)  # groups are made on the server, not here: said only when one goes
                download: int | None = None
                if client is not None:
                    try:
                        download = len(client.list_etags(collection.href).changed)
                    except (SyncError, OSError) as exc:
                        log.info("first-sync preview: %s not listed (%s)", collection.href, exc)
                previews.append(CollectionPreview(collection.id, collection.display_name or collection.href,
                                                  collection.kind, upload, download))
        finally:
            if client is not None:
                client.close()
        return previews

    def set_collection(self, collection_id: int, *, enabled: bool | None = None,
                       default_for_new: bool | None = None, default_for_tasks: bool | None = None,
                       phone_summary: bool | None = None, private: bool | None = None) -> CollectionRow:
        """Sync a collection or not, send new records there, put where things stand on its cards, make it the
        user's own or the office's (sync/privacy.py); returns it."""
        with self._s.writer.write("Change sync settings", Origin.SYSTEM):
            self._state.set_collection_flags(collection_id, enabled=enabled, default_for_new=default_for_new,
                                             default_for_tasks=default_for_tasks, phone_summary=phone_summary,
                                             private=private)
        return next(c for c in self._state.collections() if c.id == collection_id)

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
            raise NotFoundError("sync conflict", uid)  # "no open sync conflict with uid …"
        conflict = found[-1]
        records: Records = (CalendarRecords(self._s) if conflict.record_kind in CALENDAR_KINDS
                            else AddressBookRecords(self._s))
        with self._s.writer.write("Resolve sync conflict"):
            if keep == "local":
                current = records.view(conflict.record_kind, uid)
                try:
                    mine = records.read(conflict.local_text)
                except RecordFormatError as exc:
                    raise RapportError(said(QT_TRANSLATE_NOOP(
                        "Services", "the local version of %1 cannot be read back: %2"), uid, message_of(exc))) from None
                if current is None:
                    records.apply(mine)
                else:
                    fields = dict(current.fields)
                    for name in conflict.fields:
                        fields[name] = mine.fields.get(name, fields.get(name))
                    records.apply(records.make_view(current.kind, uid, fields))
            for c in found:
                self._state.close_conflict(c.id, f"kept-{keep}", self._s.clock.now())
        return conflict
