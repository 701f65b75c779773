"""A small WebDAV/CardDAV client over niquests (the HTTP library caldav already brings).

Only what the sync engine needs: PROPFIND, REPORT sync-collection (RFC 6578) and
addressbook-multiget (RFC 6352), conditional GET/PUT/DELETE, and discovery (RFC 6764 well-known
URL → current-user-principal → addressbook-home-set → address books, calendar-home-set →
calendars). TLS certificates are verified; a server whose certificate no authority vouches for (a
self-signed home server) is refused unless the user trusted that very certificate: its SHA-256
fingerprint is pinned (`pinned`), checked on every connection before a request (and the password
in it) is sent.

Statuses: 401/403 raise AuthError and stop the run; 429 and 503 are retried after the server's
Retry-After while that stays under `max_wait`; other 5xx stop the run (ServerBusyError); 412 and 507
become PreconditionFailed / InsufficientStorage for the one item. The client never sends `If-Match: *`
nor `DAV:limit` (some servers compare the first literally and truncate silently on the second).

DavClient is the network backend of the storage protocol (sync/storage.py RemoteStorage); sync/memory.py
is the in-memory one the engine's tests use.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import re
import socket
import ssl
import threading
import time
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import defusedxml.ElementTree as SafeET  # type: ignore[import-untyped]
import niquests
from defusedxml import DefusedXmlException

from app.messages import QT_TRANSLATE_NOOP, message_of, said
from sync.defaults import DEFAULT_DEADLINE as DEFAULT_DEADLINE
from sync.errors import (
    WRITES,
    AuthError,
    DavStatusError,
    InsufficientStorage,
    InvalidSyncToken,
    NetworkError,
    OffOrigin,
    PreconditionFailed,
    ServerBusyError,
    ServerMoved,
    UnreadableAnswer,
    forbidden_write,
)
from sync.reasons import format_fingerprint as format_fingerprint
from sync.reasons import network_reason as _reason
from sync.storage import SYNCED_COMPONENTS, is_weak

# The storage protocol's data, re-exported: `from sync.dav import Fetched` keeps working.
from sync.storage import Collection as Collection
from sync.storage import CollectionMarks as CollectionMarks
from sync.storage import Fetched as Fetched
from sync.storage import SyncListing as SyncListing
from sync.storage import path_of as path_of

log = logging.getLogger(__name__)

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
USER_AGENT = "Rapport-sync/0.1"
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


@dataclass(frozen=True)
class PropResponse:
    """One <response> of a multistatus: the href and its found properties (status 200)."""

    href: str  # path, percent-decoded
    props: dict[str, ET.Element]
    status: int  # the response's own status (404 for a removed member in sync-collection)

    def text(self, name: str) -> str:
        element = self.props.get(name)
        return (element.text or "").strip() if element is not None else ""


Sleep = Callable[[float], None]


class _CertificateMismatch(Exception):
    """The server showed another certificate than the one the user trusted."""


class _PastDeadline(Exception):
    """The request did not end within the client's deadline."""


Origin = tuple[str, str, int]
# Servers that asked for Digest (Basic is answered with a challenge): Basic is sent to one once a process.
_DIGEST_ORIGINS: set[Origin] = set()


def origin_of(url: str) -> Origin | None:
    """(scheme, host, port) of an absolute URL, the default port filled in; None when it has none."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if not scheme or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or {"http": 80, "https": 443}.get(scheme, 0)


def _without_credentials(url: str) -> str:
    """`url` without a user name or password in it: a server never chooses whose credentials go where."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path, parts.query, ""))


def _origin_text(origin: Origin) -> str:
    return f"{origin[0]}://{origin[1]}:{origin[2]}"


class DavClient:
    """One server account's HTTP session. Build one per run; `close()` when done. `pinned`: the SHA-256
    fingerprint (hex) of a certificate the user trusts although no authority signed it.

    Every request stays on the base URL's origin (scheme, host, port): an href or a redirect of the
    server's that leads elsewhere (or from https down to http) is refused (OffOrigin), never followed, so
    neither the password nor a card goes there. `timeout`: the longest wait for any one byte; `deadline`:
    the longest a whole request may take (connecting, sending, the whole answer)."""

    def __init__(self, base_url: str, username: str, password: str, *, pinned: str = "",
                 timeout: float = 30.0, max_wait: float = 60.0, attempts: int = 3, sleep: Sleep = time.sleep,
                 deadline: float = DEFAULT_DEADLINE) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        origin = origin_of(self.base_url)
        if origin is None:
            raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1 is not a server address"), self.base_url))
        self._origin = origin
        self._auth = (username, password)
        self._digest = origin in _DIGEST_ORIGINS  # the server asked for Digest: Basic is no longer sent
        self._session = self._new_session()
        self._pinned = pinned.replace(":", "").lower()
        # niquests takes `verify` per request (a session attribute is not honoured for every pool).
        self._tls: dict[str, Any] = ({"verify": False, "hooks": {"pre_send": [self._check_pin]}} if self._pinned
                                     else {"verify": True})
        self._timeout = timeout
        self._deadline = deadline
        self._max_wait = max_wait
        self._attempts = attempts
        self._sleep = sleep
        self.requests = 0  # how many requests this client sent (the status view and tests read it)

    def _new_session(self) -> niquests.Session:
        session = niquests.Session(disable_http3=True)
        session.auth = niquests.auth.HTTPDigestAuth(*self._auth) if self._digest else self._auth
        session.headers["User-Agent"] = USER_AGENT
        return session

    def close(self) -> None:
        self._session.close()

    def url(self, href: str) -> str:
        """The absolute URL of an href (a path, percent-decoded, or a full URL); OffOrigin when it is not on
        the account's server (a path such as "//host:port/x" is a reference to another host)."""
        if urlsplit(href).scheme:
            target = href
        else:
            target = urljoin(self.base_url, quote(href, safe="/@:+,;=~!$&'()*"))
        if origin_of(target) != self._origin:
            raise OffOrigin(said(QT_TRANSLATE_NOOP(
                "Services", "the server pointed to %1, which is not on %2 (the account's server); refused, nothing"
                " was sent there"), href, _origin_text(self._origin)))
        return target

    def own_href(self, href: str) -> str:
        """An href from the server as the sync state keys it (its path, percent-decoded), once it is sure to
        be on the account's server: OffOrigin otherwise."""
        self.url(href)  # as the server wrote it: a full URL of another host
        path = path_of(href)
        self.url(path)  # decoded: "/%2Fhost:port/x" becomes the reference "//host:port/x"
        return path

    # --- the request loop -------------------------------------------------------------------

    def request(self, method: str, href: str, *, body: str | bytes | None = None,
                headers: dict[str, str] | None = None, ok: Iterable[int] = (200, 201, 204, 207)) -> Any:
        """Send one request; retry 429/503 after Retry-After (bounded); map the rest to errors."""
        url = self.url(href)
        data = body.encode("utf-8") if isinstance(body, str) else body
        attempt = 0
        while attempt < self._attempts:
            attempt += 1
            self.requests += 1
            try:
                response = self._exchange(method, url, data, headers or {})
            except _PastDeadline:
                raise NetworkError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1 %2: the server took longer than %3 s to answer; the request was given up"),
                    method, path_of(url), f"{self._deadline:g}")) from None
            except _CertificateMismatch as exc:
                raise NetworkError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1: %2; nothing was sent. If the server really has a new certificate, add the"
                    " account again with --trust-certificate"), urlsplit(url).netloc, message_of(exc))) from None
            except niquests.exceptions.SSLError as exc:
                raise NetworkError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1: the server's TLS certificate is not trusted (%2). If this is your own server"
                    " and you trust it, add the account with --trust-certificate"),
                    urlsplit(url).netloc, _reason(exc))) from None
            except niquests.exceptions.Timeout:
                raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server did not answer in %3 s"),
                                        method, path_of(url), f"{self._timeout:g}")) from None
            except niquests.exceptions.RequestException as exc:
                raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the connection failed (%3)"),
                                        method, path_of(url), _reason(exc))) from None
            status = int(response.status_code or 0)
            if status in ok:
                return response
            if status == 507:
                raise InsufficientStorage(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server is out of space (507)"),
                                               method, path_of(url)), status)
            # 501 Not Implemented and 505 say what the server lacks, not that it is busy: they fall through to
            # DavStatusError, where a caller has another way (a PROPFIND listing for sync-collection).
            if status in (429, 503) or (status >= 500 and status not in (501, 505)):
                wait = retry_after(response.headers.get("Retry-After"))
                if status in (429, 503) and attempt < self._attempts and (wait or 1.0) <= self._max_wait:
                    log.info("%s %s: %s, waiting %.1f s", method, path_of(url), status, wait or 1.0)
                    self._sleep(wait if wait is not None else 1.0)
                    continue
                if wait is not None:
                    busy = said(QT_TRANSLATE_NOOP(
                        "Services", "the server is busy or failing (%1 on %2 %3); it asks to retry in %4 s"),
                        status, method, path_of(url), f"{wait:g}")
                else:
                    busy = said(QT_TRANSLATE_NOOP("Services", "the server is busy or failing (%1 on %2 %3); try again"
                                                  " later"), status, method, path_of(url))
                raise ServerBusyError(busy, wait)
            if status == 401 and self._digest_asked(response):
                attempt -= 1  # not a failed attempt: the same request again, answering the Digest challenge
                continue
            text = _body_text(response)
            if status == 403 and method in WRITES and "valid-sync-token" not in text:
                raise forbidden_write(method, path_of(url))
            if status == 401 or (status == 403 and "valid-sync-token" not in text):
                raise AuthError(said(QT_TRANSLATE_NOOP(
                    "Services", "the server refused the user name or password (%1); enter them again"), status), status)
            if "valid-sync-token" in text and status in (403, 409, 412):
                raise InvalidSyncToken("the server no longer knows the sync-token", status)
            if status == 412:
                raise PreconditionFailed(said(QT_TRANSLATE_NOOP("Services", "%1 %2: changed on the server meanwhile"),
                                              method, path_of(url)), status)
            raise DavStatusError(said(QT_TRANSLATE_NOOP("Services", "%1 %2: the server answered %3"),
                                      method, path_of(url), status), status)
        raise AssertionError("unreachable: the loop returns or raises")

    def _digest_asked(self, response: Any) -> bool:
        """Whether a 401 asks for Digest authentication (Baikal's default) while this client still sends
        Basic: from now on it answers Digest challenges (True: send the request again)."""
        challenge = str(response.headers.get("WWW-Authenticate") or "")
        if self._digest or not challenge.lower().lstrip().startswith("digest"):
            return False
        self._digest = True
        _DIGEST_ORIGINS.add(self._origin)  # the next clients of this process start with Digest
        self._session.auth = niquests.auth.HTTPDigestAuth(*self._auth)
        return True

    def _exchange(self, method: str, url: str, data: bytes | None, headers: dict[str, str]) -> Any:
        """One request and its answer, following the redirects of a GET or PROPFIND that stay on the
        account's server (refused: OffOrigin); the whole within the deadline (_PastDeadline)."""
        target = url
        for _hop in range(MAX_REDIRECTS + 1):
            response = self._send(method, target, data, headers)
            location = response.headers.get("Location")
            if int(response.status_code or 0) not in REDIRECTS or method not in ("GET", "PROPFIND") or not location:
                return response
            following = urljoin(target, location)
            if urlsplit(target).scheme == "https" and urlsplit(following).scheme.lower() != "https":
                raise OffOrigin(said(QT_TRANSLATE_NOOP(
                    "Services", "%1 %2: the server sent the request on to %3, an unencrypted http:// address; not"
                    " followed, so neither the password nor any data went there"), method, path_of(url), following))
            if origin_of(following) != self._origin:
                moved_to = _without_credentials(following)
                raise ServerMoved(said(QT_TRANSLATE_NOOP(
                    "Services", "%1 %2: the server sent the request on to %3, on another server; not followed"
                    " (nothing was sent there). If the account really moved, add it again with that address"),
                    method, path_of(url), moved_to), moved_to)
            target = following
        return response

    def _send(self, method: str, url: str, data: bytes | None, headers: dict[str, str]) -> Any:
        """One HTTP exchange, no redirect followed, ended after `deadline` seconds whatever the server does
        (the timeout alone is per byte: a server sending a byte every few seconds would hold it for ever)."""
        session = self._session
        box: dict[str, Any] = {}
        done = threading.Event()

        def send() -> None:
            try:
                with warnings.catch_warnings():
                    # A pinned certificate is checked by _check_pin, not by an authority: no warning about it.
                    warnings.filterwarnings("ignore", message="Unverified HTTPS request")
                    response = session.request(method, url, data=data, headers=headers, timeout=self._timeout,
                                               allow_redirects=False, **self._tls)
                    _ = response.content  # the whole answer, within the deadline
                box["response"] = response
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc
            finally:
                done.set()

        # A daemon thread: one still waiting on a stalled server never holds up the end of the program.
        threading.Thread(target=send, name="dav-request", daemon=True).start()
        if not done.wait(self._deadline):
            # That connection is stuck with the thread: later requests take a new session; the old one is
            # closed aside (its pool may wait on the stuck thread).
            self._session = self._new_session()
            threading.Thread(target=_close_quietly, args=(session,), name="dav-close", daemon=True).start()
            raise _PastDeadline
        if "error" in box:
            raise box["error"]
        return box["response"]

    def _check_pin(self, request: Any, **_: Any) -> Any:
        """Before a request leaves: the connection's certificate must be the one the user trusted."""
        der = request.conn_info.certificate_der if request.conn_info is not None else None
        if der is None or hashlib.sha256(der).hexdigest() != self._pinned:
            shown = format_fingerprint(hashlib.sha256(der).hexdigest()) if der else "none"
            raise _CertificateMismatch(f"the server's certificate ({shown}) is not the one you trusted"
                                       f" ({format_fingerprint(self._pinned)})")
        return request

    # --- WebDAV ---------------------------------------------------------------------------------

    def propfind(self, href: str, props: Sequence[str], depth: int = 0) -> list[PropResponse]:
        root = ET.Element(tag(DAV, "propfind"))
        prop = ET.SubElement(root, tag(DAV, "prop"))
        for name in props:
            ET.SubElement(prop, name)
        response = self.request("PROPFIND", href, body=_xml(root), headers=_xml_headers(depth))
        return parse_multistatus(response.content, where=path_of(self.url(href)), own=self.own_href)

    def sync_collection(self, href: str, token: str,
                        props: Sequence[str] = (tag(DAV, "getetag"), tag(DAV, "getlastmodified"))) -> SyncListing:
        """REPORT sync-collection (RFC 6578); an empty token lists everything. No DAV:limit. The members'
        getlastmodified tells whether the collection's stands for them (sync/engine.py `_judge_lastmod`)."""
        root = ET.Element(tag(DAV, "sync-collection"))
        ET.SubElement(root, tag(DAV, "sync-token")).text = token
        ET.SubElement(root, tag(DAV, "sync-level")).text = "1"
        prop = ET.SubElement(root, tag(DAV, "prop"))
        for name in props:
            ET.SubElement(prop, name)
        response = self.request("REPORT", href, body=_xml(root), headers=_xml_headers(1))
        where = path_of(self.url(href))
        document = parse_xml(response.content, where)
        new_token = (document.findtext(tag(DAV, "sync-token")) or "").strip()
        changed: list[tuple[str, str | None]] = []
        removed: list[str] = []
        modified: list[str] = []
        own = where.rstrip("/")
        for item in parse_multistatus(response.content, document, where=where, own=self.own_href):
            if item.href.rstrip("/") == own:
                continue  # the collection itself (some servers list it)
            if item.status == 404:
                removed.append(item.href)
            elif item.status == 507:
                continue  # "truncated": the caller asks again with the new token
            else:
                changed.append((item.href, _etag(item.text(tag(DAV, "getetag")))))
                modified.append(item.text(tag(DAV, "getlastmodified")))
        return SyncListing(changed, removed, new_token, full=not token, newest=newest_date(modified))

    def marks(self, href: str, *, ctag: bool) -> CollectionMarks:
        """The collection's getlastmodified and, when asked, its getctag (or its etag, which changes
        whenever anything in the collection does). Both cheap questions next to a sync-collection over
        a big book; getlastmodified the cheapest. "" for what the server does not give."""
        props = [tag(DAV, "getlastmodified")] + ([tag(CS, "getctag"), tag(DAV, "getetag")] if ctag else [])
        root = ET.Element(tag(DAV, "propfind"))
        prop = ET.SubElement(root, tag(DAV, "prop"))
        for name in props:
            ET.SubElement(prop, name)
        try:
            response = self.request("PROPFIND", href, body=_xml(root), headers=_xml_headers(0))
        except DavStatusError as exc:
            if exc.status in (400, 403, 404, 405, 501):
                return CollectionMarks("", "")
            raise
        found = parse_multistatus(response.content, where=path_of(self.url(href)), own=self.own_href)
        own = path_of(self.url(href)).rstrip("/")
        for item in found:
            if item.href.rstrip("/") == own or len(found) == 1:
                lastmod = item.text(tag(DAV, "getlastmodified"))
                date = response.headers.get("Date") or ""
                return CollectionMarks(item.text(tag(CS, "getctag")) or item.text(tag(DAV, "getetag")),
                                       lastmod if _settled(lastmod, date) else "", date)
        return CollectionMarks("", "")

    def list_etags(self, href: str) -> SyncListing:
        """A full listing by PROPFIND Depth 1, for servers without sync-collection."""
        own = path_of(self.url(href)).rstrip("/")
        found = self.propfind(href, [tag(DAV, "getetag"), tag(DAV, "getlastmodified"), tag(DAV, "resourcetype")],
                              depth=1)
        members = [r for r in found if r.href.rstrip("/") != own and r.status == 200 and not _is_collection(r)]
        return SyncListing([(r.href, _etag(r.text(tag(DAV, "getetag")))) for r in members], [], "", full=True,
                           newest=newest_date([r.text(tag(DAV, "getlastmodified")) for r in members]))

    def newest_member(self, href: str) -> str:
        """The latest getlastmodified of the members, by PROPFIND Depth 1 (a server that gives none in its
        sync-collection answers, as Radicale, gives it here)."""
        own = path_of(self.url(href)).rstrip("/")
        found = self.propfind(href, [tag(DAV, "getlastmodified"), tag(DAV, "resourcetype")], depth=1)
        return newest_date([r.text(tag(DAV, "getlastmodified")) for r in found
                            if r.href.rstrip("/") != own and r.status == 200 and not _is_collection(r)])

    def multiget(self, href: str, hrefs: Sequence[str], kind: str = "addressbook") -> tuple[list[Fetched], list[str]]:
        """addressbook-multiget (or calendar-multiget): the texts found, and the hrefs not found."""
        namespace, report, data = ((CARDDAV, "addressbook-multiget", "address-data") if kind == "addressbook"
                                   else (CALDAV, "calendar-multiget", "calendar-data"))
        root = ET.Element(tag(namespace, report))
        prop = ET.SubElement(root, tag(DAV, "prop"))
        ET.SubElement(prop, tag(DAV, "getetag"))
        ET.SubElement(prop, tag(namespace, data))
        for wanted in hrefs:
            ET.SubElement(root, tag(DAV, "href")).text = quote(wanted, safe="/@:+,;=~!$&'()*")
        response = self.request("REPORT", href, body=_xml(root), headers=_xml_headers(1))
        fetched: list[Fetched] = []
        missing: list[str] = []
        for item in parse_multistatus(response.content, where=path_of(self.url(href)), own=self.own_href):
            text = item.props.get(tag(namespace, data))
            if item.status != 200 or text is None or not (text.text or "").strip():
                missing.append(item.href)
                continue
            fetched.append(Fetched(item.href, _etag(item.text(tag(DAV, "getetag"))), text.text or ""))
        return fetched, missing

    def get(self, href: str) -> Fetched | None:
        """The resource's text and etag; None when it is not there (404/410)."""
        try:
            response = self.request("GET", href, headers={"Accept": "text/vcard, text/calendar"})
        except DavStatusError as exc:
            if exc.status in (404, 410):
                return None
            raise
        return Fetched(path_of(href), _etag(response.headers.get("ETag")), _body_text(response))

    def put(self, href: str, text: str, *, etag: str | None, content_type: str = "text/vcard; charset=utf-8"
            ) -> tuple[str, str | None]:
        """Create (etag None: If-None-Match: *) or update (If-Match: the etag we hold). Returns the href the
        server keeps it under (its Location, when it moved it) and the new etag, None when it gave none."""
        headers = {"Content-Type": content_type}
        if etag is None:
            headers["If-None-Match"] = "*"
        elif not is_weak(etag):  # a weak tag never matches If-Match: the engine checked the text instead
            headers["If-Match"] = _quoted_etag(etag)
        response = self.request("PUT", href, body=text, headers=headers, ok=(200, 201, 204))
        location = response.headers.get("Location")
        new_href = self.own_href(urljoin(self.url(href), location)) if location else path_of(href)
        return new_href, _etag(response.headers.get("ETag"))

    def delete(self, href: str, etag: str | None) -> bool:
        """Delete if unchanged (If-Match when we hold an etag). False when it was gone already."""
        headers = {"If-Match": _quoted_etag(etag)} if etag and not is_weak(etag) else {}
        try:
            self.request("DELETE", href, headers=headers, ok=(200, 204))
        except DavStatusError as exc:
            if exc.status in (404, 410):
                return False
            raise
        return True

    # --- discovery (RFC 6764, RFC 6352) -----------------------------------------------------------

    def principal(self) -> str:
        """The current user's principal URL: asked of the given URL, else of /.well-known/carddav."""
        for start in (self.base_url, "/.well-known/carddav", "/.well-known/caldav"):
            try:
                found = self.propfind(start, [tag(DAV, "current-user-principal")])
            except AuthError as exc:
                if exc.status == 403 and start == self.base_url:
                    continue  # a path this user may not see (not a wrong password): try the well-known URL
                raise
            except DavStatusError as exc:
                if exc.status in (404, 405, 501):
                    continue
                raise
            except UnreadableAnswer:
                if start == self.base_url:
                    continue  # a web site's front page (HTML) at a bare host: the well-known address next
                raise
            for item in found:
                element = item.props.get(tag(DAV, "current-user-principal"))
                href = element.findtext(tag(DAV, "href")) if element is not None else None
                if href:
                    return self.own_href(urljoin(self.url(start), href.strip()))
        raise DavStatusError(said(QT_TRANSLATE_NOOP(
            "Services", "%1: no CardDAV or CalDAV service found there (no current-user-principal)"), self.base_url),
            404)

    def principal_name(self, principal: str) -> str:
        """The name the server gives the principal's owner (DAV:displayname): "" when it gives none or
        refuses to say (it only names the user in the office, app/office.py)."""
        try:
            found = self.propfind(principal, [tag(DAV, "displayname")])
        except (DavStatusError, UnreadableAnswer):
            return ""
        return next((" ".join(item.text(tag(DAV, "displayname")).split()) for item in found
                     if item.text(tag(DAV, "displayname"))), "")

    def addressbook_home(self, principal: str) -> str:
        found = self.propfind(principal, [tag(CARDDAV, "addressbook-home-set")])
        for item in found:
            element = item.props.get(tag(CARDDAV, "addressbook-home-set"))
            href = element.findtext(tag(DAV, "href")) if element is not None else None
            if href:
                return self.own_href(urljoin(self.url(principal), href.strip()))
        raise DavStatusError(f"{principal}: the server names no address book home", 404)

    def address_books(self, home: str) -> list[Collection]:
        props = [tag(DAV, "resourcetype"), tag(DAV, "displayname"), tag(CARDDAV, "supported-address-data")]
        books: list[Collection] = []
        for item in self.propfind(home, props, depth=1):
            resource_type = item.props.get(tag(DAV, "resourcetype"))
            if resource_type is None or resource_type.find(tag(CARDDAV, "addressbook")) is None:
                continue
            versions = set()
            supported = item.props.get(tag(CARDDAV, "supported-address-data"))
            if supported is not None:
                versions = {el.get("version", "") for el in supported}
            version = "3.0" if "3.0" in versions or not versions else "4.0"
            name = item.text(tag(DAV, "displayname")) or item.href.rstrip("/").rsplit("/", 1)[-1]
            books.append(Collection(item.href if item.href.endswith("/") else item.href + "/", name, "addressbook",
                                    version))
        return books

    def calendar_home(self, principal: str) -> str | None:
        """The calendar-home-set of a principal (RFC 4791); None on a server without calendars."""
        try:
            found = self.propfind(principal, [tag(CALDAV, "calendar-home-set")])
        except DavStatusError as exc:
            if exc.status in (403, 404, 405, 501):
                return None
            raise
        for item in found:
            element = item.props.get(tag(CALDAV, "calendar-home-set"))
            href = element.findtext(tag(DAV, "href")) if element is not None else None
            if href:
                return self.own_href(urljoin(self.url(principal), href.strip()))
        return None

    def calendars(self, home: str) -> list[Collection]:
        """The calendars in a home, each with the components it takes (supported-calendar-component-set;
        a calendar that does not say takes any)."""
        props = [tag(DAV, "resourcetype"), tag(DAV, "displayname"), tag(CALDAV, "supported-calendar-component-set")]
        found: list[Collection] = []
        for item in self.propfind(home, props, depth=1):
            resource_type = item.props.get(tag(DAV, "resourcetype"))
            if resource_type is None or resource_type.find(tag(CALDAV, "calendar")) is None:
                continue
            supported = item.props.get(tag(CALDAV, "supported-calendar-component-set"))
            names = [el.get("name", "").upper() for el in supported] if supported is not None else []
            components = ",".join(n for n in SYNCED_COMPONENTS if n in names) if names else ",".join(SYNCED_COMPONENTS)
            if not components:
                continue  # a calendar of free/busy or availability only: nothing Rapport syncs
            name = item.text(tag(DAV, "displayname")) or item.href.rstrip("/").rsplit("/", 1)[-1]
            found.append(Collection(item.href if item.href.endswith("/") else item.href + "/", name, "calendar",
                                    "2.0", components))
        return found

    def make_calendar(self, href: str, display_name: str, components: Sequence[str] = ("VEVENT", "VTODO")) -> None:
        """MKCALENDAR (RFC 4791) taking these components."""
        root = ET.Element(tag(CALDAV, "mkcalendar"))
        props = ET.SubElement(ET.SubElement(root, tag(DAV, "set")), tag(DAV, "prop"))
        ET.SubElement(props, tag(DAV, "displayname")).text = display_name
        supported = ET.SubElement(props, tag(CALDAV, "supported-calendar-component-set"))
        for name in components:
            ET.SubElement(supported, tag(CALDAV, "comp"), name=name)
        self.request("MKCALENDAR", href, body=_xml(root), headers=_xml_headers(None), ok=(200, 201))

    def make_addressbook(self, href: str, display_name: str) -> None:
        """Extended MKCOL (RFC 5689) of an address book; used when the user has none yet."""
        root = ET.Element(tag(DAV, "mkcol"))
        props = ET.SubElement(ET.SubElement(root, tag(DAV, "set")), tag(DAV, "prop"))
        resource_type = ET.SubElement(props, tag(DAV, "resourcetype"))
        ET.SubElement(resource_type, tag(DAV, "collection"))
        ET.SubElement(resource_type, tag(CARDDAV, "addressbook"))
        ET.SubElement(props, tag(DAV, "displayname")).text = display_name
        self.request("MKCOL", href, body=_xml(root), headers=_xml_headers(None), ok=(200, 201))


# --- helpers ------------------------------------------------------------------------------------


def server_fingerprint(url: str, timeout: float = 10.0) -> str:
    """The SHA-256 fingerprint (hex) of the certificate an HTTPS server shows, read without checking it:
    what the user is asked to trust."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise NetworkError(f"{url}: only an https:// server has a certificate to trust")
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # reading the certificate the user is about to pin, not trusting it yet
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=parts.hostname) as tls:
            der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: could not read the server's certificate (%2)"),
                                parts.netloc, _reason(exc))) from None
    if not der:
        raise NetworkError(said(QT_TRANSLATE_NOOP("Services", "%1: the server showed no certificate"), parts.netloc))
    return hashlib.sha256(der).hexdigest()


def parse_xml(content: bytes, where: str = "") -> ET.Element:
    """An XML answer of the server's; UnreadableAnswer when it is not well-formed, or declares a DTD or
    entities (refused outright: entity expansion and external entities never get a chance)."""
    try:
        root: ET.Element = SafeET.fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        reason = "it declares a DTD or entities, which are refused"
    except (ET.ParseError, ValueError, RecursionError) as exc:
        reason = str(exc)[:200] or type(exc).__name__
    else:
        return root
    raise UnreadableAnswer(said(QT_TRANSLATE_NOOP(
        "Services", "%1: the server's answer could not be read (%2); nothing of it was used"), where or "/", reason))


def parse_multistatus(content: bytes, document: ET.Element | None = None, *, where: str = "",
                      own: Callable[[str], str] = path_of) -> list[PropResponse]:
    """The responses of a multistatus; `own` turns each href into the path kept (and may refuse it)."""
    root = document if document is not None else parse_xml(content, where)
    responses = []
    for response in root.iter(tag(DAV, "response")):
        href = own((response.findtext(tag(DAV, "href")) or "").strip())
        own_status = _status(response.findtext(tag(DAV, "status")))
        props: dict[str, ET.Element] = {}
        for propstat in response.findall(tag(DAV, "propstat")):
            if _status(propstat.findtext(tag(DAV, "status"))) != 200:
                continue
            for prop in propstat.findall(tag(DAV, "prop")):
                for element in prop:
                    props[element.tag] = element
        responses.append(PropResponse(href, props, own_status or 200))
    return responses


def _settled(lastmod: str, date: str | None) -> bool:
    """True when the server answered (Date) at least a whole second after `lastmod`."""
    modified = _http_dates(lastmod)
    answered = _http_dates(date or "")
    return bool(modified and answered) and (min(answered) - max(modified)).total_seconds() >= 1


def newest_date(values: Sequence[str]) -> str:
    """The latest of some getlastmodified values, as given ("" when none is a date)."""
    dated = [(max(found), value) for value in values if (found := _http_dates(value))]
    return max(dated)[1] if dated else ""


def lastmod_stands_for(collection: str, newest_member: str) -> bool:
    """Whether a collection's getlastmodified is its newest member's (a second or two later at most: a
    server that stamps the folder just after the file, as Radicale's directory mtime can be)."""
    ours, theirs = _http_dates(collection), _http_dates(newest_member)
    return bool(ours and theirs) and 0 <= (min(ours) - max(theirs)).total_seconds() <= 2


def lastmod_behind(collection: str, newest_member: str, answered: str) -> bool:
    """Whether a member was modified after the collection says it was (by more than a second or two) and
    before the server gave that date (`answered`): a member changed since is no sign."""
    ours, theirs, then = _http_dates(collection), _http_dates(newest_member), _http_dates(answered)
    return (bool(ours and theirs and then) and (max(theirs) - min(ours)).total_seconds() > 2
            and max(theirs) < min(then))


_HTTP_DATE = re.compile(r"[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT")


def _http_dates(text: str) -> list[datetime]:
    """The HTTP dates in a header (a proxy may have joined two Date headers into one), in UTC."""
    found = []
    for match in _HTTP_DATE.findall(text):
        try:
            moment = email.utils.parsedate_to_datetime(match)
        except (TypeError, ValueError):
            continue
        found.append(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    return found


def _status(line: str | None) -> int:
    """'HTTP/1.1 404 Not Found' -> 404; 0 when there is none."""
    if not line:
        return 0
    parts = line.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _is_collection(item: PropResponse) -> bool:
    resource_type = item.props.get(tag(DAV, "resourcetype"))
    return resource_type is not None and resource_type.find(tag(DAV, "collection")) is not None


def _etag(value: str | None) -> str | None:
    """An etag as stored: a strong one without its quotes, a weak one as W/"…" (sync/storage.py);
    None when there is none."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.startswith("W/"):  # before the quotes go: a strong tag may be "W/…" itself
        opaque = value[2:].strip().strip('"')
        return f'W/"{opaque}"' if opaque else None
    return value.strip('"') or None


def _quoted_etag(etag: str) -> str:
    return f'"{etag}"'


def retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _xml(root: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root)


def _xml_headers(depth: int | None) -> dict[str, str]:
    headers = {"Content-Type": 'application/xml; charset="utf-8"'}
    if depth is not None:
        headers["Depth"] = str(depth)
    return headers


def _body_text(response: Any) -> str:
    content = response.content or b""
    return content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)


def _close_quietly(session: niquests.Session) -> None:
    try:
        session.close()
    except Exception as exc:  # a session left behind a stalled request: nothing more to do with it
        log.debug("closing a stalled session: %s", type(exc).__name__)


