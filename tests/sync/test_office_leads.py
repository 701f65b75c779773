"""The office's leads through its calendar server (issue 18, point 2; "a small office shares the whole CRM"): a
lead is a VJOURNAL marked X-RAPPORT-KIND:lead in the journal calendar, beside the calls and notes about it.
Two laptops on Radicale and Xandikos: a lead captured on one, called about, qualified on the other; a
disqualified one; one deleted; a program of the office's own (the `caldav` library) reads them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import caldav
import vobject

from app.activities import ActivityData
from app.clock import FakeClock
from app.formats import ical_leads
from app.leads import LeadData
from app.links import Link
from tests.sync.conftest import BOTH_SERVERS, PASSWORD, Book, Calendars, assert_settled, make_laptop
from tests.sync.proxy import FaultProxy


@BOTH_SERVERS
def test_leads_travel_with_their_calls_and_qualifying_on_another_laptop(tmp_path: Path, book: Book,
                                                                        calendars: Calendars,
                                                                        proxy: FaultProxy) -> None:
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        s = a.services
        jane = s.leads.create(LeadData(name="Jane Roe", company="Roe Widgets", email="jane@roe.example.com",
                                       phone="+1 555 0100", source="Trade fair, Berlin", owner="Ann",
                                       notes="Wants 40 seats;\nasked for prices")).value.uid
        wang = s.leads.create(LeadData(name="王伟", company="北京科技", source="Web form")).value.uid
        s.leads.disqualify(wang, "Нет бюджета")
        call = s.activities.log(ActivityData(kind="call", subject="First call", links=(Link("lead", jane),))).value.uid
        assert a.run().ok
        journal = calendars.objects(calendars.journal)
        leads = [t for t in journal.values() if "X-RAPPORT-KIND:lead" in t]
        assert len(leads) == 2 and all("BEGIN:VJOURNAL" in t for t in leads)
        assert any("X-RAPPORT-LEAD:" + jane in t for t in journal.values())  # the call names its lead

        assert b.run().ok
        b.store.activate()
        t = b.services
        for uid in (jane, wang):
            mine, theirs = t.leads.get(uid), None
            a.store.activate()
            theirs = s.leads.get(uid)
            b.store.activate()
            assert (mine.data, mine.closed_at) == (theirs.data, theirs.closed_at)
        assert t.activities.get(call).data.links == (Link("lead", jane),)
        assert [e.title for e in t.queries.timeline().page("lead", jane).entries] == ["First call"]

        # Laptop B qualifies Jane: her contact, account and deal, and the lead saying so, reach laptop A.
        clock = t.clock
        assert isinstance(clock, FakeClock)
        clock.advance(timedelta(hours=1))
        done = t.leads.qualify(jane).value
        assert b.run().ok
        assert a.run().ok
        a.store.activate()
        there = s.leads.get(jane)
        assert (there.data.status, there.contact_uid, there.account_uid, there.deal_uid) == (
            "qualified", done.contact_uid, done.account_uid, done.deal_uid)
        assert s.contacts.get(done.contact_uid or "").data.emails[0].value == "jane@roe.example.com"
        assert s.deals.get(done.deal_uid or "").data.lead_source == "Trade fair, Berlin"
        assert Link("contact", done.contact_uid or "") in s.activities.get(call).data.links

        # Deleted on one laptop: in the Trash on the other.
        s.leads.delete(wang)
        assert a.run().ok
        assert b.run().ok
        b.store.activate()
        assert t.leads.find(wang) is not None and t.leads.find(wang).meta.deleted_at is not None  # type: ignore[union-attr]
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_another_program_reads_a_lead_and_its_notes_edited_there_come_back(tmp_path: Path, book: Book,
                                                                          calendars: Calendars,
                                                                          proxy: FaultProxy) -> None:
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        s = a.services
        uid = s.leads.create(LeadData(name="Ольга Иванова", company="ООО «Вектор»", source="Referral",
                                      notes="Звонить после обеда")).value.uid
        assert a.run().ok
        client = caldav.DAVClient(url=f"http://127.0.0.1:{calendars.server.port}{calendars.journal}",
                                  username=calendars.user, password=PASSWORD)
        found = client.calendar(url=f"http://127.0.0.1:{calendars.server.port}{calendars.journal}").journals()
        assert len(found) == 1
        parsed = vobject.readOne(found[0].data)
        assert parsed.vjournal.summary.value == "Ольга Иванова · ООО «Вектор»"
        assert parsed.vjournal.status.value == "DRAFT"
        href = next(h for h, text in calendars.objects(calendars.journal).items() if uid in text)
        calendars.edit(href, "DESCRIPTION:Звонить после обеда", "DESCRIPTION:Звонить утром")
        assert a.run().ok
        a.store.activate()
        assert s.leads.get(uid).data.notes == "Звонить утром"
        assert ical_leads.is_lead(calendars.objects(calendars.journal)[href])
        assert_settled(a)
    finally:
        a.store.close()
