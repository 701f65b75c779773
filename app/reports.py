"""Reports beyond the dashboard, each one SQL statement over the deals or the activities of a period:

- won_and_lost(by): deals won and lost in the period (by the day they closed, local time), grouped by owner,
  lead source, stage (the stage they closed in) or month; the won amounts per currency and, with a home
  currency, added up at the rate of each deal's closing day; the win rate; the average and the median days
  from a deal's making to its win (time to close).
- activities(by): calls, meetings, e-mails and notes of the period by kind, owner (schema 30: whoever logged
  it; "" for those from before), month or week.

Reads only; the command line prints them as a table, CSV or JSON (cli/report_commands.py).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import peewee

from app.currencies import home_currency, home_minor, rate_sql
from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP, said

DEAL_GROUPS = {
    "owner": "d.owner",
    "source": "d.lead_source",
    # with its pipeline's name: two pipelines may both have a "Lead"
    "stage": "(SELECT p.name FROM pipeline p WHERE p.id = closed_stage.pipeline_id) || ' · ' || closed_stage.name",
    "month": "strftime('%Y-%m', d.closed_at, 'localtime')",
}
# An all-day meeting is stored as its date at midnight, in no time zone (app/activities.py): its day is that
# date wherever the user is; any other activity's moment is UTC, its day the local one.
_ACTIVITY_DAY = "iif(a.all_day, date(a.occurred_at), date(a.occurred_at, 'localtime'))"
ACTIVITY_GROUPS = {
    "kind": "a.kind",
    "owner": "a.owner",
    "month": f"strftime('%Y-%m', {_ACTIVITY_DAY})",
    # ISO weeks: the Monday they begin on
    "week": f"date({_ACTIVITY_DAY}, 'weekday 0', '-6 days')",
}
ACTIVITY_KINDS = ("call", "meeting", "email", "note")


@dataclass
class WonLostRow:
    key: str  # the owner, source, stage or month ("" where the deals have none)
    won: int = 0
    lost: int = 0
    won_amounts: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    won_home_minor: int | None = None  # every currency with a rate, at its closing day's rate (None: none)
    days_to_close: list[float] = field(default_factory=list)

    @property
    def win_rate(self) -> float | None:
        return self.won / (self.won + self.lost) if self.won + self.lost else None

    @property
    def average_days(self) -> float | None:
        return sum(self.days_to_close) / len(self.days_to_close) if self.days_to_close else None

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days_to_close) if self.days_to_close else None


@dataclass(frozen=True)
class WonLost:
    by: str
    first: date
    last: date
    home: str
    rows: tuple[WonLostRow, ...]  # the most won first (by month: oldest first)
    without_rate: tuple[str, ...]  # currencies of won deals no rate converts (not in won_home_minor)


@dataclass(frozen=True)
class ActivityCount:
    key: str
    counts: tuple[int, ...]  # per ACTIVITY_KINDS

    @property
    def total(self) -> int:
        return sum(self.counts)


def _bounds(first: date, last: date) -> tuple[str, str]:
    if last < first:
        raise RapportError(said(QT_TRANSLATE_NOOP("Services", "the period ends (%1) before it begins (%2)"),
                                last.isoformat(), first.isoformat()))
    for day in (first, last):
        if not date(1900, 1, 1) <= day <= date(9000, 1, 1):
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "%1 is too far off to look at"), day.isoformat()))

    def utc(day: date) -> str:
        local = datetime.combine(day, time()).astimezone()
        return local.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")

    return utc(first), utc(last + timedelta(days=1))


def won_and_lost(database: peewee.SqliteDatabase, first: date, last: date, by: str = "owner",
                 pipeline_id: int | None = None) -> WonLost:
    """Deals won and lost from the start of `first` to the end of `last`, grouped `by` (DEAL_GROUPS)."""
    if by not in DEAL_GROUPS:
        raise ValueError(f"won and lost are grouped by {', '.join(DEAL_GROUPS)}, not {by}")
    start, end = _bounds(first, last)
    home = home_currency(database)
    day = "date(d.closed_at, 'localtime')"
    converted = f"d.amount_minor * {rate_sql(':home', day)} / {rate_sql('d.currency', day)}" if home else "NULL"
    rows = database.execute_sql(
        f"SELECT coalesce({DEAL_GROUPS[by]}, ''), d.status, d.currency, d.amount_minor, {converted},"
        " julianday(d.closed_at) - julianday(d.created_at)"
        " FROM deal d"
        # the stage a deal closed in: its last move up to its closing (today's stage for one without moves)
        " JOIN stage closed_stage ON closed_stage.id = coalesce((SELECT c.to_stage_id FROM deal_stage_change c"
        "   WHERE c.deal_id = d.id AND c.changed_at <= d.closed_at ORDER BY c.changed_at DESC, c.id DESC LIMIT 1),"
        "   d.stage_id)"
        " WHERE d.closed_at >= :start AND d.closed_at < :end AND d.status IN ('won', 'lost')"
        " AND d.deleted_at IS NULL AND (:pipeline IS NULL OR closed_stage.pipeline_id = :pipeline)",
        {"start": start, "end": end, "home": home, "pipeline": pipeline_id}).fetchall()
    groups: dict[str, WonLostRow] = {}
    missing: set[str] = set()
    for key, status, currency, amount, home_amount, days in rows:
        row = groups.setdefault(str(key), WonLostRow(str(key)))
        if status == "lost":
            row.lost += 1
            continue
        row.won += 1
        if days is not None and float(days) >= 0:  # (an imported deal made after it closed: no time to close)
            row.days_to_close.append(float(days))
        if amount is None or not currency:
            continue
        row.won_amounts[currency] = row.won_amounts.get(currency, 0) + int(amount)
        if home:  # (NULL from SQL: no rate converts the deal's currency or the home one)
            if currency == home:  # needs no rate, even where the home currency has none
                row.won_home_minor = (row.won_home_minor or 0) + int(amount)
            elif home_amount is not None:
                row.won_home_minor = (row.won_home_minor or 0) + home_minor(float(home_amount), currency, home)
            else:
                missing.add(currency)
    if by == "month":
        ordered = sorted(groups.values(), key=lambda r: r.key)  # oldest first
    else:
        ordered = sorted(groups.values(), key=lambda r: (-r.won, -r.lost, r.key.casefold()))
    return WonLost(by, first, last, home, tuple(ordered), tuple(sorted(missing)))


def activities(database: peewee.SqliteDatabase, first: date, last: date, by: str = "kind") -> tuple[
        ActivityCount, ...]:
    """Calls, meetings, e-mails and notes from the start of `first` to the end of `last`, grouped `by`
    (ACTIVITY_GROUPS): by kind, one row each; by owner (the person of the office whose it was; "" for none), month
    or week, a count of each kind per row, in order of the key."""
    if by not in ACTIVITY_GROUPS:
        raise ValueError(f"activities are grouped by {', '.join(ACTIVITY_GROUPS)}, not {by}")
    start, end = _bounds(first, last)
    rows = database.execute_sql(
        f"SELECT {ACTIVITY_GROUPS[by]}, a.kind, count(*) FROM activity a"
        # (one range of the occurred_at index, a day wider than the period, then each kind of day's own test)
        " WHERE a.occurred_at >= :low AND a.occurred_at < :high AND a.deleted_at IS NULL"
        " AND (a.all_day = 0 AND a.occurred_at >= :start AND a.occurred_at < :end"
        "   OR a.all_day = 1 AND a.occurred_at >= :first AND a.occurred_at < :after) GROUP BY 1, 2",
        {"start": start, "end": end, "first": first.isoformat(), "after": (last + timedelta(days=1)).isoformat(),
         "low": min(start, first.isoformat()), "high": max(end, (last + timedelta(days=1)).isoformat())}).fetchall()
    index = {kind: i for i, kind in enumerate(ACTIVITY_KINDS)}
    counts: dict[str, list[int]] = {}
    for key, kind, count in rows:
        counts.setdefault(str(key), [0] * len(ACTIVITY_KINDS))[index[str(kind)]] += int(count)
    if by == "kind":
        return tuple(ActivityCount(kind, tuple(counts.get(kind, [0] * 4))) for kind in ACTIVITY_KINDS)
    return tuple(ActivityCount(key, tuple(values)) for key, values in sorted(counts.items()))


LEAD_GROUPS = ("source", "month")


@dataclass
class LeadRow:
    key: str  # the source ("" for none) or the month (YYYY-MM)
    captured: int = 0  # leads made in the period
    qualified: int = 0  # qualified in the period
    disqualified: int = 0  # disqualified in the period
    still_open: int = 0  # of those captured, still new or contacted
    won: int = 0  # deals of this source (or month) won in the period
    won_amounts: dict[str, int] = field(default_factory=dict)  # currency -> minor units
    won_home_minor: int | None = None

    @property
    def qualified_rate(self) -> float | None:
        """Of the leads decided in the period, the share qualified."""
        decided = self.qualified + self.disqualified
        return self.qualified / decided if decided else None


@dataclass(frozen=True)
class LeadReport:
    by: str
    first: date
    last: date
    home: str
    rows: tuple[LeadRow, ...]  # the most captured first (by month: oldest first)
    without_rate: tuple[str, ...]


def leads(database: peewee.SqliteDatabase, first: date, last: date, by: str = "source") -> LeadReport:
    """Leads captured, qualified and disqualified from the start of `first` to the end of `last`, and the deals
    won then, by source (a deal's lead source) or month: where the business comes from, and how much of it."""
    if by not in LEAD_GROUPS:
        raise ValueError(f"leads are grouped by {', '.join(LEAD_GROUPS)}, not {by}")
    start, end = _bounds(first, last)

    def key(moment: str) -> str:  # a lead's source, or the month of `moment`
        return "source" if by == "source" else f"strftime('%Y-%m', {moment}, 'localtime')"

    groups: dict[str, LeadRow] = {}
    params = {"start": start, "end": end}
    for group, status, count in database.execute_sql(
            f"SELECT {key('created_at')}, status, count(*) FROM lead WHERE deleted_at IS NULL"
            " AND created_at >= :start AND created_at < :end GROUP BY 1, 2", params):
        row = groups.setdefault(str(group or ""), LeadRow(str(group or "")))
        row.captured += int(count)
        if status in ("new", "contacted"):
            row.still_open += int(count)
    for group, status, count in database.execute_sql(
            f"SELECT {key('closed_at')}, status, count(*) FROM lead WHERE deleted_at IS NULL"
            " AND status IN ('qualified', 'disqualified') AND closed_at >= :start AND closed_at < :end"
            " GROUP BY 1, 2", params):
        row = groups.setdefault(str(group or ""), LeadRow(str(group or "")))
        if status == "qualified":
            row.qualified += int(count)
        else:
            row.disqualified += int(count)
    won = won_and_lost(database, first, last, "source" if by == "source" else "month")
    for found in won.rows:
        if not found.won:
            continue
        row = groups.setdefault(found.key, LeadRow(found.key))
        row.won, row.won_amounts, row.won_home_minor = found.won, found.won_amounts, found.won_home_minor
    if by == "month":
        ordered = sorted(groups.values(), key=lambda r: r.key)
    else:
        ordered = sorted(groups.values(), key=lambda r: (-r.captured, -r.won, r.key.casefold()))
    return LeadReport(by, first, last, won.home, tuple(ordered), won.without_rate)
