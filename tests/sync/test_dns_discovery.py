"""RFC 6764 discovery from an e-mail address or a bare domain (issues 15 and 17): the domain's SRV record
names the host and port, its TXT record the path; a host outside the domain is offered, never gone to
unasked. Against a name server the test runs on loopback, and Radicale behind a TLS proxy."""

from __future__ import annotations

import io
import ssl
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.services import Services
from app.store import Store
from cli import commands as cli
from sync.credentials import Credentials
from sync.dns_discovery import DnsLookup, DnsService
from sync.errors import DnsNamedServer, NetworkError
from sync.service import SyncService, account_address
from tests.sync.conftest import PASSWORD, Book
from tests.sync.dns_server import NameServer
from tests.sync.proxy import FaultProxy
from tests.sync.test_sync_tls import self_signed
from ui.sync.controller import untrusted_fingerprint


@pytest.fixture
def name_server() -> Iterator[NameServer]:
    running = NameServer()
    yield running
    running.close()


def test_an_e_mail_address_or_a_bare_domain_asks_the_domains_dns() -> None:
    email = account_address("ann.lee@company.example")
    assert (email.url, email.domain, email.email, email.username) == (
        "https://company.example", "company.example", "ann.lee@company.example", "")
    assert account_address("company.example").domain == "company.example"
    # A server the user named exactly (a port, a path, an address, a scheme) is not looked up.
    for typed in ("dav.company.example:8443", "company.example/dav/", "192.0.2.7", "https://company.example"):
        assert account_address(typed).domain == "", typed
    # A user name and password typed before the host stay what they were: credentials, not an e-mail.
    typed = account_address("ann:secret@dav.company.example")
    assert (typed.username, typed.password, typed.email) == ("ann", "secret", "")


def test_srv_and_txt_records_name_the_host_port_and_path(name_server: NameServer) -> None:
    lookup = DnsLookup(["127.0.0.1"], name_server.port)
    name_server.add("_carddavs._tcp.company.example", "SRV", "10 0 8443 backup.company.example.",
                    "0 5 443 dav.company.example.", "0 60 443 carddav.company.example.")
    name_server.add("_carddavs._tcp.company.example", "TXT", '"txtvers=1"', '"path=/dav/principals/"')
    assert lookup("Company.Example.") == DnsService("company.example", "https://carddav.company.example/dav/principals/",
                                                    "carddav.company.example", True)

    # CalDAV's record when there is no CardDAV one; no TXT: the path is the root (then the well-known URLs).
    name_server.add("_caldavs._tcp.calendar-only.example", "SRV", "0 0 8443 calendar-only.example.")
    assert lookup("calendar-only.example") == DnsService("calendar-only.example", "https://calendar-only.example:8443/",
                                                         "calendar-only.example", True)
    # A company hosted elsewhere: said to be outside the domain.
    name_server.add("_carddavs._tcp.hosted.example", "SRV", "0 1 443 carddav.provider.example.")
    found = lookup("hosted.example")
    assert found is not None and not found.inside and found.host == "carddav.provider.example"
    # "." says "not offered here"; the plain (no TLS) service is never asked for.
    name_server.add("_carddavs._tcp.refuses.example", "SRV", "0 0 0 .")
    name_server.add("_carddav._tcp.plain.example", "SRV", "0 0 80 plain.example.")
    assert lookup("refuses.example") is None and lookup("plain.example") is None
    assert ("_carddav._tcp.plain.example.", "SRV") not in name_server.questions
    assert lookup("nothing.example") is None


def test_a_name_server_that_never_answers_costs_seconds_not_a_hang(name_server: NameServer) -> None:
    name_server.silent = True
    started = time.monotonic()
    assert DnsLookup(["127.0.0.1"], name_server.port, lifetime=0.5)("company.example") is None
    assert time.monotonic() - started < 5  # two questions of half a second each, not the OS's minutes


@pytest.fixture
def https_proxy(book: Book, tmp_path: Path) -> Iterator[tuple[FaultProxy, str]]:
    cert, key, fingerprint = self_signed(tmp_path, "server")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    running = FaultProxy(book.server.port, tls=context)
    yield running, fingerprint
    running.close()


def _sync(data_dir: Path, name_server: NameServer) -> tuple[Store, SyncService]:
    store = Store.open(data_dir)
    services = Services.build(store, FakeClock(datetime(2026, 3, 2, 9)), phone_region="US")
    return store, SyncService(services, Credentials(), dns=DnsLookup(["127.0.0.1"], name_server.port))


def test_an_account_added_by_e_mail_address_is_found_through_dns(
        tmp_path: Path, book: Book, name_server: NameServer, https_proxy: tuple[FaultProxy, str]) -> None:
    proxy, fingerprint = https_proxy
    home = book.href.rstrip("/").rsplit("/", 1)[0] + "/"
    name_server.add("_carddavs._tcp.localhost", "SRV", f"0 0 {proxy.port} localhost.")
    name_server.add("_carddavs._tcp.localhost", "TXT", f'"path={home}"')
    store, sync = _sync(tmp_path / "by-mail", name_server)
    # Not trusted yet: refused; the certificate the window then shows is the one of the server the DNS
    # named (not of https://localhost:443, the domain typed), the one that trusting it pins.
    with pytest.raises(NetworkError):
        sync.add_account(f"{book.user}@localhost", book.user, PASSWORD)
    assert sync.discovery_url(f"{book.user}@localhost") == f"https://localhost:{proxy.port}{home}"
    assert untrusted_fingerprint(sync.discovery_url(f"{book.user}@localhost")) == fingerprint
    added = sync.add_account(f"{book.user}@localhost", book.user, PASSWORD, trust_certificate=True)
    assert added.url == f"https://localhost:{proxy.port}{home}" and added.fingerprint == fingerprint
    assert book.href in {c.href for c in added.collections}
    store.close()


def test_a_server_of_another_domain_named_by_dns_is_offered_and_nothing_is_sent_there(
        tmp_path: Path, book: Book, name_server: NameServer, https_proxy: tuple[FaultProxy, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    proxy, _ = https_proxy
    name_server.add("_carddavs._tcp.company.example", "SRV", f"0 0 {proxy.port} localhost.")
    store, sync = _sync(tmp_path / "elsewhere", name_server)
    with pytest.raises(DnsNamedServer) as raised:
        sync.add_account("ann@company.example", "", PASSWORD, trust_certificate=True)
    assert raised.value.moved_to == f"https://localhost:{proxy.port}/" and raised.value.domain == "company.example"
    assert "localhost" in str(raised.value) and PASSWORD not in str(raised.value)
    assert proxy.log == [] and sync.state.accounts() == []  # not even a TLS handshake went there
    store.close()

    # On the command line, from a script (no terminal to ask): refused, said, exit 2; nothing kept.
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    monkeypatch.setattr("sync.service.DnsLookup", lambda: DnsLookup(["127.0.0.1"], name_server.port))
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--data-dir", str(tmp_path / "cli"), "sync", "add-account", "ann@company.example",
                     "--password-stdin", "--trust-certificate"], out=out, err=err)
    assert code != 0 and "company.example" in err.getvalue() and f"localhost:{proxy.port}" in err.getvalue()
    assert proxy.log == []
