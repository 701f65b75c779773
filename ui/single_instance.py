"""One window per data folder. The first `rapport` on a folder takes its lock (QLockFile) and listens on
a local socket named after the folder (QLocalServer); a second one finds the lock taken, asks the first
to come forward, and ends. Two windows on one folder would each keep an undo stack and a sync timer of
their own over the same data; the command line's commands are not windows and run beside it.

A lock left by a window that crashed is stale (its process is gone) and is taken over.

A second `rapport FILE…` hands its files over the same socket: the first window comes forward and opens
them (the import wizard); a second `rapport --show SECTION [--filter TEXT] [--sort COLUMN]` (a desktop
entry's action, a script) shows that view in it. The message is lines of ASCII: `activate`, one `open
<absolute path, percent-encoded>` per file (a path may hold a newline), `show <section>`, `filter
<percent-encoded text>` and `sort <column>` when a view is asked, then `end`. The answer, `ok`, is written
once the view asked is shown and painted: the asking `rapport` ends when the user can see what it asked for.

Signals of SingleInstance:
    activated(): another `rapport` on this folder asked this window to come forward.
    view_asked(ViewAsked): the view another `rapport` asked for; after activated(), before the answer.
    files_given(list): the absolute paths (str) another `rapport` was started with; after the answer
        (the import wizard may wait for the user).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "window.lock"
ACTIVATE = b"activate\n"
OPEN = b"open "
SHOW = b"show "
FILTER = b"filter "
SORT = b"sort "
END = b"end\n"
WAIT_MS = 2000
VIEW_WAIT_MS = 30_000
MAX_MESSAGE = 1 << 20  # a message longer than this is not one of ours


@dataclass(frozen=True)
class ViewAsked:
    """A section of the window (cli.commands.WINDOW_SECTIONS), its list's filter text and sort column
    ("-name" descending), as `rapport --show … --filter … --sort … [--descending]` asks for them."""

    section: str
    filter: str | None = None
    sort: str | None = None

    def message(self) -> bytes:
        lines = SHOW + self.section.encode("ascii") + b"\n"
        if self.filter is not None:
            lines += FILTER + quote(self.filter).encode("ascii") + b"\n"
        if self.sort is not None:
            lines += SORT + quote(self.sort).encode("ascii") + b"\n"
        return lines

    @classmethod
    def from_lines(cls, lines: list[bytes]) -> ViewAsked | None:
        def value(prefix: bytes) -> str | None:
            found = [line[len(prefix):] for line in lines if line.startswith(prefix)]
            return unquote(found[-1].decode("ascii", "replace")) if found else None

        section = value(SHOW)
        return cls(section, value(FILTER), value(SORT)) if section else None


def server_name(data_dir: Path) -> str:
    """A socket name of this folder's own (the path itself may be too long or hold any character)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"rapport-{digest}"


class SingleInstance(QObject):
    activated = Signal()
    view_asked = Signal(object)  # ViewAsked
    files_given = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder's window lock: True for the first window, False when one is running."""
        return bool(self._lock.tryLock(100))

    def listen(self) -> None:
        """Answer later `rapport`s on this folder (after acquire())."""
        QLocalServer.removeServer(self._name)  # a socket file a crashed window left behind
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # no other user may knock
        if not server.listen(self._name):
            log.warning("cannot listen for other windows on this folder: %s", server.errorString())
            return
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()

    def ask_running_window(self, files: list[Path] | None = None, view: ViewAsked | None = None) -> bool:
        """From a second `rapport`: ask the window holding the lock to come forward (and open `files`, or
        show `view`). False when it does not answer (hung, or a window of an older Rapport that does not
        listen)."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        message = ACTIVATE + b"".join(OPEN + quote(str(path.resolve())).encode("ascii") + b"\n" for path in files or ())
        socket.write(QByteArray(message + (view.message() if view else b"") + END))
        sent = socket.waitForBytesWritten(WAIT_MS)
        # A view is answered once shown: a million contacts' list, sorted, takes its time.
        wait = VIEW_WAIT_MS if view else WAIT_MS
        answered = sent and socket.waitForReadyRead(wait) and bytes(socket.readAll().data()).startswith(b"ok")
        socket.abort()
        return bool(answered)

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        received = bytes(socket.property("received") or b"") + bytes(socket.readAll().data())
        if len(received) > MAX_MESSAGE or not ACTIVATE.startswith(received[:len(ACTIVATE)]):
            socket.abort()  # not a Rapport asking
            return
        if not received.endswith(b"\n" + END):  # the end mark on a line of its own (ACTIVATE ends with one)
            socket.setProperty("received", received)  # the rest is on its way
            return
        socket.setProperty("received", b"")
        lines = received.split(b"\n")
        files = [unquote(line[len(OPEN):].decode("ascii", "replace")) for line in lines if line.startswith(OPEN)]
        view = ViewAsked.from_lines(lines)
        self.activated.emit()
        if view is not None:
            self.view_asked.emit(view)  # shown and painted when this returns
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        if files:
            self.files_given.emit(files)
