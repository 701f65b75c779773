"""The painted calendar surface: a month grid, or a week / day time grid, with drag to reschedule.

Why one QWidget painted with QPainter rather than a QTableView or a QGraphicsView: a time grid has
events that span rows and sit side by side when they overlap, which table cells cannot express
(spans are per cell, never partial or shared); a QGraphicsView would keep an item object per event
— thousands in a busy month — and its scene, only to draw rectangles. Painting from the plain list of
app.calendar_view.Occurrence, with a list of hit rectangles kept from the last layout, draws a month
of several thousand entries in a few milliseconds and keeps drag, keyboard and selection in one place.
What a painted view lacks in accessibility is given back by an accessible description of the selection
(kept current by CalendarView) and by every action having a key.

Signals:
    occurrence_activated(object): an Occurrence double-clicked.
    occurrence_dropped(object, object): an Occurrence dragged to a new start (naive local datetime).
    slot_activated(object): a naive local datetime double-clicked where nothing is (new meeting there).
    selection_changed(): the selected day or occurrence changed by mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.calendar_view import TASK, Occurrence
from ui.pipeline import look

DAY, WEEK, MONTH = "day", "week", "month"
SNAP_MINUTES = 15
ALL_DAY_ROWS = 3


@dataclass
class _Hit:
    rect: QRectF
    occurrence: Occurrence


def tint(occurrence: Occurrence, palette: QPalette) -> QColor:
    """Meetings in the palette's highlight, tasks in a quiet grey-blue; done tasks fade."""
    if occurrence.kind == TASK:
        colour = palette.color(QPalette.ColorRole.PlaceholderText) if occurrence.done else QColor(
            "#5b7fa6" if not look.is_dark(palette) else "#8fb3da")
        return colour
    return palette.color(QPalette.ColorRole.Highlight)


def _clock(moment: datetime) -> QTime:
    """The moment's time of day as a QTime (what PySide6 makes of a Python time; its stubs take only QTime)."""
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


class CalendarCanvas(QWidget):
    occurrence_activated = Signal(object)
    occurrence_dropped = Signal(object, object)
    slot_activated = Signal(object)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.mode = MONTH
        self.first_day = date.today()
        self.days = 42
        self.month = self.first_day.month  # the month shown (month view: other days are dimmed)
        self.today = date.today()
        self.now: datetime | None = None
        self.selected_day = self.today
        self.selected: Occurrence | None = None
        self.occurrences: list[Occurrence] = []
        self._by_day: dict[date, list[Occurrence]] = {}
        self._counts: dict[date, int] = {}
        self.hits: list[_Hit] = []
        self.first_hour, self.last_hour = 7, 20
        self._press: tuple[QPointF, Occurrence] | None = None
        self._dragging = False
        self._drop_at: datetime | None = None

    # --- data ----------------------------------------------------------------------------------------

    def set_data(self, mode: str, first_day: date, days: int, month: int, occurrences: list[Occurrence],
                 today: date, now: datetime, *, counted: tuple[dict[date, int], int] | None = None) -> None:
        """What to draw. `counted` (the month view): each day's count of entries, and how many of its first
        the occurrences hold (app/calendar_days.py); a day shows no more than those and "+N more"."""
        self.mode, self.first_day, self.days, self.month = mode, first_day, days, month
        self.occurrences, self.today, self.now = occurrences, today, now
        if self.selected is not None and not any(o.key == self.selected.key for o in occurrences):
            self.selected = None
        elif self.selected is not None:
            self.selected = next(o for o in occurrences if o.key == self.selected.key)
        self._by_day = {first_day + timedelta(days=i): [] for i in range(days)}
        last = first_day + timedelta(days=days - 1)
        first_hour, last_hour = 7, 20
        for occurrence in occurrences:  # bucket once: painting asks per day, 42 times in a month
            day, stop = occurrence.days
            if day == stop:
                bucket = self._by_day.get(day)
                if bucket is not None:
                    bucket.append(occurrence)
            else:
                day = max(day, first_day)
                while day <= min(stop, last):
                    self._by_day[day].append(occurrence)
                    day += timedelta(days=1)
            if mode != MONTH and not occurrence.all_day and first_day <= occurrence.start.date() <= last:
                first_hour = min(first_hour, occurrence.start.hour)
                same_day = occurrence.end.date() == occurrence.start.date()
                last_hour = max(last_hour, occurrence.end.hour + (1 if occurrence.end.minute else 0) if same_day
                                else 24)
        self._counts = {}
        if counted is not None:
            self._counts, limit = counted
            for bucket in self._by_day.values():
                del bucket[limit:]  # the rest were read only to find these
        self.first_hour, self.last_hour = first_hour, last_hour
        self.update()

    def count_on(self, day: date) -> int:
        """How many entries the day has (more than `on_day` gives where the month view counted them)."""
        return self._counts.get(day, len(self.on_day(day)))

    def on_day(self, day: date) -> list[Occurrence]:
        if self._visible_day(day):
            return self._by_day.get(day, [])
        start = datetime.combine(day, time())
        end = start + timedelta(days=1)
        return [o for o in self.occurrences
                if o.start < end and (o.end > start or (o.end == o.start and o.start >= start))]

    def _visible_day(self, day: date) -> bool:
        return self.first_day <= day < self.first_day + timedelta(days=self.days)

    # --- geometry ------------------------------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().height() + 4

    def _header_height(self) -> int:
        return round(self.fontMetrics().height() * (1.6 if self.mode == MONTH else 2.4))

    def _gutter(self) -> int:
        return 0 if self.mode == MONTH else self.fontMetrics().horizontalAdvance("00:00") + 12

    def _columns(self) -> int:
        return 7 if self.mode in (MONTH, WEEK) else 1

    def _column_width(self) -> float:
        return (self.width() - self._gutter()) / self._columns()

    def _all_day_height(self) -> int:
        rows = max([len([o for o in self.on_day(self.first_day + timedelta(days=i)) if o.all_day])
                    for i in range(self.days)] or [0])
        return self._line() * min(max(rows, 1), ALL_DAY_ROWS + 1) + 6

    def _grid_top(self) -> int:
        return self._header_height() + self._all_day_height()

    def _hour_height(self) -> float:
        hours = self.last_hour - self.first_hour
        return max(1.0, (self.height() - self._grid_top() - 1) / max(hours, 1))

    def _y_of(self, moment: datetime, day: date) -> float:
        minutes = (moment - datetime.combine(day, time())).total_seconds() / 60 - self.first_hour * 60
        return self._grid_top() + minutes / 60 * self._hour_height()

    def _month_cell(self, index: int) -> QRectF:
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / 6
        row, column = divmod(index, 7)
        return QRectF(column * width, top + row * height, width, height)

    def moment_at(self, point: QPointF) -> datetime | None:
        """The day (month view: its midnight) or the snapped time (week/day views) under a point."""
        if self.mode == MONTH:
            if point.y() < self._header_height():
                return None
            for index in range(self.days):
                if self._month_cell(index).contains(point):
                    return datetime.combine(self.first_day + timedelta(days=index), time())
            return None
        column = int((point.x() - self._gutter()) // self._column_width())
        if not 0 <= column < self._columns() or point.y() < self._header_height():
            return None
        day = self.first_day + timedelta(days=column)
        if point.y() < self._grid_top():
            return datetime.combine(day, time())
        minutes = self.first_hour * 60 + (point.y() - self._grid_top()) / self._hour_height() * 60
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, round(minutes / SNAP_MINUTES) * SNAP_MINUTES))
        return datetime.combine(day, time()) + timedelta(minutes=minutes)

    def occurrence_at(self, point: QPointF) -> Occurrence | None:
        for hit in reversed(self.hits):
            if hit.rect.contains(point):
                return hit.occurrence
        return None

    # --- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self.hits = []
        if self.mode == MONTH:
            self._paint_month(painter)
        else:
            self._paint_days(painter)
        if self._dragging and self._drop_at is not None and self._press is not None:
            self._paint_ghost(painter, self._press[1], self._drop_at)
        painter.end()

    def _grid_pen(self) -> QPen:
        colour = self.palette().color(QPalette.ColorRole.Mid)
        colour.setAlpha(110)
        return QPen(colour, 1)

    def _paint_month(self, painter: QPainter) -> None:
        palette = self.palette()
        locale = QLocale()
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        header = self._header_height()
        width = self.width() / 7
        painter.setPen(quiet)
        for column in range(7):
            day = self.first_day + timedelta(days=column)
            painter.drawText(QRectF(column * width, 0, width, header), Qt.AlignmentFlag.AlignCenter,
                             locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat))
        line = self._line()
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(self.days):
            day = self.first_day + timedelta(days=index)
            cell = self._month_cell(index)
            if day.month != self.month:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(self._grid_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            number_rect = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, line)
            if day == self.today:
                badge = QRectF(number_rect.left() - 2, number_rect.top(), self.fontMetrics().horizontalAdvance(
                    "00") + 8, line - 2)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.setFont(bold)
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, locale.toString(day.day))
                painter.setFont(self.font())
            else:
                painter.setPen(text_colour if day.month == self.month else quiet)
                painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 locale.toString(day.day))
            entries = self.on_day(day)
            count = self.count_on(day)
            room = max(0, int((cell.height() - line - 4) // line))
            shown = entries[:room] if count <= room else entries[:max(room - 1, 0)]
            y = cell.top() + line + 2
            for occurrence in shown:
                rect = QRectF(cell.left() + 3, y, cell.width() - 6, line - 2)
                self._paint_chip(painter, rect, occurrence, day)
                y += line
            if len(shown) < count:
                painter.setPen(quiet)
                more = QCoreText.more(count - len(shown))
                painter.drawText(QRectF(cell.left() + 6, y, cell.width() - 12, line - 2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
            if day == self.selected_day:
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -1, -1))

    def _paint_chip(self, painter: QPainter, rect: QRectF, occurrence: Occurrence, day: date) -> None:
        """One line: a filled bar for all-day meetings, else a dot (meeting) or a box (task) and the time."""
        palette = self.palette()
        colour = tint(occurrence, palette)
        selected = self.selected is not None and self.selected.key == occurrence.key
        painter.setPen(Qt.PenStyle.NoPen)
        if occurrence.all_day and occurrence.kind != TASK:
            fill = QColor(colour)
            fill.setAlpha(255 if selected else 70)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected
                           else palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.fontMetrics().elidedText(occurrence.title, Qt.TextElideMode.ElideRight,
                                                           int(rect.width()) - 6))
            self.hits.append(_Hit(rect, occurrence))
            return
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(highlight)
            painter.drawRoundedRect(rect, 3, 3)
        mark = rect.height() * 0.45
        mark_rect = QRectF(rect.left() + 3, rect.center().y() - mark / 2, mark, mark)
        painter.setBrush(colour)
        if occurrence.kind == TASK:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, 1.4))
            painter.drawRect(mark_rect)
            if occurrence.done:
                painter.drawLine(mark_rect.topLeft(), mark_rect.bottomRight())
        else:
            painter.drawEllipse(mark_rect)
        text = occurrence.title
        if occurrence.has_time and not occurrence.all_day and occurrence.start.date() == day:
            text = f"{QLocale().toString(_clock(occurrence.start), QLocale.FormatType.ShortFormat)} {text}"
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else
                       (palette.color(QPalette.ColorRole.PlaceholderText) if occurrence.done
                        else palette.color(QPalette.ColorRole.Text)))
        left = mark_rect.right() + 4
        painter.drawText(QRectF(left, rect.top(), rect.right() - left - 2, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.right() - left - 2)))
        self.hits.append(_Hit(rect, occurrence))

    def _paint_days(self, painter: QPainter) -> None:
        palette = self.palette()
        locale = QLocale()
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        gutter, width, header = self._gutter(), self._column_width(), self._header_height()
        grid_top, hour_height, line = self._grid_top(), self._hour_height(), self._line()
        bold = QFont(self.font())
        bold.setBold(True)
        for column in range(self._columns()):
            day = self.first_day + timedelta(days=column)
            left = gutter + column * width
            if day == self.selected_day and self.mode == WEEK:
                wash = QColor(palette.color(QPalette.ColorRole.Highlight))
                wash.setAlpha(28)
                painter.fillRect(QRectF(left, 0, width, self.height()), wash)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat if self.mode == WEEK
                                  else QLocale.FormatType.LongFormat)
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if day == self.today else
                           palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(left, 2, width, header - 4), Qt.AlignmentFlag.AlignCenter,
                             f"{name}\n{look.card_date(day, self.today, locale)}")
            painter.setFont(self.font())
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
            all_day = [o for o in self.on_day(day) if o.all_day]
            y: float = header + 3
            shown = all_day if len(all_day) <= ALL_DAY_ROWS + 1 else all_day[:ALL_DAY_ROWS]
            for occurrence in shown:
                self._paint_chip(painter, QRectF(left + 3, y, width - 6, line - 2), occurrence, day)
                y += line
            if len(shown) < len(all_day):
                painter.setPen(quiet)
                painter.drawText(QRectF(left + 6, y, width - 12, line - 2), Qt.AlignmentFlag.AlignVCenter,
                                 QCoreText.more(len(all_day) - len(shown)))
        painter.setPen(self._grid_pen())
        painter.drawLine(QPointF(0, header), QPointF(self.width(), header))
        painter.drawLine(QPointF(0, grid_top), QPointF(self.width(), grid_top))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = grid_top + (hour - self.first_hour) * hour_height
            painter.setPen(self._grid_pen())
            painter.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            if hour < self.last_hour:
                painter.setPen(quiet)
                painter.drawText(QRectF(0, y + 1, gutter - 6, line), Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignTop,
                                 locale.toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat))
        for column in range(self._columns()):
            day = self.first_day + timedelta(days=column)
            self._paint_timed(painter, day, gutter + column * width, width)
        if self.now is not None and self._visible_day(self.now.date()) and self.first_hour <= self.now.hour < \
                self.last_hour:
            column = (self.now.date() - self.first_day).days
            y = self._y_of(self.now, self.now.date())
            painter.setPen(QPen(look.status_colour("overdue", palette), 2))
            left = gutter + column * width
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))

    def _paint_timed(self, painter: QPainter, day: date, left: float, width: float) -> None:
        """The day's timed entries, side by side where they overlap (each cluster shares the width)."""
        entries = [o for o in self.on_day(day) if not o.all_day]
        minimum = timedelta(minutes=30)
        placed: list[tuple[Occurrence, int, int]] = []
        cluster: list[tuple[Occurrence, int]] = []
        cluster_end: datetime | None = None
        columns_end: list[datetime] = []

        def flush() -> None:
            count = max((c for _, c in cluster), default=-1) + 1
            placed.extend((o, c, count) for o, c in cluster)

        for occurrence in sorted(entries, key=lambda o: (o.start, -(o.end - o.start).total_seconds())):
            end = max(occurrence.end, occurrence.start + minimum)
            if cluster_end is not None and occurrence.start >= cluster_end:
                flush()
                cluster, columns_end, cluster_end = [], [], None
            column = next((i for i, e in enumerate(columns_end) if e <= occurrence.start), len(columns_end))
            if column == len(columns_end):
                columns_end.append(end)
            else:
                columns_end[column] = end
            cluster.append((occurrence, column))
            cluster_end = end if cluster_end is None else max(cluster_end, end)
        flush()
        palette = self.palette()
        line = self._line()
        day_start = datetime.combine(day, time())
        for occurrence, column, count in placed:
            start = max(occurrence.start, day_start)
            end = min(max(occurrence.end, occurrence.start + minimum), day_start + timedelta(days=1))
            top, bottom = self._y_of(start, day), self._y_of(end, day)
            lane = (width - 6) / count
            rect = QRectF(left + 3 + column * lane, top + 1, lane - 2, max(bottom - top - 2, line - 2))
            selected = self.selected is not None and self.selected.key == occurrence.key
            colour = tint(occurrence, palette)
            fill = QColor(colour)
            fill.setAlpha(255 if selected else 48)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), colour)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText) if selected else
                           palette.color(QPalette.ColorRole.Text))
            when = QLocale().toString(_clock(occurrence.start), QLocale.FormatType.ShortFormat)
            mark = "☐ " if occurrence.kind == TASK and not occurrence.done else "☑ " if occurrence.kind == TASK else ""
            text = f"{when} {mark}{occurrence.title}"
            if occurrence.location and rect.height() >= 2 * line:
                text = f"{text}\n{occurrence.location}"
            inner = rect.adjusted(6, 1, -2, -1)
            painter.save()
            painter.setClipRect(rect)
            if rect.height() < 2 * line:  # one line: cut at the edge with an ellipsis, never mid-glyph
                painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                 self.fontMetrics().elidedText(text.split("\n")[0], Qt.TextElideMode.ElideRight,
                                                               int(inner.width())))
            else:
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
                painter.drawText(inner, int(flags), text)
            painter.restore()
            self.hits.append(_Hit(rect, occurrence))

    def _paint_ghost(self, painter: QPainter, occurrence: Occurrence, start: datetime) -> None:
        palette = self.palette()
        pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        day = start.date()
        if not self._visible_day(day):
            return
        if self.mode == MONTH:
            painter.drawRect(self._month_cell((day - self.first_day).days).adjusted(2, 2, -2, -2))
            return
        column = (day - self.first_day).days
        left = self._gutter() + column * self._column_width()
        if occurrence.all_day:
            rect = QRectF(left + 2, self._header_height() + 2, self._column_width() - 4, self._line())
        else:
            length = max(occurrence.end - occurrence.start, timedelta(minutes=30))
            top = self._y_of(start, day)
            rect = QRectF(left + 2, top, self._column_width() - 4, length.total_seconds() / 3600 * self._hour_height())
        painter.drawRoundedRect(rect, 3, 3)
        painter.drawText(rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QLocale().toString(_clock(start), QLocale.FormatType.ShortFormat))

    # --- mouse ---------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        occurrence = self.occurrence_at(point)
        moment = self.moment_at(point)
        if moment is not None:
            self.selected_day = moment.date()
        self.selected = occurrence
        self._press = (point, occurrence) if occurrence is not None else None
        self._dragging = False
        self.selection_changed.emit()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        origin, occurrence = self._press
        if not self._dragging and (event.position() - origin).manhattanLength() < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drop_at = self.drop_target(occurrence, origin, event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging, target = self._press, self._dragging, self._drop_at
        self._press, self._dragging, self._drop_at = None, False, None
        self.unsetCursor()
        self.update()
        if press is not None and dragging and target is not None and target != press[1].start:
            self.occurrence_dropped.emit(press[1], target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        occurrence = self.occurrence_at(event.position())
        if occurrence is not None:
            self.occurrence_activated.emit(occurrence)
            return
        moment = self.moment_at(event.position())
        if moment is not None:
            if self.mode == MONTH or (moment.time() == time() and event.position().y() < self._grid_top()):
                moment = datetime.combine(moment.date(), time(9))
            self.slot_activated.emit(moment)

    def drop_target(self, occurrence: Occurrence, origin: QPointF, point: QPointF) -> datetime | None:
        """Where `occurrence` would start if dropped at `point` (dragged from `origin`)."""
        moment = self.moment_at(point)
        if moment is None:
            return None
        if self.mode == MONTH or occurrence.all_day or point.y() < self._grid_top():
            keep = occurrence.start.time() if occurrence.has_time and not occurrence.all_day else time()
            return datetime.combine(moment.date(), keep)
        grabbed = self.moment_at(origin)
        offset = (grabbed - occurrence.start) if grabbed is not None and grabbed.date() == occurrence.start.date() \
            else timedelta(0)
        start = moment - offset
        minutes = round((start.hour * 60 + start.minute) / SNAP_MINUTES) * SNAP_MINUTES
        return datetime.combine(start.date(), time()) + timedelta(minutes=minutes)


class QCoreText:
    """Plural-aware short texts of the canvas."""

    @staticmethod
    def more(count: int) -> str:
        return look.count_text(QCoreApplication.translate("CalendarCanvas", "+%n more", "", count), count)
