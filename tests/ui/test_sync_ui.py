"""The sync screens against a real Radicale on loopback (tests/sync fixtures): adding an account through
the dialog, runs in the background while the UI thread keeps ticking, the status indicator, a local edit
queued and synced soon after, a refused password, a conflict resolved from the compare, the log."""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.contacts import ContactData, Email, Phone
from app.paths import database_path
from app.services import Services
from db.values import PartialDate
from sync.credentials import Credentials
from sync.dav import DavClient, format_fingerprint
from sync.service import AddedAccount
from tests.sync import conftest as sync_fixtures
from tests.sync import test_sync_tls as tls_fixtures
from tests.sync.conftest import PASSWORD, Book, Server
from tests.sync.test_hostile_servers import Answer, TinyServer, dav_route, listing
from ui.sync import AccountsDialog, ConflictsDialog, SyncController, SyncLogDialog, SyncStatusWidget
from ui.sync.accounts_dialog import CollectionsModel
from ui.sync.texts import display_value, field_label
from ui.workers import READS, SYNC, WRITES, pool

RUN_TIMEOUT = 30_000

# The sync tests' fixtures: a real Radicale on loopback, a fresh user and book per test, an in-memory
# keyring (autouse), and for TLS a proxy with a self-signed certificate in front of Radicale.
radicale, server, proxy, book = sync_fixtures.radicale, sync_fixtures.server, sync_fixtures.proxy, sync_fixtures.book
memory_keyring = sync_fixtures.memory_keyring
tls, https_proxy = tls_fixtures.tls, tls_fixtures.https_proxy



class ThreadRecordingClients:
    """A real DavClient factory that notes which thread built each client (the run's thread)."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def __call__(self, url: str, username: str, password: str, /, *, pinned: str = "") -> DavClient:
        self.threads.append(threading.get_ident())
        return DavClient(url, username, password, pinned=pinned, timeout=10, max_wait=2)


@pytest.fixture
def clients() -> ThreadRecordingClients:
    return ThreadRecordingClients()


@pytest.fixture
def controller(qtbot: QtBot, services: Services, settings: QSettings,
               clients: ThreadRecordingClients) -> Iterator[SyncController]:
    made = SyncController(services, settings, credentials=Credentials(), client_factory=clients)
    yield made
    made.shutdown()
    for kind in (SYNC, WRITES, READS):
        pool(kind).waitForDone(RUN_TIMEOUT)
    QApplication.processEvents()  # deliver the last task signals before the store closes
    made.deleteLater()  # on this thread: never left for a collection that may run elsewhere
    QApplication.processEvents()


def _url(server: Server) -> str:
    return f"http://127.0.0.1:{server.port}/"


def _added(controller: SyncController, server: Server, book: Book) -> AddedAccount:
    """An account synced with exactly the test's book (its calendar left out), set up without the dialog."""
    added = controller.sync.add_account(_url(server), book.user, PASSWORD)
    for c in added.collections:
        controller.sync.state.set_collection_flags(c.id, enabled=c.href == book.href)
    return added


def _settle(qtbot: QtBot, controller: SyncController) -> None:
    """Wait for the status read that follows any change."""
    qtbot.waitUntil(lambda: controller._status_task is None and not controller.running, timeout=RUN_TIMEOUT)


def _run(qtbot: QtBot, controller: SyncController) -> object:
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT) as blocker:
        controller.sync_now()
    _settle(qtbot, controller)
    return blocker.args[0]


def _password_nowhere(settings: QSettings, data_dir: Path) -> None:
    settings.sync()
    written = Path(settings.fileName())
    assert PASSWORD not in (written.read_text(encoding="utf-8") if written.exists() else "")
    for key in settings.allKeys():
        assert PASSWORD not in str(settings.value(key))
    db = sqlite3.connect(database_path(data_dir))
    try:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in db.execute(f'SELECT * FROM "{table}"'):
                assert PASSWORD not in repr(row), table
    finally:
        db.close()


def test_add_an_account_through_the_dialog_and_choose_what_syncs(
        qtbot: QtBot, qtmodeltester: ModelTester, controller: SyncController, server: Server, book: Book,
        settings: QSettings, data_dir: Path, artifacts: Path) -> None:
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_add_form()
    assert dialog.pages.currentIndex() == 1
    assert not dialog.trust_box.isVisible(), "the trust box only comes after a certificate error"
    assert not dialog.keyring_note.isVisible(), "a keyring holds the password: nothing to warn about"
    assert not dialog.confirm_button.isEnabled(), "nothing typed yet"
    assert dialog.password_field.echoMode() == dialog.password_field.EchoMode.Password
    qtbot.keyClicks(dialog.url_field, _url(server))
    qtbot.keyClicks(dialog.user_field, book.user)
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    dialog.grab().save(str(artifacts / "sync_add_account.png"))

    with qtbot.waitSignal(controller.accounts_changed, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.busy_row.isVisible() and dialog.cancel_button.text() == "Stop waiting"
    _settle(qtbot, controller)
    # Before anything syncs: what the first sync will do, and the user's word awaited (issue 12).
    assert dialog.pages.currentIndex() == 2
    qtbot.waitUntil(dialog.start_button.isEnabled, timeout=RUN_TIMEOUT)
    assert "Address book “Test book”" in dialog.first_summary.text()
    assert "down from the server: 0 items" in dialog.first_summary.text()
    assert controller.is_held(controller.sync.state.accounts()[0].id)
    assert controller.summary.held and controller.summary.last_sync_at is None
    dialog.grab().save(str(artifacts / "sync_first_sync.png"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)  # the collections first
    # the book, the calendar made for meetings and tasks, and the one made for calls, e-mails and notes
    qtbot.waitUntil(lambda: dialog.collections_model.rowCount() == 3, timeout=RUN_TIMEOUT)

    assert dialog.pages.currentIndex() == 0
    assert dialog.review_button.isVisible()
    assert dialog.accounts_model.rowCount() == 1
    assert dialog.accounts_model.index(0, 0).data() == f"{book.user}@127.0.0.1"
    assert "Added: 1 address book(s) and 2 calendar(s)." in dialog.notice.text()
    qtmodeltester.check(dialog.accounts_model)
    qtmodeltester.check(dialog.collections_model)
    model = dialog.collections_model
    names = [model.index(r, CollectionsModel.NAME).data() for r in range(3)]
    assert "Test book" in names and "Calls and notes" in names
    calendar_row = next(r for r in range(3) if model.collection(r).kind == "calendar")
    sync_cell = model.index(calendar_row, CollectionsModel.SYNC)
    assert sync_cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.resize(900, 380)
    dialog.grab().save(str(artifacts / "sync_accounts.png"))

    with qtbot.waitSignal(controller.accounts_changed, timeout=RUN_TIMEOUT):
        assert model.setData(sync_cell, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    calendar = next(c for c in controller.sync.state.collections() if c.kind == "calendar")
    assert not calendar.enabled, "unchecking Sync is saved"
    assert not model.setData(model.index(calendar_row, CollectionsModel.NEW), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole), "new items must go somewhere: pick another instead"
    _settle(qtbot, controller)
    qtmodeltester.check(model)
    controller.set_interval_minutes(10)  # the settings file now exists: it holds the interval, not the password
    assert controller.interval_ms() == 600_000
    _password_nowhere(settings, data_dir)
    assert "interval_minutes=10" in Path(settings.fileName()).read_text(encoding="utf-8")


def test_a_run_goes_off_the_ui_thread_and_a_local_edit_syncs_soon_after(
        qtbot: QtBot, controller: SyncController, services: Services, clients: ThreadRecordingClients,
        server: Server, book: Book, settings: QSettings, data_dir: Path, artifacts: Path) -> None:
    _added(controller, server, book)
    clients.threads.clear()  # the set-up above ran on this thread; the runs must not
    controller.start(delay_ms=3_600_000)  # the window starts it; the first run here is the test's own
    uids = [services.contacts.create(ContactData(given=f"Person{i}", family="Example")).value.uid
            for i in range(40)]
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    widget.show()
    controller.refresh_status()
    _settle(qtbot, controller)
    assert "40 to upload" in widget.text() and "Not synced yet" in widget.text()

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()
    began = time.monotonic()
    report = _run(qtbot, controller)
    took = time.monotonic() - began
    ticker.stop()

    assert report.ok, report.as_dict()  # type: ignore[attr-defined]
    assert report.collections[0].pushed_new == 40  # type: ignore[attr-defined]
    main = threading.get_ident()
    assert clients.threads and all(t != main for t in clients.threads), "the engine ran on a pool thread"
    assert QThread.currentThread() is QApplication.instance().thread()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= took / 0.05, f"the UI thread kept ticking: {len(ticks)} ticks in {took:.2f} s"
    assert max(gaps) < 0.5, f"the UI thread stalled for {max(gaps):.2f} s"

    summary = controller.summary
    assert summary.pending == 0 and summary.last_sync_at is not None and not summary.error
    assert widget.text() == "Synced just now"
    assert "Changes waiting to upload: 0" in widget.toolTip() and "Last sync:" in widget.toolTip()
    assert controller.timer.isActive() and controller.timer.interval() == 5 * 60_000, "next run on the timer"

    services.contacts.update(uids[3], job_title="Engineer")  # what the window does after a write...
    controller.soon_timer.setInterval(300)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT):
        controller.schedule_soon()  # ...then it calls this
        qtbot.waitUntil(lambda: controller.summary.pending == 1, timeout=RUN_TIMEOUT)
        assert "1 to upload" in widget.text()
        widget.grab().save(str(artifacts / "sync_status_pending.png"))
    _settle(qtbot, controller)
    assert controller.summary.pending == 0
    assert any("TITLE:Engineer" in text for text in book.cards().values())
    _password_nowhere(settings, data_dir)


def test_a_run_asked_for_during_a_run_queues_exactly_one_more(
        qtbot: QtBot, controller: SyncController, server: Server, book: Book) -> None:
    _added(controller, server, book)
    runs: list[object] = []
    controller.finished.connect(runs.append)
    controller.request_run()
    controller.request_run()
    controller.request_run()
    qtbot.waitUntil(lambda: len(runs) == 2 and not controller.running, timeout=RUN_TIMEOUT)
    qtbot.wait(300)
    assert len(runs) == 2


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen plugin, for a popup
def test_the_status_menu_offers_only_what_can_act(
        qtbot: QtBot, qtmodeltester: ModelTester, controller: SyncController, services: Services, server: Server,
        book: Book, artifacts: Path) -> None:
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    widget.show()
    controller.refresh_status()
    _settle(qtbot, controller)
    visible = [a.text() for a in widget.sync_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert visible == ["Set up sync…"]
    assert widget.text() == "Sync not set up"
    assert not widget.sync_now_action.isEnabled(), "F5 with no account does nothing: it is off"

    _added(controller, server, book)
    services.contacts.create(ContactData(given="Ada", family="Lovelace"))
    _run(qtbot, controller)
    visible = [a.text() for a in widget.sync_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert visible == ["Sync now", "Sync log…", "Accounts…"], "no conflicts: no Conflicts item"
    assert widget.sync_now_action.shortcut().toString() == "F5"

    window = QMainWindow()  # in a status bar, as the window shows it
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    window.statusBar().showMessage("1 contacts · 0 accounts · 0 deals · 0 activities · 0 tasks")
    window.statusBar().addPermanentWidget(widget)
    window.resize(640, 120)
    window.show()
    qtbot.waitExposed(window)
    window.statusBar().grab().save(str(artifacts / "sync_status_widget.png"))
    widget.sync_menu.popup(widget.mapToGlobal(QPoint(0, widget.height())))
    qtbot.waitExposed(widget.sync_menu)
    widget.sync_menu.grab().save(str(artifacts / "sync_status_menu.png"))
    widget.sync_menu.hide()

    log = widget.open_log()
    assert isinstance(log, SyncLogDialog)
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: not log.busy, timeout=RUN_TIMEOUT)
    qtmodeltester.check(log.model)
    entries = [log.model.entry(r) for r in range(log.model.rowCount())]
    assert entries[0][2].startswith("sync done"), "newest first"
    assert entries[-1][2].startswith("added"), "the account was added before the run"
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT):
        widget.sync_now_action.trigger()
    qtbot.waitUntil(lambda: not log.busy and log.model.rowCount() == len(entries) + 1, timeout=RUN_TIMEOUT)
    log.grab().save(str(artifacts / "sync_log.png"))
    log.close()

    accounts = widget.open_accounts()
    assert isinstance(accounts, AccountsDialog)
    qtbot.addWidget(accounts)
    assert accounts.pages.currentIndex() == 0, "with an account, the list (not the empty form) opens"
    accounts.close()
    _settle(qtbot, controller)


def test_a_wrong_password_asks_again_and_stops_the_timer(
        qtbot: QtBot, controller: SyncController, server: Server, book: Book, settings: QSettings,
        data_dir: Path) -> None:
    added = _added(controller, server, book)
    controller.credentials.store(_url(server), book.user, "not-the-password")
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    controller.start(delay_ms=0)

    with qtbot.waitSignal(controller.credentials_needed, timeout=RUN_TIMEOUT) as asked:
        pass
    _settle(qtbot, controller)
    assert asked.args[0].id == added.account_id
    assert not controller.timer.isActive(), "no automatic runs while the password is wrong"
    controller.schedule_soon()
    assert not controller.soon_timer.isActive()
    assert "password needed" in widget.text()
    assert widget.password_action.isVisible()
    assert widget.password_action.text() == f"Enter the password for {book.user}@127.0.0.1…"
    assert "refused the user name or password" in controller.summary.error

    dialog = widget.enter_password()
    assert isinstance(dialog, AccountsDialog)
    qtbot.addWidget(dialog)
    assert dialog.url_field.isReadOnly() and dialog.user_field.text() == book.user
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    with qtbot.waitSignal(controller.accounts_changed, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, controller)
    assert not controller.summary.needs_password
    assert controller.timer.isActive(), "the timer runs again"
    assert not widget.password_action.isVisible()
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT) as done:
        controller.timer.start(0)
    assert done.args[0].ok
    _settle(qtbot, controller)
    _password_nowhere(settings, data_dir)


def test_a_conflict_is_compared_side_by_side_and_keep_mine_resolves_it(
        qtbot: QtBot, qtmodeltester: ModelTester, controller: SyncController, services: Services,
        server: Server, book: Book, artifacts: Path) -> None:
    _added(controller, server, book)
    controller.start(delay_ms=3_600_000)
    uid = services.contacts.create(ContactData(given="Ada", family="Lovelace", job_title="Analyst")).value.uid
    _run(qtbot, controller)
    href = next(iter(book.cards()))
    book.edit(href, "TITLE:Analyst", "TITLE:Countess")
    services.contacts.update(uid, job_title="Programmer")

    with qtbot.waitSignals([controller.conflicts_changed, controller.records_changed], timeout=RUN_TIMEOUT):
        controller.sync_now()
    _settle(qtbot, controller)
    assert controller.summary.open_conflicts == 1
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    assert widget.conflicts_action.isVisible() and widget.conflicts_action.text() == "Conflicts (1)…"
    assert widget.text().endswith("· 1 in conflict")

    dialog = widget.open_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1, timeout=RUN_TIMEOUT)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, dialog.model.NAME).data() == "Ada Lovelace"
    assert dialog.model.index(0, dialog.model.FIELDS).data() == "Job title"
    mine, theirs = dialog.compare.value_labels["job_title"]
    assert (mine.text(), theirs.text()) == ("Programmer", "Countess")
    dialog.resize(1000, 420)
    dialog.grab().save(str(artifacts / "sync_conflicts.png"))
    assert dialog.splitter.orientation() == Qt.Orientation.Vertical  # narrow: the list above the versions
    dialog.resize(1286, 648)
    assert dialog.splitter.orientation() == Qt.Orientation.Horizontal  # room: side by side

    controller.soon_timer.setInterval(200)
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT):  # keeping mine uploads it soon after
        assert dialog.keep_mine_button is not None and dialog.keep_server_button is not None
        qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 0, timeout=RUN_TIMEOUT)
        assert dialog.stack.currentWidget() is dialog.empty
        assert services.contacts.get(uid).data.job_title == "Programmer"
    _settle(qtbot, controller)
    assert controller.sync.conflicts() == []
    assert "TITLE:Programmer" in book.cards()[href]
    assert not widget.conflicts_action.isVisible()


def test_a_self_signed_server_shows_the_trust_box_with_its_fingerprint(
        qtbot: QtBot, controller: SyncController, book: Book, https_proxy: object,
        tls: tuple[object, str], artifacts: Path) -> None:
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_add_form()
    url = https_proxy.url  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.url_field, url)
    qtbot.keyClicks(dialog.user_field, book.user)
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.trust_box.isVisible(), timeout=RUN_TIMEOUT)
    assert controller.sync.state.accounts() == [], "refused: nothing added"
    assert format_fingerprint(tls[1]) in dialog.fingerprint_label.text().replace("\n", "")
    assert not dialog.trust_box.isChecked(), "trusting is the user's explicit choice"
    dialog.grab().save(str(artifacts / "sync_untrusted_certificate.png"))

    dialog.trust_box.setChecked(True)
    with qtbot.waitSignal(controller.accounts_changed, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, controller)
    assert [a.tls_fingerprint for a in controller.sync.state.accounts()] == [tls[1]]


def test_without_a_keyring_the_form_says_the_password_lasts_this_session(
        qtbot: QtBot, controller: SyncController, server: Server, book: Book, settings: QSettings,
        data_dir: Path, artifacts: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring puts the previous one back
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_add_form()
    assert dialog.keyring_note.isVisible()
    assert "kept until Rapport closes" in dialog.keyring_note.text()
    qtbot.keyClicks(dialog.url_field, _url(server))
    qtbot.keyClicks(dialog.user_field, book.user)
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    dialog.grab().save(str(artifacts / "sync_add_account_no_keyring.png"))
    with qtbot.waitSignal(controller.accounts_changed, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, controller)
    assert "kept until Rapport closes" in dialog.notice.text()
    assert not controller.summary.persistent_passwords
    _password_nowhere(settings, data_dir)


def test_a_busy_server_backs_off_as_long_as_it_asks_then_a_good_run_resets_it(
        qtbot: QtBot, controller: SyncController, services: Services, proxy: object, book: Book) -> None:
    controller.sync.add_account(proxy.url, book.user, PASSWORD)  # type: ignore[attr-defined]
    for c in controller.sync.state.collections():
        controller.sync.state.set_collection_flags(c.id, enabled=c.href == book.href)
    services.contacts.create(ContactData(given="Ada", family="Lovelace"))
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    controller.start(delay_ms=3_600_000)
    proxy.faults.busy = [(503, "120")]  # type: ignore[attr-defined]  # longer than a run waits by itself

    report = _run(qtbot, controller)

    assert not report.ok  # type: ignore[attr-defined]
    assert controller.timer.isActive() and controller.timer.interval() == 120_000, "Retry-After honoured"
    assert "busy" in controller.summary.error and widget.text().startswith("Sync failed")
    assert "Last error: " in widget.toolTip() and "retry in 120 s" in widget.toolTip()
    controller.schedule_soon()
    assert not controller.soon_timer.isActive(), "while backing off, an edit waits for the next try"

    report = _run(qtbot, controller)  # Sync now does not wait for the back-off
    assert report.ok, report.as_dict()  # type: ignore[attr-defined]
    assert controller.timer.interval() == 5 * 60_000 and not controller.summary.error
    assert widget.text() == "Synced just now"


def test_conflict_values_read_as_text(qtbot: QtBot) -> None:
    assert display_value((Email("ada@example.org", "work"), Email("ada@home.example"))) == \
        "ada@example.org (work)\nada@home.example"
    assert display_value((Phone("+1 202 555 0143", "cell"),)) == "+1 202 555 0143 (cell)"
    assert display_value(PartialDate(None, 4, 12)) and "1980" in display_value(PartialDate(1980, 4, 12))
    assert display_value(()) == "" and display_value(None) == "" and display_value(True) == "Yes"
    assert field_label("job_title") == "Job title"
    assert field_label("20260302T090000Z|subject") == "Subject (occurrence 20260302T090000Z)"


def test_without_a_keyring_the_next_start_asks_for_the_password_saying_why(
        qtbot: QtBot, controller: SyncController, server: Server, book: Book, services: Services,
        settings: QSettings, clients: ThreadRecordingClients) -> None:
    """Not "the server did not accept the password": it was never refused, only not kept (issue 12)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring puts the previous one back
    _added(controller, server, book)  # the password held by this session's Credentials only
    restarted = SyncController(services, settings, credentials=Credentials(), client_factory=clients)
    try:
        with qtbot.waitSignal(restarted.credentials_needed, timeout=RUN_TIMEOUT) as asked:
            restarted.request_run()
        qtbot.waitUntil(lambda: not restarted.running, timeout=RUN_TIMEOUT)
        dialog = AccountsDialog(restarted)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ask_password(asked.args[0])
        said = dialog.add_title.text()
        assert "no keyring" in said and "did not accept" not in said
    finally:
        restarted.shutdown()
        for kind in (SYNC, WRITES, READS):
            pool(kind).waitForDone(RUN_TIMEOUT)
        QApplication.processEvents()
        restarted.deleteLater()
        QApplication.processEvents()


def _open_add_form(qtbot: QtBot, controller: SyncController) -> AccountsDialog:
    """The accounts dialog shown and active, on its form, the focus in the server field."""
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.show_add_form()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.url_field)
    return dialog


def _add_with_the_keyboard(qtbot: QtBot, controller: SyncController, url: str, user: str,
                           password: str) -> AccountsDialog:
    """The accounts dialog's form filled as a user does (typing, Tab), then Enter where the password was."""
    dialog = _open_add_form(qtbot, controller)
    for text in (url, user, password):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    return dialog


def test_enter_in_the_form_adds_the_account(qtbot: QtBot, controller: SyncController, server: Server,
                                             book: Book) -> None:
    _add_with_the_keyboard(qtbot, controller, _url(server), book.user, PASSWORD)
    qtbot.waitUntil(lambda: controller.sync.state.accounts() != [], timeout=RUN_TIMEOUT)
    _settle(qtbot, controller)


def test_nothing_syncs_with_a_new_account_until_the_user_starts_it(
        qtbot: QtBot, controller: SyncController, server: Server, book: Book, services: Services,
        settings: QSettings) -> None:
    services.contacts.create(ContactData(given="Ada", family="Lovelace"))
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.show_add_form()
    for field, text in ((dialog.url_field, _url(server)), (dialog.user_field, book.user),
                        (dialog.password_field, PASSWORD)):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2 and dialog.start_button.isEnabled(),
                    timeout=RUN_TIMEOUT)
    assert "up from here: 1 contact;" in dialog.first_summary.text()
    [account] = controller.sync.state.accounts()
    assert settings.value("sync/held") in ([str(account.id)], str(account.id), [account.id])

    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT):
        controller.sync_now()  # F5, the timer: the held account is left out
    assert book.cards() == {} and controller.sync.state.accounts()[0].last_sync_at is None

    assert QApplication.focusWidget() is dialog.start_button
    with qtbot.waitSignal(controller.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)  # Enter: the user's word
    assert done.args[0].ok
    assert any("FN:Ada Lovelace" in text for text in book.cards().values())
    assert not controller.is_held(account.id)
    _settle(qtbot, controller)


def test_a_plain_http_server_off_this_machine_is_said_before_anything_is_sent(
        qtbot: QtBot, controller: SyncController) -> None:
    dialog = AccountsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_add_form()
    for url, warned in (("https://dav.example.org/", False), ("http://127.0.0.1:5232/", False),
                        ("http://dav.example.org/", True)):
        dialog.url_field.setText(url)
        assert dialog.insecure_box.isVisible() == warned, url
    assert "unencrypted" in dialog.insecure_box.text().replace("&", "") and not dialog.insecure_box.isChecked()
    qtbot.keyClicks(dialog.user_field, "alice")
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # not ticked: refused, nothing sent
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=RUN_TIMEOUT)
    assert "unencrypted" in dialog.error_label.text()
    assert controller.sync.state.accounts() == []


def test_a_moved_server_is_offered_and_gets_the_password_only_when_ticked(
        qtbot: QtBot, controller: SyncController) -> None:
    """The well-known address sends discovery to another server (a provider's DAV host): the form says so,
    nothing went there; Space ticks the offered box and Enter adds the account at that server."""
    target = TinyServer(dav_route({"/u/book/": listing()}, {}))

    def well_known(method: str, path: str, body: bytes) -> Answer:
        if path.startswith("/.well-known/"):
            return 301, {"Location": f"http://127.0.0.1:{target.port}/u/"}, b""
        return 404, {}, b""

    start = TinyServer(well_known)
    try:
        dialog = _add_with_the_keyboard(qtbot, controller, start.url, "alice", PASSWORD)
        qtbot.waitUntil(lambda: dialog.moved_box.isVisible(), timeout=RUN_TIMEOUT)
        assert f"127.0.0.1:{target.port}/u/" in dialog.error_label.text()
        assert target.seen == [] and controller.sync.state.accounts() == []
        assert QApplication.focusWidget() is dialog.moved_box and not dialog.moved_box.isChecked()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the dialog's default: Add
        qtbot.waitUntil(lambda: controller.sync.state.accounts() != [], timeout=RUN_TIMEOUT)
        assert controller.sync.state.accounts()[0].url == f"http://127.0.0.1:{target.port}/u/"
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=RUN_TIMEOUT)
        assert dialog.first_title.text() == "Before the first sync with alice@127.0.0.1"  # named at once
        assert target.seen and all(auth for _method, _path, auth in target.seen)
        _settle(qtbot, controller)
    finally:
        start.close()
        target.close()


def test_what_discovery_could_not_do_is_said_in_the_form(qtbot: QtBot, services: Services,
                                                         settings: QSettings) -> None:
    """A server whose only calendar takes events and that makes no other: the list page says the tasks stay
    on this computer (the command line said it; the window did not)."""
    from sync.memory import MemoryServer

    server = MemoryServer(password=PASSWORD, collections=False)
    server.make_addressbook(server.home + "contacts/", "Contacts")
    server.make_calendar(server.home + "personal/", "Personal", ("VEVENT",))
    server.fail("make_calendar", 403, times=None)
    controller = SyncController(services, settings, credentials=Credentials(), client_factory=server.factory())
    try:
        dialog = _add_with_the_keyboard(qtbot, controller, "https://dav.example.org/", "user", PASSWORD)
        qtbot.waitUntil(lambda: controller.sync.state.accounts() != [], timeout=RUN_TIMEOUT)
        qtbot.waitUntil(lambda: "tasks and deals stay on this computer" in dialog.notice.text(), timeout=RUN_TIMEOUT)
        assert "calls, e-mails and notes stay on this computer" in dialog.notice.text()
        _settle(qtbot, controller)
    finally:
        controller.shutdown()
        for kind in (SYNC, WRITES, READS):
            pool(kind).waitForDone(RUN_TIMEOUT)
        QApplication.processEvents()


def test_an_e_mail_address_as_the_server_finds_it_through_dns_and_asks_before_another_domain(
        qtbot: QtBot, services: Services, settings: QSettings) -> None:
    """Typed as the server, an e-mail address is the user name too; the domain's SRV record names its
    provider's server (another domain): the form says so, nothing went there; Space ticks, Enter adds."""
    from sync.dns_discovery import DnsLookup
    from sync.memory import MemoryServer
    from tests.sync.dns_server import NameServer

    names = NameServer()
    names.add("_carddavs._tcp.company.example", "SRV", "0 0 443 carddav.provider.example.")
    names.add("_carddavs._tcp.company.example", "TXT", '"path=/dav/ann/"')
    server = MemoryServer("ann.lee@company.example", password=PASSWORD)  # the whole address is the user name
    controller = SyncController(services, settings, credentials=Credentials(), client_factory=server.factory(),
                                dns=DnsLookup(["127.0.0.1"], names.port))
    try:
        dialog = _open_add_form(qtbot, controller)
        qtbot.keyClicks(QApplication.focusWidget(), "ann.lee@company.example")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.user_field and dialog.user_field.text() == "ann.lee@company.example"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.moved_box.isVisible(), timeout=RUN_TIMEOUT)
        said = dialog.error_label.text()
        assert "The DNS of company.example names https://carddav.provider.example/dav/ann/" in said
        assert server.clients == [] and controller.sync.state.accounts() == []  # nothing went there
        assert QApplication.focusWidget() is dialog.moved_box
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.sync.state.accounts() != [], timeout=RUN_TIMEOUT)
        [account] = controller.sync.state.accounts()
        assert (account.url, account.username) == ("https://carddav.provider.example/dav/ann/",
                                                   "ann.lee@company.example")
    finally:
        controller.shutdown()
        for kind in (SYNC, WRITES, READS):
            pool(kind).waitForDone(RUN_TIMEOUT)
        QApplication.processEvents()
        names.close()
