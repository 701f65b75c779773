"""What the servers offices run do to a new user (issue 15, first slice): a web site's front page at the bare
host, the same account added twice, a server that is not there, a run that found a conflict, and a server
that takes Digest authentication only."""

from __future__ import annotations

import hashlib
import io
import re
import socket
from pathlib import Path

import pytest

from app.contacts import ContactData
from app.errors import RapportError
from app.services import Services
from app.tasks import TaskData
from cli import commands as cli
from sync.credentials import Credentials
from sync.dav import DavClient
from sync.errors import AuthError, NetworkError
from sync.memory import MemoryServer
from sync.service import SyncService
from tests.sync.conftest import BOTH_SERVERS, PASSWORD, Book, Laptop
from tests.sync.proxy import FaultProxy
from tests.sync.test_hostile_servers import Answer, Check, TinyServer, _sync, dav_route, listing


def test_a_web_sites_front_page_sends_discovery_on_to_the_well_known_address(tmp_path: Path) -> None:
    """Nextcloud's and many hosts' site root answers PROPFIND with 200 and HTML: that is no DAV answer,
    and /.well-known/carddav is asked next (it used to end in "ParseError: not well-formed")."""
    dav = dav_route({"/u/book/": listing()}, {})

    def route(method: str, path: str, body: bytes) -> Answer:
        if path == "/":
            return 200, {"Content-Type": "text/html"}, b"<!DOCTYPE html><html><body>Welcome<br></body></html>"
        if path.startswith("/.well-known/"):
            return 301, {"Location": "/u/"}, b""
        return dav(method, path, body)

    server = TinyServer(route)
    store, _services, sync = _sync(tmp_path / "data")
    try:
        added = sync.add_account(server.url, "alice", PASSWORD)
        assert [c.href for c in added.collections] == ["/u/book/"]
        assert ("PROPFIND", "/.well-known/carddav", True) in server.seen
    finally:
        store.close()
        server.close()


def test_the_same_account_added_twice_is_refused(tmp_path: Path) -> None:
    server = TinyServer(dav_route({"/u/book/": listing()}, {}))
    store, _services, sync = _sync(tmp_path / "data")
    try:
        sync.add_account(server.url, "alice", PASSWORD)
        with pytest.raises(RapportError, match="is added already"):
            sync.add_account(server.url + "u/", "alice", PASSWORD)  # another address of the same principal
        sync.add_account(server.url, "alice", PASSWORD)  # the same address again: the password entered again
        assert len(sync.state.accounts()) == 1 and len(sync.state.collections()) == 1
        sync.add_account(server.url, "bob", PASSWORD)  # another user of the same server is another account
        assert len(sync.state.accounts()) == 2
    finally:
        store.close()
        server.close()


def test_a_server_that_is_not_there_is_said_in_plain_words() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = DavClient(f"http://127.0.0.1:{port}/", "alice", PASSWORD, timeout=5, attempts=1)
    try:
        with pytest.raises(NetworkError) as caught:
            client.principal()
    finally:
        client.close()
    text = str(caught.value)
    assert "the server refused the connection" in text, text
    assert "Max retries" not in text and "NewConnectionError" not in text and "urllib3" not in text


def test_sync_run_says_a_new_conflict_needs_attention(laptop: Laptop, book: Book, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`sync run` exits 1 when it found a conflict, as its help says of what needs attention."""
    laptop.store.activate()
    uid = laptop.services.contacts.create(ContactData(given="Ada", family="Lovelace", job_title="Analyst")).value.uid
    assert laptop.run().ok
    href = next(iter(book.cards()))
    book.edit(href, "TITLE:Analyst", "TITLE:Countess")
    laptop.services.contacts.update(uid, job_title="Programmer")
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status = cli.main(["--data-dir", str(laptop.store.data_dir), "sync", "run"], out=out, err=err)
    laptop.store.activate()
    assert status == 1, out.getvalue() + err.getvalue()
    assert "1 conflicts" in out.getvalue()
    assert [c.record_uid for c in laptop.sync.conflicts()] == [uid]


def digest_check(user: str, password: str, seen: list[str]) -> Check:
    """A server that takes Digest only (RFC 7616, MD5, qop=auth), as Baikal does by default; `seen` gets
    each Authorization scheme it was sent."""
    realm, nonce = "BaikalDAV", "dcd98b7102dd2f0e8b11d0f600bfb0c093"

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()

    def check(method: str, path: str, headers: dict[str, str]) -> Answer | None:
        given = headers.get("Authorization", "")
        seen.append(given.split(" ", 1)[0])
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', given)) if given.startswith("Digest ") else {}
        expected = md5(":".join((md5(f"{user}:{realm}:{password}"), nonce, fields.get("nc", ""),
                                 fields.get("cnonce", ""), "auth", md5(f"{method}:{fields.get('uri', '')}"))))
        if fields.get("username") == user and fields.get("response") == expected:
            return None
        return 401, {"WWW-Authenticate": f'Digest realm="{realm}", qop="auth", nonce="{nonce}", algorithm=MD5'}, b""

    return check


def test_a_server_that_takes_digest_only_gets_digest(tmp_path: Path) -> None:
    """Baikal's default: Basic is answered with a Digest challenge; the client answers it, and goes on in
    Digest (the password itself never sent again)."""
    seen: list[str] = []
    server = TinyServer(dav_route({"/u/book/": listing()}, {}), check=digest_check("alice", PASSWORD, seen))
    store, _services, sync = _sync(tmp_path / "data")
    try:
        added = sync.add_account(server.url, "alice", PASSWORD)
        assert [c.href for c in added.collections] == ["/u/book/"]
        assert sync.run().ok
        assert seen[0] == "Basic" and set(seen[1:]) <= {"", "Digest"} and "Digest" in seen  # Basic once
        with pytest.raises(AuthError):  # a wrong password is still said as one
            sync.add_account(server.url, "alice", "wrong password")
    finally:
        store.close()
        server.close()


def test_tasks_get_a_calendar_of_their_own_where_the_first_takes_events_only(services: Services) -> None:
    """Nextcloud's first "Personal" calendar takes VEVENT only: a Tasks calendar is made for the tasks; a
    server that makes none says so, and tasks are not counted as waiting to upload for ever."""
    server = MemoryServer(password=PASSWORD, collections=False)
    server.make_addressbook(server.home + "contacts/", "Contacts")
    server.make_calendar(server.home + "personal/", "Personal", ("VEVENT",))
    sync = SyncService(services, Credentials(), server.factory())
    added = sync.add_account("https://dav.example.org/", "user", PASSWORD)
    tasks = [c for c in added.collections if c.kind == "calendar" and "VTODO" in c.components]
    assert [c.display_name for c in tasks] == ["Tasks"] and tasks[0].default_for_tasks
    journals = [c.display_name for c in added.collections if c.kind == "calendar" and "VJOURNAL" in c.components]
    assert journals == ["Calls and notes"]
    services.tasks.create(TaskData(title="Send the quote"))
    report = sync.run()
    assert report.ok and any("SUMMARY:Send the quote" in t for t in server.texts(server.home + "tasks/").values())
    assert sync.status().pending == 0


def test_a_server_that_makes_no_tasks_calendar_is_said_and_tasks_stay(services: Services) -> None:
    server = MemoryServer(password=PASSWORD, collections=False)
    server.make_addressbook(server.home + "contacts/", "Contacts")
    server.make_calendar(server.home + "personal/", "Personal", ("VEVENT",))
    server.fail("make_calendar", 403, times=None)  # it makes no calendar at all: neither for tasks nor journals
    sync = SyncService(services, Credentials(), server.factory())
    added = sync.add_account("https://dav.example.org/", "user", PASSWORD)
    assert "no calendar of this account takes tasks" in added.notice
    assert "tasks and deals stay on this computer" in added.notice
    assert "calls, e-mails and notes stay on this computer" in added.notice  # nor a journal calendar
    services.tasks.create(TaskData(title="Send the quote"))
    assert sync.run().ok
    assert sync.status().pending == 0, "a task no calendar takes is not a change waiting to upload"


@BOTH_SERVERS
def test_a_server_that_upper_cases_names_gives_back_the_card_we_sent(laptop: Laptop, book: Book,
                                                                      proxy: FaultProxy) -> None:
    """A server storing `item2.X-ABLabel` as `ITEM2.X-ABLABEL`, `type=twitter` as `TYPE=TWITTER`, with a
    REV of its own (and so no ETag to the PUT), sends back the card we uploaded: the sync after the push is
    a no-op, and an edit made here meanwhile goes up with no merge and no conflict (it used to come back
    once as "changed")."""
    card = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "UID:grace-1", "FN:Grace Hopper", "N:Hopper;Grace;;;",
        "item2.TEL;type=CELL:+1 555 0100", "item2.X-ABLabel:_$!<Mobile>!$_", "item2.X-ABShowAs:x",
        "X-SOCIALPROFILE;type=twitter:x.com/grace", "TITLE:Analyst", "END:VCARD"]) + "\r\n"
    href = book.put("grace.vcf", card)
    assert laptop.run().ok
    proxy.faults.shout_names = True
    proxy.faults.strip_etag = True  # as SabreDAV does when it stored something else than it was sent
    laptop.store.activate()
    laptop.services.contacts.update("grace-1", job_title="Rear Admiral")

    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    stored = book.cards()[href]
    assert "ITEM2.X-ABLABEL:" in stored and "X-SOCIALPROFILE;TYPE=TWITTER:" in stored  # the server shouted

    laptop.services.contacts.update("grace-1", notes="Edited before the next sync")
    report = laptop.run()
    contacts = report.collections[0]
    assert report.ok, report.as_dict()
    assert (contacts.pulled_changed, contacts.merged, contacts.conflicts, contacts.pushed_changed) == (0, 0, 0, 1)
    assert laptop.sync.conflicts() == []
    proxy.reset_counts()
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_changed == 0 and proxy.count("PUT") == 0
    assert "NOTE:Edited before the next sync" in book.cards()[href]


@BOTH_SERVERS
def test_a_put_answered_403_is_that_cards_error_and_the_run_goes_on(laptop: Laptop, book: Book,
                                                                    proxy: FaultProxy) -> None:
    laptop.store.activate()
    for given in ("Ada", "Grace", "Alan"):
        laptop.services.contacts.create(ContactData(given=given, family="Example"))
    proxy.faults.put_status = {2: 403}
    proxy.faults.put_applied = False

    report = laptop.run()

    errors = [e for c in report.collections for e in c.errors]
    assert report.errors == [] and len(errors) == 1 and "does not allow this change (403" in errors[0], errors
    assert len(book.cards()) == 2
    assert laptop.run().ok and len(book.cards()) == 3
