"""The dashboard's numbers (app/dashboard.py) against hand-computed expectations, with the FakeClock.

The clock stands at Monday 2026-03-02 09:00 UTC; local time is UTC unless a test says otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import ContactData
from app.dashboard import ACTIVITY_KINDS, DashboardQuery, ForecastMonth, Period
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.tasks import TaskData


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def query(services: Services) -> DashboardQuery:
    return DashboardQuery(services.store.database, services.clock)


def make_deal(services: Services, title: str, stage: int = 0, pipeline: str | None = None, **fields: Any) -> str:
    chosen = services.pipelines.get(pipeline) if pipeline else services.pipelines.default()
    return services.deals.create(DealData(title=title, stage_uid=chosen.stages[stage].uid, **fields)).value.uid


def at(clock: FakeClock, moment: datetime) -> None:
    clock.set(moment)


@pytest.fixture
def crm(services: Services, clock: FakeClock) -> dict[str, str]:
    """A small CRM whose numbers are worked out by hand in the tests below."""
    uids: dict[str, str] = {}
    start = clock.now()
    sales = services.pipelines.default()
    partners = services.pipelines.create("Partnerships", (("Intro", 10), ("Pilot", 40))).value
    # Open deals of Sales.
    uids["a"] = make_deal(services, "A", 0, amount=Decimal("1000"), currency="EUR", expected_close=date(2026, 3, 15))
    uids["b"] = make_deal(services, "B", 2, amount=Decimal("2000"), currency="EUR", probability=40,
                          expected_close=date(2026, 3, 20))
    uids["c"] = make_deal(services, "C", 2, amount=Decimal("500"), currency="USD", expected_close=date(2026, 4, 10))
    uids["d"] = make_deal(services, "D", 1)  # no amount: counted, no money
    uids["x"] = make_deal(services, "X", 0, amount=Decimal("99"), currency="EUR", expected_close=date(2026, 3, 5))
    services.deals.delete(uids["x"])  # in the Trash: nowhere
    # Another pipeline: not in Sales' numbers.
    uids["h"] = make_deal(services, "H", 0, pipeline=partners.uid, amount=Decimal("100"), currency="EUR",
                          expected_close=date(2026, 3, 10))
    # Closed deals of Sales.
    at(clock, datetime(2026, 1, 5, 9))
    uids["e"] = make_deal(services, "E", 3, amount=Decimal("3000"), currency="EUR")
    at(clock, datetime(2026, 1, 10, 9))
    uids["f"] = make_deal(services, "F", 1, amount=Decimal("800"), currency="EUR")
    at(clock, datetime(2026, 2, 1, 9))
    uids["g"] = make_deal(services, "G", 4, amount=Decimal("700"), currency="USD")
    at(clock, datetime(2026, 2, 4, 9))
    services.deals.mark_won(uids["e"])  # 30 days
    at(clock, datetime(2026, 2, 10, 9))
    services.deals.mark_lost(uids["f"], "Price")
    at(clock, datetime(2026, 3, 1, 21))
    services.deals.mark_won(uids["g"])  # 28.5 days
    at(clock, datetime(2025, 12, 1, 9))
    uids["old"] = make_deal(services, "Old", 0, amount=Decimal("50"), currency="EUR")
    at(clock, datetime(2025, 12, 20, 9))
    services.deals.mark_won(uids["old"])  # before this quarter
    at(clock, start)
    assert sales.uid == services.pipelines.default().uid
    return uids


def test_periods_are_whole_months() -> None:
    today = date(2026, 3, 2)
    assert Period.of("month", today) == Period("month", date(2026, 3, 1), date(2026, 3, 31))
    assert Period.of("quarter", today) == Period("quarter", date(2026, 1, 1), date(2026, 3, 31))
    assert Period.of("quarter", date(2026, 12, 31)).first == date(2026, 10, 1)
    assert Period.of("year", today) == Period("year", date(2026, 1, 1), date(2026, 12, 31))
    last12 = Period.of("last12", today)
    assert (last12.first, last12.last) == (date(2025, 4, 1), date(2026, 3, 31))
    assert len(last12.months()) == 12 and last12.months()[0] == "2025-04" and last12.months()[-1] == "2026-03"
    feb = Period.of("month", date(2028, 2, 10))
    assert feb.last == date(2028, 2, 29)  # a leap year
    custom = Period.of("custom", today, date(2025, 11, 15), date(2026, 1, 2))
    assert custom.months() == ("2025-11", "2025-12", "2026-01")
    with pytest.raises(ValueError, match="before it starts"):
        Period.of("custom", today, date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError, match="needs a first"):
        Period.of("custom", today)
    with pytest.raises(ValueError, match="not 'week'"):
        Period.of("week", today)


def test_funnel_counts_open_deals_per_stage_and_currency(query: DashboardQuery, crm: dict[str, str]) -> None:
    board = query.load(query.period("quarter"))
    assert board.pipeline_name == "Sales" and board.has_deals
    assert [(s.name, s.deals, s.amounts) for s in board.funnel] == [
        ("Lead", 1, (("EUR", 1, 100_000),)),
        ("Qualified", 1, ()),  # D has no amount
        ("Proposal", 2, (("EUR", 1, 200_000), ("USD", 1, 50_000))),
        ("Negotiation", 0, ()),
        ("Contract sent", 0, ()),
    ]
    assert board.open_pipeline() == (("EUR", 2, 300_000), ("USD", 1, 50_000))
    # The funnel is now, whatever the period.
    assert query.load(query.period("year")).funnel == board.funnel


def test_forecast_weighted_per_month_and_currency(query: DashboardQuery, crm: dict[str, str]) -> None:
    quarter = query.load(query.period("quarter"))
    assert quarter.forecast == (
        ForecastMonth("2026-02", "EUR", 0, 0, 0, 1, 300_000),  # E won in February
        # A 1000 × 10% + B 2000 × 40% (its own probability) = 900.00
        ForecastMonth("2026-03", "EUR", 2, 300_000, 90_000, 0, 0),
        ForecastMonth("2026-03", "USD", 0, 0, 0, 1, 70_000),  # G won on 1 March
    )
    assert [m.weighted_minor for m in quarter.forecast_for("EUR")] == [0, 0, 90_000]
    assert [m.month for m in quarter.forecast_for("USD")] == ["2026-01", "2026-02", "2026-03"]
    year = query.load(query.period("year"))
    april = next(m for m in year.forecast_for("USD") if m.month == "2026-04")
    assert (april.open_deals, april.open_minor, april.weighted_minor) == (1, 50_000, 25_000)  # C 500 × 50%
    assert year.currencies == ("EUR", "USD")
    # The other pipeline has only H.
    partners = next(p for p in query_pipelines(query) if p != year.pipeline_uid)
    other = query.load(query.period("quarter"), partners)
    assert other.pipeline_name == "Partnerships"
    assert other.forecast == (ForecastMonth("2026-03", "EUR", 1, 10_000, 1_000, 0, 0),)


def query_pipelines(query: DashboardQuery) -> list[str]:
    return [r[0] for r in query._db.execute_sql("SELECT uid FROM pipeline ORDER BY position, id")]


def test_win_rate_and_days_to_close_over_the_period(query: DashboardQuery, crm: dict[str, str]) -> None:
    quarter = query.load(query.period("quarter")).closing
    assert (quarter.won, quarter.lost) == (2, 1)
    assert quarter.rate == pytest.approx(2 / 3)
    assert quarter.average_days_to_close == pytest.approx((30 + 28.5) / 2)
    march = query.load(query.period("month")).closing
    assert (march.won, march.lost, march.average_days_to_close) == (1, 0, pytest.approx(28.5))
    last12 = query.load(query.period("last12")).closing
    assert (last12.won, last12.lost) == (3, 1)  # and the December win
    empty = query.load(query.period("custom", date(2024, 1, 1), date(2024, 12, 31))).closing
    assert (empty.won, empty.lost, empty.rate, empty.average_days_to_close) == (0, 0, None, None)


def test_activities_per_week_by_kind_up_to_now(services: Services, query: DashboardQuery) -> None:
    contact = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    link = (Link("contact", contact),)

    def log(kind: str, moment: datetime) -> str:
        return services.activities.log(ActivityData(kind=kind, occurred_at=moment, subject="x", links=link)).value.uid

    log("call", datetime(2026, 2, 24, 10))  # Tuesday
    log("email", datetime(2026, 2, 25, 10))
    log("note", datetime(2026, 2, 26, 10))
    log("note", datetime(2026, 2, 26, 11))
    log("call", datetime(2026, 3, 1, 23, 30))  # Sunday late
    log("meeting", datetime(2026, 3, 2, 8))  # today, before now
    log("meeting", datetime(2026, 3, 2, 15))  # later today: not yet done
    log("call", datetime(2025, 12, 30, 10))  # before the quarter
    services.activities.delete(log("email", datetime(2026, 2, 24, 12)))

    board = query.load(query.period("quarter"))  # weeks start on Monday
    weeks = {w.first_day: w.counts for w in board.activity_weeks}
    assert board.activity_weeks[0].first_day == date(2025, 12, 29)  # the week of 1 January
    assert board.activity_weeks[-1].first_day == date(2026, 3, 2)  # up to this week, none after
    assert len(board.activity_weeks) == 10
    assert weeks[date(2025, 12, 29)] == (0, 0, 0, 0)
    assert weeks[date(2026, 2, 23)] == (2, 0, 1, 2)  # call, meeting, email, note
    assert weeks[date(2026, 3, 2)] == (0, 1, 0, 0)
    assert ACTIVITY_KINDS == ("call", "meeting", "email", "note")
    assert sum(w.total for w in board.activity_weeks) == 6

    sundays = {w.first_day: w.counts for w in query.load(query.period("quarter"), week_start=7).activity_weeks}
    assert sundays[date(2026, 2, 22)] == (1, 0, 1, 2)
    assert sundays[date(2026, 3, 1)] == (1, 1, 0, 0)
    assert query.load(query.period("custom", date(2026, 4, 1), date(2026, 4, 30))).activity_weeks == ()
    with pytest.raises(ValueError, match="ISO weekday"):
        query.load(query.period("month"), week_start=0)


def test_overdue_tasks_count_and_the_oldest(services: Services, query: DashboardQuery) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid

    def task(title: str, due: date | None, due_time: str = "", **fields: Any) -> str:
        data = TaskData(title=title, due_date=due, due_time=due_time, links=(Link("contact", ann),), **fields)
        return services.tasks.create(data).value.uid

    today = date(2026, 3, 2)
    oldest = task("Oldest", today - timedelta(days=10))
    second = task("Second", today - timedelta(days=3))
    task("This morning", today, "08:00")  # its time has passed
    task("Later today", today, "10:00")
    task("Today", today)
    task("No date", None)
    task("Done", today - timedelta(days=20), status="completed")
    services.tasks.delete(task("Deleted", today - timedelta(days=30)))

    board = query.load(query.period("month"), overdue_limit=2)
    assert board.overdue_count == 3
    assert [(t.uid, t.title, t.days_overdue, t.about) for t in board.overdue] == [
        (oldest, "Oldest", 10, "Ann Lee"), (second, "Second", 3, "Ann Lee")]
    assert query.load(query.period("month")).overdue[-1].title == "This morning"


def test_empty_store(query: DashboardQuery) -> None:
    board = query.load(query.period("quarter"))
    assert not board.has_deals
    assert (board.pipeline_uid, board.funnel, board.forecast, board.overdue_count) == ("", (), (), 0)
    assert board.closing.rate is None
    assert board.currencies == () and board.open_pipeline() == ()
    assert len(board.activity_weeks) == 10 and all(w.total == 0 for w in board.activity_weeks)


def test_local_months_follow_the_time_zone(services: Services, clock: FakeClock, query: DashboardQuery,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    at(clock, datetime(2026, 2, 10, 12))
    uid = make_deal(services, "Late", 0, amount=Decimal("10"), currency="EUR")
    at(clock, datetime(2026, 3, 1, 3))  # 22:00 on 28 February in New York
    services.deals.mark_won(uid)
    at(clock, datetime(2026, 3, 2, 9))
    board = query.load(query.period("quarter"))
    assert [(m.month, m.won_deals) for m in board.forecast] == [("2026-02", 1)]
    assert query.load(query.period("month")).closing.won == 0  # March in New York has not seen it


def test_fast_enough_for_a_few_thousand_deals(services: Services, query: DashboardQuery) -> None:
    """A smoke check of the query shape (the real figure comes from tests/perf/bench_dashboard.py)."""
    stage = services.pipelines.default().stages[0]
    db = services.store.database
    with db.atomic():
        now = "2026-03-01 10:00:00"
        db.cursor().executemany(
            "INSERT INTO deal (uid, created_at, updated_at, title, amount_minor, currency, stage_id, expected_close,"
            " status, stage_entered_at) VALUES (?, ?, ?, 'T', 100, 'EUR', ?, '2026-03-20', 'open', ?)",
            [(f"u{i}", now, now, stage_id(db, stage.uid), now) for i in range(3000)])
    started = time.perf_counter()
    board = query.load(query.period("last12"))
    assert time.perf_counter() - started < 1.0
    assert board.funnel[0].deals == 3000


def stage_id(db: Any, uid: str) -> int:
    return int(db.execute_sql("SELECT id FROM stage WHERE uid = ?", (uid,)).fetchone()[0])


def test_the_forecast_adds_every_currency_up_in_the_home_one_at_each_deals_date(
        services: Services, query: DashboardQuery, crm: dict[str, str]) -> None:
    """Issue 18, point 4: open deals at today's rate (as the board adds them up), won ones at the rate of the
    day they were won; a currency with no rate is named, not added in."""
    from app.dashboard import ALL_IN_HOME

    make_deal(services, "J", 2, amount=Decimal("10000"), currency="JPY", expected_close=date(2026, 4, 20))
    assert query.load(query.period("year")).home_forecast == ()  # no home currency yet
    services.currencies.set_home("USD")
    services.currencies.set_rate("USD", "1.25", date(2026, 1, 1))
    services.currencies.set_rate("USD", "1.10", date(2026, 3, 1))
    year = query.load(query.period("year"))
    assert year.home == "USD" and year.without_rate == ("JPY",)
    assert year.home_forecast == (
        ForecastMonth("2026-02", "USD", 0, 0, 0, 1, 375_000),  # E: €3,000 won on 4 February at 1.25
        # A €1,000 and B €2,000 due in March, at today's rate (2 March: 1.10); weighted 10 % and 40 %
        # (G, won on 1 March, is in USD already)
        ForecastMonth("2026-03", "USD", 2, 330_000, 99_000, 1, 70_000),
        ForecastMonth("2026-04", "USD", 1, 50_000, 25_000, 0, 0),  # C in USD; J's yen are left out
    )
    assert [m.month for m in year.forecast_for(ALL_IN_HOME)][:3] == ["2026-01", "2026-02", "2026-03"]
    assert year.forecast_for(ALL_IN_HOME)[0] == ForecastMonth("2026-01", "USD", 0, 0, 0, 0, 0)
    assert year.forecast == query.load(query.period("year")).forecast  # each currency's own figures stay


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"])
def test_activities_count_on_the_local_day_sqlite_would_give(services: Services, clock: FakeClock, zone: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The week counts come from each local day's span of UTC times: they equal counting every activity on
    the date SQLite's 'localtime' gives it, over a quarter across a change of daylight saving, with all-day
    meetings on their own date, the Trash left out and nothing after now."""
    import random

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    rng = random.Random(zone)
    clock.set(datetime(2026, 11, 20, 15, 0))  # naive UTC, as the store keeps time
    for number in range(400):
        moment = datetime(2026, 9, 25) + timedelta(minutes=rng.randrange(0, 60 * 24 * 70))
        kind = rng.choice(ACTIVITY_KINDS)
        all_day = kind == "meeting" and rng.random() < 0.3
        data = ActivityData(kind=kind, subject=f"A{number}", all_day=all_day,
                            occurred_at=datetime.combine(moment.date(), datetime.min.time()) if all_day else moment)
        uid = services.activities.log(data).value.uid
        if number % 29 == 0:
            services.activities.delete(uid)
    query = DashboardQuery(services.store.database, services.clock)
    today = query.today()
    weeks = {w.first_day: w.counts for w in query.load(query.period("custom", date(2026, 10, 1),
                                                                      date(2026, 12, 31))).activity_weeks}
    expected: dict[date, list[int]] = {week: [0] * len(ACTIVITY_KINDS) for week in weeks}
    for day_text, kind in services.store.database.execute_sql(
            "SELECT iif(all_day, date(occurred_at), date(occurred_at, 'localtime')), kind FROM activity"
            " WHERE deleted_at IS NULL AND (all_day = 1 OR occurred_at <= ?)", ("2026-11-20 15:00:00",)).fetchall():
        day = date.fromisoformat(day_text)
        if date(2026, 10, 1) <= day <= today:
            expected[day - timedelta(days=day.weekday())][ACTIVITY_KINDS.index(kind)] += 1
    assert weeks == {week: tuple(counts) for week, counts in expected.items()}
    assert sum(sum(counts) for counts in weeks.values()) > 250
