"""The timeline as a list model: the open tasks under "Planned" first, then day headers and entries, newest
first, read a page at a time.

`fetchMore` reads the next page from SQL (a QListView asks for it when scrolled to the end; the
"Load older" button asks too). Nothing is capped: every entry is reachable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.clock import Clock
from app.timeline import LOST, STAGE, TASK_DONE, TASK_OPEN, WON, TimelineEntry, TimelineService
from ui.detail.glyphs import glyph
from ui.pipeline.look import count_text
from ui.qt_dates import qdate

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 50

EntryRole = Qt.ItemDataRole.UserRole + 1
HeaderRole = Qt.ItemDataRole.UserRole + 2  # the row is a header (a day, or PLANNED), not an entry
DetailRole = Qt.ItemDataRole.UserRole + 3
TimeRole = Qt.ItemDataRole.UserRole + 4  # the short relative time shown at the end of the title line
QUIET_KINDS = (STAGE, WON, LOST)  # drawn as grey one-liners (UI.md 3)
PLANNED = "planned"  # the header over the open tasks

_ICONS = {"call": "call", "meeting": "meeting", "email": "email", "note": "note", STAGE: "stage", WON: "won",
          LOST: "lost", TASK_DONE: "task", TASK_OPEN: "task"}


# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


def local(moment: datetime) -> QDateTime:
    """A naive UTC moment from the store as a local QDateTime."""
    value = QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second), QTimeZone.utc())
    return value.toLocalTime()


def summary(entry: TimelineEntry) -> str:
    """The entry's one-line summary in the user's language."""
    if entry.kind == STAGE:
        if not entry.previous:
            return translate("Timeline", "Deal “%1” created in %2").replace("%1", entry.title).replace(
                "%2", entry.detail)
        return (translate("Timeline", "Deal “%1” moved from %2 to %3").replace("%1", entry.title)
                .replace("%2", entry.previous).replace("%3", entry.detail))
    if entry.kind == WON:
        return translate("Timeline", "Deal “%1” won").replace("%1", entry.title)
    if entry.kind == LOST:
        return translate("Timeline", "Deal “%1” lost").replace("%1", entry.title)
    if entry.kind == TASK_DONE:
        return translate("Timeline", "Done: %1").replace("%1", entry.title)
    if entry.kind == TASK_OPEN:
        return entry.title
    if entry.in_thread > 1:  # the newest e-mail of a thread stands for it; its size first (a long subject is cut)
        size = count_text(translate("Timeline", "%n message(s)", "", entry.in_thread), entry.in_thread)
        return translate("Timeline", "%1 · %2").replace("%1", size) \
            .replace("%2", entry.title or translate("Timeline", "E-mail"))
    if entry.title:
        return entry.title
    if entry.kind == "note" and entry.detail.strip():
        return entry.detail.strip().splitlines()[0]
    return {"call": translate("Timeline", "Call"), "meeting": translate("Timeline", "Meeting"),
            "email": translate("Timeline", "E-mail"), "note": translate("Timeline", "Note")}[entry.kind]


def detail(entry: TimelineEntry) -> str:
    """What goes under the summary (may be "")."""
    if entry.kind in (STAGE, WON):
        return ""
    if entry.kind == "note" and not entry.title:
        return "\n".join(entry.detail.strip().splitlines()[1:])
    return entry.detail.strip()


def due_text(entry: TimelineEntry, now: datetime) -> str:
    """When an open task is due, in words: "overdue", "today", "tomorrow", the day, or "no due date"."""
    if entry.due is None:
        return translate("Timeline", "no due date")
    today = cast(date, local(now).date().toPython())
    if entry.due < today:
        return translate("Timeline", "overdue since %1").replace(
            "%1", QLocale().toString(qdate(entry.due), QLocale.FormatType.ShortFormat))
    if entry.due == today:
        return translate("Timeline", "due today") + (f" {entry.due_time}" if entry.due_time else "")
    if entry.due == today + timedelta(days=1):
        return translate("Timeline", "due tomorrow") + (f" {entry.due_time}" if entry.due_time else "")
    return translate("Timeline", "due %1").replace(
        "%1", QLocale().toString(qdate(entry.due), QLocale.FormatType.ShortFormat))


def relative_time(moment: datetime, now: datetime) -> str:
    """"5 min ago", "3 h ago", "yesterday", "4 days ago", then the short date; "in 2 days" ahead."""
    seconds = (now - moment).total_seconds()
    if 0 <= seconds < 60:
        return translate("Timeline", "just now")
    if 0 < seconds < 3600:
        return translate("Timeline", "%n min ago", "", int(seconds // 60))
    if 0 < seconds < 86400:
        return translate("Timeline", "%n h ago", "", int(seconds // 3600))
    shown = local(moment).date()
    today = local(now).date()
    days = shown.daysTo(today)
    if days == 1:
        return translate("Timeline", "yesterday")
    if 1 < days < 7:
        return translate("Timeline", "%n days ago", "", days)
    if days == -1:
        return translate("Timeline", "tomorrow")
    if -7 < days < -1:
        return translate("Timeline", "in %n days", "", -days)
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class TimelineModel(QAbstractListModel):
    def __init__(self, timeline: TimelineService, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._clock = clock
        self._record: tuple[str, str] | None = None
        self._kinds: tuple[str, ...] = ()
        self._rows: list[date | str | TimelineEntry] = []
        self._loaded = 0  # entries read so far (the offset of the next page)
        self._more = False
        self._open_threads: set[str] = set()  # threads shown whole, their older e-mails under the newest

    # --- what is shown ------------------------------------------------------------------------

    def set_record(self, kind: str | None, uid: str | None = None, kinds: tuple[str, ...] = ()) -> None:
        """Show the timeline of a record (None: nothing), optionally only entries of `kinds`."""
        self.beginResetModel()
        if (kind, uid) != self._record:
            self._open_threads = set()
        self._record = (kind, uid) if kind and uid else None
        self._kinds = kinds
        self._rows, self._loaded, self._more = [], 0, False
        if self._record:
            self._rows = self._planned_rows()
            self._append_page()
        self.endResetModel()

    def reload(self) -> None:
        """Read again, as far back as was shown (after a change)."""
        if self._record is None:
            return
        shown = max(self._loaded, PAGE_SIZE)
        self.beginResetModel()
        self._rows, self._loaded, self._more = self._planned_rows(), 0, False
        while self._loaded < shown:
            before = self._loaded
            self._append_page()
            if not self._more or self._loaded == before:
                break
        self.endResetModel()

    @property
    def entry_count(self) -> int:
        return self._loaded

    def entries(self) -> list[TimelineEntry]:
        """Every entry shown: the planned (open) tasks, then the history."""
        return [r for r in self._rows if isinstance(r, TimelineEntry)]

    def history(self) -> list[TimelineEntry]:
        """What happened, newest first (the planned tasks left out)."""
        return [r for r in self.entries() if r.kind != TASK_OPEN]

    def _planned_rows(self) -> list[date | str | TimelineEntry]:
        """The open tasks under their header, unless the chosen kinds leave tasks out."""
        assert self._record is not None
        if self._kinds and TASK_DONE not in self._kinds:
            return []
        kind, uid = self._record
        planned = self._timeline.planned(kind, uid)
        return [PLANNED, *planned] if planned else []

    def _read_page(self) -> tuple[list[date | str | TimelineEntry], int, bool]:
        assert self._record is not None
        kind, uid = self._record
        page = self._timeline.page(kind, uid, limit=PAGE_SIZE, offset=self._loaded, kinds=self._kinds)
        last = next((r for r in reversed(self._rows) if isinstance(r, TimelineEntry) and r.kind != TASK_OPEN
                     and not r.in_thread_of), None)  # (an older e-mail of an open thread is no day of its own)
        last_day = cast(date, local(last.when).date().toPython()) if last else None
        rows: list[date | str | TimelineEntry] = []
        for entry in page.entries:
            day = cast(date, local(entry.when).date().toPython())
            if day != last_day:
                rows.append(day)
                last_day = day
            rows.append(entry)
            if entry.in_thread > 1 and entry.thread in self._open_threads:
                rows.extend(self._older_in_thread(entry))
        return rows, len(page.entries), page.more

    def _older_in_thread(self, newest: TimelineEntry) -> list[TimelineEntry]:
        assert self._record is not None
        return [replace(entry, in_thread_of=newest.uid)
                for entry in self._timeline.thread(*self._record, newest.thread) if entry.uid != newest.uid]

    def thread_is_open(self, row: int) -> bool:
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        return isinstance(entry, TimelineEntry) and entry.thread in self._open_threads

    def toggle_thread(self, row: int, show: bool | None = None) -> bool:
        """Show a thread's older e-mails under its newest (the entry at `row`, or one of its e-mails), or fold
        them away again; `show` None: the other way round. False when `row` holds no thread."""
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        if not isinstance(entry, TimelineEntry) or not entry.thread:
            return False
        if entry.in_thread_of:  # an older e-mail: its thread's newest is above it
            row = next(r for r in range(row, -1, -1) if isinstance(self._rows[r], TimelineEntry)
                       and cast(TimelineEntry, self._rows[r]).uid == entry.in_thread_of)
            entry = cast(TimelineEntry, self._rows[row])
        if entry.in_thread <= 1:
            return False
        opened = entry.thread in self._open_threads
        if show is None:
            show = not opened
        if show == opened:
            return True
        if show:
            older = self._older_in_thread(entry)
            self._open_threads.add(entry.thread)
            if older:
                self.beginInsertRows(QModelIndex(), row + 1, row + len(older))
                self._rows[row + 1:row + 1] = older
                self.endInsertRows()
            return True
        self._open_threads.discard(entry.thread)
        end = row
        while end + 1 < len(self._rows) and isinstance(self._rows[end + 1], TimelineEntry) \
                and cast(TimelineEntry, self._rows[end + 1]).in_thread_of == entry.uid:
            end += 1
        if end > row:
            self.beginRemoveRows(QModelIndex(), row + 1, end)
            del self._rows[row + 1:end + 1]
            self.endRemoveRows()
        return True

    def _append_page(self) -> None:
        rows, count, more = self._read_page()
        self._rows.extend(rows)
        self._loaded += count
        self._more = more

    # --- QAbstractItemModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        rows, count, more = self._read_page()
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self._loaded += count
            self._more = more
            self.endInsertRows()
        else:
            self._more = False

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], TimelineEntry):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, TimelineEntry):
            return self._entry_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("Timeline", "Planned") if isinstance(row, str) else self._day_text(row)
        if role == HeaderRole:
            return row
        return None

    def _entry_data(self, entry: TimelineEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(entry)
        if role == DetailRole:
            return detail(entry)
        if role == TimeRole:
            if entry.kind == TASK_OPEN:
                return due_text(entry, self._clock.now())
            return relative_time(entry.when, self._clock.now())
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            moment = QLocale().toString(local(entry.when), QLocale.FormatType.LongFormat)
            text = detail(entry) or (entry.detail if entry.kind == LOST else "")
            return f"{moment}\n{text}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary(entry)}, {self._entry_data(entry, TimeRole)}. {detail(entry)}".strip()
        return None

    def _day_text(self, day: date) -> str:
        today = cast(date, local(self._clock.now()).date().toPython())
        if day == today:
            return translate("Timeline", "Today")
        if day == today - timedelta(days=1):
            return translate("Timeline", "Yesterday")
        return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


class TimelineDelegate(QStyledItemDelegate):
    """Draws an entry as: icon · summary · relative time, and up to two lines of detail beneath;
    a day header as a small heading. Sizes follow the view's font."""

    DETAIL_LINES = 2

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        line = option.fontMetrics.height()
        return line, max(2, line // 3)  # line height, padding

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line, pad = self._metrics(option)
        if index.data(HeaderRole) is not None:
            return QSize(line * 10, line + pad * 3)
        text = index.data(DetailRole) or ""
        lines = min(len(text.splitlines()), self.DETAIL_LINES) if text else 0
        return QSize(line * 10, line * (1 + lines) + pad * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        line, pad = self._metrics(option)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        palette = option.palette
        rect = option.rect
        painter.save()
        header = index.data(HeaderRole)
        if header is not None:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(pad, pad * 2, -pad, 0), Qt.AlignmentFlag.AlignLeft, str(index.data()))
            painter.restore()
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        entry: TimelineEntry = index.data(EntryRole)
        if entry.in_thread_of:  # an older e-mail of an open thread: under its newest, set in
            rect = rect.adjusted(line + pad, 0, 0, 0)
        quiet = entry.kind in QUIET_KINDS
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        icon = glyph(_ICONS[entry.kind], palette.color(quiet_role if quiet else text_role), line, ratio)
        painter.drawPixmap(rect.left() + pad, rect.top() + pad, icon)
        left = rect.left() + pad * 2 + line
        when = index.data(TimeRole) or ""
        when_width = option.fontMetrics.horizontalAdvance(when) + pad
        painter.setPen(palette.color(quiet_role))
        painter.drawText(QRect(rect.right() - when_width - pad, rect.top() + pad, when_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        title_width = rect.right() - when_width - pad * 2 - left
        title = option.fontMetrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, title_width)
        painter.setPen(palette.color(quiet_role if quiet else text_role))
        painter.drawText(QRect(left, rect.top() + pad, title_width, line), Qt.AlignmentFlag.AlignVCenter, title)
        text = index.data(DetailRole) or ""
        painter.setPen(palette.color(quiet_role))
        width = rect.right() - pad - left
        for number, text_line in enumerate(text.splitlines()[: self.DETAIL_LINES]):
            shown = option.fontMetrics.elidedText(text_line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, rect.top() + pad + line * (number + 1), width, line),
                             Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()
