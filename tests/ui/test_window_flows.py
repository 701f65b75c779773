"""The main window's flows driven through its widgets: select, edit, undo, delete, trash, new
records, links between records, search to record, deals section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import demo
from app.accounts import AccountData
from app.clock import FakeClock
from app.contacts import AccountLink, ContactData, Email
from app.services import Services
from tests.conftest import CORPUS
from tests.ui.writes import wait_for_writes
from ui.main_window import ACCOUNTS, CONTACTS, DEALS, TRASH, MainWindow


def _ann(services: Services) -> str:
    account = services.accounts.create(AccountData(name="Acme Robotics")).value
    return services.contacts.create(ContactData(
        given="Ann", family="Lee", job_title="CTO", emails=(Email("ann@acme.example", "work"),),
        accounts=(AccountLink(account.uid, "CTO"),),
    )).value.uid


def _select_row(qtbot: QtBot, window: MainWindow, uid: str) -> None:
    view = window.contacts_view
    row = next(r for r in range(view.model.rowCount()) if view.model.uid(r) == uid)
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: window.contact_pane.uid == uid, timeout=2000)


def test_selecting_a_contact_shows_it_and_an_edit_can_be_undone_and_redone(
    qtbot: QtBot, window: MainWindow, services: Services, artifacts: Path
) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    _select_row(qtbot, window, uid)
    window.grab().save(str(artifacts / "window_contact_selected.png"))

    field = window.contact_pane.field("job_title")
    field.start_editing()
    editor = field.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Chief Technology Officer")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.contacts.get(uid).data.job_title == "Chief Technology Officer", timeout=2000)

    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    wait_for_writes(qtbot, services)
    assert services.contacts.get(uid).data.job_title == "CTO"
    window.redo_action.trigger()
    wait_for_writes(qtbot, services)
    assert services.contacts.get(uid).data.job_title == "Chief Technology Officer"


def test_delete_moves_to_the_trash_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, services: Services, artifacts: Path
) -> None:
    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    _select_row(qtbot, window, uid)
    window.delete_action.trigger()
    wait_for_writes(qtbot, services)
    assert services.contacts.count() == 0
    # counted off the UI thread
    qtbot.waitUntil(lambda: "0 contacts" in window.statusBar().currentMessage(), timeout=3000)
    window.show_section(TRASH)
    assert window.trash_view.model.rowCount() == 1
    window.grab().save(str(artifacts / "window_trash.png"))

    window.undo_action.trigger()
    wait_for_writes(qtbot, services)
    assert services.contacts.get(uid).data.given == "Ann"
    assert window.trash_view.model.rowCount() == 0
    assert window.contacts_view.model.rowCount() == 1


def test_a_new_contact_sheet_creates_links_and_shows_the_contact(
    qtbot: QtBot, window: MainWindow, services: Services, artifacts: Path
) -> None:
    sheet = window.new_contact()
    qtbot.waitExposed(sheet)
    qtbot.keyClicks(sheet.given, "Boris")
    qtbot.keyClicks(sheet.family, "Ivanov")
    qtbot.keyClicks(sheet.email, "not an address")
    qtbot.keyClicks(sheet.company, "Vector Trade")
    sheet.grab().save(str(artifacts / "sheet_new_contact_invalid.png"))
    sheet.accept()
    wait_for_writes(qtbot, services)
    assert "not an e-mail address" in sheet.error_text("emails[0]")
    assert services.contacts.count() == 0 and services.accounts.count() == 0  # nothing half-made

    sheet.email.setText("boris@vector.example")
    sheet.accept()
    wait_for_writes(qtbot, services)
    assert services.contacts.count() == 1
    contact = services.contacts.list()[0]
    assert services.accounts.get(contact.data.accounts[0].account_uid).data.name == "Vector Trade"
    assert window.sections.currentIndex() == CONTACTS and window.contact_pane.uid == contact.uid


def test_a_link_in_the_contact_pane_opens_the_account(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    uid = _ann(services)
    account_uid = services.contacts.get(uid).data.accounts[0].account_uid
    window.open_record("contact", uid)
    window.contact_pane.open_record.emit("account", account_uid)
    assert window.sections.currentIndex() == ACCOUNTS
    assert window.account_pane.uid == account_uid


def test_a_search_result_opens_its_record(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = _ann(services)
    qtbot.keyClicks(window.search_field, "Ann Lee")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=2000)
    window.results.activated.emit(window.results_model.index(0, 0))
    assert window.sections.currentIndex() == CONTACTS and window.contact_pane.uid == uid


def test_quick_actions_act_on_the_record_shown(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = _ann(services)
    window.show_section(CONTACTS)
    assert not window.log_call_action.isEnabled()  # nothing shown: nothing to log a call for
    window.open_record("contact", uid)
    assert window.log_call_action.isEnabled()
    window.log_call_action.trigger()
    wait_for_writes(qtbot, services)
    sheet = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Log a call")
    sheet.subject.setText("Pricing")  # type: ignore[attr-defined]
    sheet.accept()
    wait_for_writes(qtbot, services)
    assert [a.data.subject for a in services.activities.timeline("contact", uid)] == ["Pricing"]


def test_the_deals_section_shows_the_board(qtbot: QtBot, window: MainWindow, services: Services,
                                           clock: FakeClock, artifacts: Path) -> None:
    demo.fill(services.store, clock, contacts=200)
    window.deals_view.reload()
    window.show_section(DEALS)
    assert window.sections.currentIndex() == DEALS and window.deals_view.isVisible()
    assert window.deals_view.board.isVisible()
    window.grab().save(str(artifacts / "window_deals.png"))


def test_the_palette_runs_an_action_or_opens_a_record(qtbot: QtBot, window: MainWindow, services: Services,
                                                      artifacts: Path) -> None:
    uid = _ann(services)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "commandPalette" and w.isVisible())
    qtbot.keyClicks(palette.field, "ann lee")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: palette.model.rowCount() > 0 and palette.model.entry(0).uid == uid,  # type: ignore[attr-defined]
                    timeout=2000)
    palette.grab().save(str(artifacts / "command_palette_record.png"))
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.sections.currentIndex() == CONTACTS and window.contact_pane.uid == uid

    palette = window.open_palette()
    qtbot.keyClicks(palette.field, "log ca")
    qtbot.waitUntil(lambda: palette.model.rowCount() > 0 and palette.model.entry(0).title == "Log a Call", timeout=2000)
    palette.grab().save(str(artifacts / "command_palette_action.png"))
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    sheet = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Log a call")
    sheet.close()


def test_the_palette_lists_disabled_actions_but_does_not_run_them(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    palette = window.open_palette()
    palette.field.setText("note")
    palette.refresh()
    row = next(r for r in range(palette.model.rowCount()) if palette.model.entry(r).title == "Add a Note")
    assert not palette.model.flags(palette.model.index(row))  # no record shown: nothing to add a note to
    palette.choose(row)
    assert palette.isVisible()
    qtmodeltester.check(palette.model)


def test_keyboard_shortcuts_sheet_lists_the_menus_keys(qtbot: QtBot, window: MainWindow, artifacts: Path) -> None:
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    assert ("Edit", "Undo", "Ctrl+Z") in rows
    assert ("Edit", "Go to or Run", "Ctrl+K") in rows
    assert ("View", "Deals", "Ctrl+4") in rows
    assert ("Pipeline board", "Move the selected deal to the next stage", "Ctrl+Shift+Right") in rows
    dialog.grab().save(str(artifacts / "keyboard_shortcuts.png"))


def test_dark_and_light_can_be_chosen_and_are_remembered(qtbot: QtBot, window: MainWindow, services: Services,
                                                         settings: QSettings, artifacts: Path) -> None:
    from ui import theme

    uid = _ann(services)
    window.open_record("contact", uid)
    try:
        window.set_scheme(theme.DARK)
        assert theme.is_dark(QApplication.palette())
        assert settings.value(theme.SETTING) == theme.DARK
        qtbot.waitUntil(lambda: theme.is_dark(window.contact_pane.palette()), timeout=2000)  # reaches every widget
        qtbot.wait(100)  # the pane redraws its rich text with the new link colours on its next turn
        window.grab().save(str(artifacts / "window_dark.png"))
        window.set_scheme(theme.LIGHT)
        assert not theme.is_dark(QApplication.palette())
        qtbot.waitUntil(lambda: not theme.is_dark(window.contact_pane.palette()), timeout=2000)
    finally:
        window.set_scheme(theme.SYSTEM)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project (a user's own clone)")
def test_a_file_dropped_on_the_window_is_imported_through_the_wizard(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QWizard

    source = CORPUS / "vcard" / "ezvcard__John_Doe_ANDROID.vcf"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    wizard = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QWizard))
    qtbot.waitUntil(wizard.files_page.isComplete, timeout=5000)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(wizard.changed, timeout=20000):  # type: ignore[attr-defined]
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert services.contacts.count() == 6
    assert window.contacts_view.model.rowCount() == 6  # the list read again
    qtbot.waitUntil(lambda: "6 contacts" in window.statusBar().currentMessage(), timeout=2000)
    wizard.close()


def test_dashboard_and_duplicates_sections_open_and_link_back(
    qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock, artifacts: Path
) -> None:
    from ui.main_window import DASHBOARD, DUPLICATES

    demo.fill(services.store, clock, contacts=200)
    window.show_section(DASHBOARD)
    assert window.dashboard_view.isVisible()
    stage = services.pipelines.default().stages[1]
    window.dashboard_view.open_record.emit("stage", stage.uid)
    assert window.sections.currentIndex() == DEALS
    window.show_section(DUPLICATES)
    assert window.duplicates_view.isVisible()
    window.grab().save(str(artifacts / "window_duplicates.png"))


def test_tasks_and_calendar_sections_and_reminders(qtbot: QtBot, window: MainWindow, services: Services,
                                                  clock: FakeClock, artifacts: Path) -> None:
    from ui.main_window import CALENDAR, TASKS

    demo.fill(services.store, clock, contacts=200)
    window.show_section(TASKS)
    assert window.tasks_view.isVisible()
    window.grab().save(str(artifacts / "window_tasks.png"))
    window.show_section(CALENDAR)
    assert window.calendar_view.isVisible()
    window.grab().save(str(artifacts / "window_calendar.png"))
    from datetime import timedelta

    from app.tasks import TaskData

    due = services.tasks.create(TaskData(title="Call Ann back", reminder_at=clock.now() - timedelta(minutes=1)))
    scheduler = window.start_reminders()
    assert window.reminders is scheduler
    assert [alarm.uid for alarm in scheduler.model.alarms()] == [due.value.uid]
    assert scheduler.reload() == []  # once only


def test_tag_filter_segments_and_column_chooser(qtbot: QtBot, window: MainWindow, services: Services,
                                                artifacts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uid = _ann(services)
    other = services.contacts.create(ContactData(given="Boris", family="Ivanov")).value.uid
    services.tags.add("contact", uid, "Customer")
    window._on_records_changed()  # as after any write in the window: the tag filter offers the new tag
    window.show_section(CONTACTS)
    view = window.contacts_view
    view.model.reload()
    assert view.model.rowCount() == 2
    assert view.tag_filter.isVisible() and view.tag_filter.findData("Customer") > 0

    view.tag_filter.setCurrentIndex(view.tag_filter.findData("Customer"))
    view.tag_filter.activated.emit(view.tag_filter.currentIndex())
    assert [view.model.uid(r) for r in range(view.model.rowCount())] == [uid]
    assert view.save_button.isEnabled()
    segment = view.save_segment("Customers")
    assert segment is not None and segment.tag == "Customer"
    wait_for_writes(qtbot, services)  # an operation like any write: in the database, undoable
    assert [s.name for s in services.segments.list("contacts")] == ["Customers"]
    assert window.undo_action.text() == "&Undo Save the segment “Customers”"
    labels = [window.sidebar.item(r).text().strip() for r in range(window.sidebar.count())]
    assert labels[labels.index("Contacts") + 1] == "Customers"  # listed under its list
    window.grab().save(str(artifacts / "window_segment.png"))

    view.tag_filter.setCurrentIndex(0)
    view.apply_filter()
    assert view.model.rowCount() == 2
    window.sidebar.setCurrentRow(labels.index("Customers"))  # choosing the segment applies it
    assert [view.model.uid(r) for r in range(view.model.rowCount())] == [uid]
    assert other not in [view.model.uid(r) for r in range(view.model.rowCount())]

    view.remove_segment("Customers")
    wait_for_writes(qtbot, services)
    assert "Customers" not in [window.sidebar.item(r).text().strip() for r in range(window.sidebar.count())]
    window.undo_action.trigger()  # back, in the database and the navigation
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: "Customers" in [window.sidebar.item(r).text().strip()
                                            for r in range(window.sidebar.count())])
    assert [s.name for s in services.segments.list("contacts")] == ["Customers"]

    header = view.table.horizontalHeader()
    menu = view._fill_columns_menu()
    email = next(a for a in menu.actions() if a.text() == "E-mail")
    email.setChecked(False)
    assert header.isSectionHidden(2)
    assert not menu.actions()[0].isEnabled()  # the name column always shows
    again = MainWindow(services, window._settings)
    qtbot.addWidget(again)
    assert again.contacts_view.table.horizontalHeader().isSectionHidden(2)  # remembered


def test_new_deal_from_the_deals_section(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.show_section(DEALS)
    assert window.new_deal_action.isEnabled()  # no record needed here: a deal of its own
    window.new_deal_action.trigger()
    wait_for_writes(qtbot, services)
    sheet = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "New deal")
    sheet.title.setText("Warehouse robots")  # type: ignore[attr-defined]
    sheet.amount.setText("48000")  # type: ignore[attr-defined]
    sheet.currency.setText("USD")  # type: ignore[attr-defined]
    sheet.accept()
    wait_for_writes(qtbot, services)
    deals = services.deals.list()
    assert [d.data.title for d in deals] == ["Warehouse robots"]
    assert window.deals_view.detail.deal_uid == deals[0].uid


def test_sync_runs_in_the_background_and_a_local_edit_asks_for_one(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    controller = window.start_sync()
    try:
        assert window.sync_status.isVisible()
        assert window.sync_status.sync_now_action in window.actions()
        # Also from the menu bar, not the status bar alone: the same actions, shown and hidden together.
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[-2:] == ["&Sync", "&Help"]
        assert window.sync_menu.actions() == window.sync_status.sync_menu.actions()
        assert [a.text() for a in window.sync_menu.actions() if a.isVisible() and not a.isSeparator()] == [
            "Set up sync…"]
        _ann(services)
        window._on_records_changed()  # as after any write made in the window
        assert controller.soon_timer.isActive()  # a sync shortly after the edit
        controller.soon_timer.stop()
        window._on_synced_changes()  # changes a sync brought are not themselves an edit to sync
        assert not controller.soon_timer.isActive()
    finally:
        controller.shutdown()


def test_a_call_is_logged_on_a_deal_in_two_keystrokes(qtbot: QtBot, window: MainWindow, services: Services,
                                                     clock: FakeClock) -> None:
    demo.fill(services.store, clock, contacts=100)
    deal = services.deals.list(limit=1)[0]
    window.open_record("deal", deal.uid)
    assert window.log_call_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    sheet = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Log a call")
    sheet.subject.setText("Budget approved")  # type: ignore[attr-defined]
    sheet.accept()
    wait_for_writes(qtbot, services)
    assert "Budget approved" in [a.data.subject for a in services.activities.timeline("deal", deal.uid)]


def test_in_duplicates_ctrl_z_belongs_to_the_merge_undo(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    from ui.main_window import DUPLICATES

    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    window.show_section(DUPLICATES)
    assert window.duplicates_view.undo_action.shortcut() == undo
    assert window.undo_action.shortcut().isEmpty()  # no second action on the same key
    window.show_section(CONTACTS)
    assert window.undo_action.shortcut() == undo


def test_a_board_move_is_undone_from_the_edit_menu_by_its_name(qtbot: QtBot, window: MainWindow,
                                                               services: Services) -> None:
    """Keys go to whatever has the focus, as a user's would: the card moved with Ctrl+Shift+Right, then
    Ctrl+Z; the Undo action names the move, and the board shows the deal back where it was."""
    from app.deals import DealData
    from app.unit_of_work import Origin

    with services.writer.step("Test data", Origin.SYSTEM):
        stages = services.pipelines.default().stages
        deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid)).value.uid
    window.deals_view.reload()
    window.show_section(DEALS)
    board = window.deals_view.board
    board.select_deal(deal)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and board.isAncestorOf(QApplication.focusWidget()),
                    timeout=2000)
    assert not window.undo_action.isEnabled()  # the test data is not the user's to undo

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.deals.get(deal).data.stage_uid == stages[1].uid, timeout=10_000)
    assert window.undo_action.text().replace("&", "") == f"Undo Move “Annual licence” to {stages[1].name}"
    assert board.column(stages[1].uid).model.row_of(deal) >= 0  # type: ignore[union-attr]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.deals.get(deal).data.stage_uid == stages[0].uid, timeout=10_000)
    assert [m.to_stage for m in services.deals.history(deal)] == [stages[0].name]  # the move left no trace
    assert board.column(stages[0].uid).model.row_of(deal) >= 0  # type: ignore[union-attr]
    assert board.column(stages[1].uid).model.row_of(deal) < 0  # type: ignore[union-attr]
    assert window.redo_action.text().replace("&", "") == f"Redo Move “Annual licence” to {stages[1].name}"
    assert window.deals_view.detail.deal_uid == deal


def test_files_handed_to_the_window_open_in_the_import_wizard(qtbot: QtBot, window: MainWindow,
                                                              tmp_path: Path) -> None:
    from ui.importer import ImportWizard

    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n", encoding="utf-8")
    window.open_files([str(card)])  # what `rapport card.vcf` hands the running window (ui/single_instance.py)
    wizard = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
    qtbot.waitUntil(lambda: [f.path for f in wizard.files_page.model.items()] == [card], timeout=5000)
    wizard.reject()


def test_a_task_changed_in_the_window_plans_its_reminder_at_once(qtbot: QtBot, window: MainWindow,
                                                                  services: Services, clock: FakeClock) -> None:
    """An alarm set or moved in the window is planned when the write lands, not at the scheduler's next wake
    (a change of currencies once took this reload away)."""
    from datetime import timedelta

    from app.tasks import TaskData
    from tests.ui.writes import wait_for_writes
    from ui.operations.operation import Op

    scheduler = window.start_reminders()
    assert scheduler.model.alarms() == []
    Op(window, services, "Add a task", lambda s: s.tasks.create(
        TaskData(title="Call Ann back", reminder_at=clock.now() - timedelta(minutes=1)))).run()
    wait_for_writes(qtbot, services)
    assert [alarm.title for alarm in scheduler.model.alarms()] == ["Call Ann back"]
