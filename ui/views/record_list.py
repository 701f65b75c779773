"""A list of records: a filter field, a tag filter and a column chooser above a table, and a message in
place of the table when it is empty.

Column widths, shown columns and the sort are kept in the QSettings passed in, under `<name>/header`. Saved
filters (segments: a name for a filter text, a tag and conditions on columns) are data (app/segments.py), kept
in the database; those an older Rapport kept under `<name>/segments` in the settings are taken in once.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.contact_list import Condition
from app.custom_fields import FieldDefinition
from app.list_names import LISTS as SEGMENT_LISTS
from app.segments import Segment
from app.services import Services
from ui.flow_layout import FlowLayout
from ui.models.record_list_model import RecordListModel
from ui.operations.operation import Op
from ui.pipeline.look import count_text
from ui.views.column_filter import ColumnFilterDialog, condition_text
from ui.views.keys import down_enters, undo_falls_through
from ui.workers import READS, Task

FILTER_DELAY_MS = 120


def settings_segments(settings: QSettings, name: str) -> list[Segment]:
    """The segments an older Rapport kept in this machine's settings for the list `name`."""
    try:
        raw = json.loads(str(settings.value(f"{name}/segments", "[]")))
        return [Segment(name, str(item["name"]), str(item.get("text", "")), str(item.get("tag", ""))) for item in raw]
    except (ValueError, TypeError, KeyError):
        return []  # a hand-edited settings file: no segments rather than no window


class RecordListView(QWidget):
    """`texts`: the words this list uses, so one widget serves contacts and accounts alike:
    "filter" (placeholder of the field), "empty" (no records at all), "no_match" (with %1 for the filter).
    `tags`: the tag names to offer in the tag filter.

    Signals: segments_changed() after a filter was saved as a segment or one was removed."""

    segments_changed = Signal()

    def __init__(self, name: str, model: RecordListModel, settings: QSettings, texts: dict[str, str],
                 parent: QWidget | None = None, *, tags: Callable[[], list[str]] = list,
                 custom_fields: Callable[[], list[FieldDefinition]] = list, services: Services | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._settings = settings
        self._texts = texts
        self._services = services
        self.model = model
        self._has_segments = services is not None and name in SEGMENT_LISTS
        if services is not None:
            model.count_with(functools.partial(self._count_apart, services))
        self._adopt_settings_segments()
        self._custom_fields = custom_fields
        model.set_custom_fields(custom_fields())  # before the header's state is restored: as many columns

        self.filter_field = QLineEdit()
        self.filter_field.setObjectName(f"{name}Filter")
        self.filter_field.setPlaceholderText(texts["filter"])
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setAccessibleName(texts["filter"])
        self._tags = tags
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName(f"{name}TagFilter")
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.setToolTip(self.tr("Only records with this tag"))
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.activated.connect(self._on_tag_filter_activated)
        self.save_button = QPushButton(self.tr("Save as &Segment…"))
        self.save_button.setToolTip(self.tr("Keep this filter in the navigation"))
        self.save_button.clicked.connect(self.save_segment)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Co&lumns"))
        self.columns_button.setToolTip(self.tr("Choose the columns shown"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self._filters_menu = QMenu(self.tr("&Filter by"), self.columns_menu)  # (one, filled anew each time)
        self.columns_button.setMenu(self.columns_menu)
        self.conditions_button = QToolButton()
        self.conditions_button.setObjectName(f"{name}Conditions")
        self.conditions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.conditions_button.setToolTip(self.tr("The columns the list is filtered by: choose one to remove it"))
        self.conditions_menu = QMenu(self.conditions_button)
        self.conditions_menu.aboutToShow.connect(self._fill_conditions_menu)
        self.conditions_button.setMenu(self.conditions_menu)
        self.conditions_button.hide()

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
        self._show_custom_columns()
        self.table.setSortingEnabled(True)  # sorts the model by the (restored) indicator

        down_enters(self.filter_field, self.table)  # Down from the filter into the rows it left
        undo_falls_through(self.filter_field)

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
        # The filter takes the room its line has; narrow, the buttons go to a line of their own rather than
        # squeeze it to "Fi…".
        self.filter_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        bar = FlowLayout()
        bar.add_stretching(self.filter_field)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.conditions_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.columns_button)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.filter_field.textChanged.connect(self._on_filter_field_text_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sectionResized.connect(self._on_header_changed)
        header.sectionMoved.connect(self._on_header_changed)
        header.sortIndicatorChanged.connect(self._on_header_changed)
        model.modelReset.connect(self._on_model_reset)
        self.refresh_tags()
        self.save_button.setEnabled(False)  # nothing filtered yet: nothing to save
        self.save_button.setVisible(self._has_segments)
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
        self.model.set_filter(self.filter_field.text().strip(), self.current_tag())
        self.save_button.setEnabled(bool(self.filter_field.text().strip() or self.current_tag()
                                         or self.model.conditions))
        self.save_button.setVisible(self._has_segments)

    def filter_now(self, text: str) -> None:
        """The list filtered by `text` at once, as after typing it and the pause (`rapport --filter`)."""
        self.filter_field.setText(text)
        self.apply_filter()

    def sort_by(self, column_name: str, *, descending: bool = False) -> bool:
        """Sorted by the column of this query name ("city", "custom:budget"), as a click on its header does;
        False when the list has no such column (a custom field not defined, or hidden)."""
        column = next((c for c in range(self.model.columnCount()) if self.model.column_name(c) == column_name), None)
        if column is None:
            return False
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)
        return True

    def set_conditions(self, conditions: list[Condition]) -> None:
        """The list filtered by these columns (with the text and the tag), said in the bar."""
        self.model.set_conditions(conditions, match_any=self.model.match_any and len(conditions) > 1)
        count = len(self.model.conditions)
        self.conditions_button.setText(count_text(self.tr("Filtered by %n column(s)", "", count), count))
        self.conditions_button.setVisible(bool(count))
        self.apply_filter()

    def filter_by_column(self, column: int) -> ColumnFilterDialog | None:
        """Ask how to filter by a column (its header's menu), then filter: one more condition."""
        name = self.model.column_name(column)
        if not name:
            return None
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        field = self.model.custom_field(column)
        dialog = ColumnFilterDialog(title, field.field_type if field is not None else "text", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_conditions([*self.model.conditions, dialog.condition(name)]))
        dialog.open()
        return dialog

    def filter_by_field(self, name: str) -> ColumnFilterDialog:
        """Ask how to filter by one of the record's fields that is not a column (Columns ▸ Filter by)."""
        dialog = ColumnFilterDialog(self.model.field_title(name), self.model.field_types.get(name, "text"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_conditions([*self.model.conditions, dialog.condition(name)]))
        dialog.open()
        return dialog

    def _title_of(self, name: str) -> str:
        for column in range(self.model.columnCount()):
            if self.model.column_name(column) == name:
                return str(self.model.headerData(column, Qt.Orientation.Horizontal))
        return self.model.field_title(name) or name

    def _fill_conditions_menu(self) -> None:
        menu = self.conditions_menu
        menu.clear()
        conditions = list(self.model.conditions)
        for at, (name, operator, value) in enumerate(conditions):
            shown = condition_text(self._title_of(name), operator, value)
            action = menu.addAction(self.tr("Remove: %1").replace("%1", shown))
            action.triggered.connect(lambda _checked=False, at=at: self.set_conditions(
                [c for i, c in enumerate(self.model.conditions) if i != at]))
        menu.addSeparator()
        if len(conditions) > 1:
            any_one = menu.addAction(self.tr("Rows Matching &Any One"))
            any_one.setCheckable(True)
            any_one.setChecked(self.model.match_any)
            any_one.toggled.connect(self._on_match_any_toggled)
        menu.addAction(self.tr("Show All Rows"), lambda: self.set_conditions([]))

    def _on_match_any_toggled(self, checked: bool) -> None:
        self.model.set_conditions(list(self.model.conditions), match_any=checked)
        self.apply_filter()

    def current_tag(self) -> str:
        return str(self.tag_filter.currentData() or "")

    def refresh_tags(self) -> None:
        """Offer the tags there are now (after an import or an edit added some)."""
        current = self.current_tag()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for name in self._tags():
            self.tag_filter.addItem(name, name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.setVisible(self.tag_filter.count() > 1)  # no tags yet: nothing to choose
        self.tag_filter.blockSignals(False)

    def show_segment(self, segment: Segment) -> None:
        """Apply a saved filter."""
        self.model.set_conditions(list(segment.conditions), match_any=segment.match_any)
        count = len(self.model.conditions)
        self.conditions_button.setText(count_text(self.tr("Filtered by %n column(s)", "", count), count))
        self.conditions_button.setVisible(bool(self.model.conditions))
        self.refresh_tags()
        if segment.tag and self.tag_filter.findData(segment.tag) < 0:
            self.tag_filter.addItem(segment.tag, segment.tag)  # a tag no record has any more: shows none
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(segment.tag)))
        self.filter_field.blockSignals(True)
        self.filter_field.setText(segment.text)
        self.filter_field.blockSignals(False)
        self.apply_filter()

    def segments(self) -> list[Segment]:
        return self._services.segments.list(self._name) if self._services is not None and self._has_segments else []

    def _count_apart(self, services: Services, count: Callable[[], object], done: Callable[[object], None]) -> None:
        """The list's count, read on the window's read pool; a count that fails leaves the first page listed and
        says why in the status line."""
        task = Task(lambda _task: count(), services)
        task.succeeded.connect(done)
        task.failed.connect(self._say_count_failed)
        task.start(READS)

    def _say_count_failed(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("The list could not be counted: %1").replace("%1", text), 10_000)

    def _adopt_settings_segments(self) -> None:
        found = settings_segments(self._settings, self._name)
        if self._services is not None and self._has_segments and found:
            self._services.segments.adopt(found)
        if self._services is not None and self._settings.contains(f"{self._name}/segments"):
            self._settings.remove(f"{self._name}/segments")  # in the database from now on

    def save_segment(self, name: str | None = None) -> Segment | None:
        """Keep the current filter under a name the user gives (asked for when `name` is None): one operation,
        undoable, written off the UI thread; segments_changed() once it is kept."""
        text, tag, conditions = self.filter_field.text().strip(), self.current_tag(), self.model.conditions
        if not (text or tag or conditions):
            return None
        if name is None:
            suggestion = " · ".join(part for part in (text, tag, *(
                condition_text(self._title_of(c[0]), c[1], c[2]) for c in conditions)) if part)
            name, ok = QInputDialog.getText(self, self.tr("Save as Segment"), self.tr("Name of the segment:"),
                                            QLineEdit.EchoMode.Normal, suggestion)
            if not ok:
                return None
        name = " ".join(name.split())
        if not name:
            return None
        segment = Segment(self._name, name, text, tag, tuple(conditions), self.model.match_any)
        if self._services is None or not self._has_segments:
            return None
        Op(self, self._services, self.tr("Save the segment “%1”").replace("%1", name),
           lambda services: services.segments.save(segment)) \
            .success(lambda _result: self.segments_changed.emit()).run(initiator=self)
        return segment

    def remove_segment(self, name: str) -> None:
        if self._services is None:
            return
        Op(self, self._services, self.tr("Remove the segment “%1”").replace("%1", name),
           lambda services: services.segments.remove(self._name, name)) \
            .success(lambda _result: self.segments_changed.emit()).run(initiator=self)

    def set_column_shown(self, column: int, shown: bool) -> None:
        if column == 0 and not shown:
            return  # the name column stays: a row must say whose it is
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        if shown and self.model.rowCount():  # a column asked for is brought into sight
            top = max(self.table.rowAt(0), 0)
            self.table.scrollTo(self.model.index(top, column))
        custom = column - len(self.model.headers)
        if 0 <= custom < len(self.model.custom_fields):
            key = self.model.custom_fields[custom].key
            keys = self._custom_shown() - {key} | ({key} if shown else set())
            self._settings.setValue(f"{self._name}/customColumns", json.dumps(sorted(keys)))
        self._on_header_changed()

    def refresh_custom_columns(self) -> None:
        """The custom fields of the kind as columns after the fixed ones (a field added, relabelled, moved
        or removed): each shown when the user chose to show it, hidden at first."""
        if self.model.set_custom_fields(self._custom_fields()):
            self._show_custom_columns()
            header = self.table.horizontalHeader()
            sorted_by = next((c for c in range(self.model.columnCount())
                              if self.model.column_name(c) == self.model.sort_column), 0)
            if header.sortIndicatorSection() != sorted_by:  # fields moved: the arrow follows what is sorted
                header.blockSignals(True)
                header.setSortIndicator(sorted_by, Qt.SortOrder.DescendingOrder if self.model.descending
                                        else Qt.SortOrder.AscendingOrder)
                header.blockSignals(False)
                self._on_header_changed()

    def _custom_shown(self) -> set[str]:
        """The keys of the custom fields whose columns the user shows (kept by key: fields come and go)."""
        try:
            return {str(k) for k in json.loads(str(self._settings.value(f"{self._name}/customColumns", "[]")))}
        except (ValueError, TypeError):
            return set()

    def _show_custom_columns(self) -> None:
        header = self.table.horizontalHeader()
        shown = self._custom_shown()
        for offset, definition in enumerate(self.model.custom_fields):
            header.setSectionHidden(len(self.model.headers) + offset, definition.key not in shown)

    def _fill_columns_menu(self, menu: QMenu | None = None) -> QMenu:
        menu = menu or self.columns_menu
        menu.clear()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, column=column: self.set_column_shown(column, shown))
            menu.addAction(action)
        if menu is self.columns_menu:  # the keyboard's way to a column's filter (Alt+L, then F)
            filters = self._filters_menu
            filters.clear()
            menu.addMenu(filters)
            for column in range(self.model.columnCount()):
                if not header.isSectionHidden(column):
                    title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                    filters.addAction(title, functools.partial(self.filter_by_column, column))
            if self.model.field_titles:  # the record's other fields, not shown as columns
                filters.addSeparator()
                for name in self.model.field_titles:
                    filters.addAction(self.model.field_title(name), functools.partial(self.filter_by_field, name))
        return menu

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        menu = self._fill_columns_menu(QMenu(self))
        column = self.table.horizontalHeader().logicalIndexAt(position)
        if column >= 0:
            menu.addSeparator()
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            menu.addAction(self.tr("Filter by “%1”…").replace("%1", title), lambda: self.filter_by_column(column))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def _on_tag_filter_activated(self, _index: int) -> None:
        self.apply_filter()

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
        self.tag_filter.setCurrentIndex(0)
        self.set_conditions([])
        self.filter_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_model_reset(self) -> None:
        if self.model.rowCount():
            self.filter_field.setEnabled(True)
            self.stack.setCurrentWidget(self.table)
            return
        text = self.model.filter_text or self.current_tag() or ", ".join(
            condition_text(self._title_of(c[0]), c[1], c[2]) for c in self.model.conditions)
        if text:
            self.message.setText(self._texts["no_match"].replace("%1", text))
        else:
            self.message.setText(self._texts["empty"])
        self.clear_button.setVisible(bool(text))
        self.filter_field.setEnabled(bool(text))  # nothing to filter until there are records (UI.md 7)
        self.stack.setCurrentWidget(self._message_page)
