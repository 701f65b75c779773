"""When sync runs, in the background: on start, on a timer, shortly after a local edit, when the network
comes back, and when the user asks. The UI never waits for it.

Runs go through ui/workers.py on the SYNC pool, beside the window's writer (an edit never waits for the
network), one at a time; a run
asked for while one is under way queues exactly one more. After a run the controller reads the status
(a READS task) and tells the window what moved:

Signals:
    status_changed(SyncSummary): the figures the status widget shows; after every run and refresh.
    started(): a run began.
    finished(SyncReport): a run ended (report.ok False when something needs attention).
    failed(str): a run or an action could not be done at all (one sentence for the user).
    credentials_needed(AccountRow): the server refused the password (401/403) or none is known; the
        timer stops until the user enters it again (the status widget offers that).
    conflicts_changed(): the open conflict list changed (a run found one, or one was resolved).
    records_changed(): a run or a resolve changed local records: the window reloads its lists.
    accounts_changed(): an account was added or its collections' choices changed.

An account added in the window is *held*: runs leave it out until the user has seen what its first sync
will do (`preview`: what goes up where, what the server holds) and said go (`release`). The held ids are
kept in the settings, so a restart does not start it behind the user's back.

Errors other than a refused password back off: the next automatic run waits twice as long each time
(from one minute up to an hour, or what the server's Retry-After asked if longer); a good run resets it.
The engine already honours Retry-After within one run, per request.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from app.errors import RapportError
from app.messages import message_of
from app.services import Services
from app.unit_of_work import Origin
from sync.credentials import Credentials, keyring_available
from sync.dav import DavClient, server_fingerprint
from sync.dns_discovery import DnsService
from sync.engine import ClientFactory, SyncReport
from sync.errors import AuthError, DnsNamedServer, NetworkError, ServerBusyError, ServerMoved, SyncBusy, SyncError
from sync.service import AddedAccount, SyncService
from sync.state import AccountRow, CollectionRow, ConflictRow
from ui.operations.operation import Op
from ui.said import in_words
from ui.workers import READS, SYNC, WRITES, Task, pool

log = logging.getLogger(__name__)
Slot = Callable[[object], Any]
FailedSlot = Callable[[str], Any]

INTERVAL_KEY = "sync/interval_minutes"
DEFAULT_INTERVAL_MINUTES = 5
HELD_SETTING = "sync/held"  # account ids whose first sync waits for the user's word
SOON_DELAY_MS = 10_000  # after a local edit: edits in a row become one run
START_DELAY_MS = 1_500  # after the window is up: the first paint and the lists come first
BACKOFF_FIRST_S = 60
BACKOFF_MAX_S = 3600
SHUTDOWN_MS = 5_000  # closing the window waits at most this long for a run to stop at its next chunk


@dataclass(frozen=True)
class SyncSummary:
    """What the status widget shows. `last_sync_at` is naive UTC (the store's clock), None before any run."""

    accounts: list[AccountRow] = field(default_factory=list)
    collections: list[CollectionRow] = field(default_factory=list)
    last_sync_at: datetime | None = None
    pending: int = 0
    open_conflicts: int = 0
    error: str = ""  # the last run's error ("" when it went through)
    running: bool = False
    offline: bool = False
    needs_password: tuple[AccountRow, ...] = ()
    persistent_passwords: bool = True  # False: no keyring, passwords last until Rapport closes
    held: tuple[AccountRow, ...] = ()  # added, their first sync waiting for the user's word

    @property
    def has_accounts(self) -> bool:
        return bool(self.accounts)


class _WatchedClients:
    """Wraps the engine's client factory to learn, as structured facts rather than from error texts,
    which accounts the server refused (AuthError) and what Retry-After a failing server sent. The
    engine turns both into strings in SyncReport.errors; see the report: it could say them itself."""

    def __init__(self, inner: ClientFactory) -> None:
        self._inner = inner
        self._lock = threading.Lock()
        self.refused: set[tuple[str, str]] = set()
        self.retry_after: float | None = None

    def reset(self) -> None:
        with self._lock:
            self.refused.clear()
            self.retry_after = None

    def __call__(self, url: str, username: str, password: str, /, *, pinned: str = "") -> DavClient:
        client = self._inner(url, username, password, pinned=pinned)
        send = getattr(client, "request", None)
        if send is None:  # a storage without an HTTP request loop (the in-memory server): nothing to watch
            return client

        def request(*args: Any, **kwargs: Any) -> Any:
            try:
                return send(*args, **kwargs)
            except AuthError:
                with self._lock:
                    self.refused.add((url, username))
                raise
            except ServerBusyError as exc:
                with self._lock:
                    if exc.retry_after is not None:
                        self.retry_after = max(self.retry_after or 0.0, exc.retry_after)
                raise

        client.request = request  # type: ignore[method-assign]  # every request of the client passes here
        return client


@dataclass(frozen=True)
class AddFailure:
    """Adding an account did not work: why, and for a certificate no authority signed, its SHA-256
    fingerprint (what the user may choose to trust)."""

    message: str
    certificate_fingerprint: str = ""
    moved_to: str = ""  # the server sent us on to another server: that address, for the user to confirm
    named_by: str = ""  # … or the DNS of this domain named a server of another domain (RFC 6764 SRV)


def untrusted_fingerprint(url: str, timeout: float = 10.0) -> str:
    """The fingerprint of the server's certificate when a verifying TLS handshake refuses it, else "".
    Checked by a handshake of our own, as the engine's NetworkError carries no structured reason."""
    url = url.strip() if "://" in url else "https://" + url.strip()
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return ""
    context = ssl.create_default_context()
    try:
        with socket.create_connection((parts.hostname, parts.port or 443), timeout=timeout) as raw, \
                context.wrap_socket(raw, server_hostname=parts.hostname):
            return ""
    except ssl.SSLCertVerificationError:
        pass
    except OSError:
        return ""
    try:
        return server_fingerprint(url, timeout)
    except SyncError:
        return ""


@dataclass(frozen=True)
class _RunResult:
    report: SyncReport
    accounts: list[AccountRow]
    refused: tuple[tuple[str, str], ...]  # (url, user name): refused by the server, or no password known
    retry_after: float | None
    conflicts_before: int
    conflicts_after: int
    missing: tuple[tuple[str, str], ...] = ()  # of those, the ones with no password known (none was refused)


class SyncController(QObject):
    status_changed = Signal(object)
    started = Signal()
    finished = Signal(object)
    failed = Signal(str)
    credentials_needed = Signal(object)
    conflicts_changed = Signal()
    records_changed = Signal()
    accounts_changed = Signal()

    def __init__(self, services: Services, settings: QSettings, parent: QObject | None = None, *,
                 credentials: Credentials | None = None, client_factory: ClientFactory | None = None,
                 dns: Callable[[str], DnsService | None] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.credentials = credentials or Credentials()
        self._clients = _WatchedClients(client_factory or DavClient)
        self.sync = SyncService(services, self.credentials, self._clients, dns=dns)
        self._running = False
        self._stop_run = threading.Event()  # set at shutdown: a run under way ends at its next chunk or item
        self._queued = False
        self._stopped = True
        self._backoff_s = 0.0
        self._offline = False
        self._needs_password: dict[tuple[str, str], AccountRow] = {}
        self._no_password: set[tuple[str, str]] = set()  # of those, the ones Rapport has no password for
        # Accounts added in the window whose first sync waits for the user's word (kept across restarts).
        stored = settings.value(HELD_SETTING) or []
        self._held: set[int] = {int(i) for i in ([stored] if isinstance(stored, str | int) else stored)
                                if str(i).isdigit()}
        self._summary = SyncSummary(persistent_passwords=keyring_available())
        self._status_task: Task | None = None
        self._status_again = False
        self._run_task: Task | None = None

        self.timer = QTimer(self)  # the next automatic run (the interval, or the back-off after an error)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.soon_timer = QTimer(self)  # shortly after a local edit
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(SOON_DELAY_MS)
        self.soon_timer.timeout.connect(self._on_soon_timer_timeout)
        self._network: Any = None

    # --- what the window calls -------------------------------------------------------------------

    @property
    def services(self) -> Services:
        return self._services

    @property
    def summary(self) -> SyncSummary:
        return self._summary

    @property
    def running(self) -> bool:
        return self._running

    def interval_ms(self) -> int:
        minutes = self._settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)
        try:
            value = float(minutes)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = DEFAULT_INTERVAL_MINUTES
        return max(1, round(value * 60_000))

    def set_interval_minutes(self, minutes: float) -> None:
        self._settings.setValue(INTERVAL_KEY, minutes)
        if not self._stopped and not self._backoff_s and not self._needs_password:
            self.timer.start(self.interval_ms())

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Begin: the first run shortly (after the window is up), then on the timer and on edits."""
        self._stopped = False
        self._watch_network()
        self.refresh_status()
        self.timer.start(delay_ms)

    def stop(self) -> None:
        """No more automatic runs (a run under way finishes; see shutdown)."""
        self._stopped = True
        self.timer.stop()
        self.soon_timer.stop()

    def shutdown(self, timeout_ms: int = SHUTDOWN_MS) -> bool:
        """At close: stop, and wait (bounded) for a run under way, so the store is not closed under it.
        True when nothing is left running."""
        self.stop()
        self._stop_run.set()  # a run under way ends at its next chunk or item
        if self._running:
            return bool(pool(SYNC).waitForDone(timeout_ms))
        return True

    def schedule_soon(self) -> None:
        """A local write happened: sync in about ten seconds (each call restarts the wait)."""
        self.refresh_status()  # the pending count moves at once
        if self._stopped or self._backoff_s or self._needs_password:
            return  # the back-off (or the password) decides; the edit is queued in the database anyway
        self.soon_timer.start()

    def sync_now(self) -> None:
        """The user asked: run now whatever the back-off or a password refused before (refused again, it is
        asked for again; accepted this time, the timer resumes)."""
        self._backoff_s = 0.0
        self.request_run()

    def request_run(self) -> None:
        """Run now, or once more after the run under way."""
        if self._running:
            self._queued = True
            return
        self.soon_timer.stop()
        self.timer.stop()
        self._running = True
        self._queued = False
        self._clients.reset()
        self._publish(running=True)
        self.started.emit()
        sync, clients, credentials, stop = self.sync, self._clients, self.credentials, self._stop_run
        held = frozenset(self._held)

        def work(task: Task) -> _RunResult:
            before = len(sync.conflicts())
            # The keyring may be slow (D-Bus): asked here, off the UI thread.
            missing = {(a.url, a.username) for a in sync.state.accounts()
                       if a.id not in held and credentials.get(a.url, a.username) is None}
            try:
                report = sync.run(stop=stop, held=held)
            except SyncBusy as exc:  # a `rapport sync run` (or another window) is at it: later, quietly
                report = SyncReport(errors=[message_of(exc)])
            return _RunResult(report, sync.state.accounts(), tuple(clients.refused | missing), clients.retry_after,
                              before, len(sync.conflicts()), tuple(missing - clients.refused))

        task = self._run_task = Task(work, self._services)
        task.succeeded.connect(self._on_run_succeeded)
        task.failed.connect(self._on_run_failed)
        task.finished.connect(self._on_run_finished)
        task.start(SYNC)

    def refresh_status(self) -> None:
        """Read the figures again (off the UI thread); status_changed follows."""
        if self._status_task is not None:
            self._status_again = True
            return
        sync = self.sync

        def work(task: Task) -> Any:
            return sync.status()

        task = self._status_task = Task(work, self._services)
        task.succeeded.connect(self._on_status_task_succeeded)
        task.finished.connect(self._on_status_task_finished)
        task.start(READS)

    def now(self) -> datetime:
        """The store's clock (naive UTC): what `last_sync_at` is measured against."""
        return self._services.clock.now()

    # --- actions the dialogs start (each off the UI thread) ---------------------------------------
    # `done(object)` and `failed(str)` are connected before the task starts: a task may finish before
    # the caller could connect anything to what it returns.

    @staticmethod
    def _start(task: Task, kind: str, done: Slot | None, failed: FailedSlot | None) -> Task:
        if done is not None:
            task.succeeded.connect(done)
        if failed is not None:
            task.failed.connect(failed)
        task.start(kind)
        return task

    def add_account(self, url: str, username: str, password: str, trust_certificate: bool = False, *,
                    insecure_http: bool = False, done: Slot | None = None, failed: FailedSlot | None = None) -> Task:
        """Discover and remember an account. The task's succeeded(AddedAccount | AddFailure) follows (failed(str)
        only for the unexpected); the caller connects it. The password goes to the engine's credentials (the
        keyring, else memory for this session) only."""
        sync = self.sync

        def work(task: Task) -> AddedAccount | AddFailure:
            try:
                return sync.add_account(url, username, password, trust_certificate=trust_certificate,
                                        insecure_http=insecure_http)
            except ServerMoved as exc:
                return AddFailure(message_of(exc), moved_to=exc.moved_to,
                                  named_by=exc.domain if isinstance(exc, DnsNamedServer) else "")
            except NetworkError as exc:
                if trust_certificate:
                    return AddFailure(message_of(exc))
                try:  # the certificate of the server add_account went to (the DNS's, for a bare domain)
                    target = sync.discovery_url(url, insecure_http=insecure_http)
                except RapportError:
                    target = url
                return AddFailure(message_of(exc), untrusted_fingerprint(target))
            except RapportError as exc:
                return AddFailure(message_of(exc))

        task = Task(work, self._services)
        task.succeeded.connect(self._on_account_added)
        return self._start(task, WRITES, done, failed)

    def set_collection_flags(self, collection_id: int, *, enabled: bool | None = None,
                             default_for_new: bool | None = None, default_for_tasks: bool | None = None,
                             phone_summary: bool | None = None, private: bool | None = None,
                             done: Slot | None = None) -> Task:
        sync = self.sync

        def change(_services: Services) -> None:
            sync.state.set_collection_flags(collection_id, enabled=enabled, default_for_new=default_for_new,
                                            default_for_tasks=default_for_tasks, phone_summary=phone_summary,
                                            private=private)

        def saved(value: object) -> None:
            self._on_flags_saved(value)
            if done is not None:
                done(value)

        return Op(None, self._services, self.tr("Change sync settings"), change, origin=Origin.SYSTEM).success(saved) \
            .failure(lambda error: self.failed.emit(in_words(error))).run(initiator=self)

    def read(self, function: Callable[[], Any], done: Slot, failed: FailedSlot | None = None) -> Task:
        """Run a read (a service call) off the UI thread; `done` gets its value on the UI thread."""

        def work(task: Task) -> Any:
            return function()

        return self._start(Task(work, self._services), READS, done, failed)

    def resolve(self, uid: str, keep: str, *, done: Slot | None = None, failed: FailedSlot | None = None) -> Task:
        """Settle a conflict ("local" or "server"); keeping local values queues an upload."""
        sync = self.sync

        def work(_services: Services) -> ConflictRow:
            return sync.resolve(uid, keep)

        def resolved(value: object) -> None:
            self._on_resolved(value)
            if done is not None:
                done(value)

        def refused(error: Exception) -> None:
            self.failed.emit(in_words(error))
            if failed is not None:
                failed(in_words(error))

        label = self.tr("Keep my version") if keep == "local" else self.tr("Keep the server’s version")
        return Op(None, self._services, label, work).success(resolved).failure(refused).run(initiator=self)

    # --- inside -----------------------------------------------------------------------------------

    def is_held(self, account_id: int) -> bool:
        return account_id in self._held

    def preview(self, account_id: int, *, done: Slot, failed: FailedSlot | None = None) -> Task:
        """What the first sync of an account would do (SyncService.first_sync_preview): off the UI thread, it
        asks the server how much it holds. done(list[CollectionPreview])."""
        sync = self.sync
        task = Task(lambda _task: sync.first_sync_preview(account_id), self._services)
        return self._start(task, SYNC, done, failed)

    def release(self, account_id: int) -> None:
        """The user's word: the account syncs from now on, starting now."""
        self._hold(self._held - {account_id})
        self.refresh_status()
        self.sync_now()

    def _hold(self, held: set[int]) -> None:
        self._held = set(held)
        self._settings.setValue(HELD_SETTING, sorted(self._held))

    def password_missing(self, account: AccountRow) -> bool:
        """True when Rapport asks for the password because it has none (no keyring kept it, say), not
        because the server refused it."""
        return (account.url, account.username) in self._no_password

    def _ask_password(self, account: AccountRow) -> None:
        self._needs_password[(account.url, account.username)] = account
        self.timer.stop()
        self.soon_timer.stop()
        self.credentials_needed.emit(account)

    def _on_run_succeeded(self, value: object) -> None:
        assert isinstance(value, _RunResult)
        report = value.report
        accounts = {(a.url, a.username): a for a in value.accounts}
        for key in list(self._needs_password):
            if key not in value.refused:
                del self._needs_password[key]  # accepted this time (a password set since, e.g. by the CLI)
        self._no_password = set(value.missing)
        for key in value.refused:
            if key in accounts:
                self._ask_password(accounts[key])
        if report.errors and not value.refused:
            self._back_off(value.retry_after)
        elif not report.errors:
            self._backoff_s = 0.0
        moved = any(c.pulled_new or c.pulled_changed or c.pulled_deleted or c.merged or c.restored or c.conflicts
                    for c in report.collections)
        self.finished.emit(report)
        if moved:
            self.records_changed.emit()
        if value.conflicts_after != value.conflicts_before or any(c.conflicts for c in report.collections):
            self.conflicts_changed.emit()

    def _on_run_failed(self, message: str) -> None:
        self._back_off(None)
        self.failed.emit(message)

    def _on_run_finished(self) -> None:
        self._run_task = None
        self._running = False
        self._publish(running=False)
        self.refresh_status()
        if self._queued and not self._needs_password:
            self._queued = False
            self.request_run()
            return
        self._queued = False
        if not self._stopped and not self._needs_password:
            self.timer.start(round(self._backoff_s * 1000) if self._backoff_s else self.interval_ms())

    def _back_off(self, retry_after: float | None) -> None:
        doubled = self._backoff_s * 2 if self._backoff_s else BACKOFF_FIRST_S
        self._backoff_s = min(max(doubled, retry_after or 0.0), BACKOFF_MAX_S)
        log.info("sync failed; next automatic run in %.0f s", self._backoff_s)

    def _on_timer_timeout(self) -> None:
        if self._offline:
            self.timer.start(self.interval_ms())  # the network's return starts the next run
            return
        self.request_run()

    def _on_soon_timer_timeout(self) -> None:
        if not self._offline:
            self.request_run()

    def _on_status_task_succeeded(self, value: object) -> None:
        status = value
        accounts: list[AccountRow] = list(getattr(status, "accounts", []))
        times = [datetime.fromisoformat(a.last_sync_at) for a in accounts if a.last_sync_at]
        errors = [a.last_error for a in accounts if a.last_error]
        self._summary = SyncSummary(
            accounts=accounts, collections=list(getattr(status, "collections", [])),
            last_sync_at=max(times) if times else None, pending=int(getattr(status, "pending", 0)),
            open_conflicts=int(getattr(status, "open_conflicts", 0)), error=errors[0] if errors else "",
            running=self._running, offline=self._offline, needs_password=tuple(self._needs_password.values()),
            persistent_passwords=keyring_available(), held=tuple(a for a in accounts if a.id in self._held))
        if self._held - {a.id for a in accounts}:  # removed meanwhile (the command line)
            self._hold({a.id for a in accounts} & self._held)
        self.status_changed.emit(self._summary)

    def _on_status_task_finished(self) -> None:
        self._status_task = None
        if self._status_again:
            self._status_again = False
            self.refresh_status()

    def _publish(self, **changes: Any) -> None:
        """Show a change of the controller's own state at once (the figures come with the next refresh)."""
        self._summary = replace(self._summary, **changes, needs_password=tuple(self._needs_password.values()),
                                offline=self._offline)
        self.status_changed.emit(self._summary)

    def _on_account_added(self, value: object) -> None:
        if not isinstance(value, AddedAccount):
            return  # AddFailure: nothing changed
        for key, account in list(self._needs_password.items()):
            if account.id == value.account_id:
                del self._needs_password[key]
        synced_before = any(a.id == value.account_id and a.last_sync_at for a in self._summary.accounts)
        if not synced_before:
            # New: nothing syncs with it until the user has seen what the first sync will do and said go.
            self._hold(self._held | {value.account_id})
        self.accounts_changed.emit()
        self.refresh_status()
        if synced_before and not self._stopped:
            self.timer.start(START_DELAY_MS)  # its password entered again: back to syncing

    def _on_flags_saved(self, _value: object) -> None:
        self.accounts_changed.emit()
        self.refresh_status()

    def _on_resolved(self, value: object) -> None:
        self.conflicts_changed.emit()
        self.records_changed.emit()
        self.refresh_status()
        if isinstance(value, ConflictRow):
            self.schedule_soon()  # keeping mine uploads it; keeping the server's settles the record

    # --- the network ----------------------------------------------------------------------------

    def _watch_network(self) -> None:
        """Reachability from QNetworkInformation when a backend loads; without one the timer covers it."""
        if self._network is not None:
            return
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        loaded = False
        with contextlib.suppress(RuntimeError):
            loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            return
        self._network = info
        self._offline = info.reachability() == QNetworkInformation.Reachability.Disconnected
        info.reachabilityChanged.connect(self._on_reachability_changed)

    def _on_reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        was_offline = self._offline
        self._offline = reachability == QNetworkInformation.Reachability.Disconnected
        self._publish()
        if was_offline and not self._offline and not self._stopped and not self._needs_password:
            self._backoff_s = 0.0  # the failures were probably the network's
            self.request_run()

