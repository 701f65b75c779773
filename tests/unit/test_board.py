"""The board's data (app/board.py): stages, cards, totals, next-step states against the FakeClock, cap."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.accounts import AccountData
from app.activities import ActivityData
from app.board import CARD_CAP, ROTTING_DAYS, BoardQuery, Card
from app.clock import FakeClock
from app.contacts import ContactData
from app.deals import DealData, DealRecord
from app.errors import NotFoundError
from app.links import Link
from app.services import Services
from app.tasks import TaskData


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC here unless a test says otherwise (due dates are local dates)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def query(services: Services) -> BoardQuery:
    return BoardQuery(services.store.database, services.clock)


def deal(services: Services, title: str, stage: int = 0, **fields: Any) -> DealRecord:
    sales = services.pipelines.default()
    return services.deals.create(DealData(title=title, stage_uid=sales.stages[stage].uid, **fields)).value


def task(services: Services, deal_uid: str, due: date | None, due_time: str = "", **fields: Any) -> str:
    data = TaskData(title=f"Follow up {deal_uid[:4]}", due_date=due, due_time=due_time,
                    links=(Link("deal", deal_uid),), **fields)
    return services.tasks.create(data).value.uid


def meeting(services: Services, deal_uid: str, at: datetime) -> str:
    data = ActivityData(kind="meeting", occurred_at=at, subject="Demo", links=(Link("deal", deal_uid),))
    return services.activities.log(data).value.uid


def cards_by_title(query: BoardQuery, services: Services) -> dict[str, Card]:
    board = query.load(services.pipelines.default().uid)
    return {c.title: c for column in board.columns for c in column.cards}


def test_board_lists_every_stage_in_order_with_counts_and_totals_per_currency(
    services: Services, query: BoardQuery
) -> None:
    sales = services.pipelines.default()
    acme = services.accounts.create(AccountData(name="Acme GmbH")).value
    deal(services, "Big", 0, amount=Decimal("1200.50"), currency="EUR", account_uid=acme.uid, owner="Kim",
         expected_close=date(2026, 4, 30))
    deal(services, "Small", 0, amount=Decimal("99"), currency="EUR")
    deal(services, "Dollars", 0, amount=Decimal("10"), currency="USD")
    deal(services, "No amount", 2)

    board = query.load(sales.uid)

    assert [c.name for c in board.columns] == [s.name for s in sales.stages]
    assert [c.probability for c in board.columns] == [s.probability for s in sales.stages]
    lead, _, proposal, *_ = board.columns
    assert lead.count == 3 and lead.hidden == 0
    assert lead.totals == (("EUR", 129950), ("USD", 1000))  # minor units; the currency with most deals first
    assert proposal.count == 1 and proposal.totals == ()
    assert [c.count for c in board.columns[3:]] == [0, 0]
    assert board.count == 4
    big = next(c for c in lead.cards if c.title == "Big")
    assert (big.account_name, big.account_uid, big.amount_minor, big.currency, big.owner) == (
        "Acme GmbH", acme.uid, 120050, "EUR", "Kim")
    assert big.expected_close == date(2026, 4, 30)
    assert big.probability == sales.stages[0].probability
    assert big.days_in_stage == 0


def test_next_step_state_is_relative_to_the_clock(services: Services, query: BoardQuery, clock: FakeClock) -> None:
    today = clock.now().date()  # 2026-03-02, 09:00 UTC (= local here)
    overdue = deal(services, "Overdue task")
    task(services, overdue.uid, today - timedelta(days=1))
    passed = deal(services, "Due earlier today")
    task(services, passed.uid, today, "08:30")
    due_today = deal(services, "Due today")
    task(services, due_today.uid, today, "17:00")
    all_day = deal(services, "Due today, no time")
    task(services, all_day.uid, today)
    meeting_today = deal(services, "Meeting this afternoon")
    meeting(services, meeting_today.uid, clock.now() + timedelta(hours=5))
    later = deal(services, "Meeting next week")
    meeting(services, later.uid, clock.now() + timedelta(days=7))
    undated = deal(services, "Undated task")
    task(services, undated.uid, None)
    done = deal(services, "Only a done task")
    done_task = task(services, done.uid, today - timedelta(days=3))
    services.tasks.complete(done_task)
    logged = deal(services, "Only a past call")
    services.activities.log(ActivityData(kind="call", occurred_at=clock.now() - timedelta(days=1),
                                         links=(Link("deal", logged.uid),)))
    deal(services, "Nothing")

    cards = cards_by_title(query, services)
    assert {title: c.next_state for title, c in cards.items()} == {
        "Overdue task": "overdue", "Due earlier today": "overdue", "Due today": "today",
        "Due today, no time": "today", "Meeting this afternoon": "today", "Meeting next week": "later",
        "Undated task": "later", "Only a done task": "none", "Only a past call": "none", "Nothing": "none",
    }
    assert cards["Overdue task"].next_due == today - timedelta(days=1)
    assert cards["Meeting next week"].next_due == today + timedelta(days=7)
    assert cards["Nothing"].next_due is None

    clock.advance(timedelta(hours=9))  # 18:00: the 17:00 task has passed too
    assert cards_by_title(query, services)["Due today"].next_state == "overdue"
    clock.advance(timedelta(days=1))  # tomorrow: yesterday's meeting is history, the all-day task is overdue
    cards = cards_by_title(query, services)
    assert cards["Meeting this afternoon"].next_state == "none"
    assert cards["Due today, no time"].next_state == "overdue"


def test_the_day_is_the_users_local_day(services: Services, query: BoardQuery, clock: FakeClock,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # UTC+9
    time.tzset()
    clock.set(datetime(2026, 3, 2, 20, 0))  # 05:00 on 3 March in Tokyo
    tomorrow_in_utc = deal(services, "Due 3 March")
    task(services, tomorrow_in_utc.uid, date(2026, 3, 3))
    yesterday_in_tokyo = deal(services, "Due 2 March")
    task(services, yesterday_in_tokyo.uid, date(2026, 3, 2))
    cards = cards_by_title(query, services)
    assert cards["Due 3 March"].next_state == "today"
    assert cards["Due 2 March"].next_state == "overdue"


def test_cards_are_ordered_by_urgency(services: Services, query: BoardQuery, clock: FakeClock) -> None:
    today = clock.now().date()
    later_soon = deal(services, "Later, soon")
    task(services, later_soon.uid, today + timedelta(days=2))
    later_far = deal(services, "Later, far")
    task(services, later_far.uid, today + timedelta(days=20))
    deal(services, "None, closes late", expected_close=today + timedelta(days=60))
    deal(services, "None, closes soon", expected_close=today + timedelta(days=5))
    deal(services, "None, no close date")
    on_today = deal(services, "Today")
    task(services, on_today.uid, today)
    old = deal(services, "Overdue a week")
    task(services, old.uid, today - timedelta(days=7))
    recent = deal(services, "Overdue a day")
    task(services, recent.uid, today - timedelta(days=1))

    column = query.load(services.pipelines.default().uid).columns[0]
    assert [c.title for c in column.cards] == [
        "Overdue a week", "Overdue a day", "Today", "None, closes soon", "None, closes late", "None, no close date",
        "Later, soon", "Later, far",
    ]
    assert [c.urgency for c in column.cards] == sorted(c.urgency for c in column.cards)


def test_a_column_shows_at_most_cap_cards_and_pages_the_rest(services: Services, query: BoardQuery,
                                                              clock: FakeClock) -> None:
    today = clock.now().date()
    for number in range(7):
        deal(services, f"Deal {number}", amount=Decimal(100 + number), currency="EUR",
             expected_close=today + timedelta(days=number))
    pipeline = services.pipelines.default().uid

    column = query.load(pipeline, cap=3).columns[0]
    assert [c.title for c in column.cards] == ["Deal 0", "Deal 1", "Deal 2"]
    assert (column.count, column.hidden) == (7, 4)
    assert column.totals == (("EUR", sum(10000 + 100 * n for n in range(7))),)  # every deal, shown or not

    following = query.more(column.stage_uid, column.cards[-1], limit=3)
    assert [c.title for c in following] == ["Deal 3", "Deal 4", "Deal 5"]
    rest = query.more(column.stage_uid, following[-1], limit=3)
    assert [c.title for c in rest] == ["Deal 6"]
    assert [c.title for c in query.more(column.stage_uid, None, limit=2)] == ["Deal 0", "Deal 1"]
    assert CARD_CAP >= 50  # a cap that still fills any screen


def test_only_open_live_deals_of_the_pipeline_are_on_it(services: Services, query: BoardQuery) -> None:
    deal(services, "Open")
    services.deals.mark_won(deal(services, "Won").uid)
    services.deals.mark_lost(deal(services, "Lost").uid, "Price")
    services.deals.delete(deal(services, "Deleted").uid)
    other = services.pipelines.create("Partners", (("Intro", 10), ("Signed", 90))).value
    services.deals.create(DealData(title="Partner deal", stage_uid=other.stages[1].uid))

    assert list(cards_by_title(query, services)) == ["Open"]
    partners = query.load(other.uid)
    assert [(c.name, c.count) for c in partners.columns] == [("Intro", 0), ("Signed", 1)]
    with pytest.raises(NotFoundError):
        query.load("no-such-pipeline")


def test_days_in_stage_follow_the_clock_and_moves(services: Services, query: BoardQuery, clock: FakeClock) -> None:
    record = deal(services, "Idle")
    clock.advance(timedelta(days=ROTTING_DAYS, hours=1))
    card = query.card(record.uid)
    assert card is not None and card.days_in_stage == ROTTING_DAYS and card.rotting

    services.deals.move_by(record.uid, 1)
    moved = query.card(record.uid)
    assert moved is not None and moved.days_in_stage == 0 and not moved.rotting
    column = query.load(services.pipelines.default().uid).columns[1]
    assert column.cards == (moved,)  # one card reads the same as the board

    services.deals.mark_won(record.uid)
    assert query.card(record.uid) is None


def test_detail_reads_people_tasks_reasons_and_stage_counts(services: Services, query: BoardQuery,
                                                            clock: FakeClock) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee", display_name="Ann Lee")).value
    bob = services.contacts.create(ContactData(given="Bob", family="Ray", display_name="Bob Ray")).value
    record = deal(services, "With people", contact_uids=(bob.uid, ann.uid))
    assert [(p.name, p.uid) for p in query.people(record.uid)] == [("Bob Ray", bob.uid), ("Ann Lee", ann.uid)]

    today = clock.now().date()
    done = task(services, record.uid, today - timedelta(days=9))
    services.tasks.complete(done)
    task(services, record.uid, today + timedelta(days=3))
    task(services, record.uid, None)
    task(services, record.uid, today - timedelta(days=1))
    lines = query.tasks(record.uid)
    assert [(line.due_date, line.state) for line in lines] == [
        (today - timedelta(days=1), "overdue"), (today + timedelta(days=3), "later"), (None, "later"),
        (today - timedelta(days=9), "done"),
    ]

    for reason in ("Timing", "Price", "Price"):
        services.deals.mark_lost(deal(services, "Gone").uid, reason)
    assert query.lost_reasons() == ["Price", "Timing"]

    sales = services.pipelines.default()
    counts = query.stage_deal_counts(sales.uid)
    assert counts[sales.stages[0].uid] == 4  # open and closed alike: both keep a stage from being removed
    assert counts[sales.stages[1].uid] == 0


@pytest.mark.parametrize("seed", range(6))
def test_a_column_shows_what_ranking_the_whole_stage_shows(services: Services, query: BoardQuery,
                                                           clock: FakeClock, seed: int) -> None:
    """load() ranks only the deals that can head a column (those with a step due by today, and the first
    unplanned ones by expected close); `more` from the start ranks a stage whole. Over random deals,
    tasks, meetings and owners they must agree, card for card, and on every count and total — whether a
    stage's unplanned deals outnumber the cap or run out before it."""
    import random

    chance = random.Random(seed)
    today = clock.now().date()
    stages = len(services.pipelines.default().stages)
    for number in range(chance.randint(10, 40)):
        made = deal(services, f"Deal {number}", chance.randrange(stages),
                    amount=Decimal(chance.choice(["10", "250.5", "0"])), currency=chance.choice(["EUR", "USD"]),
                    owner=chance.choice(["Kim", "Lee", ""]),
                    expected_close=chance.choice([None, today + timedelta(days=chance.randint(-20, 40))]))
        for _ in range(chance.choice([0, 0, 0, 1, 2])):
            due = chance.choice([None, today + timedelta(days=chance.randint(-5, 10))])
            task_uid = task(services, made.uid, due, chance.choice(["", "08:00", "17:30"]) if due else "")
            if chance.random() < 0.2:
                services.tasks.complete(task_uid)
        if chance.random() < 0.25:
            meeting(services, made.uid, clock.now() + timedelta(hours=chance.choice([-30, 2, 20, 72])))
        if chance.random() < 0.1:
            services.deals.mark_won(made.uid)
    pipeline = services.pipelines.default().uid
    for owner in ("", "Kim"):
        for cap in (1, 3, 50):
            board = query.load(pipeline, cap=cap, owner=owner)
            for column in board.columns:
                whole = query.more(column.stage_uid, None, limit=10_000, owner=owner)
                assert column.cards == tuple(whole[:cap]), (owner, cap, column.name)
                assert column.count == len(whole)
                sums: dict[str, int] = {}
                for card in whole:
                    if card.currency:
                        sums[card.currency] = sums.get(card.currency, 0) + (card.amount_minor or 0)
                assert dict(column.totals) == sums
