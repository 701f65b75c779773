"""Light and dark (UI.md: follow the system, with a setting to choose).

The choice ("system", "light" or "dark") is kept in QSettings under appearance/scheme. Qt 6.8 can
ask the platform for a colour scheme (QStyleHints.setColorScheme); where the platform does not do
it (many Linux desktops, the offscreen platform of the tests) the Fusion style is given a palette of
the chosen scheme, so every widget that draws with palette roles follows either way.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)
SETTING = "appearance/scheme"


def chosen(settings: QSettings) -> str:
    value = str(settings.value(SETTING, SYSTEM))
    return value if value in SCHEMES else SYSTEM


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2b2e", role.WindowText: "#e6e6e6", role.Base: "#1f1f22", role.AlternateBase: "#29292d",
        role.ToolTipBase: "#3a3a3e", role.ToolTipText: "#f0f0f0", role.PlaceholderText: "#8c8c92",
        role.Text: "#e6e6e6", role.Button: "#35353a", role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b",
        role.Light: "#4a4a50", role.Midlight: "#3e3e44", role.Mid: "#2f2f34", role.Dark: "#1a1a1d",
        role.Shadow: "#000000", role.Highlight: "#2f6dc4", role.HighlightedText: "#ffffff",
        role.Link: "#7fb2ff", role.LinkVisited: "#b499ff",
    }
    for color_role, value in colors.items():
        palette.setColor(color_role, QColor(value))
    palette.setColor(role.PlaceholderText, QColor("#9a9aa0"))
    # Hints and empty-state messages are drawn disabled: still ≥ 4.5:1 (tests/ui/test_contrast.py).
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#9a9aa0"))
    return palette


def light_palette(standard: QPalette) -> QPalette:
    """Fusion's light palette with the colours that fell short of 4.5:1 made darker: placeholders and
    quiet lines, disabled text (hints and empty-state messages are drawn so), the selection."""
    palette = QPalette(standard)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for color_group in (group.Active, group.Inactive, group.Disabled):
        palette.setColor(color_group, role.PlaceholderText, QColor("#686868"))
        palette.setColor(color_group, role.Highlight, QColor("#2a6fb0"))
        palette.setColor(color_group, role.HighlightedText, QColor("#ffffff"))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#686868"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, scheme: str) -> None:
    """Show the application in `scheme` (SYSTEM follows the platform's own setting)."""
    hints = app.styleHints()
    if scheme == SYSTEM:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if scheme == DARK else Qt.ColorScheme.Light)
    want_dark = scheme == DARK or (scheme == SYSTEM and system_is_dark())
    platform_did_it = scheme != SYSTEM and hints.colorScheme() == (
        Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light
    )
    if platform_did_it or (scheme == SYSTEM and hints.colorScheme() != Qt.ColorScheme.Unknown):
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle(OutlinedIndicators("Fusion"))
    app.setPalette(dark_palette() if want_dark else light_palette(app.style().standardPalette()))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def indicator_outline(palette: QPalette) -> QColor:
    """The ring of a radio button or the frame of a check box: 3:1 against the window at least (WCAG's
    measure for the parts of a control). Fusion's own is a shade darker than the window: 2:1 on a light
    one, all but invisible on a dark one."""
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
    share = 0.55
    return QColor(*(round(w + (t - w) * share) for w, t in ((window.red(), text.red()),
                                                            (window.green(), text.green()),
                                                            (window.blue(), text.blue()))))


class OutlinedIndicators(QProxyStyle):
    """Fusion, with radio buttons and check boxes outlined in a colour that can be seen in both palettes."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(indicator_outline(option.palette), 1))
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if radio:
            side = min(box.width(), box.height())
            box = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side).adjusted(1, 1, -1, -1)
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 1, 1)
        painter.restore()
