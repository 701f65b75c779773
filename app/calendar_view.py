"""What the calendar shows for a span of days: meetings (recurring ones expanded) and task due dates,
in the user's time zone.

Recurrence is expanded with dateutil.rrule in the meeting's own zone (zoneinfo), not with the
`recurring-ical-events` library: that one works on icalendar components, and the meetings live as rows
(RRULE lines, RDATE/EXDATE lists in naive UTC, detached instances as rows of their own); building a
VEVENT per row for every repaint would cost more than expanding the rule directly. Rules:

- the series repeats in the wall clock of its zone (a 09:00 meeting in Europe/Berlin stays at 09:00
  across the DST change, and so moves by an hour in UTC); floating and all-day meetings repeat in the
  viewer's wall clock;
- EXDATE removes an instance, RDATE adds one (same length as the first);
- a detached instance (its own row, RECURRENCE-ID = the start it replaces) hides that instance of the
  series and is shown where it now is. RANGE=THISANDFUTURE is treated as that one instance only.

A span is read with three queries: single meetings by time (index activity_meeting_time), tasks due
in it (index task_due), and the recurring series with their detached instances — one scan, kept until
the database changes (PRAGMA data_version and the connection's own change count), as no index covers
RRULE.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import peewee
from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import Timezone
from icalendar.timezone import tzp

from app.activities import FLOATING, ActivityData, dump_extra, iana_zones, kept_timezones, load_extra
from app.changes import Changes

if TYPE_CHECKING:
    from app.services import Services

MEETING, TASK = "meeting", "task"
INSTANCE_MARK = ";RECURRENCE-ID="  # as app.formats.ical.instance_key joins a UID and a RECURRENCE-ID
SLACK = timedelta(days=1)  # floating times may be up to 14 h either side of UTC
_TINY = timedelta(microseconds=1)
_UNTIL = re.compile(r"UNTIL=(\d{8})(T(\d{6})(Z?))?", re.IGNORECASE)


@dataclass(slots=True)  # not frozen: a busy month makes thousands, and frozen init costs twice as much
class Occurrence:
    """One thing on the calendar. Times are the viewer's wall clock (naive); an all-day meeting starts
    at midnight of its first day and ends at midnight after its last."""

    kind: str  # MEETING or TASK
    uid: str  # the record: the meeting (the series for an instance of one), a detached instance, a task
    title: str
    start: datetime
    end: datetime
    all_day: bool
    location: str = ""
    recurring: bool = False  # an instance of a series (or a detached one)
    instance_start: datetime | date | None = None  # a series instance: its original start (naive UTC / date)
    series_uid: str = ""  # the series a detached instance belongs to
    done: bool = False  # tasks
    has_time: bool = True  # False for a task due on a day

    @property
    def key(self) -> tuple[str, str, str]:
        """Identifies the occurrence across reloads (for keeping the selection)."""
        moment = self.instance_start.isoformat() if self.instance_start is not None else ""
        return self.kind, self.uid, moment

    @property
    def days(self) -> tuple[date, date]:
        """The first and last day it is drawn on (an entry ending at midnight is not drawn on the next day)."""
        first = self.start.date()
        return first, (self.end - _TINY).date() if self.end > self.start else first


def order(occurrence: Occurrence) -> tuple[date, bool, bool, datetime, datetime, str]:
    """The calendar's order: by day; all-day meetings, then tasks without a time, then by time and title."""
    return (occurrence.start.date(), not occurrence.all_day, occurrence.kind == TASK and not occurrence.has_time,
            occurrence.start, occurrence.end, occurrence.title)


def zone_of(name: str, extra_json: str = "[]") -> tzinfo | None:
    """The tzinfo of a meeting's `timezone` column; None for floating times (and all-day ones)."""
    if name == FLOATING:
        return None
    if name in ("", "UTC"):
        return UTC
    if name in iana_zones():
        return ZoneInfo(name)
    kept = kept_timezones(load_extra(extra_json)).get(name)
    if kept is not None:
        try:
            parsed = Timezone.from_ical(kept.replace("\n", "\r\n"))
            if isinstance(parsed, Timezone):
                built: tzinfo = parsed.to_tz(tzp, lookup_tzid=False)
                return built
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass
    return UTC  # a zone that cannot be built: the stored times are UTC anyway


@dataclass(slots=True)
class _Meeting:
    uid: str
    subject: str
    start: datetime  # as stored: naive UTC, or a wall clock (floating, all-day)
    end: datetime | None
    all_day: bool
    zone_name: str
    location: str
    rrule: str
    rdates: str
    exdates: str
    recurrence_id: str
    extra: str

    @property
    def floating(self) -> bool:
        return self.all_day or self.zone_name == FLOATING

    @property
    def length(self) -> timedelta:
        if self.end is None or self.end < self.start:
            return timedelta(days=1) if self.all_day else timedelta(0)
        return self.end - self.start


TASK_COLUMNS = "uid, title, due_date, due_time, status, timezone"
MEETING_COLUMNS = ("uid, subject, occurred_at, ends_at, all_day, timezone, location, rrule, rdates, exdates,"
                    " recurrence_id, ical_extra")


class CalendarQuery:
    """Reads what the calendar shows; writes nothing."""

    def __init__(self, database: peewee.SqliteDatabase, zone: tzinfo) -> None:
        self._db = database
        self.zone = zone
        self._cache: tuple[tuple[int, int], list[_Meeting], dict[str, set[str]]] | None = None

    def occurrences(self, first: date, last: date, *, tasks: bool = True) -> list[Occurrence]:
        """Everything on the days `first` .. `last` (inclusive), in the viewer's zone, by start."""
        window_start = datetime.combine(first, time())
        window_end = datetime.combine(last + timedelta(days=1), time())
        utc_start, utc_end = self.utc(window_start), self.utc(window_end)
        found: list[Occurrence] = []
        for meeting in self._singles(utc_start, utc_end):
            occurrence = self.single(meeting)
            if shown_between(occurrence, window_start, window_end):
                found.append(occurrence)
        found.extend(self.series_between(window_start, window_end))
        if tasks:
            found.extend(self._tasks(first, last))
        found.sort(key=order)
        return found

    # --- meetings ------------------------------------------------------------------------------------

    def series_between(self, window_start: datetime, window_end: datetime) -> list[Occurrence]:
        """The instances of every recurring series in the window (the viewer's wall clock)."""
        series, overrides = self._recurring()
        utc_end = self.utc(window_end)
        found: list[Occurrence] = []
        for meeting in series:
            if meeting.start < utc_end + SLACK:
                found.extend(self.expand(meeting, window_start, window_end, overrides.get(meeting.uid, set())))
        return found

    def _singles(self, utc_start: datetime, utc_end: datetime) -> list[_Meeting]:
        """Meetings without recurrence that may touch the span: those starting in it (a day's slack either
        side, for floating times), and the few longer ones that started earlier and still run."""
        low, high = stored_text(utc_start - 2 * SLACK), stored_text(utc_end + SLACK)
        # The meetings' own index, named: with the dashboard's (time, kind) index beside it, SQLite
        # took that one for "started before the span and still running" and read every earlier activity.
        rows = self._db.execute_sql(
            f"SELECT {MEETING_COLUMNS} FROM activity INDEXED BY activity_meeting_time"
            " WHERE kind = 'meeting' AND deleted_at IS NULL"
            " AND occurred_at >= ? AND occurred_at < ? AND rrule = '' AND rdates = '[]'", (low, high)).fetchall()
        rows += self._db.execute_sql(  # by their end (schema 33): along the start, every earlier meeting is read
            f"SELECT {MEETING_COLUMNS} FROM activity INDEXED BY activity_meeting_end"
            " WHERE kind = 'meeting' AND deleted_at IS NULL"
            " AND occurred_at < ? AND ends_at > ? AND rrule = '' AND rdates = '[]'",
            (low, stored_text(utc_start - SLACK))).fetchall()
        return [meeting_of(r) for r in rows]

    def _recurring(self) -> tuple[list[_Meeting], dict[str, set[str]]]:
        """Every recurring series, and for each the RECURRENCE-IDs of its detached instances: one scan,
        kept until the database changes (no index covers RRULE; a month view asks for the same answer
        on every step, while series change rarely)."""
        stamp = self._change_stamp()
        if self._cache is not None and self._cache[0] == stamp:
            return self._cache[1], self._cache[2]
        # The partial index of recurring meetings (schema 8) holds just them: reading the table took
        # 45 ms over 200,000 activities, walking the meeting index and looking each row up 70-120 ms.
        rows = self._db.execute_sql(
            f"SELECT {MEETING_COLUMNS} FROM activity INDEXED BY activity_recurring"
            " WHERE kind = 'meeting' AND deleted_at IS NULL"
            " AND (rrule <> '' OR rdates <> '[]' OR recurrence_id <> '')").fetchall()
        series: list[_Meeting] = []
        overrides: dict[str, set[str]] = {}
        for row in rows:
            meeting = meeting_of(row)
            if meeting.recurrence_id:
                master = meeting.uid.rpartition(INSTANCE_MARK)[0] or meeting.uid
                overrides.setdefault(master, set()).add(meeting.recurrence_id.partition(";")[0])
            if meeting.rrule.strip() or meeting.rdates != "[]":
                series.append(meeting)
        self._cache = (stamp, series, overrides)
        return series, overrides

    def _change_stamp(self) -> tuple[int, int]:
        """Changes since: by other connections (data_version), and by this thread's own (total_changes)."""
        other = int(self._db.execute_sql("PRAGMA data_version").fetchone()[0])
        return other, int(self._db.connection().total_changes)

    def single(self, meeting: _Meeting) -> Occurrence:
        """A meeting without recurrence (or a detached instance) as the calendar shows it."""
        start = self._local(meeting.start, meeting)
        end = self._local(meeting.end, meeting) if meeting.end is not None else start + meeting.length
        series = meeting.uid.rpartition(INSTANCE_MARK)[0]
        instance: datetime | date | None = None
        if meeting.recurrence_id:
            text = meeting.recurrence_id.partition(";")[0]
            instance = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        return Occurrence(MEETING, meeting.uid, meeting.subject, start, end, meeting.all_day, meeting.location,
                          recurring=bool(series), instance_start=instance, series_uid=series)

    def expand(self, meeting: _Meeting, window_start: datetime, window_end: datetime,
               detached: set[str]) -> list[Occurrence]:
        """The instances of a series that overlap the window (viewer's wall clock)."""
        zone = None if meeting.floating else zone_of(meeting.zone_name, meeting.extra)
        first = meeting.start if zone is None else meeting.start.replace(tzinfo=UTC).astimezone(zone)
        rules = rruleset()
        for line in meeting.rrule.split("\n"):
            if line.strip():
                parsed = rrulestr(_until_for(line.strip(), zone), dtstart=first)
                if isinstance(parsed, rrule):  # one RRULE line is one rule
                    rules.rrule(parsed)
        for moment in _moments(meeting.rdates):
            rules.rdate(_in_zone(moment, zone))
        for moment in _moments(meeting.exdates):
            rules.exdate(_in_zone(moment, zone))
        if not meeting.rrule.strip():
            rules.rdate(first)  # RDATEs alone: the first start is an instance too
        length = meeting.length
        # The window in the series' own terms: viewer's wall clock -> aware (or floating) bounds.
        low = self._bound(window_start - length, zone)
        high = self._bound(window_end, zone)
        found = []
        for start in rules.between(low - timedelta(seconds=1), high, inc=False):
            original: datetime | date
            if meeting.all_day:
                original = start.date()
            elif zone is None:
                original = start
            else:
                original = start.astimezone(UTC).replace(tzinfo=None)
            if original.isoformat() in detached:
                continue
            local = start if zone is None else start.astimezone(self.zone).replace(tzinfo=None)
            end = local + length if zone is None else (start + length).astimezone(self.zone).replace(tzinfo=None)
            if (end <= window_start and end != local) or local >= window_end:
                continue
            found.append(Occurrence(MEETING, meeting.uid, meeting.subject, local, end, meeting.all_day,
                                    meeting.location, recurring=True, instance_start=original))
        return found

    # --- tasks ---------------------------------------------------------------------------------------

    def _tasks(self, first: date, last: date) -> list[Occurrence]:
        rows = self._db.execute_sql(
            f"SELECT {TASK_COLUMNS} FROM task WHERE deleted_at IS NULL"
            " AND status <> 'cancelled' AND due_date >= ? AND due_date <= ?",
            (first.isoformat(), last.isoformat())).fetchall()
        return self.task_occurrences(rows)

    def task_occurrences(self, rows: list[tuple[Any, ...]]) -> list[Occurrence]:
        """Tasks read as TASK_COLUMNS on their due days, in the viewer's zone where they have their own."""
        found = []
        midnights: dict[Any, datetime] = {}  # a month has ~35 due dates and thousands of tasks: parse each once
        walls: dict[tuple[Any, str], datetime] = {}
        one_day = timedelta(days=1)
        for uid, title, due, due_time, status, zone_name in rows:
            midnight = midnights.get(due)
            if midnight is None:
                day = due if isinstance(due, date) else date.fromisoformat(str(due)[:10])
                midnight = midnights[due] = datetime.combine(day, time())
            done = status == "completed"
            if due_time:
                wall = walls.get((due, due_time))
                if wall is None:
                    hour, _, minute = due_time.partition(":")
                    wall = walls[(due, due_time)] = midnight.replace(hour=int(hour), minute=int(minute))
                if zone_name and zone_name != FLOATING:
                    zone = zone_of(zone_name)
                    if zone is not None:
                        wall = wall.replace(tzinfo=zone).astimezone(self.zone).replace(tzinfo=None)
                found.append(Occurrence(TASK, uid, title, wall, wall, False, "", False, None, "", done, True))
            else:
                found.append(Occurrence(TASK, uid, title, midnight, midnight + one_day, True, "", False, None, "",
                                        done, False))
        return found

    # --- time ----------------------------------------------------------------------------------------

    def utc(self, wall: datetime) -> datetime:
        """The viewer's wall clock in naive UTC, as meetings with a zone are stored."""
        return wall.replace(tzinfo=self.zone).astimezone(UTC).replace(tzinfo=None)

    def _local(self, stored: datetime, meeting: _Meeting) -> datetime:
        if meeting.floating:
            return stored
        return stored.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)

    def _bound(self, wall: datetime, zone: tzinfo | None) -> datetime:
        if zone is None:
            return wall
        return wall.replace(tzinfo=self.zone).astimezone(zone)


def stored_text(moment: datetime) -> str:
    """A moment as the store keeps it in text (and compares it)."""
    return moment.isoformat(sep=" ")


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def shown_between(occurrence: Occurrence, window_start: datetime, window_end: datetime) -> bool:
    """Whether a meeting is drawn in the window: it overlaps it, or is a moment inside it."""
    return (occurrence.end > window_start and occurrence.start < window_end) or (
        occurrence.start == occurrence.end and window_start <= occurrence.start < window_end)


def meeting_of(row: tuple[Any, ...]) -> _Meeting:
    """A meeting read as MEETING_COLUMNS."""
    uid, subject, start, end, all_day, zone, location, rrule, rdates, exdates, recurrence_id, extra = row
    return _Meeting(uid, subject or "", _moment(start), _moment(end) if end else None, bool(all_day), zone or "",
                    location or "", rrule or "", rdates or "[]", exdates or "[]", recurrence_id or "", extra or "[]")


def _moments(text: str) -> list[datetime | date]:
    return [date.fromisoformat(m) if len(m) == 10 else datetime.fromisoformat(m) for m in json.loads(text)]


def _in_zone(moment: datetime | date, zone: tzinfo | None) -> datetime:
    """A stored RDATE/EXDATE (naive UTC, or a date) in the series' terms."""
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time())
    return moment if zone is None else moment.replace(tzinfo=UTC).astimezone(zone)


def _until_for(rule: str, zone: tzinfo | None) -> str:
    """dateutil wants UNTIL in UTC when the start is zone-aware and naive when it is not."""
    match = _UNTIL.search(rule)
    if match is None:
        return f"RRULE:{rule}" if not rule.upper().startswith("RRULE:") else rule
    day, clock, utc = match.group(1), match.group(3), match.group(4)
    until = datetime.strptime(day + (clock or "235959"), "%Y%m%d%H%M%S")
    if zone is None:  # a floating series (a UTC end is read as wall clock: there is no zone to convert to)
        text = f"{until.year:04d}" + until.strftime("%m%dT%H%M%S")  # %Y drops the zeros of early years
    else:
        aware = until.replace(tzinfo=UTC) if utc else until.replace(tzinfo=zone)
        in_utc = aware.astimezone(UTC)
        text = f"{in_utc.year:04d}" + in_utc.strftime("%m%dT%H%M%SZ")
    rule = rule[:match.start()] + f"UNTIL={text}" + rule[match.end():]
    return f"RRULE:{rule}" if not rule.upper().startswith("RRULE:") else rule


# --- rescheduling (drag in the calendar) -------------------------------------------------------------

THIS, ALL = "this", "all"  # a recurring instance: move only it, or the whole series


def reschedule(services: Services, occurrence: Occurrence, new_start: datetime, zone: tzinfo,
               scope: str = THIS) -> Changes:
    """Move an occurrence to start at `new_start` (the viewer's wall clock in `zone`), keeping its length.
    A task gets the new due date (and time, when it had one; its reminder moves along). A meeting
    moves through ActivityService; an instance of a series either becomes a detached instance (THIS,
    as calendars write RECURRENCE-ID) or moves the whole series by the same amount (ALL)."""
    delta = new_start - occurrence.start
    if occurrence.kind == TASK:
        task = services.tasks.get(occurrence.uid).data
        changes: dict[str, Any] = {"due_date": new_start.date()}
        if occurrence.has_time:
            changes.update(due_time=new_start.strftime("%H:%M"), timezone="")
        if task.reminder_at is not None:
            changes["reminder_at"] = task.reminder_at + delta
        return services.tasks.update(occurrence.uid, **changes).changes
    activities = services.activities
    data = activities.get(occurrence.uid).data
    if occurrence.all_day:
        delta = timedelta(days=delta.days + (1 if delta.seconds >= 12 * 3600 else 0))
    if not occurrence.recurring or occurrence.series_uid or scope == ALL:
        start, end = _shifted(data, delta)
        changes = {"occurred_at": start, "ends_at": end}
        if scope == ALL and not occurrence.series_uid:
            changes["rdates"] = tuple(_shift_moment(m, delta) for m in data.rdates)
            changes["exdates"] = tuple(_shift_moment(m, delta) for m in data.exdates)
        return activities.update(occurrence.uid, **changes).changes
    assert occurrence.instance_start is not None
    instance = occurrence.instance_start
    if isinstance(instance, datetime):
        original = instance
    else:
        original = datetime.combine(instance, time())
    length = (data.ends_at - data.occurred_at) if data.ends_at and data.occurred_at else timedelta(0)
    if occurrence.all_day or data.timezone == FLOATING:
        moved = original + delta
    else:
        moved = new_start.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    detached = replace(data, occurred_at=moved, ends_at=moved + length if data.ends_at else None, rrules=(),
                       rdates=(), exdates=(), recurrence_id=instance, this_and_future=False)
    return activities.log(detached, uid=f"{occurrence.uid}{INSTANCE_MARK}{instance.isoformat()}").changes


def _shifted(data: ActivityData, delta: timedelta) -> tuple[datetime, datetime | None]:
    """A meeting's start and end moved by a wall-clock `delta` in its own zone (so 09:00 stays 09:00 on the
    other side of a DST change)."""
    assert data.occurred_at is not None
    zone = None if data.all_day else zone_of(data.timezone, dump_extra(data.ical_extra))
    length = data.ends_at - data.occurred_at if data.ends_at is not None else None
    if zone is None:
        start = data.occurred_at + delta
    else:
        local = data.occurred_at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None) + delta
        start = local.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
    return start, start + length if length is not None else None


def _shift_moment(moment: datetime | date, delta: timedelta) -> datetime | date:
    if isinstance(moment, datetime):
        return moment + delta
    return moment + timedelta(days=delta.days)
