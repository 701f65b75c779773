"""The schema: models agree with the migrations, connection settings, upgrades from every version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import paths
from app.errors import StoreError
from app.search import SearchService
from app.store import Store
from db.connection import open_database
from db.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from db.models import ALL_MODELS


def test_every_model_matches_its_table(store: Store) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = [row[1] for row in store.database.execute_sql(f"PRAGMA table_info({table})")]
        assert columns, f"{table} was not created by the migrations"
        assert sorted(columns) == sorted(f.column_name for f in model._meta.sorted_fields), table


def test_connection_uses_wal_foreign_keys_and_a_busy_timeout(store: Store) -> None:
    pragma = lambda name: store.database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("synchronous") == 2  # FULL


def test_a_new_store_is_at_the_latest_version(store: Store) -> None:
    assert store.schema_version == LATEST_VERSION == len(MIGRATIONS)


def _database_at(data_dir: Path, version: int) -> sqlite3.Connection:
    data_dir.mkdir(parents=True)
    database = open_database(paths.database_path(data_dir))
    assert migrate(database, target=version) == list(range(1, version + 1))
    database.close()
    return sqlite3.connect(paths.database_path(data_dir))


def test_upgrade_from_version_1_keeps_contacts_accounts_and_deals(tmp_path: Path) -> None:
    data_dir = tmp_path / "v1"
    raw = _database_at(data_dir, 1)
    now = "2025-01-01 10:00:00"
    raw.execute("INSERT INTO account (id, uid, created_at, updated_at, name) VALUES (1, 'a-1', ?, ?, 'Ложка Ltd')",
                (now, now))
    raw.execute("INSERT INTO contact (id, uid, created_at, updated_at, given, family, display_name, notes)"
                " VALUES (1, 'c-1', ?, ?, 'Zoë', 'Lefèvre', 'Zoë Lefèvre', 'met in Lyon')", (now, now))
    raw.execute("INSERT INTO contact_email (contact_id, value) VALUES (1, 'zoe@example.org')")
    raw.execute("INSERT INTO contact_account (contact_id, account_id, role) VALUES (1, 1, 'Buyer')")
    raw.execute("INSERT INTO pipeline (id, uid, name, created_at) VALUES (1, 'p-1', 'Sales', ?)", (now,))
    raw.execute("INSERT INTO stage (id, uid, pipeline_id, name, position, probability)"
                " VALUES (1, 's-1', 1, 'Lead', 0, 10)")
    raw.execute("INSERT INTO deal (id, uid, created_at, updated_at, title, account_id, stage_id, stage_entered_at)"
                " VALUES (1, 'd-1', ?, ?, 'Spoons for the canteen', 1, 1, ?)", (now, now, now))
    raw.commit()
    raw.close()

    store = Store.open(data_dir)
    try:
        assert store.schema_version == LATEST_VERSION
        row = store.database.execute_sql("SELECT display_name, notes FROM contact WHERE uid = 'c-1'").fetchone()
        assert row == ("Zoë Lefèvre", "met in Lyon")
        assert store.database.execute_sql("SELECT value FROM contact_email").fetchone()[0] == "zoe@example.org"
        assert store.database.execute_sql("SELECT role FROM contact_account").fetchone()[0] == "Buyer"
        search = SearchService(store.database)
        # The index did not exist in version 1: the upgrade filled it from the data already there.
        assert [(h.kind, h.uid) for h in search.search("lefevre")] == [("contact", "c-1")]
        assert ("account", "a-1") in [(h.kind, h.uid) for h in search.search("ложка")]
        assert [(h.kind, h.uid) for h in search.search("spoons")] == [("deal", "d-1")]
    finally:
        store.close()


def test_upgrade_from_version_2_keeps_activities_tasks_and_tags(tmp_path: Path) -> None:
    data_dir = tmp_path / "v2"
    raw = _database_at(data_dir, 2)
    now = "2025-06-01 08:30:00"
    raw.execute("INSERT INTO contact (id, uid, created_at, updated_at, display_name) VALUES (1, 'c-1', ?, ?, '王小明')",
                (now, now))
    raw.execute("INSERT INTO activity (id, uid, created_at, updated_at, kind, occurred_at, text)"
                " VALUES (1, 'act-1', ?, ?, 'call', ?, 'Asked about the invoice')", (now, now, now))
    raw.execute("INSERT INTO activity_link (activity_id, contact_id) VALUES (1, 1)")
    raw.execute("INSERT INTO task (id, uid, created_at, updated_at, title, due_date)"
                " VALUES (1, 't-1', ?, ?, 'Send the quote', '2025-06-03')", (now, now))
    raw.execute("INSERT INTO tag (id, name, name_key, created_at) VALUES (1, 'VIP', 'vip', ?)", (now,))
    raw.execute("INSERT INTO tagging (tag_id, record_kind, record_id) VALUES (1, 'contact', 1)")
    raw.commit()
    raw.close()

    store = Store.open(data_dir)
    try:
        assert store.schema_version == LATEST_VERSION
        assert store.database.execute_sql("SELECT count(*) FROM activity_link").fetchone()[0] == 1
        assert store.database.execute_sql("SELECT count(*) FROM tagging").fetchone()[0] == 1
        search = SearchService(store.database)
        assert [h.uid for h in search.search("invoice")] == ["act-1"]
        assert [h.uid for h in search.search("quote")] == ["t-1"]
        assert [h.uid for h in search.search("小明")] == ["c-1"]
    finally:
        store.close()


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    data_dir = tmp_path / "broken"
    raw = _database_at(data_dir, 2)
    raw.execute("INSERT INTO contact (uid, created_at, updated_at, display_name) VALUES ('c-1', 'x', 'x', 'Ann')")
    raw.execute("CREATE TABLE search_index (something TEXT)")  # makes step 3 fail half-way
    raw.commit()
    raw.close()

    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open(data_dir)
    raw = sqlite3.connect(paths.database_path(data_dir))
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
    assert raw.execute("SELECT display_name FROM contact").fetchall() == [("Ann",)]
    raw.close()


def test_a_database_from_a_newer_rapport_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "newer"
    raw = _database_at(data_dir, LATEST_VERSION)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError, match="newer than this Rapport"):
        Store.open(data_dir)


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    data_dir = tmp_path / "junk"
    data_dir.mkdir()
    paths.database_path(data_dir).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError, match=r"rapport\.sqlite3"):
        Store.open(data_dir)


def test_migrate_is_idempotent(store: Store) -> None:
    assert migrate(store.database) == []
    assert schema_version(store.database) == LATEST_VERSION


def test_upgrade_from_version_3_keeps_contact_parts_and_gives_them_empty_vcard_params(tmp_path: Path) -> None:
    data_dir = tmp_path / "v3"
    raw = _database_at(data_dir, 3)
    raw.execute("INSERT INTO contact (id, uid, created_at, updated_at, display_name)"
                " VALUES (1, 'c-1', 'x', 'x', 'Ann')")
    raw.execute("INSERT INTO contact_phone (contact_id, label, value, e164) VALUES (1, 'cell', '+1 202 555 0143',"
                " '+12025550143')")
    raw.commit()
    raw.close()
    store = Store.open(data_dir)
    try:
        row = store.database.execute_sql('SELECT label, value, "group", params FROM contact_phone').fetchone()
        assert row == ("cell", "+1 202 555 0143", "", "[]")
        assert store.database.execute_sql("SELECT count(*) FROM account_extra_property").fetchone()[0] == 0
    finally:
        store.close()
