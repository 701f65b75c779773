"""An IMAP server, read-only: its folders, how far each has come (UIDVALIDITY and UIDNEXT), and its
messages' headers and, for those the CRM keeps, their whole text.

IMAPClient rather than the standard imaplib it is built on: imaplib hands back raw response lines, and a
client would have to parse FETCH responses (literals inside parenthesised lists), decode folder names from
IMAP's modified UTF-7 ("Отправленные" is "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-"), find the Sent folder by its
RFC 6154 special-use flag and map UIDs itself; IMAPClient does each, and is kept (releases since 2011).

TLS always: from the first byte (port 993) or by STARTTLS before the login (port 143); certificates are
verified, or, for a server the user trusts although no authority signed its certificate, compared with the
fingerprint the user pinned before the user name and password are sent. Folders are opened read-only and
messages read with BODY.PEEK: reading mail from Rapport never marks it read on the server.
"""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import logging
import ssl
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import imapclient
import imapclient.exceptions
import imapclient.imapclient

from app.messages import QT_TRANSLATE_NOOP, said
from sync.errors import AuthError, NetworkError, SyncError
from sync.reasons import format_fingerprint, network_reason

log = logging.getLogger(__name__)

TIMEOUT = 60.0  # seconds without a byte from the server before a read gives up (a 25 MB message still flows)
SECURITIES = ("tls", "starttls")
DEFAULT_PORTS = {"tls": 993, "starttls": 143}
HEADERS = "BODY.PEEK[HEADER]"
WHOLE = "BODY.PEEK[]"
BODY_BYTES = 32 * 1024 * 1024  # the most one FETCH of whole messages asks for (a 25 MB attachment: alone)


class ImapCertificateError(NetworkError):
    """The server's certificate is not trusted, or is not the one the user pinned: nothing was sent."""


@dataclass(frozen=True)
class FolderState:
    name: str
    uidvalidity: int
    uidnext: int


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    received: datetime | None  # the server's INTERNALDATE (naive UTC): the date of a message without one


class ImapConnection:
    """One logged-in connection. Use as a context manager: the connection is closed (LOGOUT) at the end."""

    def __init__(self, host: str, port: int, username: str, password: str, *, security: str = "tls",
                 pinned: str = "", timeout: float = TIMEOUT) -> None:
        if security not in SECURITIES:
            raise SyncError(f"unknown connection security {security!r}: 'tls' or 'starttls'")
        self.where = f"{host}:{port}"
        self._pinned = pinned.replace(":", "").lower()
        context = ssl.create_default_context()
        if self._pinned:
            # Compared with the pin below, before the login, instead of by an authority.
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        try:
            self._client = imapclient.IMAPClient(host, port=port, ssl=security == "tls", ssl_context=context,
                                                 timeout=timeout)
        except ssl.SSLCertVerificationError as exc:
            raise self._untrusted(exc) from None
        except (OSError, imaplib.IMAP4.error) as exc:
            raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), self.where, network_reason(exc))) from None
        # INTERNALDATE as the server gave it, with its zone (normalised, IMAPClient makes it naive local time).
        self._client.normalise_times = False
        try:
            if security == "starttls":
                try:
                    self._client.starttls(context)
                except ssl.SSLCertVerificationError as exc:
                    raise self._untrusted(exc) from None
                except (imapclient.exceptions.IMAPClientError, imaplib.IMAP4.error) as exc:
                    raise NetworkError(said(QT_TRANSLATE_NOOP(
                        "Services", "%1: the server does not offer STARTTLS (%2); nothing was sent"),
                        self.where, str(exc)[:200])) from None
            self._check_pin()
            try:
                with _network(self.where):
                    self._client.login(username, password)
            except imapclient.exceptions.LoginError:
                # The server's words are not repeated: some echo what was typed.
                raise AuthError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1: the server refused the user name %2 or its password"), self.where,
                    username)) from None
        except (OSError, imaplib.IMAP4.abort) as exc:  # a TLS handshake that failed, a timeout before the login
            self._drop()
            raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), self.where, network_reason(exc))) from None
        except BaseException:
            self._drop()
            raise

    def _untrusted(self, exc: ssl.SSLCertVerificationError) -> ImapCertificateError:
        return ImapCertificateError(said(QT_TRANSLATE_NOOP(
            "Services", "%1: the server's TLS certificate is not trusted (%2). If this is your own server and you"
                        " trust it, add the account with --trust-certificate"),
            self.where, exc.verify_message or str(exc)[:200]))

    def _check_pin(self) -> None:
        if not self._pinned:
            return
        der = self._client.socket().getpeercert(binary_form=True)
        shown = hashlib.sha256(der).hexdigest() if der else ""
        if shown != self._pinned:
            raise ImapCertificateError(said(QT_TRANSLATE_NOOP(
                "Services", "%1: the server's certificate (%2) is not the one you trusted (%3); nothing was sent."
                            " If the server really has a new certificate, add the account again with"
                            " --trust-certificate"),
                self.where, format_fingerprint(shown), format_fingerprint(self._pinned)))

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._client.logout()
        except (OSError, imaplib.IMAP4.error, imapclient.exceptions.IMAPClientError):
            self._drop()

    def _drop(self) -> None:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            self._client.shutdown()

    # --- reading ---------------------------------------------------------------------------------

    def folders(self) -> list[str]:
        """Every folder that can be opened (a \\Noselect parent cannot)."""
        with _network(self.where):
            listed = self._client.list_folders()
        closed = (b"\\Noselect", b"\\NonExistent")
        return [str(name) for flags, _, name in listed if not any(flag in flags for flag in closed)]

    def sent_folder(self) -> str | None:
        """The folder the user's mail program files sent mail in (RFC 6154 \\Sent, else by its name)."""
        with _network(self.where):
            found = self._client.find_special_folder(imapclient.imapclient.SENT)
        return str(found) if found else None

    def state(self, folder: str) -> FolderState:
        """A folder's UIDVALIDITY and UIDNEXT, without opening it (STATUS: what a check with nothing new costs)."""
        with _network(self.where):
            status = self._client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        return self._state(folder, status)

    def open(self, folder: str) -> FolderState:
        """Open a folder read-only (nothing done here changes a flag on the server)."""
        with _network(self.where):
            answer = self._client.select_folder(folder, readonly=True)
        return self._state(folder, answer)

    def _state(self, folder: str, answer: dict[bytes, Any]) -> FolderState:
        """UIDNEXT 0: the server did not say (then the folder is searched each time, never believed read)."""
        if b"UIDVALIDITY" not in answer:
            raise SyncError(said(QT_TRANSLATE_NOOP(
                "Services", "%1: the folder %2 has no UIDVALIDITY (the server cannot say what is new)"),
                self.where, folder))
        return FolderState(folder, int(answer[b"UIDVALIDITY"]), int(answer.get(b"UIDNEXT", 0) or 0))

    def uids_after(self, last_uid: int) -> list[int]:
        """The open folder's messages with a UID above `last_uid`, in order ("N:*" always names the last
        message too, even one below N: that one is left out)."""
        with _network(self.where):
            found = self._client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in (int(u) for u in found) if uid > last_uid)

    def headers(self, uids: Sequence[int]) -> Iterator[Fetched]:
        """The header blocks of these messages of the open folder (a message gone meanwhile is left out)."""
        if not uids:
            return
        answer = self._fetch(uids, [HEADERS, "INTERNALDATE"])
        for uid in uids:
            item = answer.get(uid)
            if item is not None and b"BODY[HEADER]" in item:
                yield Fetched(uid, bytes(item[b"BODY[HEADER]"]), _naive(item.get(b"INTERNALDATE")))

    def _fetch(self, uids: Sequence[int], items: list[str]) -> dict[int, Any]:
        """FETCH for these messages; a batch the server refuses (a NO: "some messages could not be fetched",
        a damaged message) is asked for one message at a time, and what still fails is left out (counted by
        the caller as unreadable), so one bad message never stops a folder for good."""
        try:
            with _network(self.where):
                return dict(self._client.fetch(list(uids), items))
        except NetworkError:
            raise
        except SyncError as refused:
            if len(uids) == 1:
                log.info("%s: the server would not give message %s", self.where, uids[0])
                return {}
            error = refused
        found: dict[int, Any] = {}
        for uid in uids:
            found.update(self._fetch([uid], items))
        if not found:  # not one of them alone either: the server is in trouble, not a message ("[UNAVAILABLE]")
            raise error
        return found

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        answer = self._fetch(uids, ["RFC822.SIZE"])
        return {uid: int(item.get(b"RFC822.SIZE", 0)) for uid, item in answer.items()}

    def whole(self, uids: Sequence[int]) -> Iterator[Fetched]:
        """These messages whole, a few at a time so a large one is asked for alone (one gone meanwhile, or
        that the server will not give, is left out)."""
        if not uids:
            return
        sizes = self.sizes(uids)
        for group in _by_size([u for u in uids if u in sizes], sizes):
            answer = self._fetch(group, [WHOLE, "INTERNALDATE"])
            for uid in group:
                item = answer.get(uid)
                if item is not None and b"BODY[]" in item:
                    yield Fetched(uid, bytes(item[b"BODY[]"]), _naive(item.get(b"INTERNALDATE")))


def _by_size(uids: Iterable[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    group: list[int] = []
    total = 0
    for uid in uids:
        if group and total + sizes[uid] > BODY_BYTES:
            yield group
            group, total = [], 0
        group.append(uid)
        total += sizes[uid]
    if group:
        yield group


def _naive(moment: Any) -> datetime | None:
    if not isinstance(moment, datetime):
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


class _network:
    """Errors of one exchange with the server as the NetworkError a user reads ("the server closed the
    connection"), never the protocol's insides."""

    def __init__(self, where: str) -> None:
        self.where = where

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _: Any) -> None:
        if exc is None:
            return
        if isinstance(exc, imaplib.IMAP4.abort | EOFError | ssl.SSLEOFError | ConnectionResetError):
            # imaplib says "command: FETCH => socket error: EOF": no words for a user.
            raise NetworkError(said(QT_TRANSLATE_NOOP(
                "Services", "%1: the connection to the server broke off; what came before it is kept, and the next"
                            " fetch goes on from there"), self.where)) from None
        if isinstance(exc, OSError):
            raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), self.where, network_reason(exc))) from None
        if isinstance(exc, imapclient.exceptions.LoginError):
            return  # said by the caller, in its own words
        if isinstance(exc, imaplib.IMAP4.error | imapclient.exceptions.IMAPClientError):
            raise SyncError(said(QT_TRANSLATE_NOOP("Services", "%1: the server answered: %2"), self.where,
                                 str(exc)[:200])) from None


def server_fingerprint(host: str, port: int, security: str, timeout: float = 10.0) -> str:
    """The SHA-256 fingerprint of the certificate an IMAP server shows (read without checking it: what the
    user is asked to trust)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # reading the certificate the user is about to pin, not trusting it yet
    try:
        client = imapclient.IMAPClient(host, port=port, ssl=security == "tls", ssl_context=context, timeout=timeout)
        try:
            if security == "starttls":
                client.starttls(context)
            der = client.socket().getpeercert(binary_form=True)
        finally:
            client.shutdown()
    except (OSError, imaplib.IMAP4.error, imapclient.exceptions.IMAPClientError) as exc:
        raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: could not read the server's certificate (%2)"),
                                f"{host}:{port}", network_reason(exc))) from None
    if not der:
        raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: the server showed no certificate"),
                                f"{host}:{port}"))
    return hashlib.sha256(der).hexdigest()
