"""Activities: calls, meetings, e-mails and notes, linked to contacts, accounts and deals.

Meetings carry what iCalendar needs to round-trip (schema 5): an end, all-day flag, time zone,
location, recurrence (RRULE lines, RDATE/EXDATE lists, the RECURRENCE-ID of a detached instance),
SEQUENCE, alarms, and the properties Rapport does not model, kept verbatim. The Alarm and
CalendarProperty types here are shared with tasks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from dateutil.rrule import rrulestr

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, NotFoundError, ValidationError
from app.links import Link, check_links, read_all_links, read_links, read_links_of, write_links, write_many_links
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.records import RecordMeta, find_row, ids_by_uid, overwrite, record_model, reject_unknown, stamp_new
from app.unit_of_work import Writer, captured
from app.validation import parse_datetime
from db.inserts import insert_rows
from db.models import Activity, ActivityLink
from db.models import Alarm as AlarmRow

CHANGED = Changes(activities=True)
KINDS = ("call", "meeting", "email", "note")
# The `timezone` of a meeting: "" means UTC (every activity's times are naive UTC), FLOATING a
# wall-clock time in no zone (occurred_at then holds that wall clock), else an IANA zone name or a
# calendar's own TZID whose VTIMEZONE is kept in ical_extra.
FLOATING = "floating"
TRIGGER_RELATED = ("START", "END")
THIS_AND_FUTURE = ";RANGE=THISANDFUTURE"  # how the recurrence_id column marks RANGE=THISANDFUTURE
_UNTIL_UTC = re.compile(r"UNTIL=\d{8}T\d{6}Z", re.IGNORECASE)
_PROPERTY_NAME = re.compile(r"^(?:BEGIN:)?[A-Za-z0-9-]+$")

Params = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CalendarProperty:
    """An iCalendar property Rapport does not model, kept as it came so that export writes it back:
    the value still escaped, the parameters' values as written (quotes included). A name of the form
    "BEGIN:VTIMEZONE" holds a whole component (its unfolded text) instead of one property."""

    name: str
    value: str
    params: Params = ()

    @property
    def is_component(self) -> bool:
        return self.name.startswith("BEGIN:")

    def param(self, name: str) -> str | None:
        """A parameter's value without its quotes; None when absent."""
        for key, value in self.params:
            if key == name:
                return value.strip('"')
        return None


@dataclass(frozen=True)
class Alarm:
    """A VALARM: when (relative to the start or end, or at a moment) and what it does."""

    action: str = "DISPLAY"  # DISPLAY, AUDIO, EMAIL, or what the calendar wrote (Apple: NONE)
    trigger_minutes: int | None = None  # relative, negative = before
    trigger_related: str = "START"  # START or END (of the meeting; a task's due counts as END)
    trigger_at: datetime | None = None  # absolute, naive UTC
    description: str = ""
    extra: tuple[CalendarProperty, ...] = ()  # REPEAT, DURATION, ATTACH, X-... as they came


@dataclass(frozen=True)
class ActivityData:
    kind: str = "note"
    occurred_at: datetime | None = None  # naive UTC (see FLOATING); all-day: the date at 00:00; None: now
    duration_minutes: int | None = None
    subject: str = ""
    outcome: str = ""
    text: str = ""
    links: tuple[Link, ...] = ()
    ends_at: datetime | None = None  # like occurred_at; all-day: the day after the last, at 00:00
    all_day: bool = False
    timezone: str = ""  # "", FLOATING, an IANA zone or a kept VTIMEZONE's TZID
    location: str = ""
    rrules: tuple[str, ...] = ()  # RRULE bodies, e.g. "FREQ=WEEKLY;BYDAY=MO" (a calendar may give several)
    rdates: tuple[date | datetime, ...] = ()  # extra occurrences: dates, or naive UTC date-times
    exdates: tuple[date | datetime, ...] = ()  # excluded occurrences, likewise
    recurrence_id: date | datetime | None = None  # a detached instance: the start it replaces
    this_and_future: bool = False  # RECURRENCE-ID;RANGE=THISANDFUTURE
    sequence: int = 0
    alarms: tuple[Alarm, ...] = ()
    ical_extra: tuple[CalendarProperty, ...] = ()
    owner: str = ""  # the person of the office whose call, meeting, e-mail or note it was (app/office.py)


FIELD_NAMES = frozenset(f.name for f in fields(ActivityData))


@dataclass(frozen=True)
class ActivityRecord:
    meta: RecordMeta
    data: ActivityData
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid


class ActivityService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    def get(self, uid: str, *, include_deleted: bool = False) -> ActivityRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def count(self) -> int:
        return int(Activity.select().where(Activity.deleted_at.is_null()).count())

    def log(self, data: ActivityData, *, uid: str | None = None) -> Result[ActivityRecord]:
        """Log an activity here (the window, the command line): the user's own unless another owner is given."""
        if not data.owner.strip():
            from app.office import OfficeService

            data = replace(data, owner=OfficeService(self._writer, self._clock).me())
        clean = self.validate(data)
        with self._writer.write("Log activity") as op:
            row = Activity.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            write_links(ActivityLink, "activity", row.id, clean.links)
            write_alarms("activity", row.id, clean.alarms)
            op.reindex("activity", [row.id])
        return Result(self._record(row), CHANGED)

    def upsert_clean(self, uid: str, clean: ActivityData) -> tuple[str, int]:
        """Write data that validate() returned under `uid`, for importers: ("created" | "updated" |
        "unchanged", row id). The search index is left to the caller, which indexes a batch at once.
        An activity in the Trash that comes in again is brought back."""
        row: Activity | None = Activity.get_or_none(Activity.uid == uid)
        if row is None:
            row = Activity.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            if clean.links:
                write_links(ActivityLink, "activity", row.id, clean.links)
            write_alarms("activity", row.id, clean.alarms, new=True)
            return "created", row.id
        if row.deleted_at is None and self._data(row) == clean:
            return "unchanged", row.id
        overwrite(row, self._scalars(clean), self._writer, "activity")
        write_links(ActivityLink, "activity", row.id, clean.links)
        write_alarms("activity", row.id, clean.alarms)
        return "updated", row.id

    def create_many(self, rows: list[tuple[str, ActivityData]]) -> list[int]:
        """Write new activities (uid, data that validate() returned), none of which exists yet, in the
        caller's write: a few statements for all of them (a sync's first pull of an office's 20,000 calls and
        notes; one upsert_clean each took 7 ms). Returns their row ids, in order; the search index is the
        caller's."""
        if not rows:
            return []
        now = self._clock.now()
        values = [{"uid": uid, "created_at": now, "updated_at": now, "version": 1, **self._scalars(data)}
                  for uid, data in rows]
        insert_rows(Activity, values)
        ids = ids_by_uid(Activity, [uid for uid, _ in rows])
        write_many_links(ActivityLink, "activity", {ids[uid]: data.links for uid, data in rows if data.links})
        for uid, data in rows:
            if data.alarms:
                write_alarms("activity", ids[uid], data.alarms, new=True)
        return [ids[uid] for uid, _ in rows]

    def find(self, uid: str) -> ActivityRecord | None:
        """The activity with this uid, in the Trash or not; None when there is none."""
        row: Activity | None = Activity.get_or_none(Activity.uid == uid)
        return None if row is None else self._record(row)

    def all(self) -> list[ActivityRecord]:
        """Every live activity, by when it happened (the calendar export): their links and alarms read in one
        query each (one a record cost 0.8 ms: 39 s for 50,000 activities)."""
        links = read_all_links(ActivityLink, "activity")
        alarms = read_all_alarms("activity")
        query = Activity.select().where(Activity.deleted_at.is_null()).order_by(Activity.occurred_at, Activity.id)
        return [ActivityRecord(RecordMeta.of(r), self._data(r, links.get(r.id, ()), alarms.get(r.id, ())), r.id)
                for r in query]

    def meetings(self) -> list[ActivityRecord]:
        """Every live meeting, by start (the calendar export)."""
        query = Activity.select().where(Activity.kind == "meeting", Activity.deleted_at.is_null())
        return [self._record(r) for r in query.order_by(Activity.occurred_at, Activity.id)]

    def update(self, uid: str, **changes: Any) -> Result[ActivityRecord]:
        reject_unknown(changes, FIELD_NAMES, "an activity")
        with self._writer.write("Edit activity") as op:
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            op.stamp("activity", row)
            row.save()
            write_links(ActivityLink, "activity", row.id, clean.links)
            write_alarms("activity", row.id, clean.alarms)
            op.reindex("activity", [row.id])
        return Result(self._record(row), CHANGED)

    def delete(self, uid: str) -> Result[ActivityRecord]:
        return self._set_deleted(uid, self._clock.now())

    def restore(self, uid: str) -> Result[ActivityRecord]:
        return self._set_deleted(uid, None)

    def timeline(self, kind: str, uid: str, *, limit: int = 50, before: datetime | None = None) -> list[ActivityRecord]:
        """Activities linked to one contact, account or deal, newest first; page with `before`."""
        model = record_model(kind)
        target = model.get_or_none(model.uid == uid)
        if target is None:
            raise NotFoundError(kind, uid)
        query = (
            Activity.select()
            .join(ActivityLink, on=ActivityLink.activity == Activity.id)
            .where(getattr(ActivityLink, kind) == target.id, Activity.deleted_at.is_null())
        )
        if before is not None:
            query = query.where(Activity.occurred_at < before)
        rows = list(query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit))
        ids = [r.id for r in rows]  # their links and alarms in a query each, not a few per entry
        links, alarms = read_links_of(ActivityLink, "activity", ids), read_alarms_of("activity", ids)
        return [ActivityRecord(RecordMeta.of(r), self._data(r, links.get(r.id, ()), alarms.get(r.id, ())), r.id)
                for r in rows]

    def validate(self, data: ActivityData) -> ActivityData:
        data = replace(data, owner=" ".join(data.owner.split()))  # (as the row keeps it: no change to compare)
        errors: list[FieldError] = []
        if data.kind not in KINDS:
            errors.append(FieldError("kind", said(
                QT_TRANSLATE_NOOP("Services", "an activity is a call, meeting, email or note, not %1"),
                repr(data.kind))))
        try:
            occurred = parse_datetime(data.occurred_at) or self._clock.now()
        except ValueError as exc:
            errors.append(FieldError("occurred_at", message_of(exc)))
            occurred = None
        if data.duration_minutes is not None and data.duration_minutes < 0:
            errors.append(FieldError("duration_minutes", said(
                QT_TRANSLATE_NOOP("Services", "a duration cannot be negative"))))
        if data.kind == "note" and not (data.text.strip() or data.subject.strip()):
            errors.append(FieldError("text", said(QT_TRANSLATE_NOOP("Services", "a note needs some text"))))
        check_links(data.links, errors)
        ends = self._check_calendar_fields(data, occurred, errors)
        if errors:
            raise ValidationError(errors)
        if (ends is None and data.kind == "meeting" and not data.all_day and occurred is not None
                and data.duration_minutes is not None):
            # A meeting logged with its length: its end is known (the calendar and every export say so).
            ends = occurred + timedelta(minutes=data.duration_minutes)
        if data.all_day and occurred is not None:
            # An all-day meeting is its dates; a time of day would only shift it in other zones.
            occurred = datetime.combine(occurred.date(), time())
            ends = datetime.combine(ends.date(), time()) if ends is not None else None
        return replace(data, occurred_at=occurred, subject=data.subject.strip(), outcome=data.outcome.strip(),
                       ends_at=ends, location=data.location.strip(), timezone=data.timezone.strip(),
                       rrules=tuple(r.strip().removeprefix("RRULE:") for r in data.rrules))

    @staticmethod
    def _check_calendar_fields(data: ActivityData, occurred: datetime | None,
                               errors: list[FieldError]) -> datetime | None:
        try:
            ends = parse_datetime(data.ends_at)
        except ValueError as exc:
            errors.append(FieldError("ends_at", message_of(exc)))
            ends = None
        if ends is not None and occurred is not None and ends < occurred:
            errors.append(FieldError("ends_at", said(
                QT_TRANSLATE_NOOP("Services", "a meeting cannot end before it starts"))))
        zone_problem = timezone_problem(data.timezone.strip(), data.ical_extra)
        if zone_problem:
            errors.append(FieldError("timezone", zone_problem))
        for index, rule in enumerate(data.rrules):
            problem = rule_problem(rule.strip().removeprefix("RRULE:"))
            if problem:
                errors.append(FieldError(f"rrules[{index}]", problem))
        if data.sequence < 0:
            errors.append(FieldError("sequence", said(QT_TRANSLATE_NOOP("Services", "SEQUENCE cannot be negative"))))
        check_alarms(data.alarms, errors)
        check_extra("ical_extra", data.ical_extra, errors)
        return ends

    def _set_deleted(self, uid: str, when: datetime | None) -> Result[ActivityRecord]:
        with self._writer.write("Delete or restore activity") as op:
            row = self._row(uid, include_deleted=True)
            if (row.deleted_at is None) == (when is None):
                return Result(self._record(row), Changes())
            row.deleted_at = when
            op.stamp("activity", row)
            row.save()
            op.reindex("activity", [row.id])
        return Result(self._record(row), CHANGED)

    def _row(self, uid: str, *, include_deleted: bool = False) -> Activity:
        row = find_row(Activity, "activity", uid, include_deleted=include_deleted)
        captured(self._writer, "activity", row.id)
        return row

    @staticmethod
    def _scalars(data: ActivityData) -> dict[str, Any]:
        return {
            "kind": data.kind, "occurred_at": data.occurred_at, "duration_minutes": data.duration_minutes,
            "subject": data.subject, "outcome": data.outcome, "text": data.text,
            "ends_at": data.ends_at, "all_day": data.all_day, "timezone": data.timezone,
            "location": data.location, "rrule": "\n".join(data.rrules),
            "rdates": dump_moments(data.rdates), "exdates": dump_moments(data.exdates),
            "recurrence_id": _dump_recurrence_id(data.recurrence_id, data.this_and_future),
            "sequence": data.sequence, "ical_extra": dump_extra(data.ical_extra),
            "owner": " ".join(data.owner.split()),
        }

    def _data(self, row: Activity, links: tuple[Link, ...] | None = None,
              alarms: tuple[Alarm, ...] | None = None) -> ActivityData:
        recurrence_id, this_and_future = _load_recurrence_id(row.recurrence_id)
        return ActivityData(
            kind=row.kind, occurred_at=row.occurred_at, duration_minutes=row.duration_minutes,
            subject=row.subject, outcome=row.outcome, text=row.text,
            links=read_links(ActivityLink, "activity", row.id) if links is None else links,
            ends_at=row.ends_at, all_day=bool(row.all_day), timezone=row.timezone, location=row.location,
            rrules=tuple(r for r in row.rrule.split("\n") if r), rdates=load_moments(row.rdates),
            exdates=load_moments(row.exdates), recurrence_id=recurrence_id, this_and_future=this_and_future,
            sequence=row.sequence, alarms=read_alarms("activity", row.id) if alarms is None else alarms,
            ical_extra=load_extra(row.ical_extra), owner=row.owner,
        )

    def _record(self, row: Activity) -> ActivityRecord:
        return ActivityRecord(RecordMeta.of(row), self._data(row), row.id)


# --- calendar values shared with tasks ---------------------------------------------------------


@lru_cache(maxsize=1)
def iana_zones() -> frozenset[str]:
    """The IANA zone names this system knows (a set: ZoneInfo("localtime") would load too)."""
    return frozenset(available_timezones())


def kept_timezones(extra: Iterable[CalendarProperty]) -> dict[str, str]:
    """TZID -> VTIMEZONE text of the time zone definitions kept in ical_extra."""
    found: dict[str, str] = {}
    for prop in extra:
        if prop.name == "BEGIN:VTIMEZONE":
            match = re.search(r"^TZID(?::|;[^:\n]*:)(.*)$", prop.value, re.MULTILINE)
            if match:
                found[unescape_tzid(match.group(1))] = prop.value
    return found


def unescape_tzid(text: str) -> str:
    """A TZID as a VTIMEZONE writes it (TEXT: "Kuala Lumpur\\, Singapore") or as a parameter does."""
    return re.sub(r"\\([\\,;])", r"\1", text.strip().strip('"')).strip()


def timezone_problem(zone: str, extra: Iterable[CalendarProperty]) -> Said | None:
    """Why `zone` cannot be a meeting's or a task's time zone, or None when it can."""
    if zone in ("", FLOATING, "UTC") or zone in iana_zones() or zone in kept_timezones(extra):
        return None
    return said(QT_TRANSLATE_NOOP(
        "Services",
        "%1 is not a time zone Rapport knows (an IANA name such as Europe/Berlin) and no VTIMEZONE for it is kept"),
        repr(zone))


def rule_problem(rule: str) -> Said | None:
    """Why `rule` is not an RRULE body, or None when it is one."""
    # dateutil wants a zone-aware start when UNTIL is in UTC (and a naive one otherwise).
    start = datetime(2000, 1, 1, tzinfo=UTC if _UNTIL_UTC.search(rule) else None)
    try:
        rrulestr(f"RRULE:{rule}", dtstart=start)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        return not_a_rule(rule, exc)
    return None


def not_a_rule(rule: str, exc: Exception) -> Said:
    """What a recurrence rule that dateutil refused says (its reason stays dateutil's English)."""
    return said(QT_TRANSLATE_NOOP("Services", "%1 is not a recurrence rule: %2"), repr(rule), str(exc))


def check_alarms(alarms: tuple[Alarm, ...], errors: list[FieldError]) -> None:
    for index, alarm in enumerate(alarms):
        where = f"alarms[{index}]"
        if not alarm.action.strip():
            errors.append(FieldError(where, said(
                QT_TRANSLATE_NOOP("Services", "an alarm needs an action (DISPLAY, AUDIO, EMAIL)"))))
        if alarm.trigger_related not in TRIGGER_RELATED:
            errors.append(FieldError(where, said(
                QT_TRANSLATE_NOOP("Services", "an alarm is related to START or END, not %1"),
                repr(alarm.trigger_related))))
        kept_trigger = any(p.name == "TRIGGER" for p in alarm.extra)
        if sum((alarm.trigger_minutes is not None, alarm.trigger_at is not None, kept_trigger)) != 1:
            errors.append(FieldError(where, said(
                QT_TRANSLATE_NOOP("Services", "an alarm needs one trigger: minutes before or after, or a moment"))))
        check_extra(f"{where}.extra", alarm.extra, errors)


def check_extra(where: str, extra: tuple[CalendarProperty, ...], errors: list[FieldError]) -> None:
    for prop in extra:
        if not _PROPERTY_NAME.match(prop.name):
            errors.append(FieldError(where, said(
                QT_TRANSLATE_NOOP("Services", "%1 is not an iCalendar property name"), repr(prop.name))))
        if "\n" in prop.value and not prop.is_component:
            errors.append(FieldError(where, said(
                QT_TRANSLATE_NOOP("Services", "the value of %1 has a line break (it must stay escaped)"), prop.name)))


def dump_extra(extra: Iterable[CalendarProperty]) -> str:
    return json.dumps([[p.name, [list(kv) for kv in p.params], p.value] for p in extra], ensure_ascii=False)


def load_extra(text: str) -> tuple[CalendarProperty, ...]:
    return tuple(CalendarProperty(name, value, tuple((k, v) for k, v in params))
                 for name, params, value in json.loads(text or "[]"))


def dump_moments(moments: Iterable[date | datetime]) -> str:
    return json.dumps([m.isoformat() for m in moments])


def load_moments(text: str) -> tuple[date | datetime, ...]:
    return tuple(_moment(m) for m in json.loads(text or "[]"))


def _moment(text: str) -> date | datetime:
    return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)


def _dump_recurrence_id(moment: date | datetime | None, this_and_future: bool) -> str:
    if moment is None:
        return ""
    return moment.isoformat() + (THIS_AND_FUTURE if this_and_future else "")


def _load_recurrence_id(text: str) -> tuple[date | datetime | None, bool]:
    if not text:
        return None, False
    moment, _, range_ = text.partition(";")
    return _moment(moment), bool(range_)


def write_alarms(owner: str, owner_id: int, alarms: tuple[Alarm, ...], *, new: bool = False) -> None:
    """Replace the alarms of an activity or a task (`owner` "activity" or "task"); `new`: it has none yet."""
    if not new:
        AlarmRow.delete().where(getattr(AlarmRow, owner) == owner_id).execute()
    for position, alarm in enumerate(alarms):
        AlarmRow.create(**{owner: owner_id}, position=position, action=alarm.action,
                        trigger_minutes=alarm.trigger_minutes, trigger_related=alarm.trigger_related,
                        trigger_at=alarm.trigger_at, description=alarm.description, extra=dump_extra(alarm.extra))


def read_all_alarms(owner: str) -> dict[int, tuple[Alarm, ...]]:
    """Every alarm of every `owner` (activity or task) at once, by the owner's row id."""
    found: dict[int, list[Alarm]] = {}
    column = getattr(AlarmRow, owner)
    for r in AlarmRow.select().where(column.is_null(False)).order_by(column, AlarmRow.position, AlarmRow.id):
        found.setdefault(int(getattr(r, f"{owner}_id")), []).append(_alarm(r))
    return {owner_id: tuple(alarms) for owner_id, alarms in found.items()}


def _alarm(r: AlarmRow) -> Alarm:
    return Alarm(action=r.action, trigger_minutes=r.trigger_minutes, trigger_related=r.trigger_related,
                 trigger_at=r.trigger_at, description=r.description, extra=load_extra(r.extra))


def read_alarms(owner: str, owner_id: int) -> tuple[Alarm, ...]:
    rows = AlarmRow.select().where(getattr(AlarmRow, owner) == owner_id).order_by(AlarmRow.position, AlarmRow.id)
    return tuple(_alarm(r) for r in rows)


def read_alarms_of(owner: str, owner_ids: Sequence[int]) -> dict[int, tuple[Alarm, ...]]:
    """The alarms of these owners, in one query a chunk."""
    column = getattr(AlarmRow, owner)
    found: dict[int, list[Alarm]] = {}
    ids = list(dict.fromkeys(owner_ids))
    for start in range(0, len(ids), 500):
        rows = AlarmRow.select().where(column.in_(ids[start:start + 500])).order_by(
            column, AlarmRow.position, AlarmRow.id)
        for r in rows:
            found.setdefault(int(getattr(r, f"{owner}_id")), []).append(_alarm(r))
    return {owner_id: tuple(alarms) for owner_id, alarms in found.items()}
