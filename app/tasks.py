"""Tasks: follow-ups with a due date (or date and time), priority, reminder and recurrence.

For iCalendar (schema 5) a task also keeps its parent (RELATED-TO), the time zone of its due time,
its alarms (VALARM) and the VTODO properties Rapport does not model, verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time
from typing import Any

import peewee
from dateutil.rrule import rrulestr

from app.activities import (
    Alarm,
    CalendarProperty,
    check_alarms,
    check_extra,
    dump_extra,
    load_extra,
    not_a_rule,
    read_alarms,
    timezone_problem,
    write_alarms,
)
from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.links import Link, check_links, read_links, write_links, write_many_links
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, find_row, ids_by_uid, overwrite, reject_unknown, stamp_new
from app.unit_of_work import Writer, captured
from app.validation import parse_date, parse_datetime, parse_time
from db.inserts import insert_rows
from db.models import Task, TaskLink

CHANGED = Changes(tasks=True)
STATUSES = ("needs-action", "in-process", "completed", "cancelled")
OPEN_STATUSES = ("needs-action", "in-process")
_UNTIL_UTC = re.compile(r"UNTIL=\d{8}T\d{6}Z", re.IGNORECASE)
# Kept VTODO properties that belong to one occurrence, not to the next one complete() makes.
_OCCURRENCE_ONLY = frozenset({"DTSTAMP", "SEQUENCE", "RECURRENCE-ID", "COMPLETED", "CREATED", "LAST-MODIFIED"})


@dataclass(frozen=True)
class TaskData:
    title: str = ""
    notes: str = ""
    due_date: date | None = None
    due_time: str = ""  # "HH:MM" or "" for a task due on a day
    priority: int = 0  # 0 none, 1 highest .. 9 lowest (iCalendar PRIORITY)
    status: str = "needs-action"
    percent_complete: int = 0
    reminder_at: datetime | None = None
    recurrence: str = ""  # RRULE body, e.g. "FREQ=WEEKLY;BYDAY=FR"
    links: tuple[Link, ...] = ()
    related_to: str = ""  # uid of the parent task (iCalendar RELATED-TO)
    timezone: str = ""  # of due_time: "" a wall-clock time where the user is, "UTC", or a zone
    alarms: tuple[Alarm, ...] = ()
    ical_extra: tuple[CalendarProperty, ...] = ()
    owner: str = ""  # who does it: a person of the office (app/office.py)


FIELD_NAMES = frozenset(f.name for f in fields(TaskData))


@dataclass(frozen=True)
class TaskRecord:
    meta: RecordMeta
    data: TaskData
    completed_at: datetime | None
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid


def next_due(rule: str, after: date) -> date | None:
    """The first date the rule gives after `after` (the rule starts on `after`)."""
    # dateutil wants a zone-aware start when UNTIL is in UTC, as calendars write it.
    start = datetime.combine(after, time(), tzinfo=UTC if _UNTIL_UTC.search(rule) else None)
    following = rrulestr(f"RRULE:{rule}", dtstart=start).after(start)
    return following.date() if following else None


class TaskService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    def get(self, uid: str, *, include_deleted: bool = False) -> TaskRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def count(self, *, open_only: bool = False) -> int:
        query = Task.select().where(Task.deleted_at.is_null())
        if open_only:
            query = query.where(Task.status.in_(OPEN_STATUSES))
        return int(query.count())

    def create(self, data: TaskData, *, uid: str | None = None) -> Result[TaskRecord]:
        clean = self.validate(data)
        with self._writer.write("New task") as op:
            row = Task.create(**stamp_new(self._clock, uid), **self._scalars(clean),
                              completed_at=self._clock.now() if clean.status == "completed" else None)
            write_links(TaskLink, "task", row.id, clean.links)
            write_alarms("task", row.id, clean.alarms)
            op.reindex("task", [row.id])
        return Result(self._record(row), CHANGED)

    def upsert_clean(self, uid: str, clean: TaskData, completed_at: datetime | None = None) -> tuple[str, int]:
        """Write data that validate() returned under `uid`, for importers: ("created" | "updated" |
        "unchanged", row id). `completed_at` is when the file says the task was done (None: keep what is
        known, or now). The search index is left to the caller; a task in the Trash comes back."""
        row: Task | None = Task.get_or_none(Task.uid == uid)
        if row is None:
            done = (completed_at or self._clock.now()) if clean.status == "completed" else None
            row = Task.create(**stamp_new(self._clock, uid), **self._scalars(clean), completed_at=done)
            if clean.links:
                write_links(TaskLink, "task", row.id, clean.links)
            write_alarms("task", row.id, clean.alarms, new=True)
            return "created", row.id
        done = None
        if clean.status == "completed":
            done = completed_at or row.completed_at or self._clock.now()
        if row.deleted_at is None and self._data(row) == clean and row.completed_at == done:
            return "unchanged", row.id
        overwrite(row, {**self._scalars(clean), "completed_at": done}, self._writer, "task")
        write_links(TaskLink, "task", row.id, clean.links)
        write_alarms("task", row.id, clean.alarms)
        return "updated", row.id

    def create_many(self, rows: list[tuple[str, TaskData, datetime | None]]) -> list[int]:
        """Write new tasks (uid, data that validate() returned, when done), none of which exists yet, in the
        caller's write, a few statements for all (as ActivityService.create_many). Returns their row ids."""
        if not rows:
            return []
        now = self._clock.now()
        values = [{"uid": uid, "created_at": now, "updated_at": now, "version": 1, **self._scalars(data),
                   "completed_at": (done or now) if data.status == "completed" else None} for uid, data, done in rows]
        insert_rows(Task, values)
        ids = ids_by_uid(Task, [uid for uid, _, _ in rows])
        write_many_links(TaskLink, "task", {ids[uid]: data.links for uid, data, _ in rows if data.links})
        for uid, data, _ in rows:
            if data.alarms:
                write_alarms("task", ids[uid], data.alarms, new=True)
        return [ids[uid] for uid, _, _ in rows]

    def find(self, uid: str) -> TaskRecord | None:
        """The task with this uid, in the Trash or not; None when there is none."""
        row: Task | None = Task.get_or_none(Task.uid == uid)
        return None if row is None else self._record(row)

    def all(self) -> list[TaskRecord]:
        """Every live task, by due date (undated last) (the calendar export)."""
        return self._records(Task.select().where(Task.deleted_at.is_null())
                             .order_by(Task.due_date.is_null(), Task.due_date, Task.due_time, Task.id))

    def update(self, uid: str, **changes: Any) -> Result[TaskRecord]:
        reject_unknown(changes, FIELD_NAMES, "a task")
        with self._writer.write("Edit task") as op:
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            if clean.status == "completed" and row.completed_at is None:
                row.completed_at = self._clock.now()
            elif clean.status != "completed":
                row.completed_at = None
            op.stamp("task", row)
            row.save()
            write_links(TaskLink, "task", row.id, clean.links)
            write_alarms("task", row.id, clean.alarms)
            op.reindex("task", [row.id])
        return Result(self._record(row), CHANGED)

    def complete(self, uid: str) -> Result[TaskRecord | None]:
        """Mark done. A recurring task makes its next occurrence, returned as the value."""
        with self._writer.write("Complete task"):
            current = self.get(uid)
            if current.data.status == "completed":
                return Result(None, Changes())  # done already: no second next occurrence
            self.update(uid, status="completed", percent_complete=100)
            data = current.data
            if not (data.recurrence and data.due_date):
                return Result(None, CHANGED)
            following = next_due(data.recurrence, data.due_date)
            if following is None:
                return Result(None, CHANGED)
            reminder = None
            if data.reminder_at is not None:
                reminder = data.reminder_at + (following - data.due_date)
            extra = tuple(p for p in data.ical_extra if p.name not in _OCCURRENCE_ONLY)
            upcoming = self.create(replace(data, due_date=following, reminder_at=reminder, status="needs-action",
                                           percent_complete=0, ical_extra=extra))
            self._carry_over(current.id, upcoming.value.id)
        return Result(upcoming.value, CHANGED)

    def _carry_over(self, done_id: int, next_id: int) -> None:
        """The next occurrence keeps what the task carried beside its fields: its tags, custom values and
        privacy (a new record: no version to grow, it is not synced yet)."""
        db = self._db
        db.execute_sql("INSERT OR IGNORE INTO tagging (tag_id, record_kind, record_id) SELECT tag_id, 'task', ?"
                       " FROM tagging WHERE record_kind = 'task' AND record_id = ?", (next_id, done_id))
        db.execute_sql("INSERT OR IGNORE INTO custom_value (field_id, record_id, value) SELECT v.field_id, ?, v.value"
                       " FROM custom_value v JOIN custom_field f ON f.id = v.field_id"
                       " WHERE f.record_kind = 'task' AND v.record_id = ?", (next_id, done_id))
        db.execute_sql("INSERT OR IGNORE INTO private_record (record_kind, record_id) SELECT 'task', ?"
                       " FROM private_record WHERE record_kind = 'task' AND record_id = ?", (next_id, done_id))

    def delete(self, uid: str) -> Result[TaskRecord]:
        return self._set_deleted(uid, self._clock.now())

    def restore(self, uid: str) -> Result[TaskRecord]:
        return self._set_deleted(uid, None)

    def overdue(self, today: date) -> list[TaskRecord]:
        return self._records(self._open().where(Task.due_date < today).order_by(Task.due_date, Task.due_time))

    def due_on(self, day: date) -> list[TaskRecord]:
        # Priority 1 is the highest; 0 means none and sorts last.
        query = self._open().where(Task.due_date == day)
        return self._records(query.order_by(Task.due_time, Task.priority == 0, Task.priority))

    def upcoming(self, today: date, *, limit: int = 200) -> list[TaskRecord]:
        query = self._open().where(Task.due_date > today).order_by(Task.due_date, Task.due_time).limit(limit)
        return self._records(query)

    def done(self, *, limit: int = 200) -> list[TaskRecord]:
        query = (Task.select().where(Task.deleted_at.is_null(), Task.status == "completed")
                 .order_by(Task.completed_at.desc()).limit(limit))
        return self._records(query)

    def reminders_due(self, until: datetime) -> list[TaskRecord]:
        """Open tasks whose reminder time has come (the UI shows them and then clears or snoozes)."""
        return self._records(self._open().where(Task.reminder_at <= until).order_by(Task.reminder_at))

    def validate(self, data: TaskData) -> TaskData:
        errors: list[FieldError] = []
        title = " ".join(data.title.split())
        if not title:
            errors.append(FieldError("title", said(QT_TRANSLATE_NOOP("Services", "a task needs a title"))))
        try:
            due_date = parse_date(data.due_date)
        except ValueError as exc:
            errors.append(FieldError("due_date", message_of(exc)))
            due_date = None
        try:
            due_time = parse_time(data.due_time)
        except ValueError as exc:
            errors.append(FieldError("due_time", message_of(exc)))
            due_time = ""
        if due_time and due_date is None and not any(e.field == "due_date" for e in errors):
            errors.append(FieldError("due_time", said(QT_TRANSLATE_NOOP("Services", "a due time needs a due date"))))
        try:
            reminder = parse_datetime(data.reminder_at)
        except ValueError as exc:
            errors.append(FieldError("reminder_at", message_of(exc)))
            reminder = None
        if not 0 <= data.priority <= 9:
            errors.append(FieldError("priority", said(
                QT_TRANSLATE_NOOP("Services", "priority goes from 0 (none) and 1 (highest) to 9 (lowest)"))))
        if data.status not in STATUSES:
            errors.append(FieldError("status", said(
                QT_TRANSLATE_NOOP("Services", "status is one of %1, not %2"), ", ".join(STATUSES), repr(data.status))))
        if not 0 <= data.percent_complete <= 100:
            errors.append(FieldError("percent_complete", said(
                QT_TRANSLATE_NOOP("Services", "percent complete goes from 0 to 100"))))
        recurrence = data.recurrence.strip().removeprefix("RRULE:")
        if recurrence:
            if due_date is None:
                errors.append(FieldError("recurrence", said(
                    QT_TRANSLATE_NOOP("Services", "a recurring task needs a due date to repeat from"))))
            else:
                try:
                    next_due(recurrence, due_date)
                except (ValueError, TypeError) as exc:
                    errors.append(FieldError("recurrence", not_a_rule(recurrence, exc)))
        check_links(data.links, errors)
        zone_problem = timezone_problem(data.timezone.strip(), data.ical_extra)
        if zone_problem:
            errors.append(FieldError("timezone", zone_problem))
        check_alarms(data.alarms, errors)
        check_extra("ical_extra", data.ical_extra, errors)
        if errors:
            raise ValidationError(errors)
        return replace(data, title=title, due_date=due_date, due_time=due_time, reminder_at=reminder,
                       recurrence=recurrence, related_to=data.related_to.strip(), timezone=data.timezone.strip(),
                       owner=" ".join(data.owner.split()))

    @staticmethod
    def _open() -> peewee.ModelSelect[Task]:
        return Task.select().where(Task.deleted_at.is_null(), Task.status.in_(OPEN_STATUSES))

    def _records(self, query: peewee.ModelSelect[Task]) -> list[TaskRecord]:
        return [self._record(r) for r in query]

    def _set_deleted(self, uid: str, when: datetime | None) -> Result[TaskRecord]:
        with self._writer.write("Delete or restore task") as op:
            row = self._row(uid, include_deleted=True)
            if (row.deleted_at is None) == (when is None):
                return Result(self._record(row), Changes())
            row.deleted_at = when
            op.stamp("task", row)
            row.save()
            op.reindex("task", [row.id])
        return Result(self._record(row), CHANGED)

    def _row(self, uid: str, *, include_deleted: bool = False) -> Task:
        row = find_row(Task, "task", uid, include_deleted=include_deleted)
        captured(self._writer, "task", row.id)
        return row

    @staticmethod
    def _scalars(data: TaskData) -> dict[str, Any]:
        return {
            "title": data.title, "notes": data.notes, "due_date": data.due_date, "due_time": data.due_time,
            "priority": data.priority, "status": data.status, "percent_complete": data.percent_complete,
            "reminder_at": data.reminder_at, "recurrence": data.recurrence,
            "related_to": data.related_to, "timezone": data.timezone, "ical_extra": dump_extra(data.ical_extra),
            "owner": data.owner,
        }

    def _data(self, row: Task) -> TaskData:
        return TaskData(
            title=row.title, notes=row.notes, due_date=row.due_date, due_time=row.due_time,
            priority=row.priority, status=row.status, percent_complete=row.percent_complete,
            reminder_at=row.reminder_at, recurrence=row.recurrence, links=read_links(TaskLink, "task", row.id),
            related_to=row.related_to, timezone=row.timezone, alarms=read_alarms("task", row.id),
            ical_extra=load_extra(row.ical_extra), owner=row.owner,
        )

    def _record(self, row: Task) -> TaskRecord:
        return TaskRecord(RecordMeta.of(row), self._data(row), row.completed_at, row.id)

