"""Pipelines and their stages; deals (money, validation, moves, history, closing) and deal analytics."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.clock import FakeClock
from app.deals import DealData, DealRecord, ForecastRow
from app.errors import NotFoundError, ValidationError
from app.pipelines import DEFAULT_STAGES, PipelineInfo
from app.services import Services

# --- helpers ------------------------------------------------------------------------------------


def error_fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in exc.value.errors}


def stage_names(info: PipelineInfo) -> list[str]:
    return [s.name for s in info.stages]


def stage_uid(info: PipelineInfo, name: str) -> str:
    return next(s.uid for s in info.stages if s.name == name)


def make_deal(services: Services, title: str = "Deal", stage: str | None = None, **fields: Any) -> DealRecord:
    if stage is None:
        stage = services.pipelines.default().stages[0].uid
    return services.deals.create(DealData(title=title, stage_uid=stage, **fields)).value


def history_rows(services: Services, uid: str) -> int:
    deal_id = services.deals.get(uid, include_deleted=True).id
    return int(
        services.store.database.execute_sql(
            "SELECT count(*) FROM deal_stage_change WHERE deal_id = ?", (deal_id,)
        ).fetchone()[0]
    )


# --- pipelines ----------------------------------------------------------------------------------


def test_default_makes_sales_pipeline_once(services: Services) -> None:
    assert services.pipelines.list() == []
    first = services.pipelines.default()
    assert first.name == "Sales"
    assert [(s.name, s.probability) for s in first.stages] == list(DEFAULT_STAGES)
    assert len(first.stages) == 5
    assert [s.position for s in first.stages] == [0, 1, 2, 3, 4]

    second = services.pipelines.default()
    assert second == first
    assert len(services.pipelines.list()) == 1


def test_create_pipeline_with_stages(services: Services) -> None:
    result = services.pipelines.create("  Partner   deals ", (("Intro", 10), (" Pilot ", 40), ("Signed", 100)))
    info = result.value
    assert result.changes.pipelines
    assert info.name == "Partner deals"
    assert stage_names(info) == ["Intro", "Pilot", "Signed"]
    assert [s.probability for s in info.stages] == [10, 40, 100]
    assert all(s.pipeline_uid == info.uid for s in info.stages)
    assert services.pipelines.get(info.uid) == info


def test_create_pipeline_rejects_bad_probability(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.pipelines.create("Sales", (("Lead", 10), ("Won-ish", 120)))
    assert error_fields(exc) == {"stages[1]"}
    assert "120" in str(exc.value)
    assert services.pipelines.list() == []


def test_create_pipeline_rejects_empty_names(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.pipelines.create("   ", (("  ", 10), ("Ok", 50)))
    assert error_fields(exc) == {"name", "stages[0]"}

    with pytest.raises(ValidationError) as exc:
        services.pipelines.create("No stages", ())
    assert error_fields(exc) == {"stages"}
    assert services.pipelines.list() == []


def test_add_stage_at_position(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50), ("C", 90))).value

    added = services.pipelines.add_stage(pipeline.uid, "Between", 30, position=1).value
    assert added.position == 1
    assert added.pipeline_uid == pipeline.uid
    info = services.pipelines.get(pipeline.uid)
    assert stage_names(info) == ["A", "Between", "B", "C"]
    assert [s.position for s in info.stages] == [0, 1, 2, 3]

    services.pipelines.add_stage(pipeline.uid, "Last", 95)
    services.pipelines.add_stage(pipeline.uid, "First", 5, position=0)
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["First", "A", "Between", "B", "C", "Last"]

    with pytest.raises(ValidationError) as exc:
        services.pipelines.add_stage(pipeline.uid, " ", 150)
    assert error_fields(exc) == {"name", "probability"}


def test_update_stage(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50))).value
    uid = stage_uid(pipeline, "B")

    updated = services.pipelines.update_stage(uid, name=" Demo ", probability=60)
    assert (updated.value.name, updated.value.probability) == ("Demo", 60)
    assert updated.changes.deals  # a new default probability changes deals' probabilities
    assert services.pipelines.stage(uid).name == "Demo"

    renamed = services.pipelines.update_stage(uid, name="Demo done")
    assert (renamed.value.name, renamed.value.probability) == ("Demo done", 60)

    with pytest.raises(ValidationError) as exc:
        services.pipelines.update_stage(uid, probability=-1)
    assert error_fields(exc) == {"probability"}
    with pytest.raises(ValidationError) as exc:
        services.pipelines.update_stage(uid, name="")
    assert error_fields(exc) == {"name"}
    assert services.pipelines.stage(uid).probability == 60


def test_move_stage_reorders(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 20), ("C", 30), ("D", 40))).value

    moved = services.pipelines.move_stage(stage_uid(pipeline, "A"), 2).value
    assert moved.position == 2
    info = services.pipelines.get(pipeline.uid)
    assert stage_names(info) == ["B", "C", "A", "D"]
    assert [s.position for s in info.stages] == [0, 1, 2, 3]

    services.pipelines.move_stage(stage_uid(pipeline, "D"), 0)
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["D", "B", "C", "A"]
    services.pipelines.move_stage(stage_uid(pipeline, "D"), 99)  # past the end: last
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["B", "C", "A", "D"]


def test_delete_stage_refused_while_deals_in_it(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50))).value
    a = stage_uid(pipeline, "A")
    make_deal(services, "Busy", stage=a)

    with pytest.raises(ValidationError) as exc:
        services.pipelines.delete_stage(a)
    assert error_fields(exc) == {"stage"}
    assert "1 deal" in str(exc.value)
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["A", "B"]


def test_delete_stage_refused_while_in_deal_history(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50))).value
    a, b = stage_uid(pipeline, "A"), stage_uid(pipeline, "B")
    deal = make_deal(services, "Passed through", stage=a)
    services.deals.move_to_stage(deal.uid, b)

    with pytest.raises(ValidationError) as exc:
        services.pipelines.delete_stage(a)
    assert error_fields(exc) == {"stage"}
    assert "history" in str(exc.value)
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["A", "B"]
    assert [m.to_stage for m in services.deals.history(deal.uid)] == ["A", "B"]


def test_delete_stage_refused_for_last_stage(services: Services) -> None:
    pipeline = services.pipelines.create("Solo", (("Only", 50),)).value
    with pytest.raises(ValidationError) as exc:
        services.pipelines.delete_stage(pipeline.stages[0].uid)
    assert error_fields(exc) == {"stage"}
    assert stage_names(services.pipelines.get(pipeline.uid)) == ["Only"]


def test_delete_empty_stage_renumbers(services: Services) -> None:
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50), ("C", 90))).value
    b = stage_uid(pipeline, "B")
    services.pipelines.delete_stage(b)
    info = services.pipelines.get(pipeline.uid)
    assert stage_names(info) == ["A", "C"]
    assert [s.position for s in info.stages] == [0, 1]
    with pytest.raises(NotFoundError):
        services.pipelines.stage(b)


# --- deals: creating and validation -------------------------------------------------------------


def test_create_deal_amount_and_currency(services: Services) -> None:
    deal = make_deal(services, "  Big   order ", amount=Decimal("1234.56"), currency="eur",
                     expected_close=date(2026, 5, 1))
    assert deal.data.title == "Big order"
    assert deal.data.currency == "EUR"
    assert deal.data.amount == Decimal("1234.56")
    assert deal.status == "open"
    assert deal.data.expected_close == date(2026, 5, 1)

    again = services.deals.get(deal.uid)
    assert again.data.amount == Decimal("1234.56")
    assert again.data.currency == "EUR"
    stored = services.store.database.execute_sql(
        "SELECT amount_minor, currency FROM deal WHERE uid = ?", (deal.uid,)
    ).fetchone()
    assert tuple(stored) == (123456, "EUR")


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        (Decimal("12345678901234.56"), "EUR", 1234567890123456),  # beyond a float's exact range
        (Decimal("0.10"), "USD", 10),
        (Decimal("150000"), "JPY", 150000),
        (Decimal("1.234"), "KWD", 1234),  # three minor digits
        (Decimal("1.20"), "EUR", 120),
    ],
)
def test_amounts_stored_exactly(services: Services, amount: Decimal, currency: str, minor: int) -> None:
    deal = make_deal(services, amount=amount, currency=currency)
    assert services.deals.get(deal.uid).data.amount == amount
    stored = services.store.database.execute_sql(
        "SELECT amount_minor FROM deal WHERE uid = ?", (deal.uid,)
    ).fetchone()[0]
    assert stored == minor


@pytest.mark.parametrize(
    ("amount", "currency"),
    [(Decimal("100.5"), "JPY"), (Decimal("1.234"), "EUR"), (Decimal("0.001"), "USD")],
)
def test_amount_with_too_many_decimals_rejected(services: Services, amount: Decimal, currency: str) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, amount=amount, currency=currency)
    assert error_fields(exc) == {"amount"}
    assert services.deals.count() == 0


def test_amount_too_large_to_store_rejected(services: Services) -> None:
    """A typo with too many zeros is a validation error, not a crash in SQLite (INTEGER is 64-bit)."""
    with pytest.raises(ValidationError) as exc:
        make_deal(services, amount=Decimal("100000000000000000000"), currency="EUR")
    assert error_fields(exc) == {"amount"}
    assert services.deals.count() == 0


def test_amount_without_currency_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, amount=Decimal("10"))
    assert error_fields(exc) == {"currency"}


def test_unknown_currency_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, amount=Decimal("10"), currency="XYZ")
    assert error_fields(exc) == {"currency"}
    assert "XYZ" in str(exc.value)


def test_negative_amount_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, amount=Decimal("-5"), currency="EUR")
    assert error_fields(exc) == {"amount"}


def test_bad_expected_close_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, expected_close="2026-13-45")
    assert error_fields(exc) == {"expected_close"}
    assert "2026-13-45" in str(exc.value)

    deal = make_deal(services, expected_close="2026-06-30")
    assert deal.data.expected_close == date(2026, 6, 30)


def test_empty_title_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        make_deal(services, title="   ")
    assert error_fields(exc) == {"title"}
    assert services.deals.count() == 0


def test_unknown_stage_and_bad_probability_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as exc:
        services.deals.create(DealData(title="X", stage_uid="nope", probability=101))
    assert error_fields(exc) == {"stage_uid", "probability"}


def test_probability_falls_back_to_stage(services: Services) -> None:
    sales = services.pipelines.default()
    proposal = stage_uid(sales, "Proposal")
    deal = make_deal(services, stage=proposal)
    assert deal.data.probability is None
    assert deal.probability == 50

    services.pipelines.update_stage(proposal, probability=55)
    assert services.deals.get(deal.uid).probability == 55

    own = make_deal(services, stage=proposal, probability=80)
    assert own.probability == 80
    assert services.deals.update(own.uid, probability=None).value.probability == 55


# --- deals: moving and history ------------------------------------------------------------------


def test_moves_write_history(services: Services, clock: FakeClock) -> None:
    sales = services.pipelines.default()
    deal = make_deal(services)
    assert deal.stage_name == "Lead"
    assert history_rows(services, deal.uid) == 1

    clock.advance(timedelta(hours=1))
    moved = services.deals.update(deal.uid, stage_uid=stage_uid(sales, "Proposal")).value
    assert moved.stage_name == "Proposal"
    assert moved.stage_entered_at == clock.now()
    assert history_rows(services, deal.uid) == 2

    clock.advance(timedelta(hours=1))
    assert services.deals.move_to_stage(deal.uid, stage_uid(sales, "Qualified")).value.stage_name == "Qualified"
    clock.advance(timedelta(hours=1))
    assert services.deals.move_by(deal.uid, +1).value.stage_name == "Proposal"
    clock.advance(timedelta(hours=1))
    assert services.deals.move_by(deal.uid, -1).value.stage_name == "Qualified"

    moves = [(m.from_stage, m.to_stage) for m in services.deals.history(deal.uid)]
    assert moves == [
        (None, "Lead"),
        ("Lead", "Proposal"),
        ("Proposal", "Qualified"),
        ("Qualified", "Proposal"),
        ("Proposal", "Qualified"),
    ]


def test_update_without_stage_change_writes_no_history(services: Services) -> None:
    deal = make_deal(services)
    services.deals.update(deal.uid, notes="called them")
    services.deals.update(deal.uid, stage_uid=deal.data.stage_uid)
    assert history_rows(services, deal.uid) == 1


def test_move_by_clamped_at_the_ends(services: Services) -> None:
    sales = services.pipelines.default()
    first = make_deal(services, "First", stage=sales.stages[0].uid)
    result = services.deals.move_by(first.uid, -1)
    assert result.value.stage_name == "Lead"
    assert not result.changes
    assert history_rows(services, first.uid) == 1

    last = make_deal(services, "Last", stage=sales.stages[-1].uid)
    result = services.deals.move_by(last.uid, +1)
    assert result.value.stage_name == "Contract sent"
    assert not result.changes
    assert history_rows(services, last.uid) == 1

    jumped = services.deals.move_by(first.uid, +10).value  # clamped to the last stage
    assert jumped.stage_name == "Contract sent"
    assert history_rows(services, first.uid) == 2


def test_history_days_in_each_stage(services: Services, clock: FakeClock) -> None:
    sales = services.pipelines.default()
    created_at = clock.now()
    deal = make_deal(services)
    clock.advance(timedelta(days=3))
    services.deals.move_to_stage(deal.uid, stage_uid(sales, "Qualified"))
    clock.advance(timedelta(days=5))
    won = services.deals.mark_won(deal.uid).value
    assert won.status == "won"
    assert won.closed_at == clock.now()

    clock.advance(timedelta(days=30))  # after the close, the last stay no longer grows
    history = services.deals.history(deal.uid)
    assert [(m.from_stage, m.to_stage) for m in history] == [(None, "Lead"), ("Lead", "Qualified")]
    assert [m.changed_at for m in history] == [created_at, created_at + timedelta(days=3)]
    assert [m.days_in_stage for m in history] == [pytest.approx(3.0), pytest.approx(5.0)]


def test_history_of_open_deal_runs_until_now(services: Services, clock: FakeClock) -> None:
    deal = make_deal(services)
    clock.advance(timedelta(days=2, hours=12))
    assert services.deals.history(deal.uid)[-1].days_in_stage == pytest.approx(2.5)


def test_mark_lost_requires_reason(services: Services, clock: FakeClock) -> None:
    deal = make_deal(services)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as exc:
            services.deals.mark_lost(deal.uid, reason)
        assert error_fields(exc) == {"lost_reason"}
    assert services.deals.get(deal.uid).status == "open"

    lost = services.deals.mark_lost(deal.uid, "  Too expensive ").value
    assert lost.status == "lost"
    assert lost.lost_reason == "Too expensive"
    assert lost.closed_at == clock.now()
    assert services.deals.count("lost") == 1


def test_reopen(services: Services, clock: FakeClock) -> None:
    deal = make_deal(services)
    services.deals.mark_lost(deal.uid, "Budget")
    clock.advance(timedelta(days=1))
    reopened = services.deals.reopen(deal.uid)
    assert reopened.changes.deals
    assert reopened.value.status == "open"
    assert reopened.value.lost_reason == ""
    assert reopened.value.closed_at is None
    assert [d.uid for d in services.deals.list()] == [deal.uid]

    again = services.deals.reopen(deal.uid)  # already open: nothing to do
    assert not again.changes
    assert again.value.status == "open"


def test_delete_and_restore(services: Services, clock: FakeClock) -> None:
    deal = make_deal(services, "Gone soon")
    deleted = services.deals.delete(deal.uid).value
    assert deleted.meta.deleted_at == clock.now()
    assert services.deals.count() == 0
    assert services.deals.list() == []
    with pytest.raises(NotFoundError):
        services.deals.get(deal.uid)
    assert services.deals.get(deal.uid, include_deleted=True).data.title == "Gone soon"

    restored = services.deals.restore(deal.uid).value
    assert restored.meta.deleted_at is None
    assert restored.meta.version > deleted.meta.version
    assert [d.uid for d in services.deals.list()] == [deal.uid]


# --- analytics ----------------------------------------------------------------------------------


def test_forecast_groups_by_month_and_currency(services: Services) -> None:
    sales = services.pipelines.default()
    lead, qualified, proposal = (stage_uid(sales, n) for n in ("Lead", "Qualified", "Proposal"))

    def deal(amount: str, currency: str, close: date, stage: str = lead, probability: int | None = None) -> str:
        return make_deal(services, stage=stage, amount=Decimal(amount), currency=currency,
                         expected_close=close, probability=probability).uid

    deal("1234.56", "EUR", date(2026, 4, 10))  # 10 % of the Lead stage: 123.456
    deal("1000.00", "EUR", date(2026, 4, 20), probability=33)  # 330
    deal("500", "USD", date(2026, 4, 5), stage=proposal)  # 50 %: 250
    deal("99.99", "EUR", date(2026, 5, 15), stage=qualified)  # 25 %: 24.9975
    deal("10000", "JPY", date(2026, 5, 1), probability=7)  # 700
    deal("0.01", "USD", date(2026, 5, 31), probability=1)  # last day of the period: 0.0001

    # Not counted: closed, deleted, outside the period.
    won = deal("7777.77", "EUR", date(2026, 4, 11))
    services.deals.mark_won(won)
    lost = deal("8888.88", "EUR", date(2026, 4, 12))
    services.deals.mark_lost(lost, "Went with a competitor")
    gone = deal("9999.99", "EUR", date(2026, 4, 13))
    services.deals.delete(gone)
    deal("5555.55", "EUR", date(2026, 3, 31))
    deal("4444.44", "EUR", date(2026, 6, 1))
    make_deal(services, "No amount", expected_close=date(2026, 4, 15))

    rows = services.deals.forecast(date(2026, 4, 1), date(2026, 5, 31))
    assert rows == [
        ForecastRow("2026-04", "EUR", 2, Decimal("2234.56"), Decimal("453.456")),
        ForecastRow("2026-04", "USD", 1, Decimal("500"), Decimal("250")),
        ForecastRow("2026-05", "EUR", 1, Decimal("99.99"), Decimal("24.9975")),
        ForecastRow("2026-05", "JPY", 1, Decimal("10000"), Decimal("700")),
        ForecastRow("2026-05", "USD", 1, Decimal("0.01"), Decimal("0.0001")),
    ]
    for row in rows:
        assert isinstance(row.total, Decimal)
        assert isinstance(row.weighted, Decimal)


def test_forecast_follows_stage_probability_and_reopen(services: Services) -> None:
    sales = services.pipelines.default()
    proposal = stage_uid(sales, "Proposal")
    uid = make_deal(services, stage=proposal, amount=Decimal("200.00"), currency="GBP",
                    expected_close=date(2026, 4, 1)).uid
    services.pipelines.update_stage(proposal, probability=35)
    assert services.deals.forecast(date(2026, 4, 1), date(2026, 4, 30)) == [
        ForecastRow("2026-04", "GBP", 1, Decimal("200"), Decimal("70"))
    ]
    services.deals.mark_won(uid)
    assert services.deals.forecast(date(2026, 4, 1), date(2026, 4, 30)) == []
    services.deals.reopen(uid)
    assert len(services.deals.forecast(date(2026, 4, 1), date(2026, 4, 30))) == 1


def test_win_rate_over_period(services: Services, clock: FakeClock) -> None:
    start, end = datetime(2026, 3, 10), datetime(2026, 4, 1)
    t0 = clock.now()  # 2026-03-02 09:00
    uids = {name: make_deal(services, name).uid for name in ("w1", "w2", "l1", "early", "late", "l_edge", "trash")}

    clock.set(datetime(2026, 3, 5, 9))
    services.deals.mark_won(uids["early"])  # before the period
    clock.set(datetime(2026, 3, 10))
    services.deals.mark_lost(uids["l_edge"], "No budget")  # exactly at the start: counted
    clock.set(t0 + timedelta(days=10))
    services.deals.mark_won(uids["w1"])  # 10 days
    clock.set(datetime(2026, 3, 15, 12))
    services.deals.mark_lost(uids["l1"], "Timing")
    services.deals.mark_won(uids["trash"])
    services.deals.delete(uids["trash"])  # in the Trash: not counted
    clock.set(t0 + timedelta(days=20))
    services.deals.mark_won(uids["w2"])  # 20 days
    clock.set(datetime(2026, 4, 1))
    services.deals.mark_won(uids["late"])  # exactly at the end: not counted

    rate = services.deals.win_rate(start, end)
    assert (rate.won, rate.lost) == (2, 2)
    assert rate.rate == pytest.approx(0.5)
    assert rate.average_days_to_close == pytest.approx(15.0)


def test_win_rate_with_nothing_closed(services: Services) -> None:
    make_deal(services)
    rate = services.deals.win_rate(datetime(2026, 1, 1), datetime(2027, 1, 1))
    assert (rate.won, rate.lost, rate.rate, rate.average_days_to_close) == (0, 0, None, None)


def test_time_in_stages_averages(services: Services, clock: FakeClock) -> None:
    t0 = clock.now()
    services.pipelines.default()  # Sales comes first, so it stays the default
    pipeline = services.pipelines.create("P", (("A", 10), ("B", 50), ("C", 90))).value
    a, b, c = (stage_uid(pipeline, n) for n in ("A", "B", "C"))
    d1 = make_deal(services, "d1", stage=a).uid
    d2 = make_deal(services, "d2", stage=a).uid
    other = make_deal(services, "other pipeline").uid  # in the default Sales pipeline

    clock.set(t0 + timedelta(days=2))
    services.deals.move_to_stage(d1, b)  # d1 in A: 2 days
    clock.set(t0 + timedelta(days=4))
    services.deals.move_to_stage(d2, b)  # d2 in A: 4 days
    services.deals.move_by(other, +1)  # other in Lead: 4 days
    clock.set(t0 + timedelta(days=6))
    services.deals.mark_won(d1)  # d1 in B: 4 days
    clock.set(t0 + timedelta(days=10))
    services.deals.move_to_stage(d2, c)  # d2 in B: 6 days; its stay in C has not ended

    window = (t0, t0 + timedelta(days=30))
    times = services.deals.time_in_stages(*window, pipeline_uid=pipeline.uid)
    assert [(t.stage_name, t.stints) for t in times] == [("A", 2), ("B", 2)]
    assert [t.stage_uid for t in times] == [a, b]
    assert [t.average_days for t in times] == [pytest.approx(3.0), pytest.approx(5.0)]

    everywhere = {t.stage_name: (t.stints, t.average_days) for t in services.deals.time_in_stages(*window)}
    assert everywhere["Lead"] == (1, pytest.approx(4.0))
    assert set(everywhere) == {"Lead", "A", "B"}

    # Only the stays that ended inside the window count.
    early = services.deals.time_in_stages(t0, t0 + timedelta(days=5), pipeline_uid=pipeline.uid)
    assert [(t.stage_name, t.stints, t.average_days) for t in early] == [("A", 2, pytest.approx(3.0))]


def test_editing_or_moving_a_deal_keeps_its_peoples_roles(services: Services) -> None:
    """The role a person plays in a deal (demo data, an import) survived no edit: every update rewrote the
    deal's people without it. Now those who stay keep theirs; only the one removed goes."""
    from app.contacts import ContactData

    stages = services.pipelines.default().stages
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    bob = services.contacts.create(ContactData(given="Bob", family="Roe")).value.uid
    deal = services.deals.create(DealData(title="Robots", stage_uid=stages[0].uid, contact_uids=(ann, bob))).value
    services.store.database.execute_sql("UPDATE deal_contact SET role = 'Champion'")

    def roles() -> dict[str, str]:
        return {p.uid: p.role for p in services.queries.board().people(deal.uid)}

    services.deals.move_to_stage(deal.uid, stages[1].uid)
    services.deals.update(deal.uid, probability=40, title="Warehouse robots")
    assert roles() == {ann: "Champion", bob: "Champion"}
    services.deals.update(deal.uid, contact_uids=(bob,))
    assert roles() == {bob: "Champion"}
    services.deals.update(deal.uid, contact_uids=(bob, ann))
    assert roles() == {bob: "Champion", ann: ""}
    services.deals.update(deal.uid, contact_uids=(ann, bob))  # the order people are listed in is kept too
    assert services.deals.get(deal.uid).data.contact_uids == (ann, bob) and roles()[bob] == "Champion"


def test_a_persons_role_in_a_deal_is_set_kept_and_undone(services: Services) -> None:
    from app.contacts import ContactData

    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    bob = services.contacts.create(ContactData(given="Bob", family="Stone")).value.uid
    uid = make_deal(services, "Fleet", contact_uids=(ann,)).uid
    version = services.deals.get(uid).meta.version
    services.deals.set_role(uid, ann, "  Decision   maker ")
    board = services.queries.board()
    assert [(p.name, p.role) for p in board.people(uid)] == [("Ann Lee", "Decision maker")]
    assert services.deals.get(uid).meta.version == version + 1, "a change sync uploads"
    assert not services.deals.set_role(uid, ann, "Decision maker").changes, "the same role writes nothing"
    services.deals.update(uid, title="Fleet renewal")
    assert board.people(uid)[0].role == "Decision maker", "another edit keeps the role"
    with pytest.raises(ValidationError, match="not one of the deal's people"):
        services.deals.set_role(uid, bob, "User")
    services.undo.undo()  # the title
    services.undo.undo()  # the role
    assert board.people(uid)[0].role == ""
