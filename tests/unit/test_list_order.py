"""The lists' index (db/list_order.py, schema 36): its order never disagrees with SQLite's NOCASE, a page of
matches by name from it equals the matches sorted whole, it follows every write, and schema 36 fills it."""

from __future__ import annotations

import random
import sqlite3

import pytest

from app.accounts import AccountData
from app.contact_list import AccountListQuery, ContactListQuery
from app.contacts import ContactData, Email
from app.services import Services
from app.store import Store
from db import fts, list_order
from db.migrations import migrate
from tests.conftest import _list_index_drift

_LETTERS = "aAbBmMzZ éÉ-'" + "пПиИмМёЁ" + "李王小明" + "0159"


def _name(rng: random.Random) -> str:
    # Few distinct beginnings, so that many names share their first three bytes (the index's groups).
    start = rng.choice(["Ann", "ann", "ANN", "Anna ", "Mar", "Пет", "пет", "Иван", "李", "王小", "", " ", "Zo", "é"])
    return start + "".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 8)))


def test_the_order_key_never_disagrees_with_nocase() -> None:
    rng = random.Random(36)
    names = sorted({_name(rng) for _ in range(3000)} | {"", "a", "A", "ab", "aB\x00", "ä", "\uffff", "a\x00z",
                                                         "a\x00bb", "A\x00"})
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (v TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [(n,) for n in names])
    ordered = [row[0] for row in connection.execute("SELECT v FROM t ORDER BY v COLLATE NOCASE")]
    keys = [list_order.order_key(name) for name in ordered]
    assert keys == sorted(keys)


def _fill(services: Services, rng: random.Random, count: int) -> list[str]:
    uids = []
    for index in range(count):
        given = _name(rng)
        record = services.contacts.create(ContactData(
            given=given or f"x{index}", family=rng.choice(["", "Smith", "Петров", "李"]),
            emails=(Email(f"p{index}@{rng.choice(['acme', 'anna', 'mar'])}.example"),),
        )).value
        uids.append(record.uid)
    for index in range(count // 10):
        services.accounts.create(AccountData(name=_name(rng) or f"Co {index}"))
    return uids


FILTERS = ["a", "A", "м", "П", "и", "5", "李", "an", "ann", "anna", "ma", "пе", "пет", "smith", "acme",
           "anna smith", "p1", "é", "zz", "-"]


@pytest.mark.parametrize("walk_group", [2_000, 0])  # (0: every group's names walked, as thousands would be)
def test_a_page_by_name_from_the_lists_index_equals_the_matches_sorted_whole(
        services: Services, walk_group: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.contact_list

    monkeypatch.setattr(app.contact_list, "WALK_GROUP", walk_group)
    rng = random.Random(7)
    uids = _fill(services, rng, 400)
    trashed = rng.sample(uids, 40)
    for uid in trashed:
        services.contacts.delete(uid)
    for uid in rng.sample([u for u in uids if u not in trashed], 40):  # their entries move with their names
        services.contacts.update(uid, given=_name(rng) or "Renamed")
    database = services.store.database
    for query in (ContactListQuery(database), AccountListQuery(database)):
        for text in FILTERS:
            every = query.ids("name", False, text)
            assert query.count(text) == len(every), text
            for descending in (False, True):
                every = query.ids("name", descending, text)
                for offset, limit in ((0, 200), (0, 1), (0, 13), (5, 30), (len(every) - 1, 10)):
                    offset = max(offset, 0)
                    assert query.page(offset, limit, "name", descending, text) == query.rows(
                        every[offset : offset + limit]), (query.kind, text, descending, offset, limit)
    assert _list_index_drift(services.store) is None


def test_a_one_letter_filter_is_a_word_of_the_name_beginning_with_it(services: Services) -> None:
    for given, family in (("Jean-Pierre", "Dupont"), ("Пётр", "Иванов"), ("Émile", "Zola"), ("Ann", "Lee")):
        services.contacts.create(ContactData(given=given, family=family, emails=(Email("zed@pq.example"),)))
    query = ContactListQuery(services.store.database)

    def names(text: str) -> list[str]:
        return [row[1] for row in query.page(0, 50, "name", False, text)]

    assert names("p") == ["Jean-Pierre Dupont"]  # a word's start (after a hyphen too), not the e-mail's "pq"
    assert names("П") == names("п") == ["Пётр Иванов"]
    assert names("e") == names("é") == ["Émile Zola"]
    assert names("z") == ["Émile Zola"]  # "zed@…" is the e-mail's
    assert names("zed") == ["Ann Lee", "Jean-Pierre Dupont", "Émile Zola", "Пётр Иванов"]  # more: details too


def test_the_lists_index_follows_every_write_and_undo(services: Services) -> None:
    rng = random.Random(11)
    uids = _fill(services, rng, 60)
    services.contacts.update(uids[0], given="Zelda")
    services.contacts.delete(uids[1])
    services.contacts.restore(uids[1])
    services.contacts.delete(uids[2])
    assert _list_index_drift(services.store) is None
    for _ in range(5):
        services.undo.undo()
        assert _list_index_drift(services.store) is None
    for _ in range(5):
        services.undo.redo()
        assert _list_index_drift(services.store) is None


def test_a_wrong_entry_is_caught(services: Services) -> None:
    """The check every test's store runs at its end sees an entry under a name its record no longer has."""
    _fill(services, random.Random(3), 5)
    database = services.store.database
    entry, ordered = database.execute_sql(f"SELECT entry, ordered FROM {list_order.ENTRIES} LIMIT 1").fetchone()
    database.execute_sql(f"UPDATE {list_order.ENTRIES} SET ordered = ? WHERE entry = ?", (ordered + 8, entry))
    assert "entries" in (_list_index_drift(services.store) or "")
    database.execute_sql(f"UPDATE {list_order.ENTRIES} SET ordered = ? WHERE entry = ?", (ordered, entry))
    assert _list_index_drift(services.store) is None


@pytest.mark.parametrize("rebuild", [False, True])
def test_schema_36_fills_the_lists_index_from_the_search_index(services: Services, rebuild: bool) -> None:
    _fill(services, random.Random(5), 120)
    database = services.store.database
    with database.atomic():  # as a database of schema 35 was: no lists' index
        database.execute_sql(f"DROP TABLE {list_order.TABLE}")
        database.execute_sql(f"DROP TABLE {list_order.ENTRIES}")
        database.execute_sql("PRAGMA user_version = 35")
    assert migrate(database) == [36]
    if rebuild:
        with database.atomic():
            fts.rebuild(database)
    assert database.execute_sql(f"SELECT count(*) FROM {list_order.ENTRIES}").fetchone()[0] == 120 + 12
    assert _list_index_drift(services.store) is None


def test_an_import_lists_what_it_brings(services: Services, tmp_path: object) -> None:
    from pathlib import Path

    from app.importing import ImportService
    from tests.conftest import benchmark_cards

    assert isinstance(tmp_path, Path)
    path = benchmark_cards(tmp_path / "cards.vcf", 300)
    ImportService(services, only=("vcard",)).import_files([path])
    assert services.contacts.count() == 300
    assert _list_index_drift(services.store) is None
    query = ContactListQuery(services.store.database)
    assert query.page(0, 200, "name", False, "a") == query.rows(query.ids("name", False, "a")[:200])


def test_store_open_of_a_new_folder_has_the_lists_index(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    store = Store.open(tmp_path / "fresh")
    try:
        assert list_order.present(store.database)
    finally:
        store.close()


def test_a_page_needs_no_name_index_while_an_import_has_it_set_aside(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large import drops the names' index while it writes (db/bulk.py): a page whose group holds thousands
    is then looked up rather than walked along the index, and asks for no more than there is."""
    import app.contact_list

    monkeypatch.setattr(app.contact_list, "WALK_GROUP", 0)
    _fill(services, random.Random(9), 150)
    database = services.store.database
    query = ContactListQuery(database)
    walked = {text: query.page(0, 200, "name", False, text) for text in ("a", "ann", "p1")}
    beyond = query.page(100, 500, "name", False, "a")  # more than there is: every match read, none walked
    assert beyond == query.rows(query.ids("name", False, "a")[100:600])
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_display_name'").fetchone()[0]
    database.execute_sql("DROP INDEX contact_display_name")
    try:
        for text, page in walked.items():
            assert query.page(0, 200, "name", False, text) == page
    finally:
        database.execute_sql(sql)
