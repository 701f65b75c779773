"""Key-press response times of the running window, for benchmarks that drive the real program (tests/perf/).

With `RAPPORT_KEY_TRACE=FILE` in the environment, each key pressed in the window appends a line to FILE:

    <milliseconds> <key>        e.g. "41.7 Ctrl+Shift+Right"

the time from the press reaching the program to the window settled — the user actions it started done
(none in flight on the write worker) and two turns of the event loop after that, in which the views that
read again repaint (and a sheet the action opens, such as the next step after a deal moved, shows). A
benchmark types into the real window with xdotool and reads these lines: what a user waits for after a
key, timed by the program that makes them wait, with no test code inside it.
Nothing is traced, and no filter is installed, without the variable.

A press is caught as Qt delivers it to the focused widget: as a ShortcutOverride (sent first, and the only
event a key bound to an action produces) or a KeyPress; the two of one press share its timestamp.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from app.services import Services
from ui.operations.operation import operations
from ui.workers import Task, on_task_started

log = logging.getLogger(__name__)

ENVIRONMENT = "RAPPORT_KEY_TRACE"
SETTLED_TURNS = 2  # event-loop turns with nothing in flight before a press counts as answered
_KINDS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
_MODIFIER_KEYS = {0x01000020, 0x01000021, 0x01000022, 0x01000023}  # Shift, Control, Meta, Alt alone


class KeyTrace(QObject):
    """Times each key press to the window settled and appends it to `path` (see the module docstring)."""

    def __init__(self, path: Path, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._operations = operations(services)
        self._pressed: list[tuple[float, str]] = []
        self._last_stamp: tuple[int, int, int] | None = None
        self._checking = False
        self._started: list[Task] = []  # what the presses being timed started off the UI thread
        self._stop_watching = on_task_started(self._on_task_started, self._on_task_ended)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KINDS and isinstance(event, QKeyEvent) and not event.isAutoRepeat() \
                and event.key() not in _MODIFIER_KEYS and watched is QApplication.focusObject():
            stamp = (event.timestamp(), event.key(), event.modifiers().value)
            if stamp != self._last_stamp:  # the KeyPress after its own ShortcutOverride is the same press
                self._last_stamp = stamp
                name = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
                self._pressed.append((time.perf_counter(), name))
                if not self._checking:
                    self._checking = True
                    QTimer.singleShot(0, lambda: self._settle(SETTLED_TURNS))  # once the press is handled
        return False

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._stop_watching()

    def _on_task_started(self, task: Task) -> None:
        if self._checking:
            self._started.append(task)

    def _settle(self, turns: int) -> None:
        """Wait (on signals, not by polling: the workers need the interpreter) for the user's actions in flight
        and for what the presses started off the UI thread (a section's list read in the background) to come
        back, then `turns` more turns of the loop, in which what they changed repaints."""
        self._started = [task for task in self._started if task.running]
        if self._operations.pending:
            self._operations.idle.connect(self._on_work_done, Qt.ConnectionType.SingleShotConnection)
        elif self._started:
            return  # _on_task_ended settles again when each is over
        elif turns:
            QTimer.singleShot(0, lambda: self._settle(turns - 1))
        else:
            self._write()

    def _on_work_done(self) -> None:
        QTimer.singleShot(0, lambda: self._settle(SETTLED_TURNS))  # after the task's own handlers

    def _on_task_ended(self, task: Task) -> None:
        if self._checking and task in self._started:
            self._on_work_done()

    def _write(self) -> None:
        self._checking = False
        settled = time.perf_counter()
        try:
            with self._path.open("a", encoding="utf-8") as trace:
                for pressed, name in self._pressed:
                    trace.write(f"{(settled - pressed) * 1000:.1f} {name}\n")
        except OSError as exc:
            log.warning("cannot write the key trace to %s: %s", self._path, exc.strerror)
        self._pressed.clear()


def install_if_asked(app: QApplication, services: Services) -> KeyTrace | None:
    """The trace on `app`, when the environment asks for one; None (and nothing installed) otherwise."""
    target = os.environ.get(ENVIRONMENT, "")
    if not target:
        return None
    trace = KeyTrace(Path(target), services, app)
    app.installEventFilter(trace)
    log.info("tracing key presses to %s", target)
    return trace
