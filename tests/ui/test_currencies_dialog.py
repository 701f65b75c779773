"""File ▸ Currencies and Exchange Rates… used with the keyboard (issue 18, point 4): the home currency chosen,
a rate typed (a wrong one said in the dialog), the European Central Bank's file imported off the UI thread, a
rate removed; the board's totals follow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.currencies import rate_on
from app.services import Services
from tests.ui.writes import wait_for_writes
from tests.unit.test_currencies import DAILY
from ui.currencies_dialog import CurrenciesDialog
from ui.main_window import MainWindow


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def test_home_currency_rates_and_the_ecbs_file_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.currencies_action.isEnabled()
    window.currencies_action.trigger()
    dialog = window.findChild(CurrenciesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(_focus()))
    assert "No rates yet" in dialog.status.text()

    assert _focus() is dialog.home  # the first field (an editable list: typed into)
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "usd")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is dialog.home_button
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    assert services.currencies.home() == "USD" and dialog.status.text() == "Totals are added up in USD."

    dialog.currency.setFocus()
    qtbot.keyClicks(_focus(), "eur")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(_focus(), "2")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # the euro has no rate of its own: said, nothing written
    wait_for_writes(qtbot, services)
    assert "the euro's own is always 1" in dialog.status.text()
    dialog.currency.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "jpy")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "162,5")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    today = services.clock.now().date()
    assert rate_on(services.store.database, "JPY", today) == 162.5
    assert [dialog.rates.topLevelItem(i).text(0) for i in range(dialog.rates.topLevelItemCount())] == ["JPY"]
    assert _focus() is dialog.currency and dialog.isVisible()  # ready for the next one; Enter closed nothing
    assert services.currencies.home() == "USD"  # (and did not choose the home currency again)
    qtbot.keyClicks(_focus(), "gbp")  # the next code replaces the last one (three letters at most)
    assert dialog.currency.text() == "GBP"

    ecb = tmp_path / "eurofxref.csv"
    ecb.write_text(DAILY, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(ecb), "")))
    dialog.import_button.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: "1 days of 4 currencies read: 4 rates added, 0 changed." in dialog.status.text())
    assert [dialog.rates.topLevelItem(i).text(0) for i in range(dialog.rates.topLevelItemCount())] == [
        "BGN", "CZK", "JPY", "USD"]
    assert rate_on(services.store.database, "JPY", date(2026, 12, 7)) == 163.02

    dialog.rates.setFocus()
    dialog.rates.setCurrentItem(dialog.rates.topLevelItem(1))  # CZK
    assert dialog.currency.text() == "CZK"
    dialog.remove_button.click()
    wait_for_writes(qtbot, services)
    assert rate_on(services.store.database, "CZK", date(2026, 12, 7)) is None
    assert services.undo.next_undo() is not None and services.undo.next_undo().label == "Remove the rate of CZK"
    dialog.home.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "JPY")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # Enter in the home currency uses it
    wait_for_writes(qtbot, services)
    assert services.currencies.home() == "JPY" and dialog.isVisible()
    dialog.reject()
