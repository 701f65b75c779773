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

from app.contacts import ContactData
from app.deals import DealData
from app.tasks import TaskData
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
