"""The pipeline board's data: per stage, the open deals as cards, their count and totals.

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
whole 300 ms budget. The counting and summing run over every open deal, in an index of them.

What is ranked. Only the deals that can be among a column's first `CARD_CAP`: those with a step due by
today, and per stage the first unplanned ones by expected close, walked along an index (schema 32). A
column whose unplanned deals run out before the cap is ranked whole (`more`), as is a stage paged further.
Three statements whatever the number of stages: the stages, the cards, the counts and totals. Over the
million-contact demo (120,000 open deals) the board read 0.7 s when it ranked every open deal, 0.07 s now;
tests/unit/test_board.py checks the two ways agree, card for card, over random boards.
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


_TASK_STATE = (  # a task's next-step state: 0 overdue, 1 today, 3 later (NEXT_STATES' ranks)
    "CASE WHEN t.due_date IS NULL THEN 3"
    " WHEN t.due_date < :today OR (t.due_date = :today AND t.due_time <> '' AND t.due_time < :time) THEN 0"
    " WHEN t.due_date = :today THEN 1 ELSE 3 END"
)


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
    task_state = _TASK_STATE
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
# The steps due by today (an open task due today or before, a meeting or call still to come today) and their
# deals, whatever their stage: such a deal heads its column, before those with nothing planned. Its urgency
# and next day are those of these steps alone — its other steps are later, so they can lower neither.
_SOON_STEPS = (
    f"SELECT tl.deal_id AS id, {_TASK_STATE} AS state, t.due_date AS due"
    " FROM task t JOIN task_link tl ON tl.task_id = t.id"
    f" WHERE {_OPEN_TASK} AND t.due_date <= :today AND tl.deal_id IS NOT NULL"
    " UNION ALL SELECT al.deal_id, 1, date(a.occurred_at, 'localtime')"
    " FROM activity a JOIN activity_link al ON al.activity_id = a.id"
    " WHERE a.deleted_at IS NULL AND a.occurred_at >= :now AND a.occurred_at < :tomorrow AND al.deal_id IS NOT NULL"
)
# A stage's first `:cap` open deals with nothing planned, by expected close (undated last), walked along
# deal_open_order: the dated ones, then the undated. "Nothing planned" is the card query's own test: no
# open task linked, no activity linked still to come.
_NOTHING_PLANNED = (
    "NOT EXISTS (SELECT 1 FROM task_link tl JOIN task t ON t.id = tl.task_id"
    f" WHERE tl.deal_id = d.id AND {_OPEN_TASK})"
    " AND NOT EXISTS (SELECT 1 FROM activity_link al JOIN activity a ON a.id = al.activity_id"
    " WHERE al.deal_id = d.id AND a.occurred_at >= :now AND a.deleted_at IS NULL)"
)
_UNPLANNED = (
    "SELECT id FROM (SELECT d.id FROM deal d INDEXED BY deal_open_order WHERE d.stage_id = {stage}"
    " AND d.status = 'open' AND d.deleted_at IS NULL AND d.expected_close IS NOT NULL{owned} AND "
    + _NOTHING_PLANNED.replace("{", "{{").replace("}", "}}")
    + " ORDER BY d.expected_close, d.id LIMIT :cap)"
    " UNION ALL SELECT id FROM (SELECT d.id FROM deal d INDEXED BY deal_open_order WHERE d.stage_id = {stage}"
    " AND d.status = 'open' AND d.deleted_at IS NULL AND d.expected_close IS NULL{owned} AND "
    + _NOTHING_PLANNED.replace("{", "{{").replace("}", "}}")
    + " ORDER BY d.id LIMIT :cap)"
)
# Urgency codes in the query are ranks (0 overdue, 1 today, 2 none, 3 later): NEXT_STATES is in that order.


class BoardQuery:
    """Reads for the board and the deal detail; writes go through DealService and PipelineService."""

    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def load(self, pipeline_uid: str, cap: int = CARD_CAP, owner: str = "") -> Board:
        """Every stage of the pipeline in order, each with its first `cap` cards, count and totals (of the
        deals `owner` owns, when one is given: the "Mine" filter).

        Only the deals that can be among a column's first `cap` are ranked: those with a step due by today
        (`_SOON_STEPS`), which come first, and the first `cap` with nothing planned by expected close, which
        come next (`_UNPLANNED`, an index walk of `deal_open_order`). A column where these are fewer than it shows
        (its unplanned deals run out before `cap`: the rest are planned for later) is ranked whole. The
        counts and totals are summed from an index (`deal_open_money`). Over the million-contact demo's
        120,000 open deals this read 0.7 s when every open deal was ranked."""
        moment = _Moment.of(self._clock)
        owners = self._owners(owner)
        stages = self._db.execute_sql(
            "SELECT s.id, s.uid, s.name, s.position, s.probability FROM stage s JOIN pipeline p"
            " ON p.id = s.pipeline_id WHERE p.uid = ? ORDER BY s.position, s.id", (pipeline_uid,)).fetchall()
        if not stages:
            if not self._db.execute_sql("SELECT 1 FROM pipeline WHERE uid = ?", (pipeline_uid,)).fetchone():
                raise NotFoundError("pipeline", pipeline_uid)
            return Board(pipeline_uid, (), cap)
        stage_ids = ", ".join(str(int(stage[0])) for stage in stages)
        params = {"cap": cap, "now": moment.now_utc, "today": moment.today, "time": moment.time,
                  "tomorrow": moment.tomorrow_utc, "owner": owners}
        unplanned = " UNION ALL ".join(_UNPLANNED.format(stage=int(stage[0]), owned=_owned(owner))
                                       for stage in stages)
        sql = (
            f"WITH soon AS MATERIALIZED (SELECT id, min(state) AS urgency, min(due) AS next_due FROM ({_SOON_STEPS})"
            " GROUP BY id),"
            f" unplanned AS MATERIALIZED ({unplanned}),"
            " open_deals AS MATERIALIZED ("
            " SELECT d.id, d.stage_id, d.expected_close, soon.urgency, soon.next_due"
            " FROM soon JOIN deal d ON d.id = soon.id"
            f" WHERE +d.stage_id IN ({stage_ids}) AND d.status = 'open' AND d.deleted_at IS NULL{_owned(owner)}"
            " UNION ALL SELECT d.id, d.stage_id, d.expected_close, 2, NULL"
            " FROM unplanned JOIN deal d ON d.id = unplanned.id),"
            " ranked AS MATERIALIZED (SELECT *, row_number() OVER (PARTITION BY stage_id ORDER BY urgency,"
            f" coalesce(next_due, '{_NO_DATE}'), expected_close IS NULL, expected_close, id) AS rank FROM open_deals)"
            f" SELECT {_CARD_COLUMNS}{_CARDS_FROM} WHERE r.rank <= :cap"
        )
        cards: dict[int, list[Card]] = {}
        for row in self._db.execute_sql(sql, params):
            cards.setdefault(row[0], []).append(_card(row[1:]))
        totals: dict[int, list[tuple[str, int, int]]] = {}
        for stage_id, currency, count, total in self._db.execute_sql(
                "SELECT stage_id, currency, count(*), sum(amount_minor) FROM deal INDEXED BY deal_open_money"
                f" WHERE stage_id IN ({stage_ids}) AND status = 'open' AND deleted_at IS NULL"
                + _owned(owner).replace("d.owner", "owner") + " GROUP BY stage_id, currency", {"owner": owners}):
            totals.setdefault(stage_id, []).append((currency, count, total or 0))
        columns = []
        for stage_id, uid, name, position, probability in stages:
            sums = totals.get(stage_id, [])
            count = sum(n for _, n, _ in sums)
            money = tuple((cur, total) for cur, n, total in sorted(sums, key=lambda t: (-t[1], t[0])) if cur)
            stage_cards = sorted(cards.get(stage_id, []), key=lambda c: c.urgency)
            if len(stage_cards) < min(cap, count):
                # Its deals with nothing planned ran out: those planned for later follow; rank it whole.
                stage_cards = self.more(uid, None, cap, owner)
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

    def account_name(self, account_uid: str) -> str:
        """A live account's name, "" when it is gone or in the Trash (a deal's pane names its account:
        reading the whole account for it cost a deal's pane a sixth of its fill)."""
        row = self._db.execute_sql("SELECT name FROM account WHERE uid = ? AND deleted_at IS NULL",
                                   (account_uid,)).fetchone()
        return str(row[0]) if row else ""

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
