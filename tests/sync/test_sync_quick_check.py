"""The question "did anything change there?" before a sync-collection: the collection's getctag, or its
far cheaper getlastmodified once a listing showed it at its newest member's (and while the getctag asked
every few minutes agrees). A server whose collection's getlastmodified is its own date is never believed
alone: a change made elsewhere comes at the next run."""

from __future__ import annotations

import time
from datetime import timedelta

from app.clock import FakeClock
from app.contacts import ContactData
from sync.dav import _settled, lastmod_behind, lastmod_stands_for, newest_date
from sync.engine import CTAG_EVERY
from sync.errors import ServerBusyError
from sync.memory import MemoryServer
from tests.sync.conftest import BOTH_SERVERS, Book, Laptop, vcard
from tests.sync.proxy import FaultProxy


def _settle_and_sync(laptop: Laptop) -> None:
    """Run once more a little later: a getlastmodified within the server's current second is not kept."""
    time.sleep(1.1)
    assert laptop.run().ok


def _propfinds(proxy: FaultProxy) -> list[bytes]:
    return [body for method, _, body in proxy.log if method == "PROPFIND"]


@BOTH_SERVERS
def test_getlastmodified_alone_answers_while_it_is_trusted(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    laptop.store.activate()
    laptop.services.contacts.create(ContactData(given="Ada", family="Lovelace"))
    href = book.put("grace.vcf", vcard("grace-1", "Grace", "Hopper"))
    assert laptop.run().ok
    _settle_and_sync(laptop)

    proxy.reset_counts()
    assert laptop.run().ok
    [question] = _propfinds(proxy)
    assert [m for m, _, _ in proxy.log] == ["PROPFIND"]
    [row] = [c for c in laptop.sync.state.collections() if c.href == book.href]
    if book.server.name == "radicale":
        assert row.lastmod_follows  # seen at the newest card's
        assert row.lastmod and b"getlastmodified" in question and b"getctag" not in question  # the cheap one only
    else:  # Xandikos gives no getlastmodified for a collection: the getctag it is
        assert row.lastmod == "" and b"getctag" in question

    time.sleep(1.1)  # a change in a later second than the one getlastmodified showed
    book.edit(href, "FN:Grace Hopper", "FN:Grace Brewster Hopper")
    proxy.reset_counts()
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_changed == 1
    assert laptop.services.contacts.get("grace-1").display_name == "Grace Brewster Hopper"


def test_a_getlastmodified_that_does_not_move_is_never_believed_alone(laptop: Laptop, book: Book,
                                                                    proxy: FaultProxy) -> None:
    proxy.faults.frozen_lastmod = b"Mon, 02 Mar 2026 08:00:00 GMT"  # long settled, and never moving
    href = book.put("grace.vcf", vcard("grace-1", "Grace", "Hopper"))
    assert laptop.run().ok  # the card's getlastmodified is today's, the collection's in March: it proves nothing
    book.edit(href, "FN:Grace Hopper", "FN:Grace Brewster Hopper")
    proxy.reset_counts()
    report = laptop.run()  # the getctag is asked: it moved, the change comes at once

    assert report.ok and report.collections[0].pulled_changed == 1
    assert laptop.services.contacts.get("grace-1").display_name == "Grace Brewster Hopper"
    assert b"getctag" in _propfinds(proxy)[0]
    # The listing found a change made elsewhere and getlastmodified did not move: never trusted again.
    assert [c.lastmod_trusted for c in laptop.sync.state.collections() if c.href == book.href] == [False]
    assert any("getlastmodified did not move" in message for _, _, message in laptop.sync.state.recent_log())

    proxy.reset_counts()
    assert laptop.run().ok
    assert b"getctag" in _propfinds(proxy)[0] and len(_propfinds(proxy)) == 1  # every time; unchanged: no more


def test_a_getlastmodified_believed_alone_is_checked_by_the_getctag_every_few_minutes(laptop: Laptop, book: Book,
                                                                                    proxy: FaultProxy) -> None:
    book.put("grace.vcf", vcard("grace-1", "Grace", "Hopper"))
    time.sleep(1.1)
    assert laptop.run().ok
    proxy.reset_counts()
    assert laptop.run().ok
    assert [b"getctag" in q for q in _propfinds(proxy)] == [False]
    clock = laptop.services.clock
    assert isinstance(clock, FakeClock)
    clock.advance(CTAG_EVERY + timedelta(seconds=1))
    proxy.reset_counts()
    assert laptop.run().ok
    assert [b"getctag" in q for q in _propfinds(proxy)] == [True]


def test_a_collection_dated_before_its_members_is_found_out_at_the_first_listing(laptop: Laptop, book: Book,
                                                                                proxy: FaultProxy) -> None:
    proxy.faults.frozen_lastmod = b"Mon, 02 Mar 2026 08:00:00 GMT"
    book.put("grace.vcf", vcard("grace-1", "Grace", "Hopper"))
    time.sleep(1.1)  # the card written in an earlier second than the server's answers
    assert laptop.run().ok
    [row] = [c for c in laptop.sync.state.collections() if c.href == book.href]
    assert not row.lastmod_trusted and not row.lastmod_follows
    assert any("getlastmodified did not move" in message for _, _, message in laptop.sync.state.recent_log())


def test_a_getlastmodified_too_fresh_to_compare_asks_the_getctag_instead_of_listing(laptop: Laptop, book: Book,
                                                                                   proxy: FaultProxy) -> None:
    book.put("grace.vcf", vcard("grace-1", "Grace", "Hopper"))
    time.sleep(1.1)
    assert laptop.run().ok
    [row] = [c for c in laptop.sync.state.collections() if c.href == book.href]
    assert row.lastmod and row.lastmod_trusted and row.lastmod_follows  # seen at the card's: believed alone

    # Something (the server's own cache, say) touched the collection in the second it answers in.
    proxy.faults.frozen_lastmod = b"Fri, 31 Dec 2100 23:59:59 GMT"
    proxy.reset_counts()
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_changed == 0
    # getlastmodified cannot tell, the getctag is asked; none was stored yet (the first listing asks
    # none), so this once the listing tells, and the getctag it reached is kept.
    assert [m for m, _, _ in proxy.log] == ["PROPFIND", "PROPFIND", "REPORT"]
    assert b"getctag" in _propfinds(proxy)[1]
    for _ in range(2):
        proxy.reset_counts()
        report = laptop.run()
        assert report.ok and report.collections[0].pulled_changed == 0
        assert [m for m, _, _ in proxy.log] == ["PROPFIND"]  # the getctag: unchanged, nothing listed
        assert b"getctag" in _propfinds(proxy)[0]


def test_a_getlastmodified_within_the_servers_current_second_is_not_compared() -> None:
    assert _settled("Mon, 02 Mar 2026 08:00:00 GMT", "Mon, 02 Mar 2026 08:00:01 GMT")
    assert not _settled("Mon, 02 Mar 2026 08:00:00 GMT", "Mon, 02 Mar 2026 08:00:00 GMT")
    assert not _settled("not a date", "Mon, 02 Mar 2026 08:00:01 GMT")
    # A proxy that joined its Date to the server's: the earlier one counts.
    assert not _settled("Mon, 02 Mar 2026 08:00:00 GMT",
                        "Mon, 02 Mar 2026 08:00:00 GMT, Mon, 02 Mar 2026 08:00:05 GMT")


def test_a_collections_getlastmodified_stands_for_its_newest_member_or_lags_behind_it() -> None:
    member = "Mon, 02 Mar 2026 08:00:00 GMT"
    assert lastmod_stands_for("Mon, 02 Mar 2026 08:00:00 GMT", member)
    assert lastmod_stands_for("Mon, 02 Mar 2026 08:00:02 GMT", member)  # the folder stamped just after
    assert not lastmod_stands_for("Mon, 02 Mar 2026 08:00:03 GMT", member)  # something else moved it
    assert not lastmod_stands_for("Mon, 02 Mar 2026 07:59:59 GMT", member)
    assert not lastmod_stands_for("Mon, 02 Mar 2026 08:00:00 GMT", "")  # no member gave one
    answered = "Mon, 02 Mar 2026 09:00:00 GMT"
    assert lastmod_behind("Mon, 02 Mar 2026 07:00:00 GMT", member, answered)
    assert not lastmod_behind("Mon, 02 Mar 2026 07:59:58 GMT", member, answered)
    # A member changed after the server gave the collection's date says nothing about that date.
    assert not lastmod_behind("Mon, 02 Mar 2026 07:00:00 GMT", member, "Mon, 02 Mar 2026 08:00:00 GMT")
    assert newest_date(["", "Mon, 02 Mar 2026 08:00:00 GMT", "Sun, 01 Mar 2026 08:00:00 GMT", "junk"]) == member


def test_a_server_that_cannot_say_its_members_dates_costs_the_sync_nothing(memory_laptop: Laptop,
                                                                         memory: MemoryServer) -> None:
    """The members' getlastmodified is asked beside the first pull (this server's listings give none, as
    Radicale's do not): a refusal or a busy server there leaves the question open, and the sync goes on."""
    memory.listing_dates = False
    phone = memory.storage()
    phone.put("/user/contacts/grace.vcf", vcard("grace-1", "Grace", "Hopper"), etag=None)
    phone.put("/user/calendar/call.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
              "UID:m-1\r\nDTSTAMP:20260302T080000Z\r\nDTSTART:20260310T090000Z\r\nSUMMARY:Review\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n", etag=None, content_type="text/calendar")
    memory.fail("newest_member", ServerBusyError("the server is busy (503)"), times=None)
    report = memory_laptop.run()
    assert report.ok, report
    assert memory_laptop.services.contacts.get("grace-1").display_name == "Grace Hopper"
    assert [a.data.subject for a in memory_laptop.services.activities.meetings()] == ["Review"]
    assert not any(c.lastmod_follows for c in memory_laptop.sync.state.collections())

    memory.clear_faults()
    phone.put("/user/contacts/ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)
    report = memory_laptop.run()  # asked again while undecided: now it answers, at the newest card's
    assert report.ok and report.collections[0].pulled_new == 1
    assert [c.lastmod_follows for c in memory_laptop.sync.state.collections() if c.href == "/user/contacts/"] == [True]
