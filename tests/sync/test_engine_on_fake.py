"""The sync engine against the in-memory server (sync/memory.py): pull, push, merges, conflicts, deletes,
412 races, faults and resuming, each in milliseconds. What the server does here is what
tests/sync/test_storage_contract.py holds Radicale and Xandikos to; the tests against those servers
(test_sync_*.py) check the HTTP on top."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import ContactData, Email, Phone
from app.services import Services
from app.store import Store
from app.tasks import TaskData
from sync.cards import AddressBookRecords
from sync.credentials import Credentials
from sync.engine import SyncReport
from sync.errors import NetworkError
from sync.memory import MemoryServer, MemoryStorage
from sync.service import SyncService
from tests.sync.conftest import MEMORY_URL, PASSWORD, Laptop, make_memory_laptop, vcard

BOOK = "/user/contacts/"
CALENDAR = "/user/calendar/"
JOURNAL = "/user/journal/"
ICS = "text/calendar; charset=utf-8"


class Device:
    """Another device on the memory server: what a phone does to the address book."""

    def __init__(self, server: MemoryServer) -> None:
        self.server = server
        self.storage: MemoryStorage = server.storage()

    def put(self, name: str, text: str, collection: str = BOOK) -> str:
        href, _ = self.storage.put(collection + name, text, etag=None)
        return href

    def edit(self, href: str, old: str, new: str) -> None:
        current = self.storage.get(href)
        assert current is not None and old in current.text, current
        self.storage.put(href, current.text.replace(old, new), etag=current.etag)

    def delete(self, href: str) -> None:
        current = self.storage.get(href)
        assert current is not None
        assert self.storage.delete(href, current.etag)

    def cards(self, collection: str = BOOK) -> dict[str, str]:
        """href → text, unfolded, LF line ends."""
        return {h: t.replace("\r\n", "\n").replace("\n ", "") for h, t in self.server.texts(collection).items()}

    def href_of(self, uid: str, collection: str = BOOK) -> str:
        return next(h for h, t in self.cards(collection).items() if f"\nUID:{uid}\n" in t)

    def uids(self, collection: str = BOOK) -> list[str]:
        return sorted(line[4:] for t in self.cards(collection).values() for line in t.split("\n")
                      if line.startswith("UID:"))


@pytest.fixture
def phone(memory: MemoryServer) -> Device:
    return Device(memory)


def _contact(laptop: Laptop, given: str, family: str, **more: object) -> str:
    laptop.store.activate()
    return laptop.services.contacts.create(ContactData(given=given, family=family, **more)).value.uid  # type: ignore[arg-type]


def _people(laptop: Laptop, count: int) -> list[str]:
    return [_contact(laptop, f"Person{i}", "Example") for i in range(count)]


def _token(laptop: Laptop) -> str:
    return next(c.sync_token for c in laptop.sync.state.collections() if c.href == BOOK)


# --- the account ------------------------------------------------------------------------------------


def test_adding_the_account_finds_the_book_and_the_calendar(memory_laptop: Laptop) -> None:
    found = {c.href: c for c in memory_laptop.sync.state.collections()}

    assert sorted(found) == [CALENDAR, BOOK, JOURNAL]  # the journal calendar made for calls and notes
    assert found[BOOK].kind == "addressbook" and found[BOOK].default_for_new
    assert found[CALENDAR].kind == "calendar" and found[CALENDAR].components == "VEVENT,VTODO"
    assert found[CALENDAR].default_for_new and found[CALENDAR].default_for_tasks


def test_an_account_without_collections_gets_an_address_book_and_a_calendar(services: Services) -> None:
    """An address book, a calendar for meetings and tasks (and deals), and one for the office's calls,
    e-mails and notes (VJOURNAL: a calendar of its own, which the servers offices run take)."""
    server = MemoryServer(password=PASSWORD, collections=False)

    laptop = make_memory_laptop(services, server)

    found = {c.href: c.components for c in laptop.sync.state.collections()}
    assert found == {"/user/calendar/": "VEVENT,VTODO", "/user/contacts/": "", "/user/journal/": "VJOURNAL"}
    assert server.count("make_addressbook") == 1 and server.count("make_calendar") == 2


# --- pull and push ----------------------------------------------------------------------------------


def test_first_sync_with_data_on_both_sides(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    ada = _contact(laptop, "Ada", "Lovelace", emails=(Email("ada@example.org"),))
    both = _contact(laptop, "Grace", "Hopper", emails=(Email("grace@navy.example"),))
    phone.put("alan.vcf", vcard("alan-1", "Alan", "Turing", "X-FAVOURITE-TEA:Earl Grey"))
    grace_href = phone.put("grace.vcf", vcard(both, "Grace", "Hopper", "TEL;TYPE=work:+1 202 555 0143"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    contacts = laptop.services.contacts
    assert contacts.count() == 3
    grace = contacts.get(both).data
    assert [e.value for e in grace.emails] == ["grace@navy.example"]  # kept from this side
    assert [p.value for p in grace.phones] == ["+1 202 555 0143"]  # taken from the server's side
    assert phone.uids() == sorted([ada, both, "alan-1"])
    assert "grace@navy.example" in phone.cards()[grace_href]  # merged, and uploaded to the same href
    assert any(e.name == "X-FAVOURITE-TEA" for e in contacts.get("alan-1").data.extra)
    assert laptop.sync.conflicts() == []
    run = phone.server.clients[-1]  # the run's connection (the one before it found the collections)
    assert report.requests == run.requests > 0 and run.closed


def _requests(memory: MemoryServer) -> list[str]:
    """What the last run asked of the server."""
    return [name for name, _ in memory.clients[-1].calls]


def test_an_unchanged_server_costs_one_question_and_a_change_one_fetch(memory_laptop: Laptop, phone: Device,
                                                                      memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 4)
    remote = phone.put("remote.vcf", vcard("remote-1", "Remote", "Person"))
    assert laptop.run().ok
    assert laptop.run().ok  # lists our own uploads once (their etags match: nothing fetched)

    assert laptop.run().ok
    assert _requests(memory) == ["marks", "marks", "marks"]  # one per collection, nothing else

    laptop.services.contacts.update(uids[2], job_title="Engineer")
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert _requests(memory) == ["marks", "put", "marks", "marks"]
    assert "TITLE:Engineer" in phone.cards()[phone.href_of(uids[2])]

    phone.edit(remote, "FN:Remote Person", "FN:Remote Person Renamed")
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_changed == 1
    # the ctag changed: sync-collection, then a multiget of the one card (our own upload's etag matches)
    assert _requests(memory) == ["marks", "sync_collection", "multiget", "marks", "marks"]
    assert laptop.services.contacts.get("remote-1").data.display_name == "Remote Person Renamed"


def test_both_sides_edit_different_fields_merge(memory_laptop: Laptop, phone: Device, memory: MemoryServer) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace", emails=(Email("ada@example.org"),))
    assert laptop.run().ok
    href = phone.href_of(uid)
    phone.edit(href, "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nTITLE:Countess")
    laptop.services.contacts.update(uid, phones=(Phone("+1 202 555 0100", "work"),))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].conflicts == 0 and report.collections[0].merged == 1
    data = laptop.services.contacts.get(uid).data
    assert data.job_title == "Countess" and [p.value for p in data.phones] == ["+1 202 555 0100"]
    assert "TITLE:Countess" in phone.cards()[href] and "+1 202 555 0100" in phone.cards()[href]
    memory.calls.clear()
    assert laptop.run().ok  # settled: nothing more to move either way
    assert memory.count("put") == 0 and memory.count("multiget") == 0


def test_both_sides_edit_the_same_field_is_a_conflict_and_resolve_works(memory_laptop: Laptop,
                                                                         phone: Device) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace", job_title="Analyst", notes="first")
    assert laptop.run().ok
    href = phone.href_of(uid)
    phone.edit(href, "TITLE:Analyst", "TITLE:Countess")
    laptop.services.contacts.update(uid, job_title="Programmer", notes="second")

    report = laptop.run()

    assert report.collections[0].conflicts == 1
    conflicts = laptop.sync.conflicts()
    assert [(c.record_uid, c.fields) for c in conflicts] == [(uid, ["job_title"])]
    assert "TITLE:Programmer" in conflicts[0].local_text and "TITLE:Countess" in conflicts[0].server_text
    data = laptop.services.contacts.get(uid).data
    assert (data.job_title, data.notes) == ("Countess", "second")
    assert "NOTE:second" in phone.cards()[href]
    laptop.sync.resolve(uid, "local")
    assert laptop.run().ok
    assert "TITLE:Programmer" in phone.cards()[href] and laptop.sync.conflicts() == []


def test_deleted_there_edited_here_is_uploaded_again(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    phone.delete(phone.href_of(uid))
    laptop.services.contacts.update(uid, job_title="Countess")

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert phone.uids() == [uid] and "TITLE:Countess" in phone.cards()[phone.href_of(uid)]
    assert laptop.services.contacts.get(uid).data.job_title == "Countess"


def test_deleted_here_edited_there_comes_back(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    phone.edit(phone.href_of(uid), "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nTITLE:Countess")
    laptop.services.contacts.delete(uid)

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].restored == 1
    assert laptop.services.contacts.get(uid).data.job_title == "Countess"
    assert phone.uids() == [uid]


def test_deleted_on_one_side_only_is_deleted_on_the_other(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    keep = _people(laptop, 3)
    here, there = _contact(laptop, "Deleted", "Here"), _contact(laptop, "Deleted", "There")
    assert laptop.run().ok
    laptop.services.contacts.delete(here)
    phone.delete(phone.href_of(there))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].pulled_deleted == 1 and report.collections[0].pushed_deleted == 1
    assert phone.uids() == sorted(keep) and laptop.services.contacts.count() == 3


def test_a_side_that_suddenly_lists_nothing_is_not_mirrored(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    _people(laptop, 4)
    assert laptop.run().ok
    for href in phone.cards():
        phone.delete(href)

    report = laptop.run()

    assert not report.ok and "none of the cards synced before (4)" in report.collections[0].refused
    assert laptop.services.contacts.count() == 4
    assert laptop.run(allow_mass_delete=True).ok and laptop.services.contacts.count() == 0


def test_meetings_and_tasks_travel_through_the_calendar(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    laptop.store.activate()
    meeting = laptop.services.activities.log(ActivityData(
        kind="meeting", occurred_at=datetime(2026, 3, 4, 9), ends_at=datetime(2026, 3, 4, 10),
        subject="Kick-off")).value.uid
    task = laptop.services.tasks.create(TaskData(title="Send the offer", due_date=date(2026, 3, 6))).value.uid
    phone.storage.put(CALENDAR + "milk.ics", "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//A Phone//EN", "BEGIN:VTODO", "UID:todo-1",
        "DTSTAMP:20260301T080000Z", "SUMMARY:Buy milk", "DUE;VALUE=DATE:20260307", "END:VTODO", "END:VCALENDAR",
        ""]), etag=None, content_type=ICS)

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert phone.uids(CALENDAR) == sorted([meeting, task, "todo-1"])
    texts = phone.cards(CALENDAR)
    assert "SUMMARY:Kick-off" in texts[phone.href_of(meeting, CALENDAR)]
    assert "BEGIN:VTODO" in texts[phone.href_of(task, CALENDAR)]
    assert laptop.services.tasks.get("todo-1").data.due_date == date(2026, 3, 7)
    assert phone.uids() == []  # nothing of the calendar's in the address book


# --- races: the server changes between the engine's requests ------------------------------------------


def test_an_edit_there_just_before_our_put_is_merged_and_uploaded_once_more(memory_laptop: Laptop, phone: Device,
                                                                           memory: MemoryServer) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    href = phone.href_of(uid)
    laptop.services.contacts.update(uid, job_title="Countess")
    memory.before("put", lambda: phone.edit(href, "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nNOTE:from the phone"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert _requests(memory).count("put") == 2  # 412, then the merge
    text = phone.cards()[href]
    assert "TITLE:Countess" in text and "NOTE:from the phone" in text
    data = laptop.services.contacts.get(uid).data
    assert (data.job_title, data.notes) == ("Countess", "from the phone")
    assert laptop.sync.conflicts() == [] and phone.uids() == [uid]


def test_an_edit_there_just_before_our_delete_brings_the_record_back(memory_laptop: Laptop, phone: Device,
                                                                     memory: MemoryServer) -> None:
    laptop = memory_laptop
    keep = _people(laptop, 3)
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    href = phone.href_of(uid)
    laptop.services.contacts.delete(uid)
    memory.before("delete", lambda: phone.edit(href, "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nTITLE:Countess"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].restored == 1 and report.collections[0].pushed_deleted == 0
    assert laptop.services.contacts.get(uid).data.job_title == "Countess"
    assert phone.uids() == sorted([*keep, uid])


def test_a_card_made_there_at_the_name_we_chose_is_adopted_when_it_is_the_same(memory_laptop: Laptop,
                                                                              phone: Device,
                                                                              memory: MemoryServer) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace")
    memory.before("put", lambda: phone.put(f"{uid}.vcf", vcard(uid, "Ada", "Lovelace", "TITLE:Countess")))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert phone.uids() == [uid]  # no second card
    assert laptop.services.contacts.get(uid).data.job_title == "Countess"


def test_another_card_at_the_name_we_chose_makes_us_take_a_fresh_name(memory_laptop: Laptop, phone: Device,
                                                                      memory: MemoryServer) -> None:
    laptop = memory_laptop
    uid = _contact(laptop, "Ada", "Lovelace")
    memory.before("put", lambda: phone.put(f"{uid}.vcf", vcard("someone-else", "Alan", "Turing")))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert phone.uids() == sorted([uid, "someone-else"])
    assert phone.href_of(uid) != f"{BOOK}{uid}.vcf"
    assert laptop.services.contacts.count() == 1  # Alan comes with the next pull
    assert laptop.run().ok and laptop.services.contacts.count() == 2


def test_an_edit_here_while_its_upload_is_in_flight_is_not_lost(memory_laptop: Laptop, phone: Device,
                                                                memory: MemoryServer) -> None:
    laptop = memory_laptop
    [uid] = _people(laptop, 1)
    assert laptop.run().ok
    laptop.services.contacts.update(uid, job_title="First edit")
    memory.before("put", lambda: laptop.services.contacts.update(uid, notes="made while the first edit was on its way"))

    assert laptop.run().ok
    text = phone.cards()[phone.href_of(uid)]
    assert "TITLE:First edit" in text and "NOTE:" not in text  # what was read before the edit went up

    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert "NOTE:made while the first edit was on its way" in phone.cards()[phone.href_of(uid)]


# --- faults, and the next run going on ----------------------------------------------------------------


def test_500_on_the_third_put_then_a_clean_resume(memory_laptop: Laptop, phone: Device, memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 6)
    memory.fail("put", 500, after=True, skip=2)  # the server applied the third PUT, but we hear a 500

    report = laptop.run()

    assert not report.ok and "500" in report.errors[0]
    assert len(phone.uids()) == 3
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert phone.uids() == sorted(uids) and laptop.services.contacts.count() == 6
    assert laptop.sync.conflicts() == []


def test_a_put_whose_answer_was_lost_is_sent_again_and_makes_no_duplicate(memory_laptop: Laptop, phone: Device,
                                                                         memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 3)
    memory.fail("put", NetworkError("PUT: the server did not answer in 30 s"), after=True)

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert phone.uids() == sorted(uids)
    assert memory.count("put") == 4  # the first one sent again with the same If-None-Match, refused (412)
    memory.calls.clear()
    assert laptop.run().ok and memory.count("put") == 0 and laptop.sync.conflicts() == []


def test_a_dropped_multiget_rolls_back_and_keeps_the_token(memory_laptop: Laptop, phone: Device,
                                                           memory: MemoryServer) -> None:
    laptop = memory_laptop
    for i in range(5):
        phone.put(f"c{i}.vcf", vcard(f"c-{i}", f"Card{i}", "Remote"))
    memory.fail("multiget", NetworkError("REPORT: the connection failed"), href=BOOK)

    report = laptop.run()

    assert not report.ok and "connection" in report.errors[0]
    assert laptop.services.contacts.count() == 0 and _token(laptop) == ""
    assert laptop.run().ok
    assert laptop.services.contacts.count() == 5 and _token(laptop) != ""


def test_a_forgotten_sync_token_falls_back_to_a_full_listing(memory_laptop: Laptop, phone: Device,
                                                             memory: MemoryServer) -> None:
    laptop = memory_laptop
    _people(laptop, 2)
    gone = phone.put("gone.vcf", vcard("gone-1", "Soon", "Gone"))
    phone.put("stays.vcf", vcard("stays-1", "Will", "Stay"))
    assert laptop.run().ok
    memory.expire_tokens(BOOK)
    phone.delete(gone)
    phone.put("new.vcf", vcard("new-1", "Brand", "New"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].full_listing
    assert report.collections[0].pulled_deleted == 1 and report.collections[0].pulled_new == 1
    assert laptop.services.contacts.count() == 4


def test_a_server_without_sync_collection_is_listed_in_full(memory_laptop: Laptop, phone: Device,
                                                            memory: MemoryServer) -> None:
    laptop = memory_laptop
    memory.fail("sync_collection", 405, times=None)
    phone.put("a.vcf", vcard("a-1", "Ann", "Able"))
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    phone.delete(phone.href_of("a-1"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].full_listing and report.collections[0].pulled_deleted == 1
    assert memory.count("list_etags") >= 2
    assert [c.uid for c in laptop.services.contacts.list(limit=10)] == [uid]


def test_a_wrong_password_stops_the_run_and_touches_nothing(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    _people(laptop, 2)
    phone.put("r.vcf", vcard("r-1", "Remote", "Person"))
    laptop.credentials.store("https://dav.example/", "user", "not-the-" + PASSWORD)

    report = laptop.run()

    assert not report.ok and "refused the user name or password" in report.errors[0]
    assert PASSWORD not in report.errors[0]
    assert laptop.services.contacts.count() == 2 and phone.uids() == ["r-1"]
    assert laptop.sync.status().pending == 2


def test_507_on_put_stops_pushing_and_says_so(memory_laptop: Laptop, phone: Device, memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 4)
    memory.fail("put", 507, skip=1)

    report = laptop.run()

    assert not report.ok and "out of space" in report.collections[0].errors[0]
    assert len(phone.uids()) == 1  # the first went up; pushing stopped at the full server
    assert laptop.run().ok and phone.uids() == sorted(uids)


def test_a_busy_server_stops_the_run_and_the_next_goes_on(memory_laptop: Laptop, phone: Device,
                                                          memory: MemoryServer) -> None:
    laptop = memory_laptop
    for i in range(3):
        phone.put(f"c{i}.vcf", vcard(f"c-{i}", f"Card{i}", "Remote"))
    memory.fail("sync_collection", 503)

    report = laptop.run()

    assert not report.ok and "busy" in report.errors[0] and laptop.services.contacts.count() == 0
    assert laptop.run().ok and laptop.services.contacts.count() == 3


# --- servers that differ -------------------------------------------------------------------------------


def test_a_server_that_names_new_cards_itself_is_followed(services: Services) -> None:
    server = MemoryServer(password=PASSWORD, rename_new=True)
    laptop, phone = make_memory_laptop(services, server), Device(server)
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    href = phone.href_of(uid)
    assert href != f"{BOOK}{uid}.vcf"  # where the server put it

    laptop.services.contacts.update(uid, job_title="Countess")
    report = laptop.run()

    assert report.ok and report.collections[0].pushed_changed == 1
    assert list(phone.cards()) == [href] and "TITLE:Countess" in phone.cards()[href]


def test_a_rewriting_server_without_etags_on_put_makes_no_false_conflict(services: Services) -> None:
    def rewrite(text: str) -> str:
        return text.replace("END:VCARD", "PRODID:-//Some Server//EN\r\nEND:VCARD")

    server = MemoryServer(password=PASSWORD, rewrite=rewrite, put_etags=False)
    laptop, phone = make_memory_laptop(services, server), Device(server)
    uids = _people(laptop, 3)
    assert laptop.run().ok
    assert all("PRODID:-//Some Server//EN" in t for t in phone.cards().values())
    assert laptop.store.database.execute_sql("SELECT etag FROM sync_item").fetchall() == [(None,)] * 3

    laptop.services.contacts.update(uids[0], job_title="Engineer")
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert report.collections[0].conflicts == 0 and report.collections[0].merged == 0
    server.calls.clear()
    assert laptop.run().ok and server.count("put") == 0 and laptop.sync.conflicts() == []
    assert "TITLE:Engineer" in phone.cards()[phone.href_of(uids[0])]


def test_a_stopped_run_keeps_what_it_did_and_the_next_goes_on(memory_laptop: Laptop, phone: Device,
                                                              memory: MemoryServer) -> None:
    laptop = memory_laptop
    for i in range(250):
        phone.put(f"c{i:03d}.vcf", vcard(f"c-{i:03d}", f"Card{i}", "Remote"))
    stop = threading.Event()
    memory.before("multiget", stop.set, skip=1)  # asked while the second chunk is fetched

    report = laptop.sync.run(stop=stop)

    assert any("stopped" in e for e in report.errors), report.as_dict()
    assert 0 < laptop.services.contacts.count() < 250
    assert laptop.run().ok and laptop.services.contacts.count() == 250  # nothing lost, nothing twice


def test_the_first_sync_is_previewed_and_a_held_account_is_left_out_until_released(
        services: Services, memory: MemoryServer, phone: Device) -> None:
    """What the window shows before an account's first sync (issue 12): what goes up where, what the server
    has; a held account is left out of runs until the user's word."""
    for given in ("Ann", "Bob", "Cy"):
        services.contacts.create(ContactData(given=given, family="Lee"))
    services.activities.log(ActivityData(kind="meeting", subject="Kick-off", occurred_at=datetime(2026, 3, 4, 9),
                                         ends_at=datetime(2026, 3, 4, 10)))
    services.tasks.create(TaskData(title="Send the offer", due_date=date(2026, 3, 5)))
    phone.put("z.vcf", vcard("z-1", "Zoe", "Zed"))
    phone.put("y.vcf", vcard("y-1", "Yan", "Yu"))
    laptop = make_memory_laptop(services, memory)
    [account] = laptop.sync.state.accounts()
    preview = {p.name: (p.kind, p.upload, p.download) for p in laptop.sync.first_sync_preview(account.id)}
    book = next(k for k, v in preview.items() if v[0] == "addressbook")
    calendar = next(k for k, v in preview.items() if v[0] == "calendar")
    assert preview[book] == ("addressbook", {"contact": 3, "account": 0}, 2)
    # the meeting, the task (and deals go with tasks: none here)
    assert preview[calendar][1] == {"activity": 1, "task": 1, "deal": 0} and preview[calendar][2] == 0

    held = laptop.sync.run(held=frozenset({account.id}))
    assert held.collections == [] and services.contacts.count() == 3  # nothing pulled, nothing pushed
    assert len(phone.uids()) == 2
    laptop.sync.run()
    assert services.contacts.count() == 5 and len(phone.uids()) == 5


def test_the_servers_name_for_the_account_is_who_the_user_is_until_the_user_says(services: Services) -> None:
    """The principal's DAV:displayname is the first guess at the user's name in the office (the owner of new
    deals and tasks, and what "Only Mine" keeps); a name the user chose stays when the account is added again."""
    server = MemoryServer(password=PASSWORD)
    server.principal_display_name = "Ann  Lee"
    laptop = make_memory_laptop(services, server)
    assert services.office.me() == "Ann Lee" and not services.office.me_chosen()
    services.office.set_me("Анна Ли")
    server.principal_display_name = "Someone Else"
    laptop.sync.add_account(MEMORY_URL, server.user, PASSWORD)
    assert services.office.me() == "Анна Ли"


def _account_added_before_journals(services: Services, server: MemoryServer) -> Laptop:
    """An account as adding one left it before calls and notes were shared: its address book and its
    calendar for events and tasks, no journal calendar, not yet offered one."""
    credentials = Credentials()
    credentials.store(MEMORY_URL, server.user, PASSWORD)
    sync = SyncService(services, credentials, server.factory())
    with services.writer.write("Add sync account"):
        account = sync.state.add_account(MEMORY_URL, server.user, server.principal, services.clock.now())
        sync.state.add_collection(account, BOOK, "addressbook", "Contacts", "3.0")
        sync.state.add_collection(account, CALENDAR, "calendar", "Calendar", "2.0", "VEVENT,VTODO")
    return Laptop(services.store, services, sync, credentials)


def test_an_account_added_before_calls_were_shared_gets_their_calendar_once(services: Services) -> None:
    """The next sync makes the "Calls and notes" calendar adding an account makes now, and the calls go
    there; the run after asks nothing more."""
    server = MemoryServer(password=PASSWORD)
    laptop = _account_added_before_journals(services, server)
    call = services.activities.log(ActivityData(kind="call", subject="Pricing call")).value.uid
    assert laptop.run().ok
    journals = [c for c in laptop.sync.state.collections() if "VJOURNAL" in c.components]
    assert [(c.href, c.display_name, c.enabled) for c in journals] == [("/user/journal/", "Calls and notes", True)]
    assert any(f"UID:{call}" in text for text in server.texts("/user/journal/").values())
    assert any("Calls and notes" in str(line) for _, _, line in laptop.sync.state.recent_log())
    made = server.count("make_calendar")
    assert laptop.run().ok and server.count("make_calendar") == made == 1


def test_a_server_that_will_not_make_the_journal_calendar_is_asked_once_and_said(services: Services) -> None:
    server = MemoryServer(password=PASSWORD)
    laptop = _account_added_before_journals(services, server)
    server.fail("make_calendar", 403, times=None)
    report = laptop.run()
    assert report.ok  # the address book and the calendar synced all the same
    lines = [line for _, level, line in laptop.sync.state.recent_log() if level == "error"]
    assert any("calls, e-mails and notes stay on this computer" in str(line) for line in lines)
    assert laptop.run().ok and server.count("make_calendar") == 1


# --- nothing written here since the last push: nothing looked for -----------------------------------


def _statements_during(laptop: Laptop, action: Callable[[], object]) -> list[str]:
    """The SQL the laptop's connection ran during `action`."""
    seen: list[str] = []
    connection = laptop.store.database.connection()
    connection.set_trace_callback(seen.append)
    try:
        action()
    finally:
        connection.set_trace_callback(None)
    return seen


def _change_count(laptop: Laptop) -> int:
    return laptop.sync.state.change_count()


def test_a_run_with_no_local_write_since_the_last_complete_push_looks_at_no_record(memory_laptop: Laptop,
                                                                                  phone: Device) -> None:
    """A no-op sync of a big CRM spent most of its time asking SQLite what changed here; the count of local
    writes (schema 18) answers "nothing" in one read. The sync's own notes about the server do not count."""
    laptop = memory_laptop
    uids = _people(laptop, 3)
    laptop.services.activities.log(ActivityData(kind="meeting", subject="Kick-off",
                                                occurred_at=datetime(2026, 3, 4, 9)))
    laptop.services.activities.log(ActivityData(kind="call", subject="Pricing call"))
    assert laptop.run().ok
    assert laptop.run().ok  # the uploads' own writes were local writes: looked at once more, nothing found
    count = _change_count(laptop)

    reports: list[SyncReport] = []
    statements = _statements_during(laptop, lambda: reports.append(laptop.run()))

    [report] = reports
    assert report.ok and report.collections and all(c.nothing_here for c in report.collections)
    assert _change_count(laptop) == count
    records = re.compile(r"\bFROM\s+(contact|account|deal|activity|task)\b", re.IGNORECASE)
    assert not [s for s in statements if records.search(s)], statements

    laptop.services.contacts.update(uids[1], job_title="Engineer")
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1 and not report.collections[0].nothing_here
    assert "TITLE:Engineer" in phone.cards()[phone.href_of(uids[1])]


def test_a_write_by_another_program_on_the_same_folder_is_pushed(memory_laptop: Laptop, phone: Device,
                                                                  data_dir: Path, clock: FakeClock) -> None:
    laptop = memory_laptop
    [uid] = _people(laptop, 1)
    assert laptop.run().ok and laptop.run().ok
    assert all(c.nothing_here for c in laptop.run().collections)

    other = Store.open(data_dir)  # the window, while a script runs `rapport sync run`
    try:
        Services.build(other, clock, phone_region="US").contacts.update(uid, job_title="Set in the window")
    finally:
        other.close()

    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert "TITLE:Set in the window" in phone.cards()[phone.href_of(uid)]


def test_a_write_committed_while_the_push_looks_is_pushed_by_the_next_run(memory_laptop: Laptop, phone: Device,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The push remembers the count it started from, not the one it ended at: a write the window commits
    while the push looks (here: just after the push read what changed) is not taken for pushed."""
    laptop = memory_laptop
    [uid] = _people(laptop, 1)
    assert laptop.run().ok and laptop.run().ok
    laptop.services.contacts.update(uid, job_title="Before the run")
    assert laptop.run().ok and laptop.run().ok
    looked = AddressBookRecords.changed
    edits = iter([lambda: laptop.services.contacts.update(uid, job_title="While the push looked")])

    def changed_then_edited(self: AddressBookRecords, collection_id: int, kind: str) -> list[Any]:
        found = looked(self, collection_id, kind)
        next(edits, lambda: None)()
        return found

    monkeypatch.setattr(AddressBookRecords, "changed", changed_then_edited)
    with laptop.services.writer.write("A write that changes nothing synced"):
        pass  # the count moves: the next push looks, and finds nothing to send
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 0 and not report.collections[0].nothing_here
    assert "TITLE:While the push looked" not in phone.cards()[phone.href_of(uid)]

    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert "TITLE:While the push looked" in phone.cards()[phone.href_of(uid)]


def test_an_item_the_server_refused_is_offered_again_though_nothing_was_written_since(
        memory_laptop: Laptop, phone: Device, memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 3)
    memory.fail("put", 400, skip=1)  # the second upload is refused; the others go, nothing is written here

    report = laptop.run()
    assert not report.ok and len(phone.uids()) == 2

    report = laptop.run()
    assert report.ok and not report.collections[0].nothing_here and report.collections[0].pushed_new == 1
    assert phone.uids() == sorted(uids)


def test_a_push_that_failed_is_looked_at_again_though_nothing_was_written_since(memory_laptop: Laptop,
                                                                                phone: Device,
                                                                                memory: MemoryServer) -> None:
    laptop = memory_laptop
    uids = _people(laptop, 3)
    memory.fail("put", 500, skip=1)  # the second upload fails and ends the run; nothing is written here after

    report = laptop.run()
    assert not report.ok and not report.collections[0].nothing_here
    assert len(phone.uids()) == 1

    report = laptop.run()
    assert report.ok and not report.collections[0].nothing_here and report.collections[0].pushed_new == 2
    assert phone.uids() == sorted(uids)


def test_a_run_allowing_a_mass_delete_always_looks(memory_laptop: Laptop, phone: Device) -> None:
    laptop = memory_laptop
    _people(laptop, 2)
    assert laptop.run().ok and laptop.run().ok
    assert all(c.nothing_here for c in laptop.run().collections)
    assert not any(c.nothing_here for c in laptop.run(allow_mass_delete=True).collections)


def test_a_book_whose_cards_carry_the_phone_summary_looks_at_nothing_either(memory_laptop: Laptop,
                                                                           phone: Device) -> None:
    """Working out the phones' lines wrote (a counted write) at every run although no line changed, so a
    folder with that option on never had a sync that looked at nothing."""
    laptop = memory_laptop
    _people(laptop, 2)
    [book] = [c for c in laptop.sync.state.collections() if c.href == BOOK]
    laptop.sync.set_collection(book.id, phone_summary=True)
    for _ in range(3):
        assert laptop.run().ok
    assert all(c.nothing_here for c in laptop.run().collections)


def test_a_lost_count_makes_every_push_look_until_a_write_sets_it_again(memory_laptop: Laptop,
                                                                         phone: Device) -> None:
    """A database recovered from damage may have lost the count's row: no push then takes "nothing here"
    for an answer, and the next write starts the count above every collection's mark."""
    laptop = memory_laptop
    [uid] = _people(laptop, 1)
    assert laptop.run().ok and laptop.run().ok
    marks = [c.pushed_through for c in laptop.sync.state.collections()]
    laptop.store.database.execute_sql("DELETE FROM local_change")
    laptop.store.database.execute_sql("UPDATE sync_collection SET pushed_through = NULL WHERE id = (SELECT min(id)"
                                      " FROM sync_collection)")  # a collection never marked: None is no count
    assert laptop.sync.state.change_count() is None
    assert not any(c.nothing_here for c in laptop.run().collections)
    laptop.services.contacts.update(uid, job_title="Engineer")
    count = laptop.sync.state.change_count()
    assert count is not None and count > max(m or 0 for m in marks)
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1


def test_a_hash_stored_by_an_older_rapport_does_not_bring_back_a_card_deleted_here(memory_laptop: Laptop,
                                                                                  phone: Device) -> None:
    """With no ETag to delete with, the server's current card is compared with the one last synced: by the
    hash of that text worked out now, not the hash an older Rapport stored (the case of group names did
    not fold then), which said "changed on the server" and brought the deleted person back."""
    laptop = memory_laptop
    [uid] = _people(laptop, 1)
    assert laptop.run().ok
    laptop.store.database.execute_sql("UPDATE sync_item SET etag = NULL, content_hash = 'from an older Rapport'"
                                      " WHERE record_uid = ?", (uid,))
    laptop.services.contacts.delete(uid)
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_deleted == 1 and report.collections[0].restored == 0
    assert uid not in phone.uids()


def test_a_write_the_server_forbids_is_that_records_error_not_a_wrong_password(memory_laptop: Laptop,
                                                                                phone: Device,
                                                                                memory: MemoryServer) -> None:
    """A 403 to a PUT (a read-only collection, a card the server will not take) used to stop the run as "the
    server refused the user name or password": the password was asked again for nothing and the other
    records waited. Now it is that record's error, said as what it is; the rest goes up."""
    laptop = memory_laptop
    uids = _people(laptop, 3)
    memory.fail("put", 403, skip=1)

    report = laptop.run()

    assert not report.ok and report.errors == []  # no account error: the run went on
    errors = [e for c in report.collections for e in c.errors]
    assert len(errors) == 1 and "does not allow this change (403" in errors[0], errors
    assert not any("password" in e for e in errors)
    assert len(phone.uids()) == 2
    assert laptop.run().ok and phone.uids() == sorted(uids)


def test_cards_wait_to_go_only_where_an_address_book_takes_them(memory_laptop: Laptop) -> None:
    """Two contacts made here wait to go while the book is synced; with the book turned off (or sync never
    set up) nothing takes cards, and nothing waits — the count after each edit read every contact before."""
    laptop = memory_laptop
    _people(laptop, 2)
    assert laptop.sync.status().pending == 2
    for collection in laptop.sync.state.collections():
        laptop.sync.state.set_collection_flags(collection.id, enabled=False)
    assert laptop.sync.status().pending == 0
