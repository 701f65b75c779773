"""The list of duplicate candidates: two contacts, how likely they are one person, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.duplicates import Candidate
from ui.said import in_words

Index = QModelIndex | QPersistentModelIndex


class CandidatesModel(QAbstractTableModel):
    SCORE, FIRST, SECOND, REASONS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._candidates: list[Candidate] = []
        self._kind = "contact"

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        self.beginResetModel()
        self._candidates = list(candidates)
        self.endResetModel()

    def candidate(self, row: int) -> Candidate:
        return self._candidates[row]

    def row_of(self, first_uid: str, second_uid: str) -> int:
        for row, c in enumerate(self._candidates):
            if {c.first_uid, c.second_uid} == {first_uid, second_uid}:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            record = self.tr("Contact") if self._kind == "contact" else self.tr("Account")
            return (self.tr("Score"), record, self.tr("Possible duplicate"), self.tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._candidates):
            return None
        c = self._candidates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SCORE:
                return QLocale().toString(c.score)
            if column == self.FIRST:
                return c.first_name
            if column == self.SECOND:
                return c.second_name
            if column == self.REASONS:
                return "; ".join(in_words(r) for r in c.reasons)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.FIRST, self.SECOND):  # elided in a narrow window
                return c.first_name if column == self.FIRST else c.second_name
            if column == self.REASONS:
                return "\n".join(in_words(r) for r in c.reasons)
            if column == self.SCORE:
                if c.kind == "account":
                    return self.tr("%1 in 100: how likely the two are the same company").replace(
                        "%1", QLocale().toString(c.score))
                return self.tr("%1 in 100: how likely the two are the same person").replace(
                    "%1", QLocale().toString(c.score))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SCORE:
            return self.tr("score %1").replace("%1", QLocale().toString(c.score))
        return None
