"""The timeline of a contact or an account, read through the real services on a real store."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from app.accounts import AccountData
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import AccountLink, ContactData
from app.deals import DealData
from app.errors import NotFoundError
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from app.timeline import TimelineService


@pytest.fixture
def timeline(services: Services) -> TimelineService:
    return TimelineService(services.store.database)


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 2, day, hour, 0)


def test_a_contact_timeline_unites_activities_stage_moves_and_done_tasks_newest_first(
    services: Services, clock: FakeClock, timeline: TimelineService
) -> None:
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value
    bob = services.contacts.create(ContactData(given="Bob", family="Roe")).value
    services.activities.log(ActivityData(kind="call", occurred_at=_at(1), subject="Intro call", outcome="Interested",
                                         text="Wants a demo", links=(Link("contact", ann.uid),)))
    services.activities.log(ActivityData(kind="note", occurred_at=_at(3), text="Prefers mornings",
                                         links=(Link("contact", ann.uid),)))
    services.activities.log(ActivityData(kind="email", occurred_at=_at(4), subject="Not Ann's",
                                         links=(Link("contact", bob.uid),)))
    stages = services.pipelines.default().stages
    clock.set(_at(5))
    deal = services.deals.create(DealData(title="Pilot", stage_uid=stages[0].uid, contact_uids=(ann.uid,))).value
    clock.set(_at(6))
    services.deals.move_to_stage(deal.uid, stages[1].uid)
    task = services.tasks.create(TaskData(title="Send the deck", links=(Link("contact", ann.uid),))).value
    services.tasks.create(TaskData(title="Still open", links=(Link("contact", ann.uid),)))
    clock.set(_at(7))
    services.tasks.complete(task.uid)
    clock.set(_at(8))
    services.deals.mark_won(deal.uid)

    page = timeline.page("contact", ann.uid)
    assert [(e.kind, e.title) for e in page.entries] == [
        ("won", "Pilot"), ("task", "Send the deck"), ("stage", "Pilot"), ("stage", "Pilot"),
        ("note", ""), ("call", "Intro call"),
    ]
    assert not page.more
    moved, created = page.entries[2], page.entries[3]
    assert (moved.previous, moved.detail, moved.when) == (stages[0].name, stages[1].name, _at(6))
    assert (created.previous, created.detail) == ("", stages[0].name)
    call = page.entries[-1]
    assert call.detail == "Interested\nWants a demo"
    assert call.source_kind == "activity" and page.entries[1].source_kind == "task"
    assert page.entries[0].source_kind == "deal" and page.entries[0].uid == deal.uid
    assert timeline.count("contact", ann.uid) == 6
    assert [e.kind for e in timeline.page("contact", ann.uid, kinds=("call", "note")).entries] == ["note", "call"]


def test_an_account_timeline_includes_its_contacts_and_deals_but_not_deleted_ones(
    services: Services, clock: FakeClock, timeline: TimelineService
) -> None:
    acme = services.accounts.create(AccountData(name="Acme")).value
    other = services.accounts.create(AccountData(name="Other")).value
    ann = services.contacts.create(ContactData(given="Ann", accounts=(AccountLink(acme.uid, "CTO"),))).value
    gone = services.contacts.create(ContactData(given="Gone", accounts=(AccountLink(acme.uid),))).value
    stages = services.pipelines.default().stages
    deal = services.deals.create(DealData(title="Big deal", stage_uid=stages[0].uid, account_uid=acme.uid)).value
    services.deals.create(DealData(title="Elsewhere", stage_uid=stages[0].uid, account_uid=other.uid))
    direct = services.activities.log(ActivityData(kind="meeting", occurred_at=_at(1), subject="Kick-off",
                                                  links=(Link("account", acme.uid), Link("contact", ann.uid))))
    services.activities.log(ActivityData(kind="call", occurred_at=_at(2), subject="Via Ann",
                                         links=(Link("contact", ann.uid),)))
    services.activities.log(ActivityData(kind="email", occurred_at=_at(3), subject="About the deal",
                                         links=(Link("deal", deal.uid),)))
    services.activities.log(ActivityData(kind="call", occurred_at=_at(4), subject="Gone's call",
                                         links=(Link("contact", gone.uid),)))
    deleted = services.activities.log(ActivityData(kind="note", occurred_at=_at(5), text="Deleted",
                                                   links=(Link("account", acme.uid),))).value
    services.activities.delete(deleted.uid)
    services.contacts.delete(gone.uid)

    titles = [e.title for e in timeline.page("account", acme.uid).entries]
    # The meeting is linked twice (account and contact) yet listed once.
    assert titles == ["Big deal", "About the deal", "Via Ann", "Kick-off"]  # the deal was made "now"
    assert direct.value.uid in {e.uid for e in timeline.page("account", acme.uid).entries}
    assert [e.title for e in timeline.page("account", other.uid).entries] == ["Elsewhere"]


def test_pages_follow_each_other_without_gaps_or_repeats(
    services: Services, timeline: TimelineService
) -> None:
    ann = services.contacts.create(ContactData(given="Ann")).value
    for i in range(25):  # two share each moment: the order must still be total
        services.activities.log(ActivityData(kind="call", occurred_at=_at(1) + timedelta(hours=i // 2),
                                             subject=f"call {i}", links=(Link("contact", ann.uid),)))
    seen: list[str] = []
    offset = 0
    while True:
        page = timeline.page("contact", ann.uid, limit=10, offset=offset)
        seen.extend(e.title for e in page.entries)
        offset += len(page.entries)
        if not page.more:
            break
    assert len(seen) == 25 and len(set(seen)) == 25
    assert seen[0] == "call 24" and seen[-1] == "call 0"


def test_a_contact_with_thousands_of_activities_opens_fast(services: Services, timeline: TimelineService) -> None:
    ann = services.contacts.create(ContactData(given="Ann")).value
    db = services.store.database
    # Written in bulk: logging 5,000 activities one by one would only slow the test down.
    with db.atomic():
        first = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM activity").fetchone()[0])
        rows = [(first + i, f"uid-{i}", "2026-01-01 00:00:00", "2026-01-01 00:00:00", "call",
                 (datetime(2020, 1, 1) + timedelta(hours=i)).isoformat(sep=" "), f"call {i}") for i in range(5000)]
        db.cursor().executemany(
            "INSERT INTO activity (id, uid, created_at, updated_at, version, kind, occurred_at, subject)"
            " VALUES (?, ?, ?, ?, 1, ?, ?, ?)", rows)
        db.cursor().executemany("INSERT INTO activity_link (activity_id, contact_id) VALUES (?, ?)",
                                [(row[0], ann.id) for row in rows])
    started = time.perf_counter()
    page = timeline.page("contact", ann.uid, limit=50)
    elapsed = time.perf_counter() - started
    assert page.more and len(page.entries) == 50 and page.entries[0].title == "call 4999"
    assert elapsed < 0.1, f"first page took {elapsed * 1000:.0f} ms"
    assert timeline.page("contact", ann.uid, limit=50, offset=4990).entries[-1].title == "call 0"


def test_unknown_or_deleted_records_and_kinds_are_refused(services: Services, timeline: TimelineService) -> None:
    ann = services.contacts.create(ContactData(given="Ann")).value
    services.contacts.delete(ann.uid)
    with pytest.raises(NotFoundError):
        timeline.page("contact", ann.uid)
    with pytest.raises(ValueError, match="a contact, an account or a lead"):
        timeline.page("deal", ann.uid)
    with pytest.raises(ValueError, match="kind"):
        timeline.page("account", ann.uid, kinds=("phone",))
