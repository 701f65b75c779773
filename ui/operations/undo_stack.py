"""Edit → Undo and Redo over the one undo log (app/undo.py), in place of a QUndoStack of closures.

Every write through the services is a step in the log already (app/unit_of_work.py records it), so
the window keeps no commands of its own: Undo undoes the newest step the user took, wherever they took
it (a pane, the board, the command line), and the action's text names it ("Undo Move “Annual licence”
to Proposal"). A step that can no longer be undone (sync changed its record since) says so and the
next Undo goes on to the one before it; a change sync made is never undone.

The panes call `push(text)` after a write to give its step the name the user knows it by ("Edit
Phone", "Delete “Ada Lovelace”"): the services name steps by what they do ("Edit contact").

Signals:
    indexChanged(int): after an undo or redo, or a step pushed: the store may have changed anywhere.
    replayed(): after an undo or redo (done or refused): what is shown may have changed under it.
    failed(str): an undo or redo could not be done; the text says which record and why.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from app.errors import RapportError
from app.services import Services

log = logging.getLogger(__name__)

POLL_MS = 2000  # another process (the command line, a second window's sync) may add steps


class LogUndoStack(QObject):
    indexChanged = Signal(int)
    replayed = Signal()
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pushed: list[int] = []  # the steps named through this stack in this session
        self._actions: list[tuple[QAction, str, bool]] = []
        self._index = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # --- what the panes call -----------------------------------------------------------------------

    def push(self, text: str) -> None:
        """The newest step is the user's action called `text`: name it so in the log."""
        step = self._services.undo.next_undo()
        if step is not None:
            if text:
                self._services.undo.rename(step.id, text)
            self._pushed.append(step.id)
        self._changed()

    def count(self) -> int:
        """How many of the steps named here can still be undone."""
        return self._services.undo.undoable_count(self._pushed)

    def canUndo(self) -> bool:
        return self._services.undo.next_undo() is not None

    def canRedo(self) -> bool:
        return self._services.undo.next_redo() is not None

    def undo(self) -> None:
        self._replay(self._services.undo.undo)

    def redo(self) -> None:
        self._replay(self._services.undo.redo)

    def createUndoAction(self, parent: QObject, prefix: str) -> QAction:
        return self._action(parent, prefix, redo=False)

    def createRedoAction(self, parent: QObject, prefix: str) -> QAction:
        return self._action(parent, prefix, redo=True)

    def stop(self) -> None:
        """No more reading of the log (the store is about to close)."""
        self._timer.stop()

    def refresh(self) -> None:
        """Read the log again: the actions' texts and whether there is anything to undo or redo."""
        undo = self._services.undo
        try:
            next_undo, next_redo = undo.next_undo(), undo.next_redo()
        except Exception:  # a locked or closing database: the next poll tries again
            log.debug("cannot read the undo log now", exc_info=True)
            return
        for action, prefix, redo in self._actions:
            step = next_redo if redo else next_undo
            plain = prefix.replace("&", "")
            action.setText(f"{prefix} {step.label}" if step is not None else prefix)
            action.setToolTip(f"{plain} {step.label}" if step is not None else plain)
            action.setEnabled(step is not None)

    # --- inside ------------------------------------------------------------------------------------

    def _action(self, parent: QObject, prefix: str, *, redo: bool) -> QAction:
        action = QAction(prefix, parent)
        action.triggered.connect(self.redo if redo else self.undo)
        self._actions.append((action, prefix, redo))
        action.destroyed.connect(lambda *_: self._forget(action))
        self.refresh()
        return action

    def _forget(self, gone: QAction) -> None:
        self._actions = [entry for entry in self._actions if entry[0] is not gone]

    def _replay(self, replay: object) -> None:
        try:
            result = replay()  # type: ignore[operator]
        except RapportError as exc:
            log.info("undo/redo refused: %s", exc)
            self._changed()  # a blocked step is no longer offered
            self.replayed.emit()
            self.failed.emit(str(exc))
            return
        if result.value is not None:
            self._changed()
            self.replayed.emit()

    def _changed(self) -> None:
        self._index += 1
        self.refresh()
        self.indexChanged.emit(self._index)
