"""The contact and account detail panes and the Trash, driven through the real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import AccountLink, Address, ContactData, Email, Phone, Url
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from db.values import PartialDate
from tests.ui.conftest import OpenedLinks
from tests.ui.writes import wait_for_writes
from ui.detail import AccountDetailPane, ContactDetailPane, TrashView
from ui.detail.inline_field import InlineField
from ui.detail.sheets import DealSheet, LogCallSheet, NoteSheet, TaskSheet
from ui.detail.timeline_model import TimelineModel
from ui.detail.trash import TrashModel
from ui.operations.undo_stack import LogUndoStack

# The offscreen platform cannot pass a top-level window's new minimum size on (the panes stand alone
# here; in the main window they are not windows). Every other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _photo() -> bytes:
    """A small portrait: a face-coloured disc on a blue background, as PNG bytes."""
    image = QImage(96, 96, QImage.Format.Format_ARGB32)
    image.fill(QColor("#5b7db1"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#f1c27d"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(28, 14, 40, 46)
    painter.drawEllipse(14, 62, 68, 60)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def stack(services: Services) -> Iterator[LogUndoStack]:
    made = LogUndoStack(services)
    yield made
    made.stop()  # its store closes after the test: no more polling of it
    made.deleteLater()


@pytest.fixture
def acme(services: Services) -> str:
    return services.accounts.create(AccountData(name="Acme Robotics", industry="Manufacturing",
                                                website="acme-robotics.example.com",
                                                phones=(Phone("+1 415 555 0100", "work"),))).value.uid


@pytest.fixture
def ann(services: Services, clock: FakeClock, acme: str) -> str:
    """A rich contact: photo, every kind of field, an account, tags, a custom field and a history."""
    services.custom_fields.define("contact", "shirt", "Shirt size", "choice", ("S", "M", "L"))
    uid = services.contacts.create(ContactData(
        given="Ann", family="Lee", job_title="CTO", department="Engineering", nickname="Annie",
        birthday=PartialDate(1985, 4, 12), photo=_photo(), photo_mime="image/png",
        emails=(Email("ann@acme-robotics.example.com", "work"), Email("ann.lee@example.org", "home")),
        phones=(Phone("+1 415 555 0134", "cell"),), urls=(Url("https://annlee.example.org"),),
        addresses=(Address(street="1 Market St", locality="San Francisco", region="CA", postal_code="94105",
                           country="USA", label="work"),),
        notes="Met at RoboCon. Prefers calls in the morning.",
        accounts=(AccountLink(acme, "CTO"),),
    )).value.uid
    services.tags.add("contact", uid, "customer")
    services.tags.add("contact", uid, "vip")
    services.custom_fields.set("contact", uid, "shirt", "M")
    stages = services.pipelines.default().stages
    start = clock.now()
    clock.set(start - timedelta(days=20))
    deal = services.deals.create(DealData(title="Warehouse robots", stage_uid=stages[0].uid, account_uid=acme,
                                          contact_uids=(uid,), amount=48000, currency="USD")).value.uid
    for days, kind, subject, text in ((18, "call", "Intro call", "Wants a demo for the warehouse team"),
                                      (12, "meeting", "On-site demo", "Showed the picking robot"),
                                      (5, "email", "Proposal sent", ""),
                                      (1, "note", "", "Budget approved for Q2.\nDecision by the board.")):
        services.activities.log(ActivityData(kind=kind, occurred_at=start - timedelta(days=days, hours=-2),
                                             subject=subject, text=text, links=(Link("contact", uid),)))
    clock.set(start - timedelta(days=10))
    services.deals.move_to_stage(deal, stages[2].uid)
    task = services.tasks.create(TaskData(title="Send the reference list", links=(Link("contact", uid),))).value
    clock.set(start - timedelta(days=3))
    services.tasks.complete(task.uid)
    services.tasks.create(TaskData(title="Follow up on the proposal", due_date=(start + timedelta(days=2)).date(),
                                   links=(Link("contact", uid),)))
    clock.set(start)
    return uid


def _pane(qtbot: QtBot, pane_type: type, services: Services, stack: LogUndoStack, size: tuple[int, int] = (760, 900)):  # type: ignore[no-untyped-def]
    pane = pane_type(services, stack)
    qtbot.addWidget(pane)
    pane.resize(*size)
    # Focus moves (and fields are left) only in the active window. (waitActive is a context manager.)
    with qtbot.waitActive(pane):
        pane.show()
        pane.activateWindow()
    return pane


def _edit(qtbot: QtBot, pane: ContactDetailPane, key: str, text: str) -> None:
    """Click the field, type over its value, and leave it with Tab."""
    field = pane.field(key)
    qtbot.mouseClick(field.display, Qt.MouseButton.LeftButton)
    assert field.editing
    field.editor.selectAll()
    qtbot.keyClick(field.editor, Qt.Key.Key_Delete)  # the editor's, not the pane's "move to Trash"
    qtbot.keyClicks(field.editor, text)
    qtbot.keyClick(field.editor, Qt.Key.Key_Tab)
    wait_for_writes(qtbot, pane.services)  # saved on the write worker, as the user sees it land


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(10)  # the pane rebuilds its facts once control is back in the event loop


def test_a_contact_shows_every_field_and_its_timeline(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                      ann: str, acme: str, artifacts: Path) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    assert pane.stack.currentWidget() is pane.empty_page
    pane.grab().save(str(artifacts / "contact_pane_empty.png"))
    pane.show_record(ann)
    assert pane.stack.currentWidget() is pane.record_page
    assert pane.avatar.has_photo
    assert pane.field("display_name").value == "Ann Lee"
    assert "CTO · Engineering" in pane.subtitle.text() and "Acme Robotics" in pane.subtitle.text()
    assert "Follow up on the proposal" in pane.next_step.text()
    for key, value in (("given", "Ann"), ("family", "Lee"), ("job_title", "CTO"), ("nickname", "Annie"),
                       ("emails[0]", "ann@acme-robotics.example.com"), ("emails[1]", "ann.lee@example.org"),
                       ("phones[0]", "+1 415 555 0134"), ("urls[0]", "https://annlee.example.org"),
                       ("birthday", "1985-04-12"), ("tags", "customer, vip"), ("custom:shirt", "M"),
                       ("notes", "Met at RoboCon. Prefers calls in the morning.")):
        assert pane.field(key).value == value, key
    assert "San Francisco" in pane.field("addresses[0]").display.text()
    organisation = pane.field("accounts[0]")  # edited in place (tests/ui/test_keyboard.py), the role under it
    assert organisation.value == "Acme Robotics" and pane.field("roles[0]").value == "CTO"
    with qtbot.waitSignal(pane.open_record) as opened:  # the account opens from the line under the name
        pane.subtitle.linkActivated.emit(f"account:{acme}")
    assert opened.args == ["account", acme]
    deals = pane.findChild(QLabel, "related:Deals")
    assert "Warehouse robots" in deals.text()

    entries = pane.timeline.model.entries()
    # The open task planned first (under "Planned"), then the history, newest first.
    assert [e.kind for e in entries] == ["todo", "note", "task", "email", "stage", "meeting", "call", "stage"]
    assert pane.timeline.stack.currentWidget() is pane.timeline.list
    _settle(qtbot)
    pane.grab().save(str(artifacts / "contact_pane.png"))


def test_editing_a_field_and_leaving_it_saves_it_and_undo_redo_take_it_back(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    with qtbot.waitSignal(pane.changed):
        _edit(qtbot, pane, "job_title", "Chief Technology Officer")
    _settle(qtbot)
    assert services.contacts.get(ann).data.job_title == "Chief Technology Officer"
    assert pane.field("job_title").value == "Chief Technology Officer"
    assert "Chief Technology Officer" in pane.subtitle.text()
    assert stack.count() == 1

    pane.field("given").setFocus()
    qtbot.keyClick(pane.field("given").display, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.job_title == "CTO"
    assert pane.field("job_title").value == "CTO"
    pane.field("given").setFocus()
    qtbot.keyClick(pane.field("given").display, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.job_title == "Chief Technology Officer"


def test_the_role_at_an_organisation_is_edited_in_place_and_undone(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.field("roles[0]").display.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    QApplication.focusWidget().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "Chief  Technology Officer")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _settle(qtbot)
    [link] = services.contacts.get(ann).data.accounts
    assert link.role == "Chief Technology Officer", "spaces tidied, the link to the same account"
    assert pane.field("roles[0]").value == "Chief Technology Officer"
    assert pane.field("accounts[0]").value == "Acme Robotics"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.accounts[0].role == "CTO"


def test_f2_edits_enter_commits_and_escape_cancels(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                   ann: str) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    field = pane.field("department")
    field.display.setFocus()
    qtbot.keyClick(field.display, Qt.Key.Key_F2)
    assert field.editing
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "Research")
    qtbot.keyClick(field.editor, Qt.Key.Key_Escape)
    assert not field.editing and field.value == "Engineering"
    qtbot.keyClick(field.display, Qt.Key.Key_F2)
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "Research")
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.department == "Research"


def test_an_invalid_email_shows_the_service_message_under_it_and_saves_nothing(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str, artifacts: Path
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    _edit(qtbot, pane, "emails[0]", "ann@@acme")
    field = pane.field("emails[0]")
    assert field.editing and field.editor_text() == "ann@@acme"
    assert "is not an e-mail address" in field.error_text
    assert services.contacts.get(ann).data.emails[0].value == "ann@acme-robotics.example.com"
    assert stack.count() == 0
    _settle(qtbot)
    assert field.editing and "is not an e-mail address" in field.error_text  # still, after the layout settles
    pane.grab().save(str(artifacts / "contact_pane_invalid_email.png"))

    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "ann@acme.example.com")
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    _settle(qtbot)
    assert services.contacts.get(ann).data.emails[0].value == "ann@acme.example.com"
    assert pane.field("emails[0]").error_text == ""


def test_untouched_fields_are_never_validated(qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.findChild(object, "emptyToggle").click()
    field = pane.field("emails[new]")
    qtbot.mouseClick(field.display, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field.editor, Qt.Key.Key_Tab)
    wait_for_writes(qtbot, services)
    assert field.error_text == "" and stack.count() == 0


def test_adding_and_removing_list_items_and_tags(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                 ann: str) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.findChild(object, "emptyToggle").click()
    _edit(qtbot, pane, "phones[new]", "+44 20 7946 0958")
    _settle(qtbot)
    assert [p.value for p in services.contacts.get(ann).data.phones] == ["+1 415 555 0134", "+44 20 7946 0958"]
    _edit(qtbot, pane, "emails[1]", "")  # emptied: removed
    _settle(qtbot)
    assert [e.value for e in services.contacts.get(ann).data.emails] == ["ann@acme-robotics.example.com"]
    _edit(qtbot, pane, "tags", "vip, partner")
    _settle(qtbot)
    assert services.tags.of("contact", ann) == ["partner", "vip"]
    stack.undo()
    wait_for_writes(qtbot, services)
    assert services.tags.of("contact", ann) == ["customer", "vip"]
    _edit(qtbot, pane, "custom:shirt", "XXL")
    assert "not one of the choices" in pane.field("custom:shirt").error_text


def test_delete_moves_to_the_trash_and_undo_brings_it_back(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                           ann: str) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.field("given").setFocus()
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(pane.field("given").display, Qt.Key.Key_Delete)
    assert pane.stack.currentWidget() is pane.trashed_page
    assert "Ann Lee" in pane.trashed_message.text()
    assert [c.uid for c in services.contacts.trash()] == [ann]
    qtbot.mouseClick(pane.undo_delete_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert services.contacts.trash() == []
    assert pane.stack.currentWidget() is pane.record_page
    stack.redo()
    wait_for_writes(qtbot, services)
    assert [c.uid for c in services.contacts.trash()] == [ann]
    assert pane.stack.currentWidget() is pane.trashed_page


def test_log_a_call_puts_it_on_the_timeline_and_undo_removes_it(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str, clock: FakeClock
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    before = pane.timeline.model.entry_count
    sheet = pane.log_call()
    assert isinstance(sheet, LogCallSheet)
    qtbot.keyClicks(sheet.subject, "Pricing questions")
    sheet.outcome.setCurrentText("Interested")
    qtbot.keyClicks(sheet.text, "Asked about volume discounts")
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(sheet.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_for_writes(qtbot, services)
    first = pane.timeline.model.history()[0]
    assert (first.kind, first.title, first.detail) == ("call", "Pricing questions",
                                                       "Interested\nAsked about volume discounts")
    assert first.when == clock.now()
    assert pane.timeline.model.entry_count == before + 1
    stack.undo()
    wait_for_writes(qtbot, services)
    assert pane.timeline.model.entry_count == before


def test_quick_action_sheets_create_notes_tasks_and_deals(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                          ann: str, acme: str, artifacts: Path) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    note = pane.add_note()
    assert isinstance(note, NoteSheet)
    note.accept()  # empty: the service refuses and the sheet says why
    wait_for_writes(qtbot, services)
    assert "a note needs some text" in note.error_text("text") and note.isVisible()
    note.grab().save(str(artifacts / "sheet_note_invalid.png"))
    qtbot.keyClicks(note.text, "Loves the new gripper")
    note.accept()
    wait_for_writes(qtbot, services)
    assert pane.timeline.model.history()[0].detail == "Loves the new gripper"

    task = pane.add_task()
    assert isinstance(task, TaskSheet)
    qtbot.keyClicks(task.title, "Book the follow-up demo")
    task.due.setDate(task.due.date().addDays(-5))  # before the one already planned
    task.accept()
    wait_for_writes(qtbot, services)
    assert "Book the follow-up demo" in pane.next_step.text() and "overdue" in pane.next_step.text()

    deal = pane.new_deal()
    assert isinstance(deal, DealSheet)
    qtbot.keyClicks(deal.title, "Spare parts")
    qtbot.keyClicks(deal.amount, "1200")
    deal.currency.setText("USD")
    deal.grab().save(str(artifacts / "sheet_new_deal.png"))
    deal.accept()
    wait_for_writes(qtbot, services)
    made = [d for d in services.deals.list() if d.data.title == "Spare parts"]
    assert len(made) == 1 and made[0].data.account_uid == acme and made[0].data.contact_uids == (ann,)
    assert "Spare parts" in pane.findChild(QLabel, "related:Deals").text()


def test_the_account_pane_shows_its_people_and_their_history(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                             ann: str, acme: str, artifacts: Path) -> None:
    services.contacts.create(ContactData(given="Bo", family="Chen", accounts=(AccountLink(acme, "Buyer"),)))
    pane = _pane(qtbot, AccountDetailPane, services, stack)
    pane.show_record(acme)
    assert pane.field("name").value == "Acme Robotics"
    assert "Manufacturing" in pane.subtitle.text()
    people = pane.findChild(QLabel, "related:People")
    assert "Ann Lee" in people.text() and "Bo Chen" in people.text() and "Buyer" in people.text()
    with qtbot.waitSignal(pane.open_record) as opened:
        people.linkActivated.emit(f"contact:{ann}")
    assert opened.args == ["contact", ann]
    # Ann's activities are the account's too.
    assert {"Intro call", "On-site demo", "Proposal sent"} <= {e.title for e in pane.timeline.model.entries()}
    _settle(qtbot)
    pane.grab().save(str(artifacts / "account_pane.png"))

    _edit(qtbot, pane, "website", "not a website")
    assert "is not a web address" in pane.field("website").error_text
    assert services.accounts.get(acme).data.website == "acme-robotics.example.com"


def test_timeline_filter_chips_and_load_older(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                              qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    uid = services.contacts.create(ContactData(given="Cy")).value.uid
    for i in range(120):
        services.activities.log(ActivityData(kind="call" if i % 3 else "note", subject=f"entry {i}",
                                             occurred_at=datetime(2026, 1, 1) + timedelta(hours=i * 5),
                                             links=(Link("contact", uid),)))
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(uid)
    model = pane.timeline.model
    assert model.entry_count == 50 and pane.timeline.load_older.isVisible()
    qtbot.mouseClick(pane.timeline.load_older, Qt.MouseButton.LeftButton)
    assert model.entry_count == 100
    pane.timeline.model.fetchMore()
    assert model.entry_count == 120 and not pane.timeline.load_older.isVisible()
    assert model.entries()[-1].title == "entry 0"
    pane.timeline.chips.button(3).click()  # Notes
    assert {e.kind for e in model.entries()} == {"note"} and model.entry_count == 40
    qtmodeltester.check(model)


def test_a_contact_without_history_says_so_and_the_empty_fields_hide(
    qtbot: QtBot, services: Services, stack: LogUndoStack, artifacts: Path
) -> None:
    uid = services.contacts.create(ContactData(given="Dee", emails=(Email("dee@example.com"),))).value.uid
    pane = _pane(qtbot, ContactDetailPane, services, stack, (640, 560))
    pane.show_record(uid)
    assert pane.timeline.stack.currentWidget() is pane.timeline.message
    toggle = pane.findChild(object, "emptyToggle")
    assert "empty fields" in toggle.text()
    with pytest.raises(KeyError):
        pane.field("job_title")
    _settle(qtbot)
    pane.grab().save(str(artifacts / "contact_pane_sparse.png"))
    toggle.click()
    assert pane.field("job_title").value == ""


def test_the_trash_restores_and_deletes_forever(qtbot: QtBot, services: Services, stack: LogUndoStack,
                                                ann: str, acme: str, qtmodeltester,  # type: ignore[no-untyped-def]
                                                artifacts: Path) -> None:
    view = TrashView(services)
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    assert view.stack.currentWidget() is view.message
    view.grab().save(str(artifacts / "trash_empty.png"))

    bob = services.contacts.create(ContactData(given="Bob", family="Roe")).value.uid
    services.contacts.delete(ann)
    services.contacts.delete(bob)
    services.accounts.delete(acme)
    view.reload()
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 3
    names = {view.model.index(r, TrashModel.NAME).data() for r in range(3)}
    assert names == {"Ann Lee", "Bob Roe", "Acme Robotics"}
    view.grab().save(str(artifacts / "trash.png"))

    row = next(r for r in range(3) if view.model.item(r).uid == ann)
    view.select_rows([row])
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert services.contacts.get(ann).display_name == "Ann Lee"
    assert view.model.rowCount() == 2

    row = next(r for r in range(2) if view.model.item(r).uid == acme)
    view.select_rows([row])
    box = view.purge_selected()
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert view.model.rowCount() == 2
    box = view.purge_selected()
    assert box is not None
    destructive = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    destructive.click()
    wait_for_writes(qtbot, services)
    assert view.model.rowCount() == 1
    assert all(a.uid != acme for a in services.accounts.trash())
    # Ann was at Acme: purging the account unlinks her and leaves her be.
    assert services.contacts.get(ann).data.accounts == ()


def test_a_purged_record_cannot_be_undeleted_and_the_pane_says_so(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.delete_record()
    wait_for_writes(qtbot, services)
    services.contacts.purge(ann)
    stack.undo()
    wait_for_writes(qtbot, services)
    assert "no contact" in pane.banner.text()
    assert pane.empty_message.text() == "This record no longer exists."
    assert stack.count() == 0


def test_the_timeline_model_passes_the_model_tester(services: Services, ann: str,
                                                    qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from app.timeline import TimelineService

    model = TimelineModel(TimelineService(services.store.database), services.clock)
    model.set_record("contact", ann)
    assert model.rowCount() > model.entry_count  # day headers between the entries
    qtmodeltester.check(model)


def test_saving_a_field_far_down_keeps_the_facts_scrolled_where_they_were(
    qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str
) -> None:
    pane = _pane(qtbot, ContactDetailPane, services, stack, size=(520, 420))
    pane.show_record(ann)
    _settle(qtbot)
    bar = pane.facts_scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the facts are taller than the pane"
    bar.setValue(bar.maximum())
    before = bar.value()
    field = pane.field("notes")
    field.display.setFocus()
    qtbot.keyClick(field.display, Qt.Key.Key_F2)
    qtbot.keyClicks(field.editor, " Likes tea.")
    qtbot.keyClick(field.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.contacts.get(ann).data.notes.endswith("Likes tea.")
    # Once laid out again: where it was, within a line (the editor is a little taller than the text it
    # replaced), not at the top; and it stays there.
    line = pane.fontMetrics().height()
    qtbot.waitUntil(lambda: pane.field("notes").value.endswith("Likes tea.") and abs(bar.value() - before) <= line,
                    timeout=3000)
    qtbot.wait(300)
    assert abs(bar.value() - before) <= line


def test_messaging_related_people_and_other_dates_are_edited_in_place_too(
    qtbot: QtBot, services: Services, stack: LogUndoStack
) -> None:
    from PySide6.QtCore import QLocale

    from app.contacts import Im, OtherDate, Related

    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        uid = services.contacts.create(ContactData(
            given="Ann", ims=(Im("ann.lee", "skype"),), related=(Related("Bob Lee", "spouse"),),
            dates=(OtherDate(PartialDate(2019, 6, 1), "work anniversary"),))).value.uid
        pane = _pane(qtbot, ContactDetailPane, services, stack)
        pane.show_record(uid)
        assert pane.field("ims[0]").value == "skype: ann.lee"
        assert pane.field("related[0]").display.text() == "Bob Lee"
        _edit(qtbot, pane, "ims[0]", "telegram: annlee")
        _settle(qtbot)
        _edit(qtbot, pane, "related[0]", "Robert Lee")
        _settle(qtbot)
        _edit(qtbot, pane, "dates[0]", "6/2/2019")  # as the locale writes dates
        _settle(qtbot)
        data = services.contacts.get(uid).data
        assert data.ims == (Im("annlee", "telegram"),)
        assert [(r.value, r.label) for r in data.related] == [("Robert Lee", "spouse")]
        assert [(d.value, d.label) for d in data.dates] == [(PartialDate(2019, 6, 2), "work anniversary")]
    finally:
        QLocale.setDefault(previous)


def test_private_keeps_a_contact_and_a_task_to_the_user_and_undo_shares_them_again(
        qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str) -> None:
    """From the keyboard: Tab from the delete button back to "Private", Space; a task sheet's Alt+V. Each is
    one step for Undo, and the pane shows what is so."""
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    pane.delete_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is pane.private_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    assert services.privacy.is_private("contact", ann) and pane.private_action.isChecked()

    task = pane.add_task()
    assert isinstance(task, TaskSheet) and task.private_box is not None and not task.private_box.isChecked()
    task.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is task and QApplication.focusWidget() is task.title)
    qtbot.keyClicks(QApplication.focusWidget(), "Birthday present for Ann")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(task.private_box.isChecked)  # a mnemonic clicks the box after a short animation
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    [made] = [t for t in services.tasks.all() if t.data.title == "Birthday present for Ann"]
    assert services.privacy.is_private("task", made.uid)
    step = services.undo.next_undo()
    assert step is not None and step.label == "Add a task"

    stack.undo()  # the task, made private with it: one step
    wait_for_writes(qtbot, services)
    assert made.uid not in {t.uid for t in services.tasks.all()}
    stack.undo()  # the contact shared with the office again
    wait_for_writes(qtbot, services)
    assert not services.privacy.is_private("contact", ann) and not pane.private_action.isChecked()


def _on_the_link(field: InlineField) -> QPoint:
    """A point on the first letters of the value drawn as a link (the label's text starts at its left)."""
    rect = field.display.contentsRect()
    return QPoint(rect.left() + field.display.fontMetrics().horizontalAdvance("a") * 2, rect.center().y())


def test_e_mail_addresses_and_phone_numbers_are_links_to_the_users_programs(
        qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str, acme: str, opened: OpenedLinks) -> None:
    """A click on the address writes an e-mail; a click beside it edits; Ctrl+Enter on the focused value
    calls the number; the context menu copies it. The account and deal panes link their people's address and
    number too."""
    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    email = pane.field("emails[0]")
    assert email.href == "mailto:ann@acme-robotics.example.com"
    qtbot.mouseClick(email.display, Qt.MouseButton.LeftButton, pos=_on_the_link(email))
    assert opened.urls == ["mailto:ann@acme-robotics.example.com"] and not email.editing
    beside = QPoint(email.display.contentsRect().right() - 2, email.display.contentsRect().center().y())
    qtbot.mouseClick(email.display, Qt.MouseButton.LeftButton, pos=beside)
    assert email.editing and opened.urls == ["mailto:ann@acme-robotics.example.com"]
    qtbot.keyClick(email.editor, Qt.Key.Key_Escape)

    phone = pane.field("phones[0]")
    assert phone.href == "tel:+14155550134"
    # Tab goes from value to value, links or not (a QLabel with links would take click focus only).
    pane.field("emails[1]").display.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is phone.display  # (the empty "Add e-mail" row is hidden)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened.urls[-1] == "tel:+14155550134" and not phone.editing
    assert pane.field("urls[0]").href == "https://annlee.example.org"
    assert pane.field("given").href == "" and "<a" not in pane.field("given").display.text()

    # Edited, the link follows the new value at once (before the pane has read the record again).
    _edit(qtbot, pane, "emails[1]", "ann.lee@lee-family.example")
    assert pane.field("emails[1]").href == "mailto:ann.lee@lee-family.example"

    def copy_from_the_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert [a.text() for a in menu.actions()] == ["Call", "Copy", "Edit"]
        menu.actions()[1].trigger()
        menu.close()

    QApplication.clipboard().clear()
    phone = pane.field("phones[0]")
    phone.display.setFocus()
    QTimer.singleShot(50, copy_from_the_menu)
    # The Menu key (or Shift+F10) as the platform delivers it: a context menu event for the focused widget
    # (QTest's key clicks do not make one).
    focused = QApplication.focusWidget()
    QApplication.sendEvent(focused, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(4, 4),
                                                      focused.mapToGlobal(QPoint(4, 4))))
    assert QApplication.clipboard().text() == "+1 415 555 0134"

    account = _pane(qtbot, AccountDetailPane, services, stack)
    account.show_record(acme)
    assert account.field("phones[0]").href == "tel:+14155550100"
    assert account.field("website").href == "https://acme-robotics.example.com"
    people = account.findChild(QLabel, "related:People")
    assert 'href="mailto:ann@acme-robotics.example.com"' in people.text()
    assert 'href="tel:+14155550134"' in people.text()
    people.linkActivated.emit("mailto:ann@acme-robotics.example.com")
    assert opened.urls[-1] == "mailto:ann@acme-robotics.example.com"


def test_an_imported_e_mail_opens_its_original_message_from_the_timeline(
        qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str, opened: OpenedLinks, tmp_path: Path) -> None:
    """The Menu key on an imported e-mail of the timeline: Open the Original Message writes it to the data
    folder's mail cache and hands it to the desktop's program for .eml files."""
    import email.message
    import mailbox

    from PySide6.QtGui import QDesktopServices

    from app.mail_import import import_mail

    message = email.message.EmailMessage()
    message["From"] = "Ann Lee <ann@acme-robotics.example.com>"
    message["To"] = "me@mine.example"
    message["Subject"] = "Signed contract"
    message["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
    message["Message-ID"] = "<contract-1@acme-robotics.example.com>"
    message.set_content("Attached, signed.")
    box = mailbox.mbox(tmp_path / "Inbox")
    box.add(message)
    box.close()
    assert import_mail(services, tmp_path / "Inbox").logged == 1

    QDesktopServices.setUrlHandler("file", opened, "take")
    try:
        pane = _pane(qtbot, ContactDetailPane, services, stack)
        pane.show_record(ann)
        view = pane.timeline.list
        model = view.model()
        row = next(r for r in range(model.rowCount()) if "Signed contract" in str(model.index(r, 0).data()))
        view.setCurrentIndex(model.index(row, 0))
        view.setFocus()

        def open_from_the_menu() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            original = next(a for a in menu.actions() if a.text() == "Open the Original Message")
            original.trigger()
            menu.close()

        QTimer.singleShot(50, open_from_the_menu)
        place = view.visualRect(model.index(row, 0)).center()
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, place,
                                                                  view.viewport().mapToGlobal(place)))
        qtbot.waitUntil(lambda: any(url.startswith("file://") for url in opened.urls))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    path = Path(next(url for url in opened.urls if url.startswith("file://")).removeprefix("file://"))
    assert path.parent == services.store.data_dir / "mail-cache" and path.suffix == ".eml"
    assert path.stat().st_mode & 0o077 == 0  # the user's mail: readable by the user only
    assert b"Attached, signed." in path.read_bytes() and b"contract-1@acme-robotics.example.com" in path.read_bytes()


def test_an_e_mail_is_linked_to_a_deal_and_unlinked_from_the_timelines_menu(
        qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str) -> None:
    """The Menu key on the e-mail, Linked Deals ▸ the contact's deal: the e-mail shows on the deal's timeline;
    the tick taken away unlinks it; each is one step of Edit ▸ Undo."""
    deal = next(d for d in services.deals.list() if d.data.title == "Warehouse robots").meta.uid
    email_uid = next(a.meta.uid for a in services.activities.all() if a.data.subject == "Proposal sent")

    def deal_links() -> list[str]:
        return [link.uid for link in services.activities.get(email_uid).data.links if link.kind == "deal"]

    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    view = pane.timeline.list
    model = view.model()

    def choose_in_the_menu(expect_checked: bool) -> None:
        row = next(r for r in range(model.rowCount()) if "Proposal sent" in str(model.index(r, 0).data()))
        view.setCurrentIndex(model.index(row, 0))
        view.setFocus()
        seen: list[bool] = []

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            deals = next(a for a in menu.actions() if a.text() == "Linked &Deals").menu()
            [choice] = deals.actions()
            assert choice.text() == "Warehouse robots · " + services.pipelines.default().stages[2].name
            seen.append(choice.isChecked())
            choice.trigger()
            menu.close()

        QTimer.singleShot(50, pick)
        place = view.visualRect(model.index(row, 0)).center()
        QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, place,
                                                                  view.viewport().mapToGlobal(place)))
        qtbot.waitUntil(lambda: seen == [expect_checked])
        wait_for_writes(qtbot, services)

    assert deal_links() == []
    choose_in_the_menu(expect_checked=False)
    assert deal_links() == [deal]
    assert "Proposal sent" in [a.data.subject for a in services.activities.timeline("deal", deal)]
    assert services.undo.next_undo().label == "Link to the deal “Warehouse robots”"  # type: ignore[union-attr]
    choose_in_the_menu(expect_checked=True)
    assert deal_links() == []
    assert services.undo.next_undo().label == "Unlink from the deal “Warehouse robots”"  # type: ignore[union-attr]
    services.undo.undo()
    assert deal_links() == [deal]


def test_a_thread_of_e_mails_is_one_entry_that_right_opens_and_left_folds(
        qtbot: QtBot, services: Services, stack: LogUndoStack, ann: str, tmp_path: Path) -> None:
    import email.message
    import mailbox

    from app.mail_import import import_mail

    box = mailbox.mbox(tmp_path / "Inbox")
    for number, subject in enumerate(("Contract", "Re: Contract", "Re: Re: Contract"), start=1):
        message = email.message.EmailMessage()
        message["From"], message["To"] = "ann@acme-robotics.example.com", "me@mine.example"
        message["Subject"], message["Message-ID"] = subject, f"<c{number}@acme-robotics.example.com>"
        message["Date"] = f"Sun, 0{number} Mar 2026 10:00:00 +0000"
        if number > 1:
            message["References"] = "<c1@acme-robotics.example.com>"
        message.set_content(f"Message {number}")
        box.add(message)
    box.close()
    assert import_mail(services, tmp_path / "Inbox").logged == 3

    pane = _pane(qtbot, ContactDetailPane, services, stack)
    pane.show_record(ann)
    view = pane.timeline.list
    model = view.model()

    def shown() -> list[str]:
        return [str(model.index(r, 0).data()) for r in range(model.rowCount())
                if "Contract" in str(model.index(r, 0).data())]

    assert shown() == ["3 messages · Re: Re: Contract"]
    row = next(r for r in range(model.rowCount()) if "Contract" in str(model.index(r, 0).data()))
    view.setCurrentIndex(model.index(row, 0))
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert shown() == ["3 messages · Re: Re: Contract", "Re: Contract", "Contract"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert view.currentIndex().data() == "Re: Contract"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # from an older one: the thread folds
    assert shown() == ["3 messages · Re: Re: Contract"]
    assert view.currentIndex().data() == "3 messages · Re: Re: Contract"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    pane.timeline.reload()  # (a change elsewhere): an open thread stays open
    assert shown() == ["3 messages · Re: Re: Contract", "Re: Contract", "Contract"]


def test_the_account_pane_allows_its_domain_s_mail_and_an_undo_takes_it_back(
        qtbot: QtBot, services: Services, stack: LogUndoStack, acme: str) -> None:
    from PySide6.QtWidgets import QToolButton

    from app.mail_domains import domains_of

    pane = _pane(qtbot, AccountDetailPane, services, stack)
    pane.show_record(acme)
    button = next(b for b in pane.findChildren(QToolButton) if b.defaultAction() is pane.mail_domain_action)
    assert button.isVisible() and button.text() == "Mail from acme-robotics.example.com"
    assert not button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: domains_of(services, acme) == ["acme-robotics.example.com"])
    qtbot.waitUntil(button.isChecked)
    assert services.undo.next_undo().label == "Put mail from acme-robotics.example.com on “Acme Robotics”"  # type: ignore[union-attr]
    stack.undo()
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: domains_of(services, acme) == [])

    services.accounts.update(acme, website="")  # no website: nothing to take the domain from, no button
    pane.show_record(acme)
    assert not pane.mail_domain_action.isVisible()
