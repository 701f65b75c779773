"""File ▸ Custom Fields…: the fields a user adds to contacts, accounts, deals, activities and tasks
(app/custom_fields.py): added, relabelled, their choices changed, put in order, removed to the Trash. Each
change is one undoable operation; what the service refuses is said in the dialog, under what was typed.

Keys: Enter or F2 on a field edits it, Insert adds one, Delete removes it, Ctrl+Up and Ctrl+Down move it.

    CustomFieldsDialog(services, parent).open()
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.custom_fields import KINDS, FieldDefinition, key_for
from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP
from app.services import Services
from ui.detail.inline_field import error_color
from ui.focus_return import hand_back_focus
from ui.operations.operation import Op
from ui.said import field_problem, in_words

DefinitionRole = Qt.ItemDataRole.UserRole


_KIND_NAMES = {"contact": QT_TRANSLATE_NOOP("CustomFields", "Contacts"),
               "account": QT_TRANSLATE_NOOP("CustomFields", "Accounts"),
               "deal": QT_TRANSLATE_NOOP("CustomFields", "Deals"),
               "activity": QT_TRANSLATE_NOOP("CustomFields", "Activities"),
               "task": QT_TRANSLATE_NOOP("CustomFields", "Tasks")}
_TYPE_NAMES = {"text": QT_TRANSLATE_NOOP("CustomFields", "Text"),
               "longtext": QT_TRANSLATE_NOOP("CustomFields", "Long text"),
               "number": QT_TRANSLATE_NOOP("CustomFields", "Number"),
               "money": QT_TRANSLATE_NOOP("CustomFields", "Money"),
               "date": QT_TRANSLATE_NOOP("CustomFields", "Date"),
               "choice": QT_TRANSLATE_NOOP("CustomFields", "Choice"),
               "multichoice": QT_TRANSLATE_NOOP("CustomFields", "Several choices"),
               "checkbox": QT_TRANSLATE_NOOP("CustomFields", "Checkbox"),
               "contact": QT_TRANSLATE_NOOP("CustomFields", "Link to a contact"),
               "account": QT_TRANSLATE_NOOP("CustomFields", "Link to an account")}


def kind_names() -> dict[str, str]:
    return {kind: QCoreApplication.translate("CustomFields", name) for kind, name in _KIND_NAMES.items()}


def type_names() -> dict[str, str]:
    return {kind: QCoreApplication.translate("CustomFields", name) for kind, name in _TYPE_NAMES.items()}


class FieldEditor(QDialog):
    """Add a field, or change one's label and choices (a field's key and type stay once it is made)."""

    def __init__(self, services: Services, kind: str, definition: FieldDefinition | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldEditor")
        self._services = services
        self._kind = kind
        self._definition = definition
        self._taken = {d.key for d in services.custom_fields.definitions(kind)} | {
            d.key for d in services.custom_fields.removed(kind)}
        self._key_typed = definition is not None
        self.setWindowTitle(self.tr("New Field") if definition is None else self.tr("Change Field"))

        self.label = QLineEdit(definition.label if definition else "")
        self.label.setAccessibleName(self.tr("Label"))
        self.label.textEdited.connect(self._on_label_text_edited)
        self.key = QLineEdit(definition.key if definition else "")
        self.key.setAccessibleName(self.tr("Key"))
        self.key.setReadOnly(definition is not None)
        self.key.setToolTip(self.tr("Its name in exported files, vCards and scripts: lower-case Latin letters,"
                                    " digits and _"))
        self.key.textEdited.connect(self._on_key_text_edited)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        for field_type, name in type_names().items():
            self.type.addItem(name, field_type)
        self.type.setCurrentIndex(max(0, self.type.findData(definition.field_type if definition else "text")))
        self.type.setEnabled(definition is None)
        self.type.currentIndexChanged.connect(self._on_type_current_index_changed)
        self.choices = QPlainTextEdit("\n".join(definition.choices) if definition else "")
        self.choices.setAccessibleName(self.tr("Choices"))
        self.choices.setPlaceholderText(self.tr("One choice a line"))
        self.choices.setTabChangesFocus(True)
        self.choices.moveCursor(self.choices.textCursor().MoveOperation.End)  # a new choice goes after the last
        self.choices.setFixedHeight(self.fontMetrics().height() * 6)
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("C&hoices:"), self.choices)
        for field in (self.label, self.key, self.type, self.choices):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self._form = form
        self.status = QLabel()
        self.status.setObjectName("fieldEditorStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Add Field") if definition is None else self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._on_type_current_index_changed()
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def field_type(self) -> str:
        return str(self.type.currentData())

    def _on_label_text_edited(self, text: str) -> None:
        if not self._key_typed:  # the key follows the label until the user types one
            self.key.setText(key_for(text, self._taken) if text.strip() else "")

    def _on_key_text_edited(self, _text: str) -> None:
        self._key_typed = True

    def _on_type_current_index_changed(self, _index: int = 0) -> None:
        has_choices = self.field_type() in ("choice", "multichoice")
        self.choices.setVisible(has_choices)
        label = self._form.labelForField(self.choices)
        if label is not None:
            label.setVisible(has_choices)

    def save(self) -> None:
        kind, label = self._kind, self.label.text()
        choices = [line for line in self.choices.toPlainText().split("\n") if line.strip()]
        if self._definition is None:
            key, field_type = self.key.text().strip(), self.field_type()
            Op(self, self._services, self.tr("Add the field “%1”").replace("%1", label.strip()),
               lambda services: services.custom_fields.define(kind, key, label, field_type, tuple(choices))) \
                .success(lambda _result: self.accept()).failure(self._say).run(initiator=self)
            return
        key = self._definition.key
        wanted = choices if self._definition.field_type in ("choice", "multichoice") else None
        Op(self, self._services, self.tr("Change the field “%1”").replace("%1", label.strip()),
           lambda services: services.custom_fields.update(kind, key, label=label, choices=wanted)) \
            .success(lambda _result: self.accept()).failure(self._say).run(initiator=self)

    def _say(self, error: Exception) -> None:
        palette = self.status.palette()
        palette.setColor(self.status.foregroundRole(), error_color(self.palette()))
        self.status.setPalette(palette)
        self.status.setText(field_problem(error))


class CustomFieldsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, kind: str = "contact") -> None:
        super().__init__(parent)
        self.setObjectName("customFields")
        self._services = services
        self.editor: FieldEditor | None = None
        self.setWindowTitle(self.tr("Custom Fields"))
        intro = QLabel(self.tr(
            "Fields you add show in the records' panes, are searched, and go into exported files and to the"
            " office's other computers. A removed field waits in the Trash with its values."))
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Fields of"))
        for record_kind, name in kind_names().items():
            self.kind.addItem(name, record_kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind if kind in KINDS else "contact")))
        self.kind.currentIndexChanged.connect(self.reload)
        kind_row = QFormLayout()
        kind_row.addRow(self.tr("&Fields of:"), self.kind)
        kind_label = kind_row.labelForField(self.kind)
        if isinstance(kind_label, QLabel):
            kind_label.setBuddy(self.kind)

        self.fields = QTreeWidget()
        self.fields.setObjectName("customFieldList")
        self.fields.setAccessibleName(self.tr("Fields"))
        self.fields.setHeaderLabels([self.tr("Label"), self.tr("Type"), self.tr("Key"), self.tr("Choices")])
        self.fields.setRootIsDecorated(False)
        self.fields.setUniformRowHeights(True)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fields.header().setStretchLastSection(True)
        self.fields.currentItemChanged.connect(self._on_fields_current_item_changed)
        self.fields.itemDoubleClicked.connect(self._on_fields_item_double_clicked)
        self.fields.installEventFilter(self)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_field)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_field)
        self.up_button = QPushButton(self.tr("Move &Up"))
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button = QPushButton(self.tr("Move &Down"))
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_field)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        for keys, slot in ((QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), self._on_up_button_clicked),
                           (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), self._on_down_button_clicked)):
            shortcut = QShortcut(keys, self.fields)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.status = QLabel()
        self.status.setObjectName("customFieldsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)  # Enter on the list changes the field, it presses no button

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(kind_row)
        layout.addWidget(self.fields, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(line * 40, line * 26)
        self.reload()
        self.fields.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading ----------------------------------------------------------------------------

    def record_kind(self) -> str:
        return str(self.kind.currentData())

    def reload(self, _index: int = 0, *, current_key: str = "", current_row: int = 0) -> None:
        """The fields of the kind chosen, read again; the one of `current_key` (else the one that was) current,
        or the one at `current_row`."""
        chosen = self._current()
        current = current_key or (chosen.key if chosen is not None else "")
        names = type_names()
        self.fields.clear()
        for definition in self._services.custom_fields.definitions(self.record_kind()):
            item = QTreeWidgetItem([definition.label, names.get(definition.field_type, definition.field_type),
                                    definition.key, ", ".join(definition.choices)])
            item.setData(0, DefinitionRole, definition)
            self.fields.addTopLevelItem(item)
            if definition.key == current:
                self.fields.setCurrentItem(item)
        self._pick_row(current_row)
        self._enable()
        if not self.fields.topLevelItemCount():
            self.say(self.tr("No fields of %1 yet: Add… makes one.").replace(
                "%1", kind_names()[self.record_kind()].lower()))

    def _pick_row(self, row: int) -> None:
        """The field at `row` (or the last) current, when none is."""
        count = self.fields.topLevelItemCount()
        item = self.fields.topLevelItem(min(row, count - 1)) if count else None
        if self.fields.currentItem() is None and item is not None:
            self.fields.setCurrentItem(item)

    def _row(self) -> int:
        item = self.fields.currentItem()
        return self.fields.indexOfTopLevelItem(item) if item is not None else -1

    def _current(self) -> FieldDefinition | None:
        item = self.fields.currentItem()
        found = item.data(0, DefinitionRole) if item is not None else None
        return found if isinstance(found, FieldDefinition) else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        row = self._row()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.fields.topLevelItemCount() - 1)

    def say(self, text: str, *, problem: bool = False) -> None:
        palette = self.status.palette()
        palette.setColor(self.status.foregroundRole(), error_color(self.palette()) if problem
                         else self.palette().color(self.palette().ColorRole.WindowText))
        self.status.setPalette(palette)
        self.status.setText(text)

    # --- writing ----------------------------------------------------------------------------

    def add_field(self) -> FieldEditor:
        return self._edit(None)

    def edit_field(self) -> FieldEditor | None:
        definition = self._current()
        return self._edit(definition) if definition is not None else None

    def _edit(self, definition: FieldDefinition | None) -> FieldEditor:
        editor = FieldEditor(self._services, self.record_kind(), definition, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hand_back_focus(editor)  # to the list, on the field added or changed
        editor.accepted.connect(lambda: self._on_edited(editor))
        editor.finished.connect(self._on_editor_finished)
        self.editor = editor
        editor.open()
        return editor

    def _on_editor_finished(self, _result: int) -> None:
        self.editor = None  # (it deletes itself on closing)

    def _on_edited(self, editor: FieldEditor) -> None:
        key = editor.key.text().strip()
        self.reload(current_key=key)
        self.say(self.tr("Saved: %1.").replace("%1", editor.label.text().strip()))
        self.fields.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_field(self) -> None:
        definition = self._current()
        if definition is None:
            return
        kind, key = definition.record_kind, definition.key
        row = self._row()
        Op(self, self._services, self.tr("Remove the field “%1”").replace("%1", definition.label),
           lambda services: services.custom_fields.remove(kind, key)) \
            .success(lambda _result: self._on_removed(definition, row)) \
            .failure(self._say_error, (RapportError,)).run(initiator=self)

    def _on_removed(self, definition: FieldDefinition, row: int) -> None:
        self.reload(current_row=row)  # the one after it (or before) is current now
        self.say(self.tr("“%1” is in the Trash with its values: restore it there, or undo it once this closes.")
                 .replace("%1", definition.label))

    def _move(self, places: int) -> None:
        definition = self._current()
        if definition is None:
            return
        kind, key = definition.record_kind, definition.key
        Op(self, self._services, self.tr("Move the field “%1”").replace("%1", definition.label),
           lambda services: services.custom_fields.move(kind, key, places)) \
            .success(lambda _result: self.reload(current_key=key)) \
            .failure(self._say_error, (RapportError,)).run(initiator=self)

    def _say_error(self, error: Exception) -> None:
        self.say(in_words(error), problem=True)

    # --- events -----------------------------------------------------------------------------

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)

    def _on_fields_current_item_changed(self, _current: QTreeWidgetItem | None, _previous: object) -> None:
        self._enable()

    def _on_fields_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.edit_field()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fields and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Delete:
                self.remove_field()
                return True
            if key == Qt.Key.Key_Insert:
                self.add_field()
                return True
            if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # (the list would pass Enter on to the dialog too, whose default button closes it)
                self.edit_field()
                return True
        return super().eventFilter(watched, event)
