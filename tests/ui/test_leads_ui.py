"""Leads in the window (issue 18, point 2), driven with the keys into whatever has the focus: captured from
the Leads section's line, qualified (Ctrl+Shift+Q) and disqualified (Ctrl+Shift+X) with their sheets, each
undone with Ctrl+Z; a call logged on a lead is on the contact it becomes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.activities import ActivityData
from app.leads import LeadData
from app.links import Link
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.leads.lead_sheets import DisqualifySheet, QualifySheet
from ui.main_window import LEADS, MainWindow

CONTROL = Qt.KeyboardModifier.ControlModifier
CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _key(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifiers)


def _sheet(qtbot: QtBot, kind: type) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    sheet = QApplication.activeModalWidget()
    assert sheet is not None
    return sheet


def test_a_lead_captured_qualified_and_undone_with_the_keys(qtbot: QtBot, window: MainWindow,
                                                           services: Services) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _key(qtbot, Qt.Key.Key_0, CONTROL)  # View ▸ Leads
    qtbot.waitUntil(lambda: window.sections.currentIndex() == LEADS)
    view = window.leads_view
    assert _focus() is view.capture  # no leads yet: the keys go to the line that adds one
    qtbot.keyClicks(_focus(), "Jane Roe, Roe Widgets, jane@roe.example.com, from the fair")
    read = view.preview.text().replace("\u00a0", " ")  # (each "label: value" held on one line)
    assert "Company: Roe Widgets" in read and "Source: the fair" in read
    _key(qtbot, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert _focus() is view.capture and view.capture.text() == ""  # ready for the next one
    lead = services.leads.list()[0]
    assert (lead.data.name, lead.data.company, lead.data.source) == ("Jane Roe", "Roe Widgets", "the fair")
    call = services.activities.log(ActivityData(kind="call", subject="Asked for prices",
                                                links=(Link("lead", lead.uid),))).value.uid

    _key(qtbot, Qt.Key.Key_Down)  # into the list, on the lead
    assert _focus() is view.table and view.pane.uid == lead.uid
    _key(qtbot, Qt.Key.Key_Return)  # into its pane
    qtbot.waitUntil(lambda: view.pane.isAncestorOf(_focus()))
    assert window.qualify_action.isEnabled() and not window.new_deal_action.isEnabled()
    _key(qtbot, Qt.Key.Key_Q, CONTROL_SHIFT)
    sheet = _sheet(qtbot, QualifySheet)
    assert isinstance(sheet, QualifySheet)
    assert "Jane Roe — new" in sheet.contact_said.text() and "Roe Widgets — new" in sheet.account_said.text()
    qtbot.waitUntil(lambda: _focus() is sheet.deal_title)
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focus(), "4000")  # the amount
    _key(qtbot, Qt.Key.Key_Return, CONTROL)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QualifySheet))  # (closed, freed)
    done = services.leads.get(lead.uid)
    assert done.data.status == "qualified" and done.deal_uid is not None
    deal = services.deals.get(done.deal_uid)
    assert (deal.data.title, str(deal.data.amount), deal.data.lead_source) == ("Roe Widgets", "4000.00", "the fair")
    assert Link("contact", done.contact_uid or "") in services.activities.get(call).data.links
    assert "the deal “Roe Widgets” is on the board" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)  # no longer open
    assert not window.qualify_action.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _key(qtbot, Qt.Key.Key_Z, CONTROL)  # the whole qualifying, back
    qtbot.waitUntil(lambda: services.leads.get(lead.uid).data.status == "new")
    assert services.deals.count() == 0 and services.contacts.count() == 0 and services.accounts.count() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_a_lead_disqualified_with_a_reason_and_moved_to_the_trash(qtbot: QtBot, window: MainWindow,
                                                                  services: Services) -> None:
    lead = services.leads.create(LeadData(name="王伟", company="北京科技", source="Cold call")).value.uid
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_record("lead", lead)
    view = window.leads_view
    assert view.pane.uid == lead
    view.table.setFocus()
    _key(qtbot, Qt.Key.Key_X, CONTROL_SHIFT)
    sheet = _sheet(qtbot, DisqualifySheet)
    assert isinstance(sheet, DisqualifySheet)
    qtbot.waitUntil(lambda: sheet.isAncestorOf(_focus()))
    _key(qtbot, Qt.Key.Key_Return, CONTROL)  # no reason: said, nothing done
    qtbot.waitUntil(lambda: sheet.error_text("reason") != "")
    assert services.leads.get(lead).data.status == "new"
    qtbot.keyClicks(_focus(), "No budget")
    _key(qtbot, Qt.Key.Key_Return, CONTROL)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.leads.get(lead).data.status == "disqualified")
    assert services.leads.get(lead).data.reason == "No budget"
    view.tabs.setCurrentIndex(2)  # Disqualified
    assert view.model.rowCount() == 1
    window.activateWindow()  # (offscreen, a sheet closing leaves no window active)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.table.setFocus()
    qtbot.waitUntil(lambda: _focus() is view.table)
    _key(qtbot, Qt.Key.Key_Delete)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.leads.count() == 0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    _key(qtbot, Qt.Key.Key_Z, CONTROL)
    qtbot.waitUntil(lambda: services.leads.count() == 1)


def test_import_leads_from_the_file_menu(qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    form = tmp_path / "form.csv"
    form.write_text("Name,Email,Company\nAnna,anna@example.com,Sever\nBad,not-an-address,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(form), "")))
    window.import_leads_action.trigger()
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    or any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.text() == "New leads: 1 · already leads: 0 · refused: 1"
    assert "record 2 (line 3)" in box.detailedText()
    box.close()
    assert window.sections.currentIndex() == LEADS and window.leads_view.model.rowCount() == 1


def test_after_a_lead_leaves_the_list_the_keys_act_on_the_lead_shown(qtbot: QtBot, window: MainWindow,
                                                                    services: Services) -> None:
    """Qualified or disqualified, the lead in hand leaves the Open list; the list's keyboard focus then sits on
    its first row, unselected — and Delete, Ctrl+Shift+X act on the lead the pane shows, never on that row."""
    first = services.leads.create(LeadData(name="Ann First", source="Fair")).value.uid
    second = services.leads.create(LeadData(name="Bob Second", source="Fair")).value.uid
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_record("lead", second)
    view = window.leads_view
    view.table.setFocus()
    qtbot.waitUntil(lambda: _focus() is view.table)
    _key(qtbot, Qt.Key.Key_X, CONTROL_SHIFT)
    sheet = _sheet(qtbot, DisqualifySheet)
    qtbot.waitUntil(lambda: sheet.isAncestorOf(_focus()))
    qtbot.keyClicks(_focus(), "Spam")
    _key(qtbot, Qt.Key.Key_Return, CONTROL)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), DisqualifySheet))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.table.setFocus()  # (as the sheet hands it back on a desktop)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.pane.uid == second and view.current_uid() == ""
    _key(qtbot, Qt.Key.Key_Delete)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.leads.find(second) is not None
                    and services.leads.find(second).meta.deleted_at is not None)  # type: ignore[union-attr]
    assert services.leads.get(first).meta.deleted_at is None


def test_a_disqualified_lead_is_reopened_from_its_pane(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    lead = services.leads.create(LeadData(name="Cy Third", source="Fair")).value.uid
    services.leads.disqualify(lead, "No budget")
    window.open_record("lead", lead)
    pane = window.leads_view.pane
    button = pane._reopen_button()
    assert button.isVisible() and not pane.qualify_action.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: services.leads.get(lead).data.status == "contacted")
    assert services.leads.get(lead).data.reason == ""
    qtbot.waitUntil(lambda: not button.isVisible() and pane.qualify_action.isEnabled())
    qtbot.waitUntil(window.qualify_action.isEnabled)  # Record ▸ Qualify Lead… follows
