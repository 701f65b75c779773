"""Server accounts: the list, what each syncs, and adding one.

Adding takes a URL or just a domain (RFC 6764 discovery), a user name and a password. The password goes
to the engine's credentials only (the keyring; where there is none, memory until Rapport closes, and the
form says so). "Trust this server's certificate" appears only after the server showed a certificate no
authority signed, with its fingerprint. The discovery runs off the UI thread with a busy bar and Cancel.

    AccountsDialog(controller, parent).open()
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from sync.credentials import keyring_available
from sync.dav import format_fingerprint
from sync.service import AddedAccount, account_address, crosses_in_clear
from sync.state import AccountRow, CollectionRow
from ui.said import in_words
from ui.sync.controller import AddFailure, SyncController, SyncSummary
from ui.sync.texts import (
    account_name,
    collection_holds,
    first_sync_html,
    stored_time,
    stored_time_long,
    takes_meetings,
    takes_tasks,
    translate,
    user_at_host,
)
from ui.workers import Task

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractListModel):
    """The server accounts, one line each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountRow] = []

    def set_accounts(self, accounts: list[AccountRow]) -> None:
        if accounts == self._accounts:
            return
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> AccountRow:
        return self._accounts[row]

    def row_of(self, account_id: int) -> int:
        return next((i for i, a in enumerate(self._accounts) if a.id == account_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return account_name(account)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [account.url, translate("SyncTexts", "Last sync: %1").replace(
                "%1", stored_time_long(account.last_sync_at))]
            if account.last_error:
                lines.append(translate("SyncTexts", "Last error: %1").replace("%1", in_words(account.last_error)))
            if account.tls_fingerprint:
                lines.append(translate("SyncTexts", "Trusted certificate: %1").replace(
                    "%1", format_fingerprint(account.tls_fingerprint)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and account.last_error:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


class CollectionsModel(QAbstractTableModel):
    """The address books and calendars of one account: sync or not, and where new records go.
    Checking a box saves at once (off the UI thread, through the controller)."""

    NAME, HOLDS, SYNC, PRIVATE, NEW, NEW_TASKS, SUMMARY = range(7)

    def __init__(self, controller: SyncController, parent: Any = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: list[CollectionRow] = []

    def set_collections(self, rows: list[CollectionRow]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def collection(self, row: int) -> CollectionRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [translate("SyncTexts", "Name"), translate("SyncTexts", "Holds"), translate("SyncTexts", "Sync"),
                    translate("SyncTexts", "Private"),
                    # Two lines each: the columns of check boxes stay narrow at 960 pixels in every language.
                    translate("SyncTexts", "New items\ngo here"), translate("SyncTexts", "New tasks\nand deals"),
                    translate("SyncTexts", "Deals\non phones")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [None, None, translate("SyncTexts", "Keep this collection in step with Rapport"),
                    translate("SyncTexts", "Your own collection, not the office's: what it holds is private, and"
                              " records you keep private go here (with no such collection they stay on this"
                              " computer); private records never go to the office's collections"),
                    translate("SyncTexts", "Contacts and accounts you create go to this address book; meetings to"
                              " this calendar, and calls, e-mails and notes too when it takes them (else to the"
                              " first calendar that does)"),
                    translate("SyncTexts", "Tasks and deals you create go to this calendar"),
                    translate("SyncTexts", "Each person's card ends its note with where things stand: the open deal"
                              " and its stage, the next step, the last call. Phones show it on the contact's page;"
                              " the person's own note stays as it is")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable(index):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _checkable(self, index: Index) -> bool:
        row = self._rows[index.row()]
        if index.column() in (self.SYNC, self.PRIVATE):
            return True
        if index.column() == self.NEW:  # a calendar of journal entries only takes no meetings
            return row.kind == "addressbook" or takes_meetings(row)
        if index.column() == self.SUMMARY:
            return row.kind == "addressbook"
        return index.column() == self.NEW_TASKS and takes_tasks(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.display_name or row.href
            if column == self.HOLDS:
                return collection_holds(row)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            checked = {self.SYNC: row.enabled, self.PRIVATE: row.private, self.NEW: row.default_for_new,
                       self.NEW_TASKS: row.default_for_tasks, self.SUMMARY: row.phone_summary}
            return Qt.CheckState.Checked if checked[column] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return translate("SyncTexts", "%1\nLast sync: %2").replace("%1", row.href).replace(
                    "%2", stored_time(row.last_sync_at))
            if column == self.NEW and row.default_for_new:
                return translate("SyncTexts", "To send new items elsewhere, check another collection of the same kind.")
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (self.SYNC, self.PRIVATE, self.NEW,
                                                                     self.NEW_TASKS, self.SUMMARY):
            state = self.data(index, Qt.ItemDataRole.CheckStateRole)
            if state is None:
                return ""
            return translate("SyncTexts", "yes") if state == Qt.CheckState.Checked else translate("SyncTexts", "no")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._checkable(index):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row, column = self._rows[index.row()], index.column()
        if column == self.SYNC:
            self._replace(index.row(), enabled=checked)
            self._controller.set_collection_flags(row.id, enabled=checked)
            return True
        if column == self.PRIVATE:
            self._replace(index.row(), private=checked)
            self._controller.set_collection_flags(row.id, private=checked)
            return True
        if column == self.SUMMARY:
            self._replace(index.row(), phone_summary=checked)
            self._controller.set_collection_flags(row.id, phone_summary=checked)
            return True
        if not checked:
            return False  # one collection of a kind is always where new items go: pick another instead
        same_kind = [i for i, r in enumerate(self._rows) if r.kind == row.kind]
        if column == self.NEW:
            for i in same_kind:
                self._replace(i, default_for_new=i == index.row())
            self._controller.set_collection_flags(row.id, default_for_new=True)
        else:
            for i in same_kind:
                self._replace(i, default_for_tasks=i == index.row())
            self._controller.set_collection_flags(row.id, default_for_tasks=True)
        return True

    def _replace(self, row: int, **changes: Any) -> None:
        from dataclasses import replace

        self._rows[row] = replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class AccountsDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncAccountsDialog")
        self.setWindowTitle(self.tr("Sync accounts"))
        self.controller = controller
        self._task: Task | None = None
        self._wanted: list[bool] = []
        self._added_id = -1
        self.fingerprint = ""

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_list_page())
        self.pages.addWidget(self._build_add_page())
        self.pages.addWidget(self._build_first_sync_page())
        self._preview_task: Task | None = None
        self._first_account = -1
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        controller.status_changed.connect(self._on_controller_status_changed)
        self._on_controller_status_changed(controller.summary)
        controller.refresh_status()
        # Wide enough for a collection's name beside its six columns (at 100 characters the names scrolled
        # out of sight), never wider than the window it opens over.
        em = self.fontMetrics().averageCharWidth()
        width = em * 150 if parent is None else min(em * 150, parent.window().width() - 2 * em)
        self.resize(width, self.fontMetrics().height() * 24)

    # --- the list of accounts ----------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        page = QWidget()
        self.accounts_model = AccountsModel(self)
        self.accounts_view = QListView()
        self.accounts_view.setObjectName("syncAccounts")
        self.accounts_view.setAccessibleName(self.tr("Accounts"))
        self.accounts_view.setModel(self.accounts_model)
        self.accounts_view.selectionModel().currentRowChanged.connect(self._on_accounts_current_row_changed)
        self.collections_model = CollectionsModel(self.controller, self)
        self.collections_view = QTableView()
        self.collections_view.setObjectName("syncCollections")
        self.collections_view.setAccessibleName(self.tr("Address books and calendars"))
        self.collections_view.setModel(self.collections_model)
        self.collections_view.verticalHeader().hide()
        self.collections_view.setShowGrid(False)
        self.collections_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # The name and what it holds share what the boxes leave, each wrapped onto more lines rather than cut
        # ("Office …") where the window is narrow and the language long.
        self.collections_view.setWordWrap(True)
        self.collections_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.collections_view.horizontalHeader()
        header.setSectionResizeMode(CollectionsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CollectionsModel.HOLDS, QHeaderView.ResizeMode.Stretch)
        for column in (CollectionsModel.SYNC, CollectionsModel.PRIVATE, CollectionsModel.NEW,
                       CollectionsModel.NEW_TASKS, CollectionsModel.SUMMARY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.account_title = QLabel()
        self.account_title.setObjectName("syncAccountTitle")
        self.account_title.setWordWrap(True)
        self.account_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setObjectName("syncAccountsNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.account_title)
        right_layout.addWidget(self.collections_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.accounts_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.fontMetrics().averageCharWidth() * 26, self.fontMetrics().averageCharWidth() * 70])

        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.review_button = QPushButton(self.tr("&Review the first sync…"))
        self.review_button.setObjectName("syncReviewFirst")
        self.review_button.clicked.connect(self._on_review_button_clicked)
        self.review_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        return page

    def _on_controller_status_changed(self, summary: object) -> None:
        if not isinstance(summary, SyncSummary):
            return
        current = self.accounts_view.currentIndex()
        chosen = self.accounts_model.account(current.row()).id if current.isValid() else self._added_id
        self.accounts_model.set_accounts(summary.accounts)
        self._collections = summary.collections
        row = self.accounts_model.row_of(chosen) if chosen != -1 else 0
        if self.accounts_model.rowCount() and row >= 0:
            self.accounts_view.setCurrentIndex(self.accounts_model.index(row, 0))
        self._show_account()

    def _on_accounts_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_account()

    def _show_account(self) -> None:
        index = self.accounts_view.currentIndex()
        if not index.isValid():
            self.account_title.setText(self.tr("No account yet: add one to sync with a CardDAV/CalDAV server."))
            self.collections_model.set_collections([])
            return
        account = self.accounts_model.account(index.row())
        text = self.tr("%1 — last sync %2").replace("%1", account.url).replace(
            "%2", stored_time(account.last_sync_at))
        if account.last_error:
            text += "\n" + self.tr("Last error: %1").replace("%1", in_words(account.last_error))
        held = self.controller.is_held(account.id)
        if held:
            text += "\n" + self.tr("Not synced yet: it waits for you to review and start its first sync.")
        self.review_button.setVisible(held)
        self.account_title.setText(text)
        self.collections_model.set_collections([c for c in getattr(self, "_collections", [])
                                                if c.account_id == account.id])

    def _on_add_button_clicked(self) -> None:
        self.show_add_form()

    # --- adding an account ---------------------------------------------------------------------------

    def _build_add_page(self) -> QWidget:
        page = QWidget()
        self.add_title = QLabel()
        self.add_title.setObjectName("syncAddTitle")
        self.add_title.setWordWrap(True)
        self.url_field = QLineEdit()
        self.url_field.setPlaceholderText(self.tr("https://dav.example.com/, example.com or your e-mail address"))
        self.url_field.setAccessibleName(self.tr("Server address"))
        self.user_field = QLineEdit()
        self.user_field.setAccessibleName(self.tr("User name"))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("Password"))
        self.keyring_note = QLabel(self.tr("There is no keyring on this system: this password is kept until"
                                           " Rapport closes, and asked for again next time."))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("syncKeyringNote")
        self.error_label = QLabel()
        self.error_label.setObjectName("syncAddError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        # A plain http:// server off this machine: said before anything is sent, and sent only if ticked.
        self.insecure_box = QCheckBox(self.tr("Send the password and the cards u&nencrypted: this server has"
                                              " no https, and anyone on the network between can read them"))
        self.insecure_box.setObjectName("syncInsecureHttp")
        self.insecure_box.hide()
        self.url_field.textChanged.connect(
            lambda text: self.insecure_box.setVisible(crosses_in_clear(text)))
        # The server sent us on to another server: nothing went there; ticked, the next add goes there.
        self.moved_to = ""
        self._asked_url = ""  # the address the add in flight went to (the form's, or a moved server's)
        self.moved_box = QCheckBox()
        self.moved_box.setObjectName("syncMovedServer")
        self.moved_box.hide()
        self.url_field.textChanged.connect(self._forget_moved)
        self._user_from_email = ""  # the user name filled in from an e-mail address typed as the server
        self.url_field.textChanged.connect(self._on_url_field_text_changed)
        self.trust_box = QCheckBox(self.tr("Trust this server's certificate"))
        self.trust_box.setObjectName("syncTrustCertificate")
        self.trust_box.hide()
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint_label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Server:"), self.url_field)
        form.addRow(self.tr("&User name:"), self.user_field)
        form.addRow(self.tr("&Password:"), self.password_field)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: discovery takes a few requests, their number unknown
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Looking for address books and calendars…"))
        busy = self.busy_row = QWidget()
        busy_layout = QHBoxLayout(busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        busy.hide()

        self.add_buttons = QDialogButtonBox()
        self.confirm_button = self.add_buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.cancel_button = self.add_buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        for field in (self.url_field, self.user_field, self.password_field):
            field.textChanged.connect(self._update_confirm)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_title)
        layout.addLayout(form)
        layout.addWidget(self.insecure_box)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.trust_box)
        layout.addWidget(self.moved_box)
        layout.addStretch(1)
        layout.addWidget(busy)
        layout.addWidget(self.add_buttons)
        return page

    def show_add_form(self, url: str = "", username: str = "") -> None:
        """The form for a new account (or, with url and user name, for a password asked again)."""
        self.add_title.setText(self.tr("Connect Rapport to the CardDAV/CalDAV server your office already uses"
                                       " (Nextcloud, Fastmail, iCloud, Radicale, Baïkal…). Its address books and"
                                       " calendars are found from the address."))
        self.url_field.setText(url)
        self.user_field.setText(username)
        self.url_field.setReadOnly(bool(url))
        self.user_field.setReadOnly(bool(url))
        self.password_field.clear()
        self.keyring_note.setVisible(not keyring_available())
        self._show_error("")
        self.trust_box.setChecked(False)
        self.trust_box.hide()
        self.insecure_box.setChecked(False)
        self.fingerprint_label.hide()
        self.fingerprint = ""
        self._forget_moved()
        self._set_busy(False)
        self.confirm_button.setDefault(True)  # Enter in the form adds (one default button per dialog: this page's)
        self.pages.setCurrentIndex(1)
        (self.password_field if url else self.url_field).setFocus()

    def ask_password(self, account: AccountRow) -> None:
        """The server refused the password of `account` (or none is known): enter it again."""
        self.show_add_form(account.url, account.username)
        if not keyring_available():
            text = self.tr("This system has no keyring to keep passwords between sessions, so Rapport asks for the"
                           " password of %1 each time it starts. Enter it for this session.")
        elif self.controller.password_missing(account):
            text = self.tr("Rapport has no password for %1 (the keyring does not hold one). Enter it; Rapport"
                           " checks it with the server before syncing.")
        else:
            text = self.tr("The server did not accept the password for %1. Enter it again; Rapport checks it with"
                           " the server before syncing.")
        self.add_title.setText(text.replace("%1", account_name(account)))
        self.confirm_button.setText(self.tr("Check and save"))

    def _update_confirm(self) -> None:
        ready = all(f.text().strip() for f in (self.url_field, self.user_field)) and bool(self.password_field.text())
        self.confirm_button.setEnabled(ready and self._task is None)

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        for field in (self.url_field, self.user_field, self.password_field, self.trust_box, self.moved_box):
            field.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Stop waiting") if busy else self.tr("Cancel"))
        self._update_confirm()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _forget_moved(self) -> None:
        self.moved_to = ""
        self.moved_box.setChecked(False)
        self.moved_box.hide()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_confirm_button_clicked(self) -> None:
        if self._task is not None:
            return
        self._show_error("")
        # Adds run one after another (the writes pool has one thread), so results come back in the order
        # asked: `_wanted` says, per add in flight, whether the user still waits for it.
        self._wanted.append(True)
        going_on = self.moved_to if self.moved_to and self.moved_box.isChecked() else ""
        self._asked_url = going_on or self.url_field.text().strip()
        self._task = self.controller.add_account(self._asked_url, self.user_field.text().strip(),
                                                 self.password_field.text(), self.trust_box.isChecked(),
                                                 insecure_http=self.insecure_box.isChecked(),
                                                 done=self._on_task_succeeded, failed=self._on_task_failed)
        self._set_busy(True)

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            # The server may still answer: the engine cannot stop a discovery half way. Stop waiting; if it
            # answers after all, the account shows up in the list (and nothing else happens).
            self._task = None
            self._wanted[-1] = False
            self._set_busy(False)
            self._back_to_list(self.tr("Stopped waiting for the server. If it answers after all, the account"
                                       " appears in the list."))
            return
        if self.accounts_model.rowCount():
            self._back_to_list("")
        else:
            self.reject()

    def _on_url_field_text_changed(self, text: str) -> None:
        """An e-mail address typed as the server is the user name too (RFC 6764: its domain's DNS names the
        server), unless the user typed another."""
        try:
            email = account_address(text).email if "@" in text and "://" not in text else ""
        except RapportError:  # half typed ("ann@exa["): said when added, not while typing
            email = ""
        if self.user_field.isReadOnly() or self.user_field.text() not in ("", self._user_from_email):
            return
        self.user_field.setText(email)
        self._user_from_email = email

    def _offer_moved(self, moved_to: str, named_by: str = "") -> None:
        """The server sent discovery on to another server (or the DNS of the domain typed named one of
        another domain): said, and offered as a box to tick (nothing of the user's went there; their
        credentials go only on their word)."""
        self.moved_to = moved_to
        if named_by:
            said_so = self.tr("The DNS of %1 names %2, a server of another domain, as its address book and"
                              " calendar server. Nothing was sent there. If that is your provider's server, tick"
                              " the box and add again.").replace("%1", named_by).replace("%2", moved_to)
        else:
            said_so = self.tr("The server at %1 sent Rapport on to %2, another server. Nothing was sent"
                              " there. If that is your provider's server, tick the box and add again.") \
                .replace("%1", self._asked_url).replace("%2", moved_to)
        self._show_error(said_so)
        self.moved_box.setText(self.tr("&Go on to that server with this user name and password"))
        self.moved_box.setChecked(False)
        self.moved_box.show()
        self.moved_box.setFocus()

    def _back_to_list(self, notice: str) -> None:
        self.password_field.clear()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.pages.setCurrentIndex(0)

    def _on_task_succeeded(self, value: object) -> None:
        if not self._wanted.pop(0):
            return  # the user stopped waiting for this one
        self._task = None
        self._set_busy(False)
        if isinstance(value, AddFailure):
            if value.moved_to:
                self._offer_moved(value.moved_to, value.named_by)
                return
            if value.certificate_fingerprint:
                self.fingerprint = value.certificate_fingerprint
                self._show_error(self.tr("The server's certificate is not signed by an authority this computer"
                                         " trusts. If this is your own server, compare the fingerprint below with"
                                         " the one the server shows, then trust it."))
                shown = format_fingerprint(value.certificate_fingerprint)
                half = len(shown) // 2 + 1  # two lines of 16 bytes: a fingerprint has no space to wrap at
                self.fingerprint_label.setText(self.tr("SHA-256 fingerprint:") + f"\n{shown[:half]}\n{shown[half:]}")
                self.fingerprint_label.show()
                self.trust_box.show()
            else:
                self._show_error(in_words(value.message))
            self.password_field.setFocus()
            return
        if isinstance(value, AddedAccount):
            self._added_id = value.account_id
            books = sum(c.kind == "addressbook" for c in value.collections)
            calendars = sum(c.kind == "calendar" for c in value.collections)
            notice = self.tr("Added: %1 and %2. Choose below what syncs and where new items go, then review the"
                             " first sync.").replace("%1", self.tr("%n address book(s)", "", books)).replace(
                "%2", self.tr("%n calendar(s)", "", calendars))
            if not value.password_saved:
                notice += " " + self.tr("There is no keyring on this system: the password is kept until Rapport"
                                        " closes.")
            elif value.notice:  # what discovery could not do (no calendar for tasks, say)
                notice += " " + in_words(value.notice)
            self._back_to_list(notice)
            row = self.accounts_model.row_of(value.account_id)
            if row >= 0:
                self.accounts_view.setCurrentIndex(self.accounts_model.index(row, 0))
            self.show_first_sync(value.account_id, user_at_host(value.username, value.url))

    # --- before the first sync ------------------------------------------------------------------------

    def _build_first_sync_page(self) -> QWidget:
        page = QWidget()
        self.first_title = QLabel()
        self.first_title.setObjectName("syncFirstTitle")
        self.first_title.setWordWrap(True)
        font = self.first_title.font()
        font.setBold(True)
        self.first_title.setFont(font)
        self.first_summary = QLabel()
        self.first_summary.setObjectName("syncFirstSummary")
        self.first_summary.setWordWrap(True)
        self.first_summary.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(self.tr("Nothing is sent or fetched until you start. To change what syncs, or where new"
                              " contacts, meetings and tasks go, choose the collections first."))
        note.setWordWrap(True)
        self.first_buttons = QDialogButtonBox()
        self.start_button = self.first_buttons.addButton(self.tr("&Start syncing"),
                                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button = self.first_buttons.addButton(self.tr("&Choose collections…"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self.first_buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first_title)
        layout.addWidget(self.first_summary)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.first_buttons)
        return page

    def show_first_sync(self, account_id: int, added_name: str = "") -> None:
        """What the first sync of the account will do, read from here and from the server; it starts only
        when the user says so (Start syncing, or Enter)."""
        account = next((a for a in self.controller.summary.accounts if a.id == account_id), None)
        # Just added, the summary may not be read again yet: the caller names the account then.
        name = account_name(account) if account is not None else added_name
        self._first_account = account_id
        self.first_title.setText(self.tr("Before the first sync with %1").replace("%1", name))
        self.first_summary.setText(self.tr("Reading what is here and what the server holds…"))
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)  # Enter here starts it (one default button per dialog: this page's)
        self.pages.setCurrentIndex(2)
        self._preview_task = self.controller.preview(account_id, done=self._on_preview_done,
                                                     failed=self._on_preview_failed)

    def _on_preview_done(self, value: object) -> None:
        if self.sender() is not self._preview_task or not isinstance(value, list):
            return
        self._preview_task = None
        self.first_summary.setText(first_sync_html(value) if value else self.tr(
            "No collection of this account is chosen to sync: choose the collections first."))
        self.start_button.setEnabled(bool(value))
        if value:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_preview_failed(self, message: str) -> None:
        self._preview_task = None
        self.first_summary.setText(self.tr("Could not read what the first sync would do: %1").replace("%1", message))
        self.start_button.setEnabled(True)

    def _on_start_button_clicked(self) -> None:
        if self._first_account != -1:
            self.controller.release(self._first_account)
        self._back_to_list(self.tr("The first sync has started; it goes on in the background."))

    def _on_choose_button_clicked(self) -> None:
        self.pages.setCurrentIndex(0)  # what the list said (the account just added) stays said
        self.collections_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_later_button_clicked(self) -> None:
        self._back_to_list(self.tr("The account waits: nothing syncs with it until you review and start its first"
                                   " sync."))

    def _on_review_button_clicked(self) -> None:
        index = self.accounts_view.currentIndex()
        if index.isValid():
            self.show_first_sync(self.accounts_model.account(index.row()).id)

    def _on_task_failed(self, message: str) -> None:
        if not self._wanted.pop(0):
            return
        self._task = None
        self._set_busy(False)
        self._show_error(message)

    def reject(self) -> None:
        self._task = None  # a discovery under way finishes by itself; its result is no longer this dialog's
        self._wanted = [False] * len(self._wanted)
        super().reject()
