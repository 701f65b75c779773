"""The operations layer (ui/operations/operation.py) in the real window: a write that fails is shown to the
user, logged, and done again with Retry; the UI thread never runs the write itself.

The failure is SQLite's own: a trigger that aborts the write, as a full disk or a corrupt page would,
dropped again before Retry."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts import ContactData
from app.deals import DealData
from app.services import Services
from tests.ui.writes import wait_for_writes
from ui.main_window import CONTACTS, DEALS, MainWindow
from ui.operations.operation import Op, operations

REFUSED = "the disk refused the write (test)"


def _refuse_writes_to(services: Services, table: str) -> None:
    services.store.database.execute_sql(
        f"CREATE TRIGGER refuse_{table} BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END")


def _accept_writes_to(services: Services, table: str) -> None:
    services.store.database.execute_sql(f"DROP TRIGGER refuse_{table}")


def test_a_failed_board_move_is_shown_logged_and_retried_with_enter(
        qtbot: QtBot, window: MainWindow, services: Services, caplog: pytest.LogCaptureFixture) -> None:
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid)).value.uid
    window.deals_view.reload()
    window.show_section(DEALS)
    board = window.deals_view.board
    board.select_deal(deal)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and board.isAncestorOf(QApplication.focusWidget()))
    _refuse_writes_to(services, "deal")

    with caplog.at_level(logging.WARNING, logger="ui.operations.operation"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        wait_for_writes(qtbot, services)
    box = window.findChild(QMessageBox, "operationFailure")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("Move “Annual licence” to") and REFUSED in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Retry)
    assert any("Move “Annual licence”" in r.getMessage() and REFUSED in r.getMessage() for r in caplog.records)
    assert REFUSED in window.statusBar().currentMessage()
    assert services.deals.get(deal).data.stage_uid == stages[0].uid  # nothing half-written
    assert board.column(stages[0].uid).model.row_of(deal) >= 0  # type: ignore[union-attr]

    _accept_writes_to(services, "deal")
    qtbot.waitUntil(lambda: (QApplication.focusWidget() is not None and box.isAncestorOf(QApplication.focusWidget()))
                    or QApplication.focusWidget() is box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Retry is the default button
    wait_for_writes(qtbot, services)
    assert services.deals.get(deal).data.stage_uid == stages[1].uid
    assert board.column(stages[1].uid).model.row_of(deal) >= 0  # type: ignore[union-attr]
    assert window.undo_action.text().replace("&", "") == f"Undo Move “Annual licence” to {stages[1].name}"


def test_a_field_that_cannot_be_written_says_why_under_it_and_enter_tries_again(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    uid = services.contacts.create(ContactData(given="Ann", family="Lee", job_title="CTO")).value.uid
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    _refuse_writes_to(services, "contact")
    field = window.contact_pane.field("job_title")
    field.start_editing()
    field.editor.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "Chief Technology Officer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert field.editing and REFUSED in field.error_text and "Not saved" in field.error_text
    assert field.editor_text() == "Chief Technology Officer"  # what was typed stays, to try again
    assert services.contacts.get(uid).data.job_title == "CTO"

    _accept_writes_to(services, "contact")
    assert QApplication.focusWidget() is field.editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert not field.editing and services.contacts.get(uid).data.job_title == "Chief Technology Officer"


def test_an_action_runs_on_the_write_worker_and_its_changes_reach_the_window(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ran_on: list[int] = []
    seen: list[object] = []
    operations(services).operation_did_execute.connect(lambda changes, _initiator: seen.append(changes))

    def create(s: Services) -> str:
        ran_on.append(threading.get_ident())
        return s.contacts.create(ContactData(given="Boris", family="Ivanov")).value.uid

    made: list[str] = []
    Op(window, services, "New contact “Boris Ivanov”", create).success(made.append).run(initiator=window)
    wait_for_writes(qtbot, services)
    assert ran_on and ran_on[0] != threading.get_ident()
    assert made and services.contacts.get(made[0]).data.given == "Boris"
    assert any(getattr(c, "contacts", False) for c in seen)
    assert window.contacts_view.model.rowCount() == 1  # the list read it in from the Changes
    assert window.undo_action.text().replace("&", "") == "Undo New contact “Boris Ivanov”"


def test_typing_in_the_next_field_survives_the_refresh_the_last_save_brings(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """The write worker is busy (a long write ahead of this one): the user saves one field, goes on to the
    next and types; when the first save lands and the pane is rebuilt, the second is still open with
    what was typed, and Enter saves it."""
    from ui.workers import WRITES, Task

    uid = services.contacts.create(ContactData(given="Ann", family="Lee", job_title="CTO",
                                               department="Engineering")).value.uid
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    pane = window.contact_pane
    release = threading.Event()
    busy = Task(lambda _task: release.wait(10), services)
    busy.start(WRITES)

    title = pane.field("job_title")
    title.start_editing()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Chief Technology Officer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert title.saving  # queued behind the busy worker
    pane.field("department").start_editing()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Research")

    release.set()
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: pane.field("job_title").value == "Chief Technology Officer")  # the pane was rebuilt
    wait_for_writes(qtbot, services)
    assert services.contacts.get(uid).data.department == "Engineering", "the rebuild saved half-typed text"
    department = pane.field("department")
    assert department.editing and department.editor_text() == "Research"
    assert QApplication.focusWidget() is department.editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    data = services.contacts.get(uid).data
    assert (data.job_title, data.department) == ("Chief Technology Officer", "Research")
