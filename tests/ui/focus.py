"""Where the keyboard focus is, read safely while windows change hands (between one window losing the focus
and the next taking it, QApplication.focusWidget() is None for a moment, longer on a loaded machine)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def focused_window() -> QWidget | None:
    """The window of the widget with the focus, or None while no widget has it."""
    focus = QApplication.focusWidget()
    return focus.window() if focus is not None else None
