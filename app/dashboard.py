"""The dashboard's numbers for a period and a pipeline, in five small queries.

What each part covers:
  funnel          the pipeline's open deals now: count and amount per stage, per currency;
  forecast        per month of the period and currency: open deals expected to close then (total and
                  weighted by probability, the deal's own else its stage's), and deals won then;
  closing         deals of the pipeline closed in the period: won, lost, win rate, and the average days
                  from creation to close of the won ones;
  activity weeks  calls, meetings, e-mails and notes per week of the period up to today (all pipelines:
                  activities are the team's work, not a pipeline's);
  overdue         open tasks past their due date or time now: how many, and the oldest few.

Money is never added across currencies: every amount comes with its currency, in minor units.

Time. The store keeps naive UTC; the period is in the user's local days (as the board's due dates are),
so its bounds are converted to UTC for timestamps and timestamps are read back with SQLite's
'localtime', which follows the same process time zone as Python's astimezone().

Speed. Each query reads an index range (deal_stage, deal_expected_close, deal_closed_at,
activity_occurred, task_due) and groups in SQLite; activities come back per local day and kind (at most
a few thousand rows) and are put into weeks here, where the week's first day is the caller's (QLocale).
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import peewee

from app.clock import Clock
from app.currencies import has_rates, home_currency, home_minor, rate_sql

PERIOD_KINDS = ("month", "quarter", "year", "last12", "custom")
ACTIVITY_KINDS = ("call", "meeting", "email", "note")
OVERDUE_FEW = 5
ALL_IN_HOME = "*"  # forecast_for: every currency added up in the home one
_OPEN_TASK = "t.deleted_at IS NULL AND t.status IN ('needs-action', 'in-process')"


# --- the period -------------------------------------------------------------------------------


def _add_months(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    return day.replace(day=monthrange(day.year, day.month)[1])


@dataclass(frozen=True)
class Period:
    """Local days from `first` to `last`, both included. The presets are whole calendar months:
    this month, this quarter, this year, and the last 12 months (this one and the 11 before)."""

    kind: str
    first: date
    last: date

    @classmethod
    def of(cls, kind: str, today: date, first: date | None = None, last: date | None = None) -> Period:
        if kind == "month":
            start = today.replace(day=1)
            return cls(kind, start, _month_end(start))
        if kind == "quarter":
            start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
            return cls(kind, start, _month_end(_add_months(start, 2)))
        if kind == "year":
            return cls(kind, date(today.year, 1, 1), date(today.year, 12, 31))
        if kind == "last12":
            return cls(kind, _add_months(today, -11), _month_end(today))
        if kind == "custom":
            if first is None or last is None:
                raise ValueError("a custom period needs a first and a last day")
            if last < first:
                raise ValueError(f"a period cannot end ({last}) before it starts ({first})")
            return cls(kind, first, last)
        raise ValueError(f"a period is one of {', '.join(PERIOD_KINDS)}, not {kind!r}")

    def months(self) -> tuple[str, ...]:
        """Every month the period touches, as "YYYY-MM", in order."""
        result = []
        month = self.first.replace(day=1)
        while month <= self.last:
            result.append(month.strftime("%Y-%m"))
            month = _add_months(month, 1)
        return tuple(result)


# --- what the dashboard shows -----------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    stage_uid: str
    name: str
    probability: int
    deals: int  # open deals in the stage, with or without an amount
    amounts: tuple[tuple[str, int, int], ...]  # (currency, deals, sum in minor units), the most deals first


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # "YYYY-MM"
    currency: str
    open_deals: int  # open, expected to close this month
    open_minor: int
    weighted_minor: int  # sum of amount × probability, rounded to the minor unit
    won_deals: int  # won (closed) this month
    won_minor: int


@dataclass(frozen=True)
class Closing:
    won: int
    lost: int
    average_days_to_close: float | None  # over the won deals; None when none was won

    @property
    def rate(self) -> float | None:
        """won / (won + lost); None when nothing closed."""
        return self.won / (self.won + self.lost) if self.won + self.lost else None


@dataclass(frozen=True)
class ActivityWeek:
    first_day: date  # the week's first day (the locale's)
    counts: tuple[int, ...]  # per ACTIVITY_KINDS

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class OverdueTask:
    uid: str
    title: str
    due_date: date
    due_time: str
    days_overdue: int  # whole days since the due date (0: due earlier today)
    about: str  # the name of the first record it is linked to, "" when none


@dataclass(frozen=True)
class Dashboard:
    period: Period
    today: date
    pipeline_uid: str  # "" when there is no pipeline yet
    pipeline_name: str
    has_deals: bool  # any live deal in any pipeline (else the view shows how to start)
    funnel: tuple[FunnelStage, ...]
    forecast: tuple[ForecastMonth, ...]  # months with something, by month then currency
    closing: Closing
    activity_weeks: tuple[ActivityWeek, ...]  # every week from the period's first to today's or its last
    overdue_count: int
    overdue: tuple[OverdueTask, ...]  # the oldest few
    home: str = ""  # the home currency ("" none chosen): the forecast is also added up in it
    home_forecast: tuple[ForecastMonth, ...] = ()  # every currency with a rate, each deal at its date's rate
    without_rate: tuple[str, ...] = ()  # currencies of the forecast no rate converts (left out of home_forecast)

    @property
    def currencies(self) -> tuple[str, ...]:
        """Currencies of the funnel and the forecast, the most deals first."""
        deals: dict[str, int] = {}
        for stage in self.funnel:
            for currency, count, _ in stage.amounts:
                deals[currency] = deals.get(currency, 0) + count
        for row in self.forecast:
            deals[row.currency] = deals.get(row.currency, 0) + row.open_deals + row.won_deals
        return tuple(sorted(deals, key=lambda c: (-deals[c], c)))

    def open_pipeline(self) -> tuple[tuple[str, int, int], ...]:
        """(currency, open deals, amount in minor units) over the funnel's stages, the most deals first."""
        sums: dict[str, tuple[int, int]] = {}
        for stage in self.funnel:
            for currency, count, amount in stage.amounts:
                deals, total = sums.get(currency, (0, 0))
                sums[currency] = (deals + count, total + amount)
        return tuple(sorted(((c, n, t) for c, (n, t) in sums.items()), key=lambda r: (-r[1], r[0])))

    def forecast_for(self, currency: str) -> tuple[ForecastMonth, ...]:
        """One row per month of the period for `currency` (ALL_IN_HOME: every currency added up in the home
        one), zeros where nothing is due or won."""
        if currency == ALL_IN_HOME:
            currency, forecast = self.home, self.home_forecast
        else:
            forecast = tuple(r for r in self.forecast if r.currency == currency)
        rows = {r.month: r for r in forecast}
        return tuple(rows.get(m, ForecastMonth(m, currency, 0, 0, 0, 0, 0)) for m in self.period.months())


# --- the queries ------------------------------------------------------------------------------


_DAYS_A_QUERY = 1000  # (three variables a day: within SQLite's 32,766)


def _ts(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


def _utc_start(day: date) -> str:
    """Local midnight at the start of `day`, as the store's naive UTC text."""
    local = datetime.combine(day, time()).astimezone()
    return _ts(local.astimezone(UTC).replace(tzinfo=None))


class DashboardQuery:
    """Reads the dashboard; it never writes (no pipeline is made when there is none)."""

    def __init__(self, database: peewee.SqliteDatabase, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def now_local(self) -> datetime:
        return self._clock.now().replace(microsecond=0, tzinfo=UTC).astimezone()

    def today(self) -> date:
        return self.now_local().date()

    def period(self, kind: str, first: date | None = None, last: date | None = None) -> Period:
        return Period.of(kind, self.today(), first, last)

    def load(self, period: Period, pipeline_uid: str | None = None, *, week_start: int = 1,
             overdue_limit: int = OVERDUE_FEW) -> Dashboard:
        """Everything the dashboard shows. `pipeline_uid` None: the first pipeline. `week_start` is the
        ISO weekday weeks begin on (1 Monday … 7 Sunday)."""
        if not 1 <= week_start <= 7:
            raise ValueError(f"week_start is an ISO weekday from 1 to 7, not {week_start}")
        now = self.now_local()
        pipeline = self._pipeline(pipeline_uid)
        pipeline_id, uid, name = pipeline if pipeline else (-1, "", "")
        funnel = self._funnel(pipeline_id)
        home = home_currency(self._db)
        forecast, closing, home_forecast, without_rate = self._forecast_and_closing(period, pipeline_id, home)
        count, overdue = self._overdue(now, overdue_limit)
        has_deals = bool(self._db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM deal WHERE deleted_at IS NULL)").fetchone()[0])
        return Dashboard(
            period=period, today=now.date(), pipeline_uid=uid, pipeline_name=name, has_deals=has_deals,
            funnel=funnel, forecast=forecast, closing=closing,
            activity_weeks=self._activity_weeks(period, now, week_start),
            overdue_count=count, overdue=overdue, home=home, home_forecast=home_forecast, without_rate=without_rate,
        )

    def _pipeline(self, uid: str | None) -> tuple[int, str, str] | None:
        if uid:
            row = self._db.execute_sql("SELECT id, uid, name FROM pipeline WHERE uid = ?", (uid,)).fetchone()
            if row is not None:
                return int(row[0]), str(row[1]), str(row[2])
        row = self._db.execute_sql(
            "SELECT id, uid, name FROM pipeline WHERE NOT archived ORDER BY position, id LIMIT 1").fetchone()
        return (int(row[0]), str(row[1]), str(row[2])) if row else None

    def _funnel(self, pipeline_id: int) -> tuple[FunnelStage, ...]:
        rows = self._db.execute_sql(
            "SELECT s.id, s.uid, s.name, s.probability, iif(d.amount_minor IS NULL, '', d.currency) AS currency,"
            " count(d.id), sum(d.amount_minor)"
            " FROM stage s LEFT JOIN deal d ON d.stage_id = s.id AND d.status = 'open' AND d.deleted_at IS NULL"
            " WHERE s.pipeline_id = ? GROUP BY s.id, currency ORDER BY s.position, s.id",
            (pipeline_id,),
        )
        order: list[int] = []
        info: dict[int, tuple[str, str, int]] = {}
        sums: dict[int, list[tuple[str, int, int]]] = {}
        for stage_id, stage_uid, name, probability, currency, count, total in rows:
            if stage_id not in info:
                order.append(stage_id)
                info[stage_id] = (stage_uid, name, int(probability))
                sums[stage_id] = []
            if count:
                sums[stage_id].append((currency or "", int(count), int(total or 0)))
        funnel = []
        for stage_id in order:
            stage_uid, name, probability = info[stage_id]
            parts = sorted(sums[stage_id], key=lambda p: (-p[1], p[0]))
            amounts = tuple(p for p in parts if p[0])
            funnel.append(FunnelStage(stage_uid, name, probability, sum(p[1] for p in parts), amounts))
        return tuple(funnel)

    def _forecast_and_closing(self, period: Period, pipeline_id: int, home: str = "") -> tuple[
            tuple[ForecastMonth, ...], Closing, tuple[ForecastMonth, ...], tuple[str, ...]]:
        """Open deals expected in the period and deals closed in it, in one statement tagged by its first
        column (0 open by expected month, 1 closed by local month of closing). With a home currency, each
        deal's amount is also converted: an open one at today's rate, a won one at the rate of its day."""
        start, end = _utc_start(period.first), _utc_start(period.last + timedelta(days=1))
        today = self.today().isoformat()
        if home:
            # Open deals at today's rate, as the board adds them up (money not yet had is worth today's);
            # won ones at the rate of the day they were won.
            open_day, won_day = ":today", "date(d.closed_at, 'localtime')"
            open_factor = f"({rate_sql(':home', open_day)} / {rate_sql('d.currency', open_day)})"
            won_factor = f"({rate_sql(':home', won_day)} / {rate_sql('d.currency', won_day)})"
            converted = (f"sum(d.amount_minor * {open_factor}),"
                         f" sum(d.amount_minor * coalesce(d.probability, s.probability) * {open_factor})")
            won_converted = f"sum(iif(d.status = 'won', d.amount_minor * {won_factor}, NULL)), NULL"
        else:
            converted = won_converted = "NULL, NULL"
        rows = self._db.execute_sql(
            "SELECT 0, substr(d.expected_close, 1, 7), d.currency, 'open', count(*), sum(d.amount_minor),"
            f" sum(d.amount_minor * coalesce(d.probability, s.probability)), NULL, {converted}"
            " FROM deal d JOIN stage s ON s.id = d.stage_id"
            " WHERE d.status = 'open' AND d.deleted_at IS NULL AND d.amount_minor IS NOT NULL"
            " AND d.expected_close BETWEEN :first AND :last AND s.pipeline_id = :pipeline"
            " GROUP BY 2, 3"
            " UNION ALL"
            " SELECT 1, strftime('%Y-%m', d.closed_at, 'localtime'), d.currency, d.status, count(*),"
            f" sum(d.amount_minor), NULL, sum(julianday(d.closed_at) - julianday(d.created_at)), {won_converted}"
            # The period's closings by their index: SQLite chose the pipeline's stages and read every won and
            # lost deal of them (80 ms over the million-contact demo's 80,000; 48 ms by the date).
            " FROM deal d INDEXED BY deal_closed_at JOIN stage s ON s.id = d.stage_id"
            " WHERE d.closed_at >= :start AND d.closed_at < :end AND d.status IN ('won', 'lost')"
            " AND d.deleted_at IS NULL AND s.pipeline_id = :pipeline"
            " GROUP BY 2, 3, 4",
            {"first": period.first.isoformat(), "last": period.last.isoformat(), "start": start, "end": end,
             "pipeline": pipeline_id, "home": home, "today": today},
        )
        months: dict[tuple[str, str], list[int]] = {}  # (month, currency) -> open, total, weighted, won, won total
        in_home: dict[str, list[int]] = {}  # month -> the same, in the home currency
        convertible = {home: bool(home) and has_rates(self._db, home)}
        won = lost = 0
        won_days = 0.0
        for tag, month, currency, status, count, total, weighted, days, home_total, home_weighted in rows:
            if currency and currency not in convertible:
                convertible[currency] = has_rates(self._db, currency)
            if home and currency and total is not None and convertible[home] and convertible[currency] \
                    and (tag == 0 or status == "won"):
                entry = in_home.setdefault(month, [0, 0, 0, 0, 0])
                if tag == 0:
                    entry[0] += count
                    entry[1] += home_minor(home_total, currency, home)
                    entry[2] += (home_minor(home_weighted, currency, home) + 50) // 100
                else:
                    entry[3] += count
                    entry[4] += home_minor(home_total, currency, home)
            if tag == 1:
                if status == "won":
                    won += count
                    won_days += days or 0.0
                else:
                    lost += count
                if status != "won" or not currency or total is None:
                    continue
                entry = months.setdefault((month, currency), [0, 0, 0, 0, 0])
                entry[3] += count
                entry[4] += int(total)
            else:
                entry = months.setdefault((month, currency), [0, 0, 0, 0, 0])
                entry[0] += count
                entry[1] += int(total)
                entry[2] += (int(weighted) + 50) // 100  # percent → minor units, half up
        forecast = tuple(ForecastMonth(m, c, *v) for (m, c), v in sorted(months.items()))
        home_forecast = tuple(ForecastMonth(m, home, *v) for m, v in sorted(in_home.items()))
        without = tuple(sorted(c for c, ok in convertible.items() if c and not ok and any(
            r.currency == c for r in forecast)))
        return forecast, Closing(won, lost, won_days / won if won else None), home_forecast, without

    def _activity_weeks(self, period: Period, now: datetime, week_start: int) -> tuple[ActivityWeek, ...]:
        last = min(period.last, now.date())
        if last < period.first:
            return ()
        first_week = period.first - timedelta(days=(period.first.isoweekday() - week_start) % 7)
        weeks = {first_week + timedelta(days=7 * i): [0] * len(ACTIVITY_KINDS)
                 for i in range((last - first_week).days // 7 + 1)}
        # Up to now, not the end of today: a meeting booked for this afternoon has not happened yet.
        end = _ts(now.astimezone(UTC).replace(tzinfo=None) + timedelta(seconds=1))
        days = [period.first + timedelta(days=i) for i in range((last - period.first).days + 1)]
        # Each local day as the UTC span its activities were stored in, counted along the index: SQLite turning
        # every row's time to local time ('localtime') cost the quarter's 186,000 activities at a million 0.1 s.
        bounds = [_utc_start(day) for day in days] + [_utc_start(last + timedelta(days=1))]
        spans = [(day.isoformat(), bounds[i], min(bounds[i + 1], end)) for i, day in enumerate(days)]
        rows: list[tuple[str, str, int]] = []
        # Each day's kinds summed in one pass along the index (a GROUP BY sorted every activity first: the last
        # twelve months at a million, 750,000 of them, 0.53 s against 0.24 s).
        sums = " || ' ' || ".join(f"sum(kind = '{kind}')" for kind in ACTIVITY_KINDS)
        for at in range(0, len(spans), _DAYS_A_QUERY):
            chunk = spans[at:at + _DAYS_A_QUERY]
            for day, counts in self._db.execute_sql(
                    f"WITH span (day, low, high) AS (VALUES {', '.join(['(?, ?, ?)'] * len(chunk))})"
                    f" SELECT span.day, (SELECT {sums} FROM activity INDEXED BY activity_live_time_kind_day_owner"
                    "  WHERE occurred_at >= span.low AND occurred_at < span.high AND deleted_at IS NULL"
                    "  AND all_day = 0)"
                    " FROM span", [value for span in chunk for value in span]).fetchall():
                if counts:  # (no activity that day: NULL)
                    rows += [(day, kind, int(n)) for kind, n in zip(ACTIVITY_KINDS, counts.split(), strict=True)]
        # An all-day meeting is its date at midnight in no time zone (app/activities.py): counted on that date
        # (west of UTC its local time would be the day before).
        rows += self._db.execute_sql(
            "SELECT date(occurred_at), kind, count(*) FROM activity INDEXED BY activity_live_time_kind_day_owner"
            " WHERE deleted_at IS NULL AND all_day = 1 AND occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2",
            (period.first.isoformat(), (last + timedelta(days=1)).isoformat())).fetchall()
        index = {kind: i for i, kind in enumerate(ACTIVITY_KINDS)}
        for day_text, kind, count in rows:
            if kind not in index:
                continue
            day = date.fromisoformat(day_text)
            week = day - timedelta(days=(day.isoweekday() - week_start) % 7)
            if week in weeks:
                weeks[week][index[kind]] += count
        return tuple(ActivityWeek(week, tuple(counts)) for week, counts in weeks.items())

    def _overdue(self, now: datetime, limit: int) -> tuple[int, tuple[OverdueTask, ...]]:
        """Open tasks due before today, or today at a time already past (as the board counts them)."""
        today, clock_time = now.date().isoformat(), now.strftime("%H:%M")
        rows = self._db.execute_sql(
            "WITH late AS MATERIALIZED ("
            f" SELECT t.id, t.uid, t.title, t.due_date, t.due_time, count(*) OVER () AS total FROM task t"
            f" WHERE {_OPEN_TASK} AND (t.due_date < :today"
            " OR (t.due_date = :today AND t.due_time <> '' AND t.due_time < :time))"
            " ORDER BY t.due_date, t.due_time, t.id LIMIT :limit)"
            " SELECT uid, title, due_date, due_time, total,"
            " (SELECT coalesce(c.display_name, a.name, d.title, nullif(e.name, ''), e.company) FROM task_link tl"
            "  LEFT JOIN contact c ON c.id = tl.contact_id AND c.deleted_at IS NULL"
            "  LEFT JOIN account a ON a.id = tl.account_id AND a.deleted_at IS NULL"
            "  LEFT JOIN deal d ON d.id = tl.deal_id AND d.deleted_at IS NULL"
            "  LEFT JOIN lead e ON e.id = tl.lead_id AND e.deleted_at IS NULL"
            "  WHERE tl.task_id = late.id AND coalesce(c.id, a.id, d.id, e.id) IS NOT NULL ORDER BY tl.id LIMIT 1)"
            " FROM late ORDER BY due_date, due_time, id",
            {"today": today, "time": clock_time, "limit": max(limit, 1)},
        )
        total = 0
        tasks = []
        for uid, title, due, due_time, count, about in rows:
            total = int(count)
            day = date.fromisoformat(due)
            tasks.append(OverdueTask(uid, title, day, due_time, (now.date() - day).days, about or ""))
        if limit < 1:
            tasks = []
        return total, tuple(tasks)
