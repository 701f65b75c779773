"""What the month view draws: each day's first entries, in the calendar's order, and how many the day has.

A month cell has room for a handful of lines and then "+N more". `CalendarQuery.occurrences` builds every
entry of the six weeks — 89,000 in the million-contact demo, 0.8 s — to draw about five a day. Here the
entries are placed on their days and counted from two covering indexes (schema 33: a meeting's start, end,
all-day flag and zone; a task's due date, time and title), and only those that can be among a day's first
`limit` are read whole: in each group of a day that the order keeps together (all-day meetings; timed
meetings in the viewer's zone; floating ones; tasks without a time; tasks with one) its first `limit`, with
any that start at the same moment as the last of them; every entry running on from an earlier day; every
instance of a recurring series; every task with a time zone of its own. The calendar's own order then sorts
what was read, so each day's first `limit` are exactly those `occurrences` gives.

A meeting stored in UTC is placed on the viewer's days by the UTC instants of their midnights, which holds
while the viewer's offset stays the same; within a day of a change of offset (daylight saving) each meeting
is read whole and placed by its converted times, as `occurrences` does.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.activities import FLOATING
from app.calendar_view import (
    MEETING_COLUMNS,
    SLACK,
    TASK_COLUMNS,
    CalendarQuery,
    Occurrence,
    meeting_of,
    order,
    shown_between,
    stored_text,
)

if TYPE_CHECKING:
    import peewee

MONTH_DAY_LIMIT = 20  # more lines than a month cell has room for at any window size we draw
_ONE_DAY = timedelta(days=1)
_CHUNK = 500  # rows read by id per statement
_NOT_ITS_OWN_ZONE = "(due_time = '' OR timezone IN ('', 'floating'))"  # placed on its due date as it is
_TASKS = "FROM task INDEXED BY task_calendar WHERE deleted_at IS NULL AND status <> 'cancelled'"
_SINGLE = "kind = 'meeting' AND deleted_at IS NULL AND rrule = '' AND rdates = '[]'"


@dataclass(frozen=True, slots=True)
class DaysShown:
    """Enough entries that each day's first `limit` (in the calendar's order) are among them, and each day's
    count of entries."""

    occurrences: list[Occurrence]
    counts: dict[date, int]
    limit: int


class _Days:
    """The window's days as midnights in the two frames meetings are stored in."""

    def __init__(self, query: CalendarQuery, first: date, count: int) -> None:
        self.first, self.count = first, count
        self.wall = [datetime.combine(first, time()) + i * _ONE_DAY for i in range(count + 1)]
        self.utc = [query.utc(midnight) for midnight in self.wall]
        steps = [self.utc[i + 1] - self.utc[i] for i in range(count)]
        before = query.utc(self.wall[0] - _ONE_DAY)
        after = query.utc(self.wall[-1] + _ONE_DAY)
        steps = [self.utc[0] - before, *steps, after - self.utc[-1]]
        # Day i (steps[i + 1]) is irregular if its length is not 24 h, or a neighbour's is not: the offset
        # changes within a day of it, where placing by midnights could put a meeting a day off.
        self.irregular = {i for i in range(count)
                          if any(step != _ONE_DAY for step in steps[i:i + 3])}

    def day(self, index: int) -> date:
        return self.first + timedelta(days=index)


class FirstOfEachDay:
    """Reads a month's worth of days as the month view draws them; writes nothing."""

    def __init__(self, database: peewee.SqliteDatabase, query: CalendarQuery) -> None:
        self._db = database
        self._query = query

    def read(self, first: date, last: date, limit: int = MONTH_DAY_LIMIT) -> DaysShown:
        days = _Days(self._query, first, (last - first).days + 1)
        counts = [0] * days.count
        found: list[Occurrence] = []
        whole: list[Occurrence] = []  # read and placed one by one: counted by their days
        whole.extend(self._query.series_between(days.wall[0], days.wall[-1]))
        meeting_ids, converted_ids = self._meetings(days, limit, counts)
        for occurrence in self._read_meetings(meeting_ids):
            found.append(occurrence)
        for occurrence in self._read_meetings(converted_ids):
            if shown_between(occurrence, days.wall[0], days.wall[-1]):
                whole.append(occurrence)
        found.extend(self._tasks(days, limit, counts))
        whole.extend(self._tasks_in_own_zones(days))
        for occurrence in whole:
            start, stop = occurrence.days
            for index in range(max((start - first).days, 0), min((stop - first).days, days.count - 1) + 1):
                counts[index] += 1
        found.extend(whole)
        found.sort(key=order)
        return DaysShown(found, {days.day(i): n for i, n in enumerate(counts)}, limit)

    # --- meetings ------------------------------------------------------------------------------------

    def _meetings(self, days: _Days, limit: int, counts: list[int]) -> tuple[list[int], list[int]]:
        """Counts the single meetings on each day from the index; returns the ids of those to read (the
        candidates for a day's first `limit`) and of those to read and place one by one (near a change of
        offset)."""
        low, high = days.utc[0] - 2 * SLACK, days.utc[-1] + SLACK
        rows = self._db.execute_sql(
            f"SELECT id, occurred_at, ends_at, all_day, timezone FROM activity INDEXED BY activity_calendar"
            f" WHERE {_SINGLE} AND occurred_at >= ? AND occurred_at < ?",
            (stored_text(low), stored_text(high))).fetchall()
        rows += self._db.execute_sql(  # the few long ones that began earlier and still run
            f"SELECT id, occurred_at, ends_at, all_day, timezone FROM activity INDEXED BY activity_meeting_end"
            f" WHERE {_SINGLE} AND occurred_at < ? AND ends_at > ?",
            (stored_text(low), stored_text(days.utc[0] - SLACK))).fetchall()
        read: list[int] = []
        converted: list[int] = []
        starting: dict[tuple[int, int], list[tuple[datetime, int]]] = {}  # (day, group) -> (start, id)
        last, irregular, wall, utc = days.count - 1, days.irregular, days.wall, days.utc
        parse, no_time = datetime.fromisoformat, timedelta(0)
        for row_id, start_text, end_text, all_day, zone in rows:  # 21,000 rows a month at a million: kept lean
            start = parse(start_text)
            floating = bool(all_day) or zone == FLOATING
            midnights = wall if floating else utc
            end = parse(end_text) if end_text else start + (_ONE_DAY if all_day else no_time)
            first_day = bisect_right(midnights, start) - 1
            last_day = bisect_left(midnights, end) - 1 if end > start else first_day
            if irregular and not floating and not irregular.isdisjoint(range(first_day - 1, last_day + 2)):
                converted.append(row_id)
                continue
            if not ((end > midnights[0] and start < midnights[-1])
                    or (start == end and midnights[0] <= start < midnights[-1])):
                continue
            if first_day == last_day:
                counts[first_day] += 1
                group = 0 if all_day else 1 if floating else 2
                starting.setdefault((first_day, group), []).append((start, row_id))
                continue
            for index in range(max(first_day, 0), min(last_day, last) + 1):
                counts[index] += 1
            read.append(row_id)  # runs on from an earlier day, or into the next: heads those days
        for entries in starting.values():
            read.extend(row_id for _, row_id in _first(entries, limit))
        return read, converted

    def _read_meetings(self, ids: list[int]) -> list[Occurrence]:
        found: list[Occurrence] = []
        for at in range(0, len(ids), _CHUNK):
            chunk = ids[at:at + _CHUNK]
            rows = self._db.execute_sql(
                f"SELECT {MEETING_COLUMNS} FROM activity WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall()
            found.extend(self._query.single(meeting_of(row)) for row in rows)
        return found

    # --- tasks ---------------------------------------------------------------------------------------

    def _tasks(self, days: _Days, limit: int, counts: list[int]) -> list[Occurrence]:
        """Tasks placed on their due date as they are: counted by the index, each day's first `limit` read
        (those without a time first, then by time, each by title: the calendar's order)."""
        span = (days.day(0).isoformat(), days.day(days.count - 1).isoformat())
        rows: list[tuple[Any, ...]] = []
        for due, count in self._db.execute_sql(
                f"SELECT due_date, count(*) {_TASKS} AND due_date >= ? AND due_date <= ? AND {_NOT_ITS_OWN_ZONE}"
                " GROUP BY due_date", span).fetchall():
            index = (date.fromisoformat(str(due)[:10]) - days.first).days
            counts[index] += count
            rows += self._db.execute_sql(
                f"SELECT {TASK_COLUMNS} {_TASKS} AND due_date = ? AND {_NOT_ITS_OWN_ZONE}"
                " ORDER BY due_time, title LIMIT ?", (due, limit)).fetchall()
        return self._query.task_occurrences(rows)

    def _tasks_in_own_zones(self, days: _Days) -> list[Occurrence]:
        """Tasks due at a time in a zone of their own: moved into the viewer's zone one by one, as
        `occurrences` does (it reads them by their due date, and draws those still in the window)."""
        span = (days.day(0).isoformat(), days.day(days.count - 1).isoformat())
        rows = self._db.execute_sql(
            f"SELECT {TASK_COLUMNS} {_TASKS} AND due_date >= ? AND due_date <= ? AND NOT {_NOT_ITS_OWN_ZONE}",
            span).fetchall()
        return [o for o in self._query.task_occurrences(rows) if days.wall[0] <= o.start < days.wall[-1]]


def _first(entries: list[tuple[datetime, int]], limit: int) -> list[tuple[datetime, int]]:
    """The first `limit` by start, with every other that starts at the same moment as the last of them (the
    calendar orders those by end and title, which the index does not hold)."""
    if len(entries) <= limit:
        return entries
    entries.sort()
    cut = limit
    while cut < len(entries) and entries[cut][0] == entries[limit - 1][0]:
        cut += 1
    return entries[:cut]


