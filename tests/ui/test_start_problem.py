"""A start that cannot open the database says so in a dialog and, for a damaged one, offers the way back:
answered with the keyboard, where the focus is."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import demo, paths
from app.clock import FakeClock
from app.errors import StoreError
from app.services import Services
from app.store import Store
from ui.start_problem import offer_rescue

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults


def _filled(folder: Path, contacts: int) -> None:
    store = Store.open(folder)
    services = Services.build(store, FakeClock(datetime(2026, 3, 1, 9)))
    demo.fill(store, FakeClock(datetime(2026, 3, 1, 9)), contacts=contacts)
    services.backups.backup()
    store.close()


def _answer(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Press `key` in the dialog once it is up (it runs its own event loop); what it said, for the test."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.focusWidget() is None:
            if isinstance(box, QMessageBox):
                box.activateWindow()  # the offscreen platform does not activate it by itself
            QTimer.singleShot(20, press)
            return
        seen.append(f"{box.text()} {box.informativeText()} " + " ".join(b.text() for b in box.buttons()))
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    QTimer.singleShot(0, press)
    return seen


def test_an_emptied_database_is_restored_from_the_backup_with_enter(qtbot: QtBot, tmp_path: Path) -> None:
    _filled(tmp_path, 40)
    paths.database_path(tmp_path).write_bytes(b"")
    seen = _answer(qtbot, Qt.Key.Key_Return)  # the default: the newest sound backup
    opened = offer_rescue(tmp_path, StoreError("cannot open the database"))
    assert opened is not None, seen
    store, said = opened
    assert "0 bytes" in seen[0] and "contacts: 40" in seen[0], seen
    assert Services.build(store).contacts.count() == 40
    assert "was restored" in said and "damaged-" in said
    store.close()


def test_damaged_pages_are_recovered_with_the_mnemonic(qtbot: QtBot, tmp_path: Path) -> None:
    _filled(tmp_path, 300)
    database = paths.database_path(tmp_path)
    data = bytearray(database.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 : (middle + 1) * 4096] = b"\x00damaged" * 512
    database.write_bytes(bytes(data))
    _answer(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "R&ecover what can be read"
    opened = offer_rescue(tmp_path, StoreError("database disk image is malformed"))
    assert opened is not None
    store, said = opened
    assert 250 <= Services.build(store).contacts.count() <= 300
    assert said.startswith("Recovered from the damaged database")
    store.close()


def test_escape_quits_and_leaves_the_file_as_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    _filled(tmp_path, 10)
    database = paths.database_path(tmp_path)
    database.write_bytes(b"")
    _answer(qtbot, Qt.Key.Key_Escape)
    assert offer_rescue(tmp_path, StoreError("cannot open the database")) is None
    assert database.exists() and database.stat().st_size == 0
    assert not list(paths.backups_dir(tmp_path).glob("damaged-*"))


def test_an_error_that_is_no_damage_is_said_in_a_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    seen = _answer(qtbot, Qt.Key.Key_Return)
    assert offer_rescue(tmp_path, StoreError("written by a newer Rapport (schema 99); update Rapport first")) is None
    assert "newer Rapport" in seen[0]


def test_what_the_rescue_did_is_said_over_the_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.start_problem import tell_rescued

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = tell_rescued(window, "Recovered from the damaged database: contacts 300")
    qtbot.waitUntil(box.isVisible)
    assert "contacts 300" in box.text() and box.parent() is window
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())


def _damage_a_page(folder: Path, table: str = "") -> None:
    """Zero one page of the database: the root page of `table`, or one in the middle of the file."""
    database = paths.database_path(folder)
    page = len(database.read_bytes()) // 4096 // 2
    if table:
        connection = sqlite3.connect(database)
        page = connection.execute("SELECT rootpage - 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        connection.close()
    data = bytearray(database.read_bytes())
    data[page * 4096 : (page + 1) * 4096] = b"\x00damaged" * 512
    database.write_bytes(bytes(data))


@pytest.mark.parametrize(("table", "boxes"), [("search_index_content", ["damageFound", "startRescue"]),
                                              ("contact", ["startRescue"])])
def test_a_large_database_is_checked_after_the_start_and_repaired_from_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, boxes: list[str]) -> None:
    """A file too large to check before the first paint opens at once; its pages are read in the background,
    the damage is said over the window, Enter (Repair now) closes it for the rescue, Enter there recovers
    what can be read, and the window opens again on the result. Damage the window's own first reads meet
    (the contacts) goes straight to the rescue."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from app import store as store_module
    from ui import application
    from ui.main_window import MainWindow

    data = tmp_path / "data"
    _filled(data, 300)
    _damage_a_page(data, table)
    monkeypatch.setattr(store_module, "QUICK_CHECK_BYTES", 0)  # every file is "large" here
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    seen: list[str] = []

    def drive() -> None:
        """Act on whatever is up, as a user at the keyboard would, until the second window is closed."""
        box = QApplication.activeModalWidget() or QApplication.activeWindow()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if isinstance(box, QMessageBox) and box.objectName() in ("damageFound", "startRescue"):
            if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not box:
                box.activateWindow()
            else:
                seen.append(box.objectName())
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        elif "startRescue" in seen and windows:
            seen.append(f"contacts: {windows[0]._services.contacts.count()}")
            windows[0].close()
            return
        else:
            for w in QApplication.topLevelWidgets():  # a box that is no damage: shown in the failure
                if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() not in ("damageFound",
                                                                                             "startRescue"):
                    seen.append(f"{w.objectName()}: {w.text()}")
        if "gave up" not in seen:
            QTimer.singleShot(50, drive)

    def give_up() -> None:  # never a hung run: whatever is up is closed, and the asserts say what was seen
        seen.append("gave up")
        for w in QApplication.topLevelWidgets():
            w.close()
        QApplication.quit()

    QTimer.singleShot(0, drive)
    guard = QTimer(singleShot=True, interval=60_000)
    guard.timeout.connect(give_up)
    guard.start()
    try:
        assert application._run(data, [], ()) == 0
    finally:
        guard.stop()
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, config)
    assert seen[:-1] == boxes, seen
    assert 250 <= int(seen[-1].split(": ")[1]) <= 300, seen
    assert not (data / store_module.CHECK_MARK).exists()  # the rescued database checked sound


def test_damage_found_in_the_background_has_the_next_start_check_every_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import store as store_module

    _filled(tmp_path, 300)
    monkeypatch.setattr(store_module, "QUICK_CHECK_BYTES", 0)
    sound = Store.open(tmp_path)
    assert not sound.pages_checked  # large: left to the background
    sound.close()
    _damage_a_page(tmp_path)
    store_module.mark_for_check(tmp_path)
    with pytest.raises(store_module.DamagedStoreError, match="damaged"):
        Store.open(tmp_path)
    assert (tmp_path / store_module.CHECK_MARK).exists()  # still damaged: checked again next time


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_damage_found_after_the_start_is_said_in_the_users_language(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.start_problem import check_later

    _filled(tmp_path, 100)
    _damage_a_page(tmp_path, "search_index_content")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    check_later(window, tmp_path, asked.append)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damageFound") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "damageFound")
    assert "повреждение" in box.text() and "не читается как база данных" in box.text(), box.text()  # the reason too
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Keep working
    qtbot.waitUntil(lambda: not box.isVisible())
    assert asked == []
