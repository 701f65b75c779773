"""Why a connection failed, in words a user can act on, and a certificate's fingerprint as people read it:
for every protocol's client (sync/dav.py, sync/imap.py), without loading either's network stack (the
command line starts faster by what it does not import).
"""

from __future__ import annotations

import errno
import re
import socket

from app.messages import QT_TRANSLATE_NOOP, said


def format_fingerprint(fingerprint: str) -> str:
    """AB:CD:... as browsers and openssl show a fingerprint."""
    clean = fingerprint.replace(":", "").upper()
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2))


_ERRNO = re.compile(r"\[Errno (-?\d+)\]")


def network_reason(exc: BaseException) -> str:
    """A short reason for a network failure, in words a user can act on where the cause is a common one
    (found down the chain niquests and urllib3 wrap it in: "Max retries exceeded … NewConnectionError …"
    says nothing); else the first line of the error's text, which holds no password (auth is a header)."""
    found = _known_cause(exc)
    if found is not None:
        return found
    text = str(exc).split("\n")[0]
    return text[:200] or type(exc).__name__


def _known_cause(exc: BaseException) -> str | None:
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        error = stack.pop()
        if id(error) in seen:
            continue
        seen.add(id(error))
        number = error.errno if isinstance(error, OSError) else None
        match = _ERRNO.search(str(error)) if number is None else None
        number = int(match[1]) if match else number
        if isinstance(error, socket.gaierror) or number in (socket.EAI_NONAME, socket.EAI_AGAIN, -2, -3, -5):
            return said(QT_TRANSLATE_NOOP("Services", "the server's name cannot be found (no network, or a mistyped"
                                                      " address)"))
        if isinstance(error, ConnectionRefusedError) or number == errno.ECONNREFUSED:
            return said(QT_TRANSLATE_NOOP("Services", "the server refused the connection (is it running, and is the"
                                                      " address right?)"))
        if isinstance(error, ConnectionResetError) or number == errno.ECONNRESET:
            return said(QT_TRANSLATE_NOOP("Services", "the server closed the connection"))
        if number in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
            return said(QT_TRANSLATE_NOOP("Services", "the network or the server cannot be reached"))
        stack.extend(e for e in (error.__cause__, error.__context__, getattr(error, "reason", None), *error.args)
                     if isinstance(e, BaseException))
    return None
