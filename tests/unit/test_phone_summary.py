"""The line of where things stand that a phone shows with a person (app/phone_summary.py)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.activities import ActivityData
from app.contacts import ContactData
from app.deals import DealData
from app.links import Link
from app.phone_summary import MARK, refresh, split_note, summaries, with_summary
from app.services import Services
from app.tasks import TaskData


def test_the_line_names_the_deal_closing_first_the_next_step_and_the_last_call(services: Services) -> None:
    s = services
    ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value
    lin = s.contacts.create(ContactData(given="林", family="王")).value
    nobody = s.contacts.create(ContactData(given="Zed", family="Quiet")).value
    stages = s.pipelines.default().stages
    later = s.deals.create(DealData(title="Later deal", stage_uid=stages[0].uid, contact_uids=(ada.uid,),
                                    expected_close=date(2027, 6, 1))).value.uid
    soon = s.deals.create(DealData(title="Acme renewal", stage_uid=stages[2].uid, contact_uids=(ada.uid, lin.uid),
                                   amount=Decimal("1234567.5"), currency="EUR",
                                   expected_close=date(2027, 1, 31))).value.uid
    s.deals.mark_lost(s.deals.create(DealData(title="Lost one", stage_uid=stages[0].uid, contact_uids=(lin.uid,),
                                              expected_close=date(2026, 1, 1))).value.uid, "price")
    s.tasks.create(TaskData(title="Old done", due_date=date(2026, 1, 1), status="completed",
                            links=(Link("contact", ada.uid),)))
    s.tasks.create(TaskData(title="Send  the\ncontract", due_date=date(2027, 1, 10), links=(Link("deal", soon),)))
    s.tasks.create(TaskData(title="Later step", due_date=date(2027, 5, 1), links=(Link("deal", later),)))
    for day in (2, 9):
        s.activities.log(ActivityData(kind="call", occurred_at=datetime(2026, 12, day, 10),
                                      links=(Link("contact", ada.uid),)))
    s.activities.log(ActivityData(kind="meeting", occurred_at=datetime(2026, 12, 20, 10),
                                  links=(Link("contact", ada.uid),)))

    found = summaries(s.store.database)

    assert found[ada.id] == ("Acme renewal — Proposal · 1,234,567.50 EUR · ▸ Send the contract 2027-01-10"
                             " · ☎ 2026-12-09")
    assert found[lin.id] == "Acme renewal — Proposal · 1,234,567.50 EUR · ▸ Send the contract 2027-01-10"
    assert nobody.id not in found


def test_the_users_note_and_the_line_come_apart_again() -> None:
    for note in ("", "Likes tea", "two\n\nparagraphs"):
        for line in ("", "Acme — Lead"):
            assert split_note(with_summary(note, line)) == (note, line)
    assert split_note("Nothing of ours") == ("Nothing of ours", "")
    assert with_summary("", "Acme — Lead") == f"{MARK}\nAcme — Lead"


def test_a_changed_line_makes_the_person_changed_once(services: Services) -> None:
    s = services
    ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value
    stages = s.pipelines.default().stages
    deal = s.deals.create(DealData(title="Acme", stage_uid=stages[0].uid, contact_uids=(ada.uid,))).value.uid
    version = s.contacts.get(ada.uid).meta.version

    assert refresh(s.writer) == [ada.id]
    assert refresh(s.writer) == []  # nothing new: nothing changed
    assert s.contacts.get(ada.uid).meta.version == version + 1
    s.deals.move_to_stage(deal, stages[1].uid)
    assert refresh(s.writer) == [ada.id]
    s.deals.delete(deal)
    assert refresh(s.writer) == [ada.id]  # no line any more: the card loses it
    assert refresh(s.writer) == []
