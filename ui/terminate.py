"""SIGTERM (a session ending, `kill`, a service manager) and SIGINT (Ctrl+C in the terminal that started the
window) close the window as its close button does: the sync run stops at its next step, edits are written
and the database is closed cleanly. Killed instead, the next start would find the file not closed cleanly
and check every page first (7 s for a 3 GB database).

Python runs a signal handler only between bytecodes, and the event loop is C++: the handler's byte goes
down a socket pair (signal.set_wakeup_fd) that the event loop watches."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class CloseOnSignal(QObject):
    """While it lives, SIGTERM and SIGINT call `close` on the UI thread; `release()` puts things back."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._noted) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @staticmethod
    def _noted(number: int, _frame: FrameType | None) -> None:
        """The Python-level handler: the byte on the socket does the work (this may run much later)."""

    def _on_notifier_activated(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        known = {int(s) for s in signal.Signals}
        names = ", ".join(signal.Signals(b).name for b in received if b in known)
        log.info("%s: closing the window", names or "a signal")
        self._close()

    def release(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def close_on_signals(close: Callable[[], object], parent: QObject | None = None) -> CloseOnSignal | None:
    """None where signals cannot be watched this way (Windows has no socket pair wake-up for SIGTERM)."""
    if sys.platform == "win32":
        return None
    return CloseOnSignal(close, parent)
