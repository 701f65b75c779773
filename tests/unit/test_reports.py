"""Reports beyond the dashboard (issue 18, point 5): won and lost by owner, source, stage and month with the
win rate and the days to close, the won amounts in the home currency at each closing day's rate, activities by
kind and month; the command line's table, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.activities import ActivityData
from app.clock import FakeClock
from app.deals import DealData
from app.errors import RapportError
from app.reports import activities, won_and_lost
from app.services import Services
from tests.unit.test_cli import ok, rapport


def _uid_of(services: Services, title: str) -> str:
    return str(services.store.database.execute_sql("SELECT uid FROM deal WHERE title = ?", (title,)).fetchone()[0])


@pytest.fixture
def closed(services: Services, clock: FakeClock) -> None:
    sales = services.pipelines.default()
    stages = [stage.uid for stage in sales.stages]

    def deal(title: str, amount: str, currency: str, owner: str, source: str, stage: int) -> str:
        return services.deals.create(DealData(title=title, stage_uid=stages[stage], amount=Decimal(amount),
                                              currency=currency, owner=owner, lead_source=source)).value.uid

    clock.set(datetime(2026, 1, 1, 9))
    a = deal("A", "1000", "EUR", "Ann", "Website", 2)
    b = deal("B", "500", "USD", "Ann", "Fair", 1)
    c = deal("C", "2000", "EUR", "Boris", "Website", 3)
    d = deal("D", "300", "JPY", "Boris", "", 0)
    clock.set(datetime(2026, 1, 11, 9))
    services.deals.mark_won(a)  # 10 days
    clock.set(datetime(2026, 1, 21, 9))
    services.deals.mark_won(b)  # 20 days
    clock.set(datetime(2026, 2, 1, 9))
    services.deals.mark_lost(c, "Price")
    services.deals.mark_won(d)  # 31 days
    clock.set(datetime(2026, 2, 5, 9))
    services.deals.update(c, stage_uid=stages[4])  # moved after it was lost: it was lost in stage 3
    for kind, day in (("call", 5), ("call", 6), ("meeting", 6), ("email", 40), ("note", 41)):
        services.activities.log(ActivityData(kind=kind, subject=kind, occurred_at=datetime(2026, 1, 1, 10)
                                             + timedelta(days=day)))
    clock.set(datetime(2026, 3, 2, 9))


def test_won_and_lost_by_owner_source_stage_and_month(services: Services, closed: None) -> None:
    database = services.store.database
    names = [stage.name for stage in services.pipelines.default().stages]
    by_owner = won_and_lost(database, date(2026, 1, 1), date(2026, 3, 31), "owner")
    assert [(r.key, r.won, r.lost, r.win_rate) for r in by_owner.rows] == [("Ann", 2, 0, 1.0), ("Boris", 1, 1, 0.5)]
    ann = by_owner.rows[0]
    assert ann.won_amounts == {"EUR": 100_000, "USD": 50_000}
    assert (ann.average_days, ann.median_days) == (15.0, 15.0)
    assert ann.won_home_minor is None and by_owner.home == ""
    by_source = won_and_lost(database, date(2026, 1, 1), date(2026, 3, 31), "source")
    assert {r.key: (r.won, r.lost) for r in by_source.rows} == {"Website": (1, 1), "Fair": (1, 0), "": (1, 0)}
    by_stage = won_and_lost(database, date(2026, 1, 1), date(2026, 3, 31), "stage")
    assert {r.key: (r.won, r.lost) for r in by_stage.rows} == {  # with the pipeline: two may have a "Lead"
        f"Sales · {names[2]}": (1, 0), f"Sales · {names[1]}": (1, 0), f"Sales · {names[3]}": (0, 1),
        f"Sales · {names[0]}": (1, 0)}
    by_month = won_and_lost(database, date(2026, 1, 1), date(2026, 3, 31), "month")
    assert [(r.key, r.won, r.lost) for r in by_month.rows] == [("2026-01", 2, 0), ("2026-02", 1, 1)]
    january = won_and_lost(database, date(2026, 1, 1), date(2026, 1, 31), "owner")
    assert [(r.key, r.won) for r in january.rows] == [("Ann", 2)]
    with pytest.raises(RapportError, match="ends"):
        won_and_lost(database, date(2026, 2, 1), date(2026, 1, 1))


def test_the_won_amounts_in_the_home_currency_at_each_closing_days_rate(services: Services, closed: None) -> None:
    services.currencies.set_home("EUR")
    services.currencies.set_rate("USD", "1.25", date(2026, 1, 1))
    services.currencies.set_rate("USD", "2.00", date(2026, 1, 25))  # after B was won on the 21st
    report = won_and_lost(services.store.database, date(2026, 1, 1), date(2026, 3, 31), "owner")
    ann, boris = report.rows
    assert ann.won_home_minor == 100_000 + 40_000  # $500 at 1.25, the rate of the day it was won
    assert boris.won_home_minor is None and report.without_rate == ("JPY",)  # the yen: said, not added (nor 0)
    services.currencies.set_home("ARS")  # a home currency with no rate of its own: its own deals still count
    services.deals.create(DealData(title="Pesos", stage_uid=services.pipelines.default().stages[0].uid,
                                   amount=Decimal("700"), currency="ARS", owner="Carla"))
    services.deals.mark_won(_uid_of(services, "Pesos"))
    carla = next(r for r in won_and_lost(services.store.database, date(2026, 1, 1), date(2026, 3, 31)).rows
                 if r.key == "Carla")
    assert carla.won_home_minor == 70_000


def test_activities_by_kind_and_month(services: Services, closed: None) -> None:
    database = services.store.database
    assert [(r.key, r.total) for r in activities(database, date(2026, 1, 1), date(2026, 3, 31), "kind")] == [
        ("call", 2), ("meeting", 1), ("email", 1), ("note", 1)]
    assert [(r.key, r.counts) for r in activities(database, date(2026, 1, 1), date(2026, 3, 31), "month")] == [
        ("2026-01", (2, 1, 0, 0)), ("2026-02", (0, 0, 1, 1))]


def test_the_command_line_prints_a_table_csv_and_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(rapport("demo", "--contacts", "200", data_dir=data))
    table = ok(rapport("report", "won-lost", "--from", "2020-01-01", data_dir=data)).splitlines()
    assert table[0].split("\t")[:4] == ["owner", "won", "lost", "win rate"] and len(table) > 1
    rows = list(csv.reader(io.StringIO(ok(rapport("report", "won-lost", "--by", "month", "--from", "2020-01-01",
                                                  "--csv", data_dir=data)))))
    assert rows[0][0] == "month" and [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])
    found = json.loads(ok(rapport("report", "activities", "--by", "week", "--from", "2020-01-01", "--json",
                                  data_dir=data)))
    assert found["by"] == "week" and found["rows"] and found["seconds"] >= 0
    assert all(date.fromisoformat(r["week"]).weekday() == 0 for r in found["rows"])  # weeks begin on Monday
    assert ok(rapport("report", "won-lost", "--from", "1990-01-01", "--to", "1990-12-31", data_dir=data)) == \
        "Nothing in this period.\n"
    ok(rapport("update", "deal", _first_won(data), "--owner", "=HYPERLINK(\"http://x\")", data_dir=data))
    cells = list(csv.reader(io.StringIO(ok(rapport("report", "won-lost", "--from", "2020-01-01", "--csv",
                                                   data_dir=data)))))
    assert "'=HYPERLINK(\"http://x\")" in [row[0] for row in cells]  # text in a spreadsheet, not a formula


def _first_won(data: Path) -> str:
    listed = json.loads(ok(rapport("list", "deal", "--json", "--limit", "1000", data_dir=data)))
    return str(next(deal["uid"] for deal in listed if deal["deal_status"] == "won"))


def test_an_all_day_meeting_counts_on_its_own_date_west_of_utc(services: Services, clock: FakeClock,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """An all-day meeting is its date (stored at midnight in no time zone): in New York, 'localtime' would move
    it to the day before, out of a report that begins on it and into the week before."""
    import time as clock_time

    from app.dashboard import DashboardQuery

    monkeypatch.setenv("TZ", "America/New_York")
    clock_time.tzset()
    try:
        services.activities.log(ActivityData(kind="meeting", subject="Trade fair", all_day=True,
                                             occurred_at=datetime(2026, 3, 2)))  # a Monday
        services.activities.log(ActivityData(kind="call", subject="Late call",
                                             occurred_at=datetime(2026, 3, 3, 2, 30)))  # 2 March, 21:30 there
        database = services.store.database
        week = activities(database, date(2026, 3, 2), date(2026, 3, 8), "week")
        assert [(r.key, r.counts) for r in week] == [("2026-03-02", (1, 1, 0, 0))]
        assert activities(database, date(2026, 3, 3), date(2026, 3, 8), "kind")[1].total == 0
        clock.set(datetime(2026, 3, 10, 12))
        query = DashboardQuery(database, clock)
        weeks = query.load(query.period("month")).activity_weeks
        monday = next(w for w in weeks if w.first_day == date(2026, 3, 2))
        assert monday.counts[:2] == (1, 1)  # the call and the meeting, both in the week of 2 March
    finally:
        monkeypatch.delenv("TZ")
        clock_time.tzset()


def test_activities_by_owner_whoever_logged_them(services: Services, clock: FakeClock) -> None:
    """Schema 30: an activity logged here is the user's; another owner given (a script, sync) is kept; those
    from before owners were kept have none. Sync carries the owner in the activity's calendar text."""
    from app.formats.ical import write

    services.office.set_me("Анна")
    when = datetime(2026, 4, 2, 10)
    call = services.activities.log(ActivityData(kind="call", subject="c", occurred_at=when)).value
    services.activities.log(ActivityData(kind="meeting", subject="m", occurred_at=when, ends_at=when))
    services.activities.log(ActivityData(kind="note", subject="n", occurred_at=when, owner="Boris"))
    older = services.activities.log(ActivityData(kind="email", subject="e", occurred_at=when)).value
    services.store.database.execute_sql("UPDATE activity SET owner = '' WHERE uid = ?", (older.uid,))  # as before
    assert call.data.owner == "Анна"
    services.activities.update(call.uid, owner="  Анна ")  # the same name: no write, no step
    assert services.activities.get(call.uid).meta.version == call.meta.version
    rows = activities(services.store.database, date(2026, 4, 1), date(2026, 4, 30), "owner")
    assert [(r.key, r.counts) for r in rows] == [("", (0, 0, 1, 0)), ("Boris", (0, 0, 0, 1)),
                                                 ("Анна", (1, 1, 0, 0))]
    text = write([], [], [services.activities.get(call.uid)]).decode("utf-8")
    assert "X-RAPPORT-OWNER:Анна" in text
    import io

    from app.formats.ical import Entry, read

    entries = [e for e in read(io.BytesIO(text.encode("utf-8"))) if isinstance(e, Entry)]
    assert [e.data.owner for e in entries] == ["Анна"]  # read back: another laptop keeps whose it was


def test_schema_30_takes_an_owner_an_older_rapport_kept_among_the_unmodelled_properties(tmp_path: Path) -> None:
    """A laptop that upgraded first sent X-RAPPORT-OWNER; an older Rapport kept it as an unknown property. The
    upgrade makes it the activity's owner, and takes it out of the kept ones (the kept line would win)."""
    import json

    import peewee

    from db.migrations import migrate

    database = peewee.SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    migrate(database, 29)
    kept = json.dumps([["X-RAPPORT-OWNER", [], "Lee\\, Ann"], ["X-OTHER", [], "x"]])
    database.execute_sql("INSERT INTO activity (uid, kind, occurred_at, created_at, updated_at, version, ical_extra)"
                         " VALUES ('a1', 'call', '2026-01-01 10:00:00', '2026-01-01', '2026-01-01', 1, ?)", (kept,))
    database.execute_sql("INSERT INTO activity (uid, kind, occurred_at, created_at, updated_at, version, ical_extra)"
                         " VALUES ('a2', 'note', '2026-01-01 10:00:00', '2026-01-01', '2026-01-01', 1, 'not json')")
    assert migrate(database, 30) == [30]
    rows = database.execute_sql("SELECT uid, owner, ical_extra FROM activity ORDER BY uid").fetchall()
    assert rows == [("a1", "Lee, Ann", json.dumps([["X-OTHER", [], "x"]]).replace(" ", "")),
                    ("a2", "", "not json")]
    database.close()
