"""The small symbolic icons of the detail panes (bundled SVGs), tinted with a palette colour so they
follow light and dark themes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ICON_DIR = Path(__file__).resolve().parent / "icons"


@lru_cache(maxsize=128)
def _tinted(name: str, rgba: int, size: int, ratio: float) -> QPixmap:
    source = QIcon(str(ICON_DIR / f"{name}.svg")).pixmap(QSize(size, size), ratio)
    tinted = QPixmap(source.size())
    tinted.setDevicePixelRatio(source.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor.fromRgba(rgba))
    painter.end()
    return tinted


def glyph(name: str, color: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon `name` (a file in icons/) drawn in `color`, `size` logical pixels square."""
    return _tinted(name, color.rgba(), size, ratio)


def glyph_icon(name: str, color: QColor, size: int, ratio: float = 1.0) -> QIcon:
    return QIcon(glyph(name, color, size, ratio))
