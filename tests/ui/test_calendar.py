"""The calendar: recurrence expansion in time zones (app.calendar_view), rescheduling, the views."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.activities import ActivityData
from app.calendar_import import import_calendar
from app.calendar_view import ALL, MEETING, TASK, THIS, CalendarQuery, Occurrence, reschedule
from app.clock import FakeClock
from app.contacts import ContactData
from app.importing import CancelFlag, ImportReport
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from app.timeline import TimelineService

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def meeting(services: Services, subject: str, start_utc: datetime, minutes: int = 60, **fields: object) -> str:
    fields.setdefault("ends_at", start_utc + timedelta(minutes=minutes))
    data = ActivityData(kind="meeting", subject=subject, occurred_at=start_utc, duration_minutes=minutes,
                        **fields)  # type: ignore[arg-type]
    return services.activities.log(data).value.uid


def starts(found: list[Occurrence], kind: str = MEETING) -> list[datetime]:
    return [o.start for o in found if o.kind == kind]


def weekly_standup(services: Services) -> str:
    # Mondays 09:00 in Berlin from 23 March 2026 (CET, 08:00 UTC); summer time starts on 29 March.
    return meeting(services, "Standup", datetime(2026, 3, 23, 8, 0), 30, timezone="Europe/Berlin",
                   rrules=("FREQ=WEEKLY;BYDAY=MO;COUNT=6",))


def test_a_series_keeps_its_wall_clock_across_dst(services: Services) -> None:
    weekly_standup(services)
    berlin = CalendarQuery(services.store.database, BERLIN).occurrences(date(2026, 3, 1), date(2026, 4, 30))
    assert starts(berlin) == [datetime(2026, 3, 23, 9), datetime(2026, 3, 30, 9), datetime(2026, 4, 6, 9),
                              datetime(2026, 4, 13, 9), datetime(2026, 4, 20, 9), datetime(2026, 4, 27, 9)]
    assert all(o.end - o.start == timedelta(minutes=30) and o.recurring for o in berlin)
    # Seen from New York (summer time since 8 March) the meeting moves an hour earlier after 29 March.
    new_york = CalendarQuery(services.store.database, NEW_YORK).occurrences(date(2026, 3, 20), date(2026, 4, 1))
    assert starts(new_york) == [datetime(2026, 3, 23, 4), datetime(2026, 3, 30, 3)]
    utc = CalendarQuery(services.store.database, UTC).occurrences(date(2026, 3, 30), date(2026, 3, 30))
    assert [o.instance_start for o in utc] == [datetime(2026, 3, 30, 7)]


def test_exdate_rdate_and_a_moved_instance(services: Services) -> None:
    uid = weekly_standup(services)
    services.activities.update(uid, exdates=(datetime(2026, 4, 6, 7, 0),), rdates=(datetime(2026, 4, 8, 7, 0),))
    # 13 April moved to Tuesday 14 April 14:00 Berlin (12:00 UTC), as a calendar writes a RECURRENCE-ID.
    moved = ActivityData(kind="meeting", subject="Standup (moved)", occurred_at=datetime(2026, 4, 14, 12, 0),
                         ends_at=datetime(2026, 4, 14, 12, 30), timezone="Europe/Berlin",
                         recurrence_id=datetime(2026, 4, 13, 7, 0))
    services.activities.log(moved, uid=f"{uid};RECURRENCE-ID=2026-04-13T07:00:00")
    found = CalendarQuery(services.store.database, BERLIN).occurrences(date(2026, 4, 1), date(2026, 4, 30))
    assert [(o.start, o.title) for o in found] == [
        (datetime(2026, 4, 8, 9), "Standup"),
        (datetime(2026, 4, 14, 14), "Standup (moved)"),
        (datetime(2026, 4, 20, 9), "Standup"),
        (datetime(2026, 4, 27, 9), "Standup"),
    ]
    detached = found[1]
    assert detached.series_uid == uid and detached.instance_start == datetime(2026, 4, 13, 7)


def test_imported_series_with_outlook_zone_exdate_and_override(services: Services) -> None:
    ics = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:test\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:review-1\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=W. Europe Standard Time:20260325T150000\r
DTEND;TZID=W. Europe Standard Time:20260325T160000\r
RRULE:FREQ=DAILY;UNTIL=20260329T220000Z\r
EXDATE;TZID=W. Europe Standard Time:20260327T150000\r
SUMMARY:Review\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:review-1\r
DTSTAMP:20260101T000000Z\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20260328T150000\r
DTSTART;TZID=W. Europe Standard Time:20260328T170000\r
DTEND;TZID=W. Europe Standard Time:20260328T180000\r
SUMMARY:Review (late)\r
END:VEVENT\r
END:VCALENDAR\r
"""
    report = ImportReport()
    import_calendar(services, "review.ics", io.BytesIO(ics), report, None, CancelFlag(), 100)
    assert report.imported == 2, report
    found = CalendarQuery(services.store.database, BERLIN).occurrences(date(2026, 3, 23), date(2026, 3, 31))
    assert [(o.start, o.title) for o in found] == [
        (datetime(2026, 3, 25, 15), "Review"),
        (datetime(2026, 3, 26, 15), "Review"),
        (datetime(2026, 3, 28, 17), "Review (late)"),
        (datetime(2026, 3, 29, 15), "Review"),  # summer time: still 15:00 on the wall
    ]


def test_all_day_floating_and_long_meetings(services: Services) -> None:
    meeting(services, "Trade fair", datetime(2026, 3, 10), 0, all_day=True, ends_at=datetime(2026, 3, 13))
    meeting(services, "Gym", datetime(2026, 3, 2, 18, 0), 60, timezone="floating",
            rrules=("FREQ=WEEKLY;UNTIL=20260316T180000Z",))
    meeting(services, "Sabbatical", datetime(2025, 12, 1), 0, all_day=True, ends_at=datetime(2026, 6, 1))
    query = CalendarQuery(services.store.database, NEW_YORK)
    found = query.occurrences(date(2026, 3, 9), date(2026, 3, 15))
    assert [(o.title, o.start, o.end, o.all_day) for o in found] == [
        ("Sabbatical", datetime(2025, 12, 1), datetime(2026, 6, 1), True),
        ("Gym", datetime(2026, 3, 9, 18), datetime(2026, 3, 9, 19), False),
        ("Trade fair", datetime(2026, 3, 10), datetime(2026, 3, 13), True),
    ]
    assert starts(query.occurrences(date(2026, 3, 16), date(2026, 3, 31))) == [datetime(2025, 12, 1),
                                                                             datetime(2026, 3, 16, 18)]


def test_tasks_are_on_their_due_day(services: Services) -> None:
    services.tasks.create(TaskData(title="Send offer", due_date=date(2026, 3, 3), due_time="10:00"))
    services.tasks.create(TaskData(title="Invoice", due_date=date(2026, 3, 3)))
    services.tasks.create(TaskData(title="Berlin call", due_date=date(2026, 3, 4), due_time="16:00",
                                   timezone="Europe/Berlin"))
    services.tasks.create(TaskData(title="Undated"))
    found = CalendarQuery(services.store.database, UTC).occurrences(date(2026, 3, 2), date(2026, 3, 8))
    assert [(o.title, o.start, o.has_time) for o in found if o.kind == TASK] == [
        ("Invoice", datetime(2026, 3, 3), False),
        ("Send offer", datetime(2026, 3, 3, 10), True),
        ("Berlin call", datetime(2026, 3, 4, 15), True),
    ]
    assert CalendarQuery(services.store.database, UTC).occurrences(date(2026, 3, 2), date(2026, 3, 8),
                                                                   tasks=False) == []


def test_reschedule_single_meeting_task_and_series(services: Services) -> None:
    query = CalendarQuery(services.store.database, BERLIN)
    single = meeting(services, "Demo", datetime(2026, 3, 4, 9, 0), 45, timezone="Europe/Berlin")
    occurrence = next(o for o in query.occurrences(date(2026, 3, 4), date(2026, 3, 4)) if o.uid == single)
    reschedule(services, occurrence, datetime(2026, 3, 5, 14, 30), BERLIN)
    moved = services.activities.get(single).data
    assert (moved.occurred_at, moved.ends_at) == (datetime(2026, 3, 5, 13, 30), datetime(2026, 3, 5, 14, 15))

    task_uid = services.tasks.create(TaskData(title="Call", due_date=date(2026, 3, 4), due_time="10:00",
                                              reminder_at=datetime(2026, 3, 4, 8, 45))).value.uid
    task_occurrence = next(o for o in query.occurrences(date(2026, 3, 4), date(2026, 3, 4)) if o.uid == task_uid)
    reschedule(services, task_occurrence, datetime(2026, 3, 6, 11, 0), BERLIN)
    task = services.tasks.get(task_uid).data
    assert (task.due_date, task.due_time, task.reminder_at) == (date(2026, 3, 6), "11:00", datetime(2026, 3, 6, 9, 45))

    series = weekly_standup(services)
    instance = next(o for o in query.occurrences(date(2026, 3, 30), date(2026, 3, 30)) if o.uid == series)
    reschedule(services, instance, datetime(2026, 3, 31, 10, 0), BERLIN, THIS)
    week = query.occurrences(date(2026, 3, 30), date(2026, 4, 5))
    assert [(o.start, o.series_uid) for o in week] == [(datetime(2026, 3, 31, 10), series)]
    assert services.activities.count() == 3

    first = next(o for o in query.occurrences(date(2026, 3, 23), date(2026, 3, 23)) if o.uid == series)
    reschedule(services, first, datetime(2026, 3, 24, 9, 0), BERLIN, ALL)  # Monday -> Tuesday, same time
    master = services.activities.get(series).data
    assert master.occurred_at == datetime(2026, 3, 24, 8, 0)
    april = query.occurrences(date(2026, 4, 6), date(2026, 4, 12))
    # The rule still says BYDAY=MO: a series moved by a day keeps its rule (calendars ask the same way).
    assert [o.start.time() for o in april] == [datetime(2026, 4, 6, 9).time()]


def test_a_meeting_with_contacts_lands_on_their_timelines(services: Services) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    bob = services.contacts.create(ContactData(given="Bob", family="Stone")).value.uid
    uid = meeting(services, "Kick-off", datetime(2026, 3, 5, 9, 0), 60,
                  links=(Link("contact", ann), Link("contact", bob)))
    timeline = TimelineService(services.store.database)
    for person in (ann, bob):
        entries = timeline.page("contact", person).entries
        assert [(e.kind, e.uid, e.title) for e in entries] == [("meeting", uid, "Kick-off")]


# --- the views -----------------------------------------------------------------------------------------

from ui.calendar.calendar_view import CalendarView  # noqa: E402
from ui.calendar.canvas import DAY, MONTH, WEEK, QCoreText  # noqa: E402


@pytest.fixture
def english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


def busy_week(services: Services) -> dict[str, str]:
    """A realistic fortnight around Monday 2 March 2026 (times in UTC; the views below show UTC)."""
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    uids = {"ann": ann}
    uids["standup"] = meeting(services, "Team standup", datetime(2026, 2, 2, 8, 30), 15,
                              rrules=("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",), timezone="UTC")
    uids["review"] = meeting(services, "Pipeline review", datetime(2026, 3, 2, 10, 0), 60, location="Room 4",
                             links=(Link("contact", ann),))
    meeting(services, "Call with Acme Tools", datetime(2026, 3, 2, 10, 30), 45)
    meeting(services, "Lunch with Борис Смирнов", datetime(2026, 3, 2, 12, 0), 90, location="Café Lenz")
    meeting(services, "Demo for 北京星辰科技", datetime(2026, 3, 3, 14, 0), 60)
    meeting(services, "Quarterly planning", datetime(2026, 3, 4, 13, 0), 180, location="Board room")
    meeting(services, "Contract signing", datetime(2026, 3, 5, 16, 0), 30)
    meeting(services, "Trade fair Hannover", datetime(2026, 3, 10), 0, all_day=True, ends_at=datetime(2026, 3, 13))
    meeting(services, "Offsite", datetime(2026, 3, 6), 0, all_day=True, ends_at=datetime(2026, 3, 7))
    for day, title, due_time in ((2, "Send the revised offer", "15:00"), (3, "Chase invoice #1042", ""),
                                 (5, "Prepare the board slides", ""), (9, "Renew the domain", ""),
                                 (17, "Call Ann about the pilot", "11:00")):
        services.tasks.create(TaskData(title=title, due_date=date(2026, 3, day), due_time=due_time))
    return uids


def view_of(qtbot: QtBot, services: Services, settings: QSettings, mode: str = WEEK) -> CalendarView:
    settings.setValue("calendar/mode", mode)
    view = CalendarView(services, settings, zone=UTC)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    return view


def activate(qtbot: QtBot, view: CalendarView) -> None:
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.canvas.setFocus()


def test_periods_and_titles(qtbot: QtBot, services: Services, settings: QSettings, english: None) -> None:
    view = view_of(qtbot, services, settings, MONTH)
    assert view.period() == (date(2026, 2, 23), 42, 3) and view.title.text() == "March 2026"
    view.set_mode(WEEK)
    assert view.period() == (date(2026, 3, 2), 7, 3) and view.title.text() == "2 March – 8 March 2026"
    view.set_mode(DAY)
    assert view.period() == (date(2026, 3, 2), 1, 3) and "2 March 2026" in view.title.text()
    assert settings.value("calendar/mode") == DAY


def test_keys_move_switch_and_page(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    busy_week(services)
    view = view_of(qtbot, services, settings, WEEK)
    activate(qtbot, view)
    canvas = view.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert view.selected_day == date(2026, 3, 3)
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert view.selected_day == date(2026, 3, 10) and view.period()[0] == date(2026, 3, 9)
    qtbot.keyClick(canvas, Qt.Key.Key_M)
    assert view.mode == MONTH
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert view.selected_day == date(2026, 3, 17)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert view.selected_day == date(2026, 2, 17) and view.title.text().startswith(QLocale().monthName(2))
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert view.selected_day == date(2026, 3, 2)
    qtbot.keyClick(canvas, Qt.Key.Key_D)
    assert view.mode == DAY
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # the day's first entry: the standup at 08:30
    assert view.canvas.selected is not None and view.canvas.selected.title == "Team standup"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert view.canvas.selected.title == "Pipeline review"
    with qtbot.waitSignal(view.open_record) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args[0] == "activity" and opened.args[1] == view.canvas.selected.uid
    qtbot.keyClick(canvas, Qt.Key.Key_W)
    assert view.mode == WEEK


def centre_of(view: CalendarView, title: str) -> QPoint:
    view.grab()  # the hit rectangles come from the last paint
    hit = next(h for h in view.canvas.hits if h.occurrence.title == title)
    return hit.rect.center().toPoint()


def drag(qtbot: QtBot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    canvas = view.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(canvas, start + (end - start) * step / 4)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_meeting_to_another_day_and_time(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    uids = busy_week(services)
    view = view_of(qtbot, services, settings, WEEK)
    activate(qtbot, view)
    start = centre_of(view, "Pipeline review")
    width = view.canvas._column_width()
    hour = view.canvas._hour_height()
    with qtbot.waitSignal(view.changed):
        drag(qtbot, view, start, start + QPoint(round(width), round(2 * hour)))  # a day later, two hours later
    moved = services.activities.get(uids["review"]).data
    assert moved.occurred_at == datetime(2026, 3, 3, 12, 0) and moved.ends_at == datetime(2026, 3, 3, 13, 0)
    assert view.canvas.selected is not None and view.canvas.selected.uid == uids["review"]


def test_drag_a_repeating_instance_asks_this_or_all(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    uids = busy_week(services)
    view = view_of(qtbot, services, settings, DAY)
    activate(qtbot, view)
    start = centre_of(view, "Team standup")
    drag(qtbot, view, start, start + QPoint(0, round(view.canvas._hour_height())))
    assert view.scope_box is not None and view.scope_box.isVisible()
    this = next(b for b in view.scope_box.buttons() if b.text() == "This event")
    with qtbot.waitSignal(view.changed):
        this.click()
    day = CalendarQuery(services.store.database, UTC).occurrences(date(2026, 3, 2), date(2026, 3, 3))
    standups = [(o.start, bool(o.series_uid)) for o in day if o.title == "Team standup"]
    assert standups == [(datetime(2026, 3, 2, 9, 30), True), (datetime(2026, 3, 3, 8, 30), False)]
    assert services.activities.get(uids["standup"]).data.occurred_at == datetime(2026, 2, 2, 8, 30)


def test_new_meeting_with_contacts_lands_on_their_timelines(qtbot: QtBot, services: Services,
                                                            settings: QSettings) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    bob = services.contacts.create(ContactData(given="Bob", family="Stone")).value.uid
    view = view_of(qtbot, services, settings, WEEK)
    activate(qtbot, view)
    sheet = view.new_meeting(datetime(2026, 3, 4, 15, 0))
    qtbot.addWidget(sheet)
    sheet.accept()
    assert sheet.error_text("subject") and services.activities.count() == 0  # a subject is needed
    sheet.subject.setText("Kick-off")
    # The people typed where the focus is: the completion list offers them, Down and Enter pick one.
    sheet.people.field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sheet.people.field)
    qtbot.keyClicks(QApplication.focusWidget(), "ann")
    popup = sheet.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Ann Lee"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sheet.people.field.text() == "")
    qtbot.keyClicks(QApplication.focusWidget(), "Sto")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sheet.people.uids() == (ann, bob)
    sheet.duration.setCurrentIndex(sheet.duration.findData(90))
    sheet.repeats.setCurrentIndex(sheet.repeats.findData("FREQ=WEEKLY"))
    with qtbot.waitSignal(view.changed):
        sheet.accept()
    [made] = services.activities.meetings()
    assert (made.data.occurred_at, made.data.ends_at, made.data.rrules) == (
        datetime(2026, 3, 4, 15), datetime(2026, 3, 4, 16, 30), ("FREQ=WEEKLY",))
    assert view.canvas.selected is not None and view.canvas.selected.uid == made.uid
    timeline = TimelineService(services.store.database)
    for person in (ann, bob):
        assert [e.uid for e in timeline.page("contact", person).entries] == [made.uid]


@pytest.mark.parametrize("mode", [DAY, WEEK, MONTH])
def test_screenshots(qtbot: QtBot, services: Services, settings: QSettings, artifacts: Path, english: None,
                     clock: FakeClock, mode: str) -> None:
    busy_week(services)
    clock.set(datetime(2026, 3, 2, 11, 20))
    view = view_of(qtbot, services, settings, mode)
    view.resize(1200, 720)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    assert view.canvas.occurrences
    view.grab().save(str(artifacts / f"calendar_{mode}.png"))
    assert view.canvas.hits  # something was painted where it can be clicked


def test_month_view_shows_more_when_a_day_is_full(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    for number in range(12):
        meeting(services, f"Call {number}", datetime(2026, 3, 11, 8 + number % 9, 0), 15)
    view = view_of(qtbot, services, settings, MONTH)
    view.show()
    view.grab()  # paints, and so lays out the hit rectangles
    shown = [h for h in view.canvas.hits if h.occurrence.start.date() == date(2026, 3, 11)]
    assert 0 < len(shown) < 12


def test_a_day_of_more_than_the_month_reads_says_how_many_more(qtbot: QtBot, services: Services, settings: QSettings,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The month view reads a day's first 20 entries and counts the rest (app/calendar_days.py): a day of 45
    draws its first ones in order and "+N more" for all the others; the week view draws all 45."""
    for number in range(30):
        meeting(services, f"Call {number:02d}", datetime(2026, 3, 11, 7, 0) + timedelta(minutes=10 * number), 5)
    for number in range(15):
        services.tasks.create(TaskData(title=f"Task {number:02d}", due_date=date(2026, 3, 11)))
    said: list[int] = []

    def more(count: int) -> str:
        said.append(count)
        return f"+{count}"

    monkeypatch.setattr(QCoreText, "more", staticmethod(more))
    view = view_of(qtbot, services, settings, MONTH)
    view.show()
    view.grab()
    drawn = [h.occurrence.title for h in view.canvas.hits if h.occurrence.start.date() == date(2026, 3, 11)]
    every = [*(f"Task {n:02d}" for n in range(15)), *(f"Call {n:02d}" for n in range(30))]
    assert drawn and drawn == every[:len(drawn)]
    assert said == [45 - len(drawn)]
    assert len(view.canvas.on_day(date(2026, 3, 11))) == 20 and view.canvas.count_on(date(2026, 3, 11)) == 45
    view.go_to(date(2026, 3, 11))
    view.set_mode(WEEK)
    view.grab()
    assert view.canvas.count_on(date(2026, 3, 11)) == len(view.canvas.on_day(date(2026, 3, 11))) == 45
