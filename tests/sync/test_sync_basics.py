"""Two-way sync against a real Radicale: first sync, incremental sync, merges and conflicts, deletes."""

from __future__ import annotations

from app.contacts import ContactData, Email, Phone
from sync.storage import Fetched
from tests.sync.conftest import BOTH_SERVERS, Book, Laptop, vcard
from tests.sync.proxy import FaultProxy


def _contact(laptop: Laptop, given: str, family: str, **more: object) -> str:
    laptop.store.activate()
    return laptop.services.contacts.create(ContactData(given=given, family=family, **more)).value.uid  # type: ignore[arg-type]


@BOTH_SERVERS
def test_first_sync_with_data_on_both_sides(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    ada = _contact(laptop, "Ada", "Lovelace", emails=(Email("ada@example.org"),))
    _contact(laptop, "Zoë", "Lefèvre")
    both = _contact(laptop, "Grace", "Hopper", emails=(Email("grace@navy.example"),))
    book.put("alan.vcf", vcard("alan-1", "Alan", "Turing", "TEL;TYPE=cell:+44 20 7946 0018",
                               "X-FAVOURITE-TEA:Earl Grey"))
    book.put("grace.vcf", vcard(both, "Grace", "Hopper", "TEL;TYPE=work:+1 202 555 0143"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    contacts = laptop.services.contacts
    assert contacts.count() == 4
    grace = contacts.get(both).data
    assert [e.value for e in grace.emails] == ["grace@navy.example"]  # kept from this side
    assert [p.value for p in grace.phones] == ["+1 202 555 0143"]  # taken from the server's side
    assert len(book.uids()) == 4 and len(set(book.uids())) == 4
    assert ada in book.uids()
    server_grace = next(t for h, t in book.cards().items() if h.endswith("grace.vcf"))
    assert "grace@navy.example" in server_grace and "+1 202 555 0143" in server_grace
    alan = contacts.get("alan-1").data
    assert any(e.name == "X-FAVOURITE-TEA" for e in alan.extra)
    assert laptop.sync.conflicts() == []


@BOTH_SERVERS
def test_incremental_sync_moves_only_the_change(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    uids = [_contact(laptop, f"Person{i}", "Example") for i in range(6)]
    book.put("remote.vcf", vcard("remote-1", "Remote", "Person"))
    assert laptop.run().ok
    assert laptop.run().ok  # lists our own uploads once (their etags match: nothing fetched)

    proxy.reset_counts()
    assert laptop.run().ok  # nothing changed anywhere: the collection's ctag, and nothing else
    assert [m for m, _, _ in proxy.log] == ["PROPFIND"]

    proxy.reset_counts()
    laptop.store.activate()
    laptop.services.contacts.update(uids[2], job_title="Engineer")
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert [m for m, _, _ in proxy.log] == ["PROPFIND", "PUT"]
    assert any("TITLE:Engineer" in t for t in book.cards().values())

    proxy.reset_counts()
    book.edit(book.href + "remote.vcf", "FN:Remote Person", "FN:Remote Person Renamed")
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_changed == 1
    # the ctag changed: sync-collection, then a multiget of the one card (our own upload's etag matches)
    assert [m for m, _, _ in proxy.log] == ["PROPFIND", "REPORT", "REPORT"]
    assert b"addressbook-multiget" in proxy.log[2][2] and proxy.log[2][2].count(b"remote.vcf") == 1
    assert laptop.services.contacts.get("remote-1").data.display_name == "Remote Person Renamed"


def test_both_sides_edit_different_fields_merge(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    uid = _contact(laptop, "Ada", "Lovelace", emails=(Email("ada@example.org"),))
    assert laptop.run().ok
    href = next(iter(book.cards()))
    book.edit(href, "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nTITLE:Countess")
    laptop.store.activate()
    laptop.services.contacts.update(uid, phones=(Phone("+1 202 555 0100", "work"),))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].conflicts == 0
    data = laptop.services.contacts.get(uid).data
    assert data.job_title == "Countess" and [p.value for p in data.phones] == ["+1 202 555 0100"]
    text = book.cards()[href]
    assert "TITLE:Countess" in text and "+1 202 555 0100" in text
    proxy.reset_counts()
    assert laptop.run().ok  # settled: nothing more to move either way
    assert proxy.count("PUT") == 0 and proxy.count("REPORT", b"multiget") == 0


@BOTH_SERVERS
def test_both_sides_edit_the_same_field_is_a_conflict_and_resolve_works(laptop: Laptop, book: Book) -> None:
    uid = _contact(laptop, "Ada", "Lovelace", job_title="Analyst", notes="first")
    assert laptop.run().ok
    href = next(iter(book.cards()))
    book.edit(href, "TITLE:Analyst", "TITLE:Countess")
    laptop.store.activate()
    laptop.services.contacts.update(uid, job_title="Programmer", notes="second")

    report = laptop.run()

    assert report.collections[0].conflicts == 1
    conflicts = laptop.sync.conflicts()
    assert [(c.record_uid, c.fields) for c in conflicts] == [(uid, ["job_title"])]
    assert "TITLE:Programmer" in conflicts[0].local_text and "TITLE:Countess" in conflicts[0].server_text
    data = laptop.services.contacts.get(uid).data
    assert data.job_title == "Countess"  # the server's value stays in the record...
    assert data.notes == "second"  # ...and the field only this side changed is merged in
    assert "NOTE:second" in book.cards()[href]

    laptop.sync.resolve(uid, "local")
    assert laptop.sync.conflicts() == []
    assert laptop.services.contacts.get(uid).data.job_title == "Programmer"
    assert laptop.run().ok
    assert "TITLE:Programmer" in book.cards()[href]


def test_deleted_there_edited_here_is_uploaded_again(laptop: Laptop, book: Book) -> None:
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    href = next(iter(book.cards()))
    book.delete(href)
    laptop.store.activate()
    laptop.services.contacts.update(uid, job_title="Countess")

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert laptop.services.contacts.get(uid).data.job_title == "Countess"
    assert book.uids() == [uid]
    assert "TITLE:Countess" in next(iter(book.cards().values()))


@BOTH_SERVERS
def test_deleted_here_edited_there_comes_back(laptop: Laptop, book: Book) -> None:
    uid = _contact(laptop, "Ada", "Lovelace")
    assert laptop.run().ok
    href = next(iter(book.cards()))
    book.edit(href, "N:Lovelace;Ada;;;", "N:Lovelace;Ada;;;\r\nTITLE:Countess")
    laptop.store.activate()
    laptop.services.contacts.delete(uid)

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].restored == 1
    record = laptop.services.contacts.get(uid)  # live again, with the server's edit
    assert record.data.job_title == "Countess"
    assert book.uids() == [uid]


def test_deleted_on_one_side_only_is_deleted_on_the_other(laptop: Laptop, book: Book) -> None:
    keep = [_contact(laptop, f"Keep{i}", "Example") for i in range(3)]
    here = _contact(laptop, "Deleted", "Here")
    there = _contact(laptop, "Deleted", "There")
    assert laptop.run().ok
    laptop.store.activate()
    laptop.services.contacts.delete(here)
    book.delete(next(h for h, t in book.cards().items() if f"UID:{there}" in t))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].pulled_deleted == 1 and report.collections[0].pushed_deleted == 1
    assert book.uids() == sorted(keep)
    assert laptop.services.contacts.count() == 3


def test_a_side_that_suddenly_lists_nothing_is_not_mirrored(laptop: Laptop, book: Book) -> None:
    uids = [_contact(laptop, f"Person{i}", "Example") for i in range(4)]
    assert laptop.run().ok
    for href in book.cards():
        book.delete(href)

    report = laptop.run()

    assert not report.ok and "none of the cards synced before (4)" in report.collections[0].refused
    assert laptop.services.contacts.count() == 4  # nothing deleted here without the user's word
    report = laptop.run(allow_mass_delete=True)
    assert report.ok and laptop.services.contacts.count() == 0
    assert all(laptop.services.contacts.get(u, include_deleted=True).meta.deleted_at for u in uids)


def test_unmodelled_properties_survive_a_local_edit(laptop: Laptop, book: Book) -> None:
    href = book.put("x.vcf", vcard("x-1", "Ada", "Lovelace", "X-PHONETIC-FIRST-NAME:Ay-da",
                                   "item1.X-ABRELATEDNAMES:Byron", "item1.X-ABLabel:_$!<Father>!$_",
                                   "X-CUSTOM;X-PARAM=1:kept as is"))
    assert laptop.run().ok
    laptop.store.activate()
    laptop.services.contacts.update("x-1", job_title="Countess")
    assert laptop.run().ok
    text = book.cards()[href]
    assert "TITLE:Countess" in text
    assert "X-PHONETIC-FIRST-NAME:Ay-da" in text and "X-CUSTOM;X-PARAM=1:kept as is" in text
    assert "X-ABRELATEDNAMES:Byron" in text


@BOTH_SERVERS
def test_a_card_uploaded_then_deleted_there_is_deleted_here_although_the_server_is_back_at_our_token(
        laptop: Laptop, book: Book) -> None:
    """Radicale's and Xandikos's sync tokens name the collection's content: a card uploaded after the last
    listing and deleted by another device brings the server back to the very state the stored token names,
    and "what changed since then" is nothing. This side must still see that its upload is gone."""
    keep = [_contact(laptop, f"Keep{i}", "Example") for i in range(3)]
    assert laptop.run().ok
    assert laptop.run().ok  # the listing now stands at the three cards
    brief = _contact(laptop, "Brief", "Visitor")
    assert laptop.run().collections[0].pushed_new == 1
    book.delete(next(h for h, t in book.cards().items() if f"UID:{brief}" in t))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].pulled_deleted == 1
    laptop.store.activate()
    assert sorted(c.uid for c in laptop.services.contacts.list(limit=100)) == sorted(keep)
    assert book.uids() == sorted(keep)


def _settled_text(laptop: Laptop, book: Book, uid: str) -> tuple[str, Fetched]:
    """Synced, then listed once more (the stored token stands after the uploads): the card's href and its
    text on the server."""
    assert laptop.run().ok
    assert laptop.run().ok
    href = next(h for h, t in book.cards().items() if f"UID:{uid}" in t)
    current = book.direct.get(href)
    assert current is not None
    return href, current


@BOTH_SERVERS
def test_an_edit_uploaded_then_undone_there_to_the_same_text_comes_back_here(laptop: Laptop, book: Book) -> None:
    """The same with a change: another device puts back the very text the card had at the last listing."""
    uid = _contact(laptop, "Ada", "Lovelace")
    href, current = _settled_text(laptop, book, uid)
    before = book.cards()[href]
    laptop.store.activate()
    laptop.services.contacts.update(uid, job_title="Countess")
    assert laptop.run().collections[0].pushed_changed == 1
    changed = book.direct.get(href)
    assert changed is not None and "TITLE:Countess" in changed.text
    book.direct.put(href, current.text, etag=changed.etag)
    assert "Countess" not in book.cards()[href] and book.cards()[href] == before

    report = laptop.run()

    assert report.ok, report.as_dict()
    laptop.store.activate()
    assert laptop.services.contacts.get(uid).data.job_title == ""
    assert laptop.sync.conflicts() == []


@BOTH_SERVERS
def test_a_card_deleted_here_and_put_back_there_as_it_was_comes_back_here(laptop: Laptop, book: Book) -> None:
    """And with a deletion: another device puts the card back, the very text it had."""
    keep = [_contact(laptop, f"Keep{i}", "Example") for i in range(3)]
    uid = _contact(laptop, "Grace", "Hopper")
    href, current = _settled_text(laptop, book, uid)
    laptop.store.activate()
    laptop.services.contacts.delete(uid)
    assert laptop.run().collections[0].pushed_deleted == 1
    assert uid not in book.uids()
    book.direct.put(href, current.text, etag=None)

    report = laptop.run()

    assert report.ok, report.as_dict()
    laptop.store.activate()
    assert sorted(c.uid for c in laptop.services.contacts.list(limit=100)) == sorted([*keep, uid])
    assert book.uids() == sorted([*keep, uid])


@BOTH_SERVERS
def test_a_server_with_weak_etags_takes_edits_and_deletions(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    """Some servers give only weak ETags (W/"…"). If-Match compares strongly (RFC 7232), so sending one
    back (with or without its W/) always meets 412: the edit could never go up. A weak tag is kept as
    weak, never sent as a precondition, and the write checks the server's current text first instead."""
    proxy.faults.weak_etags = True
    uids = [_contact(laptop, f"Person{i}", "Example") for i in range(4)]
    assert laptop.run().ok
    laptop.store.activate()
    laptop.services.contacts.update(uids[0], job_title="Engineer")
    laptop.services.contacts.delete(uids[1])

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert (report.collections[0].pushed_changed, report.collections[0].pushed_deleted) == (1, 1)
    assert any("TITLE:Engineer" in t for t in book.cards().values())
    assert book.uids() == sorted(u for u in uids if u != uids[1])
    # Changed on the server meanwhile: the check before the write finds it and merges, as a 412 would.
    href = next(h for h, t in book.cards().items() if f"UID:{uids[2]}" in t)
    book.edit(href, "N:Example;Person2;;;", "N:Example;Person2;;;\r\nNOTE:from the other laptop")
    laptop.store.activate()
    laptop.services.contacts.update(uids[2], job_title="Manager")
    report = laptop.run()
    assert report.ok, report.as_dict()
    laptop.store.activate()
    merged = laptop.services.contacts.get(uids[2]).data
    assert (merged.job_title, merged.notes) == ("Manager", "from the other laptop")
    assert "TITLE:Manager" in book.cards()[href] and "NOTE:from the other laptop" in book.cards()[href]
    assert laptop.run().ok and laptop.sync.conflicts() == []


@BOTH_SERVERS
def test_a_server_that_does_not_implement_sync_collection_is_listed_instead(laptop: Laptop, book: Book,
                                                                            proxy: FaultProxy) -> None:
    """501 Not Implemented says the server lacks the report, not that it is busy: the sync lists the
    collection with PROPFIND instead of failing the run with "busy, try again later" (issue 15)."""
    proxy.faults.refuse_sync_collection = 501
    uids = [_contact(laptop, f"Person{i}", "Example") for i in range(3)]
    book.put("remote.vcf", vcard("remote-1", "Remote", "Person"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].full_listing and report.collections[0].pulled_new == 1
    assert book.uids() == sorted([*uids, "remote-1"])
    book.edit(book.href + "remote.vcf", "FN:Remote Person", "FN:Remote Person Renamed")
    assert laptop.run().ok
    laptop.store.activate()
    assert laptop.services.contacts.get("remote-1").data.display_name == "Remote Person Renamed"
