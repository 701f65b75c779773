"""The main window as the foundation leaves it: search across every record, with counts.

The contact, account and deal views arrive with the UI issues; nothing here is a dead end.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import stats
from app.services import Services
from ui.search_model import SearchResultsModel

SEARCH_DELAY_MS = 120


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

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.search_field)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)

        self._build_menus()
        self.refresh_counts()
        self._show_placeholder()
        self._restore_geometry()

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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Rapport"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def refresh_counts(self) -> None:
        figures = stats.collect(self._services.store)
        c = figures.counts
        self.statusBar().showMessage(
            self.tr("%1 contacts · %2 accounts · %3 deals · %4 activities · %5 tasks")
            .replace("%1", f"{c['contacts']:,}").replace("%2", f"{c['accounts']:,}")
            .replace("%3", f"{c['deals']:,}").replace("%4", f"{c['activities']:,}")
            .replace("%5", f"{c['tasks']:,}")
        )
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

    def _on_find_triggered(self) -> None:
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

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)
