"""A 1,000-contact book, and three clients on the same collections: two Rapport data folders (two
laptops) and the caldav library (a phone), editing at the same time; they converge and lose nothing."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import caldav
import pytest

from app.activities import ActivityData
from app.contacts import ContactData
from tests.sync.conftest import (
    BOTH_SERVERS,
    PASSWORD,
    Book,
    Calendars,
    Laptop,
    Server,
    fresh_user,
    make_laptop,
    seed_radicale_book,
    vcard,
)
from tests.sync.proxy import FaultProxy


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_a_1000_contact_book(tmp_path: Path, server: Server, proxy: FaultProxy) -> None:
    user = fresh_user()
    cards = [(f"c{i:04d}.vcf", vcard(f"seed-{i:04d}", f"Given{i}", f"Family{i % 97}", f"EMAIL:p{i}@example.org",
                                     f"TEL;TYPE=cell:+1 202 555 {i % 10000:04d}", "X-SEED-MARK:kept"))
             for i in range(1000)]
    book = seed_radicale_book(server, user, cards)
    laptop = make_laptop(tmp_path / "big", proxy, book, timeout=60)
    proxy.reset_counts()

    started = time.monotonic()
    report = laptop.run()
    first = time.monotonic() - started

    assert report.ok, report.as_dict()
    assert report.collections[0].pulled_new == 1000 and laptop.services.contacts.count() == 1000
    assert proxy.count("REPORT", b"sync-collection") == 1
    assert proxy.count("REPORT", b"addressbook-multiget") == 10  # 100 hrefs per multiget
    assert proxy.count("PUT") == 0  # nothing to send back: the server's cards are what this side holds
    assert any(e.name == "X-SEED-MARK" for e in laptop.services.contacts.get("seed-0500").data.extra)
    assert first < 120, f"the first pull of 1,000 cards took {first:.1f} s"

    proxy.reset_counts()
    assert laptop.run().ok  # the book was written just before: its getlastmodified was too fresh to keep
    assert proxy.count("REPORT", b"multiget") == 0 and proxy.count("PUT") == 0
    proxy.reset_counts()
    assert laptop.run().ok and [m for m, _, _ in proxy.log] == ["PROPFIND"]  # one cheap question is all it takes

    proxy.reset_counts()
    book.edit(book.href + "c0042.vcf", "FN:Given42 Family42", "FN:Given42 Renamed")
    time.sleep(1.1)  # in a later second than the edit: getlastmodified alone tells (else the getctag is asked too)
    laptop.store.activate()
    laptop.services.contacts.update("seed-0777", job_title="Engineer")
    laptop.services.contacts.delete("seed-0999")
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert sorted(m for m, _, _ in proxy.log) == ["DELETE", "PROPFIND", "PUT", "REPORT", "REPORT"]
    assert laptop.services.contacts.get("seed-0042").display_name == "Given42 Renamed"
    assert laptop.services.contacts.count() == 999 and len(book.uids()) == 999
    assert laptop.sync.status().pending == 0
    laptop.store.close()


def _meetings(laptop: Laptop) -> dict[str, tuple[str, str]]:
    laptop.store.activate()
    return {m.uid: (m.data.subject, m.data.location) for m in laptop.services.activities.meetings()}


def _contacts(laptop: Laptop) -> dict[str, tuple[str, str, str]]:
    laptop.store.activate()
    return {c.uid: (c.display_name, c.data.job_title, c.data.notes) for c in laptop.services.contacts.list(limit=500)}


@BOTH_SERVERS
def test_two_laptops_and_the_caldav_library_converge(tmp_path: Path, book: Book, calendars: Calendars,
                                                     proxy: FaultProxy) -> None:
    first = make_laptop(tmp_path / "first", proxy, book, calendars=calendars)
    second = make_laptop(tmp_path / "second", proxy, book, calendars=calendars)
    base = f"http://127.0.0.1:{book.server.port}/"
    phone = caldav.DAVClient(url=base, username=book.user, password=PASSWORD)
    events = phone.calendar(url=base.rstrip("/") + calendars.events)

    first.store.activate()
    kickoff = first.services.activities.log(ActivityData(
        kind="meeting", occurred_at=datetime(2026, 3, 4, 9), ends_at=datetime(2026, 3, 4, 10),
        subject="Kick-off")).value.uid
    review = first.services.activities.log(ActivityData(
        kind="meeting", occurred_at=datetime(2026, 3, 5, 9), ends_at=datetime(2026, 3, 5, 10),
        subject="Review")).value.uid
    ada = first.services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
    second.store.activate()
    alan = second.services.contacts.create(ContactData(given="Alan", family="Turing")).value.uid
    events.save_event(dtstart=datetime(2026, 3, 6, 14), dtend=datetime(2026, 3, 6, 15), summary="Made on the phone",
                      uid="phone-event-1")
    book.put("phone.vcf", vcard("phone-card-1", "Grace", "Hopper", "X-PHONE-ONLY:yes"))
    for laptop in (first, second, first):
        assert laptop.run().ok

    # Everyone edits at once: the phone (caldav) renames one meeting and deletes another, the laptops
    # edit other fields of the renamed one, and contacts on both sides.
    on_phone = events.event_by_uid(kickoff)
    on_phone.icalendar_component["SUMMARY"] = "Kick-off (moved to Zoom)"
    on_phone.save(increase_seqno=False)
    events.event_by_uid(review).delete()
    first.store.activate()
    first.services.activities.update(kickoff, location="Zoom")
    first.services.contacts.update(alan, job_title="Mathematician")
    second.store.activate()
    second.services.activities.log(ActivityData(kind="meeting", occurred_at=datetime(2026, 3, 9, 9),
                                                ends_at=datetime(2026, 3, 9, 9, 30), subject="Second's standup"))
    second.services.contacts.update(ada, notes="first programmer")
    second.services.contacts.update("phone-card-1", job_title="Rear Admiral")
    for laptop in (first, second, first, second):
        report = laptop.run()
        assert report.ok, report.as_dict()

    assert _meetings(first) == _meetings(second)
    meetings = _meetings(first)
    assert meetings[kickoff] == ("Kick-off (moved to Zoom)", "Zoom")  # both edits kept
    assert review not in meetings  # deleted on the phone, edited nowhere: gone
    assert meetings["phone-event-1"][0] == "Made on the phone"
    assert "Second's standup" in {subject for subject, _ in meetings.values()}
    assert sorted(meetings) == calendars.uids(calendars.events)
    phone_view = {str(e.icalendar_component["UID"]): str(e.icalendar_component["SUMMARY"]) for e in events.events()}
    assert phone_view == {uid: subject for uid, (subject, _) in meetings.items()}

    assert _contacts(first) == _contacts(second)
    people = _contacts(first)
    assert people[ada][2] == "first programmer" and people[alan][1] == "Mathematician"
    assert people["phone-card-1"][1] == "Rear Admiral"
    assert sorted(people) == book.uids()
    assert "X-PHONE-ONLY:yes" in next(t for t in book.cards().values() if "phone-card-1" in t)
    assert first.sync.conflicts() == [] and second.sync.conflicts() == []
    first.store.close()
    second.store.close()
