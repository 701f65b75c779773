"""The month view's days (app/calendar_days.py): each day's first entries and its count are exactly what
reading every entry of the weeks gives (app/calendar_view.CalendarQuery.occurrences), in zones with and
without daylight saving, across its changes, for meetings timed, floating, all-day, long and recurring, and
tasks with and without a time or a zone of their own."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.activities import FLOATING, ActivityData
from app.calendar_days import FirstOfEachDay
from app.calendar_view import CalendarQuery, Occurrence, order
from app.services import Services
from app.tasks import TaskData

TITLES = ("Call", "Demo", "Lunch", "Review", "Пётр", "王芳", "Zoom")
# Santiago turns its clocks back at midnight (5 April 2026: a day's midnight comes twice); Lord Howe by half an hour
ZONES = ("", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago", FLOATING)


def _days(found: list[Occurrence], first: date, last: date) -> dict[date, list[Occurrence]]:
    """Each day's entries in order, as the canvas buckets them."""
    days: dict[date, list[Occurrence]] = {first + timedelta(days=i): [] for i in range((last - first).days + 1)}
    for occurrence in found:
        start, stop = occurrence.days
        day = max(start, first)
        while day <= min(stop, last):
            days[day].append(occurrence)
            day += timedelta(days=1)
    return days


def _seen(occurrence: Occurrence) -> tuple[object, ...]:
    return (occurrence.kind, occurrence.title, occurrence.start, occurrence.end, occurrence.all_day,
            occurrence.done, occurrence.has_time)


def _same_first(shown: list[Occurrence], every: list[Occurrence], limit: int) -> None:
    """The same first `limit` in the calendar's order; entries its order ties (a task done and one open, of
    the same title, due at the same time) may stand for each other only where the limit cuts through them."""
    assert [order(o) for o in shown[:limit]] == [order(o) for o in every[:limit]]
    if every:
        edge = order(every[:limit][-1])
        assert sorted(_seen(o) for o in shown[:limit] if order(o) < edge) == sorted(
            _seen(o) for o in every[:limit] if order(o) < edge)


def _fill(services: Services, rng: random.Random, middle: datetime) -> None:
    """About 300 meetings and 150 tasks within three weeks either side of `middle`; many start at the same
    minute (so the index's order alone cannot rank them) and some cross midnight or run for days."""
    slots = [middle + timedelta(minutes=15 * rng.randrange(-4 * 24 * 24, 4 * 24 * 24)) for _ in range(120)]
    for number in range(300):
        start = rng.choice(slots) if rng.random() < 0.6 else middle + timedelta(minutes=rng.randrange(-30000, 30000))
        zone = rng.choice(ZONES)
        all_day = rng.random() < 0.12
        if all_day:
            start = datetime.combine(start.date(), time())
            end: datetime | None = start + timedelta(days=rng.choice((1, 1, 2, 5)))
        else:
            end = start + timedelta(minutes=rng.choice((0, 15, 60, 60, 90, 300) * 5 + (1500, 4000)))
        if rng.random() < 0.05:
            end = None
        data = ActivityData(kind="meeting", subject=rng.choice(TITLES), occurred_at=start, ends_at=end,
                            all_day=all_day, timezone="" if all_day else zone)
        uid = services.activities.log(data).value.uid
        if number % 37 == 0:
            services.activities.delete(uid)
    services.activities.log(ActivityData(kind="meeting", subject="Sabbatical", occurred_at=middle - timedelta(days=90),
                                         ends_at=middle - timedelta(days=12), all_day=True))
    services.activities.log(ActivityData(kind="meeting", subject="Conference", occurred_at=middle - timedelta(days=30),
                                         ends_at=middle - timedelta(days=8, hours=3), timezone="Europe/Berlin"))
    services.activities.log(ActivityData(kind="meeting", subject="Standup", occurred_at=middle - timedelta(days=20),
                                         ends_at=middle - timedelta(days=20) + timedelta(minutes=30),
                                         timezone="America/New_York", rrules=("FREQ=DAILY;COUNT=60",)))
    for number in range(150):
        due = (middle + timedelta(days=rng.randrange(-24, 24))).date()
        timed = rng.random() < 0.6
        data = TaskData(title=rng.choice(TITLES), due_date=due,
                        due_time=f"{rng.choice((8, 9, 9, 23)):02d}:{rng.choice((0, 30)):02d}" if timed else "",
                        timezone=rng.choice(("", "", "America/New_York", FLOATING)) if timed else "",
                        status=rng.choice(("needs-action", "needs-action", "completed", "cancelled")))
        uid = services.tasks.create(data).value.uid
        if number % 41 == 0:
            services.tasks.delete(uid)


@pytest.mark.parametrize(("seed", "middle"), [(1, datetime(2026, 3, 29, 1)), (2, datetime(2026, 10, 25, 1)),
                                              (3, datetime(2026, 4, 5, 12)), (4, datetime(2026, 11, 1, 6))])
def test_each_day_shows_what_reading_every_entry_shows(services: Services, seed: int, middle: datetime) -> None:
    rng = random.Random(seed)
    _fill(services, rng, middle)
    database = services.store.database
    first = middle.date() - timedelta(days=middle.date().weekday() + 14)
    last = first + timedelta(days=41)
    for zone_name in ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago",
                      "UTC"):
        query = CalendarQuery(database, ZoneInfo(zone_name))
        every = _days(query.occurrences(first, last), first, last)
        for limit in (1, 2, 3, 5, 20):
            shown = FirstOfEachDay(database, query).read(first, last, limit)
            assert shown.limit == limit
            days = _days(shown.occurrences, first, last)
            for day, entries in every.items():
                assert shown.counts[day] == len(entries), (zone_name, limit, day)
                _same_first(days[day], entries, limit)
    assert sum(len(entries) for entries in every.values()) > 300  # the weeks are full, many days over 20


def test_a_day_reads_only_what_it_can_show(services: Services) -> None:
    """A day with 60 meetings and 60 tasks at distinct times reads its first few of each, not all 120."""
    day = datetime(2026, 5, 12)
    for number in range(60):
        services.activities.log(ActivityData(kind="meeting", subject=f"Call {number:02d}",
                                             occurred_at=day + timedelta(hours=6, minutes=7 * number),
                                             ends_at=day + timedelta(hours=6, minutes=7 * number + 5)))
        services.tasks.create(TaskData(title=f"Task {number:02d}", due_date=day.date(),
                                       due_time=f"{6 + number // 10:02d}:{number % 10 * 5:02d}"))
    query = CalendarQuery(services.store.database, ZoneInfo("UTC"))
    shown = FirstOfEachDay(services.store.database, query).read(date(2026, 5, 11), date(2026, 5, 17), 5)
    assert shown.counts[day.date()] == 120
    assert len(shown.occurrences) == 10  # five of each kind: enough for any five of the day
    assert [o.title for o in _days(shown.occurrences, date(2026, 5, 11), date(2026, 5, 17))[day.date()][:5]] == [
        "Task 00", "Call 00", "Task 01", "Call 01", "Task 02"]


def test_the_hour_that_comes_twice_is_ranked_by_the_wall_clock(services: Services) -> None:
    """25 October 2026 in Berlin: 02:30 summer time (00:30 UTC) comes before 02:10 winter time (01:10 UTC) in
    time, after it on the wall clock, where the calendar orders them."""
    for subject, start in (("Summer", datetime(2026, 10, 25, 0, 30)), ("Winter", datetime(2026, 10, 25, 1, 10))):
        services.activities.log(ActivityData(kind="meeting", subject=subject, occurred_at=start,
                                             ends_at=start + timedelta(minutes=15), timezone="Europe/Berlin"))
    query = CalendarQuery(services.store.database, ZoneInfo("Europe/Berlin"))
    shown = FirstOfEachDay(services.store.database, query).read(date(2026, 10, 19), date(2026, 11, 29), 1)
    assert shown.counts[date(2026, 10, 25)] == 2
    day = _days(shown.occurrences, date(2026, 10, 19), date(2026, 11, 29))[date(2026, 10, 25)]
    assert [(o.title, o.start) for o in day[:1]] == [("Winter", datetime(2026, 10, 25, 2, 10))]
