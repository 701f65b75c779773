"""File ▸ Import Mail…: the Thunderbird profiles found are offered, Enter imports the chosen one off the UI
thread, the end says what was put where, and Edit ▸ Undo takes the import back as one step."""

from __future__ import annotations

import email.message
import mailbox
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.contacts import ContactData, Email
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.mail_dialog import MailImportDialog


def _thunderbird(home: Path) -> Path:
    folder = home / ".thunderbird"
    local = folder / "abcd.default" / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    (folder / "profiles.ini").write_text("[Profile0]\nName=default\nIsRelative=1\nPath=abcd.default\n",
                                         encoding="utf-8")
    box = mailbox.mbox(local / "Inbox")
    for number, sender in enumerate(("ada@acme.example", "stranger@elsewhere.example", "ada@acme.example"), 1):
        message = email.message.EmailMessage()
        message["From"], message["To"] = sender, "me@mine.example"
        message["Subject"], message["Message-ID"] = f"Message {number}", f"<n{number}@mail.example>"
        message["Date"] = f"Mon, 0{number} Mar 2026 10:00:00 +0000"
        message.set_content("Hello")
        box.add(message)
    box.close()
    (local / "Inbox.msf").write_text("", encoding="utf-8")
    return folder


def test_enter_imports_the_thunderbird_profile_found_and_says_what_it_did(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    ada = services.contacts.create(ContactData(given="Ada", emails=(Email("ada@acme.example"),))).value.uid
    found = _thunderbird(tmp_path / "home")
    dialog = MailImportDialog(services, home=tmp_path / "home")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert dialog.chosen() == found and dialog.import_button.isEnabled()
    dialog.sources.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.sources)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the default button: Import
    qtbot.waitUntil(lambda: "put on timelines" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == ("3 messages read: 2 e-mails put on timelines, 0 already here, 1 from and to no"
                                    " contact (left out).")
    assert sorted(a.data.subject for a in services.activities.timeline("contact", ada)) == ["Message 1", "Message 3"]
    assert dialog.cancel_button.text() == "Close" and dialog.import_button.isEnabled()

    wait_for_writes(qtbot, services)
    step = services.undo.history(1)[0]
    assert step.label == "Import mail from .thunderbird"
    services.undo.undo()
    assert services.activities.timeline("contact", ada) == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_with_no_thunderbird_it_says_to_choose_a_file_or_folder(qtbot: QtBot, services: Services,
                                                                tmp_path: Path) -> None:
    dialog = MailImportDialog(services, home=tmp_path)
    qtbot.addWidget(dialog)
    assert "No Thunderbird profile was found" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.add_path(tmp_path / "nothing-here")
    dialog.start()
    qtbot.waitUntil(lambda: "Nothing more was imported" in dialog.status.text(), timeout=10_000)
    assert "does not exist" in dialog.status.text()
