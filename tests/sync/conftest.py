"""Fixtures for the sync tests: a real Radicale (and Xandikos) on loopback, the fault proxy in front,
the in-memory server (sync/memory.py), an in-memory keyring backend, and "laptops": Rapport data folders
with their own store and services."""

from __future__ import annotations

import itertools
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import keyring
import keyring.backend
import niquests
import pytest

from app.clock import FakeClock
from app.services import Services
from app.store import Store
from sync.credentials import Credentials
from sync.dav import DavClient
from sync.engine import SyncReport
from sync.memory import MemoryServer
from sync.service import SyncService
from tests.sync.proxy import FaultProxy

PASSWORD = "Zq7-kangaroo-Pa55w0rd-91"  # distinctive, so a test can look for it everywhere
USERS = 1000  # htpasswd users written up front: each test takes a fresh one
_user_numbers = itertools.count(1)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (tests must not touch the OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def fresh_user() -> str:
    """A Radicale user no other test has touched."""
    number = next(_user_numbers)
    assert number <= USERS, f"all {USERS} Radicale users are taken: raise USERS (tests/sync/conftest.py)"
    return f"u{number}"


BOTH_SERVERS = pytest.mark.parametrize("server", ["radicale", "xandikos"], indirect=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(port: int, process: subprocess.Popen[bytes], name: str, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            niquests.get(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except niquests.exceptions.RequestException:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not answer on port {port}")


@dataclass
class Server:
    name: str
    port: int
    root: Path
    has_auth: bool

    def home(self, user: str) -> str:
        return f"/{user}/"


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("radicale")
    users = root / "users"
    users.write_text("".join(f"u{n}:{PASSWORD}\n" for n in range(1, USERS + 1)), encoding="utf-8")
    port = free_port()
    log = root / "server.log"  # a file, not a pipe: a pipe nobody reads fills up and stalls the server
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(root / "collections"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
         "--rights-type", "owner_only", "--logging-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    try:
        wait_until_up(port, process, "radicale", log)
        yield Server("radicale", port, root, has_auth=True)
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="session")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    executable = shutil.which("xandikos") or str(Path(sys.executable).with_name("xandikos"))
    root = tmp_path_factory.mktemp("xandikos")
    port = free_port()
    log = root.parent / "xandikos.log"  # a file, not a pipe: a pipe nobody reads fills up and stalls the server
    process = subprocess.Popen(
        [executable, "serve", "-d", str(root), "-l", "127.0.0.1", "-p", str(port), "--defaults",
         "--current-user-principal", "/user/", "--no-detect-systemd"],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    try:
        wait_until_up(port, process, "xandikos", log)
        yield Server("xandikos", port, root, has_auth=False)
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(params=["radicale"])
def server(request: pytest.FixtureRequest) -> Server:
    """The server a test runs against; tests that run on both override this with params."""
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


@pytest.fixture
def proxy(server: Server) -> Iterator[FaultProxy]:
    running = FaultProxy(server.port)
    yield running
    running.close()


@dataclass
class Book:
    """A fresh address book on the server, for one test, and a plain client to play "another device"."""

    server: Server
    user: str
    href: str
    direct: DavClient  # straight to the server, not through the proxy

    def put(self, name: str, text: str) -> str:
        href = self.href + name
        self.direct.put(href, text, etag=None)
        return href

    def cards(self) -> dict[str, str]:
        """href → text of every card in the book."""
        listing = self.direct.list_etags(self.href)
        fetched, _ = self.direct.multiget(self.href, [h for h, _ in listing.changed]) if listing.changed else ([], [])
        # XML turns CRLF into LF; give the tests one kind of line end, unfolded.
        return {f.href: f.text.replace("\r\n", "\n").replace("\n ", "") for f in fetched}

    def uids(self) -> list[str]:
        found = []
        for text in self.cards().values():
            for line in text.split("\n"):
                if line.startswith("UID:"):
                    found.append(line[4:])
        return sorted(found)

    def edit(self, href: str, old: str, new: str) -> None:
        current = self.direct.get(href)
        assert current is not None and old in current.text, current
        self.direct.put(href, current.text.replace(old, new), etag=current.etag)

    def delete(self, href: str) -> None:
        current = self.direct.get(href)
        assert current is not None
        self.direct.delete(href, current.etag)


@pytest.fixture
def book(server: Server) -> Iterator[Book]:
    user = fresh_user() if server.has_auth else "user"
    direct = DavClient(f"http://127.0.0.1:{server.port}/", user, PASSWORD, timeout=10)
    if server.has_auth:
        home = f"/{user}/"
    else:
        home = direct.addressbook_home(direct.principal())
    href = f"{home.rstrip('/')}/book-{uuid.uuid4().hex[:8]}/"
    direct.make_addressbook(href, "Test book")
    yield Book(server, user, href, direct)
    direct.close()


def seed_radicale_book(server: Server, user: str, cards: Iterable[tuple[str, str]]) -> Book:
    """A new address book written straight into Radicale's storage folder, as its own files (one PUT
    per card into a big book costs the server far more): `cards` are (file name, vCard text). Radicale
    has never seen the collection, and reads it from disk on the first request."""
    assert server.name == "radicale"
    name = f"seeded-{uuid.uuid4().hex[:8]}"
    folder = server.root / "collections" / "collection-root" / user / name
    folder.mkdir(parents=True)
    (folder / ".Radicale.props").write_text('{"D:displayname": "Seeded book", "tag": "VADDRESSBOOK"}',
                                            encoding="utf-8")
    for file_name, text in cards:
        (folder / file_name).write_text(text, encoding="utf-8", newline="")
    direct = DavClient(f"http://127.0.0.1:{server.port}/", user, PASSWORD, timeout=30)
    return Book(server, user, f"/{user}/{name}/", direct)


def warm_up(book: Book) -> None:
    """Radicale reads every card of a book written into its folder, and builds its cache, on the first
    listing (30 s and more for 10,000 cards on a busy machine): asked once here with a long timeout, so that
    the test's own sync does not meet a cold server (its 30-second read timeout once ran out in CI)."""
    listing = (b'<?xml version="1.0" encoding="utf-8"?><sync-collection xmlns="DAV:"><sync-token/>'
               b"<sync-level>1</sync-level><prop><getetag/></prop></sync-collection>")
    answer = niquests.request("REPORT", f"http://127.0.0.1:{book.server.port}{book.href}", data=listing,
                              auth=(book.user, PASSWORD), timeout=600,
                              headers={"Content-Type": "application/xml", "Depth": "1"})
    assert answer.status_code == 207, answer.status_code


@dataclass
class Calendars:
    """Fresh calendars on the server for one test, one taking events, one taking tasks (and deals), one
    taking journal entries (calls, e-mails, notes), as supported-calendar-component-set says, and a plain
    client to play "another device"."""

    server: Server
    user: str
    events: str
    tasks: str
    direct: DavClient
    journal: str = ""

    def put(self, calendar: str, name: str, text: str) -> str:
        href = calendar + name
        self.direct.put(href, text, etag=None, content_type="text/calendar; charset=utf-8")
        return href

    def objects(self, calendar: str) -> dict[str, str]:
        """href → text (unfolded, LF line ends) of every object in a calendar."""
        listing = self.direct.list_etags(calendar)
        hrefs = [h for h, _ in listing.changed]
        fetched, _ = self.direct.multiget(calendar, hrefs, "calendar") if hrefs else ([], [])
        return {f.href: f.text.replace("\r\n", "\n").replace("\n ", "") for f in fetched}

    def uids(self, calendar: str) -> list[str]:
        found = set()
        for text in self.objects(calendar).values():
            found.update(line[4:] for line in text.split("\n") if line.startswith("UID:"))
        return sorted(found)

    def edit(self, href: str, old: str, new: str) -> None:
        current = self.direct.get(href)
        assert current is not None
        text = current.text.replace("\r\n", "\n").replace("\n ", "")
        assert old in text, text
        self.direct.put(href, text.replace(old, new).replace("\n", "\r\n"), etag=current.etag,
                        content_type="text/calendar; charset=utf-8")

    def delete(self, href: str) -> None:
        current = self.direct.get(href)
        assert current is not None
        self.direct.delete(href, current.etag)


@pytest.fixture
def calendars(server: Server, book: Book) -> Calendars:
    """The calendars of the same user as `book` (one account holds both)."""
    home = (f"/{book.user}/" if server.has_auth
            else book.direct.calendar_home(book.direct.principal()) or "/user/calendars/")
    tag = uuid.uuid4().hex[:8]
    events, tasks = f"{home.rstrip('/')}/events-{tag}/", f"{home.rstrip('/')}/tasks-{tag}/"
    journal = f"{home.rstrip('/')}/journal-{tag}/"
    book.direct.make_calendar(events, "Test events", ("VEVENT",))
    book.direct.make_calendar(tasks, "Test tasks", ("VTODO",))
    book.direct.make_calendar(journal, "Test journal", ("VJOURNAL",))
    return Calendars(server, book.user, events, tasks, book.direct, journal)


@dataclass
class Laptop:
    """One Rapport data folder with its services and sync, set up for one address book."""

    store: Store
    services: Services
    sync: SyncService
    credentials: Credentials
    waits: list[float] = field(default_factory=list)

    def run(self, *, allow_mass_delete: bool = False) -> SyncReport:
        self.store.activate()  # peewee binds models to one database at a time
        return self.sync.run(allow_mass_delete=allow_mass_delete)


def make_laptop(data_dir: Path, proxy: FaultProxy, book: Book, *, timeout: float = 5.0,
                calendars: Calendars | None = None) -> Laptop:
    store = Store.open(data_dir)
    services = Services.build(store, FakeClock(datetime(2026, 3, 2, 9, 0, 0)), phone_region="US")
    credentials = Credentials()
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    def client(url: str, user: str, password: str, *, pinned: str = "") -> DavClient:
        return DavClient(url, user, password, pinned=pinned, timeout=timeout, max_wait=5, sleep=sleep)

    sync = SyncService(services, credentials, client)
    laptop = Laptop(store, services, sync, credentials, waits)
    sync.add_account(proxy.url, book.user, PASSWORD)
    # Sync exactly the test's own book (and calendars), and send new records there.
    own = {book.href} | ({calendars.events, calendars.tasks, calendars.journal} if calendars else set())
    for collection in sync.state.collections():
        chosen = collection.href in own
        sync.state.set_collection_flags(
            collection.id, enabled=chosen,
            default_for_new=(chosen and (collection.kind == "addressbook" or "VEVENT" in collection.components))
            or None,
            default_for_tasks=(chosen and "VTODO" in collection.components) or None)
    return laptop


def moved(report: SyncReport) -> int:
    """How many records a run moved, either way."""
    return sum(c.pushed_new + c.pushed_changed + c.pulled_new + c.pulled_changed for c in report.collections)


def assert_settled(*laptops: Laptop) -> None:
    """Runs on these laptops in this order move nothing more, either way, and nothing is in conflict."""
    for side in laptops:
        report = side.run()
        assert report.ok and moved(report) == 0, report
    for side in laptops:
        assert side.sync.conflicts() == []


@pytest.fixture
def laptop(tmp_path: Path, proxy: FaultProxy, book: Book) -> Iterator[Laptop]:
    made = make_laptop(tmp_path / "laptop1", proxy, book)
    yield made
    made.store.close()


def vcard(uid: str, given: str, family: str, *extra: str) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{given} {family}", f"N:{family};{given};;;", *extra,
             "END:VCARD"]
    return "\r\n".join(lines) + "\r\n"


# --- the in-memory server ------------------------------------------------------------------------------

MEMORY_URL = "https://dav.example/"  # what the account is added with; the memory server does not look


def make_memory_laptop(services: Services, server: MemoryServer) -> Laptop:
    """A laptop syncing with the in-memory server: its address book and its calendar (new contacts go to
    the first, new meetings and tasks to the second)."""
    credentials = Credentials()
    sync = SyncService(services, credentials, server.factory())
    sync.add_account(MEMORY_URL, server.user, PASSWORD)
    return Laptop(services.store, services, sync, credentials)


@pytest.fixture
def memory() -> MemoryServer:
    """An in-memory server with an address book (/user/contacts/) and a calendar (/user/calendar/)."""
    return MemoryServer(password=PASSWORD)


@pytest.fixture
def memory_laptop(services: Services, memory: MemoryServer) -> Laptop:
    return make_memory_laptop(services, memory)
