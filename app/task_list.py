"""The task lists of the Tasks view: Overdue, Today, Upcoming and Done, paged in SQL.

Each list is one query over `task` (filter and order in SQLite, LIMIT/OFFSET pages) joined to the
task's first linked record, so a row carries what the list shows: title, due, priority, repeat, and
the name of the contact, account or deal it concerns. "Today" is the caller's: the user's local date.
Undated open tasks come last in Upcoming, so nothing open is ever out of sight.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee

from app.office import spellings

_LIKE_SPECIAL = re.compile(r"[\\\\%_]")  # what LIKE reads as more than itself

OVERDUE, TODAY, UPCOMING, DONE = "overdue", "today", "upcoming", "done"
SECTIONS = (OVERDUE, TODAY, UPCOMING, DONE)
OPEN = "t.status IN ('needs-action', 'in-process')"

_WHERE = {
    OVERDUE: f"{OPEN} AND t.due_date < ?",
    TODAY: f"{OPEN} AND t.due_date = ?",
    UPCOMING: f"{OPEN} AND (t.due_date > ? OR t.due_date IS NULL)",
    DONE: "t.status = 'completed' AND ? IS NOT NULL",
}
# Within a day: timed tasks by time, then the rest; priority 1 is the highest and 0 means none.
_ORDER = {
    OVERDUE: "t.due_date, t.due_time = '', t.due_time, t.priority = 0, t.priority, t.id",
    TODAY: "t.due_time = '', t.due_time, t.priority = 0, t.priority, t.id",
    UPCOMING: "t.due_date IS NULL, t.due_date, t.due_time = '', t.due_time, t.id",
    DONE: "t.completed_at DESC, t.id DESC",
}
# The first record the task is linked to, and its name.
_LINKED = """
LEFT JOIN task_link l ON l.id = (SELECT min(id) FROM task_link WHERE task_id = t.id)
LEFT JOIN contact c ON c.id = l.contact_id
LEFT JOIN account a ON a.id = l.account_id
LEFT JOIN deal d ON d.id = l.deal_id
LEFT JOIN lead e ON e.id = l.lead_id
"""
_COLUMNS = """t.uid, t.title, t.due_date, t.due_time, t.priority, t.status, t.recurrence, t.completed_at,
t.reminder_at, CASE WHEN c.id IS NOT NULL THEN 'contact' WHEN a.id IS NOT NULL THEN 'account'
WHEN d.id IS NOT NULL THEN 'deal' WHEN e.id IS NOT NULL THEN 'lead' ELSE '' END,
coalesce(c.uid, a.uid, d.uid, e.uid, ''),
coalesce(c.display_name, a.name, d.title, nullif(e.name, ''), e.company, ''), t.owner"""


@dataclass(frozen=True)
class TaskRow:
    uid: str
    title: str
    due_date: date | None
    due_time: str  # "HH:MM" or ""
    priority: int
    status: str
    recurrence: str
    completed_at: datetime | None  # naive UTC
    reminder_at: datetime | None  # naive UTC
    related_kind: str  # contact | account | deal | ""
    related_uid: str
    related_name: str
    owner: str = ""  # a person of the office (app/office.py)

    @property
    def done(self) -> bool:
        return self.status == "completed"


class TaskListQuery:
    """Reads the lists; writes nothing (TaskService does)."""

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self._db = database
        self.owner = ""  # only the tasks of this person of the office ("" every task): the "Mine" filter

    def count(self, section: str, today: date, text: str = "") -> int:
        where = self._where(section)
        matching, words = _matching(text, self._owners())
        row = self._db.execute_sql(f"SELECT count(*) FROM task t {_LINKED} WHERE t.deleted_at IS NULL AND {where}"
                                   f"{matching}", [today.isoformat(), *words]).fetchone()
        return int(row[0])

    def counts(self, today: date, text: str = "") -> dict[str, int]:
        """Every list's size in one query (the view's tab labels), of the tasks `text` finds."""
        matching, words = _matching(text, self._owners())
        row = self._db.execute_sql(
            "SELECT " + ", ".join(f"sum(CASE WHEN {_WHERE[s]} THEN 1 ELSE 0 END)" for s in SECTIONS)
            + f" FROM task t {_LINKED} WHERE t.deleted_at IS NULL{matching}",
            [today.isoformat()] * len(SECTIONS) + words).fetchone()
        return {section: int(value or 0) for section, value in zip(SECTIONS, row, strict=True)}

    def page(self, section: str, today: date, *, offset: int = 0, limit: int = 200,
             text: str = "") -> list[TaskRow]:
        """A page of a list; `text`: only tasks whose title, notes or linked record's name hold each of its
        words (SQLite's LIKE: Latin letters in either case, others as typed)."""
        where = self._where(section)
        matching, words = _matching(text, self._owners())
        rows = self._db.execute_sql(
            f"SELECT {_COLUMNS} FROM task t {_LINKED} WHERE t.deleted_at IS NULL AND {where}{matching}"
            f" ORDER BY {_ORDER[section]} LIMIT ? OFFSET ?", [today.isoformat(), *words, limit, offset]).fetchall()
        return [_row(r) for r in rows]

    def _owners(self) -> list[str]:
        return spellings(self._db, self.owner) if self.owner else []

    @staticmethod
    def _where(section: str) -> str:
        if section not in _WHERE:
            raise ValueError(f"a task list is one of {', '.join(SECTIONS)}, not {section!r}")
        return _WHERE[section]


def _matching(text: str, owners: list[str]) -> tuple[str, list[str]]:
    """The SQL that keeps the tasks holding every word of `text` (and owned by one of `owners`, the ways a
    person's name is written, when there are any), and its parameters. The lists are a few hundred tasks:
    LIKE over them is instant, and a half-typed word matches as typed."""
    words = ["%" + _LIKE_SPECIAL.sub(r"\\\g<0>", word) + "%" for word in text.split()]
    clause = "t.title || ' ' || t.notes || ' ' || coalesce(c.display_name, a.name, d.title, '') LIKE ? ESCAPE '\\'"
    mine = " AND t.owner IN (SELECT value FROM json_each(?))" if owners else ""
    return "".join(f" AND {clause}" for _ in words) + mine, words + ([json.dumps(owners)] if owners else [])


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _row(values: tuple[Any, ...]) -> TaskRow:
    uid, title, due, due_time, priority, status, recurrence, completed, reminder, kind, related, name, owner = values
    return TaskRow(uid, title, _day(due), due_time or "", int(priority or 0), status, recurrence or "",
                   _moment(completed), _moment(reminder), kind, related, name, owner or "")
