"""The main window: a sidebar of sections (Search, Contacts, Accounts) beside the section shown.

Search looks across every record; Contacts and Accounts are lists paged from SQLite. The status bar
keeps the counts. Deals and the rest arrive with later issues; nothing here is a dead end.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import stats
from app.contact_list import AccountListQuery, ContactListQuery
from app.services import Services
from ui.models.accounts_model import AccountsModel
from ui.models.contacts_model import ContactsModel
from ui.search_model import SearchResultsModel
from ui.views.record_list import RecordListView

SEARCH_DELAY_MS = 120
SEARCH, CONTACTS, ACCOUNTS = range(3)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self.setWindowTitle(self.tr("Rapport"))
        self.setMinimumSize(640, 400)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Search contacts, accounts, deals, activities and tasks"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search"))

        self.results_model = SearchResultsModel(self)
        self.results = QTableView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        # Compact rows, about 1.7 line heights, relative to the user's font (never fixed pixels).
        self.results.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        self.results.setShowGrid(False)
        self.results.setAlternatingRowColors(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(SearchResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SearchResultsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's disabled text colour

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.results)

        search_page = QWidget()
        layout = QVBoxLayout(search_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.stack, 1)

        db = services.store.database
        self.contacts_view = RecordListView("contacts", ContactsModel(ContactListQuery(db), self), settings, {
            "filter": self.tr("Filter contacts by name, company, e-mail, phone or city"),
            "empty": self.tr("No contacts yet. Contacts you add or import will be listed here."),
            "no_match": self.tr("No contacts match “%1”."),
        })
        self.accounts_view = RecordListView("accounts", AccountsModel(AccountListQuery(db), self), settings, {
            "filter": self.tr("Filter accounts by name, industry, website, phone or city"),
            "empty": self.tr("No accounts yet. Companies you add or import will be listed here."),
            "no_match": self.tr("No accounts match “%1”."),
        })

        self.sections = QStackedWidget()
        self.sections.addWidget(search_page)
        self.sections.addWidget(self.contacts_view)
        self.sections.addWidget(self.accounts_view)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        for label in (self.tr("Search"), self.tr("Contacts"), self.tr("Accounts")):
            QListWidgetItem(label, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.sections)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.splitter)
        self.setCentralWidget(body)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)

        self._build_menus()
        # Item views and menus clear the status bar with their (empty) status tips as the mouse
        # passes; the counts come back once they are done.
        self.statusBar().messageChanged.connect(self._on_status_bar_message_changed)
        self.refresh_counts()
        self._show_placeholder()
        self._restore_geometry()
        self._restore_sections()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._on_find_triggered)
        file_menu.addAction(find)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for section, label in ((SEARCH, self.tr("&Search")), (CONTACTS, self.tr("&Contacts")),
                               (ACCOUNTS, self.tr("&Accounts"))):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{section + 1}"))
            action.setData(section)
            action.triggered.connect(self._on_section_action_triggered)
            view_menu.addAction(action)
            self.addAction(action)  # the keys work with the menu bar hidden too

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Rapport"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def refresh_counts(self) -> None:
        figures = stats.collect(self._services.store)
        c = figures.counts
        self._counts_text = (
            self.tr("%1 contacts · %2 accounts · %3 deals · %4 activities · %5 tasks")
            .replace("%1", f"{c['contacts']:,}").replace("%2", f"{c['accounts']:,}")
            .replace("%3", f"{c['deals']:,}").replace("%4", f"{c['activities']:,}")
            .replace("%5", f"{c['tasks']:,}")
        )
        self.statusBar().showMessage(self._counts_text)
        self._record_count = sum(c.values())

    def run_search(self) -> None:
        text = self.search_field.text()
        hits = self._services.search.search(text) if text.strip() else []
        self.results_model.set_hits(hits)
        if hits:
            self.stack.setCurrentWidget(self.results)
        elif text.strip():
            self.placeholder.setText(self.tr("Nothing matches “%1”.").replace("%1", text.strip()))
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self._show_placeholder()

    def _show_placeholder(self) -> None:
        if self._record_count:
            self.placeholder.setText(self.tr("Type a name, company, e-mail, phone number or any word from a note."))
        else:
            self.placeholder.setText(self.tr(
                "Rapport is empty. To look around with sample data, run:\n\nrapport demo"
            ))
        self.stack.setCurrentWidget(self.placeholder)

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.run_search()

    def show_section(self, section: int) -> None:
        self.sidebar.setCurrentRow(section)

    def _focus_section(self) -> None:
        """Keyboard focus where work starts in the section shown: its search or filter field, or its list."""
        current = self.sections.currentWidget()
        if isinstance(current, RecordListView):
            target: QWidget = current.table if current.model.rowCount() else current.filter_field
        else:
            target = self.search_field
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.sections.setCurrentIndex(row)

    def _on_section_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_section(int(action.data()))
            self._focus_section()

    def _on_status_bar_message_changed(self, text: str) -> None:
        if not text:
            self.statusBar().showMessage(self._counts_text)

    def _on_find_triggered(self) -> None:
        # Find filters the list in view (UI.md 6), or searches everything from the Search section.
        current = self.sections.currentWidget()
        if isinstance(current, RecordListView) and current.filter_field.isEnabled():
            current.focus_filter()
            return
        self.show_section(SEARCH)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Rapport"), self.tr(
            "Rapport — an offline-first CRM for small business.\nData folder: %1"
        ).replace("%1", str(self._services.store.data_dir)))

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def _restore_sections(self) -> None:
        state = self._settings.value("mainWindow/splitter")
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            sidebar_width = self.fontMetrics().averageCharWidth() * 20
            self.splitter.setSizes([sidebar_width, max(self.width() - sidebar_width, sidebar_width)])
        section = str(self._settings.value("mainWindow/section", SEARCH))
        self.show_section(int(section) if section.isdigit() and int(section) < self.sections.count() else SEARCH)
        self._focus_section()  # takes effect when the window is first activated

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("mainWindow/geometry", self.saveGeometry())
        self._settings.setValue("mainWindow/splitter", self.splitter.saveState())
        self._settings.setValue("mainWindow/section", self.sections.currentIndex())
        super().closeEvent(event)
