"""A list of records beside the detail pane of the one selected (UI.md 2: list + detail).

Selecting a row shows that record; a write in the pane reloads the list (the name or company
may have changed its place) and keeps the record shown. The splitter is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QSettings, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from ui.detail.base_pane import RecordDetailPane
from ui.views.record_list import RecordListView


class RecordSection(QSplitter):
    """Signals: open_record(kind, uid) from the pane's links; changed() after any write; record_shown(uid)
    when a record chosen in the list is shown (the window's Record menu acts on it)."""

    open_record = Signal(str, str)
    changed = Signal()
    record_shown = Signal(str)

    def __init__(self, name: str, list_view: RecordListView, pane: RecordDetailPane, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Section")
        self._name = name
        self._settings = settings
        self.list_view = list_view
        self.pane = pane
        self.addWidget(list_view)
        self.addWidget(pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setCollapsible(0, False)
        state = settings.value(f"{name}/splitter")
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            char = self.fontMetrics().averageCharWidth()
            self.setSizes([char * 90, char * 70])
        self.splitterMoved.connect(self._on_splitter_moved)
        list_view.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        list_view.table.activated.connect(self._on_table_activated)
        pane.open_record.connect(self.open_record)
        pane.changed.connect(self._on_pane_changed)

    def show_record(self, uid: str) -> None:
        """Show a record in the pane, and select it in the list when the list's filter holds it (opened from
        search, a reminder or a sheet, it is where the user would look for it next)."""
        table = self.list_view.table
        row = self.list_view.model.row_of(uid)
        if row < 0:
            table.clearSelection()
            self.pane.show_record(uid)
            return
        self.pane.show_record(uid)
        index = self.list_view.model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)

    def reload(self) -> None:
        self.list_view.model.reload()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.list_view.table.selectionModel().selectedRows()
        if len(rows) == 1:
            uid = self.list_view.model.uid(rows[0].row())
            if uid is not None and uid != self.pane.uid:
                self.pane.show_record(uid)
                self.record_shown.emit(uid)

    def _on_table_activated(self, _index: object) -> None:
        """Enter (or a double-click) on a row: into the record shown beside, on its first field."""
        if self.pane.uid is not None:
            self.pane.focus_first_field()

    def _on_pane_changed(self) -> None:
        self.list_view.model.reload()
        self.changed.emit()

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._settings.setValue(f"{self._name}/splitter", self.saveState())
