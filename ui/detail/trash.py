"""The Trash: deleted contacts and accounts, and removed custom fields with their values, newest first, with
Restore and Delete forever.

Deleting moves a record here without a question (UI.md 5); only Delete forever asks, since it cannot
be undone.

Signals (TrashView):
    changed(): a record was restored or deleted for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.services import Services
from ui.detail.timeline_model import local
from ui.operations.operation import Op
from ui.said import in_words

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TrashItem:
    kind: str  # contact | account | lead | field
    uid: str  # a field's: "KIND:KEY" (the kind of record it is on)
    name: str
    deleted_at: datetime


class TrashModel(QAbstractTableModel):
    NAME, KIND, DELETED = range(3)

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._items: list[TrashItem] = []
        self.reload()

    def reload(self) -> None:
        items = [TrashItem("contact", c.uid, c.display_name, c.meta.deleted_at or c.meta.updated_at)
                 for c in self._services.contacts.trash()]
        items += [TrashItem("account", a.uid, a.data.name, a.meta.deleted_at or a.meta.updated_at)
                  for a in self._services.accounts.trash()]
        items += [TrashItem("lead", lead.uid, lead.shown_name, lead.meta.deleted_at or lead.meta.updated_at)
                  for lead in self._services.leads.trash()]
        for trashed in self._services.custom_fields.trash():
            field = trashed.definition
            items.append(TrashItem("field", f"{field.record_kind}:{field.key}", field.label,
                                   datetime.fromisoformat(trashed.removed_at)))  # naive UTC, as the store keeps it
        items.sort(key=lambda i: i.deleted_at, reverse=True)
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return item.name
            if column == self.KIND:
                if item.kind == "field":
                    return self._field_kind(item.uid.partition(":")[0])
                return {"contact": self.tr("Contact"), "account": self.tr("Account"),
                        "lead": self.tr("Lead")}.get(item.kind, item.kind)
            long = role == Qt.ItemDataRole.ToolTipRole
            moment = local(item.deleted_at)
            if long:
                return QLocale().toString(moment, QLocale.FormatType.LongFormat)
            return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)
        return None

    def _field_kind(self, record_kind: str) -> str:
        return {"contact": self.tr("Field of contacts"), "account": self.tr("Field of accounts"),
                "deal": self.tr("Field of deals"), "activity": self.tr("Field of activities"),
                "task": self.tr("Field of tasks")}.get(record_kind, record_kind)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Kind"), self.tr("Deleted"))[section] if 0 <= section < 3 else None
        return None


class TrashView(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash")
        self._services = services
        self.model = TrashModel(services, self)

        self.table = QTableView()
        self.table.setObjectName("trashTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TrashModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TrashModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TrashModel.DELETED, QHeaderView.ResizeMode.ResizeToContents)

        self.message = QLabel(self.tr("The Trash is empty.\nContacts, accounts, leads and custom fields you delete wait"
                                      " here until you restore them or delete them for good."))
        self.message.setObjectName("trashMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("&Delete forever…"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        self._update_state()

    def reload(self) -> None:
        self.model.reload()

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clear()
        for row in rows:
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def selected(self) -> list[TrashItem]:
        return [self.model.item(index.row()) for index in self.table.selectionModel().selectedRows()]

    def restore_selected(self) -> None:
        items = self.selected()
        if len(items) == 1:
            said, label = self.tr("“%1” was restored.").replace("%1", items[0].name), \
                self.tr("Restore “%1”").replace("%1", items[0].name)
        else:
            said = self.tr("%n records were restored.", "", len(items))
            label = self.tr("Restore %n records", "", len(items))
        self._apply(items, "restore", label, said)

    def purge_selected(self) -> QMessageBox | None:
        """Ask first (it cannot be undone); the question is window-modal, not blocking."""
        items = self.selected()
        if not items:
            return None
        if len(items) == 1:
            question = self.tr("Delete “%1” for good? This cannot be undone.").replace("%1", items[0].name)
        else:
            question = self.tr("Delete these %n records for good? This cannot be undone.", "", len(items))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete forever"), question,
                          QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete forever"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def on_finished(_result: int) -> None:
            if box.clickedButton() is delete:
                if len(items) == 1:
                    said = self.tr("“%1” was deleted for good.").replace("%1", items[0].name)
                else:
                    said = self.tr("%n records were deleted for good.", "", len(items))
                self._apply(items, "purge", self.tr("Delete for good"), said)
            box.deleteLater()

        box.finished.connect(on_finished)
        box.open()
        return box

    def _apply(self, items: list[TrashItem], verb: str, label: str, said: str) -> None:
        """Restore or purge (`verb`) the items, all in one unit of work on the write worker."""
        if not items:
            return
        chosen = [(item.kind, item.uid) for item in items]

        def change(services: Services) -> None:
            for kind, uid in chosen:
                if kind == "field":
                    record_kind, _, key = uid.partition(":")
                    getattr(services.custom_fields, verb)(record_kind, key)
                else:
                    service = {"contact": services.contacts, "account": services.accounts, "lead": services.leads}[kind]
                    getattr(service, verb)(uid)

        Op(self, self._services, label, change) \
            .success(lambda _value: self._on_applied(said)) \
            .failure(self._on_refused, (RapportError,)).run(initiator=self)

    def _on_applied(self, said: str) -> None:
        self.status.setText(said)
        self.reload()
        self.changed.emit()

    def _on_refused(self, error: Exception) -> None:
        self.status.setText(in_words(error))
        self.reload()

    def _update_state(self, *_args: object) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.message)
        chosen = has_rows and self.table.selectionModel().hasSelection()
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
