"""The office (issue 14, point 3): who the user is, the office's people, owners of deals and tasks, and the
"Mine" filters of the board, the deals list and the task lists."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from icalendar import Calendar

from app.changes import Changes
from app.deals import DealData
from app.errors import ValidationError
from app.formats import ical
from app.services import Services
from app.task_list import TODAY, UPCOMING
from app.tasks import TaskData
from db.sync_models import SyncAccount


def test_who_the_user_is_comes_from_the_server_until_the_user_says(services: Services) -> None:
    office = services.office
    assert (office.me(), office.me_chosen()) == ("", False)
    SyncAccount.create(url="https://dav.example/", username="ann", display_name="  Ann   Lee ",
                       created_at=datetime(2026, 3, 1))
    assert (office.me(), office.me_chosen()) == ("Ann Lee", False)  # the server's name for the account
    result = office.set_me("Анна Ли")
    assert result.changes == Changes(office=True)
    assert (office.me(), office.me_chosen()) == ("Анна Ли", True)
    office.set_me("анна ли")  # the same person whatever the case: one row, still the one chosen
    assert office.me() == "Анна Ли"
    assert services.store.database.execute_sql("SELECT count(*), sum(me) FROM office_person").fetchone() == (1, 1)
    office.set_me("Boris")
    assert office.me() == "Boris"
    assert services.store.database.execute_sql("SELECT count(*), sum(me) FROM office_person").fetchone() == (2, 1)


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_a_name_must_be_a_name(services: Services, name: str) -> None:
    with pytest.raises(ValidationError):
        services.office.set_me(name)
    assert services.office.people() == []


def test_the_offices_people_are_the_list_and_every_owner(services: Services) -> None:
    stage = services.pipelines.default().stages[0].uid
    services.deals.create(DealData(title="A", stage_uid=stage, owner="Ann Lee"))
    services.deals.create(DealData(title="B", stage_uid=stage, owner="ann  lee"))
    gone = services.deals.create(DealData(title="C", stage_uid=stage, owner="Gone Person")).value.uid
    services.deals.delete(gone)
    services.tasks.create(TaskData(title="Call", owner="张伟"))
    services.office.add("Борис")
    services.office.set_me("Zoe")
    assert services.office.people() == ["Ann Lee", "Zoe", "Борис", "张伟"]


def test_a_task_owner_is_kept_cleaned_and_travels_in_icalendar(services: Services) -> None:
    uid = services.tasks.create(TaskData(title="Send the quote", owner="  Ann \n Lee ")).value.uid
    record = services.tasks.get(uid)
    assert record.data.owner == "Ann Lee"
    text = ical.write([], [record])
    assert str(Calendar.from_ical(text).walk("VTODO")[0]["X-RAPPORT-OWNER"]) == "Ann Lee"
    entry = next(e for e in ical.read(io.BytesIO(text)) if e.uid == uid)
    assert entry.data.owner == "Ann Lee"  # type: ignore[union-attr]
    assert not any(p.name == "X-RAPPORT-OWNER" for p in entry.data.ical_extra)  # a field, not a kept line


def _deals(services: Services) -> dict[str, str]:
    stages = services.pipelines.default().stages
    made = {}
    for title, owner, stage, amount in (("Mine 1", "Ann Lee", 0, "100"), ("Mine 2", "ANN LEE", 1, "50"),
                                        ("Theirs", "Boris", 0, "900"), ("Nobody's", "", 0, "1")):
        made[title] = services.deals.create(DealData(title=title, stage_uid=stages[stage].uid, owner=owner,
                                                     amount=Decimal(amount), currency="EUR")).value.uid
    return made


def test_the_board_and_the_deals_list_keep_one_persons_deals(services: Services) -> None:
    made = _deals(services)
    pipeline = services.pipelines.default()
    board = services.queries.board()
    everyone = board.load(pipeline.uid)
    mine = board.load(pipeline.uid, owner="ann lee")
    assert [c.count for c in everyone.columns][:2] == [3, 1]
    assert [c.count for c in mine.columns][:2] == [1, 1]
    assert mine.columns[0].totals == (("EUR", 10000),)  # the stage's sum is of the deals shown
    assert [card.title for card in mine.columns[0].cards] == ["Mine 1"]
    assert board.card(made["Theirs"], owner="Ann Lee") is None
    assert board.card(made["Mine 2"], owner="Ann Lee") is not None
    assert [c.title for c in board.more(pipeline.stages[0].uid, None, owner="Ann Lee")] == ["Mine 1"]

    listing = services.queries.deal_list()
    assert listing.count() == 4
    listing.owner = "Ann Lee"
    assert listing.count() == 2
    assert sorted(str(r[1]) for r in listing.page(0, 50)) == ["Mine 1", "Mine 2"]
    assert listing.count("Theirs") == 0


def test_the_task_lists_keep_one_persons_tasks(services: Services) -> None:
    today = services.clock.now().date()
    for title, owner, due in (("Mine today", "Ann Lee", today), ("Theirs today", "Boris", today),
                              ("Mine later", "ann lee", date(2027, 1, 1))):
        services.tasks.create(TaskData(title=title, owner=owner, due_date=due))
    query = services.queries.task_list()
    assert query.counts(today)[TODAY] == 2
    query.owner = "Ann Lee"
    assert (query.counts(today)[TODAY], query.counts(today)[UPCOMING]) == (1, 1)
    assert [r.title for r in query.page(TODAY, today)] == ["Mine today"]
    assert query.count(UPCOMING, today, "later") == 1
    assert query.count(TODAY, today, "Theirs") == 0


def test_one_persons_filter_takes_every_spelling_of_the_name_in_any_script(services: Services) -> None:
    """SQLite's NOCASE folds ASCII only: "Анна Ли" and "анна ли" are one person for the filters too."""
    stage = services.pipelines.default().stages[0].uid
    for title, owner in (("Upper", "Анна Ли"), ("Lower", "анна  ли"), ("Other", "Анна Петрова")):
        services.deals.create(DealData(title=title, stage_uid=stage, owner=owner))
        services.tasks.create(TaskData(title=title, owner=owner, due_date=services.clock.now().date()))
    listing = services.queries.deal_list()
    listing.owner = "АННА ЛИ"
    assert sorted(str(r[1]) for r in listing.page(0, 50)) == ["Lower", "Upper"]
    board = services.queries.board().load(services.pipelines.default().uid, owner="АННА ЛИ")
    assert sorted(c.title for c in board.columns[0].cards) == ["Lower", "Upper"]
    tasks = services.queries.task_list()
    tasks.owner = "анна ли"
    assert sorted(r.title for r in tasks.page(TODAY, services.clock.now().date())) == ["Lower", "Upper"]


def test_a_name_typed_in_another_case_is_the_office_persons_own_spelling(services: Services) -> None:
    stage = services.pipelines.default().stages[0].uid
    services.deals.create(DealData(title="A", stage_uid=stage, owner="Robin"))
    assert services.office.set_me("robin").value == "Robin"
    assert services.office.me() == "Robin"
    assert services.office.add("  ROBIN ").value == "Robin"
    assert services.office.people() == ["Robin"]
