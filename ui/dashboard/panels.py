"""The dashboard's building blocks: a chart panel (title, export menu, chart) and a KPI tile.

A panel's numbers come from a callable returning (headers, rows), the same values the chart is drawn
from, so "Export numbers (CSV)…" writes exactly what the service computed.

Signals (ChartPanel):
    item_clicked(int)  a category of the chart was clicked (funnel stage)
"""


from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.formats.csv_contacts import neutralised
from ui.dashboard.charts import Chart, ChartWidget, render_image

Table = tuple[list[str], list[list[str]]]


def write_csv(path: str | Path, table: Table) -> None:
    headers, rows = table
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        # a label beginning with "=" (an owner, a stage's name) is text in a spreadsheet, never a formula
        writer.writerows([[neutralised(str(row[0])), *row[1:]] if row else row for row in rows])


def file_stem(title: str) -> str:
    """A file name from a title: letters and digits kept (any script), the rest as dashes."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in title.casefold())
    return "-".join(part for part in stem.split("-") if part) or "chart"


class ChartPanel(QFrame):
    item_clicked = Signal(int)

    def __init__(self, title: str, chart: Chart, numbers: Callable[[], Table], *, clickable: bool = False,
                 lines: float = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._numbers = numbers
        self.title = QLabel(title)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setEnabled(False)  # the palette's quiet text
        self.caption.setWordWrap(True)
        self.caption.hide()
        self.chart_widget = ChartWidget(chart, clickable=clickable, lines=lines, parent=self)
        self.chart_widget.setAccessibleName(title)
        self.chart_widget.item_clicked.connect(self.item_clicked)

        self.save_png_action = QAction(self.tr("Save as PNG…"), self)
        self.save_png_action.triggered.connect(self._on_save_png_triggered)
        self.export_csv_action = QAction(self.tr("Export numbers (CSV)…"), self)
        self.export_csv_action.triggered.connect(self._on_export_csv_triggered)
        self.chart_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.chart_widget.addActions([self.save_png_action, self.export_csv_action])
        menu = QMenu(self)
        menu.addActions([self.save_png_action, self.export_csv_action])
        self.menu_button = QToolButton()
        self.menu_button.setText(self.tr("Export"))
        self.menu_button.setToolTip(self.tr("Save this chart as an image or its numbers as CSV"))
        self.menu_button.setAccessibleName(self.tr("Export %1").replace("%1", title))
        self.menu_button.setMenu(menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setAutoRaise(True)

        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.caption)
        layout.addWidget(self.chart_widget, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    @property
    def chart(self) -> Chart:
        return self.chart_widget.chart

    def add_header_widget(self, widget: QWidget) -> None:
        """A control of the chart (a currency chooser) beside the title."""
        self.header.insertWidget(1, widget)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))

    def refresh(self) -> None:
        self.chart_widget.updateGeometry()
        self.chart_widget.update()

    def numbers(self) -> Table:
        return self._numbers()

    def image_size(self) -> QSize:
        """The widget's size when shown, else a size from the font (a hidden dashboard still exports)."""
        size = self.chart_widget.size()
        hint = self.chart_widget.sizeHint()
        if not self.chart_widget.isVisible() or size.width() < hint.width() // 2:
            size = hint
        fm = self.fontMetrics()
        return QSize(size.width(), size.height() + round(fm.height() * 2.2))

    def save_png(self, path: str | Path) -> bool:
        image = render_image(self.chart, self.image_size(), self.palette(), self.title.text(),
                             font_source=self.chart_widget)
        # PySide6 takes the format as str (bytes raises ValueError); its stubs say bytes.
        return image.save(str(path), "PNG")  # type: ignore[call-overload]

    def export_csv(self, path: str | Path) -> None:
        write_csv(path, self.numbers())

    def _on_save_png_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), file_stem(self.title.text()) + ".png",
                                              self.tr("PNG images (*.png)"))
        if path and not self.save_png(path):
            QMessageBox.warning(self, self.tr("Save as PNG"), self.tr("Could not write %1.").replace("%1", path))

    def _on_export_csv_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export numbers"), file_stem(self.title.text()) + ".csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export numbers"), self.tr("Could not write %1: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))


class KpiTile(QFrame):
    """A key figure: a caption, the value in a larger type, and a line of detail under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel()
        big = QFont(self.value.font())
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.value.setFont(big)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never clipped

    def set(self, value: str, detail: str, lines: Sequence[str] = ()) -> None:
        """The value, its detail, and (for money in several currencies) further lines under the value."""
        self.value.setText(value)
        text = "\n".join([*lines, detail]) if lines else detail
        self.detail.setText(text)
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setToolTip(f"{self.caption.text()}: {value}\n{text}".strip())
