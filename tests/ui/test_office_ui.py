"""The office in the window (issue 14, point 3), driven with the keys where the focus is: "Only Mine" on
the board, the deals list and the task lists; who the user is, asked once and undoable; new deals and
tasks owned by the user."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from app.deals import DealData
from app.services import Services
from app.tasks import TaskData
from tests.ui.writes import wait_for_writes
from ui.detail.sheets import Sheet
from ui.main_window import CONTACTS, MainWindow
from ui.office import WhoAmIDialog


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _board_titles(window: MainWindow) -> list[str]:
    board = window.deals_view.board
    return sorted(card.title for column in board.columns for card in column.model.cards())


def _visible(kind: type[QWidget]) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_only_mine_asks_who_the_user_is_once_then_keeps_their_deals_and_tasks(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    stages = services.pipelines.default().stages
    for title, owner in (("Ann's deal", "Ann Lee"), ("Boris's deal", "Boris"), ("Nobody's deal", "")):
        services.deals.create(DealData(title=title, stage_uid=stages[0].uid, owner=owner))
    today = services.clock.now().date()
    for title, owner in (("Ann's task", "Ann Lee"), ("Boris's task", "Boris")):
        services.tasks.create(TaskData(title=title, owner=owner, due_date=today))
    window.show_section(CONTACTS)
    _press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Deals
    qtbot.waitUntil(lambda: len(_board_titles(window)) == 3)

    _press(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)  # Only Mine: who is "mine"? asked first
    dialog = _visible(WhoAmIDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    assert not window.mine.action.isChecked()
    _press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "ann")  # completed as typed to the office's "Ann Lee"
    _press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # one Return: taken and closed
    wait_for_writes(qtbot, services)
    qtbot.waitUntil(lambda: window.mine.action.isChecked())
    qtbot.waitUntil(lambda: window.deals_view.isAncestorOf(QApplication.focusWidget()))  # the keys came back
    assert services.office.me() == "Ann Lee"  # the office's own spelling
    qtbot.waitUntil(lambda: _board_titles(window) == ["Ann's deal"])
    window.deals_view.show_view(1)  # the list follows the same filter
    assert window.deals_view.list.model.rowCount() == 1

    _press(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Tasks: the same filter
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: [tasks.model.task(r).title for r in range(tasks.model.rowCount())] == ["Ann's task"])

    _press(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)  # off again: everyone's, no question
    assert not window.mine.action.isChecked()
    assert not any(isinstance(w, WhoAmIDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 2)

    _press(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)  # on again: the name is known now, nothing asked
    assert window.mine.action.isChecked()
    assert not any(isinstance(w, WhoAmIDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)

    # Who the user is was a step like any other: undone, the filter has no one to keep and goes off.
    assert "name in the office" in window.undo_action.text()
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_writes(qtbot, services)
    assert services.office.me() == ""
    qtbot.waitUntil(lambda: not window.mine.action.isChecked())
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 2)


def test_new_deals_and_tasks_are_the_users_own(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.office.set_me("Анна Ли")
    from tests.ui.test_window_flows import _ann

    uid = _ann(services)
    window.contacts_view.model.reload()
    window.show_section(CONTACTS)
    window.open_record("contact", uid)
    for keys, kind in ((Qt.Key.Key_D, "deal"), (Qt.Key.Key_T, "task")):
        _press(qtbot, window, keys, CTRL_SHIFT)
        sheet = _visible(Sheet)
        qtbot.waitUntil(lambda sheet=sheet: sheet.isAncestorOf(QApplication.focusWidget()))
        assert any(w.currentText() == "Анна Ли" for w in sheet.findChildren(QComboBox) if w.isEditable())
        qtbot.keyClicks(QApplication.focusWidget(), f"A new {kind}")
        _press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_for_writes(qtbot, services)
        assert not shiboken6.isValid(sheet) or not sheet.isVisible()
    assert [d.data.owner for d in services.deals.list()] == ["Анна Ли"]
    assert [t.data.owner for t in services.tasks.all()] == ["Анна Ли"]

    window.show_section(CONTACTS)
    _press(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    quick = window.tasks_view.quick_add
    quick.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is quick)
    qtbot.keyClicks(quick, "call Boris tomorrow")
    _press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    wait_for_writes(qtbot, services)
    assert sorted(t.data.owner for t in services.tasks.all()) == ["Анна Ли", "Анна Ли"]


def test_only_mine_follows_the_servers_name_for_the_user_when_sync_changes_it(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """No name chosen in the window: the sync account's name stands for the user. When a sync account is
    added or its name changes (what the sync controller says with accounts_changed), Only Mine keeps that
    person's tasks at once, without a restart."""
    from sync.state import SyncState

    today = services.clock.now().date()
    for title, owner in (("Ann's task", "Ann Lee"), ("Boris's task", "Boris")):
        services.tasks.create(TaskData(title=title, owner=owner, due_date=today))
    controller = window.start_sync()
    state = SyncState(services.store.database)

    def account(name: str) -> None:
        with services.writer.write("Sync account"):
            state.add_account("https://dav.example/", "office", "/office/", services.clock.now(), display_name=name)

    account("Ann Lee")
    controller.accounts_changed.emit()
    _press(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Tasks
    _press(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)  # Only Mine: the name is known, nothing asked
    assert window.mine.action.isChecked()
    tasks = window.tasks_view
    qtbot.waitUntil(lambda: [tasks.model.task(r).title for r in range(tasks.model.rowCount())] == ["Ann's task"])

    account("Boris")  # the account now belongs to Boris (its principal's name changed on the server)
    controller.accounts_changed.emit()
    assert "Boris" in window.mine.action.toolTip()
    qtbot.waitUntil(lambda: [tasks.model.task(r).title for r in range(tasks.model.rowCount())] == ["Boris's task"])
    controller.shutdown()
