"""Help → Keyboard Shortcuts: every key of the window, read from its menus (so the sheet can never
disagree with them), plus the keys that belong to a place rather than a menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.palette import action_title

# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


def place_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """Keys that work in one place of the window; the menus list the rest."""
    return [
        (translate("ShortcutsDialog", "Detail panes"), [
            (translate("ShortcutsDialog", "Edit the field in focus"), "F2 / Enter"),
            (translate("ShortcutsDialog", "Save the field"), "Enter (Ctrl+Enter in notes)"),
            (translate("ShortcutsDialog", "Cancel the edit"), "Esc"),
            (translate("ShortcutsDialog", "Next or previous field"), "Tab / Shift+Tab"),
            (translate("ShortcutsDialog", "Pick a date from a calendar"), "Alt+Down"),
            (translate("ShortcutsDialog", "Open a timeline entry to edit it"), "Enter"),
            (translate("ShortcutsDialog", "Delete a timeline entry"), "Delete"),
        ]),
        (translate("ShortcutsDialog", "Lists and fields"), [
            (translate("ShortcutsDialog", "From a filter or search field into its rows"), "Down"),
            (translate("ShortcutsDialog", "Choose from a completion list"), "Down, Enter"),
        ]),
        (translate("ShortcutsDialog", "Pipeline board"), [
            (translate("ShortcutsDialog", "Move the selected deal to the next stage"), "Ctrl+Shift+Right"),
            (translate("ShortcutsDialog", "Move the selected deal to the previous stage"), "Ctrl+Shift+Left"),
            (translate("ShortcutsDialog", "Open the selected deal"), "Enter"),
        ]),
        (translate("ShortcutsDialog", "Sheets and dialogs"), [
            (translate("ShortcutsDialog", "Save"), "Ctrl+Enter"),
            (translate("ShortcutsDialog", "Close without saving"), "Esc"),
            (translate("ShortcutsDialog", "Schedule the next step offered"), "Ctrl+Enter"),
        ]),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for menu_action in menu_bar.actions():
            menu = menu_action.menu()  # a QMenu, or None; PySide6's stubs say QObject
            if not isinstance(menu, QMenu):
                continue
            rows = []
            for action in menu.actions():
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
                if action.isSeparator() or not keys:
                    continue
                rows.append((action_title(action), " / ".join(keys)))
            self._group(action_title(menu_action), rows)
        for title, rows in place_keys():
            self._group(title, rows)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 80, self.fontMetrics().height() * 34)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed: for tests and for anyone reading the sheet aloud."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            assert group is not None  # g is in range
            for r in range(group.childCount()):
                child = group.child(r)
                assert child is not None  # r is in range
                found.append((group.text(0), child.text(0), child.text(1)))
        return found

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.tree, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        for action, keys in rows:
            QTreeWidgetItem(group, [action, keys])
