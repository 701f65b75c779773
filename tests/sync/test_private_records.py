"""Private records and private collections (issue 14, point 3): an office shares its CRM through the
collections of its server, and a user keeps some records to themself. A record kept private moves out of
the office's collection into the user's own (or, with none taking its kind, off the server to this computer
only); made the office's again it moves back. What a private collection holds is private. On the real
servers, with a second laptop playing the colleague who does not sync the first one's own collection."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.contacts import ContactData
from app.deals import DealData
from app.importing import ImportService
from app.services import Services
from app.tasks import TaskData
from sync.memory import MemoryServer
from tests.sync.conftest import BOTH_SERVERS, Book, Calendars, Laptop, assert_settled, make_laptop, vcard
from tests.sync.proxy import FaultProxy


def _own_book(book: Book) -> str:
    """A second address book of the same user: the first laptop's own."""
    href = book.href.rstrip("/").rsplit("/", 1)[0] + f"/mine-{uuid.uuid4().hex[:8]}/"
    book.direct.make_addressbook(href, "Mine")
    return href


def _collection_id(laptop: Laptop, href: str) -> int:
    return next(c.id for c in laptop.sync.state.collections() if c.href == href)


def _uids(book: Book, href: str) -> list[str]:
    listing = book.direct.list_etags(href)
    fetched, _ = book.direct.multiget(href, [h for h, _ in listing.changed]) if listing.changed else ([], [])
    return sorted(line[4:] for f in fetched for line in f.text.replace("\r\n", "\n").split("\n")
                  if line.startswith("UID:"))


def _live(laptop: Laptop, uid: str) -> bool:
    laptop.store.activate()
    return laptop.services.contacts.get(uid, include_deleted=True).meta.deleted_at is None


@BOTH_SERVERS
def test_a_contact_kept_private_moves_to_the_users_own_book_and_back(tmp_path: Path, book: Book,
                                                                     proxy: FaultProxy) -> None:
    own = _own_book(book)
    a = make_laptop(tmp_path / "a", proxy, book)
    b = make_laptop(tmp_path / "b", proxy, book)  # the colleague: the office's book only
    try:
        a.sync.set_collection(_collection_id(a, own), enabled=True, private=True)
        a.store.activate()
        s = a.services
        ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
        bob = s.contacts.create(ContactData(given="Bob", family="Private")).value.uid
        assert a.run().ok and b.run().ok
        assert _uids(book, book.href) == sorted([ada, bob]) and _uids(book, own) == []
        assert _live(b, bob)

        # Kept private: into the own book, out of the office's; the colleague's copy goes to the Trash.
        a.store.activate()
        assert s.privacy.set_private("contact", bob, True).value
        report = a.run()
        assert report.ok and sum(c.moved_out for c in report.collections) == 1
        assert _uids(book, book.href) == [ada] and _uids(book, own) == [bob]
        assert b.run().ok
        assert not _live(b, bob) and _live(b, ada)
        a.store.activate()
        assert a.sync.status().pending == 0

        # An edit of the private contact goes to the own book only.
        s.contacts.update(bob, job_title="Confidant")
        assert a.run().ok
        assert _uids(book, book.href) == [ada] and _uids(book, own) == [bob]

        # Made the office's again: back in the office's book, and on the colleague's laptop.
        a.store.activate()
        assert s.privacy.set_private("contact", bob, False).value
        assert a.run().ok
        assert _uids(book, book.href) == sorted([ada, bob]) and _uids(book, own) == []
        assert b.run().ok
        assert _live(b, bob)
        b.store.activate()
        assert b.services.contacts.get(bob).data.job_title == "Confidant"

        # A card a phone puts into the own book is private here, and stays out of the office's book.
        book.direct.put(own + "phone.vcf", vcard("c-phone", "Pia", "Phone"), etag=None)
        assert a.run().ok
        a.store.activate()
        assert s.privacy.is_private("contact", "c-phone")
        assert "c-phone" not in _uids(book, book.href)
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_a_private_record_with_no_own_collection_leaves_the_server_and_stays_here(
        tmp_path: Path, book: Book, calendars: Calendars, proxy: FaultProxy) -> None:
    """No private calendar: a deal and a task kept private go off the office's calendar (the colleague's
    copies to the Trash) and stay on this laptop, and nothing is "waiting to upload" for ever."""
    a = make_laptop(tmp_path / "a", proxy, book, calendars=calendars)
    b = make_laptop(tmp_path / "b", proxy, book, calendars=calendars)
    try:
        a.store.activate()
        s = a.services
        stage = s.pipelines.create("Sales", (("Lead", 10), ("Won", 100))).value.stages[0].uid
        deal = s.deals.create(DealData(title="Side project", stage_uid=stage, amount=Decimal("900"),
                                       currency="EUR", expected_close=date(2026, 5, 1))).value.uid
        task = s.tasks.create(TaskData(title="Call my accountant")).value.uid
        office_task = s.tasks.create(TaskData(title="Send the quote")).value.uid
        assert a.run().ok and b.run().ok
        assert sorted([deal, task, office_task]) == calendars.uids(calendars.tasks)

        a.store.activate()
        s.privacy.set_private("deal", deal, True)
        s.privacy.set_private("task", task, True)
        assert a.run().ok
        assert calendars.uids(calendars.tasks) == [office_task]
        a.store.activate()
        assert s.deals.get(deal).data.title == "Side project" and s.tasks.get(task).data.title == "Call my accountant"
        assert a.sync.status().pending == 0
        s.tasks.update(task, title="Call my accountant on Monday")
        assert a.run().ok
        assert calendars.uids(calendars.tasks) == [office_task]
        a.store.activate()
        assert a.sync.status().pending == 0

        assert b.run().ok
        b.store.activate()
        assert b.services.deals.get(deal, include_deleted=True).meta.deleted_at is not None
        assert b.services.tasks.get(task, include_deleted=True).meta.deleted_at is not None

        # Undo on laptop A takes the task back to the office, and it comes back to the colleague.
        a.store.activate()
        s.undo.undo()  # the edit
        s.undo.undo()  # kept private
        assert not s.privacy.is_private("task", task)
        assert a.run().ok and b.run().ok
        b.store.activate()
        assert b.services.tasks.get(task).data.title == "Call my accountant"
        assert_settled(a, b)
    finally:
        a.store.close()
        b.store.close()


@BOTH_SERVERS
def test_a_phones_copy_in_the_own_book_does_not_take_an_office_contact_away(tmp_path: Path, book: Book,
                                                                          proxy: FaultProxy) -> None:
    """A phone copies an office contact into the user's own book (the same UID): the copy is a duplicate,
    the contact stays the office's and stays in the office's book for the colleagues."""
    own = _own_book(book)
    a = make_laptop(tmp_path / "a", proxy, book)
    try:
        a.sync.set_collection(_collection_id(a, own), enabled=True, private=True)
        a.store.activate()
        ada = a.services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
        assert a.run().ok
        card = next(t for t in book.cards().values() if f"UID:{ada}" in t)
        book.direct.put(own + "copy.vcf", card.replace("\n", "\r\n"), etag=None)
        # A copy across the office's and the user's own books is what a record moving between them looks like
        # from here (the user's other laptop moved it): followed once the office's goes, said nowhere.
        assert a.run().ok and a.run().ok
        a.store.activate()
        assert not a.services.privacy.is_private("contact", ada)
        assert ada in _uids(book, book.href)
    finally:
        a.store.close()



@BOTH_SERVERS
@pytest.mark.parametrize("own_name", ["a-mine", "z-mine"])
def test_the_users_second_laptop_follows_the_move_and_keeps_the_record(tmp_path: Path, book: Book,
                                                                        proxy: FaultProxy, own_name: str) -> None:
    """The same user on two laptops, both syncing the office's book and their own: a contact made private
    on one moves on the other too — never to the Trash — whichever book the second pulls first; shared
    again, it moves back."""
    own = book.href.rstrip("/").rsplit("/", 1)[0] + f"/{own_name}-{uuid.uuid4().hex[:8]}/"
    book.direct.make_addressbook(own, "Mine")
    a = make_laptop(tmp_path / "a", proxy, book)
    a2 = make_laptop(tmp_path / "a2", proxy, book)
    try:
        for laptop in (a, a2):
            laptop.sync.set_collection(_collection_id(laptop, own), enabled=True, private=True)
        a.store.activate()
        bob = a.services.contacts.create(ContactData(given="Bob", family="Private")).value.uid
        assert a.run().ok and a2.run().ok
        a.store.activate()
        a.services.privacy.set_private("contact", bob, True)
        assert a.run().ok and a2.run().ok and a2.run().ok
        assert _live(a2, bob)
        a2.store.activate()
        assert a2.services.privacy.is_private("contact", bob)
        assert _uids(book, book.href) == [] and _uids(book, own) == [bob]

        a.store.activate()
        a.services.privacy.set_private("contact", bob, False)
        assert a.run().ok and a2.run().ok and a2.run().ok
        assert _live(a2, bob)
        a2.store.activate()
        assert not a2.services.privacy.is_private("contact", bob)
        assert _uids(book, book.href) == [bob] and _uids(book, own) == []
        assert_settled(a, a2)
    finally:
        a.store.close()
        a2.store.close()


def test_a_private_invitation_to_one_occurrence_stays_here_and_nothing_waits(services: Services, memory: MemoryServer,
                                                                              memory_laptop: Laptop,
                                                                              tmp_path: Path) -> None:
    """An invitation to one occurrence of someone's series (a calendar object of one instance, no master)
    made private with no calendar of the user's own: never uploaded, and `sync status` counts nothing."""
    invitation = tmp_path / "invite.ics"
    invitation.write_text("\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//another office//", "BEGIN:VEVENT", "UID:series-7",
        "RECURRENCE-ID:20260310T090000Z", "DTSTAMP:20260301T090000Z", "DTSTART:20260310T093000Z",
        "DTEND:20260310T103000Z", "SUMMARY:Board meeting (moved)", "END:VEVENT", "END:VCALENDAR", ""]),
        encoding="utf-8")
    assert ImportService(services).import_files([invitation]).imported == 1
    [row] = [str(r[0]) for r in services.store.database.execute_sql(
        "SELECT uid FROM activity WHERE uid LIKE 'series-7%'")]
    assert row != "series-7"  # an instance row: the object's uid, the mark, its start
    services.privacy.set_private("activity", row, True)
    assert memory_laptop.sync.status().pending == 0
    assert memory_laptop.run().ok
    assert not any("series-7" in text for text in memory.texts("/user/calendar/").values())
    assert memory_laptop.sync.status().pending == 0
