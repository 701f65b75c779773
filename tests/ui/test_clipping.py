"""Nothing cut off, in any shipped language, at the sizes people use: every visible label and button of the
main window's sections (a record shown in each pane) and of the quick sheets fits its text, or ends it in
"…" with the whole text in its tooltip (tests/ui/clipping.py). Scale 2 is rendered by
tests/ui/render_views.py (QT_SCALE_FACTOR is read once per process)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import demo
from app.clock import FakeClock
from app.services import Services
from tests.ui.clipping import clipped
from tests.ui.writes import wait_for_writes
from ui.main_window import ACCOUNTS, CALENDAR, CONTACTS, DASHBOARD, DEALS, DUPLICATES, TASKS, MainWindow

SIZES = ((960, 640), (1366, 768))


def _settle(qtbot: QtBot, services: Services) -> None:
    wait_for_writes(qtbot, services)
    qtbot.wait(50)  # layouts and lazy sections


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"], indirect=True)
def test_no_text_is_cut_off(language: str, qtbot: QtBot, services: Services, clock: FakeClock,
                            settings: QSettings) -> None:
    demo.fill(services.store, clock, contacts=120)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []

    def look(where: str, widget: QWidget) -> None:
        problems.extend(f"{language} {where}: {p}" for p in clipped(widget))

    for width, height in SIZES:
        window.resize(width, height)
        for section in (CONTACTS, ACCOUNTS, DEALS, TASKS, CALENDAR, DASHBOARD, DUPLICATES):
            window.show_section(section)
            if section == CONTACTS:
                window.contacts_view.table.selectRow(0)
            elif section == ACCOUNTS:
                window.accounts_view.table.selectRow(0)
            _settle(qtbot, services)
            look(f"{width}x{height} section {section}", window)
        window.show_section(CONTACTS)
        window.contacts_view.table.selectRow(0)
        _settle(qtbot, services)
        field = window.contact_pane.field("emails[0]")  # a refused value: its message under the field
        field.start_editing()
        field.editor.setText("not an address @@ because it has spaces")
        field.commit()
        _settle(qtbot, services)
        assert field.error_text, "the service refused the value"
        look(f"{width}x{height} a field's error", window)
        field.cancel()
        for action in (window.log_call_action, window.add_task_action, window.new_deal_action):
            action.trigger()
            sheet = QApplication.activeModalWidget() or next(
                w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window)
            _settle(qtbot, services)
            look(f"{width}x{height} sheet {sheet.windowTitle()!r}", sheet)
            sheet.close()
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_cut_text_and_lets_an_elided_one_be(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    from ui.elided_label import ElidedLabel

    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    cut = QLabel("RUB317,000 + 2 other currencies")
    cut.setFixedWidth(60)
    elided = ElidedLabel("RUB317,000 + 2 other currencies")
    elided.setFixedWidth(60)
    squeezed = QPushButton("Save as &Segment…")
    squeezed.setFixedWidth(40)
    for widget in (cut, elided, squeezed):
        row.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    found = clipped(host)
    assert len(found) == 2 and "QLabel" in found[0] and "QPushButton" in found[1], found
    assert elided.text().endswith("…") and elided.toolTip() == "RUB317,000 + 2 other currencies"
