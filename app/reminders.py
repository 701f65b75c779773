"""Reminders: which alarms of tasks and meetings are due at a moment of the Clock, and what firing and
snoozing one writes. No Qt here; ui/reminders.py runs the timer and shows the notifications.

Sources: a task's own reminder (`reminder_at`), the VALARMs of tasks (relative to the due time) and of
meetings (relative to the start or end of each occurrence: recurring series are expanded), with the
DISPLAY or AUDIO action (an EMAIL alarm is a server's job; Apple writes NONE for "no alarm").

Fired state lives in the database, in fields that exist and sync, so an alarm never fires twice, not
after a restart and not on a second computer that syncs:
- a VALARM gets RFC 9074's ACKNOWLEDGED (UTC) in its kept properties: every trigger at or before it
  has been shown;
- a task's own reminder gets X-RAPPORT-REMINDER-ACK (UTC) in the task's kept VTODO properties
  (there is no VALARM row to carry ACKNOWLEDGED, and clearing `reminder_at` would lose the reminder of
  the next occurrence of a repeating task).
Snoozing is written the same way: a task's reminder moves; a VALARM is acknowledged and a snooze
alarm is added beside it (RFC 9074: an absolute trigger with RELATED-TO;RELTYPE=SNOOZE naming the
original alarm's UID), which is removed once it has fired.

Alarms missed while the computer slept are shown when it wakes, if they are at most LOOKBACK old
(and, for a meeting, while it has not ended); of a series, only the latest missed one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from app.activities import FLOATING, Alarm, CalendarProperty, load_extra
from app.calendar_view import CalendarQuery, zone_of
from app.services import Services

LOOKBACK = timedelta(hours=12)
HORIZON = timedelta(days=2)  # how far ahead next_at() looks
SHOWN_ACTIONS = ("DISPLAY", "AUDIO")
ACKNOWLEDGED = "ACKNOWLEDGED"
TASK_ACK = "X-RAPPORT-REMINDER-ACK"
REMINDER = "reminder"  # DueAlarm.source of a task's own reminder; VALARMs are "alarm:<position>"


@dataclass(frozen=True)
class DueAlarm:
    kind: str  # "task" or "meeting"
    uid: str  # the task, the meeting (or the detached instance) the alarm belongs to
    title: str
    at: datetime  # when it triggers, naive UTC
    starts: datetime | None  # the meeting's start / the task's due time, naive UTC; None: due on a day
    source: str  # REMINDER or "alarm:<position>"
    instance: str = ""  # the occurrence of a series (ISO of its original start), else ""
    ends: datetime | None = None  # a meeting's end, naive UTC
    location: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.uid}:{self.source}:{self.instance}:{self.at.isoformat()}"


def stamp(moment: datetime) -> str:
    return f"{moment.year:04d}" + moment.strftime("%m%dT%H%M%SZ")  # %Y drops the zeros of early years


def read_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text.strip().rstrip("Zz"), "%Y%m%dT%H%M%S")
    except ValueError:
        return None


def acknowledged(extra: tuple[CalendarProperty, ...], name: str = ACKNOWLEDGED) -> datetime | None:
    found = [read_stamp(p.value) for p in extra if p.name == name]
    moments = [m for m in found if m is not None]
    return max(moments) if moments else None


def is_snooze(alarm: Alarm) -> bool:
    return any(p.name == "RELATED-TO" and (p.param("RELTYPE") or "").upper() == "SNOOZE" for p in alarm.extra)


class ReminderService:
    """Reads due alarms and writes their fired and snoozed state, through the task and activity services."""

    def __init__(self, services: Services, zone: tzinfo) -> None:
        self._s = services
        self._db = services.store.database
        self._zone = zone

    # --- reading -----------------------------------------------------------------------------------

    def due(self, now: datetime) -> list[DueAlarm]:
        """Alarms to show at `now`: triggered, not yet acknowledged, not older than LOOKBACK (a meeting:
        not ended); for a series, the latest missed one only. Earliest first."""
        latest: dict[tuple[str, str, str], DueAlarm] = {}
        for alarm in self._alarms(now - LOOKBACK, now):
            if alarm.kind == "meeting" and alarm.ends is not None and alarm.at < alarm.ends < now:
                continue  # missed, and the meeting is over: no use now
            slot = (alarm.kind, alarm.uid, alarm.source)
            if slot not in latest or latest[slot].at < alarm.at:
                latest[slot] = alarm
        return sorted(latest.values(), key=lambda a: (a.at, a.title))

    def next_at(self, now: datetime) -> datetime | None:
        """When the next alarm after `now` triggers (within HORIZON), or None."""
        until = now + HORIZON
        # The tasks' own reminders only up to the first one still to show: two days of a large office's
        # reminders are thousands of rows (2,159 in the million-contact demo, 20–45 ms on the UI thread at
        # each start and each write of a task), and the next one is all the timer needs.
        upcoming = self._task_reminders(now, until, first_only=True)
        upcoming += self._task_alarms(now, until) + self._meeting_alarms(now, until)
        times = [a.at for a in upcoming if now < a.at <= until]
        return min(times) if times else None

    def _alarms(self, since: datetime, until: datetime) -> list[DueAlarm]:
        """Unacknowledged alarms triggering in (since, until]."""
        found = self._task_reminders(since, until)
        found += self._task_alarms(since, until)
        found += self._meeting_alarms(since, until)
        return [a for a in found if since < a.at <= until]

    def _task_reminders(self, since: datetime, until: datetime, *, first_only: bool = False) -> list[DueAlarm]:
        """The tasks' reminders in (since, until]; `first_only`: the earliest not yet acknowledged, read
        along the reminder_at index no further than it."""
        rows = self._db.execute_sql(
            "SELECT uid, title, due_date, due_time, timezone, reminder_at, ical_extra FROM task"
            " WHERE deleted_at IS NULL AND status IN ('needs-action', 'in-process')"
            " AND reminder_at > ? AND reminder_at <= ? ORDER BY reminder_at", (_text(since), _text(until)))
        found = []
        for uid, title, due, due_time, zone_name, reminder, extra in rows:
            at = _moment(reminder)
            if not since < at <= until:  # the text's range, as the datetimes compare
                continue
            done = acknowledged(load_extra(extra), TASK_ACK)
            if done is not None and done >= at:
                continue
            found.append(DueAlarm("task", uid, title, at, self._task_due(due, due_time, zone_name), REMINDER))
            if first_only:
                break
        return found

    # The alarm queries start from the alarms (CROSS JOIN: SQLite keeps that order): without statistics the
    # planner started from the meetings instead, 0.3 s over 2,000,000 activities at every reminder check on
    # the UI thread; from the alarms, 0.6 ms.
    def _task_alarms(self, since: datetime, until: datetime) -> list[DueAlarm]:
        rows = self._db.execute_sql(
            "SELECT t.uid, t.title, t.due_date, t.due_time, t.timezone, al.position, al.action, al.trigger_minutes,"
            " al.trigger_at, al.description, al.extra FROM alarm al CROSS JOIN task t ON t.id = al.task_id"
            " WHERE t.deleted_at IS NULL AND t.status IN ('needs-action', 'in-process')").fetchall()
        found = []
        for uid, title, due, due_time, zone_name, position, action, minutes, trigger_at, description, extra in rows:
            if action.upper() not in SHOWN_ACTIONS:
                continue
            starts = self._task_due(due, due_time, zone_name)
            if trigger_at is not None:
                at = _moment(trigger_at)
            elif minutes is not None and due is not None:
                base = starts or self._utc(datetime.combine(_day(due), time(9)))  # a day's task: 09:00 that day
                at = base + timedelta(minutes=minutes)
            else:
                continue
            done = acknowledged(load_extra(extra))
            if done is not None and done >= at:
                continue
            found.append(DueAlarm("task", uid, title or description, at, starts, f"alarm:{position}"))
        return found

    def _meeting_alarms(self, since: datetime, until: datetime) -> list[DueAlarm]:
        rows = self._db.execute_sql(
            "SELECT a.uid, a.subject, a.location, al.position, al.action, al.trigger_minutes, al.trigger_related,"
            " al.trigger_at, al.description, al.extra FROM alarm al CROSS JOIN activity a ON a.id = al.activity_id"
            " WHERE a.deleted_at IS NULL AND a.kind = 'meeting'").fetchall()
        by_uid: dict[str, list[tuple[Any, ...]]] = {}
        reach = timedelta(0)
        for row in rows:
            if row[4].upper() in SHOWN_ACTIONS:
                by_uid.setdefault(row[0], []).append(row)
                if row[5] is not None:
                    reach = max(reach, abs(timedelta(minutes=row[5])))
        if not by_uid:
            return []
        query = CalendarQuery(self._db, self._zone)
        first = self._local(since - reach - timedelta(days=1)).date()
        last = self._local(until + reach + timedelta(days=1)).date()
        found = []
        absolute_done: set[tuple[str, int]] = set()
        for occurrence in query.occurrences(first, last, tasks=False):
            for uid, subject, location, position, _, minutes, related, trigger_at, description, extra in by_uid.get(
                    occurrence.uid, ()):
                starts, ends = self._utc(occurrence.start), self._utc(occurrence.end)
                if trigger_at is not None:
                    if (uid, position) in absolute_done:
                        continue
                    absolute_done.add((uid, position))
                    at = _moment(trigger_at)
                elif minutes is not None:
                    at = (ends if related == "END" else starts) + timedelta(minutes=minutes)
                else:
                    continue
                done = acknowledged(load_extra(extra))
                if done is not None and done >= at:
                    continue
                instance = occurrence.instance_start.isoformat() if occurrence.instance_start is not None else ""
                found.append(DueAlarm("meeting", uid, subject or description, at, starts, f"alarm:{position}",
                                      instance, ends, location))
        return found

    # --- writing -----------------------------------------------------------------------------------

    def acknowledge(self, alarm: DueAlarm, now: datetime) -> None:
        """Mark the alarm (and every earlier trigger of it) as shown. A snooze alarm is removed."""
        if alarm.source == REMINDER:
            task = self._s.tasks.get(alarm.uid).data
            extra = tuple(p for p in task.ical_extra if p.name != TASK_ACK)
            self._s.tasks.update(alarm.uid, ical_extra=(*extra, CalendarProperty(TASK_ACK, stamp(now))))
            return
        alarms, update = self._alarms_of(alarm)
        position = int(alarm.source.partition(":")[2])
        if position >= len(alarms):
            return
        if is_snooze(alarms[position]):
            update(alarms[:position] + alarms[position + 1:])
            return
        update(_with_ack(alarms, position, now))

    def snooze(self, alarm: DueAlarm, now: datetime, minutes: int) -> datetime:
        """Show the alarm again `minutes` from `now`; returns when."""
        until = now + timedelta(minutes=minutes)
        if alarm.source == REMINDER:
            self._s.tasks.update(alarm.uid, reminder_at=until)
            return until
        alarms, update = self._alarms_of(alarm)
        position = int(alarm.source.partition(":")[2])
        if position >= len(alarms):
            return until
        original = alarms[position]
        if is_snooze(original):  # snoozed again: move the snooze alarm
            update((*alarms[:position], replace(original, trigger_at=until), *alarms[position + 1:]))
            return until
        uid = next((p.value for p in original.extra if p.name == "UID"), "")
        if not uid:
            uid = str(uuid.uuid4())
            original = replace(original, extra=(*original.extra, CalendarProperty("UID", uid)))
        acked = _with_ack((*alarms[:position], original, *alarms[position + 1:]), position, now)
        snoozer = Alarm(action="DISPLAY", trigger_at=until, description=alarm.title,
                        extra=(CalendarProperty("RELATED-TO", uid, (("RELTYPE", "SNOOZE"),)),))
        update((*acked, snoozer))
        return until

    def _alarms_of(self, alarm: DueAlarm) -> tuple[tuple[Alarm, ...], Any]:
        if alarm.kind == "task":
            alarms = self._s.tasks.get(alarm.uid).data.alarms
            return alarms, lambda new: self._s.tasks.update(alarm.uid, alarms=tuple(new))
        alarms = self._s.activities.get(alarm.uid).data.alarms
        return alarms, lambda new: self._s.activities.update(alarm.uid, alarms=tuple(new))

    # --- time ----------------------------------------------------------------------------------------

    def _task_due(self, due: Any, due_time: str, zone_name: str) -> datetime | None:
        if due is None or not due_time:
            return None
        wall = datetime.combine(_day(due), time.fromisoformat(due_time))
        if zone_name and zone_name != FLOATING:
            zone = zone_of(zone_name) or self._zone
            return wall.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
        return self._utc(wall)

    def _utc(self, wall: datetime) -> datetime:
        return wall.replace(tzinfo=self._zone).astimezone(UTC).replace(tzinfo=None)

    def _local(self, utc: datetime) -> datetime:
        return utc.replace(tzinfo=UTC).astimezone(self._zone).replace(tzinfo=None)


def _with_ack(alarms: tuple[Alarm, ...], position: int, now: datetime) -> tuple[Alarm, ...]:
    alarm = alarms[position]
    extra = tuple(p for p in alarm.extra if p.name != ACKNOWLEDGED)
    acked = replace(alarm, extra=(*extra, CalendarProperty(ACKNOWLEDGED, stamp(now))))
    return (*alarms[:position], acked, *alarms[position + 1:])


def _text(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
