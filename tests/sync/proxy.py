"""A fault-injecting HTTP proxy for the sync tests: loopback only, one thread per connection.

It forwards every request to the real server and can, on demand: count requests, answer the Nth PUT
with an error (after the server applied it, or not), hang up halfway through a response, strip ETag
headers, rewrite the cards it forwards (as servers that reorder properties and add REV do), answer
429/503 with Retry-After, and hold a PUT past the client's timeout after the server applied it. It can
also speak HTTPS with a certificate of the test's own making.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection", "upgrade"}


@dataclass
class Faults:
    put_status: dict[int, int] = field(default_factory=dict)  # Nth PUT (1-based) → status instead of the answer
    put_applied: bool = True  # forward the failing PUT first (the server did apply it)
    drop_report_containing: bytes | None = None  # hang up halfway through the next REPORT with this in its body
    strip_etag: bool = False
    rewrite_cards: bool = False
    busy: list[tuple[int, str]] = field(default_factory=list)  # next answers: (429 or 503, Retry-After)
    hang_put: float = 0.0  # after forwarding the next PUT, wait this long before answering (then clear)
    delay_put: float = 0.0  # wait this long before forwarding each PUT
    delay_report: float = 0.0  # wait this long before forwarding each REPORT (a slower, farther server)
    frozen_lastmod: bytes | None = None  # answer this getlastmodified for the collection itself (Depth 0
    # PROPFINDs): a server whose collections' getlastmodified never moves with their members, which keep theirs
    refuse_sync_collection: int | None = None  # answer every sync-collection REPORT with this status (a
    # server without RFC 6578 saying 501 Not Implemented, as some do)
    weak_etags: bool = False  # a server whose every ETag is weak (W/"…"): If-Match, compared strongly as
    # RFC 7232 says, then never matches
    shout_names: bool = False  # a server that stores a card with its groups, property and parameter names
    # and parameters upper-cased (item1.X-ABLabel → ITEM1.X-ABLABEL), a REV of its own added


class FaultProxy:
    """`tls`: answer HTTPS with this server context (its certificate can be swapped while running)."""

    def __init__(self, upstream_port: int, tls: ssl.SSLContext | None = None) -> None:
        self.upstream_port = upstream_port
        self.faults = Faults()
        self.log: list[tuple[str, str, bytes]] = []  # (method, path, body)
        self.puts = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = do_OPTIONS = do_PROPPATCH = _any
            do_HEAD = do_POST = do_MKCALENDAR = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset_counts(self) -> None:
        with self._lock:
            self.log.clear()

    def count(self, method: str, containing: bytes = b"") -> int:
        return sum(1 for m, _, body in self.log if m == method and containing in body)

    # --- one request ------------------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        method = handler.command
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        faults = self.faults
        with self._lock:
            self.log.append((method, handler.path, body))
            if method == "PUT":
                self.puts += 1
            put_number = self.puts
            busy = faults.busy.pop(0) if faults.busy else None
        if busy is not None:
            self._answer(handler, busy[0], {"Retry-After": busy[1]}, b"busy")
            return
        if method == "REPORT" and faults.refuse_sync_collection and b"sync-collection" in body:
            self._answer(handler, faults.refuse_sync_collection, {}, b"not implemented")
            return
        if method == "PUT" and faults.delay_put:
            time.sleep(faults.delay_put)
        if method == "REPORT" and faults.delay_report:
            time.sleep(faults.delay_report)
        if method == "PUT" and faults.rewrite_cards:
            body = _rewrite(body)
        if method == "PUT" and faults.shout_names:
            body = _shout(body)
        failing = faults.put_status.get(put_number) if method == "PUT" else None
        if failing is not None and not faults.put_applied:
            self._answer(handler, failing, {}, b"injected failure")
            return
        status, headers, content = self._forward(handler, method, body, weak=faults.weak_etags)
        if failing is not None:
            self._answer(handler, failing, {}, b"injected failure")
            return
        if method == "PUT" and faults.hang_put:
            wait, faults.hang_put = faults.hang_put, 0.0
            time.sleep(wait)
            handler.close_connection = True
            return
        if faults.strip_etag:
            headers = [(k, v) for k, v in headers if k.lower() != "etag"]
        if faults.weak_etags:
            headers = [(k, "W/" + v.removeprefix("W/") if k.lower() == "etag" else v) for k, v in headers]
            content = re.sub(rb"(<(?:[A-Za-z0-9]+:)?getetag>)\s*(?:W/)?", rb"\g<1>W/", content)
        if method == "PROPFIND" and faults.frozen_lastmod is not None and handler.headers.get("Depth") == "0":
            frozen = rb"\g<1>" + faults.frozen_lastmod + rb"\2"
            content = re.sub(rb"(<(?:[A-Za-z0-9]+:)?getlastmodified>)[^<]*(</)", frozen, content)
        if method == "REPORT" and faults.drop_report_containing and faults.drop_report_containing in body:
            faults.drop_report_containing = None
            handler.send_response(status)
            for key, value in headers:
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(content)))
            handler.end_headers()
            handler.wfile.write(content[: len(content) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        self._answer(handler, status, dict(headers), content)

    def _forward(self, handler: BaseHTTPRequestHandler, method: str, body: bytes, *, weak: bool = False
                 ) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            # No Accept-Encoding: the answers must stay plain for the faults that rewrite them.
            headers = {k: v for k, v in handler.headers.items()
                       if k.lower() not in (*HOP_BY_HOP, "host", "accept-encoding")}
            if weak:  # every tag the server has is weak: an If-Match (but *) fails the strong comparison
                headers = {k: ('"never-matches-a-weak-tag"' if k.lower() == "if-match" and v.strip() != "*" else v)
                           for k, v in headers.items()}
            headers["Host"] = f"127.0.0.1:{self.upstream_port}"
            headers["Content-Length"] = str(len(body))
            connection.request(method, handler.path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            # The proxy's own Date and Server stand in for the server's (one of each, as from one server).
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in (*HOP_BY_HOP, "date", "server")]
            return response.status, kept, content
        finally:
            connection.close()

    @staticmethod
    def _answer(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], content: bytes) -> None:
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)


def _shout(body: bytes) -> bytes:
    """A card's names upper-cased, as such a server stores it: each line's group, property name and
    parameters (names and values, up to the value itself), and a REV of the server's own."""
    text = body.decode("utf-8").replace("\r\n ", "")
    if not text.startswith("BEGIN:VCARD"):
        return body
    lines = []
    for line in text.split("\r\n"):
        head, colon, value = line.partition(":")
        if colon and not head.upper().startswith(("BEGIN", "END", "REV")):
            line = head.upper() + ":" + value
        if line and not line.upper().startswith("REV"):
            lines.append(line)
    lines.insert(-1, "REV:20260302T090000Z")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _rewrite(body: bytes) -> bytes:
    """What some servers do to a card: properties reordered, their own PRODID and a REV added,
    lines folded differently."""
    text = body.decode("utf-8").replace("\r\n ", "")
    lines = [line for line in text.split("\r\n") if line]
    if not lines or lines[0] != "BEGIN:VCARD":
        return body
    inner = [line for line in lines[1:-1] if not line.startswith("PRODID")]
    version = [line for line in inner if line.startswith("VERSION")]
    rest = sorted(line for line in inner if not line.startswith("VERSION"))
    rewritten = ["BEGIN:VCARD", *version, "PRODID:-//Some Server//EN", "REV:2026-03-02T09:00:00Z", *rest, "END:VCARD"]
    out = []
    for line in rewritten:
        while len(line) > 60:
            out.append(line[:60])
            line = " " + line[60:]
        out.append(line)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")
