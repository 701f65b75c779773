"""RAPPORT_KEY_TRACE (ui/key_trace.py): the window times each key press to its settling, for the benchmarks
that type into the real program."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.deals import DealData
from app.services import Services
from ui.key_trace import ENVIRONMENT, KeyTrace, install_if_asked
from ui.main_window import MainWindow
from ui.workers import WRITES, pool


def keys() -> QWidget:
    target = QApplication.focusWidget()
    assert target is not None
    return target


def lines(path: Path) -> list[tuple[float, str]]:
    if not path.exists():
        return []
    return [(float(ms), name) for ms, name in (line.split(" ", 1) for line in path.read_text().splitlines())]


@pytest.fixture
def traced(window: MainWindow, services: Services, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "keys.txt"
    trace = KeyTrace(path, services, window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(trace)
    yield path
    trace.uninstall(app)


def test_each_press_is_one_line_once_the_window_settles(qtbot: QtBot, window: MainWindow, traced: Path) -> None:
    """A key bound to an action (Ctrl+6: the calendar), one the focused widget takes (Page Down), and one
    that is only typed: a line each, named as Qt names keys, never two for one press."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(keys(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(keys(), Qt.Key.Key_PageDown)
    qtbot.keyClick(keys(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(keys(), "an")
    qtbot.waitUntil(lambda: len(lines(traced)) == 5)
    assert [name for _, name in lines(traced)] == ["Ctrl+6", "PgDown", "Ctrl+F", "A", "N"]
    assert all(ms >= 0 for ms, _ in lines(traced))


def test_a_press_that_writes_is_timed_to_the_write_done(qtbot: QtBot, window: MainWindow, services: Services,
                                                        traced: Path) -> None:
    """Ctrl+Shift+Right on a card moves its deal on the write worker: while the worker is still busy (held
    here by a write before it) the press has no line; once the move is done, it has, and the deal stands in
    the next stage."""
    sales = services.pipelines.default()
    uid = services.deals.create(DealData(title="Fleet renewal", stage_uid=sales.stages[0].uid)).value.uid
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(keys(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Deals: a card in hand
    qtbot.waitUntil(lambda: window.deals_view.board.selected_uid() == uid)
    qtbot.waitUntil(lambda: len(lines(traced)) == 1)
    release = threading.Event()
    pool(WRITES).start(lambda: release.wait(10))  # a write ahead of the move
    try:
        qtbot.keyClick(keys(), Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(300)
        assert len(lines(traced)) == 1  # the move waits behind the write: not answered yet
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(lines(traced)) == 2)
    assert lines(traced)[-1][1] == "Ctrl+Shift+Right" and lines(traced)[-1][0] >= 250
    assert services.deals.get(uid).data.stage_uid == sales.stages[1].uid


def test_a_press_that_reads_in_the_background_is_timed_to_the_list_shown(
        qtbot: QtBot, window: MainWindow, traced: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+8 shows Duplicates, whose pairs are looked for off the UI thread: the press's line waits for them
    (held back here) and the list they fill."""
    from app.duplicates import DuplicateService

    release = threading.Event()
    looked = DuplicateService.candidates

    def slow(self: DuplicateService) -> object:
        release.wait(10)
        return looked(self)

    monkeypatch.setattr(DuplicateService, "candidates", slow)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    try:
        qtbot.keyClick(keys(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(300)
        assert lines(traced) == []  # still looking
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(lines(traced)) == 1)
    assert lines(traced)[0][1] == "Ctrl+8" and lines(traced)[0][0] >= 250  # (held 300 ms; the timers round)
    assert not window.duplicates_view.placeholder.text().startswith("Looking")


def test_no_filter_without_the_variable(monkeypatch: pytest.MonkeyPatch, services: Services, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert install_if_asked(app, services) is None
    monkeypatch.setenv(ENVIRONMENT, str(tmp_path / "keys.txt"))
    trace = install_if_asked(app, services)
    assert isinstance(trace, KeyTrace)
    trace.uninstall(app)
