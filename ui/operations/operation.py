"""User actions that write, run on the write worker: one small function per action (Anki's CollectionOp).

    Op(self, services, self.tr("Move “%1” to %2")…, lambda s: s.deals.move_to_stage(uid, stage)) \\
        .success(self._on_moved).failure(self._on_move_failed).run(initiator=self)

The function gets the `Services` and runs on the WRITES pool (ui/workers.py: one thread, so actions land
in the order the user took them) inside one unit of work named by the label: the step Edit → Undo
names. The UI thread never waits for SQLite, so a long sync or a command-line import beside the window
never freezes it.

When it is done, on the UI thread:
- success: `Operations.operation_did_execute(changes, initiator)` first — every view refreshes from the
  flags it shows —, then the op's own `success(value)` callback;
- failure: logged, then the op's `failure(error)` callback if it has one (a form shows a field's error
  under the field), else the default: a message naming the action and the reason, with Retry.

`Operations` is one per `Services` (`operations(services)`): a pane or view made on its own in a test and
the window's sections share it.

Signals of Operations:
    operation_did_execute(Changes, object): what a user action changed, and who started it (or None).
    operation_failed(str, str): the action's label and why it failed, when no one nearer showed it (the
        default message box opens; the window's status bar says it too).
    step_recorded(int): the undo log's step an action recorded (before operation_did_execute).
    idle(): no action is running or waiting any more.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.changes import NO_CHANGES, Changes, Result
from app.errors import RapportError
from app.services import Services
from app.store_errors import sqlite_problem
from app.unit_of_work import Origin
from ui.said import in_words
from ui.workers import WRITES, Cancelled, Task

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class _Outcome:
    value: Any
    changes: Changes
    error: Exception | None = None
    step_id: int | None = None


class Operations(QObject):
    """The one runner of the window's writes. See the module docstring for its signals."""

    operation_did_execute = Signal(object, object)
    operation_failed = Signal(str, str)
    step_recorded = Signal(int)
    idle = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pending = 0
        self._running: dict[QObject, tuple[Op[Any], object | None]] = {}

    @property
    def services(self) -> Services:
        return self._services

    @property
    def pending(self) -> int:
        """Actions started and not yet done (their results not yet delivered)."""
        return self._pending

    def run(self, op: Op[Any], initiator: object | None = None) -> Task:
        services, label, action, own_units, origin = self._services, op.label, op.action, op.own_units, op.origin

        def work(task: Task) -> _Outcome:
            try:
                step_id = None
                _running.task = task  # running_task(): the op's progress and cancel flag
                if own_units:
                    with services.writer.collect_changes() as tally:
                        value = action(services)
                    changes = tally.changes
                else:
                    with services.writer.write(label, origin) as unit:
                        value = action(services)
                    changes, step_id = unit.changes, unit.step_id
            except Exception as exc:  # delivered to the UI thread, logged there with the action's name
                if not isinstance(exc, RapportError | Cancelled):
                    log.exception("%s failed", label)
                return _Outcome(None, NO_CHANGES, exc)
            finally:
                _running.task = None
            if isinstance(value, Result):
                changes = changes | value.changes
            elif isinstance(value, Changes):
                changes = changes | value
            return _Outcome(value, changes, step_id=step_id)

        task = Task(work, services)
        # Bound methods, not lambdas, receive the worker's signals (the task is found by its sender): a lambda
        # slot of a queued cross-thread signal crashed PySide6 6.12 ("deallocating None") within 20 moves.
        self._running[task] = (op, initiator)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        if op.on_progress is not None:
            task.progress.connect(op.on_progress)
        self._pending += 1
        task.start(op.pool)
        return task

    def _on_task_succeeded(self, outcome: object) -> None:
        self._done(self.sender(), outcome)

    def _on_task_failed(self, message: str) -> None:
        self._done(self.sender(), _Outcome(None, NO_CHANGES, RuntimeError(message)))

    def _done(self, task: QObject, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        op, initiator = self._running.pop(task)
        self._pending -= 1
        if isinstance(initiator, QObject) and not _alive(initiator):
            initiator = None  # closed meanwhile (a sheet, a dialog): the views still follow the Changes
        widget_gone = op.parent is not None and not _alive(op.parent)
        try:
            if outcome.error is None:
                if outcome.step_id is not None:
                    self.step_recorded.emit(outcome.step_id)
                self.operation_did_execute.emit(outcome.changes, initiator)
                if op.on_success is not None and not widget_gone:
                    op.on_success(outcome.value)
            else:
                message = in_words(sqlite_problem(outcome.error) or outcome.error)  # SQLite's English too
                log.warning("%s failed: %s", op.label, message)
                if op.on_failure is not None and isinstance(outcome.error, op.failure_kinds) and not widget_gone:
                    op.on_failure(outcome.error)  # shown where it belongs (under a field, beside the board)
                else:
                    self.operation_failed.emit(op.label, message)
                    show_failure(op, message, lambda: op.run(initiator))
        finally:
            if not self._pending:
                self.idle.emit()


class Op(Generic[T]):
    """One user action: a label (the undo step's name) and a function of the services."""

    def __init__(self, parent: QWidget | None, services: Services, label: str,
                 action: Callable[[Services], T], *, own_units: bool = False, origin: Origin = Origin.USER,
                 pool: str = WRITES) -> None:
        """`own_units`: the action opens its units of work itself (an undo or redo records into the step it
        replays; an import makes one step of many batches), so it is not wrapped in one; its Result says
        what changed. `origin`: SYSTEM for upkeep the window does by itself (noting that a reminder fired),
        which is written like any change but is not a step for Edit → Undo. `pool`: SYNC for an action that
        talks to a server (a mail fetch): its waits on the network never hold up the user's edits, and its
        writes are short units of work of their own beside theirs."""
        self.parent = parent
        self.pool = pool
        self.own_units = own_units
        self.origin = origin
        self.services = services
        self.label = label
        self.action = action
        self.on_success: Callable[[T], Any] | None = None
        self.on_failure: Callable[[Exception], Any] | None = None
        self.on_progress: Callable[[int, int], Any] | None = None
        self.failure_kinds: tuple[type[Exception], ...] = (Exception,)

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self.on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any],
                kinds: tuple[type[Exception], ...] = (Exception,)) -> Op[T]:
        """Instead of the default message, for errors of `kinds`: the caller shows them where they belong
        (a form's field, a line beside the board). Any other error still gets the default."""
        self.on_failure = callback
        self.failure_kinds = kinds
        return self

    def progress(self, callback: Callable[[int, int], Any]) -> Op[T]:
        """Progress the action reports through `running_task().report(done, total)`, on the UI thread."""
        self.on_progress = callback
        return self

    def run(self, initiator: object | None = None) -> Task:
        """Start it; the Task is returned to cancel it (the action checks `running_task().cancel_flag`)."""
        return operations(self.services).run(self, initiator)


class _Running(threading.local):
    task: Task | None = None


_running = _Running()


def running_task() -> Task:
    """Inside an Op's action: its Task, to report progress and look at the cancel flag between records."""
    task = _running.task
    assert task is not None, "running_task() is for an Op's action, on the write worker"
    return task


def show_failure(op: Op[Any], message: str, retry: Callable[[], Any]) -> QMessageBox:
    """The default: a window-modal message naming the action (its text) and the reason (below it), with Retry
    and Close."""
    parent = op.parent if op.parent is not None and _alive(op.parent) else None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Operations", "Not saved"), op.label,
                      QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(QCoreApplication.translate("Operations", "Not done: %1").replace("%1", message))
    box.setObjectName("operationFailure")
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Retry:
            retry()

    box.finished.connect(on_finished)
    box.open()
    return box


def _alive(qobject: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(qobject))


_by_services: dict[int, Operations] = {}


def operations(services: Services) -> Operations:
    """The runner of `services`' user actions, made on first use; it goes when the services go."""
    key = id(services)
    found = _by_services.get(key)
    if found is None:
        found = _by_services[key] = Operations(services, QCoreApplication.instance())
        weakref.finalize(services, _forget, key)
    return found


def _forget(key: int) -> None:
    gone = _by_services.pop(key, None)
    if gone is not None:
        gone.deleteLater()  # on its own (the UI) thread, whichever thread dropped the services
