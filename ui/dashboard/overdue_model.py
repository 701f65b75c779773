"""The oldest overdue tasks as a small table model: task, what it is about, due date, days late."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from app.dashboard import OverdueTask
from ui.dashboard.texts import days_text
from ui.pipeline import look

UID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, ABOUT, DUE, LATE = range(4)

Index = QModelIndex | QPersistentModelIndex


class OverdueTasksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: tuple[OverdueTask, ...] = ()

    def set_tasks(self, tasks: tuple[OverdueTask, ...]) -> None:
        self.beginResetModel()
        self._tasks = tasks
        self.endResetModel()

    def task(self, row: int) -> OverdueTask:
        return self._tasks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Task"), self.tr("About"), self.tr("Due"), self.tr("Late"))[section] if 0 <= section < 4 \
            else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return task.title
            if column == ABOUT:
                return task.about
            if column == DUE:
                text = look.short_date(task.due_date)
                return f"{text} {task.due_time}" if task.due_time else text
            if column == LATE:
                return days_text(task.days_overdue) if task.days_overdue else self.tr("today")
        if role == Qt.ItemDataRole.ToolTipRole:
            due = look.long_date(task.due_date)
            return self.tr("%1 — due %2").replace("%1", task.title).replace("%2", due)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DUE, LATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == LATE:
            return look.status_colour("overdue", QGuiApplication.palette())  # read now: the scheme may change
        if role == UID_ROLE:
            return task.uid
        return None

