"""The task lists (app.task_list) and the Tasks view, driven through its widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from app.accounts import AccountData
from app.clock import FakeClock
from app.contacts import ContactData
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.task_list import DONE, OVERDUE, SECTIONS, TODAY, UPCOMING, TaskListQuery
from app.tasks import TaskData
from tests.ui.writes import wait_for_writes
from ui.tasks.task_model import DUE, RELATED, TITLE, TaskListModel
from ui.tasks.tasks_view import TasksView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY_DATE = date(2026, 3, 2)  # the clock fixture: Monday 2 March 2026, 09:00 UTC



@pytest.fixture
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def task(services: Services, title: str, due: date | None = None, **fields: object) -> str:
    return services.tasks.create(TaskData(title=title, due_date=due, **fields)).value.uid  # type: ignore[arg-type]


def view_of(qtbot: QtBot, services: Services, settings: QSettings) -> TasksView:
    view = TasksView(services, settings, zone=UTC)
    qtbot.addWidget(view)
    view.resize(960, 560)
    return view


def activate(qtbot: QtBot, view: TasksView) -> None:
    """Shortcuts work in the active window only."""
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()


def sample(services: Services) -> dict[str, str]:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    acme = services.accounts.create(AccountData(name="Acme Tools GmbH")).value.uid
    sales = services.pipelines.default()
    deal = services.deals.create(DealData(title="Acme renewal 2026", stage_uid=sales.stages[1].uid)).value.uid
    uids = {
        "late": task(services, "Send the revised offer", TODAY_DATE - timedelta(days=3), links=(Link("deal", deal),)),
        "late2": task(services, "Chase unpaid invoice #1042", TODAY_DATE - timedelta(days=1), priority=1,
                      links=(Link("account", acme),)),
        "call": task(services, "Call Ann about the pilot", TODAY_DATE, due_time="10:00",
                     links=(Link("contact", ann),), reminder_at=datetime(2026, 3, 2, 9, 45)),
        "early": task(services, "Check the morning orders", TODAY_DATE, due_time="08:30"),
        "prep": task(services, "Prepare the quarterly review", TODAY_DATE, priority=1),
        "weekly": task(services, "Weekly pipeline report", TODAY_DATE, recurrence="FREQ=WEEKLY;BYDAY=MO"),
        "later": task(services, "Book the trade-fair booth", TODAY_DATE + timedelta(days=2), due_time="14:00"),
        "far": task(services, "Renew the domain", TODAY_DATE + timedelta(days=40)),
        "someday": task(services, "Tidy the shared drive"),
    }
    done = task(services, "Send the welcome pack", TODAY_DATE - timedelta(days=2), links=(Link("contact", ann),))
    services.tasks.complete(done)
    uids["done"] = done
    uids.update(ann=ann, acme=acme, deal=deal)
    return uids


def test_lists_split_tasks_by_the_local_day(services: Services) -> None:
    uids = sample(services)
    query = TaskListQuery(services.store.database)
    assert [r.uid for r in query.page(OVERDUE, TODAY_DATE)] == [uids["late"], uids["late2"]]
    assert [r.uid for r in query.page(TODAY, TODAY_DATE)] == [uids["early"], uids["call"], uids["prep"],
                                                             uids["weekly"]]
    assert [r.uid for r in query.page(UPCOMING, TODAY_DATE)] == [uids["later"], uids["far"], uids["someday"]]
    assert [r.uid for r in query.page(DONE, TODAY_DATE)] == [uids["done"]]
    assert query.counts(TODAY_DATE) == {OVERDUE: 2, TODAY: 4, UPCOMING: 3, DONE: 1}
    assert all(query.count(s, TODAY_DATE) == n for s, n in query.counts(TODAY_DATE).items())
    call = query.page(TODAY, TODAY_DATE)[1]
    assert (call.related_kind, call.related_uid, call.related_name) == ("contact", uids["ann"], "Ann Lee")
    late = query.page(OVERDUE, TODAY_DATE)[1]
    assert (late.related_kind, late.related_name) == ("account", "Acme Tools GmbH")
    assert query.page(TODAY, TODAY_DATE, offset=3, limit=5)[0].uid == uids["weekly"]
    with pytest.raises(ValueError, match="task list"):
        query.page("soon", TODAY_DATE)


def test_models_pass_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    sample(services)
    for section in SECTIONS:
        model = TaskListModel(TaskListQuery(services.store.database), section, TODAY_DATE)
        qtmodeltester.check(model)


def test_model_pages_with_fetch_more(services: Services) -> None:
    for number in range(450):
        task(services, f"Task {number:03d}", TODAY_DATE + timedelta(days=1 + number % 30))
    model = TaskListModel(TaskListQuery(services.store.database), UPCOMING, TODAY_DATE)
    assert model.rowCount() == 200 and model.total() == 450 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()


def test_quick_add_reads_the_date_and_shows_it_first(qtbot: QtBot, services: Services, settings: QSettings,
                                                      english: None) -> None:
    view = view_of(qtbot, services, settings)
    qtbot.keyClicks(view.quick_add, "call Ann tomorrow 10:00")
    assert "call Ann" in view.preview.text() and "Tomorrow" in view.preview.text()
    assert "10:00" in view.preview.text()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.quick_add, Qt.Key.Key_Return)
        wait_for_writes(qtbot, services)
    made = services.tasks.all()
    assert [(t.data.title, t.data.due_date, t.data.due_time) for t in made] == [
        ("call Ann", date(2026, 3, 3), "10:00")]
    assert view.model.section == UPCOMING  # the view follows the new task to its list
    assert view.current_task() is not None and view.current_task().uid == made[0].uid  # type: ignore[union-attr]
    assert view.quick_add.text() == ""
    qtbot.keyClicks(view.quick_add, "weekly report every friday")
    qtbot.keyClick(view.quick_add, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    weekly = next(t for t in services.tasks.all() if t.data.title == "weekly report")
    assert weekly.data.recurrence == "FREQ=WEEKLY;BYDAY=FR" and weekly.data.due_date == date(2026, 3, 6)


def test_ticking_completes_and_a_repeating_task_comes_back(qtbot: QtBot, services: Services,
                                                            settings: QSettings, clock: FakeClock) -> None:
    uids = sample(services)
    clock.advance(timedelta(minutes=5))
    view = view_of(qtbot, services, settings)
    view.show_section(TODAY)
    row = view.model.row_of(uids["weekly"])
    with qtbot.waitSignal(view.changed):
        view.model.setData(view.model.index(row, TITLE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["weekly"]).data.status == "completed"
    following = [t for t in services.tasks.all()
                 if t.data.title == "Weekly pipeline report" and t.uid != uids["weekly"]]
    assert [t.data.due_date for t in following] == [date(2026, 3, 9)]
    assert view.model.row_of(uids["weekly"]) == -1
    view.show()
    view.show_section(DONE)
    assert view.model.row_of(uids["weekly"]) == 0
    view.select(uids["weekly"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)  # not done again
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["weekly"]).data.status == "needs-action"


def test_snooze_moves_the_due_date_and_the_reminder(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    uids = sample(services)
    view = view_of(qtbot, services, settings)
    view.snooze(uids["call"], "tomorrow")
    wait_for_writes(qtbot, services)
    moved = services.tasks.get(uids["call"]).data
    assert moved.due_date == date(2026, 3, 3) and moved.reminder_at == datetime(2026, 3, 3, 9, 45)
    view.snooze(uids["late"], "today")
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["late"]).data.due_date == TODAY_DATE
    view.snooze(uids["late"], "week")
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["late"]).data.due_date == date(2026, 3, 9)
    view.snooze(uids["someday"], "2days")
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["someday"]).data.due_date == date(2026, 3, 4)
    assert view.tabs.tabText(SECTIONS.index(OVERDUE)).endswith("1")


def test_open_the_related_record_or_the_task(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    uids = sample(services)
    view = view_of(qtbot, services, settings)
    activate(qtbot, view)
    view.show_section(TODAY)
    view.select(uids["call"])
    view.table.setFocus()
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == ["contact", uids["ann"]]
    view.select(uids["prep"])
    with qtbot.waitSignal(view.open_record) as opened:
        view.open_button.click()
    assert opened.args == ["task", uids["prep"]]


def test_delete_goes_to_the_trash_with_undo(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    uids = sample(services)
    view = view_of(qtbot, services, settings)
    activate(qtbot, view)
    view.show_section(UPCOMING)
    view.select(uids["far"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["far"], include_deleted=True).meta.deleted_at is not None
    assert view.undo_bar.isVisible() and "Renew the domain" in view.undo_label.text()
    view.undo_button.click()
    wait_for_writes(qtbot, services)
    assert services.tasks.get(uids["far"]).meta.deleted_at is None
    assert view.current_task() is not None and view.current_task().uid == uids["far"]  # type: ignore[union-attr]


def test_late_times_today_are_marked_and_empty_lists_say_what_to_do(qtbot: QtBot, services: Services,
                                                                    settings: QSettings, clock: FakeClock) -> None:
    view = view_of(qtbot, services, settings)
    view.show_section(OVERDUE)
    assert view.stack.currentWidget() is view.placeholder and "Nothing overdue" in view.placeholder.text()
    early = task(services, "Early call", TODAY_DATE, due_time="08:30")
    later = task(services, "Later call", TODAY_DATE, due_time="11:00")
    view.show_section(TODAY)
    view.reload()
    late_colour = view.model.data(view.model.index(view.model.row_of(early), DUE), Qt.ItemDataRole.ForegroundRole)
    on_time = view.model.data(view.model.index(view.model.row_of(later), DUE), Qt.ItemDataRole.ForegroundRole)
    assert late_colour is not None and on_time is None
    clock.advance(timedelta(hours=3))
    view.reload()
    assert view.model.data(view.model.index(view.model.row_of(later), DUE), Qt.ItemDataRole.ForegroundRole)


def test_section_is_remembered(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    view = view_of(qtbot, services, settings)
    view.show_section(DONE)
    again = view_of(qtbot, services, settings)
    assert again.model.section == DONE


@pytest.mark.parametrize("section", [TODAY, OVERDUE, UPCOMING])
def test_screenshot(qtbot: QtBot, services: Services, settings: QSettings, artifacts: Path, english: None,
                    section: str) -> None:
    sample(services)
    view = view_of(qtbot, services, settings)
    view.resize(900, 480)
    view.show()
    view.show_section(section)
    qtbot.keyClicks(view.quick_add, "send the contract to Ann next friday at 3pm")
    assert view.model.rowCount() > 0
    related = view.model.data(view.model.index(0, RELATED))
    assert isinstance(related, str)
    view.grab().save(str(artifacts / f"tasks_{section}.png"))
