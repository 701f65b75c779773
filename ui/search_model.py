"""A table model over search results (kind, name), filled from SearchService."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.search import SearchHit

KIND_LABELS = {  # translated where shown, in the SearchResultsModel context
    "contact": QT_TRANSLATE_NOOP("SearchResultsModel", "Contact"),
    "account": QT_TRANSLATE_NOOP("SearchResultsModel", "Account"),
    "deal": QT_TRANSLATE_NOOP("SearchResultsModel", "Deal"),
    "activity": QT_TRANSLATE_NOOP("SearchResultsModel", "Activity"),
    "task": QT_TRANSLATE_NOOP("SearchResultsModel", "Task"),
    "lead": QT_TRANSLATE_NOOP("SearchResultsModel", "Lead"),
}

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    NAME, KIND = range(2)
    UidRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.display if index.column() == self.NAME else self.tr(str(KIND_LABELS[hit.kind]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.tr(str(KIND_LABELS[hit.kind]))}: {hit.display}"
        if role == self.UidRole:
            return hit.uid
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == self.NAME else self.tr("Kind")
        return None
