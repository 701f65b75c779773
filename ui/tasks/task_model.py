"""A table model over one task list (app.task_list), read a page at a time with fetchMore.

Columns: the task (checkable: checked = done), when it is due (or was done), what it concerns.
Ticking the box does not write: the model asks with `completion_requested(uid, done)` and the view
calls the service, then reloads (widgets and models never touch the database themselves).

Signals:
    completion_requested(str, bool): the uid of a task whose box the user ticked or cleared.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.task_list import DONE, OVERDUE, TODAY, TaskListQuery, TaskRow
from ui.pipeline import look

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
TITLE, DUE, RELATED, OWNER = range(4)
RowRole = Qt.ItemDataRole.UserRole + 1


# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


def time_text(hhmm: str, locale: QLocale | None = None) -> str:
    if not hhmm:
        return ""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return (locale or QLocale()).toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def day_text(day: date, today: date, locale: QLocale | None = None) -> str:
    """Today / Tomorrow / Yesterday, a weekday name within the coming week, else the short date."""
    locale = locale or QLocale()
    delta = (day - today).days
    if delta == 0:
        return translate("TaskListModel", "Today")
    if delta == 1:
        return translate("TaskListModel", "Tomorrow")
    if delta == -1:
        return translate("TaskListModel", "Yesterday")
    if 1 < delta < 7:
        return locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return look.card_date(day, today, locale)


class TaskListModel(QAbstractTableModel):
    completion_requested = Signal(str, bool)

    def __init__(self, query: TaskListQuery, section: str, today: date, zone: tzinfo = UTC,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._query = query
        self._zone = zone
        self._section = section
        self._today = today
        self._rows: list[TaskRow] = []
        self._total = 0
        self._now_local: datetime | None = None
        self._filter = ""
        self._load()

    @property
    def section(self) -> str:
        return self._section

    def set_section(self, section: str) -> None:
        if section != self._section:
            self._section = section
            self.reload(self._today)

    def reload(self, today: date, now_local: datetime | None = None) -> None:
        self.beginResetModel()
        self._today = today
        self._now_local = now_local
        self._load()
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Only the tasks holding every word of `text` (title, notes, who or what they concern)."""
        if text != self._filter:
            self._filter = text
            self.reload(self._today, self._now_local)

    def task(self, row: int) -> TaskRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), -1)

    def total(self) -> int:
        return self._total

    def _load(self) -> None:
        self._total = self._query.count(self._section, self._today, self._filter)
        self._rows = self._query.page(self._section, self._today, limit=PAGE, text=self._filter)

    # --- paging ----------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._query.page(self._section, self._today, offset=len(self._rows), limit=PAGE, text=self._filter)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- Qt's model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == TITLE:
            return translate("TaskListModel", "Task")
        if section == DUE:
            return translate("TaskListModel", "Done") if self._section == DONE else translate("TaskListModel", "Due")
        if section == RELATED:
            return translate("TaskListModel", "Concerns")
        if section == OWNER:
            return translate("TaskListModel", "Owner")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == TITLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == DUE and self._late(row):
            return look.status_colour("overdue", QApplication.palette())
        if role == Qt.ItemDataRole.ForegroundRole and (row.done or column in (RELATED, OWNER)):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and column == TITLE and row.priority in (1, 2, 3) and not row.done:
            font = QFont(QApplication.font())
            font.setBold(True)  # high priority stands out without colour alone
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, column) or self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DUE:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TITLE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked != row.done:
            self.completion_requested.emit(row.uid, checked)
        return True

    # --- wording -----------------------------------------------------------------------------------

    def _late(self, row: TaskRow) -> bool:
        if row.done or row.due_date is None:
            return False
        if self._section == OVERDUE or row.due_date < self._today:
            return True
        if self._section == TODAY and row.due_time and self._now_local is not None:
            return row.due_date == self._now_local.date() and row.due_time < self._now_local.strftime("%H:%M")
        return False

    def _display(self, row: TaskRow, column: int) -> str:
        if column == TITLE:
            return f"{row.title}  ↻" if row.recurrence else row.title
        if column == RELATED:
            return row.related_name
        if column == OWNER:
            return row.owner
        if self._section == DONE:
            if row.completed_at is None:
                return ""
            done = row.completed_at.replace(tzinfo=UTC).astimezone(self._zone)
            return day_text(done.date(), self._today)
        if row.due_date is None:
            return translate("TaskListModel", "No date")
        if self._section == TODAY:
            return time_text(row.due_time) or translate("TaskListModel", "Any time")
        day = day_text(row.due_date, self._today)
        return f"{day} {time_text(row.due_time)}".strip()

    def _tooltip(self, row: TaskRow, column: int) -> str:
        if column == DUE and row.due_date is not None:
            text = look.long_date(row.due_date)
            if row.due_time:
                text = f"{text}, {time_text(row.due_time)}"
            if row.recurrence:
                repeats = translate("TaskListModel", "repeats")  # not inside the f-string: lupdate skips those
                text = f"{text} · {repeats}"
            return text
        if column == RELATED and row.related_kind:
            kinds = {"contact": translate("TaskListModel", "Contact"), "account": translate("TaskListModel", "Account"),
                     "deal": translate("TaskListModel", "Deal")}
            return f"{kinds[row.related_kind]}: {row.related_name}"
        if column == TITLE:
            return row.title
        return ""
