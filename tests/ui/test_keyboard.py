"""Keyboard-first (issue 12, point 3), typed where the focus is: no two shortcuts alike where both are
active, and every quick form opens on its first field, so typing never lands on Save."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.contacts import AccountLink, ContactData
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.detail.sheets import Sheet
from ui.main_window import ACCOUNTS, CONTACTS, DEALS, MainWindow


def _ann(services: Services) -> str:
    account = services.accounts.create(AccountData(name="Acme Robotics")).value
    return services.contacts.create(ContactData(given="Ann", family="Lee",
                                                accounts=(AccountLink(account.uid),))).value.uid


def _active_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every key sequence a user can press now in the window, and what owns it: actions on visible
    widgets or in the menu bar (window or application context), visible buttons' own shortcuts, and
    QShortcuts of visible widgets."""
    owners: dict[str, list[str]] = defaultdict(list)

    def note(sequence: QKeySequence, owner: str) -> None:
        if not sequence.isEmpty():
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(owner)

    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcutContext() not in window_wide:
            continue
        places = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        live = any(window.menuBar().isVisible() if isinstance(p, QMenu) else p.isVisible() for p in places)
        if live:
            for sequence in action.shortcuts():
                note(sequence, f"action {action.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            note(button.shortcut(), f"button {button.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible() \
                and shortcut.context() in window_wide:
            for sequence in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                note(sequence, f"shortcut of {type(parent).__name__}")
    return owners


@pytest.mark.parametrize("section", [CONTACTS, ACCOUNTS, DEALS])
def test_no_two_shortcuts_alike_where_both_are_active(qtbot: QtBot, window: MainWindow, services: Services,
                                                      section: int) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.accounts_view.model.reload()
    window.show_section(section)
    if section == CONTACTS:
        window.open_record("contact", uid)
    elif section == ACCOUNTS:
        window.open_record("account", services.contacts.get(uid).data.accounts[0].account_uid)
    qtbot.wait(50)
    clashes = {key: owners for key, owners in _active_keys(window).items() if len(owners) > 1}
    assert clashes == {}


@pytest.mark.parametrize(("action", "title"), [
    ("log_call_action", "Log a call"), ("add_note_action", "Add a note"), ("add_task_action", "Add a task"),
    ("new_deal_action", "New deal"),
])
def test_a_quick_form_opens_on_its_first_field_and_ctrl_return_saves(
        qtbot: QtBot, window: MainWindow, services: Services, action: str, title: str) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    trigger: QAction = getattr(window, action)
    assert trigger.isEnabled(), f"{title}: the Record menu is awake while a contact is shown"
    if trigger.shortcut().isEmpty():
        trigger.trigger()
    else:  # the key, pressed wherever the focus is
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, trigger.shortcut()[0].key(), trigger.shortcut()[0].keyboardModifiers())
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, Sheet) and w.isVisible())
    qtbot.waitUntil(lambda: sheet.isAncestorOf(QApplication.focusWidget()))
    typed_into = QApplication.focusWidget()
    assert isinstance(typed_into, QLineEdit | QPlainTextEdit), f"{title} opened on {type(typed_into).__name__}"
    qtbot.keyClicks(typed_into, "Discussed Q1 pricing")  # spaces and all: nothing saved at the first one
    assert sheet.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert not shiboken6.isValid(sheet) or not sheet.isVisible()  # saved and closed (and deleted)
    made = {
        "log_call_action": lambda: [a.data.subject for a in services.activities.timeline("contact", uid)],
        "add_note_action": lambda: [a.data.text for a in services.activities.timeline("contact", uid)],
        "add_task_action": lambda: [t.data.title for t in services.tasks.all()],
        "new_deal_action": lambda: [d.data.title for d in services.deals.list()],
    }[action]()
    assert "Discussed Q1 pricing" in made


def test_the_record_menu_wakes_for_a_contact_chosen_in_its_list(qtbot: QtBot, window: MainWindow,
                                                                services: Services) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    assert not window.log_call_action.isEnabled()
    table = window.contacts_view.table
    first_row = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    qtbot.waitUntil(lambda: window.contact_pane.uid == uid)
    assert window.log_call_action.isEnabled() and window.add_task_action.isEnabled()


def test_down_from_a_filter_enters_its_rows_and_enter_goes_into_the_record(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.contacts_view.filter_field.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Ann")
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.contacts_view.table
    qtbot.waitUntil(lambda: window.contact_pane.uid == uid)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    focus = QApplication.focusWidget()
    assert focus is not None and window.contact_pane.isAncestorOf(focus), type(focus).__name__


def test_down_from_the_search_enters_the_results_and_enter_opens(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = _ann(services)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Ann Lee")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.results
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.sections.currentIndex() == CONTACTS and window.contact_pane.uid == uid)


def test_the_deals_section_opens_with_a_card_in_hand(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """Ctrl+4 then Ctrl+Shift+Right moves a deal: the board's first card has the focus, visibly selected."""
    from app.deals import DealData

    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid)).value.uid
    window.show_section(CONTACTS)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    board = window.deals_view.board
    qtbot.waitUntil(lambda: board.selected_uid() == deal)
    focus = QApplication.focusWidget()
    assert focus is not None and board.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.stage_uid == stages[1].uid


def test_a_record_restored_from_the_trash_is_shown_again_not_its_trash_banner(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from ui.main_window import TRASH

    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    window.delete_action.trigger()
    wait_for_writes(qtbot, services)
    pane = window.contact_pane
    assert pane.stack.currentWidget() is pane.trashed_page
    window.show_section(TRASH)
    trash = window.trash_view
    trash.select_rows([0])
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    window.show_section(CONTACTS)
    assert pane.uid == uid and pane.stack.currentWidget() is pane.record_page


@pytest.fixture
def us_english() -> Iterator[None]:
    """Amounts and dates as a user in the United States types them (the test process itself runs in C)."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


def test_a_deals_facts_are_edited_in_place_with_the_keyboard_and_undone(
        qtbot: QtBot, window: MainWindow, services: Services, us_english: None) -> None:
    """Title, amount (as the locale writes it), currency, expected close (a local date), owner and lead
    source, each opened with F2 where the focus is, saved with Enter, undone with Ctrl+Z; the deal goes to
    the Trash from its pane."""
    from datetime import date

    from app.deals import DealData

    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid)).value.uid
    window.show_section(DEALS)
    detail = window.deals_view.detail
    window.deals_view.board.select_deal(deal)
    qtbot.waitUntil(lambda: detail.deal_uid == deal)

    def edit(field_name: str, text: str) -> None:
        field = getattr(detail, field_name)
        field.display.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        wait_for_writes(qtbot, services)

    edit("title", "Annual licence 2027")
    edit("amount", "12,500.50")  # with the locale's thousands separator
    edit("currency", "usd")
    edit("expected_close", "3/15/27")
    edit("owner", "Jordan")
    edit("source", "Referral")
    data = services.deals.get(deal).data
    assert (data.title, str(data.amount), data.currency, data.expected_close, data.owner, data.lead_source) == (
        "Annual licence 2027", "12500.50", "USD", date(2027, 3, 15), "Jordan", "Referral")
    assert detail.title.value == "Annual licence 2027" and "12,500.50" in detail.amount.display.text()

    edit("expected_close", "2/31/27")  # no such day: said in the user's words, nothing saved
    assert "is not a date" in detail.expected_close.error_text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.lead_source == ""  # the last edit taken back

    qtbot.mouseClick(detail.delete_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert services.deals.count("open") == 0 and "in the Trash" in detail.placeholder.text()


def test_delete_on_a_timeline_entry_deletes_that_entry_not_the_contact_and_undo_brings_it_back(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from app.activities import ActivityData
    from app.links import Link
    from ui.detail.timeline_model import EntryRole

    uid = _ann(services)
    services.activities.log(ActivityData(kind="call", subject="Pricing", links=(Link("contact", uid),)))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    timeline = window.contact_pane.timeline
    row = next(r for r in range(timeline.model.rowCount()) if timeline.model.index(r, 0).data(EntryRole))
    timeline.list.setCurrentIndex(timeline.model.index(row, 0))
    timeline.list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    wait_for_writes(qtbot, services)
    assert services.activities.timeline("contact", uid) == []
    assert services.contacts.get(uid).meta.deleted_at is None, "the window's Delete took the contact"
    assert window.contact_pane.stack.currentWidget() is window.contact_pane.record_page
    assert window.undo_action.text().replace("&", "") == "Undo Delete “Pricing”"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert [a.data.subject for a in services.activities.timeline("contact", uid)] == ["Pricing"]


def test_ctrl_return_pressed_twice_saves_one_call(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from ui.workers import WRITES, Task

    uid = _ann(services)
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    window.log_call_action.trigger()
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, Sheet) and w.isVisible())
    qtbot.waitUntil(lambda: sheet.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), "Pricing")
    release = threading.Event()
    Task(lambda _task: release.wait(10), services).start(WRITES)  # the first save waits its turn
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    release.set()
    wait_for_writes(qtbot, services)
    assert [a.data.subject for a in services.activities.timeline("contact", uid)] == ["Pricing"]


def test_an_edit_left_open_on_one_deal_never_lands_on_the_next(
        qtbot: QtBot, window: MainWindow, services: Services, us_english: None) -> None:
    from app.deals import DealData

    stages = services.pipelines.default().stages
    first = services.deals.create(DealData(title="First", stage_uid=stages[0].uid)).value.uid
    second = services.deals.create(DealData(title="Second", stage_uid=stages[0].uid)).value.uid
    window.show_section(DEALS)
    detail = window.deals_view.detail
    window.deals_view.board.select_deal(first)
    qtbot.waitUntil(lambda: detail.deal_uid == first)
    detail.owner.display.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Jordan")  # typed, not saved
    window.deals_view.board.select_deal(second)
    qtbot.waitUntil(lambda: detail.deal_uid == second)
    wait_for_writes(qtbot, services)
    assert not detail.owner.editing and detail.owner.value == ""
    assert services.deals.get(second).data.owner == "" and services.deals.get(first).data.owner == ""


def test_the_counts_in_the_status_bar_are_plural_only_when_plural(qtbot: QtBot, window: MainWindow,
                                                                  services: Services) -> None:
    _ann(services)  # one contact at one account
    window.refresh_counts()
    assert window.statusBar().currentMessage() == "1 contact · 1 account · 0 deals · 0 activities · 0 tasks"
