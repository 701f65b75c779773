"""The pipeline on a past day and what moved between two days, rebuilt from the stage history (issue 18,
point 5): a question no anchor answers."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import FakeClock
from app.deals import DealData
from app.errors import RapportError
from app.pipeline_history import moves_between, pipeline_as_of
from app.services import Services
from app.store import Store
from tests.unit.test_cli import ok, rapport


@pytest.fixture
def history(services: Services, clock: FakeClock) -> dict[str, str]:
    sales = services.pipelines.default()
    stages = [stage.uid for stage in sales.stages]

    def made(title: str, amount: str, currency: str) -> str:
        return services.deals.create(DealData(title=title, stage_uid=stages[0], amount=Decimal(amount),
                                              currency=currency)).value.uid

    uids: dict[str, str] = {}
    clock.set(datetime(2026, 1, 5, 9))
    uids["a"] = made("Anvils", "1000", "EUR")
    uids["b"] = made("Bolts", "500", "USD")
    clock.set(datetime(2026, 2, 1, 9))
    services.deals.move_to_stage(uids["a"], stages[1])
    clock.set(datetime(2026, 2, 10, 9))
    services.deals.mark_won(uids["b"])
    clock.set(datetime(2026, 2, 15, 9))
    uids["d"] = made("Drills", "300", "EUR")
    clock.set(datetime(2026, 3, 1, 9))
    uids["c"] = made("Cranes", "2000", "EUR")
    services.deals.move_to_stage(uids["a"], stages[2])
    clock.set(datetime(2026, 3, 5, 9))
    services.deals.delete(uids["d"])
    return uids


def _board(services: Services, day: date) -> dict[str, list[str]]:
    past = pipeline_as_of(services.store.database, day)
    return {stage.name: [deal.title for deal in stage.deals] for stage in past.stages if stage.deals}


def test_the_pipeline_stood_as_its_history_says_on_each_day(services: Services, history: dict[str, str]) -> None:
    names = [stage.name for stage in services.pipelines.default().stages]
    assert _board(services, date(2026, 1, 4)) == {}
    assert _board(services, date(2026, 1, 31)) == {names[0]: ["Anvils", "Bolts"]}
    assert _board(services, date(2026, 2, 5)) == {names[0]: ["Bolts"], names[1]: ["Anvils"]}
    assert _board(services, date(2026, 2, 20)) == {names[0]: ["Drills"], names[1]: ["Anvils"]}  # Bolts won
    assert _board(services, date(2026, 3, 3)) == {names[0]: ["Drills", "Cranes"], names[2]: ["Anvils"]}
    assert _board(services, date(2026, 3, 10)) == {names[0]: ["Cranes"], names[2]: ["Anvils"]}  # Drills trashed

    past = pipeline_as_of(services.store.database, date(2026, 1, 31))
    lead = past.stages[0]
    assert lead.totals == (("EUR", 100_000), ("USD", 50_000))
    assert lead.weighted == tuple((c, v * lead.probability // 100) for c, v in lead.totals)
    assert past.total is None  # no home currency: each currency on its own


def test_totals_add_up_in_the_home_currency_at_the_days_rates(services: Services, history: dict[str, str]) -> None:
    services.currencies.set_home("EUR")
    services.currencies.set_rate("USD", "1.25", date(2026, 1, 1))
    services.currencies.set_rate("USD", "1.00", date(2026, 3, 1))
    january = pipeline_as_of(services.store.database, date(2026, 1, 31))
    assert january.total is not None and january.total.amount_minor == 100_000 + 40_000  # $500 at 1.25


def test_what_moved_between_two_days(services: Services, history: dict[str, str]) -> None:
    names = [stage.name for stage in services.pipelines.default().stages]
    moves = moves_between(services.store.database, date(2026, 2, 1), date(2026, 2, 28))
    assert [(m.title, m.kind, m.from_stage, m.to_stage) for m in moves] == [
        ("Anvils", "moved", names[0], names[1]),
        ("Bolts", "won", names[0], ""),
        ("Drills", "made", "", names[0]),
    ]
    with pytest.raises(RapportError, match="ends"):
        moves_between(services.store.database, date(2026, 3, 1), date(2026, 2, 1))
    with pytest.raises(RapportError, match="no pipeline is named “Hiring”"):
        pipeline_as_of(services.store.database, date(2026, 3, 1), "Hiring")


def test_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(rapport("demo", "--contacts", "60", data_dir=data))
    today = date.today().isoformat()
    text = ok(rapport("pipeline", "as-of", today, data_dir=data))
    assert text.startswith("Sales at the end of " + today) and "open deals" in text
    past = json.loads(ok(rapport("pipeline", "as-of", today, "--json", data_dir=data)))
    store = Store.open(data)
    try:  # today, the pipeline as it is now: every open deal of Sales
        now = store.database.execute_sql(
            "SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN pipeline p ON p.id = s.pipeline_id"
            " WHERE d.status = 'open' AND d.deleted_at IS NULL AND p.name = 'Sales'").fetchone()[0]
    finally:
        store.close()
    assert past["open_deals"] == now > 0
    moves = json.loads(ok(rapport("pipeline", "moves", "2000-01-01", today, "--json", data_dir=data)))
    assert {m["kind"] for m in moves["moves"]} >= {"made", "moved"} and moves["seconds"] >= 0


def test_deals_whose_history_is_missing_or_behind_stand_where_they_are(services: Services, clock: FakeClock,
                                                                        history: dict[str, str]) -> None:
    """An imported or synced deal may come without its moves, or with a stage its moves do not reach: it stood
    in its stage since it came into it (stage_entered_at), or since it was made."""
    database = services.store.database
    names = [stage.name for stage in services.pipelines.default().stages]
    stages = [stage.uid for stage in services.pipelines.default().stages]
    database.execute_sql("DELETE FROM deal_stage_change WHERE deal_id = (SELECT id FROM deal WHERE uid = ?)",
                         (history["c"],))  # Cranes, made on 1 March: no history at all
    database.execute_sql(  # Anvils: in Negotiation since 4 March, a move its history does not hold
        "UPDATE deal SET stage_id = (SELECT id FROM stage WHERE uid = ?), stage_entered_at = '2026-03-04 09:00:00'"
        " WHERE uid = ?", (stages[3], history["a"]))
    assert _board(services, date(2026, 2, 28)) == {names[0]: ["Drills"], names[1]: ["Anvils"]}
    assert _board(services, date(2026, 3, 3)) == {names[0]: ["Drills", "Cranes"], names[2]: ["Anvils"]}
    assert _board(services, date(2026, 3, 10)) == {names[0]: ["Cranes"], names[3]: ["Anvils"]}


def test_the_forecast_weighs_a_deals_own_probability_and_a_close_stays_in_its_stage(
        services: Services, clock: FakeClock, history: dict[str, str]) -> None:
    services.deals.update(history["c"], probability=90)
    past = pipeline_as_of(services.store.database, date(2026, 3, 10))
    lead = past.stages[0]
    assert lead.weighted == (("EUR", 200_000 * 90 // 100),)  # Cranes' own 90 %, not Lead's
    partners = services.pipelines.create("Partnerships", (("Intro", 10), ("Pilot", 40))).value
    clock.set(datetime(2026, 3, 20, 9))
    services.deals.update(history["b"], stage_uid=partners.stages[0].uid)  # won in Sales, moved on later
    moves = moves_between(services.store.database, date(2026, 2, 1), date(2026, 2, 28))
    assert [(m.title, m.kind, m.from_stage) for m in moves if m.kind == "won"] == [
        ("Bolts", "won", services.pipelines.default().stages[0].name)]
    with pytest.raises(RapportError, match="too far off"):
        pipeline_as_of(services.store.database, date(9999, 12, 31))
