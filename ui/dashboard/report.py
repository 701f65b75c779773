"""The dashboard as a PDF report (QPdfWriter): title, pipeline and period, the key figures, each chart
(the forecast once per currency) with its numbers, and the oldest overdue tasks.

The charts are the dashboard's own Chart objects painted on paper, with a light "paper" palette
whatever the screen's scheme (a dark page would waste toner and read badly). Sizes come from the
painter's font metrics, so they follow the writer's resolution.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter

from app.dashboard import ALL_IN_HOME
from ui.dashboard import texts
from ui.dashboard.charts import BarChart, Chart, FunnelChart
from ui.pipeline import look

if TYPE_CHECKING:
    from ui.dashboard.view import DashboardView

RESOLUTION = 300  # dots per inch of the PDF's coordinate system


def paper_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Window, "#ffffff"),
                         (QPalette.ColorRole.Text, "#1a1a1a"), (QPalette.ColorRole.WindowText, "#1a1a1a"),
                         (QPalette.ColorRole.PlaceholderText, "#5c5c5c"), (QPalette.ColorRole.Highlight, "#1f6fb2"),
                         (QPalette.ColorRole.AlternateBase, "#f2f2f2"), (QPalette.ColorRole.Mid, "#9e9e9e")):
        palette.setColor(role, QColor(colour))
    return palette


class Paper:
    """A cursor down A4 pages: blocks that do not fit on what is left of a page start a new one."""

    def __init__(self, path: str | Path, title: str, font: QFont) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("Rapport")
        self.palette = paper_palette()
        self.painter = QPainter(self.writer)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.font = QFont(font)
        self.font.setPointSizeF(10)
        self.painter.setFont(self.font)
        paint = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.height = float(paint.width()), float(paint.height())
        self.y = 0.0
        self.pages = 1

    @property
    def line(self) -> float:
        return QFontMetricsF(self.painter.font(), self.writer).height()

    def ensure(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, *, scale: float = 1.0, bold: bool = False, quiet: bool = False) -> None:
        font = QFont(self.font)
        font.setPointSizeF(self.font.pointSizeF() * scale)
        font.setBold(bold)
        self.painter.setFont(font)
        fm = QFontMetricsF(font, self.writer)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bounds = fm.boundingRect(QRectF(0, 0, self.width, self.height), flags, text)
        self.ensure(bounds.height())
        role = QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.Text
        self.painter.setPen(self.palette.color(role))
        self.painter.drawText(QRectF(0, self.y, self.width, bounds.height()), flags, text)
        self.y += bounds.height()
        self.painter.setFont(self.font)

    def space(self, lines: float = 1.0) -> None:
        self.y += self.line * lines

    def chart(self, title: str, chart: Chart, lines: float) -> None:
        height = self.line * (lines + 1.6)
        self.ensure(height)
        self.text(title, bold=True)
        self.y += self.line * 0.3
        area = QRectF(0, self.y, self.width, self.line * lines)
        chart.paint(self.painter, area, self.palette)
        self.painter.setFont(self.font)
        self.y += area.height() + self.line * 0.6

    def table(self, headers: list[str], rows: list[list[str]], right: frozenset[int] | set[int] = frozenset()) -> None:
        if not headers:
            return  # nothing to lay out (and no widths to share)
        fm = QFontMetricsF(self.font, self.writer)
        pad = self.line * 0.4
        natural = [max([fm.horizontalAdvance(headers[c]), *(fm.horizontalAdvance(r[c]) for r in rows)]) + 2 * pad
                   for c in range(len(headers))]
        scale = min(1.0, self.width / sum(natural))
        widths = [w * scale for w in natural]
        row_height = self.line * 1.4

        def draw(cells: list[str], bold: bool, shade: bool) -> None:
            self.ensure(row_height)
            font = QFont(self.font)
            font.setBold(bold)
            self.painter.setFont(font)
            if shade:
                self.painter.fillRect(QRectF(0, self.y, sum(widths), row_height),
                                      self.palette.color(QPalette.ColorRole.AlternateBase))
            self.painter.setPen(self.palette.color(QPalette.ColorRole.Text))
            x = 0.0
            for column, cell in enumerate(cells):
                align = Qt.AlignmentFlag.AlignRight if column in right else Qt.AlignmentFlag.AlignLeft
                rect = QRectF(x + pad, self.y, widths[column] - 2 * pad, row_height)
                text = fm.elidedText(cell, Qt.TextElideMode.ElideRight, rect.width())
                self.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)
                x += widths[column]
            self.y += row_height
            self.painter.setFont(self.font)

        draw(headers, True, False)
        for number, row in enumerate(rows):
            before = self.pages
            self.ensure(row_height)
            if self.pages != before:
                draw(headers, True, False)  # the header again on a new page
            draw(row, False, number % 2 == 1)
        self.y += self.line * 0.6

    def finish(self) -> int:
        self.painter.end()
        return self.pages


def write_report(view: DashboardView, path: str | Path) -> int:
    """Write the dashboard `view` shows (its current pipeline, period and data) as a PDF; page count."""
    data = view.data
    assert data is not None
    title = QCoreApplication.translate("Dashboard", "Dashboard — %1").replace(
        "%1", data.pipeline_name or QCoreApplication.translate("Dashboard", "no pipeline"))
    paper = Paper(path, title, view.font())
    paper.text(title, scale=1.6, bold=True)
    paper.text(f"{view.period_combo.currentText()}: {texts.period_text(data.period)}")
    paper.text(QCoreApplication.translate("Dashboard", "As of %1").replace("%1", look.long_date(data.today)),
               quiet=True)
    paper.space()

    tiles = [(t.caption.text(), t.value.text(), t.detail.text().replace("\n", " · "))
             for t in (view.win_tile, view.days_tile, view.open_tile, view.overdue_tile)]
    paper.table([QCoreApplication.translate("Dashboard", "Key figure"),
                 QCoreApplication.translate("Dashboard", "Value"),
                 QCoreApplication.translate("Dashboard", "Detail")], [list(t) for t in tiles])

    funnel = view.funnel_panel.chart
    assert isinstance(funnel, FunnelChart)
    paper.chart(view.funnel_panel.title.text(), funnel, max(6.0, len(funnel.data.rows) * 2.0))
    headers, rows = view.funnel_panel.numbers()
    paper.table(headers, rows, set(range(1, len(headers))))

    in_home = [ALL_IN_HOME] if data.home and data.home_forecast and set(data.currencies) - {data.home} else []
    for currency in [*in_home, *data.currencies]:
        chart = BarChart(view.forecast_data(currency))
        name = QCoreApplication.translate("DashboardView", "All, in %1 ≈").replace("%1", data.home) \
            if currency == ALL_IN_HOME else currency
        paper.chart(f"{view.forecast_panel.title.text()} — {name}", chart, 14)

    activity = BarChart(view.activity_data())
    paper.chart(view.activity_panel.title.text(), activity, 14)

    paper.text(view.overdue_title.text(), bold=True)
    if data.overdue:
        model = view.overdue_model
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
        rows = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        if data.overdue_count > len(data.overdue):
            paper.text(QCoreApplication.translate("Dashboard", "The oldest %1 of %2.").replace(
                "%1", str(len(data.overdue))).replace("%2", str(data.overdue_count)), quiet=True)
        paper.table(headers, rows, {2, 3})
    else:
        paper.text(QCoreApplication.translate("Dashboard", "No overdue tasks."), quiet=True)
    return paper.finish()
