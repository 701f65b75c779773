"""A real IMAP server for the mail tests: Debian's Dovecot, started on 127.0.0.1 with a free port, TLS from
the first byte with a certificate of the test's own making, and a throw-away mail folder; and a TCP relay
that can cut a connection after so many bytes (a network dropping mid-fetch)."""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import imapclient
import pytest

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot") else None)
_users = itertools.count(1)
USERS = 200  # a fresh user each test


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Dovecot:
    def __init__(self, root: Path, certificate: Path, key: Path, fingerprint: str, password: str) -> None:
        assert DOVECOT is not None
        self.root = root
        self.certificate = certificate
        self.fingerprint = fingerprint
        self.port = free_port()
        # As root, mail is kept as `nobody` (Dovecot refuses mail access as root) and its own processes run as
        # Debian's dovecot and dovenull users; as anyone else, everything runs as that user. A wrong password
        # is answered at once, and logins after it are not slowed down (anvil's auth penalty off).
        me = pwd.getpwuid(os.getuid())
        mail_user = pwd.getpwnam("nobody") if os.getuid() == 0 else me
        internal, login, group = ("dovecot", "dovenull", "dovecot") if os.getuid() == 0 else (me.pw_name,) * 3
        self.homes = root / "home"
        self.homes.mkdir()
        os.chown(self.homes, mail_user.pw_uid, mail_user.pw_gid)
        self.passwd = root / "passwd"
        self._passwords = {f"user{n}": password for n in range(1, USERS + 1)}  # written up front: Dovecot
        # reads a changed password file again only seconds later
        self._write_passwords()
        os.chmod(root, 0o755)
        for readable in (certificate, key, self.passwd):
            os.chmod(readable, 0o644)
        config = root / "dovecot.conf"
        config.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = required
ssl_cert = <{certificate}
ssl_key = <{key}
auth_mechanisms = plain
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={self.homes}/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Archive {{
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
""")
        self._process = subprocess.Popen([DOVECOT, "-F", "-c", str(config)], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                break
            except OSError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Dovecot did not start: {self._process.stderr.read()!r}"
                                       if self._process.stderr else "Dovecot did not start") from None
                time.sleep(0.05)

    def user(self) -> str:
        """A fresh user with an empty mailbox (Inbox, Sent, Archive), and the password given at the start."""
        return f"user{next(_users)}"

    def _write_passwords(self) -> None:
        self.passwd.write_text("".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self._passwords.items()))

    def client(self, name: str, password: str) -> imapclient.IMAPClient:
        """The test's own IMAP client (appending, moving, deleting as another mail program would)."""
        context = ssl.create_default_context(cafile=str(self.certificate))
        context.check_hostname = False
        client = imapclient.IMAPClient("127.0.0.1", port=self.port, ssl=True, ssl_context=context, timeout=30)
        client.login(name, password)
        return client

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


class CuttingRelay:
    """A TCP relay to the server that, while `cut_after` is set, closes a connection once that many bytes
    came from the server (TLS goes through untouched: the client sees the server's own certificate)."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after: int | None = None
        self.cuts = 0
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self.connections += 1
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            limit = self.cut_after
            threading.Thread(target=self._pipe, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, limit), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        passed = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and passed + len(data) >= limit:
                    target.sendall(data[: max(0, limit - passed)])
                    self.cuts += 1
                    break
                passed += len(data)
                target.sendall(data)
        except OSError:
            pass
        for side in (source, target):
            with contextlib.suppress(OSError):
                side.shutdown(socket.SHUT_RDWR)
            side.close()

    def close(self) -> None:
        self._closing = True
        self._server.close()



@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot of the test module's own (import this fixture into it)."""
    if DOVECOT is None:
        pytest.skip("Dovecot is not installed (Debian's dovecot-imapd)")
    from tests.sync.conftest import PASSWORD
    from tests.sync.test_sync_tls import self_signed

    # Not under pytest's own temporary folder: that one is closed to other users (0700), and Dovecot reads
    # its password file and writes the mail as users of its own.
    root = Path(tempfile.mkdtemp(prefix="rapport-dovecot-"))
    certificate, key, fingerprint = self_signed(root, "imap")
    server = Dovecot(root, certificate, key, fingerprint, PASSWORD)
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)
