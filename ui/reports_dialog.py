"""View ▸ Reports…: won and lost deals by owner, lead source, stage or month (win rate, days to close, won amounts
in the home currency), activities by kind, owner, month or week, and leads (captured, qualified, disqualified)
with the deals won by source or month, over a period (app/reports.py): a chart, the
numbers beside it, exported as CSV (the chart's Export menu) or printed to PDF. Beside the window, read only.

    ReportsDialog(services, parent).show()
"""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.reports import ACTIVITY_KINDS, ActivityCount, LeadReport, WonLost
from app.services import Services
from app.validation import minor_digits
from ui.dashboard.charts import BarChart, BarData, Series
from ui.dashboard.panels import ChartPanel, Table, file_stem
from ui.dashboard.report import Paper
from ui.focus_return import enter_stays_in_its_field
from ui.pipeline import look
from ui.qt_dates import pydate, qdate
from ui.said import in_words


class ReportsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self._services = services
        self.setWindowTitle(self.tr("Reports"))
        today = services.clock.now().replace(tzinfo=UTC).astimezone().date()

        self.report = QComboBox()
        self.report.setAccessibleName(self.tr("Report"))
        self.report.addItem(self.tr("Deals won and lost"), "won-lost")
        self.report.addItem(self.tr("Activities"), "activities")
        self.report.addItem(self.tr("Leads and deals won, by source"), "leads")
        self.by = QComboBox()
        self.by.setAccessibleName(self.tr("Grouped by"))
        self.first = QDateEdit(qdate(date(today.year, 1, 1)))
        self.last = QDateEdit(qdate(today))
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setKeyboardTracking(False)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.reload)
        self.pdf_button = QPushButton(self.tr("Print to &PDF…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        choices = QHBoxLayout()
        for text, widget in ((self.tr("&Report:"), self.report), (self.tr("&By:"), self.by),
                             (self.tr("&From:"), self.first), (self.tr("&To:"), self.last)):
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addWidget(label)
            choices.addWidget(widget)
        choices.addStretch(1)
        choices.addWidget(self.pdf_button)

        self.panel = ChartPanel(self.tr("Deals won and lost"), BarChart(), self.numbers, lines=12)
        self.table = QTreeWidget()
        self.table.setObjectName("reportTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.panel)
        split.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(line * 54, line * 36)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self.report.currentIndexChanged.connect(self._on_report_changed)
        self.by.currentIndexChanged.connect(self.reload)
        self._on_report_changed(0)
        enter_stays_in_its_field(self)  # never prints or closes

    # --- reading ----------------------------------------------------------------------------

    def _on_report_changed(self, _index: int) -> None:
        self.by.blockSignals(True)
        self.by.clear()
        if self.report.currentData() == "won-lost":
            for label, key in ((self.tr("Owner"), "owner"), (self.tr("Lead source"), "source"),
                               (self.tr("Stage"), "stage"), (self.tr("Month"), "month")):
                self.by.addItem(label, key)
        elif self.report.currentData() == "leads":
            for label, key in ((self.tr("Lead source"), "source"), (self.tr("Month"), "month")):
                self.by.addItem(label, key)
        else:
            for label, key in ((self.tr("Kind"), "kind"), (self.tr("Owner"), "owner"), (self.tr("Month"), "month"),
                               (self.tr("Week"), "week")):
                self.by.addItem(label, key)
        self.by.blockSignals(False)
        self.panel.title.setText(self.report.currentText())
        self.reload()

    def reload(self) -> None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        queries = self._services.queries
        try:
            if self.report.currentData() == "won-lost":
                self._show_won_lost(queries.won_and_lost(first, last, str(self.by.currentData())))
            elif self.report.currentData() == "leads":
                self._show_leads(queries.lead_report(first, last, str(self.by.currentData())))
            else:
                self._show_activities(queries.activity_counts(first, last, str(self.by.currentData())))
        except RapportError as exc:  # (From after To)
            self._headers, self._rows = [], []
            self._set_exportable(False)
            self.table.clear()
            self._chart().data = BarData([], [], empty_text=in_words(exc))
            self.panel.refresh()

    def _set_exportable(self, exportable: bool) -> None:
        for control in (self.pdf_button, self.panel.export_csv_action, self.panel.save_png_action):
            control.setEnabled(exportable)

    def _chart(self) -> BarChart:
        chart = self.panel.chart
        assert isinstance(chart, BarChart)
        return chart

    def _set_table(self, headers: list[str], rows: list[list[str]], right: set[int]) -> None:
        self._headers, self._rows = headers, rows
        self._set_exportable(True)
        self.table.clear()
        self.table.setHeaderLabels(headers)
        for cells in rows:
            item = QTreeWidgetItem(cells)
            for column in right:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)

    def _key_text(self, key: str) -> str:
        if not key:
            return self.tr("(none)")
        if self.by.currentData() == "month":
            return _month(key)
        if self.by.currentData() == "week":
            return look.short_date(date.fromisoformat(key))
        if self.by.currentData() == "kind":
            return {"call": self.tr("Calls"), "meeting": self.tr("Meetings"), "email": self.tr("E-mails"),
                    "note": self.tr("Notes")}.get(key, key)
        return key

    def _show_won_lost(self, report: WonLost) -> None:
        locale = QLocale()
        categories = [self._key_text(row.key) for row in report.rows]
        self._chart().data = BarData(
            categories, [Series(self.tr("Won"), "won", [float(r.won) for r in report.rows]),
                         Series(self.tr("Lost"), "lost", [float(r.lost) for r in report.rows])],
            whole=True, axis_text=lambda value: locale.toString(int(value)),
            tooltip=lambda index, _series: self._won_lost_tip(report, index),
            empty_text=self.tr("No deal was won or lost in this period."))
        self.panel.refresh()
        headers = [self.by.currentText(), self.tr("Won"), self.tr("Lost"), self.tr("Win rate"),
                   self.tr("Won amounts"), *([self.tr("Won in %1").replace("%1", report.home)] if report.home else []),
                   self.tr("Average days to close"), self.tr("Median days to close")]
        rows = []
        for key, row in zip(categories, report.rows, strict=True):
            home = [look.money(_whole(row.won_home_minor, report.home), report.home, compact=True)
                    if row.won_home_minor is not None else ""] if report.home else []
            rows.append([key, locale.toString(row.won), locale.toString(row.lost),
                         "" if row.win_rate is None else locale.toString(round(row.win_rate * 100)) + " %",
                         " · ".join(look.money(v, c, compact=True) for c, v in
                                    sorted(row.won_amounts.items(), key=lambda i: -i[1])), *home,
                         _days(row.average_days), _days(row.median_days)])
        self._set_table(headers, rows, {1, 2, 3, *([5] if report.home else []), len(headers) - 2, len(headers) - 1})
        self.note.setText(self.tr("Deals by the day they were won or lost, in the stage they closed in. Not in the"
                                  " home currency's column: %1 (no exchange rate).").replace(
            "%1", ", ".join(report.without_rate)) if report.without_rate
            else self.tr("Deals by the day they were won or lost, in the stage they closed in."))

    def _won_lost_tip(self, report: WonLost, index: int) -> str:
        row = report.rows[index]
        return "\n".join(line for line in (
            self._key_text(row.key),
            self.tr("Won: %1 · Lost: %2").replace("%1", str(row.won)).replace("%2", str(row.lost)),
            self.tr("Days to close: %1 on average").replace("%1", _days(row.average_days)) if row.won else "",
        ) if line)

    def _show_leads(self, report: LeadReport) -> None:
        locale = QLocale()
        categories = [self._key_text(row.key) for row in report.rows]
        self._chart().data = BarData(
            categories, [Series(self.tr("Captured"), "call", [float(r.captured) for r in report.rows]),
                         Series(self.tr("Qualified"), "note", [float(r.qualified) for r in report.rows]),
                         Series(self.tr("Deals won"), "won", [float(r.won) for r in report.rows])],
            whole=True, axis_text=lambda value: locale.toString(int(value)),
            empty_text=self.tr("No lead was captured or decided, and no deal won, in this period."))
        self.panel.refresh()
        headers = [self.by.currentText(), self.tr("Captured"), self.tr("Qualified"), self.tr("Disqualified"),
                   self.tr("Qualification rate"), self.tr("Still open"), self.tr("Deals won"),
                   self.tr("Won amounts"), *([self.tr("Won in %1").replace("%1", report.home)] if report.home else [])]
        rows = []
        for key, row in zip(categories, report.rows, strict=True):
            home = [look.money(_whole(row.won_home_minor, report.home), report.home, compact=True)
                    if row.won_home_minor is not None else ""] if report.home else []
            rows.append([key, locale.toString(row.captured), locale.toString(row.qualified),
                         locale.toString(row.disqualified),
                         "" if row.qualified_rate is None else locale.toString(round(row.qualified_rate * 100)) + " %",
                         locale.toString(row.still_open), locale.toString(row.won),
                         " · ".join(look.money(v, c, compact=True) for c, v in
                                    sorted(row.won_amounts.items(), key=lambda i: -i[1])), *home])
        self._set_table(headers, rows, {1, 2, 3, 4, 5, 6, *([8] if report.home else [])})
        self.note.setText(self.tr("Leads by the day they were captured, qualified or disqualified; deals by the day"
                                  " they were won, under their lead source."))

    def _show_activities(self, counts: tuple[ActivityCount, ...]) -> None:
        locale = QLocale()
        names = [self.tr("Calls"), self.tr("Meetings"), self.tr("E-mails"), self.tr("Notes")]
        categories = [self._key_text(c.key) for c in counts]
        series = [Series(name, kind, [float(c.counts[i]) for c in counts])
                  for i, (name, kind) in enumerate(zip(names, ACTIVITY_KINDS, strict=True))]
        self._chart().data = BarData(categories, series, stacked=True, whole=True,
                                     axis_text=lambda value: locale.toString(int(value)),
                                     empty_text=self.tr("No call, meeting, e-mail or note in this period."))
        self.panel.refresh()
        headers = [self.by.currentText(), *names, self.tr("In all")]
        rows = [[key, *(locale.toString(n) for n in c.counts), locale.toString(c.total)]
                for key, c in zip(categories, counts, strict=True)]
        self._set_table(headers, rows, {1, 2, 3, 4, 5})
        self.note.setText(self.tr("An activity's owner is whoever logged it here (or whose it was where sync"
                                  " brought it); those logged before owners were kept have none.")
                          if self.by.currentData() == "owner" else "")

    def numbers(self) -> Table:
        return list(self._headers), [list(row) for row in self._rows]

    # --- printing ---------------------------------------------------------------------------

    def _on_pdf_button_clicked(self) -> None:
        title = f"{self.report.currentText()} — {self.by.currentText()}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Print to PDF"), file_stem(title) + ".pdf",
                                              self.tr("PDF documents (*.pdf)"))
        if name:
            self.write_pdf(Path(name))

    def write_pdf(self, path: Path) -> int:
        """The chart and its numbers on A4 pages; the page count."""
        title = f"{self.report.currentText()} — {self.by.currentText()}"
        try:
            paper = Paper(path, title, self.font())
        except OSError as exc:  # (QPdfWriter reports nothing; a folder that cannot be written shows at the end)
            QMessageBox.warning(self, self.tr("Print to PDF"), str(exc))
            return 0
        before = path.stat().st_mtime_ns if path.exists() else None
        try:
            paper.text(title, scale=1.6, bold=True)
            paper.text(f"{look.long_date(pydate(self.first.date()))} – {look.long_date(pydate(self.last.date()))}")
            paper.space()
            paper.chart(self.report.currentText(), self.panel.chart, 14)
            headers, rows = self.numbers()
            paper.table(headers, rows, set(range(1, len(headers))))
            paper.text(self.note.text(), quiet=True)
        finally:
            pages = paper.finish()  # the painter ended whatever happened (an open one took the process down)
        if not path.exists() or path.stat().st_mtime_ns == before:
            QMessageBox.warning(self, self.tr("Print to PDF"), self.tr("Could not write %1.").replace("%1", str(path)))
            return 0
        return pages


def _whole(amount_minor: int, currency: str) -> int:
    unit = 10 ** minor_digits(currency)
    return round(amount_minor / unit) * unit


def _days(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 1)


def _month(key: str) -> str:
    """"2026-03" as the user's locale names the month: "March 2026"."""
    from ui.dashboard import texts

    return texts.long_month(key)
