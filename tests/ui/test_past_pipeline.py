"""View ▸ Pipeline on a Past Day… (issue 18, point 5): the board as it stood at the end of a day, rebuilt from the
stage history, and what moved between two days; a deal opens with Enter."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.services import Services
from tests.unit.test_pipeline_history import history
from ui.main_window import DEALS, MainWindow
from ui.pipeline.past_dialog import PastPipelineDialog

__all__ = ["history"]


def test_the_board_of_a_past_day_and_what_moved(qtbot: QtBot, window: MainWindow, services: Services,
                                                history: dict[str, str], clock: FakeClock) -> None:
    names = [stage.name for stage in services.pipelines.default().stages]
    with qtbot.waitActive(window):
        window.activateWindow()
    window.past_pipeline_action.trigger()
    dialog = window.findChild(PastPipelineDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day)
    dialog.day.setDate(QDate(2026, 2, 5))
    board = dialog.board
    stages = {board.topLevelItem(i).text(0): [board.topLevelItem(i).child(j).text(0)
                                             for j in range(board.topLevelItem(i).childCount())]
              for i in range(board.topLevelItemCount())}
    lead = next(key for key in stages if key.startswith(names[0]))
    qualified = next(key for key in stages if key.startswith(names[1]))
    assert stages[lead] == ["Bolts"] and stages[qualified] == ["Anvils"]
    assert "at the end of" in dialog.summary.text() and "2 open deals" in dialog.summary.text()

    dialog.tabs.setCurrentIndex(1)
    dialog.first.setDate(QDate(2026, 2, 1))
    dialog.last.setDate(QDate(2026, 2, 28))
    rows = [[dialog.moves.topLevelItem(i).text(c) for c in (1, 2)] for i in range(dialog.moves.topLevelItemCount())]
    assert rows == [["Anvils", f"{names[0]} → {names[1]}"], ["Bolts", f"won (in {names[0]})"],
                    ["Drills", f"made in {names[0]}"]]

    dialog.moves.setFocus()
    dialog.moves.setCurrentItem(dialog.moves.topLevelItem(1))
    qtbot.keyClick(dialog.moves, Qt.Key.Key_Return)  # Enter opens the deal
    qtbot.waitUntil(lambda: window.sections.currentIndex() == DEALS)
    assert window.deals_view.detail.deal_uid == history["b"]
    assert dialog.isVisible()  # Enter opened the deal, and did not close the dialog too
    dialog.first.setDate(QDate(2026, 3, 1))  # after To: said in the moves' list, the board goes on
    assert "ends" in dialog.moves.topLevelItem(0).text(0)
    dialog.day.setDate(QDate(2026, 1, 31))
    assert [board.topLevelItem(0).child(j).text(0) for j in range(board.topLevelItem(0).childCount())] == [
        "Anvils", "Bolts"]
    assert window.open_past_pipeline() is dialog  # one of it, brought forward
    dialog.close()  # (beside the window, not modal: closed here, not left over the next test's window)
