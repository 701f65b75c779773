"""The sync screens: the controller that decides when sync runs (in the background), the status-bar
indicator, the accounts, log and conflicts dialogs. The engine is sync/; nothing here blocks the UI."""

from ui.sync.accounts_dialog import AccountsDialog
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.controller import SyncController, SyncSummary
from ui.sync.log_dialog import SyncLogDialog
from ui.sync.status_widget import SyncStatusWidget

__all__ = ["AccountsDialog", "ConflictsDialog", "SyncController", "SyncLogDialog", "SyncStatusWidget", "SyncSummary"]
