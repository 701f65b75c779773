"""Paints a deal card in three lines (UI.md 4): title; account and owner; amount, close date, days in stage
and the next-step mark.

Every size is a multiple of the font's metrics, every colour a palette role read at paint time, but
for the small status marks (look.py tokens). The mark has a shape as well as a colour, so it reads
without colour (UI.md 13): a filled dot when something is planned (red overdue, green today), a ring
for later, a warning triangle when nothing is planned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.board import Card
from ui.pipeline import look
from ui.pipeline.board_model import StageCardsModel

Index = QModelIndex | QPersistentModelIndex


def draw_mark(painter: QPainter, centre: QPointF, radius: float, state: str, palette: QPalette) -> None:
    """The next-step mark: filled dot (overdue, today), ring (later), triangle (nothing planned)."""
    colour = look.status_colour(state, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state == "none":
        path = QPainterPath()
        path.moveTo(centre.x(), centre.y() - radius * 1.15)
        path.lineTo(centre.x() + radius * 1.2, centre.y() + radius * 0.95)
        path.lineTo(centre.x() - radius * 1.2, centre.y() + radius * 0.95)
        path.closeSubpath()
        painter.fillPath(path, colour)
    elif state == "later":
        painter.setPen(QPen(colour, max(1.0, radius / 3)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 0.8, radius * 0.8)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
    painter.restore()


class CardDelegate(QStyledItemDelegate):
    """`today` decides how close dates are written (no year when it is this year)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today

    @staticmethod
    def _metrics(option: QStyleOptionViewItem) -> tuple[int, int]:
        """(line height, padding) from the view's font."""
        metrics = QFontMetrics(option.font)
        return metrics.lineSpacing(), max(4, metrics.height() // 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line, pad = self._metrics(option)
        width = QFontMetrics(option.font).averageCharWidth() * 28
        return QSize(width, line * 3 + pad * 2 + pad // 2 * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(StageCardsModel.CardRole)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        font: QFont = option.font
        state = option.state
        line, pad = self._metrics(option)
        gap = pad // 2
        box = QRect(option.rect).adjusted(gap, gap, -gap, -gap)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = palette.color(QPalette.ColorRole.Base)
        if card.rotting:  # idle too long in this stage: a faint wash of the warning hue
            base = look.blend(base, look.status_colour("rotting", palette), 0.10)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
        radius = pad * 0.6
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if focused and selected:
            painter.setPen(QPen(border, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(box).adjusted(2.5, 2.5, -2.5, -2.5), radius, radius)

        inner = box.adjusted(pad, pad, -pad, -pad)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)

        # 1: title
        painter.setFont(bold)
        painter.setPen(text)
        row1 = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(row1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(card.title, Qt.TextElideMode.ElideRight, row1.width()))

        # 2: account, owner at the end
        painter.setFont(font)
        row2 = row1.translated(0, line)
        owner_width = metrics.horizontalAdvance(card.owner) if card.owner else 0
        painter.setPen(quiet)
        if card.owner:
            painter.drawText(row2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, card.owner)
        account_room = row2.width() - (owner_width + pad if card.owner else 0)
        painter.setPen(text)
        painter.drawText(QRect(row2.left(), row2.top(), account_room, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(card.account_name, Qt.TextElideMode.ElideRight, account_room))

        # 3: amount; close date · days in stage and the mark at the end
        row3 = row2.translated(0, line)
        mark_size = metrics.height() * 0.7
        mark_centre = QPointF(row3.right() - mark_size / 2, row3.center().y() + 0.5)
        draw_mark(painter, mark_centre, mark_size / 2.6, card.next_state, palette)
        days = QCoreApplication.translate("CardDelegate", "%1 d", "days in the current stage").replace(
            "%1", QLocale().toString(card.days_in_stage))
        close = look.card_date(card.expected_close, self.today)
        amount = look.money(card.amount_minor, card.currency, compact=True)
        room = row3.width() - round(mark_size) - pad // 2
        amount_width = metrics.horizontalAdvance(amount)
        right_room = max(0, room - amount_width - pad) if amount else room
        right = bottom_right(close, days, right_room, metrics.horizontalAdvance)
        painter.setPen(look.status_colour("rotting", palette) if card.rotting else quiet)
        painter.drawText(QRect(row3.left(), row3.top(), room, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        painter.setPen(text)
        painter.drawText(QRect(row3.left(), row3.top(), room, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(amount, Qt.TextElideMode.ElideRight, room))
        painter.restore()


def bottom_right(close: str, days: str, room: int, width_of: Callable[[str], int]) -> str:
    """What goes after the amount on a card's last line, in `room` pixels. The amount matters most, then
    the close date (seen nowhere else on the board), then the days in the stage (the card's wash says it
    is rotting; its tooltip says how long): a piece goes whole or not at all, never a date cut in half."""
    choices = [f"{close} · {days}", close, days] if close else [days]
    return next((choice for choice in choices if width_of(choice) <= room), "")
