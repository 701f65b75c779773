"""Edit → Undo and Redo over the one undo log (app/undo.py), in place of a QUndoStack of closures.

Every write through the services is a step in the log already (app/unit_of_work.py records it), so
the window keeps no commands of its own: Undo undoes the newest step the user took, wherever they took
it (a pane, the board, the command line), and the action's text names it ("Undo Move “Annual licence”
to Proposal"). A step that can no longer be undone (sync changed its record since) says so and the
next Undo goes on to the one before it; a change sync made is never undone.

Every user action runs through ui/operations/operation.py, which names its step as the user knows it
("Edit Phone", "Delete “Ada Lovelace”"); the texts here follow each action's `operation_did_execute`. An
undo or redo is itself run there, on the write worker.

Signals:
    indexChanged(int): after an undo or redo: the store may have changed anywhere.
    replayed(): after an undo or redo (done or refused): what is shown may have changed under it.
    failed(str): an undo or redo could not be done; the text says which record and why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.changes import Result
from app.errors import RapportError
from app.services import Services
from app.undo import Step
from ui.operations.operation import Op, operations
from ui.said import in_words

log = logging.getLogger(__name__)

POLL_MS = 2000  # another process (the command line, a second window's sync) may add steps


class LogUndoStack(QObject):
    indexChanged = Signal(int)
    replayed = Signal()
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actions: list[tuple[QAction, str, bool]] = []
        self._index = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._taken: list[int] = []  # the steps the window's actions recorded in this session
        runner = operations(services)
        runner.step_recorded.connect(self._taken.append)
        runner.operation_did_execute.connect(self._on_operation_did_execute)

    # --- what the window calls ---------------------------------------------------------------------

    def count(self) -> int:
        """How many of the steps the window's actions took can still be undone."""
        return self._services.undo.undoable_count(self._taken)

    def canUndo(self) -> bool:
        return self._services.undo.next_undo() is not None

    def canRedo(self) -> bool:
        return self._services.undo.next_redo() is not None

    def undo(self) -> None:
        step = self._services.undo.next_undo()
        if step is not None:
            self._replay(QCoreApplication.translate("LogUndoStack", "Undo %1").replace("%1", step.label),
                         lambda services: services.undo.undo())

    def redo(self) -> None:
        step = self._services.undo.next_redo()
        if step is not None:
            self._replay(QCoreApplication.translate("LogUndoStack", "Redo %1").replace("%1", step.label),
                         lambda services: services.undo.redo())

    def createUndoAction(self, parent: QObject, prefix: str) -> QAction:
        return self._action(parent, prefix, redo=False)

    def createRedoAction(self, parent: QObject, prefix: str) -> QAction:
        return self._action(parent, prefix, redo=True)

    def _on_operation_did_execute(self, _changes: object, _initiator: object) -> None:
        self.refresh()  # Edit → Undo names the step just taken

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

    def _replay(self, label: str, replay: Callable[[Services], Result[Step | None]]) -> None:
        parent = self.parent()
        Op(parent if isinstance(parent, QWidget) else None, self._services, label, replay, own_units=True) \
            .success(self._on_replayed).failure(self._on_replay_refused, (RapportError,)).run(initiator=self)

    def _on_replayed(self, result: Result[Step | None]) -> None:
        if result.value is not None:
            self._changed()
            self.replayed.emit()

    def _on_replay_refused(self, error: Exception) -> None:
        log.info("undo/redo refused: %s", error)
        self._changed()  # a blocked step is no longer offered
        self.replayed.emit()
        self.failed.emit(in_words(error))

    def _changed(self) -> None:
        self._index += 1
        self.refresh()
        self.indexChanged.emit(self._index)
