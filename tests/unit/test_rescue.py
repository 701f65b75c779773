"""A damaged or emptied database: what is wrong is found, the newest sound backup goes in its place, or what
can be read is recovered into a new database; the damaged file is always kept aside."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app import demo, paths, rescue
from app.clock import FakeClock
from app.services import Services
from app.store import Store

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

NOW = datetime(2026, 3, 2, 10, 0)


def _filled(folder: Path, contacts: int = 600) -> Path:
    store = Store.open(folder)
    demo.fill(store, FakeClock(datetime(2026, 3, 2, 9)), contacts=contacts)
    store.close()
    return paths.database_path(folder)


def _damage(path: Path, pages: tuple[int, ...]) -> None:
    data = bytearray(path.read_bytes())
    for page in pages:
        data[page * 4096 : (page + 1) * 4096] = b"\x00damaged" * 512
    path.write_bytes(bytes(data))


def test_a_sound_database_needs_nothing(tmp_path: Path) -> None:
    assert rescue.problem(tmp_path) is None, "no database yet: a new folder"
    _filled(tmp_path, 20)
    assert rescue.problem(tmp_path) is None


def test_damaged_pages_are_found_and_what_can_be_read_is_recovered(tmp_path: Path) -> None:
    database = _filled(tmp_path)
    size = database.stat().st_size
    _damage(database, (size // 4096 // 2, size // 4096 // 2 + 1))
    assert "damaged" in str(rescue.problem(tmp_path)) or "cannot be read" in str(rescue.problem(tmp_path))

    report = rescue.recover(tmp_path, NOW)
    assert report.kept_aside.exists() and report.kept_aside.stat().st_size == size, "the damaged file kept whole"
    assert rescue.problem(tmp_path) is None
    store = Store.open(tmp_path)
    services = Services.build(store)
    contacts = services.contacts.count()
    assert contacts == report.contacts and 0 < contacts <= 600
    assert contacts + report.lost.get("contact", 0) >= 590, "only the rows on the damaged pages are lost"
    some = services.contacts.list(limit=1)[0]
    assert services.search.search(some.data.family, limit=5), "the search index rebuilt from the rows"
    store.close()


def test_an_emptied_database_is_refused_and_the_newest_sound_backup_restored(tmp_path: Path) -> None:
    _filled(tmp_path, 50)
    store = Store.open(tmp_path)
    services = Services.build(store, FakeClock(datetime(2026, 3, 1, 9)))
    older = services.backups.backup()
    store.close()
    newer = paths.backups_dir(tmp_path) / "rapport-newer.sqlite3"
    newer.write_bytes(b"not a database")  # the newest file in the folder, but not a sound backup
    database = paths.database_path(tmp_path)
    database.write_bytes(b"")
    assert "0 bytes" in str(rescue.problem(tmp_path))

    found = rescue.latest_sound_backup(tmp_path)
    assert found is not None and found.path == older and found.contacts == 50
    kept = rescue.restore_latest(tmp_path, found.path, NOW)
    assert kept.stat().st_size == 0 and kept.parent == paths.backups_dir(tmp_path)
    store = Store.open(tmp_path)
    assert Services.build(store).contacts.count() == 50
    store.close()


def test_a_record_whose_parent_was_lost_stays_without_the_link(tmp_path: Path) -> None:
    """The account's row is on a lost page: its deal stays a deal (no account), its people stay people; only
    the links to it go."""
    from app.accounts import AccountData
    from app.contacts import AccountLink, ContactData
    from app.deals import DealData

    store = Store.open(tmp_path)
    services = Services.build(store)
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    ann = services.contacts.create(ContactData(given="Ann", family="Lee", accounts=(AccountLink(acme),))).value.uid
    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Fleet", stage_uid=stage, account_uid=acme,
                                          contact_uids=(ann,))).value.uid
    store.close()
    raw = sqlite3.connect(paths.database_path(tmp_path))  # as if the account's page could not be read
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM account WHERE uid = ?", (acme,))
    raw.commit()
    raw.close()

    report = rescue.recover(tmp_path, NOW)
    store = Store.open(tmp_path)
    services = Services.build(store)
    assert services.deals.get(deal).data.account_uid is None and services.deals.get(deal).data.title == "Fleet"
    assert services.contacts.get(ann).data.accounts == ()
    assert report.lost.get("deal", 0) == 0 and report.lost.get("contact_account") == 1
    store.close()


def test_the_damage_is_named_by_what_sqlite_found_not_its_header(tmp_path: Path) -> None:
    """quick_check begins with "*** in database main ***": the user is told the finding after it."""
    import sqlite3

    database = _filled(tmp_path)  # 600: the index's root is an inner page
    connection = sqlite3.connect(database)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'search_index_content'").fetchone()[0]
    connection.close()
    _damage(database, (root - 1,))
    found = str(rescue.problem(tmp_path))
    assert "is damaged (" in found and "***" not in found, found
    assert ("page" in found.lower() or "tree" in found.lower()), found


def test_a_reading_command_reads_every_page_only_of_a_file_not_closed_cleanly(tmp_path: Path) -> None:
    """`rapport search` in a script's loop: a small database's pages are not all read at each call, as they
    are when a window or a writing command opens it; a file left open by a crash, or marked, still is."""
    from app.store import mark_for_check

    _filled(tmp_path, 20)
    for reading, checked in ((True, False), (False, True)):
        store = Store.open(tmp_path, reading=reading)
        assert store.pages_checked is checked
        store.close()
    mark_for_check(tmp_path)
    store = Store.open(tmp_path, reading=True)
    assert store.pages_checked
    store.close()


def test_a_reading_command_says_a_damaged_page_it_meets(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import PROJECT

    database = _filled(tmp_path)
    size = database.stat().st_size
    _damage(database, tuple(range(size // 4096 // 4, size // 4096 - 2)))
    run = subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(tmp_path), "search", "a"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert run.stderr.startswith("rapport: error:") and "damaged" in run.stderr and run.stderr.count("\n") == 1
