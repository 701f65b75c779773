"""Search over every kind of record: prefixes, ranking, folding of case/accents/scripts, phones, the Trash."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.accounts import AccountData
from app.activities import ActivityData
from app.contacts import ContactData, Email, Phone
from app.deals import DealData
from app.search import SearchHit
from app.services import Services
from app.tasks import TaskData

# --- helpers ------------------------------------------------------------------------------------


def contact(services: Services, given: str = "", family: str = "", **fields: Any) -> str:
    return services.contacts.create(ContactData(given=given, family=family, **fields)).value.uid


def account(services: Services, name: str, **fields: Any) -> str:
    return services.accounts.create(AccountData(name=name, **fields)).value.uid


def deal(services: Services, title: str, **fields: Any) -> str:
    stage = services.pipelines.default().stages[0].uid
    return services.deals.create(DealData(title=title, stage_uid=stage, **fields)).value.uid


def activity(services: Services, subject: str, text: str = "") -> str:
    return services.activities.log(ActivityData(kind="call", subject=subject, text=text)).value.uid


def task(services: Services, title: str, notes: str = "") -> str:
    return services.tasks.create(TaskData(title=title, notes=notes)).value.uid


def uids(hits: list[SearchHit]) -> list[str]:
    return [h.uid for h in hits]


def found(services: Services, text: str) -> set[str]:
    return set(uids(services.search.search(text)))


# --- every kind, prefixes -----------------------------------------------------------------------


def test_search_finds_every_kind(services: Services) -> None:
    made = {
        "contact": contact(services, "Zephyrine", "Okafor"),
        "account": account(services, "Zephyr Logistics"),
        "deal": deal(services, "Zephyr fleet renewal"),
        "activity": activity(services, "Called about Zephyr pricing"),
        "task": task(services, "Send the Zephyr contract"),
    }
    contact(services, "Unrelated", "Person")

    hits = services.search.search("zephyr")
    assert {(h.kind, h.uid) for h in hits} == set(made.items())
    by_kind = {h.kind: h for h in hits}
    assert by_kind["contact"].display == "Zephyrine Okafor"
    assert by_kind["account"].display == "Zephyr Logistics"
    assert by_kind["deal"].display == "Zephyr fleet renewal"
    assert by_kind["activity"].display == "Call: Called about Zephyr pricing"
    assert by_kind["task"].display == "Send the Zephyr contract"


def test_prefix_matching(services: Services) -> None:
    john = contact(services, "John", "Smith")
    contact(services, "Mary", "Adams")
    assert uids(services.search.search("jo")) == [john]
    assert uids(services.search.search("J")) == [john]
    assert uids(services.search.search("smi jo")) == [john]  # every word, each a prefix
    assert services.search.search("john adams") == []  # every word must match the same record


def test_search_in_other_fields(services: Services) -> None:
    acme = account(services, "Acme Industries", industry="Robotics")
    person = contact(services, "Li", "Wong", job_title="Procurement lead", notes="Prefers calls before noon")
    services.accounts.link_contact(acme, person, "Buyer")
    sale = deal(services, "Welding cells", notes="Needs financing")
    note = activity(services, "", text="Discussed the quarterly invoice")
    todo = task(services, "Follow up", notes="Ask about the pallet order")

    assert found(services, "robot") == {acme}
    assert found(services, "procurement") == {person}
    assert found(services, "noon") == {person}
    assert person in found(services, "acme")  # a contact is found by their company's name
    assert found(services, "financing") == {sale}
    assert found(services, "quarterly invoice") == {note}
    assert found(services, "pallet") == {todo}


# --- ranking ------------------------------------------------------------------------------------


def test_name_match_ranks_before_notes_match(services: Services) -> None:
    in_notes = contact(services, "Alice", "Jones", notes="Introduced by Rivera at the fair")
    in_notes_prefix = contact(services, "Bob", "Stone", notes="Riverside office")
    in_name = contact(services, "Carmen", "Rivera")
    assert uids(services.search.search("rivera")) == [in_name, in_notes]
    hits = uids(services.search.search("river"))
    assert hits[0] == in_name
    assert set(hits) == {in_name, in_notes, in_notes_prefix}


def test_name_prefix_ranks_before_notes_exact(services: Services) -> None:
    in_notes = contact(services, "Alice", "Jones", notes="Knows John from school")
    in_name = contact(services, "Peter", "Johnson")
    assert uids(services.search.search("john")) == [in_name, in_notes]


def test_exact_word_ranks_before_prefix(services: Services) -> None:
    johnny = contact(services, "Johnny", "Cash")
    john = contact(services, "John", "Smith")
    jo = contact(services, "Jo", "Bloggs")
    hits = uids(services.search.search("jo"))
    assert hits[0] == jo
    assert set(hits) == {jo, john, johnny}
    assert uids(services.search.search("john")) == [john, johnny]


# --- folding: case, diacritics, scripts ----------------------------------------------------------


@pytest.mark.parametrize("query", ["muller", "MÜLLER", "Müller", "müll", "MULLER"])
def test_case_and_diacritic_insensitive_muller(services: Services, query: str) -> None:
    hans = contact(services, "Hans", "Müller")
    contact(services, "Hans", "Meyer")
    assert uids(services.search.search(query)) == [hans]


@pytest.mark.parametrize("query", ["lefevre", "Lefèvre", "LEFEVRE", "elodie lefe"])
def test_case_and_diacritic_insensitive_lefevre(services: Services, query: str) -> None:
    elodie = contact(services, "Élodie", "Lefèvre")
    assert uids(services.search.search(query)) == [elodie]


def test_cyrillic(services: Services) -> None:
    ivan = contact(services, "Иван", "Петров")
    pyotr = contact(services, "Пётр", "Сидоров")
    contact(services, "Anna", "Schmidt")

    assert uids(services.search.search("иван")) == [ivan]
    assert uids(services.search.search("ИВАН ПЕТРОВ")) == [ivan]
    assert uids(services.search.search("петр")) == [pyotr, ivan]  # the whole word first, then Петров
    assert uids(services.search.search("пётр")) == [pyotr, ivan]
    assert uids(services.search.search("ПЁТР")) == [pyotr, ivan]
    assert uids(services.search.search("сидор")) == [pyotr]


@pytest.mark.parametrize("query", ["王小", "小明", "王明", "王小明", "明"])
def test_chinese_name_by_any_characters(services: Services, query: str) -> None:
    wang = contact(services, "小明", "王")
    contact(services, "伟", "李")
    assert services.contacts.get(wang).display_name == "王小明"
    assert uids(services.search.search(query)) == [wang]


def test_chinese_characters_not_in_the_name(services: Services) -> None:
    contact(services, "小明", "王")
    assert services.search.search("王伟") == []


# --- e-mails and phones -------------------------------------------------------------------------


def test_email(services: Services) -> None:
    john = contact(services, "John", "Smith", emails=(Email("j.smith@northwind.example"),))
    contact(services, "Jane", "Doe", emails=(Email("jane@contoso.example"),))
    assert uids(services.search.search("j.smith@northwind.example")) == [john]
    assert uids(services.search.search("northwind")) == [john]
    assert uids(services.search.search("j.smith@north")) == [john]


@pytest.mark.parametrize(
    "query",
    [
        "(415) 555-0134",
        "415 555 0134",
        "415-555-0134",
        "415.555.0134",
        "4155550134",  # national digits
        "14155550134",  # E.164 digits
        "+1 415 555 0134",
        "+14155550134",
        "415555",  # a prefix of the number
    ],
)
def test_us_phone_in_any_form(services: Services, query: str) -> None:
    john = contact(services, "John", "Smith", phones=(Phone("(415) 555-0134"),))
    contact(services, "Jane", "Doe", phones=(Phone("(212) 555-0199"),))
    assert uids(services.search.search(query)) == [john]


@pytest.mark.parametrize("query", ["+49 30 1234567", "49301234567", "301234567", "30 123 4567"])
def test_international_phone(services: Services, query: str) -> None:
    berlin = contact(services, "Anna", "Schmidt", phones=(Phone("+49 30 1234567"),))
    contact(services, "Jane", "Doe", phones=(Phone("(212) 555-0199"),))
    assert uids(services.search.search(query)) == [berlin]


@pytest.mark.parametrize("query", ["555-0134", "5550134", "4155550134"])
def test_a_local_number_without_its_area_code_finds_the_contact(services: Services, query: str) -> None:
    john = contact(services, "John", "Smith", phones=(Phone("(415) 555-0134"),))
    contact(services, "Jane", "Doe", phones=(Phone("(212) 555-0199"),))
    assert uids(services.search.search(query)) == [john]


def test_account_phone(services: Services) -> None:
    acme = account(services, "Acme", phones=(Phone("+1 (646) 555-0101"),))
    assert uids(services.search.search("646-555-0101")) == [acme]
    assert uids(services.search.search("16465550101")) == [acme]


# --- the Trash ----------------------------------------------------------------------------------

Kind = tuple[Callable[[Services, str], str], Callable[[Services, str], object], Callable[[Services, str], object]]

KINDS: dict[str, Kind] = {
    "contact": (lambda s, w: contact(s, w, "Person"), lambda s, u: s.contacts.delete(u),
                lambda s, u: s.contacts.restore(u)),
    "account": (lambda s, w: account(s, f"{w} GmbH"), lambda s, u: s.accounts.delete(u),
                lambda s, u: s.accounts.restore(u)),
    "deal": (lambda s, w: deal(s, f"{w} renewal"), lambda s, u: s.deals.delete(u),
             lambda s, u: s.deals.restore(u)),
    "activity": (lambda s, w: activity(s, f"Call with {w}"), lambda s, u: s.activities.delete(u),
                 lambda s, u: s.activities.restore(u)),
    "task": (lambda s, w: task(s, f"Email {w}"), lambda s, u: s.tasks.delete(u),
             lambda s, u: s.tasks.restore(u)),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_deleted_records_vanish_and_return_on_restore(services: Services, kind: str) -> None:
    make, delete, restore = KINDS[kind]
    uid = make(services, "Quixotic")
    keep = make(services, "Quixote")
    assert found(services, "quixo") == {uid, keep}

    delete(services, uid)
    assert found(services, "quixotic") == set()
    assert found(services, "quixo") == {keep}

    restore(services, uid)
    assert [(h.kind, h.uid) for h in services.search.search("quixotic")] == [(kind, uid)]


def test_deleted_account_name_no_longer_finds_its_contacts(services: Services) -> None:
    acme = account(services, "Vandelay Industries")
    person = contact(services, "Art", "Buyer")
    services.accounts.link_contact(acme, person)
    assert found(services, "vandelay") == {acme, person}
    services.accounts.delete(acme)
    assert found(services, "vandelay") == set()
    services.accounts.restore(acme)
    assert found(services, "vandelay") == {acme, person}


# --- kinds filter and limits --------------------------------------------------------------------


def test_kinds_filter(services: Services) -> None:
    person = contact(services, "Orion", "Blake")
    company = account(services, "Orion Freight")
    sale = deal(services, "Orion upgrade")
    todo = task(services, "Call Orion")

    assert {h.kind for h in services.search.search("orion")} == {"contact", "account", "deal", "task"}
    assert uids(services.search.search("orion", kinds=("contact",))) == [person]
    assert set(uids(services.search.search("orion", kinds=("account", "deal")))) == {company, sale}
    assert uids(services.search.search("orion", kinds=("task",))) == [todo]
    assert services.search.search("orion", kinds=("activity",)) == []
    with pytest.raises(ValueError, match="planet"):
        services.search.search("orion", kinds=("planet",))


def test_limit(services: Services) -> None:
    for index in range(8):
        contact(services, "Kim", f"Number{index}")
    assert len(services.search.search("kim")) == 8
    assert len(services.search.search("kim", limit=3)) == 3
    assert len(services.search.search("kim", limit=1)) == 1
    assert services.search.search("kim", limit=0) == []


# --- queries that are empty or full of FTS syntax ----------------------------------------------


@pytest.mark.parametrize("query", ["", "   ", "\t\n", ".", "...", "---", "!?", "()", "@#$%", "“”", "🙂"])
def test_empty_or_punctuation_query_returns_nothing(services: Services, query: str) -> None:
    contact(services, "John", "Smith", notes="...!?")
    assert services.search.search(query) == []


@pytest.mark.parametrize(
    "query",
    [
        '"', '""', '"john', 'john"', "'", "*", "jo*", "**", "AND", "john AND", "AND john", "OR", "NOT", "john NOT",
        "NEAR(", "NEAR(john", "NEAR(john smith, 2)", "-", "-john", "john -smith", ":", "name:john", "{name}:",
        "detail : x", "^", "^john", "(", ")", "(john", "john)", "+", "a + b", "_", "john_smith", "\\", "%",
        "col*umn", "[", "]", ",", ";", "\x00",
    ],
)
def test_fts_special_characters_never_raise(services: Services, query: str) -> None:
    john = contact(services, "John", "Smith")
    hits = services.search.search(query)
    assert isinstance(hits, list)
    assert all(h.uid == john for h in hits)


@pytest.mark.parametrize("query", ['"john"', "john*", "(john)", "-john", "john:", "{john}", "'john'"])
def test_words_inside_fts_syntax_still_match(services: Services, query: str) -> None:
    john = contact(services, "John", "Smith")
    contact(services, "Mary", "Adams")
    assert uids(services.search.search(query)) == [john]


def test_operator_words_are_plain_words(services: Services) -> None:
    andersen = contact(services, "Hans", "Andersen")
    nora = contact(services, "Nora", "Near")
    assert uids(services.search.search("AND")) == [andersen]
    assert uids(services.search.search("NEAR")) == [nora]


def test_an_address_finds_its_contact_whole_or_by_its_start(services: Services) -> None:
    uid = contact(services, "Jane", "Smith", emails=(Email("j.smith@northwind.example"),))
    contact(services, "John", "Smithers", emails=(Email("john@elsewhere.example"),))
    assert [h.uid for h in services.search.search("j.smith@northwind.example")] == [uid]
    assert [h.uid for h in services.search.search("J.SMITH@north")] == [uid]
    assert services.search.search("nobody@northwind.example") == []


def test_at_domain_finds_everyone_at_that_domain(services: Services) -> None:
    jane = contact(services, "Jane", "Smith", emails=(Email("j.smith@northwind.example"),))
    bob = contact(services, "Bob", "Stone", emails=(Email("bob@northwind.example"),))
    contact(services, "Eve", "Other", emails=(Email("eve@southwind.example"),))
    assert {h.uid for h in services.search.search("@northwind")} == {jane, bob}


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory: pytest.TempPathFactory) -> Services:
    from app.clock import SystemClock
    from app.store import Store

    store = Store.open(tmp_path_factory.mktemp("fuzz"))
    services = Services.build(store, SystemClock(), phone_region="US")
    services.contacts.create(ContactData(given="Zoë", family="O'Brien-Łukasik", notes="café ñ 王小明 Пётр"))
    return services


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_any_typed_text_searches_without_error(fuzz_services: Services, text: str) -> None:
    hits = fuzz_services.search.search(text)
    assert all(isinstance(hit, SearchHit) for hit in hits)
