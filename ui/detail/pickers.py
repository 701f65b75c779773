"""Typing a record's name where one is linked: an account for a contact or a deal, people for a deal or a
meeting. Both complete as the user types (Down opens the list, Enter picks); an account's name that is
not there yet may be made, but a name close to an existing one is asked about first (issue 12: "Acme
Foods" beside "Acme Foods Inc." made a near-duplicate silently).

Signals:
    RecordCompleter.picked(str, str)  the uid and name of the record chosen from the list
    PeoplePicker.changed()            a person was added or removed
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.company_names import AccountName, AccountNames
from app.services import Services

UID_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 12


def contacts_matching(services: Services, text: str, taken: set[str]) -> list[tuple[str, str]]:
    """(uid, name) of the contacts the search index finds for `text`, those `taken` already left out."""
    hits = services.search.search(text, kinds=("contact",), limit=LIMIT + len(taken))
    return [(hit.uid, hit.display) for hit in hits if hit.uid not in taken][:LIMIT]


class RecordCompleter(QCompleter):
    """A completion list under `editor` filled by `lookup(text) -> [(uid, name)]` as the user types; the
    list is ours (ranked by the lookup), so Qt shows it as it is. Choosing one sets the editor's text and
    emits picked(uid, name)."""

    picked = Signal(str, str)

    def __init__(self, editor: QLineEdit, lookup: Callable[[str], list[tuple[str, str]]]) -> None:
        super().__init__(editor)
        self._editor = editor
        self._lookup = lookup
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(LIMIT)
        self.setWidget(editor)
        cast(Any, self.activated)[QModelIndex].connect(self._on_activated)  # the index overload: the uid
        editor.textEdited.connect(self._on_text_edited)
        editor.installEventFilter(self)

    def refill(self, text: str) -> int:
        """Read the matches for `text` into the list; how many there are."""
        self._model.clear()
        for uid, name in self._lookup(text) if text.strip() else []:
            item = QStandardItem(name)
            item.setData(uid, UID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        return self._model.rowCount()

    def list_view(self) -> QAbstractItemView:
        popup = self.popup()
        assert popup is not None  # Qt makes one on first use
        return popup

    def _on_text_edited(self, text: str) -> None:
        if self.refill(text) and self._editor.hasFocus():
            self.complete()
        else:
            self.list_view().hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the editor opens the list again for what is typed (after Esc closed it, say).
        if (watched is self._editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and not self.list_view().isVisible()
                and self.refill(self._editor.text())):
            self.complete()
            return True
        return super().eventFilter(watched, event)

    def _on_activated(self, index: QModelIndex) -> None:
        uid, name = str(index.data(UID_ROLE) or ""), str(index.data() or "")
        if uid:
            self._editor.setText(name)
            self.picked.emit(uid, name)


class AccountChoice(QObject):
    """What an account field holds and what saving it means: an account that exists, a new one to make
    (asked once when it nearly duplicates another), or none."""

    def __init__(self, services: Services, editor: QLineEdit) -> None:
        super().__init__(editor)
        self._services = services
        self._editor = editor
        self._names: AccountNames | None = None
        self._picked: tuple[str, str] | None = None  # (uid, name) chosen from the list
        self._warned = ""  # the new name the user was told about; saving it again means "make it"
        self.completer = RecordCompleter(editor, self._complete)
        self.completer.picked.connect(self._on_picked)
        editor.textEdited.connect(self._on_text_edited)

    def reload(self) -> None:
        """Read the accounts' names afresh (the next lookup): an editor opening again may find new ones."""
        self._names = None
        self._picked = None
        self._warned = ""

    def reload_when_editing(self, editing: bool) -> None:
        if editing:
            self.reload()

    @property
    def names(self) -> AccountNames:
        if self._names is None:
            self._names = self._services.queries.account_names()
        return self._names

    def _complete(self, text: str) -> list[tuple[str, str]]:
        return [(a.uid, a.name) for a in self.names.complete(text, LIMIT)]

    def _on_picked(self, uid: str, name: str) -> None:
        self._picked = (uid, name)

    def _on_text_edited(self, _text: str) -> None:
        self._picked = None

    def resolve(self, text: str) -> tuple[str | None, str, str]:
        """(uid of the account meant, or None; the name of an account to make, or ""; a question to ask
        first, or ""). Raises nothing: the caller shows the question where the field's error goes."""
        name = " ".join(text.split())
        if not name:
            return None, "", ""
        if self._picked is not None and self._picked[1] == name:
            return self._picked[0], "", ""
        exact = self.names.exact(name)
        if exact is not None:
            return exact.uid, "", ""
        near = self.names.near_duplicates(name)
        if near and self._warned != name:
            self._warned = name
            return None, "", self.near_duplicate_question(name, near)
        return None, name, ""

    def near_duplicate_question(self, name: str, near: list[AccountName]) -> str:
        known = ", ".join(self.tr("“%1”", "a company's name quoted").replace("%1", a.name) for a in near)
        if len(near) > 1:
            question = self.tr("%1 are already accounts. Choose one from the list (Down), or save again to make"
                               " “%2” a new one.")
        else:
            question = self.tr("%1 is already an account. Choose it from the list (Down), or save again to make"
                               " “%2” a new one.")
        return question.replace("%1", known).replace("%2", name)


class PeoplePicker(QWidget):
    """People linked to a record: a field completing contacts' names (Enter adds the one chosen) above the
    list of those added; Delete or Remove takes the selected ones off."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type a name to add a contact"))
        self.completer = RecordCompleter(self.field, self._complete)
        self.completer.picked.connect(self._on_picked)
        self.people = QListWidget()
        self.people.setMaximumHeight(self.fontMetrics().height() * 5)
        self.people.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.field)
        row = QHBoxLayout()
        row.addWidget(self.people, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)
        self.setFocusProxy(self.field)

    def _complete(self, text: str) -> list[tuple[str, str]]:
        return contacts_matching(self._services, text, set(self.uids()))

    def add_person(self, uid: str, name: str) -> None:
        if uid in self.uids():
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, uid)
        self.people.addItem(item)
        self.changed.emit()

    def uids(self) -> tuple[str, ...]:
        return tuple(str(self.people.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.people.count()))

    def remove_selected(self) -> None:
        rows = sorted((self.people.row(item) for item in self.people.selectedItems()), reverse=True)
        for row in rows:
            self.people.takeItem(row)
        if rows:
            self.changed.emit()

    def _on_picked(self, uid: str, name: str) -> None:
        self.add_person(uid, name)
        QTimer.singleShot(0, self.field.clear)  # after the completer has written the name into the field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.people and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
