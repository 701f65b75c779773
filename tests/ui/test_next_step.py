"""The next step, as Pipedrive users expect it: after a call is logged or a deal moves, the window offers the
next activity, ready to schedule with one keystroke (Ctrl+Enter); "No next step" and the board's dot
read what it made. Everything typed where the focus is."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.contacts import ContactData
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from tests.ui.focus import focused_window
from tests.ui.writes import wait_for_writes
from ui.detail.next_step import NextStepSheet
from ui.detail.sheets import LogCallSheet, Sheet
from ui.main_window import CONTACTS, DEALS, MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_sheet(qtbot: QtBot, kind: type[Sheet]) -> Sheet:
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()))
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
    qtbot.waitUntil(lambda: sheet.isAncestorOf(QApplication.focusWidget()))
    return sheet


def no_sheet_of(kind: type[Sheet]) -> bool:
    return not any(isinstance(w, kind) and shiboken6.isValid(w) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_after_a_call_the_next_call_is_one_keystroke_away(qtbot: QtBot, window: MainWindow,
                                                          services: Services) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    assert "No next step" in window.contact_pane.next_step.text()

    qtbot.keyClick(focus(), Qt.Key.Key_L, CTRL_SHIFT)
    open_sheet(qtbot, LogCallSheet)
    qtbot.keyClicks(focus(), "Pricing questions")
    qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)

    sheet = open_sheet(qtbot, NextStepSheet)
    title = focus()
    assert isinstance(title, QLineEdit) and title.text() == "Call Ann Lee" and title.selectedText() == "Call Ann Lee"
    qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the one keystroke
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: no_sheet_of(NextStepSheet))
    [task] = services.tasks.all()
    assert (task.data.title, task.data.due_date, task.data.due_time) == ("Call Ann Lee", date(2026, 3, 3), "10:00")
    assert task.data.links == (Link("contact", ann),)
    qtbot.waitUntil(lambda: "Call Ann Lee" in window.contact_pane.next_step.text())
    del sheet

    # A next step planned: the next call logged offers none.
    qtbot.keyClick(focus(), Qt.Key.Key_L, CTRL_SHIFT)
    open_sheet(qtbot, LogCallSheet)
    qtbot.keyClicks(focus(), "Agreed on a date")
    qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    qtbot.wait(50)
    assert no_sheet_of(NextStepSheet)


def test_a_deal_moved_on_the_board_offers_a_meeting_and_its_dot_reads_it(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Fleet renewal", stage_uid=stages[0].uid)).value.uid
    window.show_section(DEALS)
    board = window.deals_view.board
    board.select_deal(deal)
    assert services.queries.board().card(deal).next_state == "none"  # type: ignore[union-attr]
    board.focus_cards()
    qtbot.keyClick(focus(), Qt.Key.Key_Right, CTRL_SHIFT)
    wait_for_writes(qtbot, services)

    sheet = open_sheet(qtbot, NextStepSheet)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # to the kind
    kind = focus()
    assert isinstance(kind, QComboBox)
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # Call → Meeting
    assert sheet.findChild(QLineEdit).text() == "Meeting about Fleet renewal"  # type: ignore[union-attr]
    qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    [meeting] = services.activities.meetings()
    assert meeting.data.subject == "Meeting about Fleet renewal" and meeting.data.links == (Link("deal", deal),)
    assert services.queries.board().card(deal).next_state == "later"  # type: ignore[union-attr]
    assert services.deals.get(deal).data.stage_uid == stages[1].uid


def test_esc_leaves_without_one_and_the_record_menu_turns_the_offer_off(
        qtbot: QtBot, window: MainWindow, services: Services, settings: QSettings) -> None:
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Fleet renewal", stage_uid=stages[0].uid)).value.uid
    window.show_section(DEALS)
    board = window.deals_view.board
    board.select_deal(deal)
    board.focus_cards()
    qtbot.keyClick(focus(), Qt.Key.Key_Right, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    open_sheet(qtbot, NextStepSheet)
    qtbot.keyClick(focus(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: no_sheet_of(NextStepSheet))
    assert services.tasks.all() == [] and services.activities.meetings() == []
    qtbot.waitUntil(lambda: board.isAncestorOf(QApplication.focusWidget()))  # the keys back on the board

    assert window.offer_next_step_action.isChecked()
    window.offer_next_step_action.trigger()  # Record → Offer the Next Step After Calls and Moves: off
    assert settings.value("nextStep/offer", type=bool) is False
    board.focus_cards()
    qtbot.keyClick(focus(), Qt.Key.Key_Right, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    qtbot.wait(50)
    assert no_sheet_of(NextStepSheet)
    assert services.deals.get(deal).data.stage_uid == stages[2].uid


def test_a_task_already_planned_for_the_deal_means_no_offer(qtbot: QtBot, window: MainWindow,
                                                           services: Services) -> None:
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Fleet renewal", stage_uid=stages[0].uid)).value.uid
    services.tasks.create(TaskData(title="Send the quote", due_date=date(2026, 3, 5), links=(Link("deal", deal),)))
    window.show_section(DEALS)
    window.deals_view.board.select_deal(deal)
    window.deals_view.board.focus_cards()
    qtbot.keyClick(focus(), Qt.Key.Key_Right, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    qtbot.wait(50)
    assert no_sheet_of(NextStepSheet)


def test_a_whole_day_without_the_mouse(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """Add a contact (with a new company), log two calls (the first offers the next call, scheduled with one
    keystroke), add a task, a new deal with account and person, move it, mark it won, undo, redo: every
    key where the focus is."""
    from ui.detail.new_record import NewContactSheet
    from ui.detail.sheets import DealSheet, TaskSheet
    from ui.palette import CommandPalette

    def type_in(text: str) -> None:
        qtbot.keyClicks(focus(), text)

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.activePopupWidget() or focus(), key, modifiers)

    def save_and_wait() -> None:
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_for_writes(qtbot, services)

    def back_in_window() -> None:
        qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # A contact, with a company that is not there yet.
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    open_sheet(qtbot, NewContactSheet)
    for text in ("Ann", "Lee", "ann@acme.example", "+1 415 555 0100", "Acme Robotics", "CTO"):
        type_in(text)
        press(Qt.Key.Key_Tab)
    save_and_wait()
    back_in_window()
    [ann] = services.contacts.list()
    assert ann.data.display_name == "Ann Lee" and window.contact_pane.uid == ann.uid
    acme = services.accounts.find_by_name("Acme Robotics")
    assert acme is not None

    # Two calls: the first offers the next call, scheduled with Ctrl+Enter; the second offers nothing.
    press(Qt.Key.Key_L, CTRL_SHIFT)
    open_sheet(qtbot, LogCallSheet)
    type_in("Intro call")
    save_and_wait()
    open_sheet(qtbot, NextStepSheet)
    save_and_wait()
    back_in_window()
    press(Qt.Key.Key_L, CTRL_SHIFT)
    open_sheet(qtbot, LogCallSheet)
    type_in("Pricing")
    save_and_wait()
    back_in_window()
    assert no_sheet_of(NextStepSheet)
    assert sorted(a.data.subject for a in services.activities.timeline("contact", ann.uid)) == [
        "Intro call", "Pricing"]

    # A task.
    press(Qt.Key.Key_T, CTRL_SHIFT)
    open_sheet(qtbot, TaskSheet)
    type_in("Send the offer")
    save_and_wait()
    back_in_window()
    assert sorted(t.data.title for t in services.tasks.all()) == ["Call Ann Lee", "Send the offer"]

    # A deal from her pane: her account and she are already in it.
    press(Qt.Key.Key_D, CTRL_SHIFT)
    deal_sheet = open_sheet(qtbot, DealSheet)
    assert isinstance(deal_sheet, DealSheet) and deal_sheet.account.text() == "Acme Robotics"
    type_in("Robot fleet")
    save_and_wait()
    back_in_window()
    [deal] = services.deals.list()
    assert (deal.data.account_uid, deal.data.contact_uids) == (acme.uid, (ann.uid,))

    # To the Deals section (Ctrl+4): the card in hand; moved on; no next step planned for the deal yet,
    # so one is offered, and Esc declines it.
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.deals_view.board.selected_uid() == deal.uid)
    press(Qt.Key.Key_Right, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    open_sheet(qtbot, NextStepSheet)
    press(Qt.Key.Key_Escape)
    back_in_window()
    stages = services.pipelines.default().stages
    assert services.deals.get(deal.uid).data.stage_uid == stages[1].uid
    assert "Moved “Robot fleet”" in window.deals_view.board.message.text()

    # Won, through Go to or Run (Ctrl+K): "won", Enter.
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused_window(), CommandPalette))
    type_in("won")
    press(Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    back_in_window()
    assert services.deals.get(deal.uid).status == "won"

    # Undo, redo; what the board said of the move goes once the board changes under it.
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal.uid).status == "open"
    assert "Moved" not in window.deals_view.board.message.text()
    press(Qt.Key.Key_Z, CTRL_SHIFT)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal.uid).status == "won"
