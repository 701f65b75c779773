"""Mail from the IMAP accounts (sync/mail_fetch.py) in the background, like sync: shortly after the window
starts and every quarter of an hour while an account exists, and when the user asks (File ▸ Fetch Mail, F9,
as in the mail programs). A fetch is an operation on the SYNC pool (ui/operations): its waits on the server
never hold up an edit, and what it writes every view shows. One the user asked for is one step of Edit ▸
Undo; one on the timer is not (it would take away the user's redo). An account whose password the server
refused is left out of the timer's fetches until the user fetches it by hand or adds it again (no server
is asked a wrong password every quarter of an hour: some lock the account).

Signals:
    started(): a fetch began.
    progressed(int): messages read so far.
    finished(object): the MailFetchReport (an account that failed says why in it; the others went on).
    failed(str): the fetch could not be done at all (another one is running from the command line).
    accounts_changed(): an account was added or removed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import Services
from app.unit_of_work import Origin
from sync.credentials import Credentials
from sync.mail_fetch import MailAccounts, MailFetchReport
from ui.operations.operation import Op, running_task
from ui.said import in_words
from ui.workers import READS, SYNC, Task, pool

INTERVAL_MS = 15 * 60 * 1000
FIRST_MS = 20 * 1000  # after the window is up and the first sync had its turn


class MailFetcher(QObject):
    started = Signal()
    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)
    accounts_changed = Signal()

    def __init__(self, services: Services, credentials: Credentials | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.mail = MailAccounts(services, credentials or Credentials())
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer)
        self._check: Task | None = None
        self._refused: set[int] = set()  # accounts whose password the server refused

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Fetch on a timer when there is an account (asked off the UI thread)."""
        self.when_accounts(self._on_checked)

    def when_accounts(self, then: Callable[[bool], object]) -> None:
        """`then(whether there is a mail account)`, asked off the UI thread."""
        mail = self.mail
        self._check = Task(lambda _task: bool(mail.accounts()), self._services)
        self._check.succeeded.connect(then)
        self._check.start(READS)

    def _on_checked(self, has_accounts: object) -> None:
        if not has_accounts:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
            QTimer.singleShot(FIRST_MS, self, self._on_timer)

    def note_accounts_changed(self, account_id: int | None = None) -> None:
        """An account was added (again: its password entered anew) or removed: the timer follows."""
        self._refused.discard(account_id or 0)
        self.accounts_changed.emit()
        self.start()

    def _on_timer(self) -> None:
        if self.timer.isActive():  # not after shutdown()
            self.fetch(by_hand=False)

    def fetch(self, *, by_hand: bool = True) -> Task | None:
        """Fetch now, unless a fetch is under way (then that one is the answer). `by_hand`: the user asked
        (an undo step, and accounts refused before are tried again)."""
        if self._task is not None:
            return self._task
        mail, refused = self.mail, frozenset(() if by_hand else self._refused)
        origin = Origin.IMPORT if by_hand else Origin.SYNC

        def work(_services: Services) -> MailFetchReport:
            task = running_task()
            chosen = [a.id for a in mail.accounts() if a.id not in refused]
            return mail.fetch(progress=lambda read: task.report(read), stop=lambda: task.cancelled,
                              account_ids=chosen, origin=origin)

        self._task = Op(None, self._services, self.tr("Fetch mail"), work, own_units=True, pool=SYNC) \
            .progress(self._on_progress).success(self._on_done).failure(self._on_failed).run(initiator=self)
        self.started.emit()
        return self._task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """At close: no more fetches, and the one under way stopped at its next chunk and waited for
        (bounded), so the store is not closed under it. True when nothing is left running."""
        self.timer.stop()
        if self._task is None:
            return True
        self._task.cancel()
        return bool(pool(SYNC).waitForDone(timeout_ms))

    def _on_progress(self, done: int, _total: int) -> None:
        self.progressed.emit(done)

    def _on_done(self, report: object) -> None:
        self._task = None
        if isinstance(report, MailFetchReport):
            for account in report.accounts:
                if account.refused:
                    self._refused.add(account.account_id)
                elif not account.error:
                    self._refused.discard(account.account_id)
        self.finished.emit(report)

    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self.failed.emit(in_words(error))

    def report_text(self, report: MailFetchReport) -> str:
        """One line for the status bar and the accounts dialog."""
        text = self.tr("Mail: new on timelines: %1 (messages read: %2; from and to no contact: %3).") \
            .replace("%1", f"{report.logged:,}").replace("%2", f"{report.read:,}") \
            .replace("%3", f"{report.not_for_the_crm:,}")
        if report.stopped:
            text = self.tr("Stopped. %1").replace("%1", text)
        for account in report.accounts:
            if account.error:  # a Said: in the user's language
                text += " " + self.tr("Not read: %1 (%2)").replace("%1", account.account) \
                    .replace("%2", in_words(account.error))
        return text

