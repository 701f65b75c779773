"""The command palette (Ctrl+K, UI.md 6): one field that jumps to any record or runs any action by name.

Actions are the window's own QActions (so the palette offers exactly what the menus do, enabled or
not as they are); records come from the search service. Typing ranks actions whose words start
with what was typed above those that merely contain it; records follow in the search's own order.
Up/Down move in the list without leaving the field, Enter runs or opens, Esc closes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.search import SearchService
from ui.search_model import KIND_LABELS

Index = QModelIndex | QPersistentModelIndex
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # an action's keys or a record's kind, drawn on the right
MAX_RECORDS = 12
SEARCH_DELAY_MS = 80


@dataclass(frozen=True)
class Entry:
    title: str
    detail: str  # an action's keys, or the kind of record
    action: QAction | None = None
    kind: str = ""
    uid: str = ""


_CJK_MNEMONIC = re.compile(r"\(&[^)]\)")  # Chinese and Japanese menus write "文件(&F)"


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: "&File" → "File", "文件(&F)" → "文件", "A && B" → "A & B"."""
    return _CJK_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def action_title(action: QAction) -> str:
    """An action's text as the palette lists it: no mnemonic, no trailing ellipsis."""
    return plain_text(action.text()).removesuffix("…").strip()


def _rank(title: str, words: list[str]) -> int | None:
    """0: every typed word starts a word of the title; 1: every typed word is in it; None: no match."""
    folded = title.casefold()
    if not all(word in folded for word in words):
        return None
    starts = folded.split()
    return 0 if all(any(s.startswith(word) for s in starts) for word in words) else 1


class PaletteModel(QAbstractListModel):
    def __init__(self, actions: Callable[[], list[QAction]], search: SearchService, parent: QObject | None = None):
        super().__init__(parent)
        self._actions = actions
        self._search = search
        self._entries: list[Entry] = []

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        ranked: list[tuple[int, str, Entry]] = []
        for action in self._actions():
            title = action_title(action)
            if not title or not action.isVisible():
                continue
            rank = _rank(title, words) if words else 0
            if rank is not None:
                keys = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
                ranked.append((rank, title.casefold(), Entry(title, keys, action=action)))
        entries = [entry for _, _, entry in sorted(ranked, key=lambda item: (item[0], item[1]))]
        if text.strip():
            hits = self._search.search(text, limit=MAX_RECORDS)
            records = [Entry(hit.display, QCoreApplication.translate("SearchResultsModel", str(KIND_LABELS[hit.kind])),
                             kind=hit.kind, uid=hit.uid) for hit in hits]
            # A name typed in full is most likely a record the user wants to open, not an action.
            action_first = any(rank == 0 for rank, _, _ in ranked)
            entries = entries + records if action_first else records + entries
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == DETAIL_ROLE:
            return entry.detail
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.title}, {entry.detail}" if entry.detail else entry.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self._entries[index.row()]
        if entry.action is not None and not entry.action.isEnabled():
            return Qt.ItemFlag.NoItemFlags  # listed, greyed: the user learns it exists
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _EntryDelegate(QStyledItemDelegate):
    """The title on the left, its keys or kind on the right in a quieter colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        detail = index.data(DETAIL_ROLE)
        if not detail:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        painter.setPen(palette.color(role))
        margin = option.fontMetrics.averageCharWidth()
        rect = option.rect.adjusted(0, 0, -margin, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), detail)
        painter.restore()


class CommandPalette(QDialog):
    """`open_record(kind, uid)` is called for a record chosen; an action chosen is triggered."""

    def __init__(self, actions: Callable[[], list[QAction]], search: SearchService,
                 open_record: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Go to or run"))
        self._open_record = open_record
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type a command or the name of a record"))
        self.field.setAccessibleName(self.tr("Command or record"))
        self.model = PaletteModel(actions, search, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keys; arrows move the list
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(_EntryDelegate(self.list))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 70, self.fontMetrics().height() * 22)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self.list.clicked.connect(self._on_list_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_text(self.field.text())
        self._select(next((r for r in range(self.model.rowCount()) if self._selectable(r)), -1))

    def choose(self, row: int) -> None:
        """Run the action or open the record of `row`, and close."""
        if not self._selectable(row):
            return
        entry = self.model.entry(row)
        self.accept()
        if entry.action is not None:
            entry.action.trigger()
        else:
            self._open_record(entry.kind, entry.uid)

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed faster than the list followed: list what was typed first
                    self._timer.stop()
                    self.refresh()
                self.choose(self.current_row())
                return True
        return super().eventFilter(watched, event)

    def _selectable(self, row: int) -> bool:
        return 0 <= row < self.model.rowCount() and bool(self.model.flags(self.model.index(row)))

    def _select(self, row: int) -> None:
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()

    def _step(self, delta: int) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        for _ in range(count):
            row = (row + delta) % count if count else -1
            if self._selectable(row):
                self._select(row)
                return

    def _on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def _on_list_clicked(self, index: QModelIndex) -> None:
        self.choose(index.row())
