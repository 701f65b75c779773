"""Reminders: which alarms are due (app.reminders) and the scheduler's timing, driven by a FakeClock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.activities import ActivityData, Alarm, CalendarProperty
from app.clock import FakeClock
from app.reminders import ACKNOWLEDGED, REMINDER, TASK_ACK, ReminderService, is_snooze
from app.services import Services
from app.store import Store
from app.tasks import TaskData
from tests.ui.writes import wait_for_writes
from ui.reminders import FiredRemindersModel, ReminderScheduler

# The offscreen platform cannot raise a window nor pass size hints on; it says so. Not a fault here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")
NINE = datetime(2026, 3, 2, 9, 0)  # the clock fixture's start (UTC; the tests' zone is UTC)


@pytest.fixture
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def task_with_reminder(services: Services, title: str, at: datetime, **fields: object) -> str:
    data = TaskData(title=title, due_date=at.date(), due_time=(at + timedelta(minutes=15)).strftime("%H:%M"),
                    reminder_at=at, **fields)  # type: ignore[arg-type]
    return services.tasks.create(data).value.uid


def meeting_with_alarm(services: Services, subject: str, start: datetime, minutes_before: int = 15,
                       **fields: object) -> str:
    data = ActivityData(kind="meeting", subject=subject, occurred_at=start, ends_at=start + timedelta(hours=1),
                        location="Room 4", alarms=(Alarm(trigger_minutes=-minutes_before),), **fields)  # type: ignore[arg-type]
    return services.activities.log(data).value.uid


def scheduler_of(qtbot: QtBot, services: Services, **options: object) -> ReminderScheduler:
    scheduler = ReminderScheduler(services, None, zone=UTC, **options)  # type: ignore[arg-type]
    if scheduler.panel is not None:
        qtbot.addWidget(scheduler.panel)
    return scheduler


# --- app.reminders ------------------------------------------------------------------------------------


def test_a_task_reminder_is_due_at_its_time_and_once(services: Services, clock: FakeClock) -> None:
    uid = task_with_reminder(services, "Call Ann", datetime(2026, 3, 2, 9, 45))
    reminders = ReminderService(services, UTC)
    assert reminders.due(clock.now()) == []
    assert reminders.next_at(clock.now()) == datetime(2026, 3, 2, 9, 45)
    clock.set(datetime(2026, 3, 2, 9, 45))
    [due] = reminders.due(clock.now())
    assert (due.kind, due.uid, due.source, due.starts) == ("task", uid, REMINDER, datetime(2026, 3, 2, 10, 0))
    reminders.acknowledge(due, clock.now())
    assert reminders.due(clock.now()) == []
    stored = services.tasks.get(uid).data
    assert stored.reminder_at == datetime(2026, 3, 2, 9, 45)  # the reminder itself stays
    assert [p.value for p in stored.ical_extra if p.name == TASK_ACK] == ["20260302T094500Z"]
    assert reminders.next_at(clock.now()) is None


def test_the_next_reminder_is_the_earliest_not_yet_shown(services: Services, clock: FakeClock) -> None:
    # next_at reads the tasks' reminders along their index only up to the first still to show
    for minute in (50, 30, 40, 20):
        task_with_reminder(services, f"Call at {minute}", datetime(2026, 3, 2, 9, minute))
    reminders = ReminderService(services, UTC)
    for minute in (20, 30):  # both shown and acknowledged
        clock.set(datetime(2026, 3, 2, 9, minute))
        [due] = reminders.due(clock.now())
        reminders.acknowledge(due, clock.now())
    clock.set(NINE)
    assert reminders.next_at(clock.now()) == datetime(2026, 3, 2, 9, 40)
    assert reminders.next_at(datetime(2026, 3, 2, 9, 40)) == datetime(2026, 3, 2, 9, 50)  # after `now`, never at it


def test_a_reminder_given_with_an_offset_is_kept_in_utc_and_comes_in_its_turn(
        services: Services, clock: FakeClock) -> None:
    task_with_reminder(services, "Call at 9:50", datetime(2026, 3, 2, 9, 50))
    uid = services.tasks.create(TaskData(title="Call Berlin", due_date=date(2026, 3, 2),
                                         reminder_at="2026-03-02T10:40+01:00")).value.uid  # type: ignore[arg-type]
    assert services.tasks.get(uid).data.reminder_at == datetime(2026, 3, 2, 9, 40)
    assert ReminderService(services, UTC).next_at(clock.now()) == datetime(2026, 3, 2, 9, 40)


def test_snoozing_a_task_reminder_moves_it(services: Services, clock: FakeClock) -> None:
    task_with_reminder(services, "Call Ann", NINE)
    reminders = ReminderService(services, UTC)
    [due] = reminders.due(clock.now())
    reminders.acknowledge(due, clock.now())
    assert reminders.snooze(due, clock.now(), 15) == datetime(2026, 3, 2, 9, 15)
    assert reminders.due(clock.now()) == []
    clock.advance(timedelta(minutes=15))
    [again] = reminders.due(clock.now())
    assert again.at == datetime(2026, 3, 2, 9, 15)


def test_completed_or_deleted_tasks_do_not_remind(services: Services, clock: FakeClock) -> None:
    done = task_with_reminder(services, "Done already", NINE)
    gone = task_with_reminder(services, "Deleted", NINE)
    services.tasks.complete(done)
    services.tasks.delete(gone)
    assert ReminderService(services, UTC).due(clock.now()) == []


def test_a_repeating_meeting_reminds_before_each_instance(services: Services, clock: FakeClock) -> None:
    uid = meeting_with_alarm(services, "Standup", datetime(2026, 3, 2, 9, 30), rrules=("FREQ=DAILY;COUNT=3",))
    reminders = ReminderService(services, UTC)
    assert reminders.next_at(clock.now()) == datetime(2026, 3, 2, 9, 15)
    clock.set(datetime(2026, 3, 2, 9, 15))
    [first] = reminders.due(clock.now())
    assert (first.uid, first.starts, first.instance, first.location) == (
        uid, datetime(2026, 3, 2, 9, 30), "2026-03-02T09:30:00", "Room 4")
    reminders.acknowledge(first, clock.now())
    alarm = services.activities.get(uid).data.alarms[0]
    assert [p.value for p in alarm.extra if p.name == ACKNOWLEDGED] == ["20260302T091500Z"]
    assert reminders.due(clock.now()) == []
    assert reminders.next_at(clock.now()) == datetime(2026, 3, 3, 9, 15)  # tomorrow's instance still comes
    clock.set(datetime(2026, 3, 3, 9, 16))
    [second] = reminders.due(clock.now())
    assert second.instance == "2026-03-03T09:30:00"


def test_snoozing_a_meeting_alarm_adds_a_snooze_alarm_that_goes_away(services: Services, clock: FakeClock) -> None:
    uid = meeting_with_alarm(services, "Demo", datetime(2026, 3, 2, 9, 10), minutes_before=10)
    reminders = ReminderService(services, UTC)
    [due] = reminders.due(clock.now())
    reminders.snooze(due, clock.now(), 5)
    alarms = services.activities.get(uid).data.alarms
    assert len(alarms) == 2 and is_snooze(alarms[1]) and alarms[1].trigger_at == datetime(2026, 3, 2, 9, 5)
    original_uid = next(p.value for p in alarms[0].extra if p.name == "UID")
    assert alarms[1].extra[0] == CalendarProperty("RELATED-TO", original_uid, (("RELTYPE", "SNOOZE"),))
    assert reminders.due(clock.now()) == []
    clock.advance(timedelta(minutes=5))
    [snoozed] = reminders.due(clock.now())
    assert snoozed.source == "alarm:1" and snoozed.title == "Demo"
    reminders.acknowledge(snoozed, clock.now())
    assert len(services.activities.get(uid).data.alarms) == 1
    assert reminders.due(clock.now()) == []


def test_missed_alarms_after_sleep(services: Services, clock: FakeClock) -> None:
    meeting_with_alarm(services, "Over already", datetime(2026, 3, 2, 10, 0))  # alarm 09:45, ends 11:00
    meeting_with_alarm(services, "Still on", datetime(2026, 3, 2, 12, 0))  # alarm 11:45, ends 13:00
    task_with_reminder(services, "Old reminder", datetime(2026, 3, 1, 8, 0))  # more than LOOKBACK ago
    series = meeting_with_alarm(services, "Daily", datetime(2026, 3, 2, 9, 20), rrules=("FREQ=HOURLY;COUNT=5",))
    clock.set(datetime(2026, 3, 2, 12, 30))  # the laptop slept from 09:00 to 12:30
    due = ReminderService(services, UTC).due(clock.now())
    assert [(a.title, a.at) for a in due] == [("Still on", datetime(2026, 3, 2, 11, 45)),
                                              ("Daily", datetime(2026, 3, 2, 12, 5))]
    assert due[1].uid == series and due[1].instance == "2026-03-02T12:20:00"


def test_task_valarms_relative_to_the_due_time(services: Services, clock: FakeClock) -> None:
    uid = services.tasks.create(TaskData(title="File taxes", due_date=date(2026, 3, 2), due_time="10:00",
                                         alarms=(Alarm(trigger_minutes=-30), Alarm(action="EMAIL", trigger_minutes=-60),
                                                 Alarm(trigger_at=datetime(2026, 3, 2, 9, 50))))).value.uid
    reminders = ReminderService(services, UTC)
    assert reminders.next_at(clock.now()) == datetime(2026, 3, 2, 9, 30)  # the EMAIL alarm is not ours
    clock.set(datetime(2026, 3, 2, 9, 55))
    due = reminders.due(clock.now())
    assert [(a.uid, a.source, a.at) for a in due] == [(uid, "alarm:0", datetime(2026, 3, 2, 9, 30)),
                                                      (uid, "alarm:2", datetime(2026, 3, 2, 9, 50))]


# --- the scheduler ------------------------------------------------------------------------------------


def test_scheduler_fires_at_the_time_and_never_twice(qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    uid = task_with_reminder(services, "Call Ann", datetime(2026, 3, 2, 9, 45))
    fired: list[str] = []
    scheduler = scheduler_of(qtbot, services, max_wait_ms=30)
    scheduler.fired.connect(lambda alarm: fired.append(alarm.uid))
    assert scheduler.next_alarm_at == datetime(2026, 3, 2, 9, 45)
    qtbot.wait(100)
    assert fired == []
    clock.set(datetime(2026, 3, 2, 9, 45))
    qtbot.waitUntil(lambda: fired == [uid], timeout=2000)
    qtbot.wait(150)  # several more ticks
    assert fired == [uid]
    assert scheduler.model.rowCount() == 1
    assert scheduler.panel is not None and scheduler.panel.isVisible()
    # A restart reads the acknowledgement from the database: nothing fires again.
    again = scheduler_of(qtbot, services, max_wait_ms=30, show_panel=False)
    assert again.reload() == []
    scheduler.timer.stop()
    again.timer.stop()


def test_scheduler_notices_a_wake_from_sleep(qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    meeting_with_alarm(services, "Board meeting", datetime(2026, 3, 2, 12, 0))
    scheduler = scheduler_of(qtbot, services, max_wait_ms=40)
    assert scheduler.timer.interval() == 40  # the next alarm is hours away: the timer still ticks each minute
    jumps: list[int] = []
    scheduler.clock_jumped.connect(jumps.append)
    with qtbot.waitSignal(scheduler.fired, timeout=2000):
        clock.advance(timedelta(hours=2, minutes=50))  # suspended at 09:00, woke at 11:50
    assert len(jumps) == 1 and jumps[0] > 2 * 3600
    assert [a.title for a in scheduler.model.alarms()] == ["Board meeting"]
    scheduler.timer.stop()


def test_scheduler_sleeps_until_the_next_alarm_when_it_is_close(qtbot: QtBot, services: Services,
                                                                clock: FakeClock) -> None:
    task_with_reminder(services, "Soon", NINE + timedelta(seconds=20))
    scheduler = scheduler_of(qtbot, services)
    assert 20_000 <= scheduler.timer.interval() <= 21_000
    scheduler.timer.stop()


def test_snooze_and_open_from_the_panel(qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    uid = meeting_with_alarm(services, "Demo", datetime(2026, 3, 2, 9, 10), minutes_before=10)
    scheduler = scheduler_of(qtbot, services, max_wait_ms=30)
    assert scheduler.panel is not None
    qtbot.addWidget(scheduler.panel)
    panel = scheduler.panel
    with qtbot.waitSignal(scheduler.open_record) as opened:
        panel.open_button.click()
    assert opened.args == ["activity", uid]
    [alarm] = scheduler.model.alarms()
    scheduler.snooze(alarm, 15)
    wait_for_writes(qtbot, services)
    assert scheduler.model.rowCount() == 0 and not panel.isVisible()
    clock.advance(timedelta(minutes=15))
    qtbot.waitUntil(lambda: scheduler.model.rowCount() == 1, timeout=2000)
    panel.dismiss_button.click()
    assert scheduler.model.rowCount() == 0
    scheduler.timer.stop()


def test_a_morning_of_reminders_comes_in_one_insertion(qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    """Found at a million contacts: 254 reminders due at the start were added one row at a time, each
    selected in the panel, 2.4 s on the UI thread before the window answered. One insertion now, the
    newest selected; one line per record still (a record's later reminder replaces its earlier one)."""
    for n in range(40):
        task_with_reminder(services, f"Task {n:02}", datetime(2026, 3, 2, 8, n))
    model = FiredRemindersModel(UTC)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    due = ReminderService(services, UTC).due(clock.now())
    model.add_all([*due, due[0]])  # the first again, as a later reminder of the same task
    assert inserted == [(0, 39)]
    assert [a.title for a in model.alarms()] == [f"Task {n:02}" for n in range(1, 40)] + ["Task 00"]
    model.add_all([due[5]])
    assert inserted[-1] == (39, 39) and model.rowCount() == 40
    assert [a.title for a in model.alarms()][-2:] == ["Task 00", "Task 05"]

    scheduler = scheduler_of(qtbot, services)
    assert scheduler.model.rowCount() == 40 and scheduler.panel is not None
    assert scheduler.panel.list.currentIndex().row() == 39
    scheduler.timer.stop()


def test_fired_model_passes_the_model_tester(qtmodeltester, services: Services, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    task_with_reminder(services, "A", NINE)
    meeting_with_alarm(services, "B", datetime(2026, 3, 2, 9, 10))
    model = FiredRemindersModel(UTC)
    for alarm in ReminderService(services, UTC).due(clock.now()):
        model.add(alarm)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_panel_screenshot(qtbot: QtBot, services: Services, clock: FakeClock, artifacts: Path,
                          english: None) -> None:
    task_with_reminder(services, "Call Ann Lee about the pilot", NINE)
    meeting_with_alarm(services, "Quarterly review with Acme Tools", datetime(2026, 3, 2, 9, 10))
    task_with_reminder(services, "Send the revised offer to Борис Смирнов", datetime(2026, 3, 2, 8, 55))
    scheduler = scheduler_of(qtbot, services, max_wait_ms=60_000)
    assert scheduler.panel is not None and scheduler.model.rowCount() == 3
    qtbot.addWidget(scheduler.panel)
    scheduler.panel.grab().save(str(artifacts / "reminders_panel.png"))
    scheduler.timer.stop()


def test_reminders_survive_a_reopened_store(data_dir: Path, clock: FakeClock) -> None:
    store = Store.open(data_dir)
    services = Services.build(store, clock)
    task_with_reminder(services, "Call", NINE)
    reminders = ReminderService(services, UTC)
    [due] = reminders.due(clock.now())
    reminders.acknowledge(due, clock.now())
    store.close()
    store = Store.open(data_dir)
    try:
        assert ReminderService(Services.build(store, clock), UTC).due(clock.now()) == []
    finally:
        store.close()
