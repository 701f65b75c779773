"""Running a service call off the UI thread, with progress, cancel and the result back on the UI thread.

A `Task` wraps one plain-Python function. The function runs on a pool thread and gets the task, so it
can report progress (`task.report(done, total)`) and look at `task.cancel_flag` between records; its
return value (or its error) comes back to the UI thread as a signal. Nothing in a task holds a widget.

Database connections: peewee's `SqliteDatabase` keeps one connection per thread (its connection
state is thread-local) and opens it on first use, with the same pragmas (WAL, busy timeout, foreign
keys). So a task uses the very `Services` the window was built with; peewee gives the pool thread a
connection of its own, and the task closes it when it ends (pool threads are reused and expire, and
an unclosed connection would keep a WAL reader open). A second `Store` is not an option: opening one
re-binds every model to the new database, for every thread. WAL lets the window read while a task
writes. (An in-memory database would be a different, empty one in each thread: the app always opens
a file.)

Writes are serialised: `WRITES` is a pool of one thread, so an import, a merge and an undo never
run at the same time; reads (a preview, an export, finding duplicates) use the shared pool. A sync run
has a pool of its own (`SYNC`): its network work must never hold up an edit, and its writes are short
transactions that SQLite serialises with the writer's (app/unit_of_work.py takes the write lock first).

Signals of a Task (emitted from the pool thread, delivered on the UI thread):
    progress(int done, int total): total 0 when unknown.
    succeeded(object): the function's return value.
    failed(str): what went wrong, in one sentence (a RapportError's text, or the unexpected error).
    finished(): after succeeded or failed.

A task is deleted on the UI thread once its function has returned and the pool thread is done with
it (a relay that lives as long as the application says so); deleting it as soon as `finished`
arrives would race the pool thread, which may still be posting that very signal to other receivers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.errors import RapportError
from app.importing import CancelFlag
from app.services import Services
from app.store_errors import sqlite_problem
from ui.said import in_words

log = logging.getLogger(__name__)

READS, WRITES, SYNC = "reads", "writes", "sync"
_pools: dict[str, QThreadPool] = {}
PROGRESS_INTERVAL = 0.05  # seconds: more progress signals than this only flood the event queue


def pool(kind: str) -> QThreadPool:
    """The pool for `kind` (READS or WRITES), made on first use and owned by the application."""
    found = _pools.get(kind)
    if found is None:
        if kind == READS:
            found = QThreadPool.globalInstance()
        else:
            # WRITES: one writer at a time (ARCHITECTURE.md: writes serialised). SYNC: one run at a time,
            # beside the writer: a sync waits on the network for minutes, and an edit must not wait
            # behind it (its own writes are short transactions through the same door).
            found = QThreadPool(QCoreApplication.instance())
            found.setMaxThreadCount(1)
        _pools[kind] = found
    return found


class _Reaper(QObject):
    """Deletes tasks on the UI thread after their pool thread let go of them. Never deleted itself
    while the application runs, so the pool thread can always post to it.

    Signals:
        done(object): a task whose run is over, emitted from the pool thread.
    """

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.done.connect(self._on_self_done)

    def _on_self_done(self, task: object) -> None:
        if isinstance(task, QObject):
            task.deleteLater()


_reaper: _Reaper | None = None


def _the_reaper() -> _Reaper:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    return _reaper


_started_hooks: list[Callable[[Task], None]] = []
_ended_hooks: list[Callable[[Task], None]] = []


def on_task_started(hook: Callable[[Task], None], ended: Callable[[Task], None]) -> Callable[[], None]:
    """Call `hook` (on the UI thread) with each Task started from now on, and `ended` with each once it is
    over (its own handlers run, `running` false) — ui/key_trace.py waits for the work a key press started;
    returns what stops both."""
    _started_hooks.append(hook)
    _ended_hooks.append(ended)

    def stop() -> None:
        _started_hooks.remove(hook)
        _ended_hooks.remove(ended)

    return stop


class Cancelled(Exception):
    """Raised inside a task's function to stop it when the user cancelled (see Task.check_cancelled)."""


class Task(QObject):
    """One function run off the UI thread. See the module docstring for its signals."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, function: Callable[[Task], Any], services: Services | None = None) -> None:
        # Owned by the application, not by a widget: closing a dialog while its task runs must not
        # delete the object the pool thread is about to emit from.
        super().__init__(QCoreApplication.instance())
        self._function = function
        self._services = services  # its thread's connection is closed when the function is done
        self.cancel_flag = CancelFlag()
        self.running = False
        self._last_report = 0.0
        self.finished.connect(self._on_self_finished)

    def start(self, kind: str = READS) -> None:
        self.running = True
        for hook in tuple(_started_hooks):
            hook(self)
        pool(kind).start(_Runnable(self, _the_reaper()))

    def cancel(self) -> None:
        """Ask the function to stop at its next check; what it committed stays."""
        self.cancel_flag.set()

    @property
    def cancelled(self) -> bool:
        return bool(self.cancel_flag)

    def report(self, done: int, total: int = 0, *, force: bool = False) -> None:
        """Progress from the function; throttled, so a function may call it for every record."""
        now = time.monotonic()
        if force or now - self._last_report >= PROGRESS_INTERVAL:
            self._last_report = now
            self.progress.emit(done, total)

    def check_cancelled(self) -> None:
        if self.cancel_flag:
            raise Cancelled

    def _run(self) -> None:
        try:
            value = self._function(self)
        except Cancelled:
            self.succeeded.emit(None)
        except RapportError as exc:
            self.failed.emit(in_words(exc))  # a str signal: said here, in the user's language
        except Exception as exc:  # a worker must never die silently
            problem = sqlite_problem(exc)  # a full disk, a locked or read-only file: said as such
            if problem is not None:
                log.warning("background task failed: %s", exc)
                self.failed.emit(in_words(problem))
            else:
                log.exception("background task failed")
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(value)
        finally:
            if self._services is not None:
                self._services.end_thread()  # this thread's connection only
            self.finished.emit()

    def _on_self_finished(self) -> None:
        self.running = False
        for hook in tuple(_ended_hooks):
            hook(self)


class _Runnable(QRunnable):
    def __init__(self, task: Task, reaper: _Reaper) -> None:
        super().__init__()
        self._task: Task | None = task
        self._reaper = reaper

    def run(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task._run()
            self._reaper.done.emit(task)  # the last this thread does with the task
