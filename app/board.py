"""The pipeline board's data: per stage, the open deals as cards, their count and totals, in one query.

A card carries what the board shows without another look-up: title, account, amount (minor units and
currency), expected close, whole days in the current stage, owner, and the state of the deal's next step.

Next step. The open tasks linked to the deal and its activities still to come (a meeting booked for
later) are its planned steps. Their most urgent one gives the state, relative to the Clock in the
user's local time (task due dates are local dates, activity times naive UTC):
  overdue  an open task due before today, or due today at a time that has passed;
  today    a task due today (later today, or with no time) or an activity later today;
  later    a task due after today, a task with no due date, or an activity after today;
  none     nothing planned: the deal needs a next step.

Order within a column ("sort by urgency", UI.md 4): overdue, today, none, later; then the earliest
next step, then the earliest expected close. Deals with nothing planned come before "later" because
they need an action now (scheduling one), while a deal whose next step is next week needs none.

Cap. A column shows at most `CARD_CAP` cards; the count and totals always cover every open deal of the
stage and `Column.hidden` says how many more there are. With the sample's 20,000 deals a stage holds
about 2,000 open ones: nobody scrolls through those on a board (the List view, sorted and filtered in
SQL, is the place for them), and building, painting and keeping 10,000 cards would cost more than the
whole 300 ms budget. The ranking, counting and summing still run over every open deal, in SQLite.

One statement. Stages, per-currency totals and the ranked cards come back as one UNION ALL, tagged in
its first column, so a board load is a single round trip whatever the number of stages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import peewee

from app.clock import Clock
from app.contacts import FIRST_EMAIL, FIRST_PHONE
from app.errors import NotFoundError
from app.office import spellings

CARD_CAP = 100
ROTTING_DAYS = 30  # a deal idle this long in one stage is tinted on the board (Pipedrive's "rotting")
NEXT_STATES = ("overdue", "today", "none", "later")  # in order of urgency
_OPEN_TASK = "t.deleted_at IS NULL AND t.status IN ('needs-action', 'in-process')"
_NO_DATE = "9999-12-31"

_STAGE, _TOTAL, _CARD = 0, 1, 2


@dataclass(frozen=True)
class Card:
    uid: str
    title: str
    account_uid: str | None
    account_name: str
    amount_minor: int | None
    currency: str
    expected_close: date | None
    days_in_stage: int
    owner: str
    next_state: str  # one of NEXT_STATES
    next_due: date | None  # the day of the most urgent next step; None when nothing is planned
    probability: int  # the deal's own, else its stage's
    urgency: tuple[Any, ...]  # the column's sort key: lower first

    @property
    def rotting(self) -> bool:
        return self.days_in_stage >= ROTTING_DAYS


@dataclass(frozen=True)
class Column:
    stage_uid: str
    name: str
    position: int
    probability: int
    count: int  # every open deal in the stage, shown or not
    totals: tuple[tuple[str, int], ...]  # (currency, sum in minor units), the most deals first
    cards: tuple[Card, ...]

    @property
    def hidden(self) -> int:
        return self.count - len(self.cards)


@dataclass(frozen=True)
class Board:
    pipeline_uid: str
    columns: tuple[Column, ...]
    cap: int

    @property
    def count(self) -> int:
        return sum(c.count for c in self.columns)


@dataclass(frozen=True)
class Person:
    uid: str
    name: str
    role: str
    email: str = ""  # the contact's first (preferred) address and number, to write to or call
    phone: str = ""


@dataclass(frozen=True)
class TaskLine:
    uid: str
    title: str
    due_date: date | None
    due_time: str
    done: bool
    state: str  # next-step state of this task (overdue/today/later), "done" when closed


@dataclass(frozen=True)
class _Moment:
    """The Clock's now, in the forms the query compares with."""

    now_utc: str
    today: str  # local date
    time: str  # local "HH:MM"
    tomorrow_utc: str  # the start of tomorrow (local) in UTC

    @classmethod
    def of(cls, clock: Clock) -> _Moment:
        now = clock.now().replace(microsecond=0)
        local = now.replace(tzinfo=UTC).astimezone()
        midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), local.tzinfo)
        tomorrow = midnight.astimezone(UTC).replace(tzinfo=None)
        return cls(_ts(now), local.date().isoformat(), local.strftime("%H:%M"), _ts(tomorrow))


def _ts(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _owned(owner: str) -> str:
    """The condition that keeps one person's deals (the query's :owner, a JSON list of the ways it is
    written: app.office.spellings), or none."""
    return " AND d.owner IN (SELECT value FROM json_each(:owner))" if owner else ""


def _card_sql(scope: str, *, few: bool = False) -> str:
    """Open deals of `scope` (a WHERE over deal d) with everything a card shows and its rank in its stage.

    For a whole pipeline (`few` false) the next steps are read from their side, which is far smaller
    than the deals: the tasks linked to any deal, and the activities still to come (a range of the
    occurred_at index); CROSS JOIN keeps SQLite to that order rather than probing per deal. For one
    deal or stage (`few`), the links of those deals are looked up instead.
    """
    join = "JOIN" if few else "CROSS JOIN"
    task_deals = "tl.deal_id IN (SELECT id FROM open_deals)" if few else "tl.deal_id IS NOT NULL"
    activity_deals = "al.deal_id IN (SELECT id FROM open_deals)" if few else "al.deal_id IS NOT NULL"
    task_state = (
        "CASE WHEN t.due_date IS NULL THEN 3"
        " WHEN t.due_date < :today OR (t.due_date = :today AND t.due_time <> '' AND t.due_time < :time) THEN 0"
        " WHEN t.due_date = :today THEN 1 ELSE 3 END"
    )
    return f"""
    open_deals AS MATERIALIZED (
        SELECT d.id, d.stage_id, d.amount_minor, d.currency, d.expected_close FROM deal d
        WHERE {scope} AND d.status = 'open' AND d.deleted_at IS NULL),
    next_task AS MATERIALIZED (
        SELECT tl.deal_id, min({task_state}) AS state, min(coalesce(t.due_date, '{_NO_DATE}')) AS due
        FROM task_link tl {join} task t ON t.id = tl.task_id
        WHERE {task_deals} AND {_OPEN_TASK}
        GROUP BY tl.deal_id),
    next_activity AS MATERIALIZED (
        SELECT al.deal_id, min(CASE WHEN a.occurred_at < :tomorrow THEN 1 ELSE 3 END) AS state,
               min(a.occurred_at) AS due
        FROM activity a {join} activity_link al ON al.activity_id = a.id
        WHERE a.occurred_at >= :now AND a.deleted_at IS NULL AND {activity_deals}
        GROUP BY al.deal_id),
    ranked AS MATERIALIZED (
        SELECT *, row_number() OVER (
            PARTITION BY stage_id
            ORDER BY urgency, coalesce(next_due, '{_NO_DATE}'), expected_close IS NULL, expected_close, id
        ) AS rank
        FROM (SELECT o.*, coalesce(nullif(min(coalesce(nt.state, 9), coalesce(na.state, 9)), 9), 2) AS urgency,
                     nullif(min(coalesce(nt.due, '{_NO_DATE}'), coalesce(date(na.due, 'localtime'), '{_NO_DATE}')),
                            '{_NO_DATE}') AS next_due
              FROM open_deals o
              LEFT JOIN next_task nt ON nt.deal_id = o.id
              LEFT JOIN next_activity na ON na.deal_id = o.id))
    """


# Only the ranking looks at every open deal; what a card shows is read for the cards shown.
_CARD_COLUMNS = (
    "r.stage_id, d.uid, d.title, ac.uid, coalesce(ac.name, ''), d.amount_minor, d.currency, d.expected_close,"
    " CAST(julianday(:now) - julianday(d.stage_entered_at) AS INTEGER), d.owner,"
    " coalesce(d.probability, s.probability), r.urgency, r.next_due, r.rank, d.id"
)
_CARDS_FROM = (
    " FROM ranked r JOIN deal d ON d.id = r.id JOIN stage s ON s.id = d.stage_id"
    " LEFT JOIN account ac ON ac.id = d.account_id AND ac.deleted_at IS NULL"
)
# Urgency codes in the query are ranks (0 overdue, 1 today, 2 none, 3 later): NEXT_STATES is in that order.


class BoardQuery:
    """Reads for the board and the deal detail; writes go through DealService and PipelineService."""

    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def load(self, pipeline_uid: str, cap: int = CARD_CAP, owner: str = "") -> Board:
        """Every stage of the pipeline in order, each with its first `cap` cards, count and totals (of the
        deals `owner` owns, when one is given: the "Mine" filter)."""
        moment = _Moment.of(self._clock)
        pad = ", NULL" * 10  # stage and total rows padded to the card rows' 16 columns
        sql = (
            "WITH stages AS MATERIALIZED (SELECT s.id, s.uid, s.name, s.position, s.probability FROM stage s"
            " JOIN pipeline p ON p.id = s.pipeline_id WHERE p.uid = :pipeline),"
            + _card_sql("d.stage_id IN (SELECT id FROM stages)" + _owned(owner))
            + f" SELECT {_STAGE}, id, uid, name, position, probability{pad} FROM stages"
            f" UNION ALL SELECT {_TOTAL}, stage_id, currency, count(*), sum(amount_minor), NULL{pad}"
            " FROM open_deals GROUP BY stage_id, currency"
            f" UNION ALL SELECT {_CARD}, {_CARD_COLUMNS}{_CARDS_FROM} WHERE r.rank <= :cap"
        )
        params = {"pipeline": pipeline_uid, "cap": cap, "now": moment.now_utc, "today": moment.today,
                  "time": moment.time, "tomorrow": moment.tomorrow_utc, "owner": self._owners(owner)}
        stages: list[tuple[int, str, str, int, int]] = []
        totals: dict[int, list[tuple[str, int, int]]] = {}
        cards: dict[int, list[Card]] = {}
        for row in self._db.execute_sql(sql, params):
            kind = row[0]
            if kind == _STAGE:
                stages.append((row[1], row[2], row[3], row[4], row[5]))
            elif kind == _TOTAL:
                totals.setdefault(row[1], []).append((row[2], row[3], row[4] or 0))
            else:
                cards.setdefault(row[1], []).append(_card(row[2:]))
        if not stages and not self._db.execute_sql("SELECT 1 FROM pipeline WHERE uid = ?", (pipeline_uid,)).fetchone():
            raise NotFoundError("pipeline", pipeline_uid)
        columns = []
        for stage_id, uid, name, position, probability in sorted(stages, key=lambda s: (s[3], s[0])):
            sums = totals.get(stage_id, [])
            count = sum(n for _, n, _ in sums)
            money = tuple((cur, total) for cur, n, total in sorted(sums, key=lambda t: (-t[1], t[0])) if cur)
            stage_cards = sorted(cards.get(stage_id, []), key=lambda c: c.urgency)
            columns.append(Column(uid, name, position, probability, count, money, tuple(stage_cards)))
        return Board(pipeline_uid, tuple(columns), cap)

    def card(self, deal_uid: str, owner: str = "") -> Card | None:
        """One open deal's card as the board would show it; None when the deal is closed or gone (or, with
        `owner`, is not that person's)."""
        moment = _Moment.of(self._clock)
        sql = "WITH " + _card_sql("d.uid = :uid" + _owned(owner), few=True) + f" SELECT {_CARD_COLUMNS}{_CARDS_FROM}"
        row = self._db.execute_sql(sql, {"uid": deal_uid, "now": moment.now_utc, "today": moment.today,
                                         "time": moment.time, "tomorrow": moment.tomorrow_utc,
                                         "owner": self._owners(owner)}).fetchone()
        return None if row is None else _card(row[1:])

    def more(self, stage_uid: str, after: Card | None, limit: int = CARD_CAP, owner: str = "") -> list[Card]:
        """The stage's next `limit` cards after `after` (by urgency; None: from the start). Paged by the
        sort key rather than an offset, so cards moved in or out meanwhile neither repeat nor go missing."""
        moment = _Moment.of(self._clock)
        key = after.urgency if after is not None else (-1, "", 0, "", 0)
        sql = (
            "WITH " + _card_sql("d.stage_id = (SELECT id FROM stage WHERE uid = :stage)" + _owned(owner), few=True)
            + f" SELECT {_CARD_COLUMNS}{_CARDS_FROM}"
            " WHERE (r.urgency, coalesce(r.next_due, :no_date), r.expected_close IS NULL,"
            " coalesce(r.expected_close, ''), r.id) > (:k0, :k1, :k2, :k3, :k4) ORDER BY r.rank LIMIT :limit"
        )
        params = {"stage": stage_uid, "no_date": _NO_DATE, "limit": limit, "now": moment.now_utc,
                  "today": moment.today, "time": moment.time, "tomorrow": moment.tomorrow_utc,
                  "k0": key[0], "k1": key[1], "k2": int(key[2]), "k3": key[3], "k4": key[4],
                  "owner": self._owners(owner)}
        return [_card(row[1:]) for row in self._db.execute_sql(sql, params)]

    def _owners(self, owner: str) -> str:
        return json.dumps(spellings(self._db, owner)) if owner else "[]"

    def stage_deal_counts(self, pipeline_uid: str) -> dict[str, int]:
        """Deals in each stage of the pipeline, open or closed (a stage with any cannot be removed)."""
        rows = self._db.execute_sql(
            "SELECT s.uid, count(d.id) FROM stage s JOIN pipeline p ON p.id = s.pipeline_id"
            " LEFT JOIN deal d ON d.stage_id = s.id WHERE p.uid = ? GROUP BY s.id", (pipeline_uid,))
        return {uid: int(count) for uid, count in rows}

    def lost_reasons(self, limit: int = 20) -> list[str]:
        """Reasons given before, the most used first, to offer when a deal is lost."""
        rows = self._db.execute_sql(
            "SELECT lost_reason FROM deal WHERE status = 'lost' AND lost_reason <> '' AND deleted_at IS NULL"
            " GROUP BY lost_reason ORDER BY count(*) DESC, lost_reason LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def people(self, deal_uid: str) -> list[Person]:
        """The deal's contacts, in the order they were added, with their role in the deal."""
        rows = self._db.execute_sql(
            "SELECT c.uid, c.display_name, dc.role, " + FIRST_EMAIL + ", " + FIRST_PHONE +
            " FROM deal_contact dc JOIN deal d ON d.id = dc.deal_id"
            " JOIN contact c ON c.id = dc.contact_id WHERE d.uid = ? AND c.deleted_at IS NULL ORDER BY dc.id",
            (deal_uid,))
        return [Person(uid, name, role, email or "", phone or "") for uid, name, role, email, phone in rows]

    def tasks(self, deal_uid: str, limit: int = 50) -> list[TaskLine]:
        """Tasks linked to the deal: open ones first by due date (undated last), then done ones, newest first."""
        moment = _Moment.of(self._clock)
        rows = self._db.execute_sql(
            "SELECT t.uid, t.title, t.due_date, t.due_time, t.status IN ('completed', 'cancelled')"
            " FROM task t JOIN task_link tl ON tl.task_id = t.id JOIN deal d ON d.id = tl.deal_id"
            " WHERE d.uid = ? AND t.deleted_at IS NULL"
            " ORDER BY t.status IN ('completed', 'cancelled'), t.due_date IS NULL,"
            " CASE WHEN t.status IN ('completed', 'cancelled') THEN NULL ELSE t.due_date END,"
            " t.due_time, t.completed_at DESC, t.id LIMIT ?", (deal_uid, limit))
        result = []
        for uid, title, due, due_time, done in rows:
            due_date = date.fromisoformat(due) if due else None
            if done:
                state = "done"
            elif due is None or due > moment.today:
                state = "later"
            elif due < moment.today or (due_time and due_time < moment.time):
                state = "overdue"
            else:
                state = "today"
            result.append(TaskLine(uid, title, due_date, due_time, bool(done), state))
        return result


def _card(row: tuple[Any, ...]) -> Card:
    (uid, title, account_uid, account_name, amount, currency, expected, days, owner, probability, urgency,
     next_due, _rank, deal_id) = row
    expected_close = date.fromisoformat(expected) if expected else None
    return Card(
        uid=uid, title=title, account_uid=account_uid, account_name=account_name, amount_minor=amount,
        currency=currency, expected_close=expected_close, days_in_stage=max(0, int(days)), owner=owner,
        next_state=NEXT_STATES[urgency], next_due=date.fromisoformat(next_due) if next_due else None,
        probability=int(probability),
        urgency=(urgency, next_due or _NO_DATE, expected is None, expected or "", deal_id),
    )
