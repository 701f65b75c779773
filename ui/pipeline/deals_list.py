"""The Deals list beside the board: a lazily paged table, sorted and filtered in SQL (app/deal_list.py),
with status, pipeline and stage filters above the usual text filter.

Signals (DealsListView):
    open_record(str, str)      "deal" and its uid (Enter or double-click)
    current_deal_changed(str)  the current row's deal uid ("" when none)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.deal_list import DealListQuery
from app.services import Services
from ui.models.record_list_model import Index, RecordListModel
from ui.pipeline import look
from ui.views.record_list import RecordListView


class DealsModel(RecordListModel):
    """Title, account, stage, amount (in the deal's currency), expected close, owner, status, updated."""

    TITLE, ACCOUNT, STAGE, AMOUNT, CLOSE, OWNER, STATUS, UPDATED = range(8)
    _CURRENCY = 9  # position of the currency in a query row (after the uid and the 8 columns)
    headers = (
        QT_TRANSLATE_NOOP("DealsModel", "Deal"), QT_TRANSLATE_NOOP("DealsModel", "Account"),
        QT_TRANSLATE_NOOP("DealsModel", "Stage"), QT_TRANSLATE_NOOP("DealsModel", "Amount"),
        QT_TRANSLATE_NOOP("DealsModel", "Expected close"), QT_TRANSLATE_NOOP("DealsModel", "Owner"),
        QT_TRANSLATE_NOOP("DealsModel", "Status"), QT_TRANSLATE_NOOP("DealsModel", "Updated"),
    )
    date_column = UPDATED

    def __init__(self, query: DealListQuery, parent: Any = None) -> None:
        self.deal_query = query
        super().__init__(query, parent)

    def set_scope(self, status: str = "open", pipeline_uid: str = "", stage_uid: str = "") -> None:
        q = self.deal_query
        if (status, pipeline_uid, stage_uid) != (q.status, q.pipeline_uid, q.stage_uid):
            q.set_scope(status, pipeline_uid, stage_uid)
            self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column() if index.isValid() else -1
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.AMOUNT, self.CLOSE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if shown and column in (self.AMOUNT, self.CLOSE, self.STATUS) and 0 <= index.row() < self.rowCount():
            record = self._row(index.row())
            if record is None:
                return None
            value = record[column + 1]
            if column == self.AMOUNT:
                return look.money(int(value), record[self._CURRENCY]) if value else ""
            if column == self.CLOSE:
                day = date.fromisoformat(value) if value else None
                return look.long_date(day) if role == Qt.ItemDataRole.ToolTipRole else look.short_date(day)
            return {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}.get(value, value)
        return super().data(index, role)


class DealsListView(QWidget):
    """See the module docstring for the signals."""

    open_record = Signal(str, str)
    current_deal_changed = Signal(str)

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None, *,
                 owner: str = "") -> None:
        """`owner`: only that person's deals (the "Mine" filter), from the first read."""
        super().__init__(parent)
        self.setObjectName("dealsList")
        self._services = services
        query = services.queries.deal_list()
        query.owner = owner
        self.model = DealsModel(query, self)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("dealStatusFilter")
        for text, value in ((self.tr("Open"), "open"), (self.tr("Won"), "won"), (self.tr("Lost"), "lost"),
                            (self.tr("Any status"), "")):
            self.status_combo.addItem(text, value)
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("dealPipelineFilter")
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("dealStageFilter")
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_combo)
        pipeline_label = QLabel(self.tr("&Pipeline:"))
        pipeline_label.setBuddy(self.pipeline_combo)
        stage_label = QLabel(self.tr("S&tage:"))
        stage_label.setBuddy(self.stage_combo)
        filters = QHBoxLayout()
        for label, combo in ((status_label, self.status_combo), (pipeline_label, self.pipeline_combo),
                             (stage_label, self.stage_combo)):
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)

        self.records = RecordListView("deals", self.model, settings, {
            "filter": self.tr("Filter deals by title, account, owner or lead source"),
            "empty": self.tr("No deals here. Pick another status, pipeline or stage above."),
            "no_match": self.tr("No deals match “%1”."),
        }, custom_fields=lambda: services.custom_fields.definitions("deal"), services=services)
        self.table = self.records.table
        self.filter_field = self.records.filter_field
        char = self.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        if settings.value("deals/header") is None:  # the user's own widths win
            for section, chars in enumerate((24, 24, 14, 14, 12, 10, 8)):
                heading = str(self.model.headerData(section, Qt.Orientation.Horizontal))
                header.resizeSection(section, max(char * chars, header.fontMetrics().horizontalAdvance(heading)
                                                  + char * 4))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.records, 1)

        self._fill_pipelines()
        self.status_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_combo_current_index_changed)
        self.stage_combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.modelReset.connect(self._on_model_reset)

    # --- public API ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read pipelines, stages, the deals' custom fields and rows again (after changes made elsewhere)."""
        self._fill_pipelines()
        self.records.refresh_custom_columns()
        self.model.reload()

    def show_stage(self, pipeline_uid: str, stage_uid: str = "", status: str = "open") -> None:
        """List the deals of one pipeline (and stage), as the board's "show in list" does."""
        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self.status_combo.blockSignals(False)
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(pipeline_uid)))
        self.pipeline_combo.blockSignals(False)
        self._fill_stages()
        self.stage_combo.blockSignals(True)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage_uid)))
        self.stage_combo.blockSignals(False)
        self._apply_scope()

    def select_deal(self, uid: str) -> bool:
        """Select the deal's row when the list's scope and filter hold it."""
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_uid(self) -> str:
        index = self.table.currentIndex()
        return self.model.uid(index.row()) or "" if index.isValid() else ""

    # --- helpers -------------------------------------------------------------------------------------

    def _fill_pipelines(self) -> None:
        current = self.pipeline_combo.currentData()
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        self.pipeline_combo.addItem(self.tr("All pipelines"), "")
        for pipeline in self._services.pipelines.list():
            self.pipeline_combo.addItem(pipeline.name, pipeline.uid)
        self.pipeline_combo.setCurrentIndex(max(0, self.pipeline_combo.findData(current)))
        self.pipeline_combo.blockSignals(False)
        self._fill_stages()

    def _fill_stages(self) -> None:
        current = self.stage_combo.currentData()
        pipeline_uid = str(self.pipeline_combo.currentData() or "")
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("All stages"), "")
        if pipeline_uid:
            for stage in self._services.pipelines.get(pipeline_uid).stages:
                self.stage_combo.addItem(stage.name, stage.uid)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current)))
        self.stage_combo.blockSignals(False)
        self.stage_combo.setEnabled(bool(pipeline_uid))  # stages belong to a pipeline: choose one first

    def _apply_scope(self) -> None:
        self.model.set_scope(str(self.status_combo.currentData() or ""), str(self.pipeline_combo.currentData() or ""),
                             str(self.stage_combo.currentData() or ""))

    # --- slots ---------------------------------------------------------------------------------------

    def _on_filter_combo_changed(self, _index: int) -> None:
        self._apply_scope()

    def _on_pipeline_combo_current_index_changed(self, _index: int) -> None:
        self._fill_stages()
        self._apply_scope()

    def _on_table_activated(self, index: QModelIndex) -> None:
        uid = self.model.uid(index.row())
        if uid:
            self.open_record.emit("deal", uid)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = self.model.uid(current.row()) if current.isValid() else None
        self.current_deal_changed.emit(uid or "")

    def _on_model_reset(self) -> None:
        # The text filter stays usable when a scope, not a filter, emptied the list.
        self.filter_field.setEnabled(True)
