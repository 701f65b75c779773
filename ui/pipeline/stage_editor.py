"""The stage editor: a pipeline's name and its stages (name, order, probability), changed in place.

Each edit is saved at once through PipelineService (one transaction each, UI.md 5: autosave), so
there is no OK/Cancel to get wrong; a refusal (a stage that still has deals) is said under the table.

Signals (StageEditorDialog): changed() after every saved edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError, ValidationError
from app.pipelines import StageInfo
from app.services import Services
from ui.operations.operation import Op
from ui.said import in_words

Index = QModelIndex | QPersistentModelIndex


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        text = in_words(error)
        return text[:1].upper() + text[1:] + "."
    return in_words(error)


class StagesModel(QAbstractTableModel):
    """The stages of one pipeline, in order: name and probability editable, deal count shown."""

    NAME, PROBABILITY, DEALS = range(3)
    failed = Signal(str)  # a refused edit, in words
    saved = Signal()

    def __init__(self, services: Services, pipeline_uid: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._board = services.queries.board()
        self.pipeline_uid = pipeline_uid
        self._stages: list[StageInfo] = []
        self._deals: dict[str, int] = {}
        self._read()

    def _read(self) -> None:
        self._stages = list(self._services.pipelines.get(self.pipeline_uid).stages)
        self._deals = self._board.stage_deal_counts(self.pipeline_uid)

    def reload(self) -> None:
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def stage(self, row: int) -> StageInfo:
        return self._stages[row]

    def row_of(self, stage_uid: str) -> int:
        return next((i for i, s in enumerate(self._stages) if s.uid == stage_uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self._stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Stage"), self.tr("Probability"), self.tr("Deals"))[section] if 0 <= section < 3 else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1 if 0 <= section < len(self._stages) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stages):
            return None
        stage = self._stages[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return stage.name if column == self.NAME else stage.probability if column == self.PROBABILITY else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return stage.name
            if column == self.PROBABILITY:
                return self.tr("%1 %").replace("%1", str(stage.probability))
            return str(self._deals.get(stage.uid, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DEALS:
            return self.tr("Deals in this stage, open or closed; a stage can be removed once it has none.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.NAME, self.PROBABILITY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == self.DEALS:
            return False
        stage = self._stages[index.row()]
        if index.column() == self.NAME:
            name = str(value)
            if name.strip() == stage.name:
                return False
            label = self.tr("Rename stage “%1”").replace("%1", stage.name)
            change: Callable[[Services], Any] = lambda s: s.pipelines.update_stage(stage.uid, name=name).value  # noqa: E731
        else:
            try:
                probability = int(value)
            except (ValueError, TypeError) as exc:
                self.failed.emit(in_words(exc))
                return False
            if probability == stage.probability:
                return False
            label = self.tr("Change the probability of “%1”").replace("%1", stage.name)
            change = lambda s: s.pipelines.update_stage(stage.uid, probability=probability).value  # noqa: E731
        try:  # what the value alone shows is wrong is said at once, and the edit refused
            if index.column() == self.NAME:
                self._services.pipelines.validate_stage(name=name)
            else:
                self._services.pipelines.validate_stage(probability=probability)
        except RapportError as exc:
            self.failed.emit(error_text(exc))
            return False
        # Shown once saved (the write worker answers within milliseconds); refused, the old value stays.
        Op(None, self._services, label, change).success(self._on_stage_saved) \
            .failure(lambda error: self.failed.emit(error_text(error)), (RapportError,)).run(initiator=self)
        return True

    def _on_stage_saved(self, updated: StageInfo) -> None:
        row = self.row_of(updated.uid)
        if row >= 0:
            self._stages[row] = updated
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        self.saved.emit()


class ProbabilityDelegate(QStyledItemDelegate):
    """A spin box from 0 to 100 % (Qt's default one stops at 99)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix(self.tr(" %"))
        editor.setAccessibleName(self.tr("Probability"))
        return editor


class StageEditorDialog(QDialog):
    """Signals: changed() after every saved edit."""

    changed = Signal()

    def __init__(self, services: Services, pipeline_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageEditor")
        self._services = services
        self.setWindowTitle(self.tr("Edit pipeline"))
        pipeline = services.pipelines.get(pipeline_uid)

        self.name_field = QLineEdit(pipeline.name)
        self.name_field.setObjectName("pipelineName")
        self.name_field.editingFinished.connect(self._on_name_field_editing_finished)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Pipeline name:"), self.name_field)

        self.model = StagesModel(services, pipeline_uid, self)
        self.model.failed.connect(self._on_model_failed)
        self.model.saved.connect(self._on_model_saved)
        self.table = QTableView()
        self.table.setObjectName("stagesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(StagesModel.PROBABILITY, ProbabilityDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(StagesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StagesModel.PROBABILITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StagesModel.DEALS, QHeaderView.ResizeMode.ResizeToContents)
        char = self.fontMetrics().averageCharWidth()
        self.table.setMinimumWidth(char * 52)
        self.table.setMinimumHeight(self.fontMetrics().height() * 14)

        self.add_button = QPushButton(self.tr("&Add stage"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(buttons)

        self.error_label = QLabel()
        self.error_label.setObjectName("stageEditorError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        hint = QLabel(self.tr("Changes are saved as you make them. Double-click a name or probability to edit it."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the palette's quiet text

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        layout.addWidget(close)

        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------------------

    def selected_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def add_stage(self, name: str | None = None, probability: int | None = None) -> None:
        """A new stage after the selected one, named for editing straight away."""
        row = self.selected_row()
        if probability is None:
            probability = self.model.stage(row).probability if row >= 0 else 50
        position = row + 1 if row >= 0 else None
        pipeline_uid, stage_name, chance = self.model.pipeline_uid, name or self.tr("New stage"), probability
        self._apply(self.tr("Add stage “%1”").replace("%1", stage_name),
                    lambda s: s.pipelines.add_stage(pipeline_uid, stage_name, chance, position).value.uid,
                    edit_name=name is None)

    def remove_stage(self) -> None:
        row = self.selected_row()
        if row >= 0:
            stage = self.model.stage(row)

            def delete(services: Services) -> None:
                services.pipelines.delete_stage(stage.uid)

            self._apply(self.tr("Remove stage “%1”").replace("%1", stage.name), delete,
                        select_row=min(row, self.model.rowCount() - 2))

    def move_stage(self, steps: int) -> None:
        row = self.selected_row()
        target = row + steps
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        stage = self.model.stage(row)
        self._apply(self.tr("Move stage “%1”").replace("%1", stage.name),
                    lambda s: s.pipelines.move_stage(stage.uid, target).value.uid)

    def _apply(self, label: str, change: Callable[[Services], str | None], select_row: int | None = None,
               edit_name: bool = False) -> None:
        """Run a PipelineService change on the write worker; the stage uid it returns is selected
        afterwards (and its name opened for editing with `edit_name`)."""
        Op(self, self._services, label, change) \
            .success(lambda uid: self._on_applied(uid, select_row, edit_name)) \
            .failure(lambda error: self._on_model_failed(error_text(error)), (RapportError,)).run(initiator=self)

    def _on_applied(self, uid: str | None, select_row: int | None, edit_name: bool) -> None:
        self.error_label.hide()
        self.model.reload()
        row = self.model.row_of(uid) if uid else (select_row if select_row is not None else -1)
        if row >= 0:
            self.table.selectRow(row)
            if edit_name:
                self.table.edit(self.model.index(row, StagesModel.NAME))
        self._update_buttons()
        self.changed.emit()

    # --- slots -------------------------------------------------------------------------------------

    def _on_name_field_editing_finished(self) -> None:
        name = self.name_field.text()
        pipeline_uid = self.model.pipeline_uid
        if name.strip() and name.strip() == self._services.pipelines.get(pipeline_uid).name:
            return
        Op(self, self._services, self.tr("Rename pipeline “%1”").replace("%1", name.strip()),
           lambda s: s.pipelines.rename(pipeline_uid, name)) \
            .success(lambda _value: self._on_model_saved()) \
            .failure(lambda error: self._on_model_failed(error_text(error)), (RapportError,)).run(initiator=self)

    def _on_model_failed(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _on_model_saved(self) -> None:
        self.error_label.hide()
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        self.add_stage()

    def _on_remove_button_clicked(self) -> None:
        self.remove_stage()

    def _on_up_button_clicked(self) -> None:
        self.move_stage(-1)

    def _on_down_button_clicked(self) -> None:
        self.move_stage(1)

    def _on_table_current_row_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
