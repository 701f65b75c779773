"""ActivityService and TaskService over a real SQLite store: links, timeline, validation, recurrence, lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.accounts import AccountData
from app.activities import KINDS, ActivityData
from app.changes import Changes
from app.clock import FakeClock
from app.contacts import ContactData
from app.deals import DealData
from app.errors import NotFoundError, ValidationError
from app.links import Link
from app.services import Services
from app.tasks import TaskData, TaskRecord
from db.models import Activity, ActivityLink, Task, TaskLink

TODAY = date(2026, 3, 2)  # the fake clock's day


@pytest.fixture
def contact_uid(services: Services) -> str:
    return services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid


@pytest.fixture
def account_uid(services: Services) -> str:
    return services.accounts.create(AccountData(name="Acme Corp")).value.uid


@pytest.fixture
def deal_uid(services: Services, account_uid: str, contact_uid: str) -> str:
    stage = services.pipelines.default().stages[0]
    data = DealData(title="Anvil order", stage_uid=stage.uid, account_uid=account_uid, contact_uids=(contact_uid,))
    return services.deals.create(data).value.uid


def error_fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


def make_task(services: Services, title: str, **fields: object) -> TaskRecord:
    return services.tasks.create(TaskData(title=title, **fields)).value  # type: ignore[arg-type]


def titles(records: list[TaskRecord]) -> list[str]:
    return [r.data.title for r in records]


# === activities ===============================================================================


@pytest.mark.parametrize("kind", KINDS)
def test_log_each_kind_of_activity_round_trips(services: Services, contact_uid: str, kind: str) -> None:
    data = ActivityData(
        kind=kind, occurred_at=datetime(2026, 3, 1, 14, 30), duration_minutes=25, subject=f"About {kind}",
        outcome="Agreed", text="Details\nover two lines", links=(Link("contact", contact_uid),),
    )

    result = services.activities.log(data)

    assert result.changes == Changes(activities=True)
    # A meeting logged with its length has its end (the calendar shows it; every export writes it).
    expected = replace(data, ends_at=datetime(2026, 3, 1, 14, 55)) if kind == "meeting" else data
    assert services.activities.get(result.value.uid).data == expected
    assert services.activities.count() == 1


def test_activity_without_time_happens_now(services: Services, clock: FakeClock) -> None:
    record = services.activities.log(ActivityData(kind="call", subject="Quick call")).value

    assert record.data.occurred_at == clock.now()


def test_activity_time_given_as_text_is_parsed(services: Services) -> None:
    data = ActivityData(kind="meeting", occurred_at="2026-02-27 10:15")  # type: ignore[arg-type]

    record = services.activities.log(data).value

    assert record.data.occurred_at == datetime(2026, 2, 27, 10, 15)


def test_activity_links_to_contact_account_and_deal(
    services: Services, contact_uid: str, account_uid: str, deal_uid: str
) -> None:
    links = (Link("contact", contact_uid), Link("account", account_uid), Link("deal", deal_uid))

    record = services.activities.log(ActivityData(kind="meeting", subject="Kick-off", links=links)).value

    assert services.activities.get(record.uid).data.links == links
    assert ActivityLink.select().count() == 3
    for kind, uid in (("contact", contact_uid), ("account", account_uid), ("deal", deal_uid)):
        assert [a.uid for a in services.activities.timeline(kind, uid)] == [record.uid]


def test_note_without_text_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.activities.log(ActivityData(kind="note", text="   \n ", subject=" "))

    assert error_fields(caught.value) == ["text"]
    assert Activity.select().count() == 0


def test_note_with_only_a_subject_is_accepted(services: Services) -> None:
    record = services.activities.log(ActivityData(kind="note", subject="  Remember the milk  ")).value

    assert record.data.subject == "Remember the milk"


def test_unknown_activity_kind_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.activities.log(ActivityData(kind="fax", subject="Old school"))

    assert error_fields(caught.value) == ["kind"]


def test_negative_duration_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.activities.log(ActivityData(kind="call", duration_minutes=-5))

    assert error_fields(caught.value) == ["duration_minutes"]


def test_link_to_an_unknown_kind_is_rejected(services: Services, contact_uid: str) -> None:
    links = (Link("contact", contact_uid), Link("task", contact_uid))

    with pytest.raises(ValidationError) as caught:
        services.activities.log(ActivityData(kind="call", links=links))

    assert error_fields(caught.value) == ["links[1]"]
    assert "'task'" in caught.value.errors[0].message
    assert Activity.select().count() == 0
    assert ActivityLink.select().count() == 0


def test_link_to_an_unknown_uid_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.activities.log(ActivityData(kind="call", links=(Link("deal", "no-such-deal"),)))

    assert error_fields(caught.value) == ["links[0]"]
    assert "no-such-deal" in caught.value.errors[0].message


def test_timeline_is_newest_first_and_pages_with_before(services: Services, contact_uid: str) -> None:
    link = (Link("contact", contact_uid),)
    start = datetime(2026, 2, 1, 9, 0)
    for day in (3, 0, 4, 1, 2):  # logged out of order on purpose
        services.activities.log(
            ActivityData(kind="call", occurred_at=start + timedelta(days=day), subject=f"day {day}", links=link)
        )
    services.activities.log(ActivityData(kind="call", occurred_at=start, subject="unlinked"))

    first = services.activities.timeline("contact", contact_uid, limit=2)
    second = services.activities.timeline("contact", contact_uid, limit=2, before=first[-1].data.occurred_at)
    third = services.activities.timeline("contact", contact_uid, limit=2, before=second[-1].data.occurred_at)

    assert [a.data.subject for a in first] == ["day 4", "day 3"]
    assert [a.data.subject for a in second] == ["day 2", "day 1"]
    assert [a.data.subject for a in third] == ["day 0"]


def test_timeline_of_an_unknown_record_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.activities.timeline("contact", "nobody")


def test_update_activity_bumps_version(services: Services, clock: FakeClock, contact_uid: str) -> None:
    record = services.activities.log(ActivityData(kind="call", subject="First")).value
    clock.advance(timedelta(minutes=30))

    result = services.activities.update(record.uid, outcome="Sold", links=(Link("contact", contact_uid),))
    unchanged = services.activities.update(record.uid, outcome="Sold")

    assert result.changes == Changes(activities=True)
    assert result.value.meta.version == 2
    assert result.value.meta.updated_at == clock.now()
    assert result.value.data.occurred_at == record.data.occurred_at
    assert [a.uid for a in services.activities.timeline("contact", contact_uid)] == [record.uid]
    assert unchanged.changes == Changes()
    assert unchanged.value.meta.version == 2


def test_delete_and_restore_activity(services: Services, clock: FakeClock, contact_uid: str) -> None:
    link = (Link("contact", contact_uid),)
    record = services.activities.log(ActivityData(kind="email", subject="Quote sent", links=link)).value
    clock.advance(timedelta(hours=1))

    deleted = services.activities.delete(record.uid)

    assert deleted.changes == Changes(activities=True)
    assert deleted.value.meta.deleted_at == clock.now()
    assert deleted.value.meta.version == 2
    assert services.activities.count() == 0
    assert services.activities.timeline("contact", contact_uid) == []
    assert services.search.search("Quote", kinds=("activity",)) == []
    with pytest.raises(NotFoundError):
        services.activities.get(record.uid)
    assert services.activities.delete(record.uid).changes == Changes()

    restored = services.activities.restore(record.uid)

    assert restored.value.meta.deleted_at is None
    assert restored.value.meta.version == 3
    assert [a.uid for a in services.activities.timeline("contact", contact_uid)] == [record.uid]
    assert [h.uid for h in services.search.search("Quote", kinds=("activity",))] == [record.uid]


# === tasks: validation ========================================================================


def test_task_round_trips_every_field(services: Services, contact_uid: str, deal_uid: str) -> None:
    data = TaskData(
        title="Send contract", notes="Use the new template", due_date=date(2026, 3, 5), due_time="14:30",
        priority=1, status="in-process", percent_complete=40, reminder_at=datetime(2026, 3, 5, 13, 30),
        recurrence="FREQ=WEEKLY;BYDAY=TH", links=(Link("contact", contact_uid), Link("deal", deal_uid)),
    )

    result = services.tasks.create(data)

    assert result.changes == Changes(tasks=True)
    assert services.tasks.get(result.value.uid).data == data
    assert result.value.completed_at is None


def test_due_date_and_time_given_as_text_are_parsed(services: Services) -> None:
    record = make_task(services, "Call back", due_date="2026-03-04", due_time="09:05:00")

    assert record.data.due_date == date(2026, 3, 4)
    assert record.data.due_time == "09:05"


def test_task_without_title_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.tasks.create(TaskData(title="  "))

    assert error_fields(caught.value) == ["title"]


@pytest.mark.parametrize("due_time", ["25:00", "12:60", "noon"])
def test_impossible_due_time_is_rejected(services: Services, due_time: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", due_date=TODAY, due_time=due_time)

    assert error_fields(caught.value) == ["due_time"]
    assert "is not a time of day" in caught.value.errors[0].message


def test_impossible_due_date_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", due_date="2026-02-30")

    assert error_fields(caught.value) == ["due_date"]


def test_due_time_without_due_date_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", due_time="10:00")

    assert error_fields(caught.value) == ["due_time"]
    assert "needs a due date" in caught.value.errors[0].message
    assert Task.select().count() == 0


def test_due_time_without_due_date_is_reported_along_with_other_errors(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "", due_time="10:00")

    assert set(error_fields(caught.value)) == {"title", "due_time"}


@pytest.mark.parametrize("priority", [-1, 10])
def test_priority_out_of_range_is_rejected(services: Services, priority: int) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", priority=priority)

    assert error_fields(caught.value) == ["priority"]


@pytest.mark.parametrize("priority", [0, 1, 9])
def test_priority_within_range_is_accepted(services: Services, priority: int) -> None:
    assert make_task(services, "Call", priority=priority).data.priority == priority


def test_unknown_status_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", status="done")

    assert error_fields(caught.value) == ["status"]


@pytest.mark.parametrize("percent", [-1, 101])
def test_percent_complete_out_of_range_is_rejected(services: Services, percent: int) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", percent_complete=percent)

    assert error_fields(caught.value) == ["percent_complete"]


def test_unknown_recurrence_frequency_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Pay rent", due_date=TODAY, recurrence="FREQ=FORTNIGHTLY")

    assert error_fields(caught.value) == ["recurrence"]
    assert "FORTNIGHTLY" in caught.value.errors[0].message


def test_recurring_task_without_due_date_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Pay rent", recurrence="FREQ=MONTHLY")

    assert error_fields(caught.value) == ["recurrence"]
    assert "needs a due date" in caught.value.errors[0].message


def test_recurrence_loses_an_rrule_prefix(services: Services) -> None:
    record = make_task(services, "Standup", due_date=TODAY, recurrence=" RRULE:FREQ=DAILY ")

    assert record.data.recurrence == "FREQ=DAILY"


def test_task_link_to_unknown_record_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        make_task(services, "Call", links=(Link("account", "ghost"),))

    assert error_fields(caught.value) == ["links[0]"]
    assert Task.select().count() == 0
    assert TaskLink.select().count() == 0


def test_update_with_unknown_field_is_rejected(services: Services) -> None:
    record = make_task(services, "Call")

    with pytest.raises(ValidationError) as caught:
        services.tasks.update(record.uid, due="tomorrow")

    assert error_fields(caught.value) == ["due"]


# === tasks: completion and recurrence =========================================================


def test_update_to_completed_stamps_and_reopening_clears_completed_at(
    services: Services, clock: FakeClock
) -> None:
    record = make_task(services, "Call")
    clock.advance(timedelta(hours=1))

    done = services.tasks.update(record.uid, status="completed").value
    clock.advance(timedelta(hours=1))
    reopened = services.tasks.update(record.uid, status="needs-action").value

    assert done.completed_at == datetime(2026, 3, 2, 10, 0)
    assert reopened.completed_at is None
    assert reopened.meta.version == 3


def test_complete_of_a_one_off_task_makes_no_next_occurrence(services: Services, clock: FakeClock) -> None:
    record = make_task(services, "Call", due_date=TODAY)

    result = services.tasks.complete(record.uid)

    assert result.value is None
    assert result.changes == Changes(tasks=True)
    done = services.tasks.get(record.uid)
    assert done.data.status == "completed"
    assert done.data.percent_complete == 100
    assert done.completed_at == clock.now()
    assert services.tasks.count() == 1


def test_complete_weekly_task_creates_next_one_a_week_later_with_shifted_reminder(
    services: Services, clock: FakeClock, contact_uid: str
) -> None:
    record = make_task(
        services, "Weekly report", notes="Numbers for Monday", due_date=date(2026, 3, 2), due_time="16:00",
        priority=3, percent_complete=50, status="in-process", reminder_at=datetime(2026, 3, 2, 15, 0),
        recurrence="FREQ=WEEKLY", links=(Link("contact", contact_uid),),
    )

    result = services.tasks.complete(record.uid)

    following = result.value
    assert following is not None
    assert following.uid != record.uid
    assert following.data.due_date == date(2026, 3, 9)
    assert following.data.reminder_at == datetime(2026, 3, 9, 15, 0)
    assert following.data.due_time == "16:00"
    assert following.data.status == "needs-action"
    assert following.data.percent_complete == 0
    assert following.completed_at is None
    assert following.data.recurrence == "FREQ=WEEKLY"
    assert following.data.links == (Link("contact", contact_uid),)
    assert (following.data.title, following.data.notes, following.data.priority) == (
        "Weekly report", "Numbers for Monday", 3,
    )
    assert services.tasks.get(record.uid).data.status == "completed"
    assert services.tasks.count(open_only=True) == 1
    assert services.tasks.count() == 2


def test_complete_weekly_by_day_task_moves_to_the_next_named_day(services: Services) -> None:
    # Due Wednesday 4 March, repeating on Mondays and Fridays: next is Friday 6 March.
    record = make_task(services, "Invoice run", due_date=date(2026, 3, 4), recurrence="FREQ=WEEKLY;BYDAY=MO,FR")

    following = services.tasks.complete(record.uid).value

    assert following is not None
    assert following.data.due_date == date(2026, 3, 6)
    assert following.data.reminder_at is None


def test_completing_a_completed_recurring_task_again_makes_no_second_occurrence(services: Services) -> None:
    record = make_task(services, "Weekly report", due_date=TODAY, recurrence="FREQ=WEEKLY")
    services.tasks.complete(record.uid)

    again = services.tasks.complete(record.uid)

    assert again.value is None
    assert services.tasks.count() == 2
    assert titles(services.tasks.upcoming(TODAY)) == ["Weekly report"]


# === tasks: lists =============================================================================


@pytest.fixture
def agenda(services: Services) -> dict[str, str]:
    """Tasks around TODAY (2 March 2026), by title -> uid."""
    made = [
        make_task(services, "old", due_date=TODAY - timedelta(days=5)),
        make_task(services, "yesterday", due_date=TODAY - timedelta(days=1), due_time="09:00"),
        make_task(services, "today late", due_date=TODAY, due_time="17:00"),
        make_task(services, "today early", due_date=TODAY, due_time="08:00"),
        make_task(services, "today any time", due_date=TODAY),
        make_task(services, "tomorrow", due_date=TODAY + timedelta(days=1)),
        make_task(services, "next week", due_date=TODAY + timedelta(days=7)),
        make_task(services, "someday"),
        make_task(services, "done yesterday", due_date=TODAY - timedelta(days=1), status="completed"),
        make_task(services, "cancelled", due_date=TODAY, status="cancelled"),
    ]
    return {r.data.title: r.uid for r in made}


def test_overdue_lists_open_tasks_due_before_today_oldest_first(
    services: Services, agenda: dict[str, str]
) -> None:
    assert titles(services.tasks.overdue(TODAY)) == ["old", "yesterday"]


def test_due_on_lists_open_tasks_of_that_day_by_time(services: Services, agenda: dict[str, str]) -> None:
    assert titles(services.tasks.due_on(TODAY)) == ["today any time", "today early", "today late"]


def test_upcoming_lists_open_tasks_after_today_soonest_first(services: Services, agenda: dict[str, str]) -> None:
    assert titles(services.tasks.upcoming(TODAY)) == ["tomorrow", "next week"]
    assert titles(services.tasks.upcoming(TODAY, limit=1)) == ["tomorrow"]


def test_done_lists_completed_tasks_most_recent_first(
    services: Services, clock: FakeClock, agenda: dict[str, str]
) -> None:
    clock.advance(timedelta(hours=1))
    services.tasks.complete(agenda["tomorrow"])

    assert titles(services.tasks.done()) == ["tomorrow", "done yesterday"]


def test_lists_skip_deleted_tasks(services: Services, agenda: dict[str, str]) -> None:
    services.tasks.delete(agenda["old"])
    services.tasks.delete(agenda["done yesterday"])

    assert titles(services.tasks.overdue(TODAY)) == ["yesterday"]
    assert titles(services.tasks.done()) == []


def test_due_on_lists_highest_priority_first_and_unprioritised_last(services: Services) -> None:
    make_task(services, "no priority", due_date=TODAY)
    make_task(services, "low", due_date=TODAY, priority=9)
    make_task(services, "highest", due_date=TODAY, priority=1)

    assert titles(services.tasks.due_on(TODAY)) == ["highest", "low", "no priority"]


def test_reminders_due_lists_open_tasks_whose_reminder_has_come(services: Services) -> None:
    now = datetime(2026, 3, 2, 9, 0)
    make_task(services, "later", due_date=TODAY, reminder_at=now + timedelta(hours=2))
    make_task(services, "exactly now", due_date=TODAY, reminder_at=now)
    make_task(services, "an hour ago", due_date=TODAY, reminder_at=now - timedelta(hours=1))
    make_task(services, "no reminder", due_date=TODAY)
    make_task(services, "done", due_date=TODAY, reminder_at=now - timedelta(hours=3), status="completed")
    deleted = make_task(services, "deleted", due_date=TODAY, reminder_at=now - timedelta(hours=3))
    services.tasks.delete(deleted.uid)

    assert titles(services.tasks.reminders_due(now)) == ["an hour ago", "exactly now"]
    assert titles(services.tasks.reminders_due(now + timedelta(hours=3))) == ["an hour ago", "exactly now", "later"]


def test_delete_and_restore_task(services: Services, clock: FakeClock) -> None:
    record = make_task(services, "Follow up", due_date=TODAY)
    clock.advance(timedelta(minutes=1))

    deleted = services.tasks.delete(record.uid)

    assert deleted.value.meta.deleted_at == clock.now()
    assert deleted.value.meta.version == 2
    assert services.tasks.count() == 0
    assert services.tasks.due_on(TODAY) == []
    with pytest.raises(NotFoundError):
        services.tasks.get(record.uid)

    restored = services.tasks.restore(record.uid)

    assert restored.changes == Changes(tasks=True)
    assert restored.value.meta.version == 3
    assert titles(services.tasks.due_on(TODAY)) == ["Follow up"]
