"""Where the keyboard focus is, read safely while windows change hands (between one window losing the focus
and the next taking it, QApplication.focusWidget() is None for a moment, longer on a loaded machine)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def focused_window() -> QWidget | None:
    """The window of the widget with the focus, or None while no widget has it."""
    focus = QApplication.focusWidget()
    return focus.window() if focus is not None else None


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` a character at a time, as a keyboard layout of that script would: QTest's
    keyClicks takes ASCII only (a Cyrillic or Chinese letter stops the process)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
