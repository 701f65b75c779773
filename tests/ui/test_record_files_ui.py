"""Files on a record in the window (issue 19, point 4), used with the keys and a drop as a person would:
Record ▸ Attach a File… (Ctrl+Shift+F) on the contact shown, the file list's Enter (the desktop's program opens
a read-only copy), F2 (renamed in place), Delete (the file goes, never the contact), Ctrl+Z (it is back), and
files dropped from a file manager onto an account's and a deal's pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.contacts import ContactData
from app.deals import DealData
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.main_window import ACCOUNTS, CONTACTS, DEALS, MainWindow


class OpenedFiles(QObject):
    """Stands in for the desktop's programs: the files handed to them."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


@pytest.fixture
def opened_files() -> Iterator[OpenedFiles]:
    taker = OpenedFiles()
    QDesktopServices.setUrlHandler("file", taker, "take")
    yield taker
    QDesktopServices.unsetUrlHandler("file")


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _drop(target: QWidget, paths: list[Path]) -> None:
    """A file manager's drag of these files, let go over `target` (a child of the pane)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def test_attach_open_rename_remove_and_undo_with_the_keyboard(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, opened_files: OpenedFiles,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    offer = tmp_path / "Offer.pdf"
    offer.write_bytes(b"%PDF-1.7 offer")
    prices = tmp_path / "Prices 2027.xlsx"
    prices.write_bytes(b"cells")
    asked: list[str] = []

    def choose(_parent: QWidget, caption: str, _folder: str) -> tuple[list[str], str]:
        asked.append(caption)  # the system's file dialog: the user picks both files
        return [str(offer), str(prices)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.current_pane()
    assert pane is not None
    assert window.attach_file_action.isEnabled()

    qtbot.keyClick(_focus(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["Attach Files"]
    box = pane.files_box
    qtbot.waitUntil(lambda: len(box.files()) == 2)  # read off the UI thread, then one write
    wait_for_writes(qtbot, services)
    assert sorted(f.name for f in box.files()) == ["Offer.pdf", "Prices 2027.xlsx"]
    assert box.heading.text() == "Files (2)" and box.list.isVisible()
    assert window.undo_action.text() == "&Undo Attach 2 files"

    box.list.setFocus()
    box.list.setCurrentItem(box.list.topLevelItem(0))
    first = box.current_file()
    assert first is not None
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # opened with the desktop's program, from a read-only copy
    qtbot.waitUntil(lambda: len(opened_files.paths) == 1)
    copy = opened_files.paths[0]
    assert copy.name == first.name and (services.data_dir / "file-cache") in copy.parents
    assert copy.read_bytes() == (offer if first.name == "Offer.pdf" else prices).read_bytes()

    qtbot.keyClick(_focus(), Qt.Key.Key_F2)  # renamed in place
    editor = _focus()
    assert editor is not box.list
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Signed offer.pdf")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # (the item view commits on its next turn)
    qtbot.waitUntil(lambda: "Signed offer.pdf" in [f.name for f in box.files()])
    wait_for_writes(qtbot, services)
    assert "Signed offer.pdf" in [f.name for f in services.files.files_of("contact", ann)]
    assert window.undo_action.text() == f"&Undo Rename “{first.name}”"
    assert [h.uid for h in services.search.search("signed offer")] == [ann]

    box.list.setFocus()
    renamed = next(i for i in range(box.list.topLevelItemCount())
                   if box.list.topLevelItem(i).text(0) == "Signed offer.pdf")
    box.list.setCurrentItem(box.list.topLevelItem(renamed))
    qtbot.keyClick(_focus(), Qt.Key.Key_Delete)  # the file, not the contact
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.given == "Ann"
    assert [f.name for f in box.files()] == [n for n in ("Offer.pdf", "Prices 2027.xlsx") if n != first.name]
    assert box.heading.text() == "Files (1)"

    qtbot.keyClick(_focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back, under its new name
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: len(box.files()) == 2)
    assert "Signed offer.pdf" in [f.name for f in box.files()]


def test_files_dropped_on_an_account_and_a_deal_go_onto_them(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path) -> None:
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Roof repair", stage_uid=stage, account_uid=acme)).value.uid
    terms = tmp_path / "Terms.txt"
    terms.write_text("net 30")
    photo = tmp_path / "Roof.jpg"
    photo.write_bytes(b"\xff\xd8jpeg")
    folder = tmp_path / "Project"
    folder.mkdir()

    window.accounts_view.model.reload()
    window.show_section(ACCOUNTS)
    window.open_record("account", acme)
    pane = window.current_pane()
    assert pane is not None
    _drop(pane.subtitle, [terms])  # anywhere on the record, not only on its file list
    qtbot.waitUntil(lambda: len(pane.files_box.files()) == 1)
    wait_for_writes(qtbot, services)
    assert [f.name for f in services.files.files_of("account", acme)] == ["Terms.txt"]
    assert pane.files_box.heading.text() == "Files (1)"

    window.show_section(DEALS)
    window.deals_view.detail.show_deal(deal)
    detail = window.deals_view.detail
    _drop(detail.title, [photo, folder, terms])
    qtbot.waitUntil(lambda: len(detail.files_box.files()) == 2)
    wait_for_writes(qtbot, services)
    assert sorted(f.name for f in services.files.files_of("deal", deal)) == ["Roof.jpg", "Terms.txt"]
    message = detail.files_box.message
    assert message.isVisible() and "“Project” was not attached: it is not a file (a folder?)" in message.text()
    # The terms were already on the account: the bytes are kept once.
    assert services.store.database.execute_sql("SELECT count(*) FROM file_content").fetchone()[0] == 2

    current = detail.files_box.current_file()  # the first file the drop brought
    assert current is not None and current.name == "Roof.jpg"
    detail.files_box.list.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Delete)  # the file goes, not the deal
    wait_for_writes(qtbot, services)
    assert [f.name for f in services.files.files_of("deal", deal)] == ["Terms.txt"]
    assert services.deals.get(deal).data.title == "Roof repair"


def test_an_e_mails_attachments_are_kept_on_the_record_from_the_timelines_menu(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path) -> None:
    """The Menu key on an imported e-mail, Keep Its Attachments on the Record: its files are on the contact,
    one undoable step; asked again, nothing is doubled and the pane says so."""
    import email.message
    import mailbox

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    from app.contacts import Email
    from app.mail_import import import_mail

    ann = services.contacts.create(ContactData(given="Ann", family="Lee",
                                               emails=(Email("ann@acme.example"),))).value.uid
    message = email.message.EmailMessage()
    message["From"], message["To"] = "Ann Lee <ann@acme.example>", "me@rapport.example"
    message["Subject"], message["Date"] = "The signed contract", "Mon, 02 Mar 2026 10:00:00 +0100"
    message["Message-ID"] = "<contract@acme.example>"
    message.set_content("Signed, see attached.")
    message.add_attachment(b"%PDF-1.7 signed", maintype="application", subtype="pdf", filename="Vertrag März.pdf")
    box = mailbox.mbox(tmp_path / "Inbox")
    box.add(message)
    box.close()
    assert import_mail(services, tmp_path / "Inbox").logged == 1

    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    pane = window.current_pane()
    assert pane is not None
    view = pane.timeline.list
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 1)
    row = next(r for r in range(model.rowCount()) if "The signed contract" in str(model.index(r, 0).data()))

    def keep_attachments() -> None:
        taken: list[str] = []

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            action = next(a for a in menu.actions() if a.text() == "Keep Its Attachments on the Record")
            taken.append(action.text())
            menu.close()
            action.trigger()

        view.setCurrentIndex(model.index(row, 0))
        view.setFocus()
        QTimer.singleShot(50, pick)
        place = view.visualRect(model.index(row, 0)).center()
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, place,
                                                                  view.viewport().mapToGlobal(place)))
        qtbot.waitUntil(lambda: taken != [])

    keep_attachments()
    qtbot.waitUntil(lambda: [f.name for f in services.files.files_of("contact", ann)] == ["Vertrag März.pdf"])
    wait_for_writes(qtbot, services)
    assert pane.files_box.heading.text() == "Files (1)"
    assert window.undo_action.text() == "&Undo Attach “Vertrag März.pdf”"
    copy = services.files.open_copy("contact", services.files.files_of("contact", ann)[0].id)
    assert copy.read_bytes() == b"%PDF-1.7 signed"

    keep_attachments()
    qtbot.waitUntil(lambda: "“Vertrag März.pdf” is on this record already." in pane.files_box.message.text())
    wait_for_writes(qtbot, services)
    assert len(services.files.files_of("contact", ann)) == 1
