"""The office's deals, calls, e-mails and notes through its calendar server (issue 14): a deal is a VTODO
in the tasks calendar (with its pipeline's stages, people and roles, amount, status and the whole stage
history), a call, e-mail or note a VJOURNAL in the journal calendar, linked to its contacts, accounts and
deals. Two laptops and, as a third client, the `caldav` library (what other programs use) on Radicale and
Xandikos."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import caldav
import vobject

from app.accounts import AccountData
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import ContactData
from app.deal_entries import DealEntries
from app.deals import DealData
from app.formats import ical_deals
from app.formats.ical_deals import DealEntry, StageDef
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from tests.sync.conftest import BOTH_SERVERS, PASSWORD, Book, Calendars, Laptop, assert_settled, make_laptop, vcard
from tests.sync.proxy import FaultProxy


def _entry(laptop: Laptop, uid: str) -> Any:
    laptop.store.activate()
    s = laptop.services
    return DealEntries(s.writer, s.clock, s.deals).entry(uid)


def _later(services: Services, minutes: int) -> None:
    clock = services.clock
    assert isinstance(clock, FakeClock)
    clock.advance(timedelta(minutes=minutes))


def _office(laptop: Laptop) -> dict[str, str]:
    """A small office's CRM on one laptop: a pipeline of its own, a deal moved once with two people (one
    with a part in it), a lost deal, a call and an e-mail linked to a person and the deal, a note on the
    company."""
    laptop.store.activate()
    s = laptop.services
    acme = s.accounts.create(AccountData(name="Acme Foods")).value.uid
    ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
    boris = s.contacts.create(ContactData(given="Борис", family="Ли")).value.uid
    pipeline = s.pipelines.create("Enterprise; north", (("Lead", 10), ("Demo, on site", 40), ("Contract", 80))).value
    deal = s.deals.create(DealData(
        title="Acme: 40 seats", stage_uid=pipeline.stages[0].uid, account_uid=acme, contact_uids=(ada, boris),
        amount=Decimal("12000.50"), currency="EUR", expected_close=date(2026, 4, 30), lead_source="Trade fair",
        owner="Ann", notes="VIP customer\nЗвонить после обеда")).value.uid
    s.deals.set_role(deal, ada, "Decision maker")
    s.tags.add("deal", deal, "VIP")
    s.tags.add("deal", deal, "Выставка, 2026")
    s.custom_fields.define("deal", "budget", "Budget, approved", "choice", ("yes", "no"))
    s.custom_fields.set("deal", deal, "budget", "yes")
    _later(s, 60)
    s.deals.move_to_stage(deal, pipeline.stages[1].uid)
    lost = s.deals.create(DealData(title="张伟 pilot", stage_uid=pipeline.stages[0].uid, amount=Decimal("900"),
                                   currency="CNY", probability=5)).value.uid
    s.deals.mark_lost(lost, "Budget went to another project")
    call = s.activities.log(ActivityData(
        kind="call", subject="Pricing call", occurred_at=datetime(2026, 3, 2, 10, 0), duration_minutes=20,
        outcome="Interested; wants a demo", text="Asked about volume prices",
        links=(Link("contact", ada), Link("deal", deal)))).value.uid
    email = s.activities.log(ActivityData(
        kind="email", subject="Re: offer", occurred_at=datetime(2026, 3, 2, 11, 30), text="Offer attached",
        links=(Link("contact", boris), Link("deal", deal)))).value.uid
    note = s.activities.log(ActivityData(kind="note", occurred_at=datetime(2026, 3, 2, 12, 0),
                                         text="Budget approved for Q2", links=(Link("account", acme),))).value.uid
    return {"acme": acme, "ada": ada, "boris": boris, "pipeline": pipeline.uid, "deal": deal, "lost": lost,
            "call": call, "email": email, "note": note}


def _synced_office(tmp_path: Path, book: Book, calendars: Calendars, proxy: FaultProxy
                   ) -> tuple[Laptop, Laptop, dict[str, str]]:
    """Laptop A with the office's CRM (_office) and laptop B, both synced once."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    ids = _office(a)
    assert a.run().ok and b.run().ok
    return a, b, ids


def _activity(laptop: Laptop, uid: str) -> Any:
    laptop.store.activate()
    data = laptop.services.activities.get(uid).data
    return (data.kind, data.subject, data.occurred_at, data.duration_minutes, data.outcome, data.text,
            sorted((link.kind, link.uid) for link in data.links))


@BOTH_SERVERS
def test_deals_calls_emails_and_notes_travel_between_laptops(tmp_path: Path, book: Book, calendars: Calendars,
                                                             proxy: FaultProxy) -> None:
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        ids = _office(a)
        assert a.run().ok
        texts = calendars.objects(calendars.tasks)
        assert sum("X-RAPPORT-KIND:deal" in t for t in texts.values()) == 2
        journal = calendars.objects(calendars.journal)
        assert sorted(t.split("X-RAPPORT-KIND:")[1].split("\n")[0] for t in journal.values()) == [
            "call", "email", "note"]

        assert b.run().ok
        for uid in (ids["deal"], ids["lost"]):
            assert _entry(b, uid) == _entry(a, uid)  # every field, people and roles, the history, the stages
        b.store.activate()
        t = b.services
        assert [(p.uid, p.name, [s.name for s in p.stages]) for p in t.pipelines.list()] == [
            (ids["pipeline"], "Enterprise; north", ["Lead", "Demo, on site", "Contract"])]
        assert [m.to_stage for m in t.deals.history(ids["deal"])] == ["Lead", "Demo, on site"]
        assert t.deals.get(ids["lost"]).status == "lost"
        assert t.deals.get(ids["lost"]).lost_reason == "Budget went to another project"
        for uid in (ids["call"], ids["email"], ids["note"]):
            assert _activity(b, uid) == _activity(a, uid)
        assert [x.data.subject for x in t.activities.timeline("deal", ids["deal"])] == ["Re: offer", "Pricing call"]

        # Laptop B moves the deal on and logs a call; laptop A gets both.
        b.store.activate()
        _later(t, 120)
        stages = t.pipelines.get(ids["pipeline"]).stages
        t.deals.move_to_stage(ids["deal"], stages[2].uid)
        t.deals.update(ids["deal"], amount=Decimal("15000"))
        follow_up = t.activities.log(ActivityData(kind="call", subject="Contract questions",
                                                  occurred_at=datetime(2026, 3, 3, 9, 0),
                                                  links=(Link("deal", ids["deal"]),))).value.uid
        assert b.run().ok
        assert a.run().ok
        assert _entry(a, ids["deal"]) == _entry(b, ids["deal"])
        a.store.activate()
        assert a.services.deals.get(ids["deal"]).data.amount == Decimal("15000")
        assert a.services.deals.get(ids["deal"]).stage_name == "Contract"
        assert _activity(a, follow_up) == _activity(b, follow_up)

        # Deleted on one laptop: in the Trash on the other.
        a.store.activate()
        a.services.activities.delete(ids["note"])
        a.services.deals.delete(ids["lost"])
        assert a.run().ok
        assert b.run().ok
        b.store.activate()
        assert b.services.deals.count() == 1 and b.services.activities.find(ids["note"]) is not None
        assert b.services.activities.find(ids["note"]).meta.deleted_at is not None  # type: ignore[union-attr]

        # Then nothing more moves, and nothing conflicts.
        assert_settled(a, b, a)
    finally:
        b.store.close()
        a.store.close()


@BOTH_SERVERS
def test_two_laptops_that_each_moved_the_deal_keep_both_moves(tmp_path: Path, book: Book, calendars: Calendars,
                                                              proxy: FaultProxy) -> None:
    """Offline on two laptops, each moves the deal: both moves are in its history on both, the stage
    is the server's (the first to sync), and the other stage waits in the conflict list."""
    a, b, ids = _synced_office(tmp_path, book, calendars, proxy)
    try:
        a.store.activate()
        stages = a.services.pipelines.get(ids["pipeline"]).stages
        _later(a.services, 30)
        a.services.deals.move_to_stage(ids["deal"], stages[2].uid)  # A: Demo → Contract
        b.store.activate()
        _later(b.services, 120)  # laptop B moves it later in the day than laptop A
        b.services.deals.move_to_stage(ids["deal"], stages[0].uid)  # B: Demo → back to Lead
        b.services.deals.update(ids["deal"], notes="VIP customer\nЗвонить после обеда\nB's line")
        assert a.run().ok
        report = b.run()
        assert report.collections and sum(c.conflicts for c in report.collections) == 1
        assert a.run().ok

        for side in (a, b):
            side.store.activate()
            moves = [(m.from_stage, m.to_stage) for m in side.services.deals.history(ids["deal"])]
            assert moves == [(None, "Lead"), ("Lead", "Demo, on site"), ("Demo, on site", "Contract"),
                             ("Demo, on site", "Lead")], side
            deal = side.services.deals.get(ids["deal"])
            assert deal.stage_name == "Contract"  # the server's: laptop A synced first
            assert deal.data.notes.endswith("B's line")  # a field only B changed merges in
        [conflict] = b.sync.conflicts()
        assert conflict.record_kind == "deal" and "stage" in conflict.fields
        assert _entry(a, ids["deal"]) == _entry(b, ids["deal"])
    finally:
        b.store.close()
        a.store.close()


@BOTH_SERVERS
def test_another_program_edits_a_deal_and_a_call(tmp_path: Path, book: Book, calendars: Calendars,
                                                 proxy: FaultProxy) -> None:
    """The caldav library as a third client, as a task app or a phone: it renames the deal, moves its
    expected close, ticks it done and gives it an alarm; it changes the call's summary. The laptops take
    the standard properties and keep what they do not model."""
    laptop = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    other = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        ids = _office(laptop)
        assert laptop.run().ok
        client = caldav.DAVClient(url=f"http://127.0.0.1:{book.server.port}/", username=book.user,
                                  password=PASSWORD)
        tasks = client.calendar(url=f"http://127.0.0.1:{book.server.port}{calendars.tasks}")
        todo = tasks.object_by_uid(ids["deal"])
        component = todo.icalendar_component
        component["SUMMARY"] = "Acme: 45 seats"
        component.pop("DUE")
        component.add("DUE", date(2026, 5, 15))
        component["STATUS"] = "COMPLETED"
        component.add("COMPLETED", datetime(2026, 3, 4, 16, 0))
        component.add("X-PHONE-FLAG", "starred")
        todo.save()
        journal = client.calendar(url=f"http://127.0.0.1:{book.server.port}{calendars.journal}")
        entry = journal.object_by_uid(ids["call"])
        entry.icalendar_component["SUMMARY"] = "Pricing call (long)"
        entry.save()

        assert laptop.run().ok
        laptop.store.activate()
        deal = laptop.services.deals.get(ids["deal"])
        assert (deal.data.title, deal.data.expected_close, deal.status) == ("Acme: 45 seats", date(2026, 5, 15),
                                                                           "won")
        assert deal.closed_at == datetime(2026, 3, 4, 16, 0)
        assert deal.data.amount == Decimal("12000.50") and deal.data.owner == "Ann"  # what it did not touch
        call = laptop.services.activities.get(ids["call"]).data
        assert call.subject == "Pricing call (long)" and call.outcome == "Interested; wants a demo"
        assert set(call.links) == {Link("contact", ids["ada"]), Link("deal", ids["deal"])}

        # The laptop edits the deal: the program's flag is still there afterwards.
        laptop.services.deals.update(ids["deal"], notes="Signed")
        assert laptop.run().ok
        text = next(t for t in calendars.objects(calendars.tasks).values() if f"UID:{ids['deal']}\n" in t)
        assert "X-PHONE-FLAG:starred" in text and "Signed" in text and "STATUS:COMPLETED" in text

        assert other.run().ok
        assert _entry(other, ids["deal"]) == _entry(laptop, ids["deal"])
    finally:
        other.store.close()
        laptop.store.close()


def test_a_task_linked_to_a_deal_no_laptop_has_keeps_the_link(calendars: Calendars, proxy: FaultProxy, book: Book,
                                                              tmp_path: Path) -> None:
    """A link to a deal this data folder does not have is kept as it came and goes back up with an edit."""
    mine = make_laptop(tmp_path / "c", proxy, book, calendars=calendars)
    try:
        href = calendars.put(calendars.tasks, "t1.ics", "\r\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VTODO", "UID:t-1",
            "DTSTAMP:20260301T000000Z", "SUMMARY:Send the quote", "X-RAPPORT-DEAL:deal-nobody-has", "END:VTODO",
            "END:VCALENDAR", ""]))
        assert mine.run().ok
        mine.store.activate()
        assert mine.services.tasks.get("t-1").data.links == ()
        mine.services.tasks.update("t-1", title="Send the revised quote")
        assert mine.run().ok
        text = calendars.objects(calendars.tasks)[href]
        assert "X-RAPPORT-DEAL:deal-nobody-has" in text and "SUMMARY:Send the revised quote" in text
    finally:
        mine.store.close()


@BOTH_SERVERS
def test_the_phone_shows_where_things_stand_apart_from_the_users_note(tmp_path: Path, book: Book,
                                                                      calendars: Calendars, proxy: FaultProxy) -> None:
    """An address book with "deals on phones": each person's card ends its NOTE with the open deal, the next
    step and the last call; a phone editing the person's own note changes only that; a move of the deal
    reaches the card at the next sync; a second laptop with the same data sends nothing back and forth."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        ids = _office(a)
        a.store.activate()
        a.services.contacts.update(ids["ada"], notes="Likes tea")
        a.services.tasks.create(TaskData(title="Send the contract", due_date=date(2026, 3, 9),
                                         links=(Link("deal", ids["deal"]),)))
        [own] = [c for c in a.sync.state.collections() if c.href == book.href]
        a.sync.set_collection(own.id, phone_summary=True)
        assert a.run().ok
        card = book.cards()[next(h for h, t in book.cards().items() if f"UID:{ids['ada']}" in t)]
        line = "Acme: 40 seats — Demo, on site · 12,000.50 EUR · ▸ Send the contract 2026-03-09 · ☎ 2026-03-02"
        vcard_note = vobject.readOne(card).note.value
        assert vcard_note == f"Likes tea\n\n— Rapport —\n{line}"
        a.store.activate()
        assert a.services.contacts.get(ids["ada"]).data.notes == "Likes tea"  # the record holds the user's note

        # A phone edits the person's own note (and keeps the line, as phones do): only the note changes here.
        href = next(h for h, t in book.cards().items() if f"UID:{ids['ada']}" in t)
        book.edit(href, "NOTE:Likes tea", "NOTE:Likes green tea")
        assert a.run().ok
        a.store.activate()
        assert a.services.contacts.get(ids["ada"]).data.notes == "Likes green tea"

        # The deal moves on: the card's line follows at the next sync, the note stays.
        stages = a.services.pipelines.get(ids["pipeline"]).stages
        a.services.deals.move_to_stage(ids["deal"], stages[2].uid)
        assert a.run().ok
        note = vobject.readOne(book.cards()[href]).note.value
        assert note.startswith("Likes green tea\n\n— Rapport —\nAcme: 40 seats — Contract · 12,000.50 EUR ·"), note

        # Laptop B (the same data, its own setting on too) and laptop A: then nothing moves either way.
        [theirs] = [c for c in b.sync.state.collections() if c.href == book.href]
        b.store.activate()
        b.sync.set_collection(theirs.id, phone_summary=True)
        assert b.run().ok
        b.store.activate()
        assert b.services.contacts.get(ids["ada"]).data.notes == "Likes green tea"
        assert_settled(a, b, a, b)
    finally:
        b.store.close()
        a.store.close()


def test_a_deal_that_cannot_be_one_is_named_and_the_others_arrive(tmp_path: Path, book: Book, calendars: Calendars,
                                                                   proxy: FaultProxy) -> None:
    """A first pull writes new deals and journal entries together; one that cannot be a deal (a currency no
    one has) costs only itself: named in the run's errors, the rest written, linked."""
    stages = (StageDef("p-1", 0, "s-1", "Lead", 10, "Sales"),)
    good = DealEntry(uid="d-good", title="Good deal", stage="s-1", stages=stages, amount="10.00", currency="EUR")
    bad = DealEntry(uid="d-bad", title="Bad deal", stage="s-1", stages=stages, amount="10.00", currency="EURO")
    now = datetime(2026, 3, 1, 9)
    calendars.put(calendars.tasks, "d-good.ics", ical_deals.write(good, now))
    calendars.put(calendars.tasks, "d-bad.ics", ical_deals.write(bad, now))
    calendars.put(calendars.journal, "n-1.ics", "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VJOURNAL", "UID:n-1", "DTSTAMP:20260301T000000Z",
        "DTSTART:20260301T090000Z", "SUMMARY:Called", "X-RAPPORT-KIND:call", "X-RAPPORT-DEAL:d-good", "END:VJOURNAL",
        "END:VCALENDAR", ""]))
    laptop = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    try:
        report = laptop.run()
        errors = [e for c in report.collections for e in c.errors]
        assert len(errors) == 1 and "d-bad.ics" in errors[0] and "EURO" in errors[0], errors
        laptop.store.activate()
        assert [d.data.title for d in laptop.services.deals.list()] == ["Good deal"]
        assert laptop.services.activities.get("n-1").data.links == (Link("deal", "d-good"),)
    finally:
        laptop.store.close()


def test_tasks_that_came_before_their_deals_link_to_them_when_the_deals_come(calendars: Calendars,
                                                                            proxy: FaultProxy, book: Book,
                                                                            tmp_path: Path) -> None:
    """Another laptop's tasks reached the server before their deals: the links wait on the tasks and become
    links when the deals arrive, for one deal (looked for by its own uid) and for many at once."""
    mine = make_laptop(tmp_path / "c", proxy, book, calendars=calendars)
    stages = (StageDef("p-x", 0, "s-x", "Lead", 10, "Office"),)

    def task(n: int) -> str:
        return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VTODO", f"UID:t-{n}",
                            "DTSTAMP:20260301T000000Z", f"SUMMARY:Step {n}", f"X-RAPPORT-DEAL:d-{n}", "END:VTODO",
                            "END:VCALENDAR", ""])

    def deal(n: int) -> str:
        return ical_deals.write(DealEntry(uid=f"d-{n}", title=f"Deal {n}", stage="s-x", stages=stages),
                                datetime(2026, 3, 1, 9, 0))

    try:
        for n in range(30):
            calendars.put(calendars.tasks, f"t{n}.ics", task(n))
        assert mine.run().ok
        mine.store.activate()
        assert all(mine.services.tasks.get(f"t-{n}").data.links == () for n in range(30))

        calendars.put(calendars.tasks, "d0.ics", deal(0))
        assert mine.run().ok
        mine.store.activate()
        assert mine.services.tasks.get("t-0").data.links == (Link("deal", "d-0"),)
        assert mine.services.tasks.get("t-1").data.links == ()

        for n in range(1, 30):
            calendars.put(calendars.tasks, f"d{n}.ics", deal(n))
        assert mine.run().ok
        mine.store.activate()
        assert all(mine.services.tasks.get(f"t-{n}").data.links == (Link("deal", f"d-{n}"),) for n in range(30))
        assert_settled(mine)
    finally:
        mine.store.close()


def test_who_does_a_task_travels_and_each_laptop_keeps_its_own_me(calendars: Calendars, proxy: FaultProxy,
                                                                   book: Book, tmp_path: Path) -> None:
    """A task's owner goes to the other laptop and to any CalDAV client (X-RAPPORT-OWNER) and comes back
    changed; "Mine" on each laptop keeps that laptop's user's tasks."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        a.services.office.set_me("Ann Lee")
        today = a.services.clock.now().date()
        uid = a.services.tasks.create(TaskData(title="Send the quote", owner="Ann Lee", due_date=today)).value.uid
        assert a.run().ok and b.run().ok
        b.store.activate()
        assert b.services.tasks.get(uid).data.owner == "Ann Lee"
        b.services.office.set_me("Борис Ли")
        b.services.tasks.update(uid, owner="Борис Ли")
        assert b.run().ok and a.run().ok
        a.store.activate()
        assert a.services.tasks.get(uid).data.owner == "Борис Ли"
        mine_a = a.services.queries.task_list()
        mine_a.owner = a.services.office.me()
        assert mine_a.page("today", today) == []
        b.store.activate()
        mine_b = b.services.queries.task_list()
        mine_b.owner = b.services.office.me()
        assert [r.uid for r in mine_b.page("today", today)] == [uid]
        text = next(t for t in calendars.objects(calendars.tasks).values() if f"UID:{uid}" in t)
        todo = vobject.readOne(text).vtodo
        assert todo.contents["x-rapport-owner"][0].value == "Борис Ли"
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


def _names(laptop: Laptop, pipeline_uid: str) -> tuple[str, list[tuple[str, int, int]]]:
    laptop.store.activate()
    info = laptop.services.pipelines.get(pipeline_uid)
    return info.name, [(s.name, s.position, s.probability) for s in info.stages]


@BOTH_SERVERS
def test_a_pipeline_renamed_on_one_laptop_is_renamed_on_the_others_and_never_back(
        tmp_path: Path, book: Book, calendars: Calendars, proxy: FaultProxy) -> None:
    """Renames, a stage moved and a probability changed travel with the deals (each carries its pipeline's
    definition and when it last changed); a deal on the server written before the change never takes the
    office back to the old names; the last change wins wherever it was made."""
    a, b, ids = _synced_office(tmp_path, book, calendars, proxy)
    try:
        a.store.activate()
        stages = a.services.pipelines.get(ids["pipeline"]).stages
        _later(a.services, 5)
        a.services.pipelines.rename(ids["pipeline"], "Enterprise — North")
        a.services.pipelines.update_stage(stages[1].uid, name="Demo done", probability=55)
        a.services.pipelines.move_stage(stages[2].uid, 0)
        assert a.run().ok and b.run().ok
        assert _names(b, ids["pipeline"]) == _names(a, ids["pipeline"]) == (
            "Enterprise — North", [("Contract", 0, 80), ("Lead", 1, 10), ("Demo done", 2, 55)])
        text = next(t for t in calendars.objects(calendars.tasks).values() if f"UID:{ids['deal']}" in t)
        assert "Demo done" in vobject.readOne(text).vtodo.description.value  # the phone's line names the stage

        # The lost deal's text on the server still has the old names (it was not in the renamed stage): a
        # third laptop reading it, then the renamed deal, ends with the new names, and so does B after an
        # edit of that old deal pulled again.
        c = make_laptop(tmp_path / "c", proxy, book, calendars=calendars)
        try:
            assert c.run().ok
            assert _names(c, ids["pipeline"]) == _names(a, ids["pipeline"])
        finally:
            c.store.close()
        href = next(h for h, t in calendars.objects(calendars.tasks).items() if f"UID:{ids['lost']}" in t)
        calendars.edit(href, "SUMMARY:张伟 pilot", "SUMMARY:张伟 pilot (phone)")
        assert b.run().ok
        assert _names(b, ids["pipeline"])[0] == "Enterprise — North"

        # The later change wins, wherever it was made (by the laptops' clocks: B's is set past A's).
        b.store.activate()
        _later(b.services, 180)
        b.services.pipelines.update_stage(stages[0].uid, name="Inbound lead")
        assert b.run().ok and a.run().ok
        assert _names(a, ids["pipeline"]) == _names(b, ids["pipeline"])
        assert _names(a, ids["pipeline"])[1][1] == ("Inbound lead", 1, 10)
        # The first deal's text still carries A's earlier definition ("Lead"): a phone's edit of it brings
        # it down again, and neither laptop goes back to the older name.
        href = next(h for h, t in calendars.objects(calendars.tasks).items() if f"UID:{ids['deal']}" in t)
        old = vobject.readOne(calendars.objects(calendars.tasks)[href]).vtodo.contents["x-rapport-stage-def"]
        assert "Lead" in [line.value for line in old]
        calendars.edit(href, "SUMMARY:Acme: 40 seats", "SUMMARY:Acme: 40 seats (phone)")
        assert a.run().ok and b.run().ok
        assert _names(a, ids["pipeline"])[1][1] == _names(b, ids["pipeline"])[1][1] == ("Inbound lead", 1, 10)
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_what_came_before_its_people_and_company_links_to_them_when_they_come(
        tmp_path: Path, book: Book, calendars: Calendars, proxy: FaultProxy) -> None:
    """Another laptop's meeting, task and deal reached the server before the cards of the person and the
    company they name (a sync of the address book ran between them): they wait, and the next sync that
    pulls the cards links them, the deal's person with the part they play in it."""
    mine = make_laptop(tmp_path / "c", proxy, book, calendars=calendars)
    stages = (StageDef("p-x", 0, "s-x", "Lead", 10, "Office"),)
    try:
        calendars.put(calendars.events, "m.ics", "\r\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VEVENT", "UID:m-late",
            "DTSTAMP:20260301T000000Z", "DTSTART:20260305T100000Z", "DTEND:20260305T110000Z", "SUMMARY:Kick-off",
            "X-RAPPORT-CONTACT:c-late", "END:VEVENT", "END:VCALENDAR", ""]))
        calendars.put(calendars.tasks, "t.ics", "\r\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//", "BEGIN:VTODO", "UID:t-late",
            "DTSTAMP:20260301T000000Z", "SUMMARY:Send the contract", "X-RAPPORT-ACCOUNT:a-late", "END:VTODO",
            "END:VCALENDAR", ""]))
        calendars.put(calendars.tasks, "d.ics", ical_deals.write(DealEntry(
            uid="d-late", title="Late deal", stage="s-x", stages=stages, account="a-late",
            people=(("c-late", "Decision maker"),)), datetime(2026, 3, 1, 9, 0)))
        assert mine.run().ok
        mine.store.activate()
        s = mine.services
        assert s.activities.get("m-late").data.links == () and s.tasks.get("t-late").data.links == ()
        assert s.queries.board().people("d-late") == [] and s.deals.get("d-late").data.account_uid is None

        book.put("late.vcf", vcard("c-late", "Lena", "Late"))
        book.put("acme.vcf", "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "UID:a-late", "FN:Late Corp", "N:;;;;",
                                          "ORG:Late Corp", "X-ABShowAs:COMPANY", "END:VCARD", ""]))
        assert mine.run().ok
        mine.store.activate()
        assert s.activities.get("m-late").data.links == (Link("contact", "c-late"),)
        assert s.tasks.get("t-late").data.links == (Link("account", "a-late"),)
        assert [(p.uid, p.role) for p in s.queries.board().people("d-late")] == [("c-late", "Decision maker")]
        assert s.deals.get("d-late").data.account_uid == "a-late"
        assert_settled(mine)
    finally:
        mine.store.close()


def _meeting_call_and_task(s: Services) -> tuple[str, str, str]:
    meeting = s.activities.log(ActivityData(kind="meeting", subject="Kick-off", occurred_at=datetime(2026, 3, 5, 10, 0),
                                            ends_at=datetime(2026, 3, 5, 11, 0))).value.uid
    call = s.activities.log(ActivityData(kind="call", subject="Pricing call",
                                         occurred_at=datetime(2026, 3, 2, 10, 0))).value.uid
    return meeting, call, s.tasks.create(TaskData(title="Send the quote")).value.uid


@BOTH_SERVERS
def test_tags_of_meetings_calls_and_tasks_travel_as_categories(tmp_path: Path, book: Book, calendars: Calendars,
                                                               proxy: FaultProxy) -> None:
    """A meeting's, a call's and a task's tags are CATEGORIES on the server (what phones and calendar
    programs show and edit): the other laptop has them as tags, a tag taken off there comes off here, and a
    category a phone adds is a tag on both."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        s = a.services
        meeting, call, task = _meeting_call_and_task(s)
        for kind, uid in (("activity", meeting), ("activity", call), ("task", task)):
            s.tags.add(kind, uid, "VIP")
        s.tags.add("activity", meeting, "Выставка, 2026")
        assert a.run().ok and b.run().ok

        def tags(laptop: Laptop, kind: str, uid: str) -> list[str]:
            laptop.store.activate()
            return sorted(str(r[0]) for r in laptop.services.store.database.execute_sql(
                f"SELECT t.name FROM tagging g JOIN tag t ON t.id = g.tag_id JOIN {kind} r ON r.id = g.record_id"
                " WHERE g.record_kind = ? AND r.uid = ?", (kind, uid)))

        assert tags(b, "activity", meeting) == ["VIP", "Выставка, 2026"]
        assert tags(b, "activity", call) == tags(b, "task", task) == ["VIP"]
        event = next(t for t in calendars.objects(calendars.events).values() if f"UID:{meeting}" in t)
        assert sorted(str(c) for c in vobject.readOne(event).vevent.categories.value) == ["VIP", "Выставка, 2026"]

        b.store.activate()
        b.services.tags.remove("activity", meeting, "VIP")
        assert b.run().ok and a.run().ok
        assert tags(a, "activity", meeting) == ["Выставка, 2026"]

        href = next(h for h, t in calendars.objects(calendars.tasks).items() if f"UID:{task}" in t)
        calendars.edit(href, "CATEGORIES:VIP", "CATEGORIES:VIP,From the phone")
        assert a.run().ok and b.run().ok
        assert tags(a, "task", task) == tags(b, "task", task) == ["From the phone", "VIP"]
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_custom_values_of_meetings_calls_and_tasks_travel(tmp_path: Path, book: Book, calendars: Calendars,
                                                          proxy: FaultProxy) -> None:
    """A meeting's, a call's and a task's custom field values travel as X-RAPPORT-FIELD with their field's
    definition (the other laptop, which has no such field, makes it); a value changed alone — the record
    itself untouched — travels too, on a contact as well; a phone that drops the X- lines empties nothing."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        s = a.services
        s.custom_fields.define("activity", "sentiment", "Sentiment; mood", "choice", ("Warm, keen", "Cold"))
        s.custom_fields.define("task", "effort", "Effort (hours)", "number")
        s.custom_fields.define("contact", "tier", "Tier", "text")
        meeting, call, task = _meeting_call_and_task(s)
        ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
        s.custom_fields.set("activity", meeting, "sentiment", "Warm, keen")
        s.custom_fields.set("activity", call, "sentiment", "Cold")
        s.custom_fields.set("task", task, "effort", "2.5")
        assert a.run().ok and b.run().ok

        b.store.activate()
        t = b.services
        assert t.custom_fields.values("activity", meeting) == {"sentiment": "Warm, keen"}
        assert t.custom_fields.values("activity", call) == {"sentiment": "Cold"}
        assert t.custom_fields.values("task", task) == {"effort": "2.5"}
        assert [(d.label, d.choices) for d in t.custom_fields.definitions("activity")] == [
            ("Sentiment; mood", ("Warm, keen", "Cold"))]

        # Values changed alone, on both laptops, each on other records: all arrive, nothing conflicts.
        t.custom_fields.set("activity", meeting, "sentiment", "Cold")
        assert b.run().ok
        a.store.activate()
        s.custom_fields.set("task", task, "effort", "4")
        s.custom_fields.set("contact", ada, "tier", "Gold")
        assert a.run().ok and b.run().ok and a.run().ok
        a.store.activate()
        assert s.custom_fields.values("activity", meeting) == {"sentiment": "Cold"}
        b.store.activate()
        assert t.custom_fields.values("task", task) == {"effort": "4"}
        assert t.custom_fields.values("contact", ada) == {"tier": "Gold"}

        # A phone rewrites the task without Rapport's lines and renames it: the name comes, the value stays.
        href = next(h for h, x in calendars.objects(calendars.tasks).items() if f"UID:{task}" in x)
        current = calendars.direct.get(href)
        assert current is not None and "X-RAPPORT-FIELD" in current.text
        plain = "\r\n".join(line for line in current.text.replace("\r\n ", "").split("\r\n")
                            if not line.startswith("X-RAPPORT-FIELD")).replace("SUMMARY:Send the quote",
                                                                               "SUMMARY:Send the quote today")
        calendars.direct.put(href, plain, etag=current.etag, content_type="text/calendar; charset=utf-8")
        assert a.run().ok and b.run().ok
        for laptop in (a, b):
            laptop.store.activate()
            assert laptop.services.tasks.get(task).data.title == "Send the quote today"
            assert laptop.services.custom_fields.values("task", task) == {"effort": "4"}
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_a_stage_taken_off_on_one_laptop_goes_from_the_others(tmp_path: Path, book: Book, calendars: Calendars,
                                                             proxy: FaultProxy) -> None:
    """A stage added on A arrives on B; taken off on A it goes from B too — unless B moved a deal into it
    meanwhile: then B keeps it, and the deal brings it back to A (no deal is ever left without its stage)."""
    a, b, ids = _synced_office(tmp_path, book, calendars, proxy)
    try:
        a.store.activate()
        _later(a.services, 5)
        pilot = a.services.pipelines.add_stage(ids["pipeline"], "Pilot", 60, position=2).value.uid
        trial = a.services.pipelines.add_stage(ids["pipeline"], "Trial", 50, position=2).value.uid
        assert a.run().ok and b.run().ok
        assert [name for name, _, _ in _names(b, ids["pipeline"])[1]] == [
            "Lead", "Demo, on site", "Trial", "Pilot", "Contract"]

        a.store.activate()
        _later(a.services, 5)
        a.services.pipelines.delete_stage(pilot)
        assert a.run().ok and b.run().ok
        assert _names(b, ids["pipeline"]) == _names(a, ids["pipeline"])
        assert [name for name, _, _ in _names(b, ids["pipeline"])[1]] == ["Lead", "Demo, on site", "Trial", "Contract"]

        # B moves the deal into Trial while A takes Trial off: B keeps the stage, and A gets it back.
        b.store.activate()
        _later(b.services, 1)
        b.services.deals.move_to_stage(ids["deal"], trial)
        a.store.activate()
        _later(a.services, 10)
        a.services.pipelines.delete_stage(trial)
        assert a.run().ok and b.run().ok and a.run().ok
        for laptop in (a, b):
            laptop.store.activate()
            assert laptop.services.deals.get(ids["deal"]).data.stage_uid == trial
            assert "Trial" in [name for name, _, _ in _names(laptop, ids["pipeline"])[1]]
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()
