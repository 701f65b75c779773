"""Icons: the platform's icon theme first (freedesktop names), else the SVGs bundled in resources/icons,
tinted with the palette's text colour so they read in light and dark themes alike."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

import resources

ICONS = resources.path("icons")
# Our name → the freedesktop icon naming specification's name for it.
THEME_NAMES = {
    "contact-new": "contact-new", "account-new": "folder-new", "import": "document-import",
    "export": "document-export", "undo": "edit-undo", "redo": "edit-redo", "trash": "edit-delete",
    "palette": "system-run", "call": "call-start", "task-new": "appointment-new", "note": "document-new",
    "deal": "", "search": "edit-find",
}
SIZES = (16, 24)  # menus and the toolbar; Qt scales for anything else (tinting all sizes cost 80 ms at start)


def _tinted(name: str, color: QColor, ratio: float) -> QIcon:
    source = QIcon(str(ICONS / f"{name}.svg"))
    icon = QIcon()
    for size in SIZES:
        pixmap = source.pixmap(QSize(size, size), ratio)
        tinted = QPixmap(pixmap.size())
        tinted.setDevicePixelRatio(pixmap.devicePixelRatio())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), color)
        painter.end()
        icon.addPixmap(tinted)
    return icon


def icon(name: str) -> QIcon:
    """The icon called `name` (a file in resources/icons without .svg)."""
    theme_name = THEME_NAMES.get(name, "")
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    return _tinted(name, QApplication.palette().color(QPalette.ColorRole.WindowText), ratio)
