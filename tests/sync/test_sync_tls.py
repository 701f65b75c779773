"""TLS: a server with a self-signed certificate is refused with a clear message unless the user trusts
that certificate explicitly (`--trust-certificate`), which pins its SHA-256 fingerprint; a different
certificate later is refused before any request, and so any password, is sent."""

from __future__ import annotations

import datetime
import hashlib
import io
import ipaddress
import sqlite3
import ssl
from collections.abc import Iterator
from datetime import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.clock import FakeClock
from app.contacts import ContactData
from app.paths import database_path
from app.services import Services
from app.store import Store
from cli import commands as cli
from sync.credentials import Credentials
from sync.errors import NetworkError
from sync.service import SyncService
from tests.sync.conftest import PASSWORD, Book, Server
from tests.sync.proxy import FaultProxy

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults


def self_signed(folder: Path, name: str) -> tuple[Path, Path, str]:
    """A certificate for 127.0.0.1 signed by its own key: (certificate, key, SHA-256 of the DER)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


@pytest.fixture
def tls(tmp_path: Path) -> tuple[ssl.SSLContext, str]:
    cert, key, fingerprint = self_signed(tmp_path, "server")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context, fingerprint


@pytest.fixture
def https_proxy(server: Server, tls: tuple[ssl.SSLContext, str]) -> Iterator[FaultProxy]:
    running = FaultProxy(server.port, tls=tls[0])
    yield running
    running.close()


def _sync(data_dir: Path) -> tuple[Store, Services, SyncService]:
    store = Store.open(data_dir)
    services = Services.build(store, FakeClock(dt(2026, 3, 2, 9)), phone_region="US")
    return store, services, SyncService(services, Credentials())


def test_a_self_signed_server_is_refused_with_a_clear_message(tmp_path: Path, book: Book,
                                                              https_proxy: FaultProxy) -> None:
    store, _, sync = _sync(tmp_path / "refused")

    with pytest.raises(NetworkError) as raised:
        sync.add_account(https_proxy.url, book.user, PASSWORD)

    message = str(raised.value)
    assert "certificate is not trusted" in message and "--trust-certificate" in message
    assert PASSWORD not in message
    assert https_proxy.log == []  # the handshake failed: no request, no password went out
    assert sync.state.accounts() == []
    store.close()


def test_a_trusted_certificate_is_pinned_and_a_different_one_refused(tmp_path: Path, book: Book,
                                                                     https_proxy: FaultProxy,
                                                                     tls: tuple[ssl.SSLContext, str]) -> None:
    store, services, sync = _sync(tmp_path / "trusted")
    added = sync.add_account(https_proxy.url, book.user, PASSWORD, trust_certificate=True)
    for collection in sync.state.collections():
        sync.state.set_collection_flags(collection.id, enabled=collection.href == book.href,
                                        default_for_new=collection.href == book.href or None)
    assert added.fingerprint == tls[1]
    assert [a.tls_fingerprint for a in sync.state.accounts()] == [tls[1]]
    uid = services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid

    assert sync.run().ok
    assert book.uids() == [uid]

    other_cert, other_key, other = self_signed(tmp_path, "impostor")
    tls[0].load_cert_chain(other_cert, other_key)  # the same address now shows another certificate
    https_proxy.reset_counts()
    services.contacts.update(uid, job_title="Countess")
    report = sync.run()

    assert not report.ok and "is not the one you trusted" in report.errors[0]
    assert other[:2].upper() in report.errors[0]  # the fingerprint it showed, for the user to compare
    assert https_proxy.log == []  # refused before the request (and its password) was sent
    store.close()
    raw = sqlite3.connect(database_path(tmp_path / "trusted"))
    stored = raw.execute("SELECT tls_fingerprint FROM sync_account").fetchall()
    raw.close()
    assert stored == [(tls[1],)]
    for path in (tmp_path / "trusted").iterdir():
        content = path.read_bytes()
        assert PASSWORD.encode() not in content and b"PRIVATE KEY" not in content


def test_trust_certificate_on_the_command_line(tmp_path: Path, book: Book, https_proxy: FaultProxy,
                                               tls: tuple[ssl.SSLContext, str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    data = str(tmp_path / "cli")
    status = cli.main(["--data-dir", data, "sync", "add-account", https_proxy.url, "--user", book.user,
                       "--password-stdin"], out=out, err=err)
    assert status == 1 and "--trust-certificate" in err.getvalue()

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    status = cli.main(["--data-dir", data, "sync", "add-account", https_proxy.url, "--user", book.user,
                       "--password-stdin", "--trust-certificate"], out=out, err=err)
    assert status == 0, err.getvalue()
    shown = ":".join(tls[1].upper()[i : i + 2] for i in range(0, 64, 2))
    assert f"fingerprint {shown}" in out.getvalue() and book.href in out.getvalue()


def test_an_account_added_by_its_bare_domain_is_found_by_discovery(tmp_path: Path, book: Book,
                                                                   https_proxy: FaultProxy,
                                                                   tls: tuple[ssl.SSLContext, str]) -> None:
    """RFC 6764: given only "host[:port]", Rapport asks https://host/.well-known/carddav and walks
    from there to the principal and the user's address books."""
    store, _services, sync = _sync(tmp_path / "bare")
    domain = https_proxy.url.split("://", 1)[1].split("/", 1)[0]
    assert "/" not in domain and ":" in domain  # host:port, nothing else
    added = sync.add_account(domain, book.user, PASSWORD, trust_certificate=True)
    assert book.href in [c.href for c in added.collections]
    assert [a.url for a in sync.state.accounts()] == [f"https://{domain}"]
    store.close()
