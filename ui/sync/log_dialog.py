"""The sync log from the database, newest first: when, how it went, what moved or what stopped it.
Read off the UI thread; reloads by itself after each run while open.

    SyncLogDialog(controller, parent).open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.said import in_words
from ui.sync.controller import SyncController
from ui.sync.texts import stored_time, stored_time_long, translate
from ui.workers import Task

Index = QModelIndex | QPersistentModelIndex
LOG_LIMIT = 500  # runs shown; the table keeps them all


class SyncLogModel(QAbstractTableModel):
    WHEN, RESULT, MESSAGE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> tuple[str, str, str]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("SyncTexts", "When"), translate("SyncTexts", "Result"),
                    translate("SyncTexts", "What happened")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        at, level, message = self._rows[index.row()]
        column = index.column()
        failed = level == "error"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.WHEN:
                return stored_time(at)
            if column == self.RESULT:
                if failed:
                    return translate("SyncTexts", "Failed")
                return translate("SyncTexts", "Warning") if level == "warning" else translate("SyncTexts", "OK")
            return in_words(message)
        if role == Qt.ItemDataRole.ToolTipRole:
            return stored_time_long(at) if column == self.WHEN else in_words(message)
        if role == Qt.ItemDataRole.DecorationRole and column == self.RESULT and level in ("error", "warning"):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


class SyncLogDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLogDialog")
        self.setWindowTitle(self.tr("Sync log"))
        self.controller = controller
        self._task: Task | None = None
        self._generation = 0
        self.model = SyncLogModel(self)
        self.view = QTableView()
        self.view.setObjectName("syncLog")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SyncLogModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SyncLogModel.RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SyncLogModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Nothing synced yet. Each run is listed here: what came in, what went out,"
                                    " and what stopped it."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 26)
        controller.finished.connect(self.reload)
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        self._generation += 1
        generation, state = self._generation, self.controller.sync.state

        def read() -> tuple[int, list[tuple[str, str, str]]]:
            return generation, state.recent_log(LOG_LIMIT)

        self._task = self.controller.read(read, self._on_task_succeeded)

    def _on_task_succeeded(self, value: object) -> None:
        generation, rows = value if isinstance(value, tuple) else (-1, [])
        if generation != self._generation:
            return  # an older read finished after a newer one began
        self._task = None
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
