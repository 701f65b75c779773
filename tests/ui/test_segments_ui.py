"""Segments in the window (issue 18, point 3): kept in the database, so a second window has them; the older
settings' segments taken in once; from the navigation's menu a segment is exported, tags its members,
is renamed; a segment of the deals list is listed and opens the deals as a table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.contacts import ContactData
from app.segments import Segment
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.exporter import ExportDialog
from ui.main_window import DEALS, MainWindow


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(r).text().strip() for r in range(window.sidebar.count())]


def test_segments_live_in_the_database_and_act_from_the_navigation(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    services.contacts.create(ContactData(given="Boris", family="Ivanov"))
    services.tags.add("contact", ann, "Customer")
    services.segments.save(Segment("contacts", "Customers", tag="Customer"))
    window._fill_sidebar()
    labels = _sidebar(window)
    assert labels[labels.index("Contacts") + 1] == "Customers"
    again = MainWindow(services, window._settings)  # another window: the same segments
    qtbot.addWidget(again)
    assert "Customers" in _sidebar(again)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_args, **_kw: ("Newsletter", True)))
    window.tag_segment("contacts", "Customers")
    wait_for_writes(qtbot, services)
    assert "Newsletter" in services.tags.of("contact", ann)
    assert window.undo_action.text() == "&Undo Tag everyone in “Customers”"

    window.rename_segment("contacts", "Customers", "Clients")
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: "Clients" in _sidebar(window))
    assert "Customers" not in _sidebar(window)

    dialog = window.export_segment("contacts", "Clients")
    assert isinstance(dialog, ExportDialog) and dialog.windowTitle() == "Export the Segment “Clients”"
    assert "ics" not in [f.key for f in dialog.formats]
    target = tmp_path / "clients.vcf"
    dialog.path_field.setText(str(target))
    dialog.export()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and ann in text


def test_older_settings_segments_are_taken_in_and_the_deals_list_saves_none(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("contacts/segments", json.dumps([{"name": "Munich", "text": "munich", "tag": ""}]))
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    services.segments.save(Segment("accounts", "Acme", text="acme"))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert [s.name for s in services.segments.list("contacts")] == ["Munich"]
    assert not settings.contains("contacts/segments")  # in the database from now on
    labels = _sidebar(window)
    assert labels[labels.index("Contacts") + 1] == "Munich"
    assert labels[labels.index("Accounts") + 1] == "Acme"
    window.show_section(DEALS)
    records = window.deals_view.list.records  # (seen through a status and a pipeline a segment does not hold)
    assert not records.save_button.isVisible() and records.segments() == []
    dialog = window.export_segment("accounts", "Acme")  # accounts: as vCards (a CSV file holds people)
    assert dialog is not None and [f.key for f in dialog.formats] == ["vcard4", "vcard3"]
    dialog.reject()
    assert acme


def test_conditions_match_all_or_any_one(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    for given in ("Ann", "Bob", "Cleo"):
        services.contacts.create(ContactData(given=given, family="Lee" if given != "Bob" else "Ray"))
    view = window.contacts_view
    view.model.reload()
    view.set_conditions([("name", "contains", "ann"), ("name", "contains", "bob")])
    assert view.model.rowCount() == 0  # both at once: nobody
    view._fill_conditions_menu()
    any_one = next(a for a in view.conditions_menu.actions() if a.text() == "Rows Matching &Any One")
    any_one.trigger()
    assert sorted(view.model.index(r, 0).data() for r in range(view.model.rowCount())) == ["Ann Lee", "Bob Ray"]
    segment = view.save_segment("Ann or Bob")
    wait_for_writes(qtbot, services)
    assert segment is not None and services.segments.get("contacts", "Ann or Bob").match_any


def test_a_column_is_filtered_from_the_keyboard_and_the_sort_arrow_follows_its_field(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    fields = services.custom_fields
    for key in ("a", "b"):
        fields.define("contact", key, key.upper(), "text")
    for given in ("Ann", "Bob"):
        uid = services.contacts.create(ContactData(given=given)).value.uid
        fields.set("contact", uid, "b", "zz" if given == "Ann" else "aa")
    view = window.contacts_view
    view.refresh_custom_columns()
    header = view.table.horizontalHeader()
    b_column = next(c for c in range(view.model.columnCount()) if view.model.column_name(c) == "custom:b")
    view.set_column_shown(b_column, True)
    header.setSortIndicator(b_column, Qt.SortOrder.AscendingOrder)
    assert [view.model.index(r, 0).data() for r in range(2)] == ["Bob", "Ann"]
    fields.remove("contact", "a")  # B moves one column to the left
    view.refresh_custom_columns()
    b_column = next(c for c in range(view.model.columnCount()) if view.model.column_name(c) == "custom:b")
    assert header.sortIndicatorSection() == b_column and view.model.sort_column == "custom:b"

    menu = view._fill_columns_menu()
    filters = next(a.menu() for a in menu.actions() if a.text() == "&Filter by")
    assert "B" in [a.text() for a in filters.actions()]  # Columns (Alt+L) ▸ Filter by ▸ B: no mouse needed


def test_a_checkbox_is_filtered_by_yes_or_no_as_people_write_it(qtbot: QtBot) -> None:
    from ui.views.column_filter import ColumnFilterDialog

    dialog = ColumnFilterDialog("VIP", "checkbox")
    qtbot.addWidget(dialog)
    for typed, kept in (("да", "yes"), ("✓", "yes"), ("No", "no"), ("maybe", "maybe")):
        dialog.value.setText(typed)
        assert dialog.condition("custom:vip") == ("custom:vip", "is", kept)


def test_a_field_that_is_no_column_filters_the_list_and_is_kept_in_a_segment(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """Columns ▸ Filter by ▸ Job title: the list filtered by a field it does not show, said in its bar, saved."""
    for given, title in (("Ann", "Chief Buyer"), ("Bob", "Engineer")):
        services.contacts.create(ContactData(given=given, job_title=title))
    view = window.contacts_view
    view.model.reload()
    menu = view._fill_columns_menu()
    filters = next(a.menu() for a in menu.actions() if a.text() == "&Filter by")
    job = next(a for a in filters.actions() if a.text() == "Job title")
    job.trigger()
    dialog = view.findChild(QDialog, "columnFilter")
    assert dialog is not None and dialog.windowTitle() == "Filter by Job title"
    dialog.operator.setCurrentIndex(dialog.operator.findData("contains"))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.value, "buyer")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == "Ann"
    view._fill_conditions_menu()
    assert view.conditions_menu.actions()[0].text() == "Remove: Job title contains “buyer”"
    view.save_segment("Buyers")
    wait_for_writes(qtbot, services)
    assert services.segments.get("contacts", "Buyers").conditions == (("job_title", "contains", "buyer"),)
