"""Accounts that are one company: found, merged with everything that pointed at them, and undone."""

from __future__ import annotations

from datetime import date, datetime

from app.account_duplicates import AccountDuplicateService
from app.accounts import AccountData
from app.activities import ActivityData
from app.contacts import AccountLink, ContactData, Phone
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.tasks import TaskData


def _names(services: Services) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.first_name, c.second_name, tuple(c.reasons))
            for c in AccountDuplicateService(services).candidates()]


def test_candidates_by_name_web_site_and_phone(services: Services) -> None:
    make = services.accounts.create
    make(AccountData(name="ACME Foods, Inc."))
    make(AccountData(name="Acme Foods"))
    make(AccountData(name="Globex Corporation", website="https://www.globex.example/about"))
    make(AccountData(name="Globex Europe", website="globex.example"))
    make(AccountData(name="Initech", phones=(Phone("+1 415 555 0100"),)))
    make(AccountData(name="Initech Holding", phones=(Phone("(415) 555-0100"),)))
    make(AccountData(name="Umbrella"))
    make(AccountData(name="Umbrela"))  # a letter apart
    make(AccountData(name="Acme"))  # a related name, not the same company
    gone = make(AccountData(name="Acme Foods GmbH")).value.uid
    services.accounts.delete(gone)  # the Trash is not compared
    found = {frozenset((a, b)): reasons for a, b, reasons in _names(services)}
    assert set(found) == {frozenset(p) for p in (("ACME Foods, Inc.", "Acme Foods"),
                                                 ("Globex Corporation", "Globex Europe"),
                                                 ("Initech", "Initech Holding"), ("Umbrella", "Umbrela"))}
    assert found[frozenset(("Globex Corporation", "Globex Europe"))] == ("same web site",)
    assert found[frozenset(("Initech", "Initech Holding"))] == ("same phone",)
    assert found[frozenset(("Umbrella", "Umbrela"))] == ("similar name",)
    best = AccountDuplicateService(services).candidates()[0]
    assert {best.first_name, best.second_name} == {"ACME Foods, Inc.", "Acme Foods"} and best.kind == "account"


def test_merge_moves_people_deals_activities_tasks_and_tags_and_undo_puts_them_back(services: Services) -> None:
    keep = services.accounts.create(AccountData(name="Acme Foods Inc.", website="acme.example")).value
    other = services.accounts.create(AccountData(name="Acme Foods", industry="Food",
                                                 phones=(Phone("+1 415 555 0100"),))).value
    ann = services.contacts.create(ContactData(given="Ann", accounts=(AccountLink(other.uid, "CTO"),))).value
    bob = services.contacts.create(ContactData(given="Bob", accounts=(AccountLink(keep.uid, ""),
                                                                      AccountLink(other.uid, "Buyer")))).value
    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Pallets", stage_uid=stage, account_uid=other.uid)).value
    call = services.activities.log(ActivityData(kind="call", subject="Intro", occurred_at=datetime(2026, 3, 1, 9),
                                                links=(Link("account", other.uid),))).value
    task = services.tasks.create(TaskData(title="Send samples", due_date=date(2026, 3, 9),
                                          links=(Link("account", other.uid), Link("account", keep.uid)))).value
    services.tags.add("account", other.uid, "wholesale")

    result = AccountDuplicateService(services).merge(keep.uid, other.uid)
    merged = result.value
    assert (merged.data.name, merged.data.website, merged.data.industry) == ("Acme Foods Inc.", "acme.example", "Food")
    assert [p.value for p in merged.data.phones] == ["+1 415 555 0100"]
    assert services.contacts.get(ann.uid).data.accounts == (AccountLink(keep.uid, "CTO"),)
    assert services.contacts.get(bob.uid).data.accounts == (AccountLink(keep.uid, "Buyer"),)
    assert services.deals.get(deal.uid).data.account_uid == keep.uid
    assert services.activities.get(call.uid).data.links == (Link("account", keep.uid),)
    assert services.tasks.get(task.uid).data.links == (Link("account", keep.uid),)
    assert services.tags.of("account", keep.uid) == ["wholesale"]
    assert services.accounts.count() == 1
    assert AccountDuplicateService(services).candidates() == []

    services.undo.undo("merge", move_on=False)  # the Duplicates view's Undo merge
    assert services.accounts.count() == 2
    assert services.contacts.get(ann.uid).data.accounts == (AccountLink(other.uid, "CTO"),)
    assert services.contacts.get(bob.uid).data.accounts == (AccountLink(keep.uid, ""), AccountLink(other.uid, "Buyer"))
    assert services.deals.get(deal.uid).data.account_uid == other.uid
    assert services.activities.get(call.uid).data.links == (Link("account", other.uid),)
    assert services.accounts.get(keep.uid).data.industry == ""
    assert services.tags.of("account", other.uid) == ["wholesale"]
