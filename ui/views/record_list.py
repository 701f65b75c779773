"""A list of records: a filter field above a table, and a message in place of the table when it is empty.

Column widths and the sort are kept in the QSettings passed in, under `<name>/header`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.record_list_model import RecordListModel

FILTER_DELAY_MS = 120


class RecordListView(QWidget):
    """`texts`: the words this list uses, so one widget serves contacts and accounts alike:
    "filter" (placeholder of the field), "empty" (no records at all), "no_match" (with %1 for the filter)."""

    def __init__(self, name: str, model: RecordListModel, settings: QSettings, texts: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._settings = settings
        self._texts = texts
        self.model = model

        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{name}Filter")
        self.filter_field.setPlaceholderText(texts["filter"])
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setAccessibleName(texts["filter"])

        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Compact rows, about 1.7 line heights of the user's font; Fixed, so Qt never measures
        # 100,000 rows to size them.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        # Widths in characters of the user's font (name, company, e-mail, phone, city); the last stretches.
        char = self.fontMetrics().averageCharWidth()
        for section, chars in enumerate((22, 20, 24, 16, 12)):
            header.resizeSection(section, char * chars)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # Qt's default is descending
        self._restore_header()
        self.table.setSortingEnabled(True)  # sorts the model by the (restored) indicator

        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setEnabled(False)  # drawn in the palette's disabled text colour
        self.clear_button = QPushButton(self.tr("Clear filter"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message)
        message_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)
        self._message_page = message_page

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(message_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.filter_field.textChanged.connect(self._on_filter_field_text_changed)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        header.sortIndicatorChanged.connect(self._on_header_changed)
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self._message_page

    def focus_filter(self) -> None:
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    def apply_filter(self) -> None:
        """Filter now rather than after the typing pause (tests, and Enter in the field)."""
        self._filter_timer.stop()
        self.model.set_filter(self.filter_field.text().strip())

    def _restore_header(self) -> None:
        state = self._settings.value(f"{self._name}/header")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def _on_header_changed(self, *_args: object) -> None:
        self._settings.setValue(f"{self._name}/header", self.table.horizontalHeader().saveState())

    def _on_filter_field_text_changed(self, _text: str) -> None:
        self._filter_timer.start()

    def _on_filter_timer_timeout(self) -> None:
        self.apply_filter()

    def _on_clear_button_clicked(self) -> None:
        self.filter_field.clear()
        self.apply_filter()
        self.filter_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_model_reset(self) -> None:
        if self.model.rowCount():
            self.filter_field.setEnabled(True)
            self.stack.setCurrentWidget(self.table)
            return
        text = self.model.filter_text
        if text:
            self.message.setText(self._texts["no_match"].replace("%1", text))
        else:
            self.message.setText(self._texts["empty"])
        self.clear_button.setVisible(bool(text))
        self.filter_field.setEnabled(bool(text))  # nothing to filter until there are records (UI.md 7)
        self.stack.setCurrentWidget(self._message_page)
