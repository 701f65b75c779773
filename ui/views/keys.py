"""Keys that carry the user from a text field into the results it filters, and past it to the window's
undo when it has nothing of its own to undo (UI.md: keyboard-first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


class _DownEnters(QObject):
    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(field)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            view, model = self._view, self._view.model()
            if model is None or model.rowCount() == 0:
                return False
            current = view.currentIndex()
            if not current.isValid():
                current = model.index(0, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                view.selectionModel().setCurrentIndex(current, flags)
            view.setFocus(Qt.FocusReason.TabFocusReason)
            view.scrollTo(current)
            return True
        return False


def down_enters(field: QLineEdit, view: QAbstractItemView) -> None:
    """Down (or Page Down) in `field` moves the focus into `view`, on its current row or else the first."""
    field.installEventFilter(_DownEnters(field, view))


class _UndoFallsThrough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QLineEdit)):
            nothing_to_undo = event.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable()
            nothing_to_redo = event.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable()
            if nothing_to_undo or nothing_to_redo:
                event.ignore()  # not claimed: the window's Edit → Undo/Redo takes the key
                return True
        return False


def undo_falls_through(field: QLineEdit) -> None:
    """Ctrl+Z (and redo) in `field` undoes its own typing while it has some, else the window's last step: a
    filter or search field left focused never swallows Ctrl+Z with nothing of its own to undo."""
    field.installEventFilter(_UndoFallsThrough(field))
