"""The sync conflicts: fields both sides changed differently since the last sync. The list on the left;
on the right this computer's value and the server's, field by field, and Keep mine / Keep server's.
The record holds the server's values until the user decides; keeping mine uploads them with the next sync.

    ConflictsDialog(controller, parent).open()
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError, RapportError
from app.messages import message_of
from app.services import Services
from sync.calendars import KINDS as CALENDAR_KINDS
from sync.calendars import CalendarRecords
from sync.cards import read_card
from sync.state import ConflictRow
from ui.said import in_words
from ui.sync.controller import SyncController
from ui.sync.texts import display_value, field_label, stored_time, stored_time_long, translate, translated
from ui.workers import Task

Index = QModelIndex | QPersistentModelIndex
KIND_NAMES = {
    "contact": QT_TRANSLATE_NOOP("SyncTexts", "Contact"),
    "account": QT_TRANSLATE_NOOP("SyncTexts", "Account"),
    "activity": QT_TRANSLATE_NOOP("SyncTexts", "Meeting"),
    "task": QT_TRANSLATE_NOOP("SyncTexts", "Task"),
    "deal": QT_TRANSLATE_NOOP("SyncTexts", "Deal"),
    "lead": QT_TRANSLATE_NOOP("SyncTexts", "Lead"),
    "journal": QT_TRANSLATE_NOOP("SyncTexts", "Call, e-mail or note"),
    "group": QT_TRANSLATE_NOOP("SyncTexts", "Contact group"),
}
NAME_FIELDS = ("display_name", "name", "subject", "title")
NARROWEST_SIDE_BY_SIDE = 1100  # px of the dialog: narrower, the list goes above the two versions


@dataclass(frozen=True)
class ConflictEntry:
    """A conflict with both sides read as fields (read off the UI thread)."""

    conflict: ConflictRow
    name: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    unreadable: str = ""  # why a side could not be read (its text is still kept in the database)


def readable_deal(services: Services, fields: dict[str, Any]) -> dict[str, Any]:
    """A deal's view with names where it holds uids: its stage and the stages of its history by name, its
    company and people by name (a uid this folder does not know stays as it is)."""
    stages = {s.uid: s.name for s in fields.get("stages") or ()}

    def name_of(kind: str, uid: str) -> str:
        try:
            if kind == "account":
                return services.accounts.get(uid, include_deleted=True).data.name or uid
            return services.contacts.get(uid, include_deleted=True).data.display_name or uid
        except NotFoundError:
            return uid

    shown = dict(fields)
    if fields.get("amount"):
        amount = QLocale().toString(float(fields["amount"]), "f", 2)
        shown["amount"] = f"{amount} {fields.get('currency') or ''}".strip()
    shown["stage"] = stages.get(fields.get("stage") or "", fields.get("stage"))
    shown["stages"] = tuple(f"{s.pipeline_name}: {s.name} ({s.probability} %)" for s in fields.get("stages") or ())
    shown["history"] = tuple(
        f"{display_value(when)}: {stages.get(source, source) + ' → ' if source else ''}{stages.get(target, target)}"
        for when, source, target in fields.get("history") or ())
    if fields.get("account"):
        shown["account"] = name_of("account", fields["account"])
    shown["people"] = tuple(name_of("contact", uid) + (f" ({role})" if role else "")
                            for uid, role in fields.get("people") or ())
    return shown


def readable_group(services: Services, fields: dict[str, Any]) -> dict[str, Any]:
    """A contact group's members by name (a member this folder does not have stays as its uid)."""
    def name_of(member: str) -> str:
        uid = member[len("urn:uuid:"):] if member.lower().startswith("urn:uuid:") else member
        for candidate in (uid, member):
            try:
                return services.contacts.get(candidate, include_deleted=True).data.display_name or uid
            except NotFoundError:
                continue
        return uid

    return dict(fields) | {"members": tuple(name_of(uid) for uid in fields.get("members") or ())}


def read_entries(services: Services, conflicts: list[ConflictRow]) -> list[ConflictEntry]:
    entries = []
    for conflict in conflicts:
        sides: list[dict[str, Any]] = []
        problem = ""
        for text in (conflict.local_text, conflict.server_text):
            try:
                view = (CalendarRecords(services).read(text) if conflict.record_kind in CALENDAR_KINDS
                        else read_card(text))
                sides.append(readable_deal(services, view.fields) if view.kind == "deal"
                             else readable_group(services, view.fields) if view.kind == "group" else dict(view.fields))
            except RapportError as exc:
                sides.append({})
                problem = message_of(exc)  # a Said: shown with in_words
        named = sides[0] or sides[1]
        name = next((str(named[f]) for f in NAME_FIELDS if named.get(f)), conflict.record_uid)
        entries.append(ConflictEntry(conflict, name, sides[0], sides[1], problem))
    return entries


class ConflictsModel(QAbstractTableModel):
    NAME, KIND, FIELDS, WHEN = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ConflictEntry] = []

    def set_entries(self, entries: list[ConflictEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ConflictEntry:
        return self._entries[row]

    def row_of(self, uid: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.conflict.record_uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("SyncTexts", "Record"), translate("SyncTexts", "Kind"), translate("SyncTexts", "Fields"),
                    translate("SyncTexts", "Found")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return entry.name
            if column == self.KIND:
                kind = entry.conflict.record_kind
                return translated(KIND_NAMES[kind]) if kind in KIND_NAMES else kind
            if column == self.FIELDS:
                return ", ".join(field_label(f) for f in entry.conflict.fields)
            return stored_time(entry.conflict.created_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHEN:
            return stored_time_long(entry.conflict.created_at)
        return None


class ComparePanel(QScrollArea):
    """One conflict: each field both sides changed, this computer's value beside the server's, and under
    each side the button that keeps it.

    Signals:
        keep_requested(str): "local" or "server", the button the user clicked.
    """

    LABEL, MINE, THEIRS = range(3)
    keep_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.value_labels: dict[str, tuple[QLabel, QLabel]] = {}
        self.keep_mine_button: QPushButton | None = None
        self.keep_server_button: QPushButton | None = None
        self.clear()

    def set_buttons_enabled(self, enabled: bool) -> None:
        for button in (self.keep_mine_button, self.keep_server_button):
            if button is not None:
                button.setEnabled(enabled)

    def clear(self, message: str = "") -> None:
        self.value_labels = {}
        self.keep_mine_button = self.keep_server_button = None
        placeholder = QLabel(message or self.tr("Select a conflict to compare the two versions."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        placeholder.setEnabled(False)
        self.setWidget(placeholder)

    def show_entry(self, entry: ConflictEntry) -> None:
        self.value_labels = {}
        body = QWidget()
        body.setObjectName("conflictCompare")
        grid = QGridLayout(body)
        grid.setColumnStretch(self.MINE, 1)
        grid.setColumnStretch(self.THEIRS, 1)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        title = QLabel(entry.name)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 3)
        explain = QLabel(self.tr("Both sides changed these fields differently since the last sync. The record"
                                 " shows the server's values until you choose; everything else was merged."))
        explain.setWordWrap(True)
        grid.addWidget(explain, 1, 0, 1, 3)
        grid.setRowMinimumHeight(2, self.fontMetrics().height() // 2)
        row = 3
        for column, text in ((self.MINE, self.tr("On this computer")), (self.THEIRS, self.tr("On the server"))):
            heading = QLabel(text)
            bold = QFont(heading.font())
            bold.setBold(True)
            heading.setFont(bold)
            grid.addWidget(heading, row, column)
        row += 1
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(rule, row, 0, 1, 3)
        row += 1
        for name in entry.conflict.fields:
            label = QLabel(field_label(name))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, self.LABEL)
            cells = []
            for column, side in ((self.MINE, entry.mine), (self.THEIRS, entry.theirs)):
                text = display_value(side.get(name))
                value = QLabel(text or self.tr("(empty)"))
                value.setEnabled(bool(text))
                value.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(self.tr("%1, %2").replace("%1", label.text()).replace(
                    "%2", self.tr("this computer") if column == self.MINE else self.tr("server")))
                grid.addWidget(value, row, column)
                cells.append(value)
            self.value_labels[name] = (cells[0], cells[1])
            row += 1
        if entry.unreadable:
            problem = QLabel(self.tr("One version could not be read: %1").replace("%1", in_words(entry.unreadable)))
            problem.setWordWrap(True)
            grid.addWidget(problem, row, 0, 1, 3)
            row += 1
        grid.setRowMinimumHeight(row, self.fontMetrics().height() // 2)
        row += 1
        mine = self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        mine.setToolTip(self.tr("Put this computer's values back; the next sync uploads them."))
        mine.clicked.connect(self._on_keep_mine_clicked)
        theirs = self.keep_server_button = QPushButton(self.tr("Keep server's"))
        theirs.setToolTip(self.tr("Keep the server's values, which the record already shows."))
        theirs.clicked.connect(self._on_keep_server_clicked)
        grid.addWidget(mine, row, self.MINE, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(theirs, row, self.THEIRS, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(row + 1, 1)
        self.setWidget(body)

    def _on_keep_mine_clicked(self) -> None:
        self.keep_requested.emit("local")

    def _on_keep_server_clicked(self) -> None:
        self.keep_requested.emit("server")


class ConflictsDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.controller = controller
        self._load: Task | None = None
        self._resolving: Task | None = None
        self._generation = 0

        self.model = ConflictsModel(self)
        self.view = QTableView()
        self.view.setObjectName("syncConflicts")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ConflictsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ConflictsModel.KIND, ConflictsModel.FIELDS, ConflictsModel.WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self.compare = ComparePanel()
        self.compare.keep_requested.connect(self._resolve)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare, 1)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter

        self.empty = QLabel(self.tr("No conflicts. When both sides change the same field differently, the two"
                                    " versions wait here for you to choose."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 140, self.fontMetrics().height() * 26)
        self._update_buttons()
        controller.conflicts_changed.connect(self.reload)
        self.reload()

    @property
    def busy(self) -> bool:
        return self._load is not None or self._resolving is not None

    def current(self) -> ConflictEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def reload(self) -> None:
        self._generation += 1
        generation, services, sync = self._generation, self.controller.services, self.controller.sync

        def read() -> tuple[int, list[ConflictEntry]]:
            return generation, read_entries(services, sync.conflicts())

        self._load = self.controller.read(read, self._on_load_succeeded, self._on_load_failed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The list beside the two versions where there is room, above them where there is not: at 960 px in
        Russian, side by side left the record's name three letters (the kind, the fields and the date take
        their width) or the versions a scroll bar."""
        wide = event.size().width() >= NARROWEST_SIDE_BY_SIDE
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    def _on_load_succeeded(self, value: object) -> None:
        generation, entries = value if isinstance(value, tuple) else (-1, [])
        if generation != self._generation:
            return  # an older read finished after a newer one began
        self._load = None
        current = self.current()
        uid = current.conflict.record_uid if current else ""
        self.model.set_entries(entries)
        page = self.empty if not entries else self.stack.widget(0)
        assert page is not None  # the splitter, added first
        self.stack.setCurrentWidget(page)
        if entries:
            row = max(self.model.row_of(uid), 0)
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.compare.clear()
        self._update_buttons()

    def _on_load_failed(self, message: str) -> None:
        self._load = None
        self.status.setText(self.tr("The conflicts could not be read: %1").replace("%1", message))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.compare.show_entry(self.model.entry(current.row()))
        else:
            self.compare.clear()
        self._update_buttons()

    @property
    def keep_mine_button(self) -> QPushButton | None:
        return self.compare.keep_mine_button

    @property
    def keep_server_button(self) -> QPushButton | None:
        return self.compare.keep_server_button

    def _update_buttons(self) -> None:
        self.compare.set_buttons_enabled(self.current() is not None and self._resolving is None)

    def _resolve(self, keep: str) -> None:
        entry = self.current()
        if entry is None or self._resolving is not None:
            return
        self.status.clear()
        self._resolving = self.controller.resolve(entry.conflict.record_uid, keep, done=self._on_resolve_succeeded,
                                                  failed=self._on_resolve_failed)
        self._update_buttons()

    def _on_resolve_succeeded(self, _value: object) -> None:
        self._resolving = None
        self._update_buttons()  # the list reloads on the controller's conflicts_changed

    def _on_resolve_failed(self, message: str) -> None:
        self._resolving = None
        self.status.setText(self.tr("Could not settle this conflict: %1").replace("%1", message))
        self._update_buttons()
