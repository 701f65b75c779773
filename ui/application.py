"""Starting the window: the QApplication, the store and services, the daily backup off the UI thread."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import peewee
from PySide6.QtCore import QObject, QSettings, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import resources
from app.backup import DamageFound
from app.errors import RapportError, StoreError
from app.services import Services
from app.store import Store, is_damage
from ui import i18n, theme
from ui.key_trace import install_if_asked
from ui.main_window import MainWindow
from ui.said import in_words
from ui.single_instance import SingleInstance, ViewAsked
from ui.start_problem import check_later, explain, offer_repair_of, offer_rescue, tell_rescued
from ui.terminate import close_on_signals
from ui.workers import READS, WRITES, Task, pool

log = logging.getLogger("rapport.ui")
RESOURCES = resources.path()


class StartSaid(RapportError):
    """A start error already said in a dialog: the command line only repeats it on stderr."""


UPKEEP_WAIT = 120.0  # seconds a closed window waits for the day's copy of the database (a million contacts: 10 s)
UPKEEP_DELAY = 3.0  # seconds after the window is up before the day's copy begins: the start is the user's
UPKEEP_NICENESS = 10  # the copy's thread yields the processor to the window's (Linux: a thread has its own)


class DailyUpkeep(threading.Thread):
    """Today's automatic backup, then the tidying of files, in a thread of its own beside the window.

    The window waits for this thread's reads of the database to end before the store closes (`finish`): a
    reader left open when the program ends keeps SQLite from emptying its write-ahead log, and the next
    start, finding the log, takes the file for one not closed cleanly and reads every page (15 s for a
    million contacts from a cold disk). The check of the copy, which reads only the copy, is not waited
    for; what has not begun when the window closes is left for the next start. In the window it begins a
    few seconds after the start (UPKEEP_DELAY), in a thread of lower priority: copying the file beside the
    start made the first start of a day at a million contacts 2.0 s instead of 0.8 s."""

    def __init__(self, services: Services, delay: float = 0.0,
                 damaged: Callable[[str], object] | None = None,
                 unchecked: Callable[[], object] | None = None) -> None:
        """`delay`: seconds to wait before anything begins (the window closed meanwhile: nothing does).
        `damaged`: called from this thread with what the copy's check found wrong with the database (the copy
        reads every page: it is the day's check of a large file); `unchecked`: called when no copy could be
        made (a full disk), so the pages were not read."""
        super().__init__(name="daily-backup", daemon=True)
        self._services = services
        self._delay = delay
        self._damaged = damaged
        self._unchecked = unchecked
        self._closing = threading.Event()
        self._using = threading.Lock()  # held while this thread reads or writes the live database

    def run(self) -> None:
        services = self._services
        if self._closing.wait(self._delay):
            return
        _yield_to_the_window()
        if self._begin():
            held = True

            def copied() -> None:
                nonlocal held
                if held:
                    held = False
                    self._using.release()

            try:
                made = services.backups.daily(copied=copied)
                if made:
                    log.info("daily backup written to %s", made)
            except DamageFound as exc:
                log.warning("daily backup failed: %s", exc)
                if self._damaged is not None:
                    self._damaged(exc.finding)
            except RapportError as exc:
                log.warning("daily backup failed: %s", exc)
                if self._unchecked is not None:
                    self._unchecked()
            finally:
                copied()
        for tidy in (self._tidy_mail_files, self._tidy_record_files):
            if self._begin():
                try:
                    tidy()
                finally:
                    services.end_thread()
                    self._using.release()

    def _begin(self) -> bool:
        """Whether to go on (the window is not closing); if so, the database is this thread's to use."""
        self._using.acquire()
        if self._closing.is_set():
            self._using.release()
            return False
        return True

    def _tidy_mail_files(self) -> None:
        try:  # mail files no e-mail needs any more
            from app.mail_import import tidy_mail_files

            tidy_mail_files(self._services)
        except (OSError, sqlite3.Error) as exc:
            log.warning("mail files not tidied: %s", exc)

    def _tidy_record_files(self) -> None:
        try:  # copies of records' files opened a day ago, bytes no record or undo step names
            self._services.files.tidy()
        except (OSError, sqlite3.Error, peewee.PeeweeException) as exc:
            log.warning("record files not tidied: %s", exc)

    def finish(self, timeout: float) -> bool:
        """The window is closing: nothing new begins, and what reads the database now is waited for (at
        most `timeout` seconds). Whether it ended in time."""
        self._closing.set()
        if not self._using.acquire(timeout=timeout):
            log.warning("the daily backup was still copying the database when the window closed")
            return False
        self._using.release()
        return True


def _yield_to_the_window() -> None:
    """This thread at a lower priority than the window's, where the system gives threads their own (Linux):
    copying a million contacts' 3 GB took the first start of a day from 0.8 s to 2.0 s beside it."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), UPKEEP_NICENESS)


def start_daily_backup(services: Services, delay: float = 0.0, said: CopyChecked | None = None) -> DailyUpkeep:
    upkeep = DailyUpkeep(services, delay, said.damaged.emit if said else None, said.unchecked.emit if said else None)
    upkeep.start()
    return upkeep


class CopyChecked(QObject):
    """What the day's copy found, carried from its thread to the window's: the signals are queued to this
    object's (the UI) thread and received by its own methods — a lambda slot of a queued cross-thread signal
    crashed PySide6 (ui/operations/operation.py)."""

    damaged = Signal(str)
    unchecked = Signal()

    def __init__(self, parent: QObject, on_damaged: Callable[[str], object],
                 on_unchecked: Callable[[], object]) -> None:
        super().__init__(parent)
        self._on_damaged_said = on_damaged
        self._on_unchecked_said = on_unchecked
        self.damaged.connect(self._on_damaged)
        self.unchecked.connect(self._on_unchecked)

    def _on_damaged(self, finding: str) -> None:
        self._on_damaged_said(finding)

    def _on_unchecked(self) -> None:
        self._on_unchecked_said()


def load_sync_then(then: Callable[[], object]) -> Task:
    """Sync's network stack and the keyring's backend loaded off the UI thread (a third of a second of
    imports, and finding the keyring may ask D-Bus) while the window already answers; `then` on the UI
    thread once they are in (or failed to come: then its own imports say why)."""

    def work(_task: Task) -> None:
        import sync.service  # noqa: F401  (the engine, the DAV client, the records)
        from sync.credentials import keyring_available

        keyring_available()  # the backend is found once and kept

    task = Task(work)
    task.finished.connect(then)
    task.start(READS)
    return task


def run_gui(data_dir: Path, argv: Sequence[str], files: Sequence[Path] = (), view: ViewAsked | None = None) -> int:
    """The window on `data_dir`; `files` go to its import wizard, `view` is the section (list filter, sort) it
    shows — the running window's, when one holds the folder already. A start error is said in a dialog too
    (no stderr on a desktop), then raised."""
    try:
        return _run(data_dir, argv, files, view)
    except StartSaid as exc:
        raise RapportError(in_words(exc.args[0])) from None
    except RapportError as exc:
        explain(exc)
        raise


def _run(data_dir: Path, argv: Sequence[str], files: Sequence[Path], view: ViewAsked | None = None) -> int:
    app = QApplication.instance() or QApplication(["rapport", *argv])
    assert isinstance(app, QApplication)  # a widgets app: a plain QCoreApplication is never made here
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "rapport.svg")))
    app.setDesktopFileName(resources.APP_ID)  # the desktop matches the window to its entry and icon
    settings = QSettings()
    translators = i18n.install(app, i18n.chosen(settings))  # before any window is built
    if theme.chosen(settings) != theme.SYSTEM or not theme.system_is_dark():
        theme.apply(app, theme.chosen(settings))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RapportError(f"cannot create the data folder {data_dir}: {exc.strerror}") from None
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.ask_running_window(list(files), view):
            handed = " and given the file(s)" if files else f" to show its {view.section}" if view else ""
            sys.stderr.write(f"rapport: Rapport is already open on this data folder: its window was brought"
                             f" forward{handed}\n")
            return 0
        raise RapportError(f"another Rapport window holds {data_dir} and does not answer; close it, or wait")
    instance.listen()
    rescued = ""
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        opened = offer_rescue(data_dir, exc)  # a damaged database: a backup, or what can be read
        if opened is None:
            instance.release()
            raise StartSaid(exc) from None
        store, rescued = opened
    try:
        while True:
            repair = _Repair()
            try:
                code = _show_window(app, store, settings, translators, instance, files, rescued, repair, view)
            except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
                if not is_damage(exc):
                    raise
                # A damaged page the window's first reads met (the start checks a large file later).
                code, repair.asked, repair.reason = 0, True, str(exc)
            finally:
                store.close()
            files, rescued, view = (), "", None
            if not repair.asked:
                return code
            # Damage found while the window was open (a large file's pages are checked after the start):
            # the same two ways back as at a start, then the window again on their result.
            opened = offer_rescue(data_dir, StoreError(repair.reason))
            if opened is None:
                return code
            store, rescued = opened
    finally:
        instance.release()


class _Repair:
    """Whether the user asked, from the window, to repair a database found damaged (and why)."""

    def __init__(self) -> None:
        self.asked = False
        self.reason = ""


def _show_window(app: QApplication, store: Store, settings: QSettings, translators: list[QTranslator],
                 instance: SingleInstance, files: Sequence[Path], rescued: str, repair: _Repair,
                 view: ViewAsked | None = None) -> int:
    """The main window on `store` until it closes: the application's exit code."""
    services = Services.build(store)
    window = MainWindow(services, settings, view)
    if rescued:  # said once the window is up, where it cannot be missed (the status line is overwritten)
        QTimer.singleShot(0, lambda: tell_rescued(window, rescued))
    instance.activated.connect(window.bring_forward)
    instance.view_asked.connect(window.show_view)
    instance.files_given.connect(window.open_files)
    window.translators = translators  # kept alive with the window
    window.show()
    key_trace = install_if_asked(app, services)  # benchmarks' timing of key presses (RAPPORT_KEY_TRACE)

    def repair_now(reason: str) -> None:
        repair.asked, repair.reason = True, reason
        window.close()
        app.quit()

    def damage_found(finding: str) -> None:
        offer_repair_of(window, store.data_dir, finding, repair_now)

    def check_pages_apart() -> None:  # no copy today (a full disk): a large file's pages are read all the same
        if not store.pages_checked:
            window.page_check = check_later(window, store.data_dir, repair_now)

    # A large file's pages (too many to read before the first paint) are read by the day's copy, whose check
    # reads every page of it: the window is told of damage it finds. A file copied earlier today was read
    # whole then; where no copy can be made, the pages are read on their own off the UI thread.
    checked = CopyChecked(window, damage_found, check_pages_apart)
    upkeep = start_daily_backup(services, UPKEEP_DELAY, checked)
    # After the window is up: reading alarms and reaching the sync server are not part of the start.
    QTimer.singleShot(0, window.start_reminders)
    window.sync_loading = load_sync_then(lambda: window.isVisible() and window.start_sync())  # not once closed
    if files:
        QTimer.singleShot(0, lambda: window.open_files([str(f) for f in files]))

    terminate = close_on_signals(lambda: (window.close(), app.quit()))  # a session's end closes it cleanly
    try:
        return int(app.exec())
    finally:
        if terminate is not None:
            terminate.release()
        if key_trace is not None:
            key_trace.uninstall(app)
        instance.activated.disconnect(window.bring_forward)
        instance.view_asked.disconnect(window.show_view)
        instance.files_given.disconnect(window.open_files)
        # The window is gone from the screen. The store closes once nothing else reads or writes it: a write
        # under way (the user's last edit) commits, and no connection is left open at the end — one would
        # keep SQLite from emptying its log, and the next start would read every page of the file.
        upkeep.finish(UPKEEP_WAIT)
        for kind in (WRITES, READS):
            if not pool(kind).waitForDone(int(UPKEEP_WAIT * 1000)):
                log.warning("the %s were still running when the window closed", kind)
