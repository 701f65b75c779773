"""File ▸ Mail Accounts…: the IMAP accounts whose mail comes onto the timelines (sync/mail_fetch.py), adding
one, removing one, and fetching now with its progress and Cancel.

Adding logs in once, off the UI thread (an operation on the SYNC pool: the network never holds up the
window), to check the password and find the Inbox and the Sent folder; the password goes to the keyring
only (where there is none, memory until Rapport closes, and the dialog says so). "Trust this server's
certificate" appears only after the server showed a certificate no authority signed, with its fingerprint.
Reading is read-only: nothing on the server is changed or marked read.

    MailAccountsDialog(fetcher, parent).open()
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from sync.credentials import keyring_available
from sync.imap import DEFAULT_PORTS, ImapCertificateError, server_fingerprint
from sync.mail_fetch import AddedMailAccount, MailAccount, MailFetchReport
from sync.reasons import format_fingerprint
from ui.mail_fetcher import MailFetcher
from ui.operations.operation import Op
from ui.said import in_words
from ui.sync.texts import stored_time
from ui.workers import READS, SYNC, Task

AccountRole = Qt.ItemDataRole.UserRole


class MailAccountsDialog(QDialog):
    def __init__(self, fetcher: MailFetcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetcher = fetcher
        self._services: Services = fetcher.mail.services
        self._adding = False
        self._untrusted = ""  # the fingerprint the server showed, when no authority signed its certificate
        self._said = ""  # what adding an account said, kept before what its first fetch says
        self._stopping = False
        self._trust_task: Task | None = None
        self.setWindowTitle(self.tr("Mail Accounts"))
        intro = QLabel(self.tr("Mail from and to your contacts comes onto their timelines from these accounts;"
                               " nothing else of your mail is kept, and nothing on the server is changed."))
        intro.setWordWrap(True)
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(self.tr("Mail accounts"))
        self.accounts.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.fetch_button = QPushButton(self.tr("&Fetch Now"))
        self.fetch_button.setAutoDefault(False)
        self.fetch_button.clicked.connect(self.fetch_or_cancel)
        row = QHBoxLayout()
        row.addWidget(self.fetch_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        self.server = QLineEdit()
        self.server.setPlaceholderText("imap.example.org")
        self.security = QComboBox()
        self.security.addItem(self.tr("TLS (port 993)"), "tls")
        self.security.addItem(self.tr("STARTTLS (port 143)"), "starttls")
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["tls"])
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("often your e-mail address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folders = QLineEdit()
        self.folders.setPlaceholderText(self.tr("Inbox and Sent"))
        self.folders.setToolTip(self.tr("The folders to read, separated by commas; empty: the Inbox and the"
                                        " Sent folder"))
        self.trust = QCheckBox(self.tr("&Trust this server's certificate"))
        self.trust.hide()
        # The fingerprint under it, on two lines of 16 bytes: on one it made the dialog wider than a screen.
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.hide()
        self.add_button = QPushButton(self.tr("&Add Account"))
        self.add_button.clicked.connect(self.add)
        for edit in (self.server, self.user, self.password):
            edit.textChanged.connect(lambda _text: self._update_buttons())
        self.server.textChanged.connect(self._forget_trust)  # what was trusted was that server's certificate
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Connection:"), self.security)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Fo&lders:"), self.folders)
        form.addRow("", self.trust)
        form.addRow("", self.fingerprint)
        self.keyring_note = QLabel(self.tr("No keyring is available on this system: the password is kept until"
                                           " Rapport closes and will be asked for again."))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not keyring_available())

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # the box made Close the default: Enter in the form would close the dialog
        self.add_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.accounts, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fetcher.started.connect(self._on_fetch_started)
        fetcher.progressed.connect(self._on_fetch_progress)
        fetcher.finished.connect(self._on_fetched)
        fetcher.failed.connect(self._on_fetch_failed)
        if fetcher.running:
            self._on_fetch_started()
        self.resize(self.fontMetrics().averageCharWidth() * 84, self.fontMetrics().height() * 30)
        self.reload()
        self._update_buttons()
        self.server.setFocus()

    # --- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        mail = self._fetcher.mail
        task = Task(lambda _task: mail.accounts(), self._services)
        task.succeeded.connect(self._show_accounts)
        task.start(READS)

    def _show_accounts(self, accounts: object) -> None:
        assert isinstance(accounts, list)
        chosen = self.current_account()
        self.accounts.clear()
        for account in accounts:
            assert isinstance(account, MailAccount)
            last = stored_time(account.last_fetch_at.isoformat() if account.last_fetch_at else None)
            text = self.tr("%1 — %2 — last fetched %3").replace("%1", f"{account.username} @ {account.host}") \
                .replace("%2", ", ".join(account.folders)).replace("%3", last)
            if account.last_error:
                text += "\n" + self.tr("Not read: %1").replace("%1", in_words(account.last_error))
            item = QListWidgetItem(text)
            item.setData(AccountRole, account)
            self.accounts.addItem(item)
            if chosen is not None and chosen.id == account.id:
                self.accounts.setCurrentItem(item)
        if self.accounts.count() and self.accounts.currentRow() < 0:
            self.accounts.setCurrentRow(0)
        if not accounts and not self.status.text():  # (not over what was just said: "Removed …")
            self.status.setText(self.tr("No mail account yet: add one below."))
        self._update_buttons()

    def current_account(self) -> MailAccount | None:
        item = self.accounts.currentItem()
        account = item.data(AccountRole) if item is not None else None
        return account if isinstance(account, MailAccount) else None

    def _update_buttons(self) -> None:
        fetching = self._fetcher.running
        self.remove_button.setEnabled(self.current_account() is not None and not fetching and not self._adding)
        self.fetch_button.setEnabled(fetching or (self.accounts.count() > 0 and not self._adding))
        self.fetch_button.setText(self.tr("Cancel &Fetch") if fetching else self.tr("&Fetch Now"))
        self.add_button.setEnabled(not self._adding and all(e.text().strip() for e in (self.server, self.user))
                                   and bool(self.password.text()))

    # --- adding and removing -----------------------------------------------------------------------

    def _on_security_changed(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        host, user, password = self.server.text().strip(), self.user.text().strip(), self.password.text()
        port, security = self.port.value(), str(self.security.currentData())
        folders = [name.strip() for name in self.folders.text().split(",") if name.strip()]
        trusted = self._untrusted if self.trust.isVisible() and self.trust.isChecked() else ""
        mail = self._fetcher.mail

        def work(_services: Services) -> AddedMailAccount:
            # The fingerprint the user looked at is the one pinned: another certificate now is refused
            # before the password is sent.
            return mail.add_account(host, user, password, port=port, security=security, folders=folders,
                                    pinned=trusted)

        self._adding = True
        self.progress.show()
        self.status.setText(self.tr("Logging in to %1…").replace("%1", host))
        self._update_buttons()
        # Its own units of work: the login and the folders' listing wait on the network outside any
        # transaction (an edit beside it never waits for the server).
        Op(self, self._services, self.tr("Add mail account"), work, own_units=True, pool=SYNC) \
            .success(self._on_added).failure(self._on_add_failed).run(initiator=self)

    def _on_added(self, added: object) -> None:
        assert isinstance(added, AddedMailAccount)
        self._adding = False
        self.progress.hide()
        self.password.clear()
        self._forget_trust()
        self._untrusted = ""
        text = self.tr("Added %1; reading %2.").replace("%1", added.account.label) \
            .replace("%2", ", ".join(added.account.folders))
        if added.notice and not self.keyring_note.isVisible():  # (that note above says it already)
            text += " " + in_words(added.notice)
        self._said = text  # stays before what the first fetch says
        self.status.setText(text)
        self.reload()
        self._fetcher.note_accounts_changed(added.account.id)
        self._fetcher.fetch()

    def _on_add_failed(self, error: Exception) -> None:
        self._adding = False
        self.progress.hide()
        self._update_buttons()
        if isinstance(error, ImapCertificateError) and not self.trust.isVisible():
            # (The error's own words name the command line's --trust-certificate: here it is a box to tick.)
            self.status.setText(self.tr("Not added: the server's TLS certificate is not signed by an authority"
                                        " this computer trusts. If this is your own server, compare the"
                                        " fingerprint below with the server's and tick the box."))
            self._ask_trust()
            return
        self.status.setText(self.tr("Not added: %1").replace("%1", in_words(error)))

    def _ask_trust(self) -> None:
        """Read the certificate the server shows (off the UI thread) and offer to trust that one."""
        host, port, security = self.server.text().strip(), self.port.value(), str(self.security.currentData())
        task = Task(lambda _task: server_fingerprint(host, port, security))
        task.succeeded.connect(self._offer_trust)
        task.failed.connect(self._on_certificate_unread)
        task.start(SYNC)
        self._trust_task = task

    def _on_certificate_unread(self, message: str) -> None:
        self.status.setText(self.tr("Not added: the server's certificate could not be read (%1).")
                            .replace("%1", message))

    def _offer_trust(self, fingerprint: object) -> None:
        self._untrusted = str(fingerprint)
        shown = format_fingerprint(self._untrusted)
        self.fingerprint.setText(self.tr("SHA-256 fingerprint:") + f"\n{shown[:47]}\n{shown[48:]}")
        self.trust.setChecked(False)
        self.trust.show()
        self.fingerprint.show()

    def _forget_trust(self) -> None:
        self.trust.hide()
        self.fingerprint.hide()

    def remove_current(self) -> None:
        account = self.current_account()
        if account is None or not self.remove_button.isEnabled():
            return
        asked = QMessageBox.question(
            self, self.tr("Remove Mail Account"),
            self.tr("Remove %1? Its password is forgotten; the e-mails it brought stay on the timelines.")
            .replace("%1", account.label))
        if asked != QMessageBox.StandardButton.Yes:
            return
        mail = self._fetcher.mail
        Op(self, self._services, self.tr("Remove mail account"), lambda _s: mail.remove_account(account.id)) \
            .success(self._on_removed).run(initiator=self)

    def _on_removed(self, account: object) -> None:
        assert isinstance(account, MailAccount)
        self.status.setText(self.tr("Removed %1; its e-mails stay on the timelines.").replace("%1", account.label))
        self.reload()
        self._fetcher.note_accounts_changed()

    # --- fetching --------------------------------------------------------------------------------

    def fetch_or_cancel(self) -> None:
        if self._fetcher.running:
            self._fetcher.cancel()
            self._stopping = True
            self._say(self.tr("Stopping after the messages being written…"))
            return
        self._fetcher.fetch()

    def _say(self, text: str) -> None:
        """What a fetch says, after what adding the account said (its note of a missing keyring, say)."""
        self.status.setText(f"{self._said} {text}" if self._said else text)

    def _on_fetch_started(self) -> None:
        self.progress.show()
        self._say(self.tr("Fetching mail…"))
        self._update_buttons()

    def _on_fetch_progress(self, read: int) -> None:
        if not self._stopping:
            self._say(self.tr("%1 messages read…").replace("%1", f"{read:,}"))

    def _on_fetched(self, report: object) -> None:
        self.progress.hide()
        if isinstance(report, MailFetchReport):
            self._say(self._fetcher.report_text(report))
        self._said, self._stopping = "", False
        self.reload()

    def _on_fetch_failed(self, message: str) -> None:
        self.progress.hide()
        self._say(message)
        self._said, self._stopping = "", False
        self._update_buttons()

