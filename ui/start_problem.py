"""When the window cannot start: the reason in a dialog (a user who started Rapport from the desktop sees
no stderr), and for a damaged or emptied database the two ways back (app/rescue.py): the newest sound
backup in its place, or what can still be read recovered into a new database. Never an empty one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import rescue
from app.errors import RapportError, kind_word
from app.store import Store, mark_for_check
from app.unit_of_work import INDEXED_KINDS
from ui.said import in_words
from ui.workers import READS, Task

translate = QCoreApplication.translate  # the name lupdate reads, with its context and literal text


def explain(error: BaseException) -> None:
    """A start error the user can do nothing about here, said in a dialog."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("StartProblem", "Rapport cannot start"),
                      translate("StartProblem", "Rapport cannot start."))
    box.setObjectName("startProblem")
    box.setInformativeText(in_words(error))
    box.exec()


def tell_rescued(parent: QWidget, what: str) -> QMessageBox:
    """What the rescue did, in a box over the window that opened on its result."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("StartProblem", "The database was rescued"), what,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("startRescued")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def offer_rescue(data_dir: Path, error: BaseException) -> tuple[Store, str] | None:
    """The store, opened after the user chose a way back from a damaged database, with a line that says
    what was done; None when the database is not damaged (the error is said) or the user chose to quit."""
    problem = rescue.problem(data_dir)
    if problem is None:
        explain(error)
        return None
    backup = rescue.latest_sound_backup(data_dir)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("StartProblem", "The database is damaged"),
                      translate("StartProblem", "Rapport cannot open its database: %1").replace(
                          "%1", in_words(problem)))
    box.setObjectName("startRescue")
    box.setInformativeText(translate("StartProblem", "The damaged file is kept in the backups folder either way;"
                                                     " nothing is deleted. Choose how to go on:"))
    restore = None
    if backup is not None:
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(backup.path.stat().st_mtime)),
                                  QLocale.FormatType.ShortFormat)
        restore = box.addButton(
            translate("StartProblem", "&Restore the backup of %1 (contacts: %2)").replace("%1", when).replace(
                "%2", QLocale().toString(backup.contacts)), QMessageBox.ButtonRole.AcceptRole)
    recover = box.addButton(translate("StartProblem", "R&ecover what can be read"),
                            QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(translate("StartProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or recover)
    box.setEscapeButton(quit_button)
    box.exec()
    chosen = box.clickedButton()
    if chosen is None or chosen not in (restore, recover):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if chosen is restore and backup is not None:
            kept = rescue.restore_latest(data_dir, backup.path, datetime.now())
            said = translate("StartProblem", "The backup %1 was restored; the damaged database is kept as %2.")
            said = said.replace("%1", backup.path.name).replace("%2", str(kept))
        else:
            report = rescue.recover(data_dir, datetime.now())
            records = ", ".join(f"{in_words(kind_word(kind))}: {QLocale().toString(report.lost[kind])}"
                                for kind in INDEXED_KINDS if report.lost.get(kind))
            others = sum(n for table, n in report.lost.items() if table not in INDEXED_KINDS)
            said = translate("StartProblem", "Recovered from the damaged database: contacts %1. Records that"
                                             " could not be read: %2; other rows (links, history): %3. The"
                                             " damaged file is kept as %4.")
            said = said.replace("%1", QLocale().toString(report.contacts)).replace(
                "%2", records or translate("StartProblem", "none")).replace(
                "%3", QLocale().toString(others)).replace("%4", str(report.kept_aside))
        store = Store.open(data_dir)
    except RapportError as exc:
        explain(exc)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return store, said


def check_later(window: QWidget, data_dir: Path, repair: Callable[[str], None]) -> Task:
    """A large database's pages read off the UI thread once the window is up (PRAGMA quick_check reads
    every page: most of a second at 100,000 contacts, too long for the start). Damage found: the next start
    checks every page too, and the user is offered the way back now: `repair(reason)` closes the window for
    offer_rescue, or they keep working."""
    task = Task(lambda _task: rescue.problem(data_dir))

    def checked(found: object) -> None:
        if isinstance(found, str) and found:  # a Said: said in the user's language
            offer_repair_of(window, data_dir, found, repair)

    task.succeeded.connect(checked)
    task.start(READS)
    return task


def offer_repair_of(window: QWidget, data_dir: Path, reason: str, repair: Callable[[str], None]) -> QMessageBox:
    """Damage found after the start (by the day's copy, or a check of its own): the next start checks every
    page, and the user is offered the way back now."""
    mark_for_check(data_dir)
    return _offer_repair(window, reason, repair)


def _offer_repair(window: QWidget, reason: str, repair: Callable[[str], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("StartProblem", "The database is damaged"),
                      translate("StartProblem", "Rapport found damage in its database: %1").replace(
                          "%1", in_words(reason)), QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("damageFound")
    box.setInformativeText(translate("StartProblem", "Changes may fail to save until it is repaired. Repair now"
                                                     " closes the window and offers the latest sound backup or"
                                                     " what can be read; the damaged file is kept either way."))
    repair_button = box.addButton(translate("StartProblem", "&Repair now"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("StartProblem", "&Keep working"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(repair_button)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: repair(reason) if button is repair_button else None)
    box.open()
    return box
