"""A start that cannot open the database says so in a dialog and, for a damaged one, offers the way back:
answered with the keyboard, where the focus is."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import demo, paths
from app.clock import FakeClock
from app.errors import StoreError
from app.services import Services
from app.store import Store
from ui.start_problem import offer_rescue


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
