"""Keyboard-first (issue 12, point 3), typed where the focus is: no two shortcuts alike where both are
active, and every quick form opens on its first field, so typing never lands on Save."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.clock import FakeClock
from app.contacts import AccountLink, ContactData
from app.services import Services
from tests.ui.conftest import OpenedLinks
from tests.ui.focus import focused_window
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
    ("new_deal_action", "New deal"), ("log_email_action", "Log an e-mail"),
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
        "log_email_action": lambda: [a.data.subject for a in services.activities.timeline("contact", uid)
                                     if a.data.kind == "email"],
    }[action]()
    assert "Discussed Q1 pricing" in made


def test_write_an_e_mail_opens_the_mail_program_to_the_records_people(
        qtbot: QtBot, window: MainWindow, services: Services, opened: OpenedLinks) -> None:
    """Ctrl+Shift+E wherever the focus is: to the contact's preferred address; from the account, to all its
    people who have one; from a deal, to its people. A record with no address says so and opens nothing."""
    from app.contacts import Email
    from app.deals import DealData

    ann = _ann(services)
    services.contacts.update(ann, emails=(Email("ann@home.example"), Email("ann@acme.example", preferred=True)))
    account = services.contacts.get(ann).data.accounts[0].account_uid
    bo = services.contacts.create(ContactData(given="Бо", family="Ли", emails=(Email("bo@acme.example"),),
                                              accounts=(AccountLink(account),))).value.uid
    mute = services.contacts.create(ContactData(given="No", family="Mail")).value.uid
    deal = services.deals.create(DealData(title="Arms", stage_uid=services.pipelines.default().stages[0].uid,
                                          contact_uids=(bo, mute))).value.uid

    def press() -> None:
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    press()
    assert opened.urls == ["mailto:ann@acme.example"]
    window.accounts_view.model.reload()
    window.show_section(ACCOUNTS)
    window.open_record("account", account)
    press()
    assert opened.urls[-1] == "mailto:ann@acme.example,bo@acme.example"
    window.show_section(DEALS)
    window.deals_view.board.select_deal(deal)
    qtbot.waitUntil(lambda: window.deals_view.detail.deal_uid == deal)
    press()
    assert opened.urls[-1] == "mailto:bo@acme.example"  # the one without an address is left out

    window.show_section(CONTACTS)
    window.open_record("contact", mute)
    pane = window.contact_pane
    assert not pane.write_email_action.isEnabled()  # its button is off
    press()
    assert len(opened.urls) == 3 and "no e-mail address" in pane.banner.text() and pane.banner.isVisible()


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
    pane = window.deals_view.detail  # what the stage decides follows the move in the deal's pane
    assert pane.deal_uid == deal and stages[1].name in pane.status.text()
    assert [pane.history.topLevelItem(i).text(0) for i in range(pane.history.topLevelItemCount())] == [
        stages[1].name, stages[0].name]
    assert f"({stages[1].probability} %)" in pane.probability.specialValueText()


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
    window.refresh_counts()  # counted off the UI thread
    qtbot.waitUntil(lambda: window.statusBar().currentMessage()
                    == "1 contact · 1 account · 0 deals · 0 activities · 0 tasks", timeout=3000)


def keys() -> QWidget:
    """Where a key pressed now goes: an open popup (a completion list) first, as the window system sends
    it, else the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    return target


def _completion_rows(popup: QWidget) -> list[str]:
    view = popup
    assert isinstance(view, QAbstractItemView)
    return [view.model().index(r, 0).data() for r in range(view.model().rowCount())]


def _pick_first(qtbot: QtBot, field: QLineEdit, text: str) -> list[str]:
    """Type `text` where the focus is (the field); the completion list opens; Down and Enter take its first
    row. What the list offered."""
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, text)
    completer = field.findChild(QCompleter) or next(
        c for c in field.parent().findChildren(QCompleter) if c.widget() is field)
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = _completion_rows(popup)
    window = field.window()  # the field may go with the pane's rebuild once its pick is saved
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    # The offscreen platform makes a popup the active window (a window system never does), asynchronously,
    # and leaves it so once closed: once that has landed, activation goes back to the field's window.
    qtbot.wait(50)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return offered


def _close_completion(qtbot: QtBot, owner: QWidget) -> None:
    """Esc where the keys go: the completion list open over `owner` closes, the field keeps its text (and,
    as a window system would, `owner` is the active window again: see _pick_first)."""
    popup = QApplication.activePopupWidget()
    assert popup is not None, "the completion list is open"
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.wait(50)
    owner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is owner)


def test_a_deals_account_people_and_pipeline_are_edited_in_place(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """The account completes from those there are and a near-duplicate is asked about before it is made;
    people are added by typing their name and removed from the list; another pipeline moves the deal."""
    from app.deals import DealData

    ann = _ann(services)  # at "Acme Robotics"
    bob = services.contacts.create(ContactData(given="Bob", family="Stone")).value.uid
    stages = services.pipelines.default().stages
    other = services.pipelines.create("Renewals", (("Qualified", 20), ("Renewal sent", 60))).value
    deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid,
                                          contact_uids=(ann,))).value.uid
    window.show_section(DEALS)
    detail = window.deals_view.detail
    window.deals_view.board.select_deal(deal)
    qtbot.waitUntil(lambda: detail.deal_uid == deal)

    # A near-duplicate typed: asked first; Enter again makes it. Then the real one picked from the list.
    detail.account.display.setFocus()
    qtbot.keyClick(keys(), Qt.Key.Key_F2)
    qtbot.keyClicks(keys(), "ACME Robotic")
    _close_completion(qtbot, window)
    qtbot.keyClick(keys(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert "“Acme Robotics” is already an account" in detail.account.error_text
    assert services.deals.get(deal).data.account_uid is None and services.accounts.count() == 1
    qtbot.keyClick(keys(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    assert _pick_first(qtbot, field, "robot") == ["Acme Robotics"]
    wait_for_writes(qtbot, services)
    acme = services.accounts.find_by_name("Acme Robotics")
    assert acme is not None and services.deals.get(deal).data.account_uid == acme.uid
    assert services.accounts.count() == 1 and not detail.account.editing

    # A person added by name, where the focus is.
    detail.add_person.setFocus()
    assert _pick_first(qtbot, detail.add_person, "sto") == ["Bob Stone"]
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.contact_uids == (ann, bob)
    assert "Bob Stone" in detail.people.text()

    # Ann's role in the deal, with the keyboard: Tab to her "role", Enter, type where the focus is, Enter.
    detail.people.setFocus()
    for _ in range(2):  # Ann, then her "role"
        qtbot.keyClick(detail.people, Qt.Key.Key_Tab)
    qtbot.keyClick(detail.people, Qt.Key.Key_Return)

    def in_the_role_sheet() -> bool:
        focus = QApplication.focusWidget()
        return isinstance(focus, QLineEdit) and focus.window().objectName() == "dealRoleSheet"

    qtbot.waitUntil(in_the_role_sheet)
    qtbot.keyClicks(QApplication.focusWidget(), "Decision  maker")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.queries.board().people(deal)[0].role == "Decision maker"
    qtbot.waitUntil(lambda: "(Decision maker)" in detail.people.text())

    # Removed with the keyboard: Tab through the people's links to Ann's "remove", Enter.
    detail.people.setFocus()
    for _ in range(3):  # Ann, her "role", then her "remove"
        qtbot.keyClick(detail.people, Qt.Key.Key_Tab)
    qtbot.keyClick(detail.people, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.contact_uids == (bob,)

    # Another pipeline: the deal goes to its first stage (no stage of the same name there).
    detail.pipeline.setFocus()
    qtbot.keyClick(detail.pipeline, Qt.Key.Key_Down)
    wait_for_writes(qtbot, services)
    moved = services.deals.get(deal)
    assert moved.data.stage_uid == other.stages[0].uid and detail.pipeline.currentText() == "Renewals"
    # A move offers the next step (tests/ui/test_next_step.py): Esc declines, and the keys come back here.
    from ui.detail.next_step import NextStepSheet

    qtbot.waitUntil(lambda: isinstance(focused_window(), NextStepSheet))
    qtbot.keyClick(keys(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))

    # Each was one step: undone in turn with Ctrl+Z.
    for expected in [(stages[0].uid, (bob,)), (stages[0].uid, (ann, bob))]:
        qtbot.keyClick(keys(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_for_writes(qtbot, services)
        data = services.deals.get(deal).data
        assert (data.stage_uid, data.contact_uids) == expected


def test_new_deal_asks_for_its_account_and_people_and_makes_a_new_account_with_it(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ann = _ann(services)
    window.show_section(DEALS)
    qtbot.keyClick(keys() or window, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, Sheet) and w.isVisible())
    qtbot.waitUntil(lambda: sheet.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(keys(), "Fleet renewal")
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)
    qtbot.keyClicks(keys(), "Acme Robotic Inc")  # near "Acme Robotics": asked first
    _close_completion(qtbot, sheet)
    assert sheet.isVisible()
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    assert _pick_first(qtbot, field, "ann") == ["Ann Lee · Acme Robotics"]  # the company tells two Anns apart
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert sheet.isVisible() and "is already an account" in sheet.error_text("account_uid")
    assert services.deals.count("open") == 0
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)  # asked once: saved again, the new account is made with the deal
    [made] = services.deals.list()
    assert made.data.title == "Fleet renewal" and made.data.contact_uids == (ann,)
    assert made.data.account_uid is not None
    assert services.accounts.get(made.data.account_uid).data.name == "Acme Robotic Inc"
    assert services.accounts.count() == 2


def test_ctrl_z_in_a_filter_undoes_its_typing_then_the_last_step(qtbot: QtBot, window: MainWindow,
                                                                 services: Services) -> None:
    """A filter field left focused after a sheet closes never swallows Ctrl+Z: its own typing first, then
    the window's last step."""
    from ui.detail.new_record import NewContactSheet

    services.contacts.create(ContactData(given="Bob", family="Stone"))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.activateWindow()
    window.contacts_view.filter_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.contacts_view.filter_field)
    qtbot.keyClick(keys(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused_window(), NewContactSheet))
    qtbot.keyClicks(keys(), "Ann")
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.contacts.count() == 2
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    window.contacts_view.filter_field.setFocus()
    qtbot.keyClicks(keys(), "zz")
    qtbot.keyClick(keys(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own typing
    wait_for_writes(qtbot, services)
    assert window.contacts_view.filter_field.text() == "" and services.contacts.count() == 2
    qtbot.keyClick(keys(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left there: the window's
    wait_for_writes(qtbot, services)
    assert services.contacts.count() == 1


def test_a_contacts_organisation_is_changed_in_place_completing_from_the_accounts(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = _ann(services)  # at "Acme Robotics"
    services.accounts.create(AccountData(name="Globex Corporation"))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    pane = window.contact_pane
    field = pane.field("accounts[0]")
    field.display.setFocus()
    qtbot.keyClick(keys(), Qt.Key.Key_F2)
    qtbot.keyClick(keys(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert _pick_first(qtbot, editor, "glob") == ["Globex Corporation"]
    wait_for_writes(qtbot, services)
    globex = services.accounts.find_by_name("Globex Corporation")
    assert globex is not None
    assert [a.account_uid for a in services.contacts.get(uid).data.accounts] == [globex.uid]

    # A second organisation, new: "Acme Robotic" is asked about first (there is "Acme Robotics").
    toggle = pane.findChild(QPushButton, "emptyToggle")  # "Show empty fields": Tab reaches it; Space
    toggle.setFocus()
    qtbot.keyClick(keys(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "accounts[1]" in pane._fields)
    pane.field("accounts[1]").display.setFocus()
    qtbot.keyClick(keys(), Qt.Key.Key_F2)
    qtbot.keyClicks(keys(), "Acme Robotic")
    _close_completion(qtbot, window)
    qtbot.keyClick(keys(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert "is already an account" in pane.field("accounts[1]").error_text
    qtbot.keyClick(keys(), Qt.Key.Key_Return)  # asked once: made
    wait_for_writes(qtbot, services)
    names = [services.accounts.get(a.account_uid).data.name for a in services.contacts.get(uid).data.accounts]
    assert names == ["Globex Corporation", "Acme Robotic"]

    qtbot.keyClick(keys(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert len(services.contacts.get(uid).data.accounts) == 1 and services.accounts.count() == 2


def _down_to(qtbot: QtBot, view: QAbstractItemView, wanted: str) -> None:
    """Down in the list (where the focus is) until the current entry's summary is `wanted`."""
    assert QApplication.focusWidget() is view
    for _ in range(30):
        if view.currentIndex().data() == wanted:
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError(f"{wanted!r} is not in the list")


def test_timeline_entries_open_to_edit_and_open_tasks_are_planned_on_top(
        qtbot: QtBot, window: MainWindow, services: Services, us_english: None) -> None:
    from datetime import date, datetime

    from app.activities import ActivityData
    from app.links import Link
    from app.tasks import TaskData
    from ui.detail.sheets import LogCallSheet, TaskSheet

    uid = _ann(services)
    ann = (Link("contact", uid),)
    services.activities.log(ActivityData(kind="call", subject="Intro", occurred_at=datetime(2026, 3, 1, 10),
                                         links=ann))
    services.tasks.create(TaskData(title="Send the offer", due_date=date(2026, 3, 4), links=ann))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    timeline = window.contact_pane.timeline
    rows = [timeline.model.index(r, 0).data() for r in range(timeline.model.rowCount())]
    assert rows[:2] == ["Planned", "Send the offer"]  # the open task above the history
    assert timeline.model.index(1, 0).data(Qt.ItemDataRole.UserRole + 4) == "due 3/4/26"

    # The open task: Enter opens it; Alt+D ticks Done; Ctrl+Enter saves; it leaves Planned for the history.
    timeline.list.setFocus()
    _down_to(qtbot, timeline.list, "Send the offer")
    qtbot.keyClick(keys(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(focused_window(), TaskSheet))
    assert QApplication.focusWidget().text() == "Send the offer"
    sheet = QApplication.focusWidget().window()
    assert isinstance(sheet, TaskSheet)
    qtbot.keyClick(keys(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(sheet.completed.isChecked)  # a mnemonic clicks as the mouse would: a moment later
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    [task] = services.tasks.all()
    assert task.data.status == "completed"
    qtbot.waitUntil(lambda: timeline.model.index(0, 0).data() != "Planned")
    assert "Done: Send the offer" in [timeline.model.index(r, 0).data() for r in range(timeline.model.rowCount())]

    # The call: Enter opens it to edit; its subject changed; Ctrl+Z takes the change back.
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    timeline.list.setFocus()
    _down_to(qtbot, timeline.list, "Intro")
    qtbot.keyClick(keys(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(focused_window(), LogCallSheet))
    assert QApplication.focusWidget().window().windowTitle() == "Edit call"
    qtbot.keyClick(keys(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(keys(), "Intro and pricing")
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    [call] = services.activities.timeline("contact", uid)
    assert call.data.subject == "Intro and pricing" and call.data.occurred_at == datetime(2026, 3, 1, 10)
    assert services.activities.count() == 1  # changed, not logged again
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(keys(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.activities.get(call.uid).data.subject == "Intro"


def test_a_record_opened_from_search_or_made_in_a_sheet_is_selected_in_its_list(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from app.deals import DealData
    from ui.detail.new_record import NewContactSheet

    for given in ("Aaron", "Beth", "Carl", "Dora"):
        services.contacts.create(ContactData(given=given, family="Zed"))
    uid = _ann(services)  # "Ann Lee": listed among them
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Zeppelin fleet", stage_uid=stages[1].uid)).value.uid
    window.contacts_view.model.reload()

    def selected_contact() -> str | None:
        rows = window.contacts_view.table.selectionModel().selectedRows()
        return window.contacts_view.model.uid(rows[0].row()) if len(rows) == 1 else None

    window.activateWindow()
    for wanted, text in ((uid, "Ann Lee"), (deal, "Zeppelin")):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search_field.hasFocus)
        qtbot.keyClick(keys(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(keys(), text)
        first_word = text.split()[0]
        qtbot.waitUntil(lambda: first_word in str(window.results_model.index(0, 0).data()), timeout=3000)  # noqa: B023
        qtbot.keyClick(keys(), Qt.Key.Key_Down)
        qtbot.keyClick(keys(), Qt.Key.Key_Return)
        if wanted == uid:
            qtbot.waitUntil(lambda: window.contact_pane.uid == uid)
            assert selected_contact() == uid
        else:
            qtbot.waitUntil(lambda: window.deals_view.detail.deal_uid == deal)
            assert window.deals_view.board.selected_uid() == deal

    window.show_section(CONTACTS)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused_window(), NewContactSheet))
    qtbot.keyClicks(keys(), "Bea")
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)
    qtbot.keyClicks(keys(), "Young")
    qtbot.keyClick(keys(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    made = next(c.uid for c in services.contacts.list() if c.data.given == "Bea")
    qtbot.waitUntil(lambda: window.contact_pane.uid == made)
    assert selected_contact() == made


def test_ctrl_f_in_tasks_filters_the_tasks(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from datetime import date

    from app.links import Link
    from app.tasks import TaskData
    from ui.main_window import TASKS

    ann = _ann(services)
    for title in ("Send the offer", "Call the bank", "Renew the lease"):
        services.tasks.create(TaskData(title=title, due_date=date(2026, 3, 9),
                                       links=(Link("contact", ann),) if title == "Call the bank" else ()))
    window.show_section(TASKS)
    view = window.tasks_view
    view.show_section("upcoming")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(keys(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_field  # the tasks, not the global search
    qtbot.keyClicks(keys(), "lee")  # who the task concerns: Ann Lee
    assert [view.model.task(r).title for r in range(view.model.rowCount())] == ["Call the bank"]
    assert "Upcoming  1" in view.tabs.tabText(2)
    qtbot.keyClick(keys(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(keys(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(keys(), "zzz")
    assert view.model.rowCount() == 0 and "No task here matches “zzz”." in view.placeholder.text()


def test_the_record_shown_stays_shown_across_a_sync(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """A sync that brought changes makes every view read again: what the user looks at stays (issue 12: the
    deal pane once switched to another deal as a sync finished, and a "Lost…" click hit that one)."""
    from app.deals import DealData

    stages = services.pipelines.default().stages
    deals = [services.deals.create(DealData(title=t, stage_uid=stages[0].uid)).value.uid for t in ("A", "B", "C")]
    uid = _ann(services)
    services.contacts.create(ContactData(given="Zed", family="Zulu"))
    window.contacts_view.model.reload()
    window.show_section(DEALS)
    window.deals_view.board.select_deal(deals[1])
    qtbot.waitUntil(lambda: window.deals_view.detail.deal_uid == deals[1])
    services.deals.create(DealData(title="From the server", stage_uid=stages[0].uid))  # as a sync writes
    window._on_synced_changes()
    assert window.deals_view.detail.deal_uid == deals[1]
    assert window.deals_view.board.selected_uid() == deals[1]

    window.open_record("contact", uid)
    qtbot.waitUntil(lambda: window.contact_pane.uid == uid)
    window._on_synced_changes()
    assert window.contact_pane.uid == uid


def test_a_date_is_picked_from_a_calendar_with_the_keyboard(qtbot: QtBot, window: MainWindow,
                                                             services: Services, us_english: None) -> None:
    from datetime import date

    from PySide6.QtWidgets import QCalendarWidget

    from app.deals import DealData

    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid,
                                          expected_close=date(2026, 3, 20))).value.uid
    window.show_section(DEALS)
    detail = window.deals_view.detail
    window.deals_view.board.select_deal(deal)
    qtbot.waitUntil(lambda: detail.deal_uid == deal)
    detail.expected_close.display.setFocus()
    qtbot.keyClick(keys(), Qt.Key.Key_F2)
    qtbot.keyClick(keys(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar opens on the date
    calendar = QApplication.activePopupWidget()
    assert isinstance(calendar, QCalendarWidget) and calendar.selectedDate().toPython() == date(2026, 3, 20)
    inside = calendar.focusWidget() or calendar  # its day grid holds the focus in the popup
    qtbot.keyClick(inside, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(inside, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.expected_close == date(2026, 3, 21)
    qtbot.waitUntil(lambda: not detail.expected_close.editing)


def test_a_section_chosen_by_its_key_takes_the_keys_at_once(qtbot: QtBot, window: MainWindow,
                                                           services: Services) -> None:
    """Ctrl+6 and then Page Down: the calendar goes on a period, with no click on it first (the focus went to
    the section's holder, outside the calendar, whose keys then did nothing). Then Ctrl+7: the focus is in
    the dashboard."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(keys(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    calendar = window.calendar_view
    assert calendar.isAncestorOf(keys())
    before = calendar.title.text()
    qtbot.keyClick(keys(), Qt.Key.Key_PageDown)
    assert calendar.title.text() != before
    qtbot.keyClick(keys(), Qt.Key.Key_PageUp)
    assert calendar.title.text() == before
    qtbot.keyClick(keys(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard_view.isAncestorOf(keys()) or keys() is window.dashboard_view


def _alt_keys(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt+letter a user can press now: the menu bar's menus, and the mnemonics of visible buttons and
    of visible labels that lead to a field (the window system takes the menu bar's first)."""
    owners: dict[str, list[str]] = defaultdict(list)

    def note(text: str, owner: str) -> None:
        sequence = QKeySequence.mnemonic(text)
        if not sequence.isEmpty():
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(owner)

    for action in window.menuBar().actions():
        if action.isVisible():
            note(action.text(), f"menu {action.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and button.window() is window:
            note(button.text(), f"button {button.text()!r}")
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if label.isVisible() and buddy is not None and buddy.isEnabled() and label.window() is window:
            note(label.text(), f"label {label.text()!r}")
    return owners


@pytest.mark.parametrize("language", ["en", "ru", "uk", "bg", "zh_CN"], indirect=True)
def test_no_two_alt_keys_alike_in_any_section(language: str, qtbot: QtBot, services: Services,
                                              settings: QSettings, clock: FakeClock) -> None:
    """Alt+E on the dashboard opened the Edit menu, not its period ("P&eriod"): a label's mnemonic that a
    menu of the menu bar also has is one the user can never use. In each section, with records in each
    (a section with none shows fewer controls), in each language."""
    from app import demo
    from ui.main_window import CALENDAR, DASHBOARD, DUPLICATES, LEADS, SEARCH, TASKS, TRASH

    demo.fill(services.store, clock, contacts=30)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    clashes: dict[str, dict[str, list[str]]] = {}
    for section in (SEARCH, CONTACTS, ACCOUNTS, LEADS, DEALS, TASKS, CALENDAR, DASHBOARD, DUPLICATES, TRASH):
        window.show_section(section)
        qtbot.wait(20)
        found = {key: owners for key, owners in _alt_keys(window).items() if len(owners) > 1}
        if found:
            clashes[str(section)] = found
    assert clashes == {}, language
