"""View ▸ Reports… (issue 18, point 5): won and lost by owner or month and activities by kind, each a chart with
its numbers, exported as CSV and printed to PDF; From after To said in the chart, not a crash."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.unit.test_reports import closed
from ui.dashboard.charts import BarChart
from ui.main_window import MainWindow
from ui.reports_dialog import ReportsDialog

__all__ = ["closed"]  # the fixture


def test_reports_chart_table_csv_and_pdf(qtbot: QtBot, window: MainWindow, services: Services, closed: None,
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.reports_action.trigger()
    dialog = window.findChild(ReportsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.last.setDate(QDate(2026, 3, 31))
    chart = dialog.panel.chart
    assert isinstance(chart, BarChart)
    assert chart.data.categories == ["Ann", "Boris"]
    assert [s.values for s in chart.data.series] == [[2.0, 1.0], [0.0, 1.0]]  # won, lost
    headers, rows = dialog.numbers()
    assert headers[:4] == ["Owner", "Won", "Lost", "Win rate"]
    assert rows[0][:4] == ["Ann", "2", "0", "100 %"] and rows[1][3] == "50 %"

    dialog.by.setCurrentIndex(dialog.by.findData("month"))
    assert chart.data.categories == ["January 2026", "February 2026"]
    dialog.report.setCurrentIndex(dialog.report.findData("activities"))
    assert dialog.by.currentData() == "kind" and chart.data.stacked
    assert chart.data.categories == ["Calls", "Meetings", "E-mails", "Notes"]
    assert dialog.numbers()[1][0][-1] == "2"  # two calls in all

    dialog.panel.export_csv(tmp_path / "activities.csv")
    with open(tmp_path / "activities.csv", encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Kind", "Calls", "Meetings", "E-mails", "Notes", "In all"] and len(lines) == 5
    assert dialog.write_pdf(tmp_path / "activities.pdf") >= 1
    assert (tmp_path / "activities.pdf").read_bytes().startswith(b"%PDF")

    from app.activities import ActivityData
    from tests.ui.writes import wait_for_writes
    from ui.operations.operation import Op

    Op(window, services, "Log a call", lambda s: s.activities.log(ActivityData(  # a write in the window: followed
        kind="call", subject="One more", occurred_at=datetime(2026, 2, 20, 10)))).run()
    wait_for_writes(qtbot, services)
    assert dialog.numbers()[1][0][-1] == "3"

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (asked.append("pdf"), ("", ""))[1]))
    dialog.first.setFocus()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)  # Enter in a date: no PDF dialog, nothing closed
    assert asked == [] and dialog.isVisible()

    dialog.first.setDate(QDate(2026, 4, 1))  # after To: said where the chart is
    assert "ends" in chart.data.empty_text and dialog.numbers() == ([], [])
    assert not dialog.pdf_button.isEnabled() and not dialog.panel.export_csv_action.isEnabled()
    assert window.open_reports() is dialog  # one of it, brought forward
    dialog.close()


def test_the_leads_report_in_the_dialog(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from app.leads import LeadData

    services.clock.set(datetime(2026, 3, 2, 9))  # type: ignore[attr-defined]
    for name, source in (("Ann", "Fair"), ("Bo", "Fair"), ("Cy", "Web form")):
        services.leads.create(LeadData(name=name, source=source))
    window.reports_action.trigger()
    dialog = window.findChild(ReportsDialog)
    assert dialog is not None
    dialog.first.setDate(QDate(2026, 1, 1))
    dialog.last.setDate(QDate(2026, 3, 31))
    dialog.report.setFocus()
    qtbot.keyClick(dialog.report, Qt.Key.Key_End)  # the last report: leads
    assert dialog.report.currentData() == "leads" and dialog.by.currentData() == "source"
    chart = dialog.panel.chart
    assert isinstance(chart, BarChart)
    assert chart.data.categories == ["Fair", "Web form"]
    headers, rows = dialog.numbers()
    assert headers[:3] == ["Lead source", "Captured", "Qualified"] and rows[0][:2] == ["Fair", "2"]
