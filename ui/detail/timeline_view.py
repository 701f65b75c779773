"""The timeline widget: type filter chips, the list (day headers, entries), "Load older", and a
message in place of the list when there is nothing to show.

Enter or a double click (or Open… in the context menu) on an entry asks its pane to open it
(`open_requested(kind, uid)`: a call, e-mail, note, meeting or task to edit, a deal's change to the deal).
Delete (or the context menu) on a call, meeting, e-mail, note or task asks its pane to delete it
(`delete_requested(kind, uid, title)`); the pane does it as an undoable operation. While the list has the
focus it owns the Delete key (ShortcutOverride), so the window's "Move to Trash" never takes the whole
contact instead (on an entry that cannot be deleted, Delete does nothing)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.timeline import LOST, STAGE, TASK_DONE, WON, TimelineEntry, TimelineService
from ui.detail.timeline_model import EntryRole, TimelineDelegate, TimelineModel
from ui.flow_layout import FlowLayout


class TimelineView(QWidget):
    delete_requested = Signal(str, str, str)  # source kind ("activity" or "task"), uid, title
    open_requested = Signal(str, str)  # source kind ("activity", "task" or "deal"), uid
    original_requested = Signal(str)  # an e-mail's uid: its original message, opened in the mail program
    deal_link_requested = Signal(str, str, bool)  # an activity's uid, a deal's uid, linked (True) or unlinked
    attachments_requested = Signal(str)  # an e-mail's uid: its attached files, to go onto the record

    def __init__(self, timeline: TimelineService, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.model = TimelineModel(timeline, clock, self)
        self._record: tuple[str, str] | None = None
        # An activity's uid → the deals it could be linked to: (deal uid, title, linked now). Set by the pane.
        self.deal_choices: Callable[[str], list[tuple[str, str, bool]]] | None = None
        self.keeps_files = True  # the record keeps files: an e-mail's attachments can go onto it

        heading = QLabel(self.tr("Timeline"))
        heading.setObjectName("sectionHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        chip_row = FlowLayout(spacing=self.fontMetrics().averageCharWidth())  # wraps, never cuts a chip
        chip_row.addWidget(heading)
        self._chip_kinds: dict[int, tuple[str, ...]] = {}
        for number, (label, kinds) in enumerate((
            (self.tr("All"), ()),
            (self.tr("Calls"), ("call",)),
            (self.tr("Meetings"), ("meeting",)),
            (self.tr("Notes"), ("note",)),
            (self.tr("E-mails"), ("email",)),
            (self.tr("Deals"), (STAGE, WON, LOST)),
            (self.tr("Tasks"), (TASK_DONE,)),
        )):
            chip = QToolButton()
            chip.setText(label)
            chip.setCheckable(True)
            chip.setAutoRaise(True)
            chip.setChecked(number == 0)
            self.chips.addButton(chip, number)
            self._chip_kinds[number] = kinds
            chip_row.addWidget(chip)
        self.chips.idClicked.connect(self._on_chips_id_clicked)

        self.list = QListView()
        self.list.setObjectName("timelineList")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(False)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.installEventFilter(self)
        self.list.activated.connect(self._on_list_activated)

        self.message = QLabel()
        self.message.setObjectName("timelineMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.message)

        self.load_older = QPushButton(self.tr("Load older"))
        self.load_older.setObjectName("loadOlder")
        self.load_older.clicked.connect(self._on_load_older_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chip_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.load_older, 0, Qt.AlignmentFlag.AlignHCenter)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        self._update_state()

    def set_record(self, kind: str | None, uid: str | None = None) -> None:
        self._record = (kind, uid) if kind and uid else None
        if self._record is None:
            self.model.set_record(None)
            return
        self.model.set_record(kind, uid, self._chip_kinds[max(self.chips.checkedId(), 0)])

    def reload(self) -> None:
        self.model.reload()

    def current_entry(self) -> TimelineEntry | None:
        index = self.list.currentIndex()
        entry = index.data(EntryRole) if index.isValid() else None
        return entry if isinstance(entry, TimelineEntry) else None

    def delete_current(self) -> bool:
        """Ask for the entry under the cursor to be deleted; False when it is not one that can be (a deal's
        stage change is its history, not a record of its own)."""
        entry = self.current_entry()
        if entry is None or entry.source_kind == "deal":
            return False
        self.delete_requested.emit(entry.source_kind, entry.uid, entry.title or entry.detail.split("\n")[0])
        return True

    def open_current(self) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        self.open_requested.emit(entry.source_kind, entry.uid)
        return True

    def _on_list_activated(self, _index: QModelIndex) -> None:
        self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Delete here is about the timeline, never the window's "Move to Trash"
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.delete_current()  # nothing for a deal's stage change: it is the deal's history
                return True
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return self._fold_thread(event.key() == Qt.Key.Key_Right)
        return super().eventFilter(watched, event)

    def _fold_thread(self, show: bool) -> bool:
        """Right shows the current e-mail's whole thread under its newest message, Left folds it away (as a
        tree's branches open and close); the current row stays on the thread."""
        index = self.list.currentIndex()
        entry = index.data(EntryRole) if index.isValid() else None
        if not isinstance(entry, TimelineEntry) or not self.model.toggle_thread(index.row(), show):
            return False
        if not show and entry.in_thread_of:  # its row went: the thread's newest is current
            row = next(r for r in range(self.model.rowCount()) if isinstance(
                self.model.index(r, 0).data(EntryRole), TimelineEntry)
                and self.model.index(r, 0).data(EntryRole).uid == entry.in_thread_of)
            self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if not index.isValid() or not isinstance(index.data(EntryRole), TimelineEntry):
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        entry: TimelineEntry = index.data(EntryRole)
        opener = menu.addAction(self.tr("Open Deal") if entry.source_kind == "deal" else self.tr("Edit…"))
        opener.triggered.connect(self.open_current)
        if entry.kind == "email":
            original = menu.addAction(self.tr("Open the Original Message"))
            original.triggered.connect(lambda: self.original_requested.emit(entry.uid))
            if self.keeps_files:
                attach = menu.addAction(self.tr("Keep Its Attachments on the Record"))
                attach.triggered.connect(lambda: self.attachments_requested.emit(entry.uid))
        if entry.thread and (entry.in_thread > 1 or entry.in_thread_of):
            opened = self.model.thread_is_open(index.row()) or bool(entry.in_thread_of)
            fold = menu.addAction(self.tr("Hide the Older Messages") if opened else self.tr("Show the Whole Thread"))
            fold.setShortcut(QKeySequence(Qt.Key.Key_Left if opened else Qt.Key.Key_Right))
            kept = QPersistentModelIndex(index)  # (a reload while the menu is open moves the rows)
            fold.triggered.connect(lambda: kept.isValid() and self.model.toggle_thread(kept.row(), not opened))
        if entry.source_kind == "activity" and self.deal_choices is not None:
            self._add_deal_menu(menu, entry.uid)
        delete = menu.addAction(self.tr("Delete"))
        delete.setEnabled(index.data(EntryRole).source_kind != "deal")
        delete.triggered.connect(self.delete_current)
        menu.popup(self.list.viewport().mapToGlobal(position))

    def _add_deal_menu(self, menu: QMenu, activity_uid: str) -> None:
        """Deals ▸ each deal of the record, ticked where the call, meeting, e-mail or note is linked to it: a
        tick links it (it shows on the deal's timeline), taking the tick away unlinks it."""
        deals = menu.addMenu(self.tr("Linked &Deals"))
        choices = self.deal_choices(activity_uid) if self.deal_choices is not None else []
        for deal_uid, title, linked in choices:
            action = deals.addAction(title)
            action.setCheckable(True)
            action.setChecked(linked)
            action.toggled.connect(partial(self.deal_link_requested.emit, activity_uid, deal_uid))
        if not choices:
            none = deals.addAction(self.tr("No deals here yet"))
            none.setEnabled(False)

    def _on_chips_id_clicked(self, number: int) -> None:
        if self._record is not None:
            self.model.set_record(*self._record, kinds=self._chip_kinds[number])

    def _on_load_older_clicked(self) -> None:
        self.model.fetchMore()

    def _update_state(self) -> None:
        self.load_older.setVisible(self.model.canFetchMore())
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.list)
            return
        if self.chips.checkedId() > 0:
            self.message.setText(self.tr("Nothing of this kind yet."))
        else:
            self.message.setText(self.tr(
                "Nothing has happened here yet.\nLog a call or add a note, and it will be listed here, newest first."
            ))
        self.stack.setCurrentWidget(self.message)
