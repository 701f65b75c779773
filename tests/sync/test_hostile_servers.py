"""Hostile and broken servers (issue 13): a request never leaves the account's origin (hrefs that decode to
another host, redirects to another server or down to http), plain http:// needs the user's word, a password
typed into the URL never reaches the database or the output, every request has an overall deadline, and
an answer that cannot be parsed is that collection's recorded error while the run goes on.

The servers here are tiny ones of the tests' own on 127.0.0.1 (a "trap" on a second port counts whatever
reaches it), plus the real Radicale behind the fault proxy where a real account is needed."""

from __future__ import annotations

import contextlib
import io
import json
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import pytest

from app.clock import FakeClock
from app.errors import NotFoundError, RapportError
from app.messages import Said, message_of
from app.services import Services
from app.store import Store
from cli import commands as cli
from sync.credentials import Credentials
from sync.dav import DavClient
from sync.errors import NetworkError, ServerMoved, SyncError
from sync.service import SyncService
from tests.sync.conftest import PASSWORD, Book, MemoryKeyring, vcard
from tests.sync.proxy import FaultProxy
from tests.sync.test_sync_tls import self_signed

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

Answer = tuple[int, dict[str, str], bytes]
Route = Callable[[str, str, bytes], Answer]
Check = Callable[[str, str, dict[str, str]], Answer | None]


class TinyServer:
    """An HTTP(S) server on 127.0.0.1 answering with `route(method, path, body)` (unless `check` answers
    first); it records every request (method, path, whether it carried an Authorization header)."""

    def __init__(self, route: Route, tls: ssl.SSLContext | None = None, check: Check | None = None) -> None:
        self.route = route
        self.check = check  # first: an answer of its own (a 401, say) from the request's headers, or None
        self.seen: list[tuple[str, str, bool]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.seen.append((self.command, self.path, "Authorization" in self.headers))
                checked = owner.check(self.command, self.path, dict(self.headers)) if owner.check else None
                status, headers, content = checked or owner.route(self.command, self.path, body)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = do_MKCALENDAR = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = int(self.server.server_address[1])
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def trap() -> Iterator[TinyServer]:
    """Another server: nothing of the account's may ever reach it."""
    server = TinyServer(lambda method, path, body: (200, {}, b"caught"))
    yield server
    server.close()


XML_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus xmlns:d="DAV:"'
            ' xmlns:c="urn:ietf:params:xml:ns:carddav">')


def multistatus(*responses: str) -> bytes:
    return (XML_HEAD + "".join(responses) + "</d:multistatus>").encode()


def response(href: str, props: str = "", status: int = 200) -> str:
    return (f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>{props}</d:prop>"
            f"<d:status>HTTP/1.1 {status} X</d:status></d:propstat></d:response>")


BOOK_TYPE = "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"


def dav_route(books: dict[str, Callable[[], bytes]], cards: dict[str, str]) -> Route:
    """A small CardDAV server: principal and home /u/, the address books `books` (href → the answer to a
    sync-collection REPORT on it), the cards `cards` (href → text) for multiget."""

    def route(method: str, path: str, body: bytes) -> Answer:
        xml = {"Content-Type": "application/xml; charset=utf-8"}
        if method == "PROPFIND":
            if b"current-user-principal" in body:
                return 207, xml, multistatus(response(path, "<d:current-user-principal><d:href>/u/</d:href>"
                                                            "</d:current-user-principal>"))
            if b"addressbook-home-set" in body:
                return 207, xml, multistatus(response("/u/", "<c:addressbook-home-set><d:href>/u/</d:href>"
                                                              "</c:addressbook-home-set>"))
            if b"calendar-home-set" in body:
                return 404, {}, b""
            if path == "/u/":
                return 207, xml, multistatus(response("/u/", "<d:resourcetype><d:collection/></d:resourcetype>"),
                                             *(response(href, BOOK_TYPE + f"<d:displayname>{href}</d:displayname>")
                                               for href in books))
            return 207, xml, multistatus(response(path))  # a collection's marks: none given
        if method == "REPORT" and b"sync-collection" in body:
            answer = books.get(path)
            return (207, xml, answer()) if answer else (404, {}, b"")
        if method == "REPORT":
            wanted = {unquote(h.decode()) for h in re.findall(rb"<[^>]*href>([^<]*)<", body)}
            found = [response(href, f'<d:getetag>"1"</d:getetag><c:address-data>{text}</c:address-data>')
                     for href, text in cards.items() if unquote(href) in wanted]
            return 207, xml, multistatus(*found)
        if method == "PUT":
            return 201, {"ETag": '"2"'}, b""
        return 404, {}, b""

    return route


def listing(*members: str, token: str = "t1") -> Callable[[], bytes]:
    return lambda: multistatus(*(response(m, '<d:getetag>"1"</d:getetag>') for m in members)).replace(
        b"</d:multistatus>", f"<d:sync-token>{token}</d:sync-token></d:multistatus>".encode())


def _sync(data_dir: Path) -> tuple[Store, Services, SyncService]:
    store = Store.open(data_dir)
    services = Services.build(store, FakeClock(datetime(2026, 3, 2, 9)), phone_region="US")

    def client(url: str, user: str, password: str, *, pinned: str = "") -> DavClient:
        return DavClient(url, user, password, pinned=pinned, timeout=5, max_wait=1)

    return store, services, SyncService(services, Credentials(), client)


def _log(store: Store) -> str:
    rows = store.database.execute_sql("SELECT message FROM sync_log").fetchall()
    return "\n".join(str(r[0]) for r in rows)


# --- hrefs that lead to another host -----------------------------------------------------------------


def test_a_member_href_that_decodes_to_another_host_is_refused_and_nothing_goes_there(
        tmp_path: Path, trap: TinyServer) -> None:
    hostile = f"/%2F127.0.0.1:{trap.port}/x.vcf"
    cards = {"/u/book/ok.vcf": vcard("ok-1", "Ok", "Person").replace("\r\n", "\n"),
             hostile: vcard("evil-1", "Evil", "Person").replace("\r\n", "\n")}
    server = TinyServer(dav_route({"/u/book/": listing("/u/book/ok.vcf", hostile)}, cards))
    store, services, sync = _sync(tmp_path / "data")
    try:
        sync.add_account(server.url, "alice", PASSWORD)
        first = sync.run()
        for uid in ("ok-1", "evil-1"):  # changed here: the next run uploads them
            with contextlib.suppress(NotFoundError):
                services.contacts.update(uid, job_title="Changed here")
        second = sync.run()
        logged = _log(store)
    finally:
        server.close()
        store.close()
    assert trap.seen == []  # no PROPFIND, REPORT, GET or PUT (with a card and a password) went there
    for report in (first, second):
        assert not report.ok
        errors = [e for c in report.collections for e in c.errors] + report.errors
        assert any("not on" in e and str(trap.port) in e for e in errors), errors
    assert f"127.0.0.1:{trap.port}" in logged  # recorded, not only returned


def test_a_collection_href_that_decodes_to_another_host_costs_that_collection_only(
        tmp_path: Path, trap: TinyServer) -> None:
    cards = {"/u/good/a.vcf": vcard("good-1", "Good", "Person").replace("\r\n", "\n")}
    server = TinyServer(dav_route({"/u/good/": listing("/u/good/a.vcf")}, cards))
    store, services, sync = _sync(tmp_path / "data")
    try:
        added = sync.add_account(server.url, "alice", PASSWORD)
        # A collection stored with an href that decodes to a network-path reference ("//host:port/…").
        with services.writer.write("test"):
            sync.state.add_collection(added.account_id, f"//127.0.0.1:{trap.port}/book/", "addressbook", "Evil",
                                      "3.0", "")
        evil = next(c for c in sync.state.collections() if c.display_name == "Evil")
        sync.state.set_collection_flags(evil.id, enabled=True)
        report = sync.run()
        assert trap.seen == []
        assert services.contacts.count() == 1  # the good book synced all the same
        bad = next(c for c in report.collections if c.collection == "Evil")
        assert bad.errors and "not on" in bad.errors[0]
        assert "not on" in _log(store)
    finally:
        server.close()
        store.close()


def test_the_client_refuses_an_href_off_its_origin(trap: TinyServer) -> None:
    server = TinyServer(dav_route({}, {}))
    client = DavClient(server.url, "alice", PASSWORD, timeout=5)
    try:
        for href in (f"//127.0.0.1:{trap.port}/x.vcf", f"http://127.0.0.1:{trap.port}/x.vcf",
                     f"https://127.0.0.1:{server.port}/x.vcf"):
            with pytest.raises(SyncError) as caught:
                client.put(href, vcard("x", "X", "Y"), etag=None)
            assert isinstance(message_of(caught.value), Said) and "not on" in str(caught.value)
            with pytest.raises(SyncError):
                client.get(href)
        with pytest.raises(SyncError, match="not on"):
            client.propfind(f"//127.0.0.1:{trap.port}/", ["{DAV:}getetag"])
    finally:
        client.close()
        server.close()
    assert trap.seen == []


# --- redirects ----------------------------------------------------------------------------------------


def test_a_redirect_to_another_server_is_not_followed(trap: TinyServer) -> None:
    def route(method: str, path: str, body: bytes) -> Answer:
        if path == "/moved/":
            return 301, {"Location": "/u/"}, b""  # same origin: followed
        if path == "/away/":
            return 307, {"Location": f"http://127.0.0.1:{trap.port}/u/"}, b""
        return 207, {"Content-Type": "application/xml"}, multistatus(response(path))

    server = TinyServer(route)
    client = DavClient(server.url, "alice", PASSWORD, timeout=5)
    try:
        assert client.propfind("/moved/", ["{DAV:}getetag"])[0].href == "/u/"
        with pytest.raises(SyncError) as caught:
            client.propfind("/away/", ["{DAV:}getetag"])
        assert f"127.0.0.1:{trap.port}" in str(caught.value) and "not followed" in str(caught.value)
        with pytest.raises(SyncError, match="not followed"):
            client.get("/away/")
    finally:
        client.close()
        server.close()
    assert trap.seen == []


def test_an_https_server_sending_us_to_http_is_not_followed(tmp_path: Path, trap: TinyServer) -> None:
    cert, key, fingerprint = self_signed(tmp_path, "hostile")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    plain = TinyServer(lambda method, path, body: (207, {}, multistatus(response(path))))
    server = TinyServer(lambda method, path, body: (302, {"Location": f"http://127.0.0.1:{plain.port}{path}"}, b""),
                        tls=context)
    client = DavClient(server.url, "alice", PASSWORD, pinned=fingerprint, timeout=5)
    try:
        with pytest.raises(SyncError) as caught:
            client.propfind("/u/", ["{DAV:}getetag"])
        assert "http://" in str(caught.value) and "not followed" in str(caught.value)
    finally:
        client.close()
        server.close()
        plain.close()
    assert plain.seen == []  # neither the request nor the password went down to plain http


class Terminal(io.StringIO):
    """Standard input as a terminal with the user's answers typed in advance."""

    def isatty(self) -> bool:
        return True


def test_a_moved_server_gets_the_credentials_only_on_the_users_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """/.well-known/carddav sending discovery to the provider's DAV host (Fastmail, iCloud do): nothing goes
    there until the user says so, in the service, on the command line (asked on a terminal; a script is
    told the address), and only the address the user saw (a user name the server put in it is dropped)."""
    target = TinyServer(dav_route({"/u/book/": listing()}, {}))
    moved_to = f"http://127.0.0.1:{target.port}/u/"

    def well_known(method: str, path: str, body: bytes) -> Answer:
        if path.startswith("/.well-known/"):
            return 301, {"Location": f"http://mallory:secret@127.0.0.1:{target.port}/u/"}, b""
        return 404, {}, b""

    start = TinyServer(well_known)
    store, _services, sync = _sync(tmp_path / "data")
    try:
        with pytest.raises(ServerMoved) as caught:
            sync.add_account(start.url, "alice", PASSWORD)
        assert caught.value.moved_to == moved_to and moved_to in str(caught.value)
        assert isinstance(message_of(caught.value), Said)
        assert target.seen == [] and sync.state.accounts() == []
    finally:
        store.close()

    def add(stdin: io.StringIO, data: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr("sys.stdin", stdin)
        status = cli.main(["--data-dir", str(tmp_path / data), "sync", "add-account", start.url, "--user", "alice",
                           "--password-stdin"], out=out, err=err)
        return status, out.getvalue(), err.getvalue()

    try:
        status, _out, err = add(io.StringIO(PASSWORD + "\n"), "script")  # no one to ask: told the address
        assert status == 1 and moved_to in err and "add it again with that address" in err
        assert "[y/N]" not in capsys.readouterr().err
        status, _out, err = add(Terminal(PASSWORD + "\nn\n"), "no")
        assert status == 1 and target.seen == []
        assert f"sent Rapport on to {moved_to}, another server" in capsys.readouterr().err
        status, out, err = add(Terminal(PASSWORD + "\ny\n"), "yes")
        assert status == 0, err
        assert f"at {moved_to}" in out and "mallory" not in out + err
        assert target.seen and all(auth for _method, _path, auth in target.seen)

        # A password typed into the address is never said back, in the question either.
        monkeypatch.setattr("sys.stdin", Terminal("n\n"))
        typed = start.url.replace("http://", "http://alice:Typed-s3cret@")
        out, err = io.StringIO(), io.StringIO()
        status = cli.main(["--data-dir", str(tmp_path / "typed"), "sync", "add-account", typed], out=out, err=err)
        asked = capsys.readouterr().err
        assert status == 1 and "sent Rapport on to" in asked
        assert "Typed-s3cret" not in asked + out.getvalue() + err.getvalue()
    finally:
        start.close()
        target.close()


# --- plain http needs the user's word --------------------------------------------------------------


def test_a_plain_http_account_needs_insecure_http(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _services, sync = _sync(tmp_path / "data")
    try:
        with pytest.raises(RapportError) as caught:
            sync.add_account("http://dav.example.invalid/", "alice", PASSWORD)
        assert "--insecure-http" in str(caught.value) and "unencrypted" in str(caught.value)
        assert isinstance(message_of(caught.value), Said)
        with pytest.raises(NetworkError):  # with the user's word it goes on (to a host that does not exist)
            sync.add_account("http://dav.example.invalid/", "alice", PASSWORD, insecure_http=True)
    finally:
        store.close()
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status = cli.main(["--data-dir", str(tmp_path / "cli"), "sync", "add-account", "http://dav.example.invalid/",
                       "--user", "alice", "--password-stdin"], out=out, err=err)
    assert status == 1 and "--insecure-http" in err.getvalue() and err.getvalue().count("\n") == 1


# --- a password typed into the URL ----------------------------------------------------------------------


def test_a_password_in_the_url_goes_to_the_keyring_only(tmp_path: Path, book: Book, proxy: FaultProxy,
                                                        memory_keyring: MemoryKeyring,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    with_password = f"http://{book.user}:{PASSWORD}@127.0.0.1:{proxy.port}/"
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status = cli.main(["--data-dir", str(data), "sync", "add-account", with_password, "--user", book.user],
                      out=out, err=err)
    assert status == 0, err.getvalue()
    assert PASSWORD not in out.getvalue() + err.getvalue()
    assert f"at http://127.0.0.1:{proxy.port}/" in out.getvalue()
    assert PASSWORD in memory_keyring.passwords.values()  # kept, where passwords live
    book.put("r.vcf", vcard("r-1", "Remote", "Person"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["--data-dir", str(data), "sync", "run"], out=out, err=err) == 0, out.getvalue()
    for path in data.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_user_name_in_the_url_is_the_accounts_user(tmp_path: Path, book: Book, proxy: FaultProxy) -> None:
    store, _services, sync = _sync(tmp_path / "data")
    try:
        added = sync.add_account(f"http://{book.user}:{PASSWORD}@127.0.0.1:{proxy.port}/", "", "")
        account = sync.state.accounts()[0]
        assert (account.username, account.url) == (book.user, f"http://127.0.0.1:{proxy.port}/")
        assert added.collections
        assert PASSWORD not in _log(store)
    finally:
        store.close()


# --- an overall deadline ---------------------------------------------------------------------------------


class DrippingServer:
    """Reads a request, then answers one byte every `every` seconds, for a long while."""

    def __init__(self, every: float = 0.3) -> None:
        self.every = every
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        answer = b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n" + b"X-Slow: " + b"a" * 400
        with conn:
            conn.recv(65536)
            for byte in answer:
                if self.stop.wait(self.every):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def dripping() -> Iterator[DrippingServer]:
    server = DrippingServer()
    yield server
    server.close()


def test_a_dripping_server_meets_the_overall_deadline(dripping: DrippingServer) -> None:
    client = DavClient(dripping.url, "alice", PASSWORD, timeout=30, deadline=2)
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError) as caught:
            client.propfind("/u/", ["{DAV:}getetag"])
    finally:
        client.close()
    took = time.monotonic() - started
    assert "took longer than 2 s to answer" in str(caught.value)
    assert isinstance(message_of(caught.value), Said)
    assert 1.5 < took < 10, took  # the old client waited for the whole drip (400 bytes × 0.3 s)


def test_add_account_on_the_command_line_gives_up_at_the_deadline(tmp_path: Path, dripping: DrippingServer,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    started = time.monotonic()
    status = cli.main(["--data-dir", str(tmp_path / "data"), "sync", "add-account", dripping.url, "--user", "alice",
                       "--password-stdin", "--deadline", "2"], out=out, err=err)
    took = time.monotonic() - started
    assert status == 1 and "the server took longer than 2 s to answer" in err.getvalue(), err.getvalue()
    assert took < 10, took


# --- answers that cannot be parsed ---------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>&lol3;</d:href></d:response></d:multistatus>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/u/x/&secret;</d:href></d:response></d:multistatus>"""


def test_answers_that_cannot_be_parsed_are_each_collections_error_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring) -> None:
    cards = {"/u/good/a.vcf": vcard("good-1", "Good", "Person").replace("\r\n", "\n")}
    books = {"/u/broken/": lambda: b"<d:multistatus xmlns:d='DAV:'><d:response>",
             "/u/laughs/": lambda: BILLION_LAUGHS,
             "/u/external/": lambda: EXTERNAL_ENTITY,
             "/u/good/": listing("/u/good/a.vcf")}
    server = TinyServer(dav_route(books, cards))
    data = tmp_path / "data"
    try:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert cli.main(["--data-dir", str(data), "sync", "add-account", server.url, "--user", "alice",
                         "--password-stdin"], out=out, err=err) == 0, err.getvalue()
        store = Store.open(data)
        state = SyncService(Services.build(store), Credentials()).state
        for c in state.collections():
            state.set_collection_flags(c.id, enabled=True)
        store.close()
        out, err = io.StringIO(), io.StringIO()
        status = cli.main(["--data-dir", str(data), "sync", "run", "--json"], out=out, err=err)
    finally:
        server.close()
    assert status == 1, out.getvalue() + err.getvalue()  # something needs attention; not exit 3
    report = json.loads(out.getvalue())
    by_name = {c["collection"]: c for c in report["collections"]}
    for name in ("/u/broken/", "/u/laughs/", "/u/external/"):
        assert any("could not be read" in e for e in by_name[name]["errors"]), by_name[name]
    assert by_name["/u/good/"]["pulled_new"] == 1 and not by_name["/u/good/"]["errors"]
    assert "root:" not in out.getvalue()
    store = Store.open(data)
    try:
        logged = _log(store)
        assert logged.count("could not be read") >= 3, logged
    finally:
        store.close()
