"""Custom fields in the window (issue 18, point 1), used with the keys as a person would: File ▸ Custom Fields…
(Insert adds, the key follows the label, the type picked by typing its name, F2 changes, Ctrl+Up moves,
Delete removes to the Trash); then each type edited in a contact's pane (a checkbox turned over with Space, a
money amount typed the user's way, several choices completed, a contact picked from the list and opened by
its link) and in a deal's pane; a removed field restored from the Trash with its values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.contacts import AccountLink, ContactData
from app.custom_fields import key_for
from app.deals import DealData
from app.services import Services
from tests.ui.focus import type_text
from tests.ui.writes import wait_for_writes
from ui.custom_fields_dialog import CustomFieldsDialog, FieldEditor
from ui.detail.base_pane import RecordDetailPane
from ui.detail.inline_field import InlineField
from ui.main_window import CONTACTS, DEALS, TRASH, MainWindow
from ui.pipeline import look


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _field_of(widget: QWidget) -> InlineField:
    while not isinstance(widget, InlineField):
        parent = widget.parentWidget()
        assert parent is not None, "the focus is in no field"
        widget = parent
    return widget


def _focus_field(qtbot: QtBot, window: MainWindow, pane: RecordDetailPane, key: str) -> InlineField:
    """The keyboard on a pane's field, once the pane has been read again after the last save (offscreen, a
    completion list closing leaves no window active: the user's window is made active again first)."""
    qtbot.waitUntil(lambda: not pane._refresh_pending and pane.field(key).isVisible())
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field = pane.field(key)
    field.display.setFocus()
    qtbot.waitUntil(lambda: _focus() is field.display)
    return field


def _add(qtbot: QtBot, dialog: CustomFieldsDialog, services: Services, label: str, typed: str, type_name: str,
         choices: tuple[str, ...] = ()) -> None:
    qtbot.keyClick(_focus(), Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(dialog.editor, FieldEditor) and dialog.editor.isVisible())
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(lambda: _focus() is editor.label)
    type_text(_focus(), label)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is editor.key and editor.key.text() == key_for(label, set())  # following the label, in Latin
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert isinstance(_focus(), QComboBox)
    qtbot.keyClicks(_focus(), typed)  # a closed list picks the item whose name starts so (a space would open it)
    assert editor.type.currentText() == type_name
    if choices:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        assert _focus() is editor.choices
        for choice in choices:
            qtbot.keyClicks(_focus(), choice)
            qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # a new line: the next choice
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)  # to the buttons: Add Field is the default
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: dialog.editor is None)
    qtbot.waitUntil(lambda: _focus() is dialog.fields)


def test_fields_are_added_changed_moved_and_removed_from_the_dialog_with_the_keys(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.show_section(CONTACTS)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.custom_fields_action.isEnabled()
    window.custom_fields_action.trigger()
    dialog = window.findChild(CustomFieldsDialog)
    assert dialog is not None and dialog.record_kind() == "contact"
    qtbot.waitUntil(lambda: _focus() is dialog.fields)
    assert "No fields of contacts yet" in dialog.status.text()

    _add(qtbot, dialog, services, "Budget", "Mo", "Money")
    _add(qtbot, dialog, services, "Sectors", "Se", "Several choices", ("Retail", "Oil, gas"))
    _add(qtbot, dialog, services, "VIP", "Che", "Checkbox")
    _add(qtbot, dialog, services, "Реферер", "Li", "Link to a contact")
    fields = services.custom_fields.definitions("contact")
    assert [(f.key, f.label, f.field_type, f.choices) for f in fields] == [
        ("budget", "Budget", "money", ()), ("sectors", "Sectors", "multichoice", ("Retail", "Oil, gas")),
        ("vip", "VIP", "checkbox", ()), ("referer", "Реферер", "contact", ())]
    assert dialog.fields.currentItem().text(0) == "Реферер"  # the one just added

    qtbot.keyClick(_focus(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert [f.key for f in services.custom_fields.definitions("contact")] == ["budget", "sectors", "referer", "vip"]
    assert dialog.fields.currentItem().text(0) == "Реферер"
    assert window.undo_action.text() == "&Undo Move the field “Реферер”"

    qtbot.keyClick(_focus(), Qt.Key.Key_Home)
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)  # the label changed; the key and type stay
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(lambda: _focus() is editor.label)
    assert not editor.key.isEnabled() or editor.key.isReadOnly()
    assert not editor.type.isEnabled()
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "Annual budget")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.custom_fields.definitions("contact")[0].label == "Annual budget"

    qtbot.waitUntil(lambda: _focus() is dialog.fields)
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # Enter changes too: a choice held by none may go
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(lambda: _focus() is editor.label)
    editor.choices.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # after the last choice
    qtbot.keyClicks(_focus(), "Food")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert services.custom_fields.definitions("contact")[1].choices == ("Retail", "Oil, gas", "Food")

    qtbot.waitUntil(lambda: _focus() is dialog.fields)
    qtbot.keyClick(_focus(), Qt.Key.Key_End)
    qtbot.keyClick(_focus(), Qt.Key.Key_Delete)  # to the Trash, said in the dialog
    wait_for_writes(qtbot, services)
    assert [f.key for f in services.custom_fields.definitions("contact")] == ["budget", "sectors", "referer"]
    assert "“VIP” is in the Trash" in dialog.status.text()
    assert dialog.fields.currentItem().text(0) == "Реферер"  # the one before it is current now

    qtbot.keyClick(_focus(), Qt.Key.Key_Insert)  # a label of a removed field's key is given another key
    editor = dialog.editor
    assert editor is not None
    qtbot.waitUntil(lambda: _focus() is editor.label)
    qtbot.keyClicks(_focus(), "VIP")
    assert editor.key.text() == "vip_2"
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.editor is None)
    qtbot.waitUntil(lambda: _focus() is dialog.fields)  # back where the user was

    qtbot.keyClick(_focus(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "&Fields of"
    assert _focus() is dialog.kind
    qtbot.keyClicks(_focus(), "Deals")
    assert dialog.record_kind() == "deal" and dialog.fields.topLevelItemCount() == 0
    assert "No fields of deals yet" in dialog.status.text()


def test_each_type_is_edited_in_the_panes_with_the_keys(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "budget", "Budget", "money")
    fields.define("contact", "sectors", "Sectors", "multichoice", ("Retail", "Oil, gas", "Food"))
    fields.define("contact", "vip", "VIP", "checkbox")
    fields.define("contact", "referrer", "Referrer", "contact")
    fields.define("deal", "signed", "Signed", "date")
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    boris = services.contacts.create(ContactData(given="Борис", family="Петров",
                                                 accounts=(AccountLink(acme),))).value.uid
    services.contacts.create(ContactData(given="Борис", family="Петров"))
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.current_pane()
    assert pane is not None
    assert "custom:vip" not in pane._fields  # empty fields wait behind "Show empty fields"
    toggle = pane.findChild(QPushButton, "emptyToggle")
    assert toggle is not None
    toggle.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)

    vip = pane.field("custom:vip")
    assert vip is not None and vip.display.text() == "☐ No"
    vip.display.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)  # turned over and saved, no editor
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["vip"] == "yes"
    qtbot.waitUntil(lambda: pane.field("custom:vip").display.text() == "☑ Yes")
    assert window.undo_action.text() == "&Undo Edit VIP"

    budget = pane.field("custom:budget")
    assert budget is not None
    budget.display.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)
    qtbot.keyClicks(_focus(), "12.5 dollars")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: "not an amount of money" in _field_of(_focus()).error_text)  # said; the editor stays
    qtbot.keyClick(_focus(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focus(), "$1,200.50")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["budget"] == "1200.50 USD"
    qtbot.waitUntil(lambda: pane.field("custom:budget").display.text() == look.money(120050, "USD"))  # the user's way

    sectors = pane.field("custom:sectors")
    assert sectors is not None
    sectors.display.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    qtbot.keyClicks(_focus(), "foo")  # completed from the choices
    popup = sectors.choices.popup() if sectors.choices is not None else None
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert _focus() is sectors.editor and sectors.editor_text() == "Food"
    qtbot.keyClicks(_focus(), ", oil")
    qtbot.waitUntil(lambda: popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sectors.editor_text() == "Food, Oil, gas"
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["sectors"] == "Oil, gas\nFood"  # in the order of the choices
    qtbot.waitUntil(lambda: pane.field("custom:sectors").display.text() == "Oil, gas, Food")

    referrer = _focus_field(qtbot, window, pane, "custom:referrer")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    type_text(_focus(), "Борис Петров")  # two are named so: the list offers both
    records = referrer.records.popup() if referrer.records is not None else None
    qtbot.waitUntil(lambda: records is not None and records.isVisible())
    qtbot.keyClick(records, Qt.Key.Key_Escape)  # the list closed, the name typed alone: the service asks which
    assert _focus() is referrer.editor
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: "more than one contact is named" in _field_of(_focus()).error_text)
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # the list again, for what is typed
    qtbot.waitUntil(lambda: records.isVisible())
    names = [records.model().index(r, 0).data() for r in range(records.model().rowCount())]
    pick = names.index("Борис Петров · Acme")
    for _ in range(pick + 1):
        qtbot.keyClick(records, Qt.Key.Key_Down)
    qtbot.keyClick(records, Qt.Key.Key_Return)  # picked: saved as that contact's uid
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["referrer"] == boris
    shown = _focus_field(qtbot, window, pane, "custom:referrer")
    assert ">Борис Петров</a>" in shown.display.text() and shown.href == f"contact:{boris}"
    opened: list[tuple[str, str]] = []
    pane.open_record.connect(lambda kind, uid: opened.append((kind, uid)))
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the link followed
    assert opened == [("contact", boris)]

    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Roof", stage_uid=stage)).value.uid
    window.show_section(DEALS)
    window.open_record("deal", deal)
    detail = window.deals_view.detail
    qtbot.waitUntil(lambda: detail.deal_uid == deal)
    signed = detail.custom_fields.fields["signed"]
    assert detail.custom_fields.isVisibleTo(detail)
    signed.display.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    qtbot.keyClicks(_focus(), "2027-03-15")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert fields.values("deal", deal) == {"signed": "2027-03-15"}
    qtbot.waitUntil(lambda: "2027" in detail.custom_fields.fields["signed"].display.text()
                    and "-" not in detail.custom_fields.fields["signed"].display.text())  # the user's long date
    assert _focus() is detail.custom_fields.fields["signed"].display  # the focus stays on the field


def test_a_removed_field_comes_back_from_the_trash_with_its_values(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "tier", "Tier", "choice", ("Gold", "Silver"))
    ann = services.contacts.create(ContactData(given="Ann")).value.uid
    fields.set("contact", ann, "tier", "gold")
    fields.remove("contact", "tier")
    window.show_section(TRASH)
    trash = window.trash_view
    trash.reload()
    assert [(trash.model.index(0, c).data()) for c in range(2)] == ["Tier", "Field of contacts"]
    trash.table.setFocus()
    trash.select_rows([0])
    qtbot.keyClick(trash.restore_button, Qt.Key.Key_Space)
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann) == {"tier": "Gold"}
    assert trash.model.rowCount() == 0
    assert "“Tier” was restored." in trash.status.text()


def test_a_custom_field_is_a_list_column_sorted_and_filtered(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "budget", "Budget", "money")
    for given, budget in (("Ann", "900 EUR"), ("Bob", "12000 EUR"), ("Cleo", ""), ("Dan", "1000.50 EUR")):
        uid = services.contacts.create(ContactData(given=given)).value.uid
        if budget:
            fields.set("contact", uid, "budget", budget)
    view = window.contacts_view
    view.refresh_custom_columns()
    view.model.reload()
    window.show_section(CONTACTS)
    with qtbot.waitActive(window):
        window.activateWindow()
    header = view.table.horizontalHeader()
    budget = view.model.columnCount() - 1
    assert view.model.headerData(budget, Qt.Orientation.Horizontal) == "Budget"
    assert header.isSectionHidden(budget)  # a field's column waits to be asked for

    menu = view._fill_columns_menu()
    action = next(a for a in menu.actions() if a.text() == "Budget")
    action.trigger()  # Columns ▸ Budget
    assert not header.isSectionHidden(budget)
    assert "budget" in view._custom_shown()
    header.setSortIndicator(budget, Qt.SortOrder.AscendingOrder)  # a click on its header
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert names == ["Ann", "Dan", "Bob", "Cleo"]
    assert view.model.index(1, budget).data() == look.money(100050, "EUR")

    dialog = view.filter_by_column(budget)  # the header's menu: Filter by “Budget”…
    assert dialog is not None
    qtbot.waitUntil(lambda: _focus() is dialog.value)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is dialog.operator
    for _ in range(4):
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # is, is not, contains, is less than, is more than
    assert dialog.operator.currentData() == "more"
    dialog.value.setFocus()
    qtbot.keyClicks(_focus(), "1000")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert [view.model.index(r, 0).data() for r in range(2)] == ["Dan", "Bob"]
    assert view.conditions_button.isVisible() and view.conditions_button.text() == "Filtered by 1 column"
    assert view.save_button.isEnabled()
    segment = view.save_segment("Big budgets")
    assert segment is not None and segment.conditions == (("custom:budget", "more", "1000"),)

    view.set_conditions([])
    assert view.model.rowCount() == 4 and not view.conditions_button.isVisible()
    view.show_segment(segment)  # the segment brings its condition back
    assert view.model.rowCount() == 2

    fields.remove("contact", "budget")  # the field goes: its column and its condition with it
    view.refresh_custom_columns()
    assert view.model.columnCount() == budget and view.model.conditions == ()


def test_a_deals_custom_field_is_a_column_of_the_deals_list(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.custom_fields.define("deal", "region", "Region", "choice", ("North", "South"))
    stage = services.pipelines.default().stages[0].uid
    for title, region in (("Roof", "South"), ("Boiler", "North"), ("Windows", "")):
        uid = services.deals.create(DealData(title=title, stage_uid=stage, currency="EUR")).value.uid
        if region:
            services.custom_fields.set("deal", uid, "region", region)
    window.show_section(DEALS)
    deals_list = window.deals_view.list
    deals_list.reload()
    model = deals_list.model
    region = model.columnCount() - 1
    assert model.headerData(region, Qt.Orientation.Horizontal) == "Region"
    deals_list.records.set_column_shown(region, True)
    model.sort(region, Qt.SortOrder.AscendingOrder)
    rows = [(model.index(r, 0).data(), model.index(r, region).data()) for r in range(model.rowCount())]
    assert rows == [("Boiler", "North"), ("Roof", "South"), ("Windows", "")]  # its value, not the currency


def test_one_enter_saves_a_typed_choice_and_a_completed_choice_keeps_its_comma(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "tier", "Tier", "choice", ("Gold", "Silver"))
    fields.define("contact", "sectors", "Sectors", "multichoice", ("Food", "Oil, gas"))
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    fields.set("contact", ann, "tier", "Silver")
    fields.set("contact", ann, "sectors", "Food")
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.current_pane()
    assert pane is not None
    tier = _focus_field(qtbot, window, pane, "custom:tier")
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)
    qtbot.keyClicks(_focus(), "Gold")  # the list opens as it is typed; nothing chosen in it
    popup = tier.choices.popup() if tier.choices is not None else None
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter saves
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["tier"] == "Gold"

    sectors = _focus_field(qtbot, window, pane, "custom:sectors")
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)
    qtbot.keyClick(_focus(), Qt.Key.Key_End)
    qtbot.keyClicks(_focus(), ", Oil, g")  # the choice being typed holds a comma itself
    popup = sectors.choices.popup() if sectors.choices is not None else None
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sectors.editor_text() == "Food, Oil, gas"


def test_picking_the_other_record_of_the_same_name_saves_it(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "referrer", "Referrer", "contact")
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    first = services.contacts.create(ContactData(given="Борис", family="Петров")).value.uid
    second = services.contacts.create(ContactData(given="Борис", family="Петров")).value.uid
    fields.set("contact", ann, "referrer", first)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.current_pane()
    assert pane is not None
    referrer = _focus_field(qtbot, window, pane, "custom:referrer")
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)
    assert referrer.editor_text() == "Борис Петров"  # the name shown, to edit
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # the list for what is typed: both of that name
    records = referrer.records.popup() if referrer.records is not None else None
    qtbot.waitUntil(lambda: records is not None and records.isVisible())
    model = records.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == second)
    for _ in range(row + 1):
        qtbot.keyClick(records, Qt.Key.Key_Down)
    qtbot.keyClick(records, Qt.Key.Key_Return)  # the same name: still a change of record
    wait_for_writes(qtbot, services)
    assert fields.values("contact", ann)["referrer"] == second


def test_the_boards_reload_keeps_the_card_focused_while_another_window_is_active(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """A reload (a sync, another window's write) while the user is in another program: back in the window,
    the keyboard is on the card still — and a save in the deal's pane never takes it there."""
    from PySide6.QtWidgets import QLineEdit

    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Roof", stage_uid=stage)).value.uid
    window.show_section(DEALS)
    with qtbot.waitActive(window):
        window.activateWindow()
    board = window.deals_view.board
    board.reload()
    qtbot.waitUntil(lambda: bool(board._columns) and board._columns[0].model.rowCount() > 0)
    assert board.select_deal(deal)
    qtbot.waitUntil(lambda: _focus() is board._columns[0].view)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    board.reload()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and any(c.isAncestorOf(_focus()) for c in board._columns))


def test_a_refresh_asked_for_while_a_field_is_saving_waits_for_its_answer(qtbot: QtBot, window: MainWindow,
                                                                           services: Services) -> None:
    """One field's save ends (its refresh asked for) while the next field is being saved: rebuilt then, the
    second field would be gone when its refusal came — never said, the keyboard nowhere (a loaded machine)."""
    services.custom_fields.define("contact", "budget", "Budget", "money")
    ann = services.contacts.create(ContactData(given="Ann", family="Lee", job_title="Buyer")).value.uid
    window.show_section(CONTACTS)
    window.open_record("contact", ann)
    with qtbot.waitActive(window):
        window.activateWindow()
    pane = window.current_pane()
    assert pane is not None
    toggle = pane.findChild(QPushButton, "emptyToggle")  # (an empty field waits behind "Show empty fields")
    assert toggle is not None
    toggle.click()
    qtbot.waitUntil(lambda: "custom:budget" in pane._fields)
    budget = pane.field("custom:budget")
    budget.display.setFocus()
    qtbot.waitUntil(lambda: _focus() is budget.display)
    qtbot.keyClick(_focus(), Qt.Key.Key_F2)
    qtbot.keyClicks(_focus(), "12.5 dollars")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # saving, on the write worker
    assert budget.saving
    pane._schedule_refresh()  # as the answer of a field saved just before asks
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: not pane._refresh_pending)
    shown = pane.field("custom:budget")
    qtbot.waitUntil(lambda: "not an amount of money" in shown.error_text)
    assert shown.editing and shown.editor_text() == "12.5 dollars"
