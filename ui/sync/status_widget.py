"""The sync indicator of the status bar: when the last sync was, what waits to upload, what went wrong;
a click opens a menu of what can be done now (never an item that cannot act).

    widget = SyncStatusWidget(controller)
    window.statusBar().addPermanentWidget(widget)
    window.addAction(widget.sync_now_action)  # F5 works wherever the focus is
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QToolButton, QWidget

from ui.detail.timeline_model import local, relative_time
from ui.said import in_words
from ui.sync.accounts_dialog import AccountsDialog
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.controller import SyncController, SyncSummary
from ui.sync.log_dialog import SyncLogDialog
from ui.sync.texts import account_name

RELATIVE_REFRESH_MS = 30_000  # "5 min ago" stays true


class SyncStatusWidget(QToolButton):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Sync status"))

        self.sync_menu = QMenu(self)
        self.setup_action = self._action(self.tr("Set up sync…"), self.open_accounts)
        self.password_action = self._action(self.tr("Enter the password…"), self.enter_password)
        self.review_action = self._action(self.tr("Review the first sync…"), self.review_first_sync)
        self.sync_now_action = self._action(self.tr("Sync now"), controller.sync_now)
        self.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_now_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.conflicts_action = self._action(self.tr("Conflicts…"), self.open_conflicts)
        self.sync_menu.addSeparator()
        self.log_action = self._action(self.tr("Sync log…"), self.open_log)
        self.accounts_action = self._action(self.tr("Accounts…"), self.open_accounts)
        self.setMenu(self.sync_menu)

        self._tick = QTimer(self)
        self._tick.setInterval(RELATIVE_REFRESH_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        controller.status_changed.connect(self._on_controller_status_changed)
        self.show_summary(controller.summary)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.sync_menu.addAction(action)
        return action

    # --- what it shows -------------------------------------------------------------------------------

    def show_summary(self, summary: SyncSummary) -> None:
        self._summary = summary
        has = summary.has_accounts
        self.setup_action.setVisible(not has)
        self.password_action.setVisible(bool(summary.needs_password))
        self.review_action.setVisible(bool(summary.held))
        if summary.held:
            self.review_action.setText(
                self.tr("Review the first sync with %1…").replace("%1", account_name(summary.held[0])))
        if summary.needs_password:
            self.password_action.setText(
                self.tr("Enter the password for %1…").replace("%1", account_name(summary.needs_password[0])))
        self.sync_now_action.setVisible(has)
        self.sync_now_action.setEnabled(has)  # F5 with no account does nothing: say so by being off
        self.conflicts_action.setVisible(summary.open_conflicts > 0)
        self.conflicts_action.setText(self.tr("Conflicts (%1)…").replace("%1", QLocale().toString(
            summary.open_conflicts)))
        self.log_action.setVisible(has)
        self.accounts_action.setVisible(has)
        self.setText(self.label_text(summary))
        self.setToolTip(self.tooltip_text(summary))
        self.setIcon(self._icon(summary))

    def label_text(self, summary: SyncSummary) -> str:
        if not summary.has_accounts:
            return self.tr("Sync not set up")
        if summary.running:
            main = self.tr("Syncing…")
        elif summary.needs_password:
            main = self.tr("Sync paused: password needed")
        elif summary.held and summary.last_sync_at is None:
            main = self.tr("Sync waits for you to start it")
        elif summary.offline:
            main = self.tr("Offline")
        elif summary.error:
            main = (self.tr("Sync failed %1").replace("%1", self._relative(summary))
                    if summary.last_sync_at else self.tr("Sync failed"))
        elif summary.last_sync_at is None:
            main = self.tr("Not synced yet")
        else:
            main = self.tr("Synced %1").replace("%1", self._relative(summary))
        parts = [main]
        if summary.pending:
            parts.append(self.tr("%n to upload", "", summary.pending))
        if summary.open_conflicts:
            parts.append(self.tr("%n in conflict", "", summary.open_conflicts))
        return " · ".join(parts)

    def tooltip_text(self, summary: SyncSummary) -> str:
        if not summary.has_accounts:
            return self.tr("Sync contacts, meetings and tasks with a CardDAV/CalDAV server: click to set it up.")
        lines = []
        if summary.last_sync_at is not None:
            exact = QLocale().toString(local(summary.last_sync_at), QLocale.FormatType.LongFormat)
            lines.append(self.tr("Last sync: %1").replace("%1", exact))
        else:
            lines.append(self.tr("No sync yet"))
        lines.append(self.tr("Changes waiting to upload: %1").replace("%1", QLocale().toString(summary.pending)))
        lines.append(self.tr("Open conflicts: %1").replace("%1", QLocale().toString(summary.open_conflicts)))
        if summary.error:
            lines.append(self.tr("Last error: %1").replace("%1", in_words(summary.error)))
        if summary.offline:
            lines.append(self.tr("No network: changes are kept and sync when it returns."))
        if not summary.persistent_passwords:
            lines.append(self.tr("No keyring on this system: passwords are kept until Rapport closes."))
        return "\n".join(lines)

    def _relative(self, summary: SyncSummary) -> str:
        assert summary.last_sync_at is not None
        return relative_time(summary.last_sync_at, self.controller.now())

    def _icon(self, summary: SyncSummary) -> QIcon:
        style = self.style() or QApplication.style()
        if summary.has_accounts and (summary.error or summary.needs_password or summary.open_conflicts):
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload)

    def _on_controller_status_changed(self, summary: object) -> None:
        if isinstance(summary, SyncSummary):
            self.show_summary(summary)

    def _on_tick_timeout(self) -> None:
        self.setText(self.label_text(self._summary))

    # --- what it opens -------------------------------------------------------------------------------

    def open_accounts(self) -> QWidget:
        dialog = AccountsDialog(self.controller, self.window())
        dialog.open()
        if not self._summary.has_accounts:
            dialog.show_add_form()
        return dialog

    def review_first_sync(self) -> QWidget | None:
        if not self._summary.held:
            return None
        dialog = AccountsDialog(self.controller, self.window())
        dialog.open()
        dialog.show_first_sync(self._summary.held[0].id)
        return dialog

    def enter_password(self) -> QWidget | None:
        if not self._summary.needs_password:
            return None
        dialog = AccountsDialog(self.controller, self.window())
        dialog.open()
        dialog.ask_password(self._summary.needs_password[0])
        return dialog

    def open_log(self) -> QWidget:
        dialog = SyncLogDialog(self.controller, self.window())
        dialog.open()
        return dialog

    def open_conflicts(self) -> QWidget:
        dialog = ConflictsDialog(self.controller, self.window())
        dialog.open()
        return dialog
