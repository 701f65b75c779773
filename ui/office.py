"""The office in the window: who the user is, and the "Mine" filter of Deals and Tasks (issue 14, point 3).

`MineFilter` owns one checkable action (View ▸ Only Mine, Ctrl+Shift+M), remembered in the settings; the
Deals and Tasks views show it as a button and follow its `changed` signal. Turned on before the user has
said who they are, it asks first (`WhoAmIDialog`); the answer is written as an operation, so Edit ▸ Undo
takes it back like any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.office import clean_name
from app.services import Services
from ui.focus_return import hand_back_focus
from ui.operations.operation import Op, operations

SETTING = "office/onlyMine"


def people_field(services: Services, current: str, parent: QWidget | None = None) -> QComboBox:
    """An editable list of the office's people, holding `current`: a name is picked or typed (new people
    join the office by owning something)."""
    field = QComboBox(parent)
    field.setEditable(True)
    field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    field.addItems(services.office.people())
    field.setCurrentIndex(field.findText(current, Qt.MatchFlag.MatchFixedString) if current else -1)
    field.setEditText(current)
    completer = field.completer()
    assert completer is not None  # an editable combo box makes one
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 28)
    return field


class WhoAmIDialog(QDialog):
    """Asks the user's name in the office: one of the office's people, or a new one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whoAmIDialog")
        self.setWindowTitle(self.tr("Your name in the office"))
        prompt = QLabel(self.tr("Deals and tasks are owned by people of the office. Which one are you? "
                                "“Only Mine” shows what this name owns, and your new deals and tasks get it."))
        prompt.setWordWrap(True)
        self.name_field = people_field(services, services.office.guess_me(), self)
        self.name_field.setObjectName("officeName")
        self.name_field.setAccessibleName(self.tr("Your name"))
        line = self.name_field.lineEdit()
        assert line is not None
        line.selectAll()
        prompt.setBuddy(self.name_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        line.textChanged.connect(self._on_name_text_changed)
        # Return takes the name as completed: the combo box would keep the first Return for the completion.
        line.returnPressed.connect(self._on_line_return_pressed)
        self._on_name_text_changed(line.text())
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.name_field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def name(self) -> str:
        return clean_name(self.name_field.currentText())

    def _on_line_return_pressed(self) -> None:
        if self.name():
            self.accept()

    def _on_name_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(clean_name(text)))


def ask_who_i_am(services: Services, parent: QWidget, then: Callable[[bool], None] | None = None) -> None:
    """Open WhoAmIDialog; on OK the name is written (an operation: undoable, a refusal shown). `then(True)`
    once it is in, `then(False)` when the user cancelled."""
    dialog = WhoAmIDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            if then is not None:
                then(False)
            return
        name = dialog.name()
        label = QCoreApplication.translate("Office", "Set your name in the office to “%1”").replace("%1", name)
        op = Op(parent, services, label,
                lambda s: s.office.set_me(name))
        if then is not None:  # a refusal gets the default message: nothing to undo, the filter stays off
            op.success(lambda _value: then(True))
        op.run(initiator=parent)

    hand_back_focus(dialog)  # closed, the keys go back where they were (ui/focus_return.py)
    dialog.finished.connect(finished)
    dialog.open()


class MineFilter(QObject):
    """Only what the user owns, in Deals (board and list) and Tasks. `owner()` is the name to keep ("" when
    off); `changed` follows a toggle and a change of who the user is."""

    changed = Signal()

    def __init__(self, services: Services, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._settings = settings
        self._window = window
        self.action = QAction(self.tr("Only &Mine"), window)
        self.action.setObjectName("onlyMine")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self._me = services.office.me()
        self.action.setChecked(bool(settings.value(SETTING, False, type=bool)) and bool(self._me))
        self._describe()
        self.action.toggled.connect(self._on_action_toggled)
        operations(services).operation_did_execute.connect(self._on_operation_did_execute)

    def owner(self) -> str:
        return self._me if self.action.isChecked() else ""

    def button(self, parent: QWidget) -> QToolButton:
        """The action as a button beside a view's own (it checks and unchecks with the menu item)."""
        button = QToolButton(parent)
        button.setDefaultAction(self.action)
        button.setObjectName("onlyMineButton")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _on_action_toggled(self, checked: bool) -> None:
        if checked:
            self._me = self._services.office.me()  # a sync may have brought the server's name meanwhile
            self._describe()
        if checked and not self._me:
            self._set_checked(False)  # on once the user has said who they are

            def answered(done: bool) -> None:
                if done:
                    self._set_checked(True)
                    self._settings.setValue(SETTING, True)
                    self.changed.emit()

            ask_who_i_am(self._services, self._window, answered)
            return
        self._settings.setValue(SETTING, checked)
        self.changed.emit()

    def _set_checked(self, checked: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(checked)
        self.action.blockSignals(False)

    def _on_operation_did_execute(self, changes: Changes, _initiator: object) -> None:
        if changes.office:
            self.recheck()

    def recheck(self) -> None:
        """Who the user is may have changed: named in the window, or (a sync account added, a sync run) the
        server's name for the account, which stands for the user until they choose one."""
        me = self._services.office.me()
        if me != self._me:
            self._me = me
            self._describe()
            if self.action.isChecked() or not me:
                self._set_checked(bool(me) and self.action.isChecked())
                self.changed.emit()

    def _describe(self) -> None:
        if self._me:
            tip = self.tr("Only the deals and tasks %1 owns").replace("%1", self._me)
        else:
            tip = self.tr("Only the deals and tasks you own (asks your name in the office first)")
        self.action.setToolTip(f"{tip} ({self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.action.setStatusTip(tip)


__all__ = ["SETTING", "MineFilter", "WhoAmIDialog", "ask_who_i_am", "people_field"]
