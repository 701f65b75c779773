"""The Leads section: a capture line on top ("Anna Petrova, Sever LLC, anna@…, from the fair": what it read is
shown under it before Enter), the Open, Qualified, Disqualified and All lists, and the lead's pane beside them.

Keys: Enter in the capture line adds the lead (the line stays, for the next one); Down goes to the list;
Enter on a lead goes into its pane; Ctrl+Shift+Q qualifies, Ctrl+Shift+X disqualifies (the window's Record
menu), Delete moves it to the Trash.

Signals:
    open_record(str, str): a record to open (what a lead became, a call's deal).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.lead_capture import read_capture
from app.leads import OPEN_STATUSES, LeadRecord
from app.services import Services
from ui.detail.inline_field import error_color
from ui.detail.timeline_model import local
from ui.leads.lead_pane import LeadDetailPane, status_word
from ui.operations.operation import Op
from ui.operations.undo_stack import LogUndoStack
from ui.said import in_words
from ui.views.keys import down_enters, undo_falls_through
from ui.views.tables import record_table

Index = QModelIndex | QPersistentModelIndex
NAME, COMPANY, STATUS, SOURCE, OWNER, CAPTURED = range(6)
TABS = (OPEN_STATUSES, ("qualified",), ("disqualified",), ("new", "contacted", "qualified", "disqualified"))
SHOWN_AT_MOST = 5_000  # the newest; the search finds the others


class LeadsModel(QAbstractTableModel):
    UidRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LeadRecord] = []

    def set_rows(self, rows: list[LeadRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Company"), self.tr("Status"), self.tr("Source"), self.tr("Owner"),
                self.tr("Captured"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        lead = self.rows[index.row()]
        if role == self.UidRole:
            return lead.uid
        if role == Qt.ItemDataRole.UserRole:  # what the column sorts by
            if index.column() == CAPTURED:
                return lead.meta.created_at.isoformat()
            return str(self.data(index) or "").casefold()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        data = lead.data
        column = index.column()
        if column == NAME:
            return data.name or data.company
        if column == COMPANY:
            return data.company if data.name else ""
        if column == SOURCE:
            return data.source
        if column == STATUS:
            return status_word(data.status)
        if column == OWNER:
            return data.owner
        return QLocale().toString(local(lead.meta.created_at).date(), QLocale.FormatType.ShortFormat)

    def row_of(self, uid: str) -> int:
        return next((i for i, lead in enumerate(self.rows) if lead.uid == uid), -1)


class LeadsView(QWidget):
    open_record = Signal(str, str)

    def __init__(self, services: Services, settings: QSettings, undo_stack: LogUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._adding = False  # a lead from the line is being written

        self.capture = QLineEdit()
        self.capture.setObjectName("leadCapture")
        self.capture.setPlaceholderText(self.tr("Add a lead: “Anna Petrova, Sever LLC, anna@sever.example.org,"
                                                " from the fair”"))
        self.capture.setAccessibleName(self.tr("New lead"))
        self.capture.setClearButtonEnabled(True)
        undo_falls_through(self.capture)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the lead (Enter)"))
        self.add_button.setEnabled(False)
        self.preview = QLabel()
        self.preview.setObjectName("leadPreview")
        self.preview.setWordWrap(True)
        self.preview.setEnabled(False)

        self.tabs = QTabBar()
        self.tabs.setObjectName("leadTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setUsesScrollButtons(False)  # every list's name whole, never behind scroll arrows
        for label in (self.tr("Open"), self.tr("Qualified"), self.tr("Disqualified"), self.tr("All")):
            self.tabs.addTab(label)

        self.model = LeadsModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = record_table(self.sorted, "leadTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CAPTURED, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Who and what first, each readable in a narrow window; the rest further right.
        for column, chars in ((NAME, 22), (COMPANY, 20), (STATUS, 19), (SOURCE, 16), (OWNER, 14), (CAPTURED, 11)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars)
        header.setHighlightSections(False)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("leadsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.placeholder)

        self.pane = LeadDetailPane(services, undo_stack, shortcuts=False)
        self.pane.open_record.connect(self.open_record)
        self.pane.changed.connect(self.reload)

        left = QWidget()
        list_column = QVBoxLayout(left)
        list_column.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.addWidget(self.capture, 1)
        add_row.addWidget(self.add_button)
        list_column.addLayout(add_row)
        list_column.addWidget(self.preview)
        list_column.addWidget(self.tabs)
        list_column.addWidget(self.stack, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("leadsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = settings.value("leads/splitter")
        self._split = state is not None and self.splitter.restoreState(state)  # else: at the first showing
        self.splitter.splitterMoved.connect(
            lambda *_: self._settings.setValue("leads/splitter", self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.capture.textChanged.connect(self._on_capture_text_changed)
        self.capture.returnPressed.connect(self.add_from_capture)
        self.add_button.clicked.connect(self.add_from_capture)
        down_enters(self.capture, self.table)
        tab = int(str(settings.value("leads/tab", 0) or 0))
        self.tabs.setCurrentIndex(tab if 0 <= tab < len(TABS) else 0)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_capture_text_changed("")
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split and self.splitter.width() > 0:
            # The list its readable share (name, company, status), the pane the rest: left to themselves the
            # pane's buttons and timeline took three quarters and cut the list's third column.
            self._split = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 11 // 20, width - width * 11 // 20])

    # --- public ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again, keeping the lead in hand (and the pane on it)."""
        current = self.current_uid()
        had_focus = self.table.hasFocus()
        statuses = TABS[self.tabs.currentIndex()]
        self.model.set_rows(self._services.leads.list(statuses=statuses, limit=SHOWN_AT_MOST))
        if self.model.rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self.placeholder.setText(self.tr("No leads yet. Type one in the line above, or import a web form’s"
                                             " CSV (File ▸ Import Leads…).") if self.tabs.currentIndex() in (0, 3)
                                     else self.tr("None here."))
            self.stack.setCurrentWidget(self.placeholder)
            if had_focus:  # (the list hidden would take the keyboard with it)
                self.capture.setFocus(Qt.FocusReason.OtherFocusReason)
        if current and self._select(current):
            return
        if self.pane.uid is not None:
            self.pane.show_record(self.pane.uid)  # (its own state: qualified, in the Trash)

    def current_uid(self) -> str:
        """The lead chosen in the list (selected: not merely the row the keyboard's focus is on)."""
        rows = self.table.selectionModel().selectedRows(NAME)
        return str(rows[0].data(LeadsModel.UidRole) or "") if rows else ""

    def show_lead(self, uid: str) -> None:
        """Show this lead, in whichever list holds it."""
        if not self._select(uid):
            record = self._services.leads.find(uid)
            if record is not None:
                wanted = next((i for i, s in enumerate(TABS) if record.data.status in s), len(TABS) - 1)
                self.tabs.setCurrentIndex(wanted)  # reloads
                self._select(uid)
        self.pane.show_record(uid)

    def focus_capture(self) -> None:
        self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.capture.selectAll()

    def add_from_capture(self) -> None:
        text = self.capture.text()
        if not text.strip() or self._adding:
            return  # (Enter held down, or pressed again while the lead is being written: one lead)
        data = read_capture(text)
        self._adding = True
        self.add_button.setEnabled(False)

        def create(services: Services) -> str:
            return services.leads.create(data).value.uid

        Op(self, self._services, self.tr("New lead “%1”").replace("%1", data.name or data.company), create) \
            .success(self._on_added).failure(self._on_refused).run(initiator=self)

    # --- inside ---------------------------------------------------------------------------------------

    def _on_added(self, uid: str) -> None:
        self._adding = False
        self.capture.clear()
        if self.tabs.currentIndex() not in (0, 3):
            self.tabs.setCurrentIndex(0)
        self.reload()
        self._select(uid)
        self.capture.setFocus(Qt.FocusReason.OtherFocusReason)  # the next one

    def _on_refused(self, error: Exception) -> None:
        self._adding = False
        self.add_button.setEnabled(bool(self.capture.text().strip()))
        palette = self.preview.palette()
        palette.setColor(self.preview.foregroundRole(), error_color(self.palette()))
        self.preview.setPalette(palette)
        self.preview.setEnabled(True)
        self.preview.setText(self.tr("Not added: %1").replace("%1", in_words(error)))

    def _on_capture_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        self.preview.setPalette(self.palette())
        self.preview.setEnabled(False)
        if not text.strip():
            self.preview.setText(self.tr("Name, company, e-mail, phone, “from” a source — separated by commas"))
            return
        data = read_capture(text)
        parts = [(self.tr("Person"), data.name), (self.tr("Company"), data.company), (self.tr("E-mail"), data.email),
                 (self.tr("Phone"), data.phone), (self.tr("Source"), data.source), (self.tr("Notes"), data.notes)]
        # Each "label: value" whole on its line (wrapped only between them, never inside "E-mail" or a number).
        self.preview.setText(" · ".join(f"{label}: {value}".replace(" ", "\u00a0") for label, value in parts if value))

    def _on_tabs_current_changed(self, index: int) -> None:
        self._settings.setValue("leads/tab", index)
        self.reload()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # The row the user chose (selected), not merely the list's current one: the list giving the keyboard's
        # focus to its first row, after the lead in hand left it (qualified, disqualified), selects nothing and
        # never puts another lead in the pane — whose keys (Delete) act on the lead it shows.
        rows = self.table.selectionModel().selectedRows(NAME)
        uid = str(rows[0].data(LeadsModel.UidRole) or "") if rows else ""
        if uid and uid != self.pane.uid:
            self.pane.show_record(uid)

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.pane.focus_first_field()

    def _select(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        index = self.sorted.mapFromSource(self.model.index(row, NAME))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.table.currentIndex().isValid():
            self.pane.focus_first_field()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
