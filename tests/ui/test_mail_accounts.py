"""File ▸ Fetch Mail (F9) and Mail Accounts…, against a real IMAP server (Dovecot on loopback): with no
account yet F9 opens the dialog; an account is added with the keyboard (a self-signed certificate shows the
trust box with its fingerprint first), its mail comes onto the contact's timeline off the UI thread, the
window says so, and Edit ▸ Undo takes the fetch back as one step."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.contacts import ContactData, Email
from app.services import Services
from sync.dav import format_fingerprint
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD
from tests.sync.dovecot import Dovecot, dovecot
from tests.sync.test_imap_fetch import MESSAGES
from tests.ui.writes import wait_for_writes
from ui.mail_accounts_dialog import MailAccountsDialog
from ui.main_window import MainWindow
from ui.workers import SYNC, pool

memory_keyring = sync_fixtures.memory_keyring  # autouse: tests never touch the OS keyring
__all__ = ["dovecot"]  # the fixture
TIMEOUT = 20_000


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _dialog(window: MainWindow) -> MailAccountsDialog | None:
    return next((d for d in window.findChildren(MailAccountsDialog) if d.isVisible()), None)


def _type(qtbot: QtBot, text: str, then: Qt.Key = Qt.Key.Key_Tab) -> None:
    qtbot.keyClicks(_focus(), text)
    qtbot.keyClick(_focus(), then)


def test_f9_opens_the_accounts_the_keyboard_adds_one_and_its_mail_reaches_the_timeline(
        qtbot: QtBot, window: MainWindow, services: Services, dovecot: Dovecot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ada = services.contacts.create(ContactData(given="Ada", emails=(Email("ada@acme.example"),))).value.uid
    user = dovecot.user()
    client = dovecot.client(user, PASSWORD)
    for raw in MESSAGES:
        client.append("INBOX", raw)
    client.logout()
    with qtbot.waitActive(window):
        window.activateWindow()

    qtbot.keyClick(_focus(), Qt.Key.Key_F9)  # no account yet: the place to add one
    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=TIMEOUT)
    dialog = _dialog(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.server)
    qtbot.waitUntil(lambda: "No mail account yet" in dialog.status.text())
    assert not dialog.add_button.isEnabled() and not dialog.trust.isVisible()
    _type(qtbot, "127.0.0.1")
    assert _focus() is dialog.security  # TLS from the first byte, as chosen already
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is dialog.port
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, str(dovecot.port))
    _type(qtbot, user)
    _type(qtbot, PASSWORD, Qt.Key.Key_Return)  # Enter: Add Account, the default button (not Close)

    qtbot.waitUntil(dialog.trust.isVisible, timeout=TIMEOUT)  # no authority signed it: asked, with its fingerprint
    assert "the server's TLS certificate is not signed by an authority" in dialog.status.text()
    assert "--trust-certificate" not in dialog.status.text()  # the command line's words, not the window's
    assert format_fingerprint(dovecot.fingerprint) in dialog.fingerprint.text().replace("\n", ":")
    assert dialog.width() <= 1366  # the fingerprint on two lines: the dialog fits a laptop's screen
    assert dialog.accounts.count() == 0
    qtbot.mouseClick(dialog.trust, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.trust.height() // 2))  # its box
    assert dialog.trust.isChecked()
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=TIMEOUT)
    assert f"{user} @ 127.0.0.1 — INBOX, Sent" in dialog.accounts.item(0).text()
    assert dialog.password.text() == ""  # not left in the form
    # Added, then fetched at once, off the UI thread.
    qtbot.waitUntil(lambda: "new on timelines" in dialog.status.text(), timeout=TIMEOUT)
    said = "Mail: new on timelines: 2 (messages read: 4; from and to no contact: 2)."
    # What adding said stays before it (a missing keyring's note would be there).
    assert dialog.status.text() == f"Added {user} at 127.0.0.1; reading INBOX, Sent. {said}"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=TIMEOUT)
    subjects = sorted(a.data.subject for a in services.activities.timeline("contact", ada))
    assert subjects == ["Quote for the engine", "Re: Quote for the engine"]

    wait_for_writes(qtbot, services)
    assert services.undo.history(1)[0].label == "Fetch mail"
    dialog.reject()
    qtbot.waitUntil(lambda: _dialog(window) is None)

    # F9 again: only what is new, in the background; the window says nothing when nothing came.
    client = dovecot.client(user, PASSWORD)
    client.append("INBOX", MESSAGES[0].replace(b"imap1@", b"imap9@").replace(b"Quote for", b"Second quote for"))
    client.logout()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and _focus().window() is window)
    qtbot.keyClick(_focus(), Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "Mail: new on timelines: 1 (messages read: 1;" in window.statusBar().currentMessage(),
                    timeout=TIMEOUT)
    assert _dialog(window) is None
    pool(SYNC).waitForDone(TIMEOUT)

    remove_through_the_dialog(qtbot, window, monkeypatch, lambda d: d.accounts.count() == 1)
    assert services.activities.timeline("contact", ada)  # its e-mails stay


def remove_through_the_dialog(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                              ready: Callable[[MailAccountsDialog], bool]) -> None:
    window.mail_accounts_action.trigger()
    qtbot.waitUntil(lambda: _dialog(window) is not None)
    dialog = _dialog(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: ready(dialog) and dialog.remove_button.isEnabled(), timeout=TIMEOUT)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.accounts.count() == 0, timeout=TIMEOUT)
    assert "its e-mails stay on the timelines" in dialog.status.text()
    dialog.reject()


def test_the_timer_leaves_out_a_refused_password_and_its_fetches_are_no_undo_step(
        qtbot: QtBot, services: Services, dovecot: Dovecot, memory_keyring: object) -> None:
    from sync.credentials import Credentials
    from ui.mail_fetcher import MailFetcher

    services.contacts.create(ContactData(given="Ada", emails=(Email("ada@acme.example"),)))
    user = dovecot.user()
    fetcher = MailFetcher(services, Credentials())
    fetcher.mail.add_account("127.0.0.1", user, PASSWORD, port=dovecot.port, pinned=dovecot.fingerprint)
    client = dovecot.client(user, PASSWORD)
    client.append("INBOX", MESSAGES[0])
    client.logout()

    with qtbot.waitSignal(fetcher.finished, timeout=TIMEOUT) as on_timer:
        fetcher.fetch(by_hand=False)
    assert on_timer.args[0].logged == 1
    wait_for_writes(qtbot, services)
    undo = services.undo.next_undo()
    assert undo is not None and undo.label == "New contact"  # mail that came by itself: no step to undo

    account = fetcher.mail.accounts()[0]
    fetcher.mail.hold_password(account, "changed-since")
    with qtbot.waitSignal(fetcher.finished, timeout=TIMEOUT) as refused:
        fetcher.fetch(by_hand=False)
    assert refused.args[0].accounts[0].refused
    with qtbot.waitSignal(fetcher.finished, timeout=TIMEOUT) as left_out:
        fetcher.fetch(by_hand=False)
    assert left_out.args[0].accounts == []  # not asked a wrong password every quarter of an hour
    fetcher.mail.hold_password(account, PASSWORD)
    with qtbot.waitSignal(fetcher.finished, timeout=TIMEOUT) as by_hand:
        fetcher.fetch()  # F9: tried again, and accepted
    assert by_hand.args[0].errors == []
    with qtbot.waitSignal(fetcher.finished, timeout=TIMEOUT) as back:
        fetcher.fetch(by_hand=False)
    assert [a.account_id for a in back.args[0].accounts] == [account.id]
    assert fetcher.shutdown() and not fetcher.timer.isActive()
