"""Duplicate candidates, merging and undo over a real SQLite store; the CLI through main.py."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import peewee
import pytest
from rapidfuzz import fuzz

from app.accounts import AccountData
from app.activities import ActivityData
from app.changes import Changes
from app.clock import FakeClock
from app.contacts import (
    AccountLink,
    Address,
    ContactData,
    Email,
    ExtraProperty,
    Im,
    OtherDate,
    Phone,
    Related,
    Url,
)
from app.deals import DealData
from app.duplicates import (
    NAME_THRESHOLD,
    Candidate,
    DuplicateService,
    UndoConflictError,
    _close_pairs,
    merged_data,
)
from app.errors import NotFoundError, ValidationError
from app.links import Link
from app.name_keys import fold_name, name_key
from app.services import Services
from app.tasks import TaskData
from app.unit_of_work import Origin
from db.values import PartialDate
from tests.unit.test_cli import assert_one_line_error, ok, rapport


@pytest.fixture
def dups(services: Services) -> DuplicateService:
    return DuplicateService(services)


def person(services: Services, given: str, family: str, *, emails: tuple[str, ...] = (),
           phones: tuple[str, ...] = (), accounts: tuple[str, ...] = (), **more: Any) -> str:
    data = ContactData(given=given, family=family, emails=tuple(Email(e) for e in emails),
                       phones=tuple(Phone(p) for p in phones),
                       accounts=tuple(AccountLink(a) for a in accounts), **more)
    return services.contacts.create(data).value.uid


def account(services: Services, name: str) -> str:
    return services.accounts.create(AccountData(name=name)).value.uid


def pair_of(found: list[Candidate], a: str, b: str) -> Candidate | None:
    matches = [c for c in found if {c.first_uid, c.second_uid} == {a, b}]
    assert len(matches) <= 1, matches  # never the same pair twice
    return matches[0] if matches else None


# --- candidates -------------------------------------------------------------------------------------


def test_same_email_in_different_case_is_a_candidate(services: Services, dups: DuplicateService) -> None:
    ada = person(services, "Ada", "Lovelace", emails=("Ada.Lovelace@Example.COM",))
    countess = person(services, "Countess", "of Lovelace", emails=(" ada.lovelace@example.com",))
    person(services, "Grace", "Hopper", emails=("grace@example.com",))

    found = dups.candidates()
    assert len(found) == 1
    pair = pair_of(found, ada, countess)
    assert pair is not None
    assert pair.reasons == ("same e-mail ada.lovelace@example.com",)
    assert (pair.first_uid, pair.first_name, pair.second_name) == (ada, "Ada Lovelace", "Countess of Lovelace")


def test_same_email_with_non_ascii_letters_in_different_case(services: Services, dups: DuplicateService) -> None:
    # SQLite's NOCASE folds ASCII only; these differ in Ö/ö alone.
    a = person(services, "Jörg", "Maier", emails=("JÖRG@müller.example",))
    b = person(services, "J.", "Maier", emails=("jörg@MÜLLER.example",))
    pair = pair_of(dups.candidates(), a, b)
    assert pair is not None and pair.reasons[0] == "same e-mail jörg@müller.example"


def test_same_phone_written_differently_is_a_candidate(services: Services, dups: DuplicateService) -> None:
    # The services fixture reads numbers without a country code as US numbers.
    a = person(services, "Tim", "Cook", phones=("(202) 555-0143",))
    b = person(services, "Timothy", "Apple", phones=("+1 202-555-0143",))
    c = person(services, "Other", "Person", phones=("+44 20 7946 0958",))
    found = dups.candidates()
    pair = pair_of(found, a, b)
    assert pair is not None
    assert pair.reasons == ("same phone +12025550143",)
    assert pair_of(found, a, c) is None and pair_of(found, b, c) is None


def test_close_name_at_the_same_account_is_a_candidate(services: Services, dups: DuplicateService) -> None:
    acme = account(services, "Acme GmbH")
    a = person(services, "Jürgen", "Müller", accounts=(acme,))
    b = person(services, "", "", display_name="MULLER  Jurgen", accounts=(acme,))  # order, case, accents
    c = person(services, "Jurgen", "Muler", accounts=(acme,))  # a typo
    found = dups.candidates()
    for x, y in ((a, b), (a, c), (b, c)):
        pair = pair_of(found, x, y)
        assert pair is not None, (x, y)
        assert pair.reasons == ("similar name and same organisation",)
    same, typo = pair_of(found, a, b), pair_of(found, a, c)
    assert same is not None and typo is not None
    assert same.score > typo.score  # the same name (folded) beats a typo


def test_different_people_at_the_same_company_are_not_candidates(
    services: Services, dups: DuplicateService
) -> None:
    acme = account(services, "Acme GmbH")
    person(services, "Anna", "Schmidt", accounts=(acme,))
    person(services, "Peter", "Schmidt", accounts=(acme,))
    person(services, "Anna", "Schneider", accounts=(acme,))
    person(services, "Maria", "Lopez", accounts=(acme,), emails=("maria@acme.example",))
    person(services, "Mario", "Lopes", accounts=(acme,), emails=("mario@acme.example",))
    assert dups.candidates() == []


def test_close_name_at_different_companies_is_not_a_candidate(services: Services, dups: DuplicateService) -> None:
    person(services, "Anna", "Schmidt", accounts=(account(services, "Acme"),))
    person(services, "Anna", "Schmidt", accounts=(account(services, "Globex"),))
    person(services, "Anna", "Schmidt")  # no organisation, but the others have one
    assert dups.candidates() == []


def test_the_same_name_without_any_organisation_is_a_candidate(services: Services, dups: DuplicateService) -> None:
    a = person(services, "Zoë", "Ågren")
    b = person(services, "zoe", "agren")
    person(services, "Zoe", "Agrena")  # close, but without an organisation only the same name counts
    found = dups.candidates()
    assert [(c.first_uid, c.second_uid, c.reasons) for c in found] == [(a, b, ("same name and no organisation",))]


def test_each_pair_once_with_every_reason_and_best_first(services: Services, dups: DuplicateService) -> None:
    acme = account(services, "Acme")
    a = person(services, "Grace", "Hopper", emails=("grace@navy.example",), phones=("+1 202 555 0101",),
               accounts=(acme,))
    b = person(services, "Grace", "Hoper", emails=("GRACE@navy.example",), phones=("202-555-0101",),
               accounts=(acme,))
    c = person(services, "Alan", "Turing", emails=("alan@example.org",))
    d = person(services, "A. M.", "Turing", emails=("alan@example.org",))

    found = dups.candidates()
    assert len(found) == 2
    strong, weak = found
    assert {strong.first_uid, strong.second_uid} == {a, b}
    assert set(strong.reasons) == {"same e-mail grace@navy.example", "same phone +12025550101",
                                   "similar name and same organisation"}
    assert {weak.first_uid, weak.second_uid} == {c, d}
    assert weak.reasons == ("same e-mail alan@example.org",)
    assert 0 < weak.score < strong.score <= 100
    assert dups.candidates(limit=1) == [strong]


def test_a_close_name_adds_to_an_email_match(services: Services, dups: DuplicateService) -> None:
    a = person(services, "Linus", "Torvalds", emails=("linus@example.org",))
    b = person(services, "Linus", "Torvald", emails=("linus@example.org",))  # close, not the same name
    c = person(services, "Tove", "Torvalds", emails=("family@example.org",))
    d = person(services, "Linus", "Torvalds Jr", emails=("family@example.org",))
    found = dups.candidates()
    same = pair_of(found, a, b)
    shared = pair_of(found, c, d)
    assert same is not None and shared is not None
    assert same.reasons == ("same e-mail linus@example.org", "similar name")
    assert shared.reasons == ("same e-mail family@example.org",)
    assert same.score > shared.score


def test_contacts_in_the_trash_are_not_candidates(services: Services, dups: DuplicateService) -> None:
    a = person(services, "Ada", "Lovelace", emails=("ada@example.com",))
    b = person(services, "Ada", "Lovelace", emails=("ada@example.com",))
    assert len(dups.candidates()) == 1
    services.contacts.delete(b)
    assert dups.candidates() == []
    services.contacts.restore(b)
    assert pair_of(dups.candidates(), a, b) is not None


def test_blocked_comparison_finds_what_comparing_every_pair_finds() -> None:
    """The length window and pre-sorted words are shortcuts: they must find exactly the pairs that
    token_sort_ratio over every pair finds."""
    rng = random.Random(7)
    words = ["ana", "anna", "jon", "john", "smith", "smyth", "lee", "li", "maria", "mario", "de", "la", "cruz"]
    names = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(400)]
    members = [(i, name_key(n)) for i, n in enumerate(names)]
    fast = {(min(a, b), max(a, b)) for a, b, _ in _close_pairs(members)}
    brute = {(i, j) for i in range(len(names)) for j in range(i + 1, len(names))
             if fuzz.token_sort_ratio(names[i], names[j]) >= NAME_THRESHOLD}
    assert fast == brute
    assert len(brute) > 100  # the sample has plenty of close names to find


def test_a_very_large_account_is_compared_in_sub_blocks_and_still_finds_the_pair() -> None:
    members = [(i, name_key(f"person{i:05d} x{i % 97}")) for i in range(3 * 1000)]
    members += [(90_001, name_key("Zelda Quartermaine")), (90_002, name_key("Quartermain Zelda"))]
    found = [(a, b) for a, b, _ in _close_pairs(members) if a > 90_000 or b > 90_000]
    assert sorted(found[0]) == [90_001, 90_002] and len(found) == 1


def test_folding_names() -> None:
    assert fold_name("  José  ÁLVAREZ ") == "jose alvarez"
    assert fold_name("Straße") == "strasse"
    assert fold_name("Пётр Йорк") == "петр иорк"
    assert name_key("Müller Jürgen") == name_key("jurgen  MULLER")


# --- merging --------------------------------------------------------------------------------------


@pytest.fixture
def acme(services: Services) -> str:
    return account(services, "Acme GmbH")


@pytest.fixture
def globex(services: Services) -> str:
    return account(services, "Globex")


@pytest.fixture
def keep_uid(services: Services, acme: str) -> str:
    return services.contacts.create(ContactData(
        given="Ada", family="Lovelace", job_title="Analyst", notes="Met at the Royal Society.",
        emails=(Email("ada@example.com", "work", True), Email("ada.home@example.org", "home")),
        phones=(Phone("(202) 555-0143", "work", True),),
        addresses=(Address(street="12 St James's Square", locality="London", country="UK", label="home"),),
        urls=(Url("https://example.com/ada"),),
        ims=(Im("ada@xmpp.example", "xmpp"),),
        related=(Related("Charles Babbage", "colleague"),),
        dates=(OtherDate(PartialDate(1843, 9, 1), "published notes"),),
        extra=(ExtraProperty("X-ABLABEL", "Engine", "item1"), ExtraProperty("X-ABDATE", "x", "item2")),
        accounts=(AccountLink(acme),),
    )).value.uid


@pytest.fixture
def other_uid(services: Services, acme: str, globex: str) -> str:
    return services.contacts.create(ContactData(
        given="Augusta Ada", family="King", nickname="Countess", department="Engines",
        birthday=PartialDate(1815, 12, 10), photo=b"\x89PNG-ada", photo_mime="image/png",
        notes="Daughter of Lord Byron.",
        emails=(Email("ADA@example.com", "home", True), Email("countess@lovelace.example", "work", True)),
        phones=(Phone("+1 202 555 0143", "cell"), Phone("+44 20 7946 0958", "home")),
        addresses=(Address(street="12  St James's square", locality="london", country="uk"),
                   Address(street="Ockham Park", locality="Ockham", country="UK")),
        urls=(Url("http://EXAMPLE.com/ada/"), Url("https://ada.example")),
        ims=(Im("ADA@xmpp.example", "XMPP"), Im("ada", "skype")),
        related=(Related("charles babbage", "friend"), Related("William King", "spouse")),
        dates=(OtherDate(PartialDate(1843, 9, 1), "Published notes"), OtherDate(PartialDate(1835, 7, 8), "wedding")),
        extra=(ExtraProperty("X-ABLABEL", "Poetry", "item1"), ExtraProperty("X-SOCIAL", "@ada")),
        accounts=(AccountLink(acme, "Consultant"), AccountLink(globex, "Advisor")),
    )).value.uid


def test_merge_keeps_every_distinct_value(services: Services, dups: DuplicateService, keep_uid: str,
                                          other_uid: str, acme: str, globex: str) -> None:
    result = dups.merge(keep_uid, other_uid)
    data = result.value.data
    assert result.changes == Changes(contacts=True, activities=True, deals=True, tasks=True, tags=True)
    assert result.value.uid == keep_uid

    # Scalars: the kept value unless empty; the display name follows the kept name parts.
    assert (data.given, data.family, data.display_name) == ("Ada", "Lovelace", "Ada Lovelace")
    assert (data.nickname, data.job_title, data.department) == ("Countess", "Analyst", "Engines")
    assert data.birthday == PartialDate(1815, 12, 10)
    assert (data.photo, data.photo_mime) == (b"\x89PNG-ada", "image/png")
    assert data.notes == "Met at the Royal Society.\n\nDaughter of Lord Byron."

    # Lists: the kept ones first, then what only the other had (compared normalised).
    assert [e.value for e in data.emails] == ["ada@example.com", "ada.home@example.org", "countess@lovelace.example"]
    assert [e.preferred for e in data.emails] == [True, False, False]  # one preferred address stays
    assert [p.value for p in data.phones] == ["(202) 555-0143", "+44 20 7946 0958"]
    assert [a.street for a in data.addresses] == ["12 St James's Square", "Ockham Park"]
    assert [u.value for u in data.urls] == ["https://example.com/ada", "https://ada.example"]
    assert [(i.protocol, i.handle) for i in data.ims] == [("xmpp", "ada@xmpp.example"), ("skype", "ada")]
    assert [r.value for r in data.related] == ["Charles Babbage", "William King"]
    assert [d.label for d in data.dates] == ["published notes", "wedding"]
    assert data.accounts == (AccountLink(acme, "Consultant"), AccountLink(globex, "Advisor"))
    # The other's item1 label is not the kept item1's: it comes under a group of its own.
    assert data.extra == (ExtraProperty("X-ABLABEL", "Engine", "item1"), ExtraProperty("X-ABDATE", "x", "item2"),
                          ExtraProperty("X-ABLABEL", "Poetry", "item3"), ExtraProperty("X-SOCIAL", "@ada"))

    tombstone = services.contacts.get(other_uid, include_deleted=True)
    assert tombstone.meta.deleted_at is not None
    assert tombstone.meta.version == 2
    with pytest.raises(NotFoundError):
        services.contacts.get(other_uid)


def test_merge_takes_chosen_fields_from_the_other(services: Services, dups: DuplicateService, keep_uid: str,
                                                  other_uid: str) -> None:
    data = dups.merge(keep_uid, other_uid, {"given": "other", "family": "other", "notes": "keep",
                                            "photo": "keep", "birthday": "keep"}).value.data
    assert (data.given, data.family, data.display_name) == ("Augusta Ada", "King", "Augusta Ada King")
    assert data.notes == "Met at the Royal Society."
    assert (data.photo, data.photo_mime, data.birthday) == (None, "", None)


def test_merged_data_rejects_unknown_choices() -> None:
    with pytest.raises(ValidationError) as caught:
        merged_data(ContactData(given="A"), ContactData(given="B"), {}, {"emails": "other", "given": "both"})
    assert caught.value.errors[0].field == "choose"
    assert "'emails' is not a field" in str(caught.value) and "not 'both'" in str(caught.value)


def test_notes_are_not_repeated_when_one_holds_the_other() -> None:
    keep = ContactData(given="A", notes="Likes tea.")
    assert merged_data(keep, ContactData(given="A", notes="Likes tea."), {}).notes == "Likes tea."
    assert merged_data(keep, ContactData(given="A", notes="Likes tea. And cake."), {}).notes == "Likes tea. And cake."
    assert merged_data(replace(keep, notes=""), ContactData(given="A", notes="New."), {}).notes == "New."


def test_merge_errors_are_clear(services: Services, dups: DuplicateService, keep_uid: str,
                                other_uid: str) -> None:
    with pytest.raises(ValidationError, match="cannot be merged with itself"):
        dups.merge(keep_uid, keep_uid)
    with pytest.raises(NotFoundError, match="no contact with uid nope"):
        dups.merge(keep_uid, "nope")
    with pytest.raises(ValidationError, match="choose"):
        dups.merge(keep_uid, other_uid, {"given": "sideways"})
    services.contacts.delete(other_uid)
    with pytest.raises(NotFoundError):
        dups.merge(keep_uid, other_uid)  # a contact in the Trash is not merged
    assert services.undo.next_undo("merge") is None  # no merge was written by any of these


@pytest.fixture
def linked(services: Services, keep_uid: str, other_uid: str) -> dict[str, str]:
    """Activities, tasks, deals, tags and custom values on both contacts, some on both at once."""
    s = services
    stage = s.pipelines.default().stages[0].uid
    uids = {
        "call": s.activities.log(ActivityData(kind="call", links=(Link("contact", other_uid),))).value.uid,
        "meeting": s.activities.log(ActivityData(kind="meeting", subject="Engines", links=(
            Link("contact", keep_uid), Link("contact", other_uid)))).value.uid,
        "note": s.activities.log(ActivityData(kind="note", text="Kept's own", links=(
            Link("contact", keep_uid),))).value.uid,
        "task": s.tasks.create(TaskData(title="Send the notes", due_date=date(2026, 3, 9), links=(
            Link("contact", other_uid),))).value.uid,
        "shared_task": s.tasks.create(TaskData(title="Shared", links=(
            Link("contact", other_uid), Link("contact", keep_uid)))).value.uid,
        "deal": s.deals.create(DealData(title="Engine licence", stage_uid=stage,
                                        contact_uids=(other_uid,))).value.uid,
        "shared_deal": s.deals.create(DealData(title="Difference engine", stage_uid=stage,
                                               contact_uids=(keep_uid, other_uid))).value.uid,
    }
    # DealService has no role setter yet: give the other's deal links a role the plain way.
    s.store.database.execute_sql(
        "UPDATE deal_contact SET role = 'Champion' WHERE contact_id = (SELECT id FROM contact WHERE uid = ?)",
        (other_uid,))
    s.tags.add("contact", other_uid, "VIP")
    s.tags.add("contact", other_uid, "Poet")
    s.tags.add("contact", keep_uid, "vip")
    s.custom_fields.define("contact", "shoe_size", "Shoe size", "number")
    s.custom_fields.define("contact", "tier", "Tier", "choice", ("gold", "silver"))
    s.custom_fields.set("contact", other_uid, "shoe_size", "38")
    s.custom_fields.set("contact", other_uid, "tier", "gold")
    s.custom_fields.set("contact", keep_uid, "tier", "silver")
    return uids


def test_merge_moves_activities_tasks_deals_tags_and_custom_values(
    services: Services, dups: DuplicateService, keep_uid: str, other_uid: str, linked: dict[str, str]
) -> None:
    s = services
    dups.merge(keep_uid, other_uid)

    timeline = {a.uid for a in s.activities.timeline("contact", keep_uid)}
    assert timeline == {linked["call"], linked["meeting"], linked["note"]}
    assert s.activities.get(linked["meeting"]).data.links == (Link("contact", keep_uid),)  # linked once
    assert s.tasks.get(linked["task"]).data.links == (Link("contact", keep_uid),)
    assert s.tasks.get(linked["shared_task"]).data.links == (Link("contact", keep_uid),)
    assert s.deals.get(linked["deal"]).data.contact_uids == (keep_uid,)
    assert s.deals.get(linked["shared_deal"]).data.contact_uids == (keep_uid,)
    roles = s.store.database.execute_sql(
        "SELECT role FROM deal_contact dc JOIN deal d ON d.id = dc.deal_id ORDER BY d.id").fetchall()
    assert roles == [("Champion",), ("Champion",)]  # the kept link had no role: it took the other's
    assert s.tags.of("contact", keep_uid) == ["Poet", "VIP"]  # "vip" is the same tag: tagged once
    assert s.custom_fields.values("contact", keep_uid) == {"shoe_size": "38", "tier": "silver"}  # kept one wins
    left = s.store.database.execute_sql(
        "SELECT (SELECT count(*) FROM activity_link WHERE contact_id = c.id)"
        " + (SELECT count(*) FROM task_link WHERE contact_id = c.id)"
        " + (SELECT count(*) FROM deal_contact WHERE contact_id = c.id)"
        " + (SELECT count(*) FROM tagging WHERE record_kind = 'contact' AND record_id = c.id)"
        " + (SELECT count(*) FROM custom_value WHERE record_id = c.id) FROM contact c WHERE uid = ?",
        (other_uid,)).fetchone()[0]
    assert left == 0

    # Search: the tombstone is gone, the kept contact is found by what it took from the other.
    assert [h.uid for h in s.search.search("countess@lovelace.example")] == [keep_uid]
    assert other_uid not in {h.uid for h in s.search.search("Augusta")}
    assert keep_uid in {h.uid for h in s.search.search("Countess")}
    assert [h.uid for h in s.search.search("Engine licence", kinds=("deal",))] == [linked["deal"]]


# --- undo -----------------------------------------------------------------------------------------

_LINK_TABLES = ("activity_link", "task_link", "deal_contact", "tagging", "custom_value")
_PART_TABLES = ("contact_email", "contact_phone", "contact_address", "contact_url", "contact_im",
                "contact_related", "contact_date", "contact_extra_property", "contact_account")


def everything(services: Services, contact_uids: tuple[str, ...], record_uids: dict[str, str]) -> dict[str, Any]:
    """All a merge touches, as the services show it and as the tables hold it (row ids included)."""
    s = services
    db = s.store.database
    state: dict[str, Any] = {}
    for uid in contact_uids:
        record = s.contacts.get(uid)
        state[uid] = {
            "data": record.data, "created": record.meta.created_at, "tags": s.tags.of("contact", uid),
            "custom": s.custom_fields.values("contact", uid),
            "timeline": [a.uid for a in s.activities.timeline("contact", uid)],
            "search": uid in {h.uid for h in s.search.search(record.display_name)},
        }
    for name, uid in record_uids.items():
        if "task" in name:
            state[name] = s.tasks.get(uid).data
        elif "deal" in name:
            state[name] = s.deals.get(uid).data
        else:
            state[name] = s.activities.get(uid).data
    for table in (*_LINK_TABLES, *_PART_TABLES):
        state[table] = db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
    state["contact"] = db.execute_sql(
        "SELECT * FROM contact ORDER BY id").fetchall()  # version and updated_at are compared apart
    state["deal_search"] = db.execute_sql(
        "SELECT rowid, display, name, detail FROM search_index WHERE kind = 'deal' ORDER BY rowid").fetchall()
    return state


def without_meta(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """contact rows without updated_at (3) and version (4): an undo is a new change for sync."""
    return [row[:3] + row[5:] for row in rows]


def test_a_merge_that_fails_half_way_leaves_nothing_behind(
    services: Services, dups: DuplicateService, keep_uid: str, other_uid: str, linked: dict[str, str]
) -> None:
    before = everything(services, (keep_uid, other_uid), linked)
    db = services.store.database
    # The last write of a merge is its images in the undo log: make it fail, after every other write was made.
    db.execute_sql("CREATE TEMP TRIGGER no_journal BEFORE INSERT ON undo_image"
                   " BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    try:
        with pytest.raises(peewee.DatabaseError, match="disk full"):
            dups.merge(keep_uid, other_uid)
    finally:
        db.execute_sql("DROP TRIGGER no_journal")
    assert everything(services, (keep_uid, other_uid), linked) == before


def test_an_undo_that_fails_half_way_leaves_the_merge_in_place(
    services: Services, dups: DuplicateService, keep_uid: str, other_uid: str, linked: dict[str, str]
) -> None:
    dups.merge(keep_uid, other_uid)
    db = services.store.database
    merged = db.execute_sql("SELECT * FROM activity_link ORDER BY id").fetchall()
    db.execute_sql("CREATE TEMP TRIGGER no_undo BEFORE UPDATE OF state ON undo_step"
                   " BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    try:
        with pytest.raises(peewee.DatabaseError, match="disk full"):
            dups.undo()
    finally:
        db.execute_sql("DROP TRIGGER no_undo")
    with pytest.raises(NotFoundError):
        services.contacts.get(other_uid)
    assert db.execute_sql("SELECT * FROM activity_link ORDER BY id").fetchall() == merged
    assert dups.undo().value is not None  # and it can be undone once the disk has room again
    assert services.contacts.get(other_uid).data.given == "Augusta Ada"


def test_merge_then_undo_restores_both_contacts_and_every_link_exactly(
    services: Services, dups: DuplicateService, clock: FakeClock, keep_uid: str, other_uid: str,
    linked: dict[str, str],
) -> None:
    before = everything(services, (keep_uid, other_uid), linked)
    versions = {uid: services.contacts.get(uid).meta.version for uid in (keep_uid, other_uid)}
    clock.advance(timedelta(minutes=5))
    dups.merge(keep_uid, other_uid)
    clock.advance(timedelta(minutes=5))

    result = dups.undo()
    assert result.value == "Merged “Augusta Ada King” into “Ada Lovelace”"
    assert result.changes.contacts and result.changes.activities and result.changes.deals
    after = everything(services, (keep_uid, other_uid), linked)

    contact_rows_before, contact_rows_after = before.pop("contact"), after.pop("contact")
    assert without_meta(contact_rows_after) == without_meta(contact_rows_before)
    assert after == before
    for uid in (keep_uid, other_uid):
        meta = services.contacts.get(uid).meta
        assert meta.deleted_at is None
        assert meta.version > versions[uid]  # sync sees the restore as a change to send
        assert meta.updated_at == clock.now()
    assert after[other_uid]["search"]  # found again by its name
    assert [h.uid for h in services.search.search("Augusta", kinds=("contact",))] == [other_uid]
    assert [(s.label, s.state) for s in services.undo.history() if s.action == "merge"] == [
        ("Merged “Augusta Ada King” into “Ada Lovelace”", "undone")]


def test_undo_after_a_linked_activity_was_edited(services: Services, dups: DuplicateService, keep_uid: str,
                                                  other_uid: str, linked: dict[str, str]) -> None:
    dups.merge(keep_uid, other_uid)
    # Editing an activity writes its links anew under new row ids; undo still finds the moved one.
    services.activities.update(linked["call"], subject="Called back")
    dups.undo()
    assert services.activities.get(linked["call"]).data.links == (Link("contact", other_uid),)
    assert {a.uid for a in services.activities.timeline("contact", other_uid)} == {linked["call"],
                                                                                    linked["meeting"]}
    assert {a.uid for a in services.activities.timeline("contact", keep_uid)} == {linked["meeting"],
                                                                                   linked["note"]}


def test_two_merges_then_two_undos(services: Services, dups: DuplicateService, clock: FakeClock) -> None:
    a = person(services, "Ada", "Lovelace", emails=("ada@example.com",))
    b = person(services, "Ada", "Lovelace", phones=("+1 202 555 0143",))
    c = person(services, "A.", "Lovelace", emails=("a@lovelace.example",))
    note = services.activities.log(ActivityData(kind="note", text="About C", links=(Link("contact", c),))).value.uid
    original = {uid: services.contacts.get(uid).data for uid in (a, b, c)}

    dups.merge(a, b)
    clock.advance(timedelta(minutes=1))
    merged = dups.merge(c, a).value  # the result of the first merge goes into another contact
    assert {e.value for e in merged.data.emails} == {"ada@example.com", "a@lovelace.example"}
    assert [p.value for p in merged.data.phones] == ["+1 202 555 0143"]
    assert dups.next_undo() == "Merged “Ada Lovelace” into “A. Lovelace”"

    assert dups.undo().value == "Merged “Ada Lovelace” into “A. Lovelace”"
    assert services.contacts.get(c).data == original[c]
    assert services.contacts.get(a).data.phones == (Phone("+1 202 555 0143"),)  # as the first merge left it
    with pytest.raises(NotFoundError):
        services.contacts.get(b)

    assert dups.undo().value == "Merged “Ada Lovelace” into “Ada Lovelace”"
    assert {uid: services.contacts.get(uid).data for uid in (a, b, c)} == original
    assert services.activities.get(note).data.links == (Link("contact", c),)
    assert len(dups.candidates()) == 1  # a and b are candidates again (same name, no organisation)

    nothing = dups.undo()
    assert nothing.value is None and nothing.changes == Changes()


def test_undo_with_nothing_to_undo(dups: DuplicateService) -> None:
    result = dups.undo()
    assert result.value is None
    assert result.changes == Changes()
    assert not result.changes
    assert dups.next_undo() is None


def test_undo_refuses_to_lose_edits_made_after_the_merge(
    services: Services, dups: DuplicateService, keep_uid: str, other_uid: str
) -> None:
    dups.merge(keep_uid, other_uid)
    services.contacts.update(keep_uid, job_title="Mathematician")
    with pytest.raises(UndoConflictError, match="was edited after it"):
        dups.undo()
    # Nothing was undone: the other stays merged, the edit stays, the entry can still be undone later.
    assert services.contacts.get(keep_uid).data.job_title == "Mathematician"
    with pytest.raises(NotFoundError):
        services.contacts.get(other_uid)
    assert services.undo.next_undo("merge") is not None


def test_undo_refuses_when_the_merged_contact_was_purged(
    services: Services, dups: DuplicateService, keep_uid: str, other_uid: str
) -> None:
    dups.merge(keep_uid, other_uid)
    services.contacts.purge(other_uid)
    with pytest.raises(UndoConflictError, match="deleted for good"):
        dups.undo()


# --- the command line -----------------------------------------------------------------------------


def seed_cli_data(data_dir: Path) -> dict[str, str]:
    """Two duplicates and a bystander, written through the services into the folder the CLI opens."""
    from app.store import Store

    store = Store.open(data_dir)
    try:
        services = Services.build(store, FakeClock(datetime(2026, 3, 2, 9)), phone_region="DE")
        with services.writer.step("Test data", Origin.SYSTEM):  # already there: not the user's step to undo
            return {
                "keep": person(services, "Jürgen", "Müller", emails=("j.mueller@example.de",),
                               phones=("030 1234567",)),
                "other": person(services, "Jurgen", "Mueller", emails=("J.Mueller@Example.de",),
                                phones=("+49 30 1234567",)),
                "bystander": person(services, "Grace", "Hopper"),
            }
    finally:
        store.close()


@pytest.mark.parametrize("command", ["duplicates", "merge", "undo"])
def test_cli_help(tmp_path: Path, command: str) -> None:
    out = ok(rapport(command, "--help", data_dir=tmp_path / "unused"))
    assert out.startswith(f"usage: rapport {command}")
    assert "--help" in out
    assert not (tmp_path / "unused").exists()


def test_cli_duplicates_merge_undo(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    uids = seed_cli_data(data_dir)

    lines = ok(rapport("duplicates", data_dir=data_dir)).splitlines()
    assert len(lines) == 1
    score, first, second, first_name, second_name, reasons = lines[0].split("\t")
    assert (first, second, first_name, second_name) == (uids["keep"], uids["other"], "Jürgen Müller",
                                                        "Jurgen Mueller")
    assert 0 < int(score) <= 100
    assert reasons == "same e-mail j.mueller@example.de; same phone +49301234567; similar name"

    listed = json.loads(ok(rapport("duplicates", "--json", data_dir=data_dir)))
    assert [(c["first_uid"], c["second_uid"], c["score"]) for c in listed] == [(first, second, int(score))]

    out = ok(rapport("merge", uids["keep"], uids["other"], data_dir=data_dir))
    assert out == f"Merged “Jurgen Mueller” into “Jürgen Müller” ({uids['keep']}). `rapport undo` takes it back.\n"
    assert ok(rapport("duplicates", data_dir=data_dir)) == ""
    assert json.loads(ok(rapport("duplicates", "--json", data_dir=data_dir))) == []
    assert uids["other"] not in ok(rapport("search", "Jurgen", data_dir=data_dir))

    assert ok(rapport("undo", data_dir=data_dir)) == "Undone: Merged “Jurgen Mueller” into “Jürgen Müller”\n"
    assert uids["other"] in ok(rapport("search", "Jurgen", data_dir=data_dir))
    assert len(ok(rapport("duplicates", data_dir=data_dir)).splitlines()) == 1
    assert ok(rapport("undo", data_dir=data_dir)) == "Nothing to undo.\n"


def test_cli_merge_with_choose(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    uids = seed_cli_data(data_dir)
    out = ok(rapport("merge", uids["keep"], uids["other"], "--choose", "given=other", "--choose", "family=other",
                     data_dir=data_dir))
    assert "into “Jurgen Mueller”" in out


@pytest.mark.parametrize("args, message", [
    (("merge", "{keep}", "{keep}"), "cannot be merged with itself"),
    (("merge", "{keep}", "no-such-uid"), "no contact with uid no-such-uid"),
    (("merge", "no-such-uid", "{keep}"), "no contact with uid no-such-uid"),
    (("merge", "{keep}", "{other}", "--choose", "given"), "is not FIELD=keep or FIELD=other"),
    (("merge", "{keep}", "{other}", "--choose", "emails=other"), "'emails' is not a field a merge can choose"),
    (("duplicates", "--limit", "0"), "--limit must be at least 1"),
])
def test_cli_errors_are_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    data_dir = tmp_path / "data"
    uids = seed_cli_data(data_dir)
    line = assert_one_line_error(rapport(*(a.format(**uids) for a in args), data_dir=data_dir))
    assert message in line


def test_cli_two_merges_then_two_undos(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    uids = seed_cli_data(data_dir)
    ok(rapport("merge", uids["keep"], uids["other"], data_dir=data_dir))
    ok(rapport("merge", uids["keep"], uids["bystander"], data_dir=data_dir))
    ok(rapport("undo", data_dir=data_dir))
    ok(rapport("undo", data_dir=data_dir))
    assert ok(rapport("undo", data_dir=data_dir)) == "Nothing to undo.\n"
    assert len(ok(rapport("duplicates", data_dir=data_dir)).splitlines()) == 1
