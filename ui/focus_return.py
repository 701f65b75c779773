"""Keys back where they were when a dialog closes.

A sheet or the command palette closing leaves activation to the window system, which may give it to
nothing (the offscreen platform, some window managers) or to the window's last focus widget, hidden by
then. So a dialog opened from the window hands the keys back itself: the owner window is activated, and
the widget that had the focus gets it again when it is still shown (saving may have moved on, to the
record made, say; then the window keeps the focus it was given meanwhile). Ctrl+Z or the next shortcut
then acts in the window at once.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton


def enter_stays_in_its_field(dialog: QDialog) -> None:
    """Call once the dialog's layout holds its buttons: none is the default, so Enter acts on the field it is
    pressed in (a list's row, a form's own returnPressed) and never also on a button — QDialog's default
    button re-ran the last action, opened a file dialog or closed the dialog as well."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def hand_back_focus(dialog: QDialog) -> None:
    """Call as `dialog` opens (the focus is still where the user was)."""
    came_from = QApplication.focusWidget()
    if came_from is not None and (came_from is dialog or dialog.isAncestorOf(came_from)):
        came_from = None
    owner = dialog.parentWidget()

    def give_back(_result: int) -> None:
        if owner is not None and shiboken6.isValid(owner) and owner.window().isVisible():
            owner.window().activateWindow()
        if came_from is not None and shiboken6.isValid(came_from) and came_from.isVisible():
            came_from.setFocus(Qt.FocusReason.PopupFocusReason)

    dialog.finished.connect(give_back)
