"""The duplicates review, driven through its widgets: the candidate list, the side-by-side compare with a
value chosen per field, Merge, and Undo of the merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.contacts import ContactData, ContactRecord, Email, Phone
from app.services import Services
from db.values import PartialDate
from ui.duplicates import DuplicatesView
from ui.duplicates.compare import BOTH, FIRST, SECOND


@pytest.fixture
def pair(services: Services) -> tuple[ContactRecord, ContactRecord]:
    first = services.contacts.create(ContactData(
        given="Anna", family="Berg", emails=(Email("anna@berg.example"),), job_title="CEO",
        notes="Met at the Lyon fair.")).value
    second = services.contacts.create(ContactData(
        given="Anna", family="Berg", emails=(Email("ANNA@berg.example"),), phones=(Phone("+1 202 555 0143"),),
        job_title="Founder", birthday=PartialDate(1980, 4, 12), notes="Prefers e-mail.")).value
    services.contacts.create(ContactData(given="Marc", family="Petit", emails=(Email("marc@petit.example"),)))
    return first, second


def _view(qtbot: QtBot, services: Services) -> DuplicatesView:
    view = DuplicatesView(services)
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.show()
    qtbot.waitExposed(view)
    _settle(qtbot, view)
    return view


def _settle(qtbot: QtBot, view: DuplicatesView) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)


def test_merge_with_a_value_chosen_per_field_then_undo(qtbot: QtBot, qtmodeltester: ModelTester, services: Services,
                                                       pair: tuple[ContactRecord, ContactRecord],
                                                       artifacts: Path) -> None:
    first, second = pair
    view = _view(qtbot, services)
    assert view.model.rowCount() == 1
    qtmodeltester.check(view.model)
    candidate = view.model.candidate(0)
    assert {candidate.first_uid, candidate.second_uid} == {first.uid, second.uid}
    assert "same e-mail anna@berg.example" in view.model.index(0, view.model.REASONS).data()
    assert not view.undo_button.isEnabled(), "nothing merged yet"

    compare = view.compare
    shown_first, _ = compare.kept_and_other() or (None, None)
    assert shown_first is not None and shown_first.uid == candidate.first_uid
    # Radios only where the two differ: the same name has none; lists are only compared.
    assert compare.field_names() == ["job_title", "birthday", "notes"]
    assert compare.choices() == {}, "untouched, the merge decides as it would by itself"
    side_of = {first.uid: FIRST, second.uid: SECOND}
    compare.choose("job_title", side_of[second.uid])  # "Founder"
    assert compare.choices() == {"job_title": "other" if candidate.first_uid == first.uid else "keep"}
    assert view.merge_button.isEnabled()
    view.grab().save(str(artifacts / "duplicates_compare.png"))

    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, view)
    kept = services.contacts.get(candidate.first_uid)
    assert kept.data.job_title == "Founder"
    assert kept.data.birthday == PartialDate(1980, 4, 12), "an empty field takes the other's value"
    assert [e.value for e in kept.data.emails] == ["anna@berg.example"], "the same address once"
    assert [p.value for p in kept.data.phones] == ["+1 202 555 0143"], "lists are combined"
    assert "Met at the Lyon fair." in kept.data.notes and "Prefers e-mail." in kept.data.notes
    assert services.contacts.count() == 2
    assert view.model.rowCount() == 0 and view.list_stack.currentWidget() is view.placeholder
    assert "Merged" in view.status.text()
    assert view.undo_button.isEnabled()
    view.grab().save(str(artifacts / "duplicates_merged.png"))

    view.activateWindow()
    qtbot.waitActive(view)
    view.refresh_button.setFocus()  # the list is hidden behind its "no duplicates" text now
    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.keyClick(view.refresh_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo, here
    _settle(qtbot, view)
    assert services.contacts.count() == 3
    assert services.contacts.get(first.uid).data.job_title == "CEO"
    assert services.contacts.get(second.uid).data.job_title == "Founder"
    assert view.model.rowCount() == 1
    assert view.status.text().startswith("Undone: Merged")
    assert not view.undo_button.isEnabled()


def test_keeping_the_other_record_and_one_note(qtbot: QtBot, services: Services,
                                               pair: tuple[ContactRecord, ContactRecord]) -> None:
    view = _view(qtbot, services)
    candidate = view.model.candidate(0)
    compare = view.compare
    compare.keep_group.button(SECOND).click()
    kept, other = compare.kept_and_other() or (None, None)
    assert kept is not None and other is not None and kept.uid == candidate.second_uid
    # With the other record kept, the untouched fields follow the merge's defaults for it.
    assert compare.choices() == {}
    notes = compare._fields["notes"].group
    assert notes.checkedId() == BOTH
    compare.choose("notes", FIRST)
    assert compare.choices() == {"notes": "other"}

    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, view)
    merged = services.contacts.get(kept.uid)
    assert merged.data.notes == other.data.notes
    assert other.uid in {c.uid for c in services.contacts.trash()}


def test_an_undo_that_would_lose_edits_is_refused_and_said_so(qtbot: QtBot, services: Services,
                                                               pair: tuple[ContactRecord, ContactRecord]) -> None:
    view = _view(qtbot, services)
    candidate = view.model.candidate(0)
    with qtbot.waitSignal(view.changed, timeout=10000):
        qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, view)
    services.contacts.update(candidate.first_uid, job_title="Chair")  # an edit after the merge

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, view)
    assert "cannot undo the merge" in view.status.text()
    assert services.contacts.get(candidate.first_uid).data.job_title == "Chair", "the edit is kept"
    assert services.contacts.count() == 2


def test_no_duplicates_says_so(qtbot: QtBot, services: Services, artifacts: Path) -> None:
    services.contacts.create(ContactData(given="Solo", family="Person"))
    view = _view(qtbot, services)
    assert view.list_stack.currentWidget() is view.placeholder
    assert "No likely duplicates" in view.placeholder.text()
    assert not view.merge_button.isEnabled()
    view.grab().save(str(artifacts / "duplicates_empty.png"))


def test_accounts_too_found_merged_with_the_keyboard_and_undone(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QApplication

    from app.accounts import AccountData
    from app.contacts import AccountLink
    from ui.duplicates.account_compare import AccountComparePanel

    keep = services.accounts.create(AccountData(name="Acme Foods Inc.")).value
    other = services.accounts.create(AccountData(name="ACME Foods", industry="Food")).value
    ann = services.contacts.create(ContactData(given="Ann", accounts=(AccountLink(other.uid, "CTO"),))).value
    view = _view(qtbot, services)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # A&ccounts
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.busy, timeout=5000)
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Account"
    assert view.model.index(0, view.model.REASONS).data() == "same name but for case, punctuation or legal form"
    view.table.setFocus()
    view.table.selectRow(0)
    _settle(qtbot, view)
    assert isinstance(view.compare, AccountComparePanel) and view.compare.kept_and_other() is not None
    kept, gone = view.compare.kept_and_other()  # type: ignore[misc]
    assert (kept.uid, gone.uid) == (keep.uid, other.uid)  # the older one stays unless the other is chosen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Merge
    qtbot.waitUntil(lambda: services.accounts.count() == 1, timeout=5000)
    _settle(qtbot, view)
    assert services.contacts.get(ann.uid).data.accounts == (AccountLink(keep.uid, "CTO"),)
    assert services.accounts.get(keep.uid).data.industry == "Food"
    assert "Merged “ACME Foods” into “Acme Foods Inc.”" in view.status.text()
    assert view.model.rowCount() == 0
    view.undo_button.click()
    qtbot.waitUntil(lambda: services.accounts.count() == 2, timeout=5000)
    assert services.contacts.get(ann.uid).data.accounts == (AccountLink(other.uid, "CTO"),)


def test_the_reasons_stay_in_view_in_a_narrow_window(qtbot: QtBot, services: Services,
                                                      pair: tuple[ContactRecord, ContactRecord]) -> None:
    """At 960 px the list is about a third of the window: its columns share it, none behind a scroll bar,
    and what is elided reads whole in its tooltip."""
    view = _view(qtbot, services)
    view.resize(700, 500)  # the section's share of a 960×640 window, beside the sidebar
    qtbot.waitUntil(lambda: view.table.viewport().width() < 400)
    header = view.table.horizontalHeader()
    reasons = header.sectionViewportPosition(view.model.REASONS)
    assert 0 < reasons < view.table.viewport().width(), "the Why column starts inside the list"
    assert header.sectionSize(view.model.REASONS) >= view.fontMetrics().averageCharWidth() * 8
    assert sum(header.sectionSize(c) for c in range(view.model.columnCount())) <= view.table.viewport().width()
    index = view.model.index(0, view.model.REASONS)
    assert "anna@berg.example" in index.data(Qt.ItemDataRole.ToolTipRole)
    name = view.model.index(0, view.model.FIRST)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()
