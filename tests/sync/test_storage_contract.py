"""One contract for every storage (vdirsyncer's tests/storage/__init__.py is the model): the same tests
run against the in-memory server (sync/memory.py), Radicale and Xandikos. What the fake does here is what
the engine's fast tests rely on; what the real servers do here is what makes the fake worth trusting.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from sync.dav import DavClient
from sync.errors import DavStatusError, InvalidSyncToken, PreconditionFailed
from sync.memory import MemoryServer
from sync.storage import RemoteStorage
from tests.sync.conftest import PASSWORD, Server, vcard

ICS = "text/calendar; charset=utf-8"
# "memory-content": the in-memory server naming states by content, as Xandikos does (sync/memory.py).
pytestmark = pytest.mark.parametrize("server", ["memory", "memory-content", "radicale", "xandikos"], indirect=True)


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Server | None:
    """The real server of the run, or None for the in-memory one (this module's own `server`)."""
    if request.param in ("memory", "memory-content"):
        return None
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


@dataclass
class Subject:
    """A storage under test, with a fresh address book and a fresh calendar (events and tasks) of its
    user, and a second connection playing another device."""

    storage: RemoteStorage
    other: RemoteStorage
    book: str
    calendar: str


@pytest.fixture
def subject(server: Server | None, request: pytest.FixtureRequest) -> Iterator[Subject]:
    tag = uuid.uuid4().hex[:8]
    if server is None:
        memory = MemoryServer(collections=False,
                              content_tokens=request.node.callspec.params["server"] == "memory-content")
        storage, other = memory.storage(), memory.storage()
        book, calendar = f"{memory.home}book-{tag}/", f"{memory.home}calendar-{tag}/"
    else:
        made = request.getfixturevalue("book")  # conftest's fresh book (and user) on the real server
        base = f"http://127.0.0.1:{server.port}/"
        storage, other = DavClient(base, made.user, PASSWORD, timeout=10), made.direct
        book = made.href
        home = storage.calendar_home(storage.principal())
        assert home is not None
        calendar = f"{home.rstrip('/')}/calendar-{tag}/"
    if server is None:
        storage.make_addressbook(book, "Test book")  # as conftest's `book` names it
    storage.make_calendar(calendar, "Contract calendar", ("VEVENT", "VTODO"))
    yield Subject(storage, other, book, calendar)
    storage.close()
    other.close()


def ics(component: str, uid: str, summary: str) -> str:
    when = "DTSTART:20260305T100000Z\r\n" if component == "VEVENT" else ""
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Contract//EN\r\nBEGIN:{component}\r\nUID:{uid}\r\n"
            f"DTSTAMP:20260301T080000Z\r\n{when}SUMMARY:{summary}\r\nEND:{component}\r\nEND:VCALENDAR\r\n")


def unfolded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n ", "")


# --- items --------------------------------------------------------------------------------------------


def test_put_new_then_get(subject: Subject) -> None:
    s = subject.storage
    href, etag = s.put(subject.book + "ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)

    assert href == subject.book + "ada.vcf"  # the name the client chose
    assert etag
    fetched = s.get(href)
    assert fetched is not None
    assert fetched.href == href and fetched.etag == etag
    assert "UID:ada-1" in unfolded(fetched.text) and "FN:Ada Lovelace" in unfolded(fetched.text)
    assert s.get(subject.book + "nobody.vcf") is None


def test_put_new_where_something_is_already_fails_the_precondition(subject: Subject) -> None:
    href, etag = subject.storage.put(subject.book + "ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)

    with pytest.raises(PreconditionFailed):
        subject.other.put(href, vcard("ada-1", "Ada", "Byron"), etag=None)

    fetched = subject.storage.get(href)
    assert fetched is not None and fetched.etag == etag and "FN:Ada Lovelace" in unfolded(fetched.text)


def test_update_with_the_current_etag_and_a_stale_one(subject: Subject) -> None:
    s, other = subject.storage, subject.other
    href, first = s.put(subject.book + "ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)
    _, second = other.put(href, vcard("ada-1", "Ada", "Byron"), etag=first)  # another device's edit

    assert second and second != first
    with pytest.raises(PreconditionFailed):
        s.put(href, vcard("ada-1", "Ada", "King"), etag=first)  # ours is stale now
    fetched = s.get(href)
    assert fetched is not None and fetched.etag == second and "FN:Ada Byron" in unfolded(fetched.text)

    _, third = s.put(href, vcard("ada-1", "Ada", "King"), etag=second)
    assert third and third not in (first, second)
    fetched = s.get(href)
    assert fetched is not None and fetched.etag == third and "FN:Ada King" in unfolded(fetched.text)


def test_an_update_of_what_is_not_there_fails_the_precondition(subject: Subject) -> None:
    s = subject.storage
    href, etag = s.put(subject.book + "ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)
    assert subject.other.delete(href, etag)

    with pytest.raises(PreconditionFailed):
        s.put(href, vcard("ada-1", "Ada", "Byron"), etag=etag)
    assert s.get(href) is None


def test_delete_with_a_stale_etag_then_the_current_one(subject: Subject) -> None:
    s = subject.storage
    href, first = s.put(subject.book + "ada.vcf", vcard("ada-1", "Ada", "Lovelace"), etag=None)
    _, second = subject.other.put(href, vcard("ada-1", "Ada", "Byron"), etag=first)

    with pytest.raises(PreconditionFailed):
        s.delete(href, first)
    assert s.get(href) is not None

    assert s.delete(href, second) is True
    assert s.get(href) is None
    assert s.delete(href, second) is False  # gone already
    assert s.delete(href, None) is False


def test_multiget_returns_what_is_there_and_names_what_is_not(subject: Subject) -> None:
    s = subject.storage
    a, a_etag = s.put(subject.book + "a.vcf", vcard("a-1", "Ann", "Able"), etag=None)
    b, b_etag = s.put(subject.book + "b.vcf", vcard("b-1", "Bob", "Baker"), etag=None)
    missing = subject.book + "missing.vcf"

    fetched, not_there = s.multiget(subject.book, [a, missing, b])

    assert {f.href: f.etag for f in fetched} == {a: a_etag, b: b_etag}
    texts = {f.href: unfolded(f.text) for f in fetched}
    assert "UID:a-1" in texts[a] and "UID:b-1" in texts[b]
    assert not_there == [missing]
    assert s.multiget(subject.book, [missing]) == ([], [missing])


def test_list_etags_lists_every_member(subject: Subject) -> None:
    s = subject.storage
    assert s.list_etags(subject.book).changed == []
    made = dict(s.put(subject.book + f"c{i}.vcf", vcard(f"c-{i}", f"Card{i}", "Listed"), etag=None) for i in range(3))

    listing = s.list_etags(subject.book)

    assert listing.full and listing.removed == []
    assert dict(listing.changed) == made


def test_sync_collection_lists_changes_and_deletions_since_a_token(subject: Subject) -> None:
    s, other = subject.storage, subject.other
    first = s.sync_collection(subject.book, "")
    assert first.full and first.changed == [] and first.token

    a, a_etag = other.put(subject.book + "a.vcf", vcard("a-1", "Ann", "Able"), etag=None)
    b, b_etag = other.put(subject.book + "b.vcf", vcard("b-1", "Bob", "Baker"), etag=None)
    second = s.sync_collection(subject.book, first.token)
    assert not second.full
    assert dict(second.changed) == {a: a_etag, b: b_etag} and second.removed == []
    assert second.token != first.token

    assert other.delete(a, a_etag)
    _, b_etag2 = other.put(b, vcard("b-1", "Bob", "Builder"), etag=b_etag)
    third = s.sync_collection(subject.book, second.token)
    assert dict(third.changed) == {b: b_etag2} and third.removed == [a]

    quiet = s.sync_collection(subject.book, third.token)
    assert quiet.changed == [] and quiet.removed == []

    everything = s.sync_collection(subject.book, "")
    assert everything.full and dict(everything.changed) == {b: b_etag2}


def test_an_unknown_sync_token_is_refused(subject: Subject) -> None:
    s = subject.storage
    s.put(subject.book + "a.vcf", vcard("a-1", "Ann", "Able"), etag=None)
    token = s.sync_collection(subject.book, "").token
    other_book = s.sync_collection(subject.calendar, "").token  # a token, but another collection's

    for wrong in (token + "0", other_book):
        with pytest.raises(DavStatusError) as raised:
            s.sync_collection(subject.book, wrong)
        # What the engine takes for "list everything" (sync/engine.py CollectionSync._listing).
        assert isinstance(raised.value, InvalidSyncToken) or raised.value.status in (400, 403, 409, 412)


def test_the_ctag_moves_with_the_members_and_only_then(subject: Subject) -> None:
    s = subject.storage
    assert s.marks(subject.book, ctag=False).ctag == ""
    before = s.marks(subject.book, ctag=True).ctag
    assert before
    assert s.marks(subject.book, ctag=True).ctag == before  # asking changes nothing

    href, etag = subject.other.put(subject.book + "a.vcf", vcard("a-1", "Ann", "Able"), etag=None)
    created = s.marks(subject.book, ctag=True).ctag
    _, etag = subject.other.put(href, vcard("a-1", "Ann", "Archer"), etag=etag)
    edited = s.marks(subject.book, ctag=True).ctag
    subject.other.delete(href, etag)
    deleted = s.marks(subject.book, ctag=True).ctag

    assert len({before, created, edited}) == 3
    # Back to the empty book, back to its ctag (a hash of the members on both servers): why the engine
    # forgets the ctag after its own writes (CollectionSync.push).
    assert deleted == before
    missing = s.marks(subject.book.rstrip("/") + "-nowhere/", ctag=True)
    assert missing.ctag == ""


def test_a_calendar_holds_events_and_tasks(subject: Subject) -> None:
    s = subject.storage
    event, event_etag = s.put(subject.calendar + "e.ics", ics("VEVENT", "e-1", "Meeting"), etag=None,
                              content_type=ICS)
    task, task_etag = s.put(subject.calendar + "t.ics", ics("VTODO", "t-1", "Call back"), etag=None,
                            content_type=ICS)

    fetched, missing = s.multiget(subject.calendar, [event, task], "calendar")

    assert missing == [] and {f.href: f.etag for f in fetched} == {event: event_etag, task: task_etag}
    texts = {f.href: unfolded(f.text) for f in fetched}
    assert "BEGIN:VEVENT" in texts[event] and "SUMMARY:Meeting" in texts[event]
    assert "BEGIN:VTODO" in texts[task] and "SUMMARY:Call back" in texts[task]
    assert dict(s.sync_collection(subject.calendar, "").changed) == {event: event_etag, task: task_etag}


def test_a_put_into_no_collection_fails(subject: Subject) -> None:
    with pytest.raises(DavStatusError):
        subject.storage.put(subject.book.rstrip("/") + "-nowhere/a.vcf", vcard("a-1", "Ann", "Able"), etag=None)


# --- discovery ------------------------------------------------------------------------------------------


def test_discovery_finds_the_address_book_and_the_calendar(subject: Subject) -> None:
    s = subject.storage
    principal = s.principal()

    books = {c.href: c for c in s.address_books(s.addressbook_home(principal))}
    home = s.calendar_home(principal)
    assert home is not None
    calendars = {c.href: c for c in s.calendars(home)}

    assert books[subject.book].kind == "addressbook" and books[subject.book].vcard_version in ("3.0", "4.0")
    assert books[subject.book].display_name == "Test book"
    found = calendars[subject.calendar]
    assert found.kind == "calendar" and found.components == "VEVENT,VTODO"
    assert found.display_name == "Contract calendar"
    assert subject.book not in calendars and subject.calendar not in books


def test_requests_are_counted(subject: Subject) -> None:
    s = subject.storage
    before = s.requests
    s.get(subject.book + "nobody.vcf")
    s.sync_collection(subject.book, "")
    assert s.requests == before + 2
