"""Text and links readable in both palettes: every pair of text and background colour the window draws is at
least 4.5:1 (WCAG 2.1 AA for body text), computed here as WCAG defines it, translucent colours laid over
their background first. Disabled text counts: Rapport draws its placeholders and hints that way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui import theme
from ui.detail.base_pane import quiet_color
from ui.detail.inline_field import error_color
from ui.pipeline import look

AA = 4.5
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def over(top: QColor, bottom: QColor) -> QColor:
    """`top` as seen laid over the opaque `bottom` (a placeholder colour is often half transparent)."""
    alpha = top.alphaF()
    return QColor(round(top.red() * alpha + bottom.red() * (1 - alpha)),
                  round(top.green() * alpha + bottom.green() * (1 - alpha)),
                  round(top.blue() * alpha + bottom.blue() * (1 - alpha)))


def ratio(text: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(over(text, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_ratio_is_wcags() -> None:
    assert round(ratio(QColor("#000000"), QColor("#ffffff")), 2) == 21.0
    assert round(ratio(QColor("#777777"), QColor("#ffffff")), 2) == 4.48  # the classic just-below-AA grey
    assert ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) < 5  # half-transparent black is a mid grey


@pytest.fixture(params=[theme.LIGHT, theme.DARK])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    previous = qapp.palette()
    theme.apply(qapp, request.param)
    yield request.param
    qapp.setPalette(previous)


def test_every_text_colour_reads_on_its_background(scheme: str, qapp: QApplication) -> None:
    palette = qapp.palette()
    pairs = {
        "text on a window": (palette.color(Role.WindowText), palette.color(Role.Window)),
        "text in a field or list": (palette.color(Role.Text), palette.color(Role.Base)),
        "a placeholder in a field": (palette.color(Role.PlaceholderText), palette.color(Role.Base)),
        "a quiet line on a window": (palette.color(Role.PlaceholderText), palette.color(Role.Window)),
        "a link in a pane": (palette.color(Role.Link), palette.color(Role.Window)),
        "a link in a list": (palette.color(Role.Link), palette.color(Role.Base)),
        "a selected row": (palette.color(Role.HighlightedText), palette.color(Role.Highlight)),
        "a button": (palette.color(Role.ButtonText), palette.color(Role.Button)),
        "a tooltip": (palette.color(Role.ToolTipText), palette.color(Role.ToolTipBase)),
        "a hint drawn disabled": (palette.color(Group.Disabled, Role.WindowText), palette.color(Role.Window)),
        "disabled text in a field": (palette.color(Group.Disabled, Role.Text), palette.color(Role.Base)),
        "a field's label": (quiet_color(palette), palette.color(Role.Window)),
        "an error under a field": (error_color(palette), palette.color(Role.Window)),
        "an error on a field": (error_color(palette), palette.color(Role.Base)),
    }
    for state in ("overdue", "today", "none", "won", "lost"):
        pairs[f"the {state} token on a card"] = (look.status_colour(state, palette), palette.color(Role.Base))
        pairs[f"the {state} token on a pane"] = (look.status_colour(state, palette), palette.color(Role.Window))
    low = {name: round(ratio(fg, bg), 2) for name, (fg, bg) in pairs.items() if ratio(fg, bg) < AA}
    assert not low, f"below {AA}:1 in the {scheme} palette: {low}"


def test_radio_buttons_and_check_boxes_can_be_seen(scheme: str, qapp: QApplication) -> None:
    """An unchecked radio button on a dark window was a ring a shade darker than the window: WCAG asks 3:1
    for the parts of a control. The ring is measured as painted, in a real grab of the widget."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    window = qapp.palette().color(Role.Window)
    for widget in (QRadioButton("unchecked"), QCheckBox("unchecked")):
        widget.resize(widget.sizeHint())
        image = widget.grab().toImage()
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        indicator = widget.style().subElementRect(
            QStyle.SubElement.SE_RadioButtonIndicator if isinstance(widget, QRadioButton)
            else QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
        strongest = max(ratio(image.pixelColor(x, y), window)
                        for x in range(indicator.left(), indicator.right() + 1)
                        for y in range(indicator.top(), indicator.bottom() + 1))
        assert strongest >= 3, f"{type(widget).__name__} in the {scheme} palette: {strongest:.2f}:1"
