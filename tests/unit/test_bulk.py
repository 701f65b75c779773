"""Indexes and the search index's merge setting set aside for a large import, and put back."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import Services
from app.store import Store
from db import bulk
from tests.unit.test_import_vcard import write_cards


def _schema(store: Store) -> list[tuple[str, str]]:
    """The indexes and triggers (those an import sets aside among them)."""
    return store.database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def _fts_config(store: Store) -> list[tuple[str, int]]:
    return store.database.execute_sql("SELECT k, v FROM search_index_config WHERE k <> 'version' ORDER BY k").fetchall()


def test_set_aside_then_restore_gives_back_the_same_schema(store: Store) -> None:
    before, config = _schema(store), _fts_config(store)
    bulk.set_aside(store.database)
    left = {name for name, _ in _schema(store)}
    assert not left & set(bulk.DEFERRABLE_INDEXES)
    assert not left & {name for name, _ in bulk.DEFERRABLE_TRIGGERS}
    assert dict(_fts_config(store)) == {"automerge": bulk.BULK_AUTOMERGE, "crisismerge": bulk.BULK_CRISISMERGE}
    assert bulk.has_notes(store.database)
    bulk.set_aside(store.database)  # twice: the first notes stay, nothing is noted empty
    bulk.restore(store.database)
    assert _schema(store) == before
    assert dict(_fts_config(store)) == {"automerge": 4, "crisismerge": 16, **dict(config)}
    assert not bulk.has_notes(store.database)


def test_a_changed_merge_setting_comes_back_as_it_was(store: Store) -> None:
    store.database.execute_sql("INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8)")
    bulk.set_aside(store.database)
    bulk.restore(store.database)
    assert dict(_fts_config(store))["automerge"] == 8


def test_opening_the_store_puts_back_what_a_stopped_import_set_aside(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    before = _schema(store)
    bulk.set_aside(store.database)
    store.close()  # as if the process died here
    reopened = Store.open(tmp_path / "data")
    assert _schema(reopened) == before
    assert not bulk.has_notes(reopened.database)


def test_queries_answer_the_same_while_indexes_are_set_aside(services: Services) -> None:
    from app.contacts import ContactData, Email

    for i in range(30):
        services.contacts.create(ContactData(given=f"G{i:02d}", family="Fam", emails=(Email(f"g{i}@x.example"),)))
    listed = [c.display_name for c in services.contacts.list(limit=100)]
    bulk.set_aside(services.store.database)
    assert [c.display_name for c in services.contacts.list(limit=100)] == listed
    bulk.restore(services.store.database)


def test_counts_stay_right_while_their_triggers_are_set_aside(services: Services) -> None:
    """An import sets aside the triggers that count new contacts and accounts: meanwhile those kinds are counted
    from their rows, and when the triggers are back the counts are made anew, with what came and went."""
    from app.accounts import AccountData
    from app.contacts import ContactData

    database = services.store.database
    for i in range(5):
        services.contacts.create(ContactData(given=f"Ann{i}"))
    trashed = services.contacts.create(ContactData(given="Bob")).value.uid
    bulk.set_aside(database)
    assert bulk.counted_apart(database) == {"contact", "account"}
    services.contacts.create(ContactData(given="Cy"))  # not counted by a trigger now
    services.accounts.create(AccountData(name="Acme"))
    services.contacts.delete(trashed)  # the Trash trigger stays: the count is made anew all the same
    assert services.queries.live_counts()["contacts"] == 6
    assert services.queries.live_counts()["accounts"] == 1
    bulk.restore(database)
    assert bulk.counted_apart(database) == set()
    assert dict(database.execute_sql("SELECT kind, live FROM live_count").fetchall())["contact"] == 6
    services.contacts.create(ContactData(given="Dee"))  # counted by the trigger again
    assert services.queries.live_counts()["contacts"] == 7


@pytest.mark.parametrize("existing, expected", [(0, True), (20_000, False)])
def test_only_a_file_large_against_the_store_sets_indexes_aside(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: int, expected: bool
) -> None:
    """Seen from inside the import (its progress calls): the indexes are gone while it writes when
    the file is large against what the store holds, and back when it ends, with every row found."""
    from app import import_reader
    from app.importing import BYTES_PER_CARD, ImportService

    monkeypatch.setattr(import_reader, "PARALLEL_THRESHOLD", 0)  # two reading processes
    monkeypatch.setattr(import_reader, "PART_SIZE", 32 * 1024)
    cards = write_cards(tmp_path / "cards.vcf", 3000)
    assert existing > 2 * cards.stat().st_size // BYTES_PER_CARD or expected
    db = services.store.database
    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO contact (uid, created_at, updated_at, display_name) VALUES (?, '', '', 'n')",
            [(f"u{i}",) for i in range(existing)],
        )
    seen: list[bool] = []  # the indexes aside
    counted: list[bool] = []  # the counting triggers aside (every import read by a worker: counted once at the end)

    def progress(_done: int, _position: int) -> None:
        names = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master")}
        seen.append(not set(bulk.DEFERRABLE_INDEXES) <= names)
        counted.append(not {name for name, _ in bulk.DEFERRABLE_TRIGGERS} & names)

    report = ImportService(services, workers=True, batch_size=500).import_files([cards], progress=progress)
    assert report.imported == 3000 and set(seen) == {expected} and set(counted) == {True}
    assert not bulk.has_notes(db)
    assert services.queries.live_counts()["contacts"] == existing + 3000
    indexes = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert indexes >= set(bulk.DEFERRABLE_INDEXES)
    assert db.execute_sql("SELECT count(*) FROM contact_email WHERE value = 'p2999@example.org'").fetchone() == (1,)
    dry = ImportService(services, workers=True, batch_size=500).import_files([cards], dry_run=True, progress=progress)
    assert dry.unchanged == 3000 and seen[-1] is False  # a dry run commits nothing: nothing set aside
    assert counted[-1] is False


@pytest.mark.slow
def test_a_store_opens_while_another_process_holds_the_write_lock(tmp_path: Path) -> None:
    """Another process importing right now holds the write lock: opening the store waits its busy
    timeout, then opens without rebuilding (the importer rebuilds when it ends)."""
    import sqlite3

    from app import paths

    store = Store.open(tmp_path / "data")
    bulk.set_aside(store.database)
    store.close()
    importer = sqlite3.connect(paths.database_path(tmp_path / "data"), isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")
    try:
        reopened = Store.open(tmp_path / "data")
        assert bulk.has_notes(reopened.database)
        assert reopened.database.execute_sql("SELECT count(*) FROM contact").fetchone() == (0,)
    finally:
        importer.execute("ROLLBACK")
        importer.close()
    reopened.close()
    assert not bulk.has_notes(Store.open(tmp_path / "data").database)
