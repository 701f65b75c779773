"""Undo commands over service calls, for the QUndoStack the panes' owner passes in.

A pane makes the change first (so the service's validation error reaches the user and nothing goes
on the stack when it fails), then pushes a command that knows how to take it back and do it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.errors import RapportError

log = logging.getLogger("rapport.ui")

Action = Callable[[], object]
Report = Callable[[str | None], None]  # after each undo/redo: None, or the error that stopped it


class ServiceCommand(QUndoCommand):
    """`redo_action` was done already when the command is pushed: the stack's first redo() skips it."""

    def __init__(self, text: str, undo_action: Action, redo_action: Action, report: Report) -> None:
        super().__init__(text)
        self._undo = undo_action
        self._redo = redo_action
        self._report = report
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Action) -> None:
        try:
            action()
        except RapportError as exc:
            # The record changed under us (purged from the Trash, say): this step can no longer be
            # taken back; the stack drops it.
            log.info("cannot %s: %s", self.text(), exc)
            self.setObsolete(True)
            self._report(str(exc))
            return
        self._report(None)
