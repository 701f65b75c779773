"""One board column's cards as a list model: what its QListView shows, drags and accepts.

The model holds the cards of one stage in urgency order (app/board.py) and the stage's count and
totals, which cover the cards not shown too. A drop of a card from another column calls the board's
`mover`, which moves the deal through DealService and then updates both columns; the model itself
never writes to the database.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.board import Card, Column
from ui.pipeline import look

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-rapport-deal"
Mover = Callable[[str, str], bool]  # (deal uid, target stage uid) -> moved


def encode(deal_uid: str, stage_uid: str) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(f"{deal_uid}\n{stage_uid}".encode()))
    data.setText(deal_uid)
    return data


def decode(data: QMimeData) -> tuple[str, str] | None:
    """(deal uid, stage uid it was dragged from), or None when the data is not a dragged card."""
    if not data.hasFormat(MIME_TYPE):
        return None
    parts = bytes(data.data(MIME_TYPE).data()).decode(errors="replace").split("\n")
    return (parts[0], parts[1]) if len(parts) == 2 and parts[0] else None


class StageCardsModel(QAbstractListModel):
    """The cards of one stage. `CardRole` gives the app.board.Card; DisplayRole its title."""

    CardRole = Qt.ItemDataRole.UserRole + 1
    UidRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, column: Column, mover: Mover, parent: Any = None) -> None:
        super().__init__(parent)
        self._mover = mover
        self.stage_uid = column.stage_uid
        self.name = column.name
        self.probability = column.probability
        self._cards: list[Card] = list(column.cards)
        self.count = column.count
        self._totals: dict[str, int] = dict(column.totals)

    # --- the column's figures ---------------------------------------------------------------------

    @property
    def hidden(self) -> int:
        return self.count - len(self._cards)

    @property
    def totals(self) -> list[tuple[str, int]]:
        """(currency, minor units), the largest sum first (sums in different currencies are not
        compared by value here; the order only decides which total the header names first)."""
        return sorted(self._totals.items(), key=lambda item: -item[1])

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, deal_uid: str) -> int:
        return next((i for i, c in enumerate(self._cards) if c.uid == deal_uid), -1)

    # --- changes after a move, close or "show more" ---------------------------------------------

    def take(self, deal_uid: str, card: Card | None = None) -> Card | None:
        """Remove a deal that left the stage; counts and totals follow. `card` when it is not shown."""
        row = self.row_of(deal_uid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            card = self._cards.pop(row)
            self.endRemoveRows()
        if card is None:
            return None
        self.count -= 1
        self._add_money(card, -1)
        return card

    def put(self, card: Card) -> int:
        """Add a deal that came into the stage at its place by urgency; returns its row."""
        row = bisect.bisect_left([c.urgency for c in self._cards], card.urgency)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self.endInsertRows()
        self.count += 1
        self._add_money(card, 1)
        return row

    def extend(self, cards: list[Card]) -> None:
        """Append the next cards of the stage (already counted) after the ones shown."""
        known = {c.uid for c in self._cards}
        fresh = [c for c in cards if c.uid not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._cards), len(self._cards) + len(fresh) - 1)
            self._cards.extend(fresh)
            self.endInsertRows()

    def _add_money(self, card: Card, sign: int) -> None:
        if card.amount_minor is None or not card.currency:
            return
        total = self._totals.get(card.currency, 0) + sign * card.amount_minor
        if total or sign > 0:
            self._totals[card.currency] = total
        else:
            self._totals.pop(card.currency, None)

    # --- QAbstractItemModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == self.CardRole:
            return card
        if role == self.UidRole:
            return card.uid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return look.describe(card)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # a drop anywhere in the column, not onto a card
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        valid = [i for i in indexes if i.isValid()]
        if not valid:
            return QMimeData()
        return encode(self._cards[valid[0].row()].uid, self.stage_uid)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        dragged = decode(data)
        return dragged is not None and dragged[1] != self.stage_uid and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """A card from another column: move the deal here. Within a column the order is by urgency,
        so a drop there changes nothing. The board removes the card from its old column itself; the
        view's own removal afterwards goes to QAbstractItemModel.removeRows, which by design removes
        nothing here (a card leaves its column only once the move is written)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = decode(data)
        assert dragged is not None
        return self._mover(dragged[0], self.stage_uid)
