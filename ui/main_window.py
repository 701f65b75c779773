"""The main window: a sidebar of sections beside the section shown (UI.md 1).

Search looks across every record; Contacts and Accounts are lists paged from SQLite, each beside the
detail pane of the record selected; Deals is the pipeline board or list with the deal's pane; the
Trash keeps what was deleted. Edit → Undo / Redo read the one undo log (ui/operations/undo_stack.py). Any
record links to any other through `open_record(kind, uid)`. The status bar keeps the counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import NotFoundError, RapportError
from app.leads import LeadRecord
from app.links import Link
from app.services import Services
from ui import i18n, theme
from ui.detail import next_step
from ui.detail.account_pane import AccountDetailPane
from ui.detail.base_pane import RecordDetailPane
from ui.detail.contact_pane import ContactDetailPane
from ui.detail.new_record import NewAccountSheet, NewContactSheet
from ui.detail.sheets import Sheet
from ui.focus_return import hand_back_focus
from ui.icons import icon
from ui.leads.lead_pane import LeadDetailPane
from ui.models.accounts_model import AccountsModel
from ui.models.contacts_model import ContactsModel
from ui.office import MineFilter, ask_who_i_am
from ui.operations.operation import Op, operations
from ui.operations.undo_stack import LogUndoStack
from ui.palette import CommandPalette, plain_text
from ui.pipeline.look import count_text
from ui.said import in_words
from ui.search_model import SearchResultsModel
from ui.shortcuts_dialog import ShortcutsDialog
from ui.single_instance import ViewAsked
from ui.views.keys import down_enters, undo_falls_through
from ui.views.lazy_section import LazySection
from ui.views.record_list import RecordListView
from ui.views.record_section import RecordSection
from ui.welcome import WelcomePage
from ui.workers import READS, Task

if TYPE_CHECKING:
    from app.lead_import import LeadImport
    from ui.calendar.calendar_view import CalendarView
    from ui.currencies_dialog import CurrenciesDialog
    from ui.custom_fields_dialog import CustomFieldsDialog
    from ui.dashboard.view import DashboardView
    from ui.detail.trash import TrashView
    from ui.duplicates import DuplicatesView
    from ui.exporter import ExportDialog
    from ui.importer import ImportWizard
    from ui.leads.leads_view import LeadsView
    from ui.mail_accounts_dialog import MailAccountsDialog
    from ui.mail_dialog import MailImportDialog
    from ui.mail_fetcher import MailFetcher
    from ui.pipeline.deals_view import DealsView
    from ui.pipeline.past_dialog import PastPipelineDialog
    from ui.reminders import ReminderScheduler
    from ui.reports_dialog import ReportsDialog
    from ui.sync.controller import SyncController
    from ui.tasks.tasks_view import TasksView

SEARCH_DELAY_MS = 120
SIDEBAR_ROLE = Qt.ItemDataRole.UserRole + 1  # (section, segment name or "")
SAMPLE_CONTACTS = 300
_Beside = TypeVar("_Beside", bound=QDialog)  # a read-only dialog shown beside the window (one of each)
EACH_CURRENCY_KEY = "deals/eachCurrency"  # the board's totals per currency rather than added up (View menu)
SEARCH, CONTACTS, ACCOUNTS, DEALS, TASKS, CALENDAR, DASHBOARD, DUPLICATES, TRASH, LEADS = range(10)
# The sidebar's order (the sections' numbers stay as they were: a window's saved section, Ctrl+1…9).
SIDEBAR_ORDER = (SEARCH, CONTACTS, ACCOUNTS, LEADS, DEALS, TASKS, CALENDAR, DASHBOARD, DUPLICATES, TRASH)
SEGMENT_LISTS = {CONTACTS: "contacts", ACCOUNTS: "accounts"}  # the lists with segments (app/segments.py)
# The sections by the names `rapport --show` takes (cli/commands.py WINDOW_SECTIONS).
SECTION_NAMES = {"search": SEARCH, "contacts": CONTACTS, "accounts": ACCOUNTS, "leads": LEADS, "deals": DEALS,
                 "tasks": TASKS, "calendar": CALENDAR, "dashboard": DASHBOARD, "duplicates": DUPLICATES,
                 "trash": TRASH}


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    translators: list[QTranslator]  # set by run_gui: the installed translations, kept alive with the window
    page_check: object  # set by run_gui for a large database: the check of its pages in the background
    sync_loading: object  # set by run_gui: sync's modules loading off the UI thread, then start_sync()

    def __init__(self, services: Services, settings: QSettings, first_view: ViewAsked | None = None) -> None:
        """`first_view`: the section (and list filter and sort) to open on rather than the one shown last."""
        super().__init__()
        self._services = services
        self._settings = settings
        self.setWindowTitle(self.tr("Rapport"))
        self.setMinimumSize(640, 400)
        self.setAcceptDrops(True)  # vCard, CSV and iCalendar files dropped anywhere open the import

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Search contacts, accounts, leads, deals, activities and tasks"))
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
        self.welcome = WelcomePage()
        self.welcome.add_contact_requested.connect(self.new_contact)
        self.welcome.import_requested.connect(self.import_files)
        self.welcome.sample_requested.connect(self.fill_with_sample_data)
        self.stack.addWidget(self.welcome)

        search_page = self.search_page = QWidget()
        layout = QVBoxLayout(search_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.stack, 1)

        # Every user action's write comes back here with what it changed (ui/operations/operation.py).
        self.operations = operations(services)
        self.operations.operation_did_execute.connect(self._on_operation_did_execute)
        self.operations.operation_failed.connect(self._on_operation_failed)
        self.mine = MineFilter(services, settings, self)  # Deals and Tasks: only what the user owns
        self.undo_stack = LogUndoStack(services, self)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.undo_stack.failed.connect(self._on_undo_stack_failed)
        # An undo or redo may change any record, in any section (a deal moved back, a whole import gone).
        self.undo_stack.replayed.connect(self._on_bulk_change)
        queries = services.queries
        self.contacts_view = RecordListView("contacts", ContactsModel(queries.contact_list(), self), settings, {
            "filter": self.tr("Filter contacts by name, company, e-mail, phone or city"),
            "empty": self.tr("No contacts yet. Contacts you add or import will be listed here."),
            "no_match": self.tr("No contacts match “%1”."),
        }, tags=self._tag_names, custom_fields=lambda: services.custom_fields.definitions("contact"), services=services)
        self.accounts_view = RecordListView("accounts", AccountsModel(queries.account_list(), self), settings, {
            "filter": self.tr("Filter accounts by name, industry, website, phone or city"),
            "empty": self.tr("No accounts yet. Companies you add or import will be listed here."),
            "no_match": self.tr("No accounts match “%1”."),
        }, tags=self._tag_names, custom_fields=lambda: services.custom_fields.definitions("account"), services=services)
        # The window owns Undo, Redo and Delete: the panes' own shortcuts would clash with them.
        self.contact_pane = ContactDetailPane(services, self.undo_stack, shortcuts=False)
        self.account_pane = AccountDetailPane(services, self.undo_stack, shortcuts=False)
        self.contacts_section = RecordSection("contacts", self.contacts_view, self.contact_pane, settings)
        self.accounts_section = RecordSection("accounts", self.accounts_view, self.account_pane, settings)
        for pane in (self.contact_pane, self.account_pane):
            pane.follow_up_due.connect(self.offer_next_step)
        for section in (self.contacts_section, self.accounts_section):
            section.open_record.connect(self.open_record)  # their writes come back through the operations
            section.record_shown.connect(self._on_section_record_shown)
        self.results.activated.connect(self._on_results_activated)
        down_enters(self.search_field, self.results)  # Down from the search into its results; Enter opens
        undo_falls_through(self.search_field)
        # The other sections are made when first shown (ui/views/lazy_section.py: the start stays fast).
        self._deals = LazySection("deals", self._make_deals)
        self._tasks = LazySection("tasks", self._make_tasks)
        self._calendar = LazySection("calendar", self._make_calendar)
        self._dashboard = LazySection("dashboard", self._make_dashboard)
        self._duplicates = LazySection("duplicates", self._make_duplicates)
        self._trash = LazySection("trash", self._make_trash)
        self._leads = LazySection("leads", self._make_leads)

        self.sections = QStackedWidget()
        self.sections.addWidget(search_page)
        self.sections.addWidget(self.contacts_section)
        self.sections.addWidget(self.accounts_section)
        for holder in (self._deals, self._tasks, self._calendar, self._dashboard, self._duplicates, self._trash,
                       self._leads):
            self.sections.addWidget(holder)
        self.reminders: ReminderScheduler | None = None  # started by start_reminders(), after the window is up
        self.sync_controller: SyncController | None = None  # started by start_sync(), after the window is up
        self._mail_fetcher: MailFetcher | None = None
        self._applying_sync = False
        self._filling_sample = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.customContextMenuRequested.connect(self._on_sidebar_context_menu_requested)
        self._fill_sidebar()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        for view in (self.contacts_view, self.accounts_view):
            view.segments_changed.connect(self._fill_sidebar)

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
        # Counting 100,000 records takes 0.1 s: the counts come just after the window is up; whether
        # there is anything at all (welcome page or not) is known at once.
        self._counts_text = ""
        self._counts_task: Task | None = None
        self._counts_again = False
        self._record_count = self._has_records()
        QTimer.singleShot(0, self.refresh_counts)
        self._show_placeholder()
        self._restore_geometry()
        self._restore_sections(first_view)

    # --- sections made on first use ------------------------------------------------------------

    @property
    def deals_view(self) -> DealsView:
        return self._deals.widget()

    @property
    def tasks_view(self) -> TasksView:
        return self._tasks.widget()

    @property
    def calendar_view(self) -> CalendarView:
        return self._calendar.widget()

    @property
    def dashboard_view(self) -> DashboardView:
        return self._dashboard.widget()

    @property
    def duplicates_view(self) -> DuplicatesView:
        return self._duplicates.widget()

    @property
    def trash_view(self) -> TrashView:
        return self._trash.widget()

    @property
    def leads_view(self) -> LeadsView:
        return self._leads.widget()

    def _make_leads(self) -> LeadsView:
        from ui.leads.leads_view import LeadsView

        view = LeadsView(self._services, self._settings, self.undo_stack)
        view.open_record.connect(self.open_record)
        view.pane.follow_up_due.connect(self.offer_next_step)
        view.pane.qualified.connect(self._on_lead_qualified)
        view.table.selectionModel().selectionChanged.connect(lambda *_: self._update_record_actions())
        view.pane.changed.connect(self._update_record_actions)
        return view

    def _on_lead_qualified(self, deal_uid: str, title: str) -> None:
        self.statusBar().showMessage(self.tr("Qualified: the deal “%1” is on the board").replace("%1", title)
                                     if deal_uid else self.tr("Qualified"), 8000)
        self._update_record_actions()

    def _make_deals(self) -> DealsView:
        from ui.pipeline.deals_view import DealsView

        view = DealsView(self._services, self._settings, mine=self.mine)
        view.open_record.connect(self.open_record)
        view.deal_moved.connect(self._on_deal_moved)
        view.current_deal_changed.connect(self._on_current_deal_changed)  # the Record menu acts on it
        view.board.set_each_currency(self.each_currency_action.isChecked())
        view.board.each_currency_changed.connect(self.each_currency_action.setChecked)
        view.board.converting.connect(self.each_currency_action.setEnabled)
        self._update_each_currency_action()  # (its first load was before the line above)
        return view

    def _update_each_currency_action(self) -> None:
        """Totals in Each Currency means something only once there is a home currency to add them up in."""
        self.each_currency_action.setEnabled(bool(self._services.currencies.home()))

    def _on_each_currency_toggled(self, each: bool) -> None:
        self._settings.setValue(EACH_CURRENCY_KEY, each)
        if self._deals.made:
            self.deals_view.board.set_each_currency(each)

    def _on_section_record_shown(self, _uid: str) -> None:
        self._update_record_actions()  # the Record menu and toolbar act on the record chosen in a list

    def _on_current_deal_changed(self, _uid: str) -> None:
        self._update_record_actions()

    def _make_tasks(self) -> TasksView:
        from ui.tasks.tasks_view import TasksView

        view = TasksView(self._services, self._settings, mine=self.mine)
        view.open_record.connect(self.open_record)
        return view

    def _make_calendar(self) -> CalendarView:
        from ui.calendar.calendar_view import CalendarView

        view = CalendarView(self._services, self._settings)
        view.open_record.connect(self.open_record)
        return view

    def start_reminders(self) -> ReminderScheduler:
        """Reminders of tasks and meetings while the app runs: a desktop notification (through the tray
        where the desktop has one, else over D-Bus), and the Reminders window either way."""
        from PySide6.QtWidgets import QSystemTrayIcon

        from ui.desktop_notifications import DesktopNotifications
        from ui.reminders import ReminderScheduler

        tray = desktop = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            tray.setToolTip(self.tr("Rapport"))
            tray.show()
        else:
            desktop = DesktopNotifications(self)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(desktop.stop)
            desktop.start()
        self.reminders = ReminderScheduler(self._services, tray, self, desktop=desktop)
        self.reminders.open_record.connect(self._bring_forward)
        self.reminders.open_record.connect(self.open_record)
        self.reminders.changed.connect(self._on_records_changed)
        return self.reminders

    def start_sync(self) -> SyncController:
        """Two-way sync in the background (ui/sync): on start, on a timer, shortly after each local
        write, when the network returns; its state and menu in the status bar."""
        from ui.sync.controller import SyncController
        from ui.sync.status_widget import SyncStatusWidget

        controller = SyncController(self._services, self._settings, parent=self)
        self.sync_status = SyncStatusWidget(controller)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.addAction(self.sync_status.sync_now_action)
        # The same actions in a menu of the menu bar (a status-bar button alone is easy to miss); what cannot
        # act now is hidden in both at once.
        self.sync_menu = QMenu(self.tr("&Sync"), self)
        self.sync_menu.setObjectName("syncMenu")
        self.sync_menu.addActions(self.sync_status.sync_menu.actions())
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.sync_menu)
        controller.records_changed.connect(self._on_synced_changes)
        controller.accounts_changed.connect(self.mine.recheck)  # the server's name for the user may be new
        controller.records_changed.connect(self.mine.recheck)
        self.sync_controller = controller
        controller.start()
        self.mail_fetcher().start()
        return controller

    def mail_fetcher(self) -> MailFetcher:
        """Mail from the IMAP accounts in the background (ui/mail_fetcher.py), made when first needed."""
        if self._mail_fetcher is None:
            from ui.mail_fetcher import MailFetcher

            self._mail_fetcher = MailFetcher(self._services, parent=self)
            self._mail_fetcher.finished.connect(self._on_mail_fetched)
            self._mail_fetcher.failed.connect(lambda message: self.statusBar().showMessage(message, 15_000))
            self._mail_fetcher.started.connect(
                lambda: self.statusBar().showMessage(self.tr("Fetching mail…"), 5000))
        return self._mail_fetcher

    def fetch_mail(self) -> None:
        """File ▸ Fetch Mail (F9): now; with no account yet, the accounts dialog to add one."""
        fetcher = self.mail_fetcher()
        if fetcher.running:
            self.statusBar().showMessage(self.tr("Mail is being fetched already."), 5000)
            return
        fetcher.when_accounts(lambda has: fetcher.fetch() if has else self.open_mail_accounts())

    def open_mail_accounts(self) -> MailAccountsDialog:
        from ui.mail_accounts_dialog import MailAccountsDialog

        dialog = MailAccountsDialog(self.mail_fetcher(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_past_pipeline(self) -> PastPipelineDialog:
        from ui.pipeline.past_dialog import PastPipelineDialog

        open_already = self._shown_beside(PastPipelineDialog)
        if open_already is not None:
            return open_already
        shown = str(self.deals_view.board.pipeline_combo.currentData() or "") if self._deals.made else ""
        dialog = PastPipelineDialog(self._services, shown, self)
        dialog.open_record.connect(self.open_record)
        return self._show_beside(dialog)  # a deal chosen in it opens behind, to be worked on

    def open_reports(self) -> ReportsDialog:
        from ui.reports_dialog import ReportsDialog

        open_already = self._shown_beside(ReportsDialog)
        return open_already if open_already is not None else self._show_beside(ReportsDialog(self._services, self))

    def _shown_beside(self, kind: type[_Beside]) -> _Beside | None:
        """The dialog of this kind beside the window, brought forward and read again; None when not open."""
        shown = self.findChild(kind)
        if shown is None or not shown.isVisible():
            return None
        reload = getattr(shown, "reload", None)  # (each of these dialogs reads its data again)
        if callable(reload):
            reload()
        shown.raise_()
        shown.activateWindow()
        return shown

    @staticmethod
    def _show_beside(dialog: _Beside) -> _Beside:
        """A read-only dialog beside the window, not over it (not modal), gone when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_currencies(self) -> CurrenciesDialog:
        from ui.currencies_dialog import CurrenciesDialog

        dialog = CurrenciesDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hand_back_focus(dialog)
        dialog.open()
        return dialog

    def open_custom_fields(self) -> CustomFieldsDialog:
        from ui.custom_fields_dialog import CustomFieldsDialog

        shown = {self._deals: "deal", self._tasks: "task"}
        kind = next((k for holder, k in shown.items() if self.sections.currentWidget() is holder), "")
        if not kind:
            kind = "account" if self.sections.currentWidget() is self.accounts_section else "contact"
        dialog = CustomFieldsDialog(self._services, self, kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hand_back_focus(dialog)
        dialog.open()
        return dialog

    def _on_mail_fetched(self, report: object) -> None:
        from sync.mail_fetch import MailFetchReport

        if isinstance(report, MailFetchReport) and (report.logged or report.errors or report.stopped):
            self.statusBar().showMessage(self.mail_fetcher().report_text(report), 15_000)

    def _on_synced_changes(self) -> None:
        """A sync brought changes from the server: every view reads again (not itself a local edit)."""
        self._applying_sync = True
        try:
            self._on_bulk_change()
        finally:
            self._applying_sync = False

    def _make_dashboard(self) -> DashboardView:
        from ui.dashboard.view import DashboardView

        view = DashboardView(self._services, self._settings)
        view.open_record.connect(self.open_record)
        return view

    def _make_duplicates(self) -> DuplicatesView:
        from ui.duplicates import DuplicatesView

        view = DuplicatesView(self._services)  # its merges are Ops: the views follow their Changes
        return view

    def _make_trash(self) -> TrashView:
        from ui.detail.trash import TrashView

        view = TrashView(self._services)
        return view

    def _tag_names(self) -> list[str]:
        return [tag.name for tag in self._services.tags.list()]

    def _section_labels(self) -> list[str]:
        return [self.tr("&Search"), self.tr("&Contacts"), self.tr("&Accounts"), self.tr("&Deals"), self.tr("Tas&ks"),
                self.tr("Ca&lendar"), self.tr("Das&hboard"), self.tr("D&uplicates"), self.tr("&Trash"),
                self.tr("L&eads")]

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                keys: QKeySequence | QKeySequence.StandardKey | str | None = None, *, tip: str = "") -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)  # the keys work with the menu bar hidden too
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_contact_action = self._action(file_menu, self.tr("New &Contact…"), self.new_contact,
                                               QKeySequence.StandardKey.New)
        self.new_account_action = self._action(file_menu, self.tr("New &Account…"), self.new_account,
                                               "Ctrl+Shift+N")
        self.new_lead_action = self._action(file_menu, self.tr("New &Lead…"), self.new_lead,
                                            tip=self.tr("The Leads section's line: a lead typed on one line"))
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import…"), self.import_files, "Ctrl+I",
                                          tip=self.tr("vCard, CSV or iCalendar files"))
        self.import_mail_action = self._action(file_menu, self.tr("Import &Mail…"), self.import_mail,
                                               tip=self.tr("E-mail from and to your contacts, from Thunderbird,"
                                                           " an mbox file or a Maildir folder"))
        self.import_leads_action = self._action(file_menu, self.tr("Import Lea&ds…"), self.import_leads,
                                                tip=self.tr("A CSV file of leads, such as a web form's export"))
        self.fetch_mail_action = self._action(file_menu, self.tr("&Fetch Mail"), self.fetch_mail, "F9",
                                              tip=self.tr("What is new in your mail accounts, onto the timelines"))
        self.mail_accounts_action = self._action(file_menu, self.tr("Mail Accoun&ts…"), self.open_mail_accounts,
                                                 tip=self.tr("The IMAP accounts whose mail comes onto the"
                                                             " timelines"))
        self.currencies_action = self._action(file_menu, self.tr("Currencies and E&xchange Rates…"),
                                              self.open_currencies,
                                              tip=self.tr("The home currency totals are added up in, and the rates"))
        self.custom_fields_action = self._action(file_menu, self.tr("C&ustom Fields…"), self.open_custom_fields,
                                                 tip=self.tr("The fields you add to contacts, accounts, deals,"
                                                             " activities and tasks"))
        self.export_action = self._action(file_menu, self.tr("&Export…"), self.export, "Ctrl+E")
        file_menu.addSeparator()
        self.who_am_i_action = self._action(file_menu, self.tr("Your &Name in the Office…"),
                                            lambda: ask_who_i_am(self._services, self),
                                            tip=self.tr("The person of the office you are: the owner of your "
                                                        "new deals and tasks, and what “Only Mine” shows"))
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        # Ctrl+Shift+Z everywhere (UI.md 6), Ctrl+Y too where that is the platform's habit.
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Each key once: where the platform's Redo is Ctrl+Shift+Z already (X11 without a desktop's theme), the
        # key twice on one action was "Ambiguous shortcut overload" and Ctrl+Shift+Z redid nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        edit_menu.addSeparator()
        self.delete_action = self._action(edit_menu, self.tr("&Move to Trash"), self.delete_current,
                                          QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit_menu.addSeparator()
        self.find_action = self._action(edit_menu, self.tr("&Find…"), self._on_find_triggered,
                                        QKeySequence.StandardKey.Find)
        self.palette_action = self._action(edit_menu, self.tr("&Go to or Run…"), self.open_palette, "Ctrl+K",
                                           tip=self.tr("Jump to any record or run any command by name"))
        self.edit_menu = edit_menu

        record_menu = self.menuBar().addMenu(self.tr("&Record"))
        self.log_call_action = self._action(record_menu, self.tr("&Log a Call…"), lambda: self._quick("log_call"),
                                            "Ctrl+Shift+L")
        self.write_email_action = self._action(record_menu, self.tr("&Write an E-mail…"),
                                               lambda: self._quick("write_email"), "Ctrl+Shift+E",
                                               tip=self.tr("A new message in your mail program, to the record's"
                                                           " people"))
        self.log_email_action = self._action(record_menu, self.tr("Log an &E-mail…"), lambda: self._quick("log_email"),
                                             tip=self.tr("Put an e-mail written or read elsewhere on the timeline"))
        self.add_note_action = self._action(record_menu, self.tr("Add a &Note…"), lambda: self._quick("add_note"),
                                            "Ctrl+Shift+O")
        self.add_task_action = self._action(record_menu, self.tr("Add a &Task…"), lambda: self._quick("add_task"),
                                            "Ctrl+Shift+T")
        self.new_deal_action = self._action(record_menu, self.tr("New &Deal…"), lambda: self._quick("new_deal"),
                                            "Ctrl+Shift+D")
        self.attach_file_action = self._action(
            record_menu, self.tr("Attach a &File…"), lambda: self._quick("attach_file"), "Ctrl+Shift+F",
            tip=self.tr("Keep a file with the record (or drop the file on the record)"))
        self.qualify_action = self._action(record_menu, self.tr("&Qualify Lead…"), lambda: self._lead_step("qualify"),
                                           "Ctrl+Shift+Q", tip=self.tr("Make the lead's contact, account and deal"))
        self.disqualify_action = self._action(record_menu, self.tr("D&isqualify Lead…"),
                                              lambda: self._lead_step("disqualify"), "Ctrl+Shift+X",
                                              tip=self.tr("Close the lead, saying why"))
        record_menu.addSeparator()
        self.offer_next_step_action = record_menu.addAction(self.tr("&Offer the Next Step After Calls and Moves"))
        self.offer_next_step_action.setCheckable(True)
        self.offer_next_step_action.setChecked(next_step.offered(self._settings))
        self.offer_next_step_action.toggled.connect(self._on_offer_next_step_toggled)
        self.record_menu = record_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        labels = self._section_labels()
        for section in SIDEBAR_ORDER:
            keys = "Ctrl+0" if section == LEADS else f"Ctrl+{section + 1}"
            action = self._action(view_menu, labels[section], partial(self._go_to, section), keys)
            action.setData(section)
        view_menu.addSeparator()
        view_menu.addAction(self.mine.action)
        self.addAction(self.mine.action)  # the keys work with the menu bar hidden too
        self.each_currency_action = view_menu.addAction(self.tr("Totals in Each Curre&ncy"))
        self.each_currency_action.setCheckable(True)
        self.each_currency_action.setStatusTip(self.tr(
            "Show the board's totals per currency rather than added up in the home currency (a click on a"
            " column's total does the same)"))
        self.each_currency_action.setChecked(bool(self._settings.value(EACH_CURRENCY_KEY, False, type=bool)))
        self.each_currency_action.toggled.connect(self._on_each_currency_toggled)
        self._update_each_currency_action()
        self.past_pipeline_action = self._action(
            view_menu, self.tr("Pipeline on a Past Da&y…"), self.open_past_pipeline,
            tip=self.tr("The pipeline as it stood on a day, and what moved between two days"))
        self.reports_action = self._action(
            view_menu, self.tr("&Reports…"), self.open_reports,
            tip=self.tr("Deals won and lost by owner, source, stage or month; activities by kind or period"))
        view_menu.addSeparator()
        appearance = view_menu.addMenu(self.tr("A&ppearance"))
        self.scheme_actions = QActionGroup(self)
        current = theme.chosen(self._settings)
        for scheme, label in ((theme.SYSTEM, self.tr("Follow the &System")), (theme.LIGHT, self.tr("&Light")),
                              (theme.DARK, self.tr("&Dark"))):
            action = appearance.addAction(label)
            action.setCheckable(True)
            action.setChecked(scheme == current)
            action.setData(scheme)
            self.scheme_actions.addAction(action)
        self.scheme_actions.triggered.connect(self._on_scheme_triggered)
        language = view_menu.addMenu(self.tr("Lan&guage"))
        self.language_actions = QActionGroup(self)
        current_language = i18n.chosen(self._settings)
        for code, label in ((i18n.SYSTEM, self.tr("Follow the &System")), *i18n.LANGUAGES.items()):
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current_language)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._on_language_triggered)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(help_menu, self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             "Ctrl+/")
        about = self._action(help_menu, self.tr("&About Rapport"), self._on_about_triggered)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu = help_menu
        self._build_toolbar()
        self._update_record_actions()

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")  # saveState needs a name
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._icons = {
            self.new_contact_action: "contact-new", self.new_account_action: "account-new",
            self.import_action: "import", self.export_action: "export", self.log_call_action: "call",
            self.add_note_action: "note", self.add_task_action: "task-new",
            self.new_deal_action: "deal", self.undo_action: "undo", self.redo_action: "redo",
            self.delete_action: "trash", self.palette_action: "palette", self.find_action: "search",
        }
        for action in (self.new_contact_action, self.new_account_action, self.import_action, None, self.log_call_action,
                       self.add_note_action, self.add_task_action, self.new_deal_action, None, self.undo_action,
                       self.redo_action, None, self.palette_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                title = plain_text(action.text()).removesuffix("…")
                action.setIconText(title)  # Qt drops "&" from tool buttons, not a "(&F)" mnemonic
                action.setToolTip(f"{title} ({keys})" if keys else title)
        # The everyday actions say what they are; the rest are icons with a tool tip.
        for action in (self.new_contact_action, self.log_call_action, self.add_task_action, self.palette_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = toolbar
        self._apply_icons()

    def _apply_icons(self) -> None:
        for action, name in self._icons.items():
            action.setIcon(icon(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange and hasattr(self, "_icons"):
            self._apply_icons()  # the system switched between light and dark
        super().changeEvent(event)

    def open_palette(self) -> CommandPalette:
        actions = [a for a in self.actions() if a is not self.palette_action]
        if self.sections.currentIndex() == DEALS and self._deals.made:
            actions += self.deals_view.board.actions()  # Mark won, move…: on the deal in hand
        palette = CommandPalette(lambda: actions, self._services.search, self.open_record, self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hand_back_focus(palette)
        palette.open()
        return palette

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_scheme(self, scheme: str) -> None:
        self._settings.setValue(theme.SETTING, scheme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, scheme)
        self._apply_icons()  # tinted with the new text colour
        for action in self.scheme_actions.actions():
            action.setChecked(action.data() == scheme)

    def _on_language_triggered(self, action: QAction) -> None:
        self._settings.setValue(i18n.SETTING, str(action.data()))
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "Rapport will show the language you chose the next time it starts."))

    def _on_scheme_triggered(self, action: QAction) -> None:
        self.set_scheme(str(action.data()))

    # --- records ------------------------------------------------------------------------------

    def _bring_forward(self) -> None:
        """A notification clicked: the window comes up from behind others (or from the taskbar)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_record(self, kind: str, uid: str) -> None:
        """Show any record: a contact or account in its section's pane, a deal beside the board;
        an activity or task opens the first record it is linked to; a stage (from the dashboard's
        funnel) lists its open deals."""
        if kind == "stage":
            from ui.pipeline.deals_view import LIST

            stage = self._services.pipelines.stage(uid)
            self.show_section(DEALS)
            self.deals_view.show_view(LIST)
            self.deals_view.list.show_stage(stage.pipeline_uid, stage.uid)
            return
        if kind in ("activity", "task"):
            service = self._services.activities if kind == "activity" else self._services.tasks
            data = service.get(uid).data
            if not data.links:  # on its own: the task in the task list, a meeting on its day
                if not self._show_unlinked(kind, uid, data):
                    self.statusBar().showMessage(self.tr("This item is not linked to a contact, account or deal."),
                                                 5000)
                return
            kind, uid = data.links[0].kind, data.links[0].uid
        if kind == "contact":
            self.show_section(CONTACTS)
            self.contacts_section.show_record(uid)
        elif kind == "account":
            self.show_section(ACCOUNTS)
            self.accounts_section.show_record(uid)
        elif kind == "deal":
            self.show_section(DEALS)
            self.deals_view.select_deal(uid)
        elif kind == "lead":
            self.show_section(LEADS)
            self.leads_view.show_lead(uid)
        self._update_record_actions()

    def _show_unlinked(self, kind: str, uid: str, data: Any) -> bool:
        """A task linked to nothing selected in the task list (in whichever of its tabs holds it); a meeting
        linked to nothing shown on its day in the calendar. False where neither can show it (a call)."""
        from app.activities import FLOATING
        from app.task_list import SECTIONS as TASK_TABS

        if kind == "task":
            self.show_section(TASKS)
            view = self.tasks_view
            for tab in (view.model.section, *TASK_TABS):
                view.show_section(tab)
                if view.select(uid):
                    view.table.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
            return False
        if getattr(data, "kind", "") == "meeting" and data.occurred_at is not None:
            self.show_section(CALENDAR)
            start = data.occurred_at  # naive UTC, except an all-day's date and a floating wall clock
            if not data.all_day and data.timezone != FLOATING:
                start = start.replace(tzinfo=UTC).astimezone(self.calendar_view.zone)
            self.calendar_view.go_to(start.date())
            return True
        return False

    def import_mail(self) -> MailImportDialog:
        from ui.mail_dialog import MailImportDialog

        dialog = MailImportDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_files(self, paths: list[Path] | None = None) -> ImportWizard:
        """The import wizard, with `paths` chosen already (files dropped on the window)."""
        from ui.importer import ImportWizard

        wizard = ImportWizard(self._services, self, paths)  # its import is an Op: the views follow its Changes
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def export(self) -> ExportDialog:
        from ui.exporter import ExportDialog

        dialog = ExportDialog(self._services, self)
        dialog.exported.connect(self._on_exported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_exported(self, path: str, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Exported %1 records to %2").replace("%1", f"{count:,}").replace("%2", path), 8000)

    def _on_bulk_change(self) -> None:
        """Many records may have changed (an import, a merge): every list and view reads again."""
        self.contacts_view.model.reload()
        self.accounts_view.model.reload()
        for holder in (self._deals, self._tasks, self._calendar, self._dashboard, self._leads):
            if holder.made:
                holder.widget().reload()
        for pane in (self.contact_pane, self.account_pane):
            if pane.uid is not None:
                pane.show_record(pane.uid)
        self._on_records_changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from ui.importer import local_paths

        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from ui.importer import local_paths

        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def new_contact(self) -> Sheet:
        return self._open_new(NewContactSheet(self._services, self))

    def new_account(self) -> Sheet:
        return self._open_new(NewAccountSheet(self._services, self))

    def _open_new(self, sheet: Sheet) -> Sheet:
        sheet.created.connect(self._on_record_created)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def _on_record_created(self, kind: str, uid: str) -> None:
        self.open_record(kind, uid)  # the lists read it in already (_on_operation_did_execute)

    def current_pane(self) -> RecordDetailPane | None:
        """The detail pane of the section shown, when it shows a record."""
        section = self.sections.currentWidget()
        if isinstance(section, RecordSection) and section.pane.uid is not None:
            return section.pane
        if section is self._leads and self._leads.made and self.leads_view.pane.uid is not None:
            return self.leads_view.pane
        return None

    def new_lead(self) -> None:
        """The Leads section, the keyboard in its capture line."""
        self.show_section(LEADS)
        self.leads_view.focus_capture()

    def _shown_lead(self) -> LeadRecord | None:
        pane = self.current_pane()
        if isinstance(pane, LeadDetailPane) and pane.stack.currentWidget() is pane.record_page:
            return pane.record
        return None

    def _lead_step(self, step: str) -> None:
        lead = self._shown_lead()
        if lead is not None and lead.is_open:
            getattr(self.leads_view.pane, step)()

    def import_leads(self, path: str | None = None) -> None:
        """A CSV file of leads (a web form's export), read on the write worker: one step, its result said."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Leads"), "",
                                                  self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if not path:
            return
        chosen = Path(path)

        def run(services: Services) -> LeadImport:
            from app.lead_import import import_leads

            with chosen.open("rb") as source:
                return import_leads(services, source)

        Op(self, self._services, self.tr("Import leads from %1").replace("%1", chosen.name), run) \
            .success(self._on_leads_imported) \
            .failure(lambda error: QMessageBox.warning(self, self.tr("Import Leads"), in_words(error)),
                     (RapportError, OSError, ValueError)).run(initiator=self)

    def _on_leads_imported(self, found: LeadImport) -> None:
        self.show_section(LEADS)
        self.leads_view.reload()
        locale = QLocale()
        text = self.tr("New leads: %1 · already leads: %2 · refused: %3").replace(
            "%1", locale.toString(len(found.made))).replace("%2", locale.toString(len(found.known))).replace(
            "%3", locale.toString(len(found.refused)))
        if found.refused or found.warnings:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import Leads"), text, parent=self)
            box.setDetailedText("\n".join([*found.warnings, *found.refused]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.statusBar().showMessage(text, 8000)

    def delete_current(self) -> None:
        pane = self.current_pane()
        if pane is not None:
            pane.delete_record()
        elif self.sections.currentWidget() is self._trash:
            self.trash_view.purge_selected()

    def _quick(self, action: str) -> None:
        pane = self.current_pane()
        if pane is not None:
            getattr(pane, action)()
        elif action == "new_deal" and self.sections.currentIndex() == DEALS:
            self.new_deal()
        elif self._shown_deal():
            self._deal_sheet(action)

    def _shown_deal(self) -> str:
        """The deal beside the board or list, when the Deals section is shown."""
        if self.sections.currentIndex() != DEALS or not self._deals.made:
            return ""
        return self.deals_view.detail.deal_uid or ""

    def _deal_sheet(self, action: str) -> None:
        """Log a call, add a note or a task for the deal shown: linked to it, on its timeline."""
        from ui.detail.sheets import LogCallSheet, NoteSheet, TaskSheet

        links = (Link("deal", self._shown_deal()),)
        if action == "write_email":
            self._write_to_deal(links[0].uid)
            return
        if action == "attach_file":
            self.deals_view.detail.attach_file()
            return
        sheets: dict[str, Callable[..., Sheet]] = {
            "log_call": LogCallSheet, "add_note": NoteSheet, "add_task": TaskSheet,
            "log_email": partial(LogCallSheet, kind="email")}
        if action not in sheets:
            return
        sheet = sheets[action](self._services, links, self)
        sheet.created.connect(self._on_deal_logged)
        if action == "log_call":
            title = self._services.deals.get(links[0].uid).data.title
            sheet.created.connect(lambda *_made: self.offer_next_step(links, title))
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def _write_to_deal(self, uid: str) -> None:
        """The user's mail program, a new message to the deal's people."""
        from app.hrefs import mail_href
        from ui.external_links import open_external
        from ui.said import in_words

        try:
            people = [self._services.contacts.get(c, include_deleted=True)
                      for c in self._services.deals.get(uid).data.contact_uids]
        except RapportError as error:  # the deal went (to the Trash, or by sync) while it was shown
            self.statusBar().showMessage(in_words(error), 8000)
            return
        addresses = [p.data.emails for p in people if p.meta.deleted_at is None]
        href = mail_href(*[next((e for e in emails if e.preferred), emails[0]).value for emails in addresses if emails])
        if not href:
            self.statusBar().showMessage(self.tr("No one on this deal has an e-mail address."), 8000)
        elif not open_external(href):
            self.statusBar().showMessage(self.tr("No mail program opened the message: is one set as the default?"),
                                         8000)

    def _on_deal_logged(self, _kind: str, _uid: str) -> None:
        self.deals_view.detail.refresh()
        self.deals_view.board.reload()  # the card's next-step dot may change

    def _on_deal_moved(self, uid: str, title: str) -> None:
        self.offer_next_step((Link("deal", uid),), title)

    def offer_next_step(self, links: tuple[Link, ...], name: str) -> Sheet | None:
        """After a call or a move: the next step, ready to schedule, unless one is planned already or the
        user said not to (ui/detail/next_step.py). Opened once the sheet or move that led here is done."""
        if not links or not next_step.offered(self._settings) or self._has_next_step(links[0]):
            return None
        sheet = next_step.NextStepSheet(self._services, self._settings, links, name, self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.finished.connect(self._on_next_step_sheet_finished)
        QTimer.singleShot(0, sheet.open)  # after the sheet that logged the call has closed
        return sheet

    def _has_next_step(self, link: Link) -> bool:
        try:
            if link.kind == "deal":
                card = self._services.queries.board().card(link.uid)
                return card is None or card.next_state != "none"  # a closed deal needs none
            step = self._services.queries.timeline().next_step(link.kind, link.uid, self._services.clock.now())
        except NotFoundError:
            return True  # gone meanwhile: nothing to plan
        return step is not None

    def _on_next_step_sheet_finished(self, _result: int) -> None:
        self.offer_next_step_action.setChecked(next_step.offered(self._settings))  # the sheet may have said not to

    def _on_offer_next_step_toggled(self, checked: bool) -> None:
        self._settings.setValue(next_step.SETTING, checked)

    def new_deal(self) -> Sheet:
        """A deal of its own (from the Deals section); from a contact or account it is linked to it."""
        from ui.detail.sheets import DealSheet

        sheet = DealSheet(self._services, (), None, (), self)
        sheet.created.connect(self._on_deal_created)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def _on_deal_created(self, _kind: str, uid: str) -> None:
        self.deals_view.detail.show_deal(uid)  # the board and list read it in already

    def _update_record_actions(self) -> None:
        has_record = self.current_pane() is not None or bool(self._shown_deal())
        for action in (self.log_call_action, self.write_email_action, self.log_email_action, self.add_note_action,
                       self.add_task_action, self.attach_file_action):
            action.setEnabled(has_record)
        self.new_deal_action.setEnabled(has_record or self.sections.currentIndex() == DEALS)
        lead = self._shown_lead()
        for action in (self.qualify_action, self.disqualify_action):
            action.setEnabled(lead is not None and lead.is_open)
        if isinstance(self.current_pane(), LeadDetailPane):
            self.new_deal_action.setEnabled(False)  # a lead's deal comes with qualifying it
            self.attach_file_action.setEnabled(False)

    def _on_records_changed(self, changes: Changes | None = None) -> None:
        """After a write; `changes`: what it changed, where known (None: an undo, an import, anything)."""
        self.undo_stack.refresh()  # Edit → Undo names the step just taken
        if self.sync_controller is not None and not self._applying_sync:
            self.sync_controller.schedule_soon()  # a local write: sync it shortly
        self.refresh_counts()
        # The lists' tag filter offers every tag, and their columns follow the custom fields: read again after
        # a write that may have touched them, not after each deal moved (5 ms of a move at 100,000 contacts).
        tags = changes is None or changes.tags or changes.contacts or changes.accounts
        fields = changes is None or changes.custom_fields
        for view in (self.contacts_view, self.accounts_view):
            if tags:
                view.refresh_tags()  # a write may have added a tag or taken the last use of one
            if fields:
                view.refresh_custom_columns()  # or added, changed or removed a custom field
        if not self.search_field.text().strip():
            self._show_placeholder()  # the welcome page goes once there is something
        if self._trash.made:
            self.trash_view.reload()
        self._update_record_actions()

    def _on_operation_did_execute(self, changes: Changes, initiator: object) -> None:
        """A user action wrote: each view that shows what changed reads again (the one that started it
        has already shown its result), then the counts, Edit → Undo and a sync soon."""
        def started_it(view: QObject) -> bool:
            return isinstance(initiator, QObject) and (initiator is view or _is_inside(initiator, view))

        if changes.contacts and not started_it(self.contacts_section):  # the section reloads after its pane
            self.contacts_view.model.reload()
        if (changes.accounts or changes.contacts) and not started_it(self.accounts_section):
            self.accounts_view.model.reload()  # an account's people count follows its contacts
        if (changes.deals or changes.pipelines or changes.currencies) and self._deals.made \
                and not started_it(self._deals):
            self.deals_view.reload()
        if (changes.leads or changes.activities or changes.tasks or changes.contacts or changes.accounts
                or changes.deals) and self._leads.made and not started_it(self._leads):
            self.leads_view.reload()
        # The dialogs beside the window follow what changed.
        for name, moved in (("pastPipeline", changes.deals or changes.pipelines or changes.currencies),
                            ("reports", changes.deals or changes.activities or changes.currencies or changes.leads)):
            beside = self.findChild(QDialog, name) if moved else None
            if beside is not None and beside.isVisible() and hasattr(beside, "reload"):
                beside.reload()
        if changes.tasks or changes.activities or changes.deals:
            for holder in (self._tasks, self._calendar, self._dashboard):
                if holder.made and not started_it(holder):
                    holder.widget().reload()
        elif changes.currencies and self._dashboard.made and not started_it(self._dashboard):
            self._dashboard.widget().reload()  # its forecast added up in the home currency
        if (changes.tasks or changes.activities) and self.reminders is not None:
            self.reminders.reload()  # (a deal has no reminders of its own)
        if changes.currencies:
            self._update_each_currency_action()
        for pane, own in ((self.contact_pane, changes.contacts), (self.account_pane, changes.accounts)):
            if pane.uid is not None and not started_it(pane) and (own or changes.activities or changes.tasks
                                                                  or changes.deals):
                pane.show_record(pane.uid)  # the record itself (restored from the Trash, merged), its timeline
        self._on_records_changed(changes)

    def _on_operation_failed(self, label: str, problem: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1 — %2").replace("%1", label).replace("%2", problem), 15_000)

    def _on_undo_stack_failed(self, problem: str) -> None:
        self.statusBar().showMessage(problem, 15_000)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # An undo or redo may bring back or remove a record anywhere: lists and counts follow.
        self.contacts_view.model.reload()
        self.accounts_view.model.reload()
        self._fill_sidebar()  # (a segment saved or removed)
        self._on_records_changed()

    def _on_results_activated(self, index: QModelIndex) -> None:
        hit = self.results_model.hit(index.row())
        self.open_record(hit.kind, hit.uid)

    def _has_records(self) -> int:
        """How many kinds of record have at least one (0: the store is empty); no counting."""
        return self._services.queries.kinds_with_records()

    def refresh_counts(self) -> None:
        """The status line's counts, counted off the UI thread (a million records take half a second);
        asked for again while counting, they are counted once more when that ends."""
        self._record_count = self._has_records()  # whether the welcome page stays is known at once
        if self._counts_task is not None:
            self._counts_again = True
            return
        queries = self._services.queries
        task = Task(lambda _task: queries.live_counts(), self._services)
        task.succeeded.connect(self._show_counts)
        task.failed.connect(self.statusBar().showMessage)
        task.finished.connect(self._on_counts_task_finished)
        self._counts_task, self._counts_again = task, False
        task.start(READS)

    def _on_counts_task_finished(self) -> None:
        self._counts_task = None
        if self._counts_again:
            self.refresh_counts()

    def _show_counts(self, c: dict[str, int]) -> None:
        # Each count in its language's plural form and number format ("1 account", "2 005 контактов").
        # (English plurals are made by count_text: English needs no translation file.)
        counts = (
            (self.tr("%Ln contact(s)", "", c["contacts"]), c["contacts"]),
            (self.tr("%Ln account(s)", "", c["accounts"]), c["accounts"]),
            (self.tr("%Ln deal(s)", "", c["deals"]), c["deals"]),
            (self.tr("%Ln activity(ies)", "", c["activities"]), c["activities"]),
            (self.tr("%Ln task(s)", "", c["tasks"]), c["tasks"]),
        )
        shown, before = self.statusBar().currentMessage(), self._counts_text
        self._counts_text = " · ".join(count_text(text, count) for text, count in counts)
        if shown in ("", before):  # a message of the moment ("Mail: 3 new e-mails…") stays its time; the
            self.statusBar().showMessage(self._counts_text)  # counts come back when it goes
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
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self.stack.setCurrentWidget(self.welcome)

    def fill_with_sample_data(self) -> None:
        """The welcome page's third way in: a small made-up CRM, written on the write worker (app.demo writes
        it as upkeep: not a step for Edit → Undo)."""
        if self._record_count or self._filling_sample:
            return  # a second click while the first fills: one sample CRM
        self._filling_sample = True
        from app import demo

        def fill(services: Services) -> None:
            demo.fill_sample(services, SAMPLE_CONTACTS)

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        Op(self, self._services, self.tr("Add sample data"), fill, own_units=True) \
            .success(self._on_sample_data_added).run(initiator=self)
        # The cursor comes back whichever way it ends.
        self.operations.idle.connect(QApplication.restoreOverrideCursor, Qt.ConnectionType.SingleShotConnection)

    def _on_sample_data_added(self, _value: object) -> None:
        self._filling_sample = False
        self._on_bulk_change()
        self.show_section(CONTACTS)
        self._focus_section()

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.run_search()

    def show_section(self, section: int) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(SIDEBAR_ROLE) == (section, ""):
                self.sidebar.setCurrentRow(row)
                return

    def _list_of(self, section: int) -> RecordListView | None:
        return {CONTACTS: self.contacts_view, ACCOUNTS: self.accounts_view}.get(section)

    def _fill_sidebar(self) -> None:
        """The sections, each list followed by its saved filters (segments), indented."""
        current = self.sidebar.currentItem()
        chosen = current.data(SIDEBAR_ROLE) if current is not None else (SEARCH, "")
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        labels = self._section_labels()
        for section in SIDEBAR_ORDER:
            item = QListWidgetItem(plain_text(labels[section]), self.sidebar)
            item.setData(SIDEBAR_ROLE, (section, ""))
            listed = SEGMENT_LISTS.get(section)
            for segment in self._services.segments.list(listed) if listed else []:  # (the deals' unmade)
                child = QListWidgetItem("    " + segment.name, self.sidebar)
                child.setData(SIDEBAR_ROLE, (section, segment.name))
                child.setToolTip(" · ".join(part for part in (segment.text, segment.tag) if part))
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(SIDEBAR_ROLE) == chosen:
                self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        # Every section's name whole, in any language; a long segment name is elided (its tooltip says it),
        # never scrolled sideways.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(plain_text(label)) for label in self._section_labels())
        scroll_bar = self.sidebar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.sidebar.setMinimumWidth(widest + 2 * self.sidebar.frameWidth() + metrics.averageCharWidth() * 2
                                     + scroll_bar)

    def _on_sidebar_context_menu_requested(self, position: QPoint) -> None:
        item = self.sidebar.itemAt(position)
        if item is None or not item.data(SIDEBAR_ROLE)[1]:
            return  # only segments can be removed
        section, name = item.data(SIDEBAR_ROLE)
        menu = QMenu(self)
        menu.setObjectName("segmentMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        listed = SEGMENT_LISTS[section]
        menu.addAction(self.tr("&Export…"), lambda: self.export_segment(listed, name))
        menu.addAction(self.tr("&Tag Everyone…"), lambda: self.tag_segment(listed, name))
        menu.addAction(self.tr("Re&name…"), lambda: self.rename_segment(listed, name))
        menu.addSeparator()
        remove = menu.addAction(self.tr("&Remove Segment"))
        view = self._list_of(section)
        if view is not None:
            remove.triggered.connect(lambda: view.remove_segment(name))
        menu.popup(self.sidebar.viewport().mapToGlobal(position))

    def export_segment(self, listed: str, name: str) -> ExportDialog | None:
        """The export dialog for a segment's members (its contacts or accounts as the list shows them now)."""
        from ui.exporter import ExportDialog

        try:
            segment = self._services.segments.get(listed, name)
        except RapportError as error:
            self.statusBar().showMessage(in_words(error), 10_000)
            return None
        dialog = ExportDialog(self._services, self, segment)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        hand_back_focus(dialog)
        dialog.open()
        return dialog

    def tag_segment(self, listed: str, name: str, tag: str | None = None) -> None:
        """Give each member of the segment a tag (asked for when `tag` is None): one undoable operation."""
        if tag is None:
            tag, ok = QInputDialog.getText(self, self.tr("Tag Everyone"),
                                           self.tr("A tag for everyone in “%1”:").replace("%1", name))
            if not ok or not tag.strip():
                return
        chosen = tag.strip()

        def tag_them(services: Services) -> object:
            return services.segments.tag_members(services.segments.get(listed, name), chosen)

        Op(self, self._services, self.tr("Tag everyone in “%1”").replace("%1", name), tag_them) \
            .success(lambda result: self.statusBar().showMessage(
                self.tr("“%1” given to %2 more.").replace("%1", chosen).replace(
                    "%2", QLocale().toString(int(getattr(result, "value", 0)))), 10_000)) \
            .run(initiator=self)

    def rename_segment(self, listed: str, name: str, new_name: str | None = None) -> None:
        if new_name is None:
            new_name, ok = QInputDialog.getText(self, self.tr("Rename Segment"), self.tr("New name:"),
                                                QLineEdit.EchoMode.Normal, name)
            if not ok:
                return
        wanted = new_name
        Op(self, self._services, self.tr("Rename the segment “%1”").replace("%1", name),
           lambda services: services.segments.rename(listed, name, wanted)) \
            .success(lambda _result: self._fill_sidebar()).run(initiator=self)

    def _focus_section(self) -> None:
        """Keyboard focus where work starts in the section shown: its search or filter field, or its list."""
        current = self.sections.currentWidget()
        if isinstance(current, RecordSection):
            view = current.list_view
            target: QWidget = view.table if view.model.rowCount() else view.filter_field
        elif current is self.search_page:
            target = self.search_field
        elif current is self._deals:
            self.deals_view.focus_work()
            return
        elif current is self._leads:
            leads = self.leads_view
            target = leads.table if leads.model.rows else leads.capture
        else:
            assert current is not None  # the sections are added in __init__
            target = current
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        section, segment_name = self.sidebar.item(row).data(SIDEBAR_ROLE)
        self.sections.setCurrentIndex(section)
        # In Duplicates, Ctrl+Z undoes the last merge (the view's own action): two actions on one key
        # would cancel each other out, so the window's Undo lends it the key there (its menu item stays).
        undo_keys = QKeySequence() if section == DUPLICATES else QKeySequence(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcut(undo_keys)
        view = self._list_of(section) if segment_name else None
        if view is not None:
            segment = next((s for s in view.segments() if s.name == segment_name), None)
            if segment is not None:
                view.show_segment(segment)
        self._update_record_actions()

    def _go_to(self, section: int) -> None:
        self.show_section(section)
        self._focus_section()

    def _on_status_bar_message_changed(self, text: str) -> None:
        if not text:
            self.statusBar().showMessage(self._counts_text)

    def _on_find_triggered(self) -> None:
        # Find filters the list in view (UI.md 6), or searches everything from the Search section.
        current = self.sections.currentWidget()
        if isinstance(current, RecordSection) and current.list_view.filter_field.isEnabled():
            current.list_view.focus_filter()
            return
        if self.sections.currentIndex() == TASKS and self._tasks.made:
            self.tasks_view.focus_filter()
            return
        self.show_section(SEARCH)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Rapport"), self.tr(
            "Rapport — an offline-first CRM for small business.\nData folder: %1"
        ).replace("%1", str(self._services.data_dir)))

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def _restore_sections(self, view: ViewAsked | None) -> None:
        state = self._settings.value("mainWindow/splitter")
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            sidebar_width = self.fontMetrics().averageCharWidth() * 20
            self.splitter.setSizes([sidebar_width, max(self.width() - sidebar_width, sidebar_width)])
        if view is not None:
            self._apply_view(view)  # (the section shown last is not built at all)
        else:
            section = str(self._settings.value("mainWindow/section", SEARCH))
            self.show_section(int(section) if section.isdigit() and int(section) < self.sections.count() else SEARCH)
        self._focus_section()  # takes effect when the window is first activated

    def show_view(self, view: ViewAsked) -> None:
        """Another `rapport --show …` asked for this view: shown, and painted before this returns (the
        asking `rapport` is answered then)."""
        self.bring_forward()
        self._apply_view(view)
        self._focus_section()
        self.repaint()

    def _apply_view(self, view: ViewAsked) -> None:
        section = SECTION_NAMES.get(view.section)
        if section is None:
            log.warning("asked for a section with no such name: %r", view.section)
            return
        self.show_section(section)
        if section == SEARCH and view.filter is not None:
            self.search_field.setText(view.filter)
            self._search_timer.stop()
            self.run_search()
            return
        listed = self._list_of(section)
        if listed is None:
            return
        if view.filter is not None:
            listed.filter_now(view.filter)
        if view.sort and not listed.sort_by(view.sort.removeprefix("-"), descending=view.sort.startswith("-")):
            self.statusBar().showMessage(self.tr("This list has no column “%1” to sort by.")
                                         .replace("%1", view.sort.removeprefix("-")), 10_000)

    def open_files(self, paths: list[str]) -> None:
        """Files the window was started with, or another `rapport FILE` handed over: the import wizard."""
        if paths:
            log.info("opening %s in the import wizard", ", ".join(paths))
            self.bring_forward()
            self.import_files([Path(p) for p in paths])

    def bring_forward(self) -> None:
        """Another `rapport` on this data folder asked for this window (ui/single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.undo_stack.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if self._mail_fetcher is not None and not self._mail_fetcher.shutdown():  # (stops at its next chunk)
            log.warning("a mail fetch was still writing when the window closed")
        if self.sync_controller is not None:
            self.sync_controller.shutdown()  # waits (bounded) for a run under way: the store closes next
        self._settings.setValue("mainWindow/geometry", self.saveGeometry())
        self._settings.setValue("mainWindow/splitter", self.splitter.saveState())
        self._settings.setValue("mainWindow/section", self.sections.currentIndex())
        super().closeEvent(event)


def _is_inside(child: QObject, ancestor: QObject) -> bool:
    parent = child.parent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent()
    return False
