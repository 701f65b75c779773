"""A row of widgets that wraps onto more lines when it is too narrow for them all, instead of squeezing
them until their text is cut ("Зап…нок", a filter field reading "Fi…"). One item may stretch: it takes
what its line has left (a filter field beside its buttons)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretching: QLayoutItem | None = None
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretching(self, widget: QWidget) -> None:
        """Add `widget` as the one that takes the rest of its line (at least its minimum size hint)."""
        self.addWidget(widget)
        self._stretching = self._items[-1]

    # --- QLayout ------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._stretching:
            self._stretching = None
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(self._width(item) for item in self._items if self._visible(item))
        width += self._gap() * max(0, sum(1 for i in self._items if self._visible(i)) - 1)
        height = max((item.sizeHint().height() for item in self._items if self._visible(item)), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if self._visible(item):
                size = size.expandedTo(item.minimumSize()).expandedTo(
                    QSize(self._width(item), item.sizeHint().height()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ------------------------------------------------------------------------------------

    @staticmethod
    def _visible(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is None or not widget.isHidden()

    def _width(self, item: QLayoutItem) -> int:
        """What an item needs: its size hint, but a stretching one only its minimum."""
        if item is self._stretching:
            widget = item.widget()
            hinted = widget.minimumSizeHint().width() if widget is not None else 0
            return max(item.minimumSize().width(), hinted)
        return item.sizeHint().width()

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        metric = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        if metric >= 0:
            return metric
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                   Qt.Orientation.Horizontal)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if not self._visible(item):
                continue
            width = self._width(item)
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            widths = [self._width(item) for item in line]
            spare = area.width() - sum(widths) - gap * (len(line) - 1)
            if self._stretching in line and spare > 0:
                widths[line.index(self._stretching)] += spare
            x = area.x()
            if move:
                for item, width in zip(line, widths, strict=True):
                    item_height = min(height, item.sizeHint().height()) if item is not self._stretching else height
                    item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height)))
                    x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else 0
