"""Two writers on one folder, a demo killed or run beside an import, a damaged or emptied database: with real
processes (`python main.py ...`), real SQLite files and real locks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import peewee
import pytest

from app import paths
from app.errors import StoreError
from app.services import Services
from app.store import DamagedStoreError, Store
from tests.unit.test_cli import MAIN, PROJECT, cli_env, contact_uids, demo, ok, rapport

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults


def _cards(path: Path, prefix: str, count: int) -> Path:
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{prefix}-{n}\r\nFN:{prefix} Person {n}\r\nN:Person {n};{prefix};;;\r\n"
        f"EMAIL:{prefix}.{n}@example.org\r\nEND:VCARD\r\n" for n in range(count)), encoding="utf-8")
    return path


def _start(*args: str, data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(MAIN), "--data-dir", str(data_dir), *args], env=cli_env(),
                            cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _count(data_dir: Path, table: str = "contact") -> int:
    connection = sqlite3.connect(f"file:{paths.database_path(data_dir)}?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


class _HeldLock:
    """Another program holding the database's write lock (BEGIN IMMEDIATE) for `seconds`."""

    def __init__(self, database: Path, seconds: float) -> None:
        self.connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA journal_mode = wal")
        self.connection.execute("BEGIN IMMEDIATE")
        self.timer = threading.Timer(seconds, self.release)
        self.timer.start()

    def release(self) -> None:
        self.connection.execute("COMMIT")
        self.connection.close()


# --- two writers ----------------------------------------------------------------------------------


def test_two_commands_opening_a_new_folder_at_once_both_land(tmp_path: Path) -> None:
    """Both read "schema version 0" while a third program holds the lock; the second to get it must find
    the tables made, not make them again ("table contact already exists")."""
    folder = tmp_path / "data"
    folder.mkdir()
    held = _HeldLock(paths.database_path(folder), 2.0)  # a new, empty database file, locked
    first = _start("import", str(_cards(tmp_path / "a.vcf", "a", 300)), data_dir=folder)
    second = _start("import", str(_cards(tmp_path / "b.vcf", "b", 300)), data_dir=folder)
    results = [_finish(first), _finish(second)]
    held.timer.join()
    for result in results:
        assert result.returncode == 0, result
        assert "Traceback" not in result.stderr
    assert _count(folder) == 600
    assert len(set(contact_uids(folder))) == 600


def test_a_writer_waits_for_another_programs_long_write(tmp_path: Path) -> None:
    """Another writer holds the lock longer than SQLite's busy timeout (5 s): the import waits its turn,
    says so on stderr, and then lands whole (before: exit 3, "database is locked")."""
    folder = tmp_path / "data"
    ok(rapport("stats", data_dir=folder))
    held = _HeldLock(paths.database_path(folder), 7.0)
    result = rapport("import", str(_cards(tmp_path / "a.vcf", "a", 200)), data_dir=folder)
    held.timer.join()
    assert result.returncode == 0, result
    assert "writing to this folder; waiting" in result.stderr
    assert _count(folder) == 200


def test_two_large_imports_into_one_folder_land_once_each(tmp_path: Path) -> None:
    """Files over 16 MB take the bulk path (indexes set aside, rebuilt at the end). Two at once: before,
    one ended with exit 3 "database is locked" with part of it written. Now the second waits its turn."""
    folder = tmp_path / "data"
    ok(rapport("stats", data_dir=folder))
    pad = "x" * 5800
    files = []
    for prefix in ("a", "b"):
        path = tmp_path / f"{prefix}.vcf"
        path.write_text("".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{prefix}-{n}\r\nFN:{prefix} Person {n}\r\n"
            f"N:Person {n};{prefix};;;\r\nNOTE:{pad}\r\nEND:VCARD\r\n" for n in range(3000)), encoding="utf-8")
        assert path.stat().st_size > 16 * 1024 * 1024
        files.append(path)
    processes = [_start("import", str(path), data_dir=folder) for path in files]
    results = [_finish(p) for p in processes]
    for result in results:
        assert result.returncode == 0, result
        assert "Traceback" not in result.stderr
    assert _count(folder) == 6000
    assert len(set(contact_uids(folder))) == 6000


# --- the sample data ------------------------------------------------------------------------------


def test_a_demo_killed_half_way_runs_again(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    ok(rapport("stats", data_dir=folder))
    process = _start("demo", "--contacts", "20000", data_dir=folder)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if _count(folder, "account") or (paths.database_path(folder).with_name("rapport.sqlite3-wal").exists()
                                         and time.monotonic() > deadline - 27):
            break
        time.sleep(0.05)
    process.kill()
    process.communicate(timeout=30)
    assert _count(folder) == 0, "a killed demo leaves nothing half-made"
    demo(folder, 50)  # before: UNIQUE constraint failed: account.uid
    assert _count(folder) == 50 and _count(folder, "account") == 3


def test_demo_refuses_a_folder_with_accounts_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.database.execute_sql(
        "INSERT INTO account (uid, created_at, updated_at, version, name, industry, website, notes)"
        " VALUES ('x', '2026-01-01', '2026-01-01', 1, 'Acme', '', '', '')")
    store.close()
    result = rapport("demo", "--contacts", "20", data_dir=folder)
    assert result.returncode == 1 and "already holds" in result.stderr, result
    assert _count(folder, "account") == 1 and _count(folder) == 0


def test_demo_and_import_side_by_side(tmp_path: Path) -> None:
    """Either the demo waits for the import and then refuses (the folder is no longer empty), or the
    import waits for the demo: never a half-made sample (before: UNIQUE constraint failed: contact.id)."""
    folder = tmp_path / "data"
    ok(rapport("stats", data_dir=folder))
    cards = _cards(tmp_path / "a.vcf", "a", 3000)
    demo_run = _start("demo", "--contacts", "3000", data_dir=folder)
    import_run = _start("import", str(cards), data_dir=folder)
    made, imported = _finish(demo_run), _finish(import_run)
    assert imported.returncode == 0, imported
    assert "Traceback" not in made.stderr + imported.stderr
    if made.returncode == 0:
        assert _count(folder) == 6000
    else:
        assert made.returncode == 1 and "already holds" in made.stderr, made
        assert _count(folder) == 3000 and _count(folder, "account") == 0


# --- a damaged or emptied database ----------------------------------------------------------------


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    for page in (middle, middle + 1):
        data[page * 4096 : (page + 1) * 4096] = b"\x00damaged" * 512
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [("stats",), ("export", "--format", "vcard4"), ("duplicates",)])
def test_a_damaged_database_is_said_plainly(tmp_path: Path, command: tuple[str, ...]) -> None:
    folder = tmp_path / "data"
    demo(folder, 300)
    database = paths.database_path(folder)
    _damage(database)
    before = database.read_bytes()
    result = rapport(*command, data_dir=folder)
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(database) in lines[0] and "damaged" in lines[0] and "rapport restore" in lines[0]
    assert database.read_bytes() == before, "nothing written to the damaged file"


def test_an_emptied_database_is_refused_not_made_anew(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 20)
    database = paths.database_path(folder)
    database.write_bytes(b"")
    result = rapport("stats", data_dir=folder)
    assert result.returncode == 1, result
    assert str(database) in result.stderr and "0 bytes" in result.stderr and "rapport restore" in result.stderr
    assert database.stat().st_size == 0, "left as it is, not made into an empty CRM"
    with pytest.raises(DamagedStoreError):
        Store.open(folder)


def test_restore_over_a_damaged_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 40)
    backup = tmp_path / "copy.sqlite3"
    ok(rapport("backup", str(backup), data_dir=folder))
    _damage(paths.database_path(folder))
    out = ok(rapport("restore", str(backup), data_dir=folder))
    assert "damaged database" in out
    assert len(contact_uids(folder)) == 40
    assert list((folder / "backups").glob("damaged-*.sqlite3")), "the damaged file is kept"


def test_a_new_folder_opens_and_a_sound_one_passes_the_check(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new")
    store.close()
    assert paths.database_path(tmp_path / "new").stat().st_size > 0
    Store.open(tmp_path / "new").close()
    not_a_database = tmp_path / "text"
    not_a_database.mkdir()
    paths.database_path(not_a_database).write_bytes(b"hello, this is not SQLite at all" * 200)
    with pytest.raises(StoreError):
        Store.open(not_a_database)


def test_a_full_disk_during_an_import_is_said_as_such_and_leaves_no_half_batch(tmp_path: Path) -> None:
    """SQLite ends the transaction by itself when the file cannot grow; the rollback after it used to say
    "cannot rollback - no transaction is active" in place of the reason. `max_page_count` makes the
    database full for real (SQLITE_FULL), as a full disk does."""
    from app.importing import ImportService
    from app.store_errors import sqlite_problem

    store = Store.open(tmp_path / "data")
    services = Services.build(store)
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u{i}\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
                             f"NOTE:{'x' * 400}\r\nEND:VCARD\r\n" for i in range(3000)))
    pages = store.database.execute_sql("PRAGMA page_count").fetchone()[0]
    store.database.execute_sql(f"PRAGMA max_page_count = {pages + 40}")
    with pytest.raises((peewee.OperationalError, sqlite3.OperationalError)) as raised:
        ImportService(services, workers=False).import_files([cards])
    assert "full" in str(raised.value)
    assert str(sqlite_problem(raised.value)) == "the disk is full: nothing was written"
    assert services.contacts.count() % 100 == 0, "whole batches only"
    store.database.execute_sql(f"PRAGMA max_page_count = {pages * 1000}")
    ImportService(services, workers=False).import_files([cards])  # with room again: all of it, once
    assert services.contacts.count() == 3000
    store.close()
