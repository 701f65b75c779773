"""The dashboard's charts, drawn with QPainter: bars (grouped or stacked) and a funnel.

Why not QtCharts: it is deprecated since Qt 6.10 and not part of PySide6-Essentials (UI.md 11). The
charts here are plain objects that paint into any QPainter — a widget, a QImage for "Save as PNG…",
a QPdfWriter page for the report — so the three always look alike. Every size is a multiple of the
painter's font metrics (so the PDF at 300 dpi and a 200 % screen both scale); every colour is a
palette role or a series token with a light and a dark value, read at paint time.

A chart remembers where it drew its bars, for tooltips and clicks (ChartWidget asks `item_at`).
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.pipeline.look import blend, is_dark

# Series colours, (light, dark): distinct hues that keep ≥ 3:1 against Base in each scheme (bars are
# large marks; the legend and tooltips carry the names, so colour is never the only cue).
SERIES_TOKENS: dict[str, tuple[str, str]] = {
    "call": ("#1f6fb2", "#6aaee8"),
    "meeting": ("#c25e00", "#f2a154"),
    "email": ("#2b8a57", "#68c98f"),
    "note": ("#7b57b0", "#b69ae0"),
    "won": ("#2e7d32", "#6cc070"),
    "lost": ("#b3261e", "#f2817a"),
    "weighted": ("#1f6fb2", "#6aaee8"),
}


def series_colour(token: str, palette: QPalette) -> QColor:
    pair = SERIES_TOKENS.get(token)
    if pair is None:
        return palette.color(QPalette.ColorRole.Highlight)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def quiet_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def grid_colour(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.14)


def nice_step(largest: float, ticks: int = 4, *, whole: bool = False) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` grid lines up to `largest`; `whole`
    keeps it a whole number without 2.5 (counts of things)."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    if whole and raw <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _elided(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


@dataclass
class Series:
    name: str
    token: str  # a SERIES_TOKENS key
    values: list[float]


@dataclass
class BarData:
    categories: list[str]  # the axis labels
    series: list[Series]
    stacked: bool = False
    whole: bool = False  # values are counts: whole-number ticks
    axis_text: Callable[[float], str] = str  # a tick's label
    tooltip: Callable[[int, int], str] = lambda category, series: ""  # (category, series) -> text
    empty_text: str = ""


@dataclass
class FunnelRow:
    label: str
    value: int  # bar length
    value_text: str  # beside the bar: count and money
    tooltip: str


@dataclass
class FunnelData:
    rows: list[FunnelRow]
    empty_text: str = ""


@dataclass
class _Hit:
    rect: QRectF
    category: int
    series: int


@dataclass
class Chart(ABC):
    """Paints its data into a rectangle. Subclasses fill `_hits` while painting."""

    _hits: list[_Hit] = field(default_factory=list, init=False)

    @abstractmethod
    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        """Draw into `rect`, noting each bar or segment drawn in `_hits`."""

    @abstractmethod
    def is_empty(self) -> bool:
        """Nothing to draw (the view says so instead)."""

    def item_at(self, pos: QPointF) -> tuple[int, int] | None:
        for hit in self._hits:
            if hit.rect.contains(pos):
                return hit.category, hit.series
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        return ""

    @staticmethod
    def _paint_empty(painter: QPainter, rect: QRectF, palette: QPalette, text: str) -> None:
        painter.setPen(quiet_text(palette))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


class BarChart(Chart):
    """Vertical bars per category: one per series side by side, or stacked; a legend when several."""

    def __init__(self, data: BarData | None = None) -> None:
        super().__init__()
        self.data = data or BarData([], [])

    def is_empty(self) -> bool:
        return not any(v for s in self.data.series for v in s.values)

    def tooltip_at(self, pos: QPointF) -> str:
        item = self.item_at(pos)
        return self.data.tooltip(*item) if item else ""

    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        self._hits = []
        data = self.data
        fm = QFontMetricsF(painter.font(), painter.device())
        line = fm.height()
        pad = line * 0.5
        if self.is_empty() or not data.categories:
            self._paint_empty(painter, rect, palette, data.empty_text)
            return
        top = rect.top()
        if len(data.series) > 1:
            top = self._paint_legend(painter, rect, palette, fm) + pad

        if data.stacked:
            largest = max(sum(s.values[i] for s in data.series) for i in range(len(data.categories)))
        else:
            largest = max(max(s.values) for s in data.series)
        step = nice_step(largest, whole=data.whole)
        ceiling = step * max(1, math.ceil(largest / step - 1e-9))
        ticks = [step * i for i in range(round(ceiling / step) + 1)]
        labels = [data.axis_text(t) for t in ticks]
        left = rect.left() + max(fm.horizontalAdvance(t) for t in labels) + pad
        bottom = rect.bottom() - line - pad * 0.5
        plot = QRectF(QPointF(left, top + line * 0.5), QPointF(rect.right() - pad * 0.5, bottom))
        if plot.height() < line or plot.width() < line:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / ceiling

        grid = QPen(grid_colour(palette))
        grid.setWidthF(max(1.0, line / 18))
        for tick, label in zip(ticks, labels, strict=True):
            y = y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet_text(palette))
            painter.drawText(QRectF(rect.left(), y - line / 2, left - rect.left() - pad * 0.5, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)

        count = len(data.categories)
        slot = plot.width() / count
        group = slot * 0.72
        colours = [series_colour(s.token, palette) for s in data.series]
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(count):
            x = plot.left() + slot * index + (slot - group) / 2
            base = 0.0
            for number, series in enumerate(data.series):
                value = series.values[index]
                if data.stacked:
                    bar = QRectF(x, y_of(base + value), group, y_of(base) - y_of(base + value))
                    base += value
                else:
                    width = group / len(data.series)
                    bar = QRectF(x + width * number, y_of(value), width, plot.bottom() - y_of(value))
                if value > 0:
                    painter.setBrush(colours[number])
                    painter.drawRect(bar)
                if not data.stacked:  # the whole height, so that a small bar is still easy to point at
                    self._hits.append(_Hit(QRectF(bar.left(), plot.top(), bar.width(), plot.height()), index, number))
            if data.stacked:  # one tooltip for the column: it lists every series
                self._hits.append(_Hit(QRectF(x, plot.top(), group, plot.height()), index, -1))

        # Category labels: every n-th so that they never overlap.
        widest = max(fm.horizontalAdvance(c) for c in data.categories) + pad
        every = max(1, math.ceil(widest / slot))
        painter.setPen(quiet_text(palette))
        for index in range(0, count, every):
            centre = plot.left() + slot * (index + 0.5)
            width = min(slot * every, rect.width())
            left_edge = min(max(centre - width / 2, rect.left()), rect.right() - width)  # never past the sides
            painter.drawText(QRectF(left_edge, bottom + pad * 0.25, width, line),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             _elided(fm, data.categories[index], width))
        axis = QPen(quiet_text(palette))
        axis.setWidthF(max(1.0, line / 18))
        painter.setPen(axis)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _paint_legend(self, painter: QPainter, rect: QRectF, palette: QPalette, fm: QFontMetricsF) -> float:
        """Swatch and name per series, flowing left to right; returns the bottom of the legend."""
        line = fm.height()
        swatch = line * 0.7
        x, y = rect.left(), rect.top()
        for series in self.data.series:
            width = swatch + line * 0.35 + fm.horizontalAdvance(series.name)
            if x > rect.left() and x + width > rect.right():
                x, y = rect.left(), y + line * 1.2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series_colour(series.token, palette))
            painter.drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + swatch + line * 0.35, y, width, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), series.name)
            x += width + line
        return y + line


class FunnelChart(Chart):
    """A centred bar per stage, as long as its count; the stage's name left, count and money right."""

    def __init__(self, data: FunnelData | None = None) -> None:
        super().__init__()
        self.data = data or FunnelData([])

    def is_empty(self) -> bool:
        return not any(r.value for r in self.data.rows)

    def tooltip_at(self, pos: QPointF) -> str:
        item = self.item_at(pos)
        return self.data.rows[item[0]].tooltip if item else ""

    def preferred_height(self, fm: QFontMetricsF) -> float:
        return len(self.data.rows) * fm.height() * 2.0

    def paint(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        self._hits = []
        rows = self.data.rows
        fm = QFontMetricsF(painter.font(), painter.device())
        line = fm.height()
        pad = line * 0.5
        if self.is_empty():
            self._paint_empty(painter, rect, palette, self.data.empty_text)
            return
        name_width = min(max(fm.horizontalAdvance(r.label) for r in rows) + pad, rect.width() * 0.28)
        value_width = min(max(fm.horizontalAdvance(r.value_text) for r in rows) + pad, rect.width() * 0.42)
        bars = QRectF(rect.left() + name_width, rect.top(), rect.width() - name_width - value_width, rect.height())
        row_height = min(line * 2.2, rect.height() / len(rows))
        bar_height = max(line * 0.6, row_height - line * 0.5)
        largest = max(r.value for r in rows)
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        for index, row in enumerate(rows):
            y = rect.top() + row_height * index
            middle = y + row_height / 2
            label_rect = QRectF(rect.left(), y, name_width - pad * 0.5, row_height)
            painter.setPen(text)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             _elided(fm, row.label, label_rect.width()))
            width = bars.width() * row.value / largest if largest else 0.0
            if row.value:
                width = max(width, line * 0.3)
            bar = QRectF(bars.center().x() - width / 2, middle - bar_height / 2, width, bar_height)
            # Later stages a little deeper in tone, as funnels are usually read.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(base, accent, 0.45 + 0.5 * index / max(1, len(rows) - 1)))
            painter.drawRect(bar)
            value_rect = QRectF(bars.right() + pad * 0.5, y, value_width - pad * 0.5, row_height)
            painter.setPen(text if row.value else quiet_text(palette))
            painter.drawText(value_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             _elided(fm, row.value_text, value_rect.width()))
            self._hits.append(_Hit(QRectF(rect.left(), y, rect.width(), row_height), index, 0))


def render_image(chart: Chart, size: QSize, palette: QPalette, title: str = "", scale: float = 2.0,
                 font_source: QWidget | None = None) -> QImage:
    """The chart (and its title above it) as an image at `scale` × `size`, on the palette's Base."""
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if font_source is not None:
        painter.setFont(font_source.font())
    fm = QFontMetricsF(painter.font(), painter.device())
    pad = fm.height() * 0.6
    area = QRectF(pad, pad, size.width() - 2 * pad, size.height() - 2 * pad)
    if title:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        area.setTop(area.top() + fm.height() * 1.6)
    chart.paint(painter, area, palette)
    painter.end()
    return image


class ChartWidget(QWidget):
    """Shows a Chart; tooltips over bars; a click on an item emits `item_clicked(category)`.

    Signals:
        item_clicked(int)  the category (funnel stage, month, week) clicked, when `clickable`
    """

    item_clicked = Signal(int)

    def __init__(self, chart: Chart, *, clickable: bool = False, lines: float = 12,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self._clickable = clickable
        self._lines = lines
        self.setMouseTracking(clickable)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def set_lines(self, lines: float) -> None:
        """How tall the chart wants to be, in lines of text."""
        self._lines = lines
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 50, round(fm.height() * self._lines))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 28, round(fm.height() * min(self._lines, 8)))

    def plot_rect(self) -> QRectF:
        pad = self.fontMetrics().height() * 0.4
        return QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.paint(painter, self.plot_rect(), self.palette())
        painter.end()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            text = self.chart.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._clickable:
            over = self.chart.item_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            item = self.chart.item_at(event.position())
            if item is not None:
                self.item_clicked.emit(item[0])
                return
        super().mouseReleaseEvent(event)

