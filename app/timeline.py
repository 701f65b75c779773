"""The timeline of a contact or an account: what happened with them, newest first.

One SQL query unites the sources and pages them (ORDER BY … LIMIT/OFFSET), so a contact with
thousands of activities opens with one page read:

- activities (calls, meetings, e-mails, notes) linked to the record; for an account also those linked
  to its contacts and to its deals;
- stage moves of the record's deals (a contact's: those naming the contact; an account's: its own), the
  first "move" being the deal's creation, and the deal being won or lost;
- tasks linked the same way as activities, once they are completed.

E-mails of one thread (mail_message.thread_id: the Message-ID the thread began with) are one entry: its
newest message, with how many the thread holds on this timeline (`in_thread`); `thread()` gives them all.

Entries carry data, not sentences: the UI words them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import peewee

from app.errors import NotFoundError
from app.validation import from_minor_units

ACTIVITY_KINDS = ("call", "meeting", "email", "note")
STAGE = "stage"  # a deal entered a stage (from `previous`, or created when previous is "")
WON = "won"
LOST = "lost"  # detail: the reason
TASK_DONE = "task"
TASK_OPEN = "todo"  # an open task, planned: shown above the history (TimelineService.planned)
KINDS = (*ACTIVITY_KINDS, STAGE, WON, LOST, TASK_DONE)
RECORD_KINDS = ("contact", "account", "lead")


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened. `uid` is the record it came from: an activity, a deal or a task."""

    kind: str  # one of KINDS
    when: datetime  # naive UTC
    title: str  # activity subject, deal title or task title ("" when the activity has none)
    detail: str  # activity outcome and text, the stage entered, the lost reason, or the task's notes
    uid: str
    previous: str = ""  # STAGE only: the stage left
    due: date | None = None  # TASK_OPEN only: the day it is due (None: no due date)
    due_time: str = ""  # TASK_OPEN only: "HH:MM" where the user is, or ""
    thread: str = ""  # an e-mail read from a mail store: the thread it belongs to
    in_thread: int = 1  # the newest e-mail of its thread: how many of the thread this timeline holds
    in_thread_of: str = ""  # an older e-mail of a thread, shown under its newest: that one's uid

    @property
    def source_kind(self) -> str:
        """The kind of record `uid` names."""
        if self.kind in ACTIVITY_KINDS:
            return "activity"
        return "task" if self.kind in (TASK_DONE, TASK_OPEN) else "deal"


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    more: bool  # older entries exist beyond this page


@dataclass(frozen=True)
class RelatedDeal:
    uid: str
    title: str
    stage: str
    status: str  # open | won | lost
    amount: Decimal | None
    currency: str


@dataclass(frozen=True)
class NextStep:
    """What is planned next for a record: an open task, or an activity still to come."""

    uid: str
    title: str
    due: date | None


# Row ids of what belongs to the record, by kind of record. `?` is the record's row id each time.
_CONTACT_SCOPE = {
    "activity": "SELECT activity_id FROM activity_link WHERE contact_id = ?",
    "task": "SELECT task_id FROM task_link WHERE contact_id = ?",
    "deal": "SELECT deal_id FROM deal_contact WHERE contact_id = ?",
}
_ACCOUNT_SCOPE = {
    "activity": (
        "SELECT activity_id FROM activity_link WHERE account_id = ?"
        " UNION SELECT l.activity_id FROM activity_link l JOIN contact_account ca ON ca.contact_id = l.contact_id"
        " JOIN contact c ON c.id = ca.contact_id WHERE ca.account_id = ? AND c.deleted_at IS NULL"
        " UNION SELECT l.activity_id FROM activity_link l JOIN deal d ON d.id = l.deal_id"
        " WHERE d.account_id = ? AND d.deleted_at IS NULL"
    ),
    "task": (
        "SELECT task_id FROM task_link WHERE account_id = ?"
        " UNION SELECT l.task_id FROM task_link l JOIN contact_account ca ON ca.contact_id = l.contact_id"
        " JOIN contact c ON c.id = ca.contact_id WHERE ca.account_id = ? AND c.deleted_at IS NULL"
        " UNION SELECT l.task_id FROM task_link l JOIN deal d ON d.id = l.deal_id"
        " WHERE d.account_id = ? AND d.deleted_at IS NULL"
    ),
    "deal": "SELECT id FROM deal WHERE account_id = ?",
}
# A lead's own history, and once qualified the deal it became.
_LEAD_SCOPE = {
    "activity": "SELECT activity_id FROM activity_link WHERE lead_id = ?",
    "task": "SELECT task_id FROM task_link WHERE lead_id = ?",
    "deal": "SELECT d.id FROM lead l JOIN deal d ON d.uid = l.deal_uid WHERE l.id = ?",
}

# Every branch yields: kind, moment, title, detail, uid, previous, tie-breaker, thread.
_UNION = """
SELECT a.kind AS kind, a.occurred_at AS moment, a.subject AS subject,
       CASE WHEN a.outcome <> '' AND a.text <> '' THEN a.outcome || char(10) || a.text
            ELSE a.outcome || a.text END AS detail,
       a.uid AS uid, '' AS previous, a.id * 10 AS tiebreak,
       CASE WHEN a.kind = 'email' THEN coalesce(m.thread_id, '') ELSE '' END AS thread
  FROM activity a LEFT JOIN mail_message m ON m.activity_id = a.id
 WHERE a.deleted_at IS NULL AND a.id IN ({activity})
UNION ALL
SELECT 'stage', h.changed_at, d.title, s.name, d.uid, coalesce(f.name, ''), h.id * 10 + 1, ''
  FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id JOIN stage s ON s.id = h.to_stage_id
  LEFT JOIN stage f ON f.id = h.from_stage_id
 WHERE d.deleted_at IS NULL AND d.id IN ({deal})
UNION ALL
SELECT d.status, d.closed_at, d.title, d.lost_reason, d.uid, '', d.id * 10 + 2, ''
  FROM deal d WHERE d.deleted_at IS NULL AND d.status IN ('won', 'lost') AND d.closed_at IS NOT NULL
   AND d.id IN ({deal})
UNION ALL
SELECT 'task', t.completed_at, t.title, t.notes, t.uid, '', t.id * 10 + 3, ''
  FROM task t WHERE t.deleted_at IS NULL AND t.status = 'completed' AND t.completed_at IS NOT NULL
   AND t.id IN ({task})
"""


class TimelineService:
    """Reads timelines; writes nothing (the record services do)."""

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self._db = database

    def page(self, record_kind: str, uid: str, *, limit: int = 50, offset: int = 0,
             kinds: tuple[str, ...] = ()) -> TimelinePage:
        """Entries `offset` .. `offset + limit` of the record's timeline, newest first; `kinds`
        (of KINDS) keeps only those kinds."""
        sql, params = self._query(record_kind, uid, kinds)
        rows = self._db.execute_sql(
            f"{_threads_as_one(sql)} ORDER BY moment DESC, tiebreak DESC LIMIT ? OFFSET ?",
            [*params, limit + 1, offset]).fetchall()
        entries = tuple(_entry(row) for row in rows[:limit])
        return TimelinePage(entries, len(rows) > limit)

    def thread(self, record_kind: str, uid: str, thread: str) -> tuple[TimelineEntry, ...]:
        """Every e-mail of one thread on the record's timeline, newest first."""
        sql, params = self._query(record_kind, uid, ("email",))
        rows = self._db.execute_sql(f"SELECT *, 1 FROM ({sql}) WHERE thread = ? ORDER BY moment DESC, tiebreak DESC",
                                    [*params, thread]).fetchall()
        return tuple(_entry(row) for row in rows)

    def planned(self, record_kind: str, uid: str) -> tuple[TimelineEntry, ...]:
        """The record's open tasks (TASK_OPEN), due first first and undated ones last: what the timeline
        shows above its history. `when` is when the task was made."""
        record_id, scope = self._scope(record_kind, uid)
        rows = self._db.execute_sql(
            "SELECT created_at, title, notes, uid, due_date, due_time FROM task WHERE deleted_at IS NULL"
            f" AND status IN ('needs-action', 'in-process') AND id IN ({scope['task']})"
            " ORDER BY due_date IS NULL, due_date, due_time = '', due_time, id",
            [record_id] * scope["task"].count("?"),
        ).fetchall()
        return tuple(
            TimelineEntry(TASK_OPEN, _moment(made), title or "", notes or "", task_uid,
                          due=due if isinstance(due, date) or due is None else date.fromisoformat(str(due)),
                          due_time=due_time or "")
            for made, title, notes, task_uid, due, due_time in rows
        )

    def count(self, record_kind: str, uid: str, *, kinds: tuple[str, ...] = ()) -> int:
        sql, params = self._query(record_kind, uid, kinds)
        return int(self._db.execute_sql(f"SELECT count(*) FROM ({_threads_as_one(sql)})", params).fetchone()[0])

    def deals(self, record_kind: str, uid: str) -> list[RelatedDeal]:
        """The live deals of the record (a contact's: those naming them), open ones first."""
        record_id, scope = self._scope(record_kind, uid)
        rows = self._db.execute_sql(
            "SELECT d.uid, d.title, s.name, d.status, d.amount_minor, d.currency FROM deal d"
            f" JOIN stage s ON s.id = d.stage_id WHERE d.deleted_at IS NULL AND d.id IN ({scope['deal']})"
            " ORDER BY d.status <> 'open', d.expected_close IS NULL, d.expected_close, d.id",
            [record_id] * scope["deal"].count("?"),
        ).fetchall()
        return [RelatedDeal(u, t, s, st, from_minor_units(a, c) if a is not None and c else None, c)
                for u, t, s, st, a, c in rows]

    def next_step(self, record_kind: str, uid: str, now: datetime | None = None) -> NextStep | None:
        """The open task due first (undated ones last) or, when `now` is given and it comes sooner, the
        meeting or call planned next (an activity still to come)."""
        planned = self.planned(record_kind, uid)
        task = NextStep(planned[0].uid, planned[0].title, planned[0].due) if planned else None
        if now is None:
            return task
        record_id, scope = self._scope(record_kind, uid)
        coming = self._db.execute_sql(
            "SELECT uid, coalesce(nullif(subject, ''), kind), occurred_at FROM activity WHERE deleted_at IS NULL"
            f" AND kind IN ('meeting', 'call') AND occurred_at > ? AND id IN ({scope['activity']})"
            " ORDER BY occurred_at, id LIMIT 1",  # (an e-mail dated ahead by its sender's clock is no plan)
            [now.replace(microsecond=0).isoformat(sep=" "), *[record_id] * scope["activity"].count("?")],
        ).fetchone()
        if coming is None:
            return task
        day = _moment(coming[2]).replace(tzinfo=UTC).astimezone().date()  # naive UTC → the user's day
        if task is not None and task.due is not None and task.due <= day:
            return task
        return NextStep(coming[0], coming[1], day)

    def _scope(self, record_kind: str, uid: str) -> tuple[int, dict[str, str]]:
        if record_kind not in RECORD_KINDS:
            raise ValueError(f"a timeline is of a contact, an account or a lead, not {record_kind!r}")
        found = self._db.execute_sql(
            f"SELECT id FROM {record_kind} WHERE uid = ? AND deleted_at IS NULL", (uid,)
        ).fetchone()
        if found is None:
            raise NotFoundError(record_kind, uid)
        scopes = {"contact": _CONTACT_SCOPE, "account": _ACCOUNT_SCOPE, "lead": _LEAD_SCOPE}
        return int(found[0]), scopes[record_kind]

    def _query(self, record_kind: str, uid: str, kinds: tuple[str, ...]) -> tuple[str, list[Any]]:
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"no timeline entries of kind {', '.join(sorted(unknown))}")
        record_id, scope = self._scope(record_kind, uid)
        sql = _UNION.format(**scope)
        # Each scope query holds its `?` as often as the record's id is used in it, in textual order.
        params: list[Any] = []
        for name in ("activity", "deal", "deal", "task"):
            params.extend([record_id] * scope[name].count("?"))
        if kinds:
            sql = f"SELECT * FROM ({sql}) WHERE kind IN ({', '.join('?' * len(kinds))})"
            params.extend(kinds)
        return sql, params


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _threads_as_one(sql: str) -> str:
    """The entries of `sql`, each thread of e-mails as its newest message with the thread's size (a row
    that is no e-mail of a thread is a group of its own: its tie-breaker is unique)."""
    return ("SELECT kind, moment, subject, detail, uid, previous, tiebreak, thread, size FROM ("
            " SELECT *, row_number() OVER (PARTITION BY grouped ORDER BY moment DESC, tiebreak DESC) AS place,"
            " count(*) OVER (PARTITION BY grouped) AS size FROM ("
            "  SELECT kind, moment, subject, detail, uid, previous, tiebreak, thread,"
            f"  CASE WHEN thread = '' THEN 'row' || tiebreak ELSE thread END AS grouped FROM ({sql})))"
            " WHERE place = 1")


def _entry(row: tuple[Any, ...]) -> TimelineEntry:
    kind, moment, title, detail, uid, previous, _, thread, size = row
    return TimelineEntry(kind, _moment(moment), title or "", detail or "", uid, previous or "",
                         thread=thread or "", in_thread=int(size))
