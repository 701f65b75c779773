"""A round picture of a person or company: their photo, else their initials on a colour of their own."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.search import CJK_CHAR

SIZE_IN_LINES = 3.6  # the diameter, in line heights of the user's font


def initials(name: str) -> str:
    """"Ann Lee" → "AL"; one CJK name → its first character; nothing usable → "?"."""
    words = [w for w in name.replace(",", " ").split() if w[0].isalnum()]
    if not words:
        return "?"
    if CJK_CHAR.match(words[0]):
        return words[0][0]
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


class Avatar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._photo: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_person(self, name: str, photo: bytes | None = None) -> None:
        self._name = name
        self._photo = None
        if photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(photo):
                self._photo = pixmap
        self.setAccessibleName(name)
        self.update()

    @property
    def has_photo(self) -> bool:
        return self._photo is not None

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * SIZE_IN_LINES)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        circle = QRectF(0.5, 0.5, side - 1, side - 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        path = QPainterPath()
        path.addEllipse(circle)
        painter.setClipPath(path)
        if self._photo is not None:
            # Fill the circle, cropping the longer side around the centre.
            scaled = self._photo.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                        Qt.TransformationMode.SmoothTransformation)
            painter.drawPixmap(round((side - scaled.width()) / 2), round((side - scaled.height()) / 2), scaled)
        else:
            # A hue of their own (stable across runs); mid lightness keeps white text readable in
            # light and dark themes alike.
            hue = zlib.crc32(self._name.encode()) % 360
            painter.fillPath(path, QColor.fromHsl(hue, 90, 92))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * SIZE_IN_LINES * 0.42)
            painter.setFont(font)
            painter.setPen(QColor(Qt.GlobalColor.white))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(self._name))
        painter.end()
