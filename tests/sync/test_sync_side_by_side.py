"""Writers side by side: a command-line import into the data folder a first sync is pulling into
finishes as it would alone, and so does the sync (issue 11: before the one door, two imports in three
ended with "database is locked", and the pulling sync itself died of it in 2 trials of 5)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.services import Services
from app.store import Store
from app.unit_of_work import Origin
from tests.conftest import PROJECT, benchmark_cards
from tests.sync.conftest import PASSWORD, Server, fresh_user, make_laptop, seed_radicale_book, vcard
from tests.sync.proxy import FaultProxy

BOOK = 1_000
FILE = 150  # cards per imported file


def _import(data_dir: Path, cards: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data_dir), "import",
                           str(cards)], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_an_import_beside_a_first_sync(tmp_path: Path, server: Server, proxy: FaultProxy) -> None:
    cards = [(f"c{i:04d}.vcf", vcard(f"seed-{i:04d}", f"Given{i}", f"Family{i % 97}", f"EMAIL:p{i}@example.org"))
             for i in range(BOOK)]
    book = seed_radicale_book(server, fresh_user(), cards)
    data_dir = tmp_path / "laptop"
    laptop = make_laptop(data_dir, proxy, book, timeout=60)
    proxy.faults.delay_report = 0.4  # a server farther than loopback: the pull lasts a few seconds
    files = []
    for n in range(3):
        path = benchmark_cards(tmp_path / f"import{n}.vcf", FILE)
        # The benchmark's cards have fixed uids: give each file its own.
        path.write_text(path.read_text(encoding="utf-8").replace("UID:", f"UID:file{n}-"), encoding="utf-8")
        files.append(path)

    outcome: dict[str, object] = {}

    def pull() -> None:
        try:
            outcome["report"] = laptop.run()
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            laptop.store.database.close()  # this thread's connection

    thread = threading.Thread(target=pull)
    thread.start()
    imports: list[tuple[subprocess.CompletedProcess[str], bool]] = []
    for path in files:
        result = _import(data_dir, path)
        imports.append((result, thread.is_alive()))
    thread.join(180)

    assert "error" not in outcome, outcome
    report = outcome["report"]
    assert report.ok, report.as_dict()  # type: ignore[attr-defined]
    for result, _ in imports:
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr + result.stdout
    assert any(during for _, during in imports), "no import ran while the sync was pulling: nothing was tested"
    store = Store.open(data_dir)
    services = Services.build(store)
    assert services.contacts.count() == BOOK + 3 * FILE  # nothing lost, nothing twice
    store.close()
    laptop.store.activate()
    stats = laptop.services.writer.stats
    print(f"longest sync write transaction: {stats.longest * 1000:.0f} ms ({stats.longest_label}),"
          f" {stats.count} transactions")


def test_sync_writes_are_marked_as_sync(tmp_path: Path, server: Server, proxy: FaultProxy) -> None:
    """What sync applied is recorded as sync's, so that Ctrl+Z never undoes it."""
    book = seed_radicale_book(server, fresh_user(), [("one.vcf", vcard("one", "Ada", "Lovelace"))])
    laptop = make_laptop(tmp_path / "laptop", proxy, book)
    seen: list[Origin] = []
    writer = laptop.services.writer
    original = writer.write

    def spy(label: str, origin: Origin = Origin.USER, *, bookkeeping: bool = False):  # type: ignore[no-untyped-def]
        if writer.current is None:
            seen.append(origin)
        return original(label, origin, bookkeeping=bookkeeping)

    writer.write = spy  # type: ignore[method-assign]
    started = time.monotonic()
    assert laptop.run().ok
    assert time.monotonic() - started < 60
    assert laptop.services.contacts.get("one").data.family == "Lovelace"
    assert seen and set(seen) == {Origin.SYNC}, seen


def test_two_syncs_of_one_folder_never_overlap(tmp_path: Path, server: Server, proxy: FaultProxy) -> None:
    """A second run, in this process or another, says one is running instead of syncing beside it."""
    import filelock

    from sync.errors import SyncBusy
    from sync.service import SYNC_LOCK

    book = seed_radicale_book(server, fresh_user(), [("one.vcf", vcard("one", "Ada", "Lovelace"))])
    data_dir = tmp_path / "laptop"
    laptop = make_laptop(data_dir, proxy, book)
    held = filelock.FileLock(str(data_dir / SYNC_LOCK))
    with held:  # as a `rapport sync run` in another process holds it
        with pytest.raises(SyncBusy, match="running already"):
            laptop.run()
        assert laptop.services.contacts.count() == 0
        other = subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data_dir), "sync", "run",
                                "--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        assert other.returncode != 0 and "running already" in other.stderr
    assert laptop.run().ok  # the lock is free again
    assert laptop.services.contacts.count() == 1


def test_a_stopped_run_ends_at_the_next_chunk_and_the_next_run_goes_on(tmp_path: Path, server: Server,
                                                                       proxy: FaultProxy) -> None:
    cards = [(f"c{i:04d}.vcf", vcard(f"seed-{i:04d}", f"Given{i}", "Stop")) for i in range(300)]
    book = seed_radicale_book(server, fresh_user(), cards)
    laptop = make_laptop(tmp_path / "laptop", proxy, book)
    proxy.faults.delay_report = 0.3
    stop = threading.Event()
    timer = threading.Timer(0.5, stop.set)  # while the first multigets are under way
    timer.start()
    started = time.monotonic()
    report = laptop.sync.run(stop=stop)
    took = time.monotonic() - started
    timer.join()
    assert any("stopped" in e for e in report.errors), report.as_dict()
    assert laptop.services.contacts.count() < 300
    print(f"stopped after {took:.2f} s")
    proxy.faults.delay_report = 0.0
    assert laptop.run().ok
    assert laptop.services.contacts.count() == 300  # nothing lost, nothing twice


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_a_backup_and_an_import_beside_a_push(tmp_path: Path, server: Server, proxy: FaultProxy) -> None:
    """The other direction: while a sync pushes 300 local contacts (each PUT delayed, as a farther server
    answers), `rapport backup` and `rapport import` from the command line finish as they would alone;
    the backup is a whole database, and the push ends with every contact on the server once."""
    import sqlite3

    from app.contacts import ContactData

    book = seed_radicale_book(server, fresh_user(), [])
    data_dir = tmp_path / "laptop"
    laptop = make_laptop(data_dir, proxy, book, timeout=60)
    local = 300
    with laptop.services.writer.step("Test data", Origin.SYSTEM):
        for i in range(local):
            laptop.services.contacts.create(ContactData(given=f"Local{i}", family="Pusher"))
    proxy.faults.delay_put = 0.02  # about six seconds of pushing
    cards = benchmark_cards(tmp_path / "import.vcf", FILE)
    cards.write_text(cards.read_text(encoding="utf-8").replace("UID:", "UID:push-"), encoding="utf-8")
    backup = tmp_path / "during-push.sqlite3"

    outcome: dict[str, object] = {}

    def push() -> None:
        try:
            outcome["report"] = laptop.run()
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            laptop.store.database.close()

    thread = threading.Thread(target=push)
    thread.start()
    deadline = time.monotonic() + 30
    while proxy.puts < 10 and time.monotonic() < deadline:  # the push is under way
        time.sleep(0.05)
    backed_up = subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data_dir), "backup",
                                str(backup)], capture_output=True, text=True, timeout=120)
    backup_during = thread.is_alive()
    imported = _import(data_dir, cards)
    import_during = thread.is_alive()
    thread.join(180)

    assert "error" not in outcome, outcome
    assert outcome["report"].ok, outcome["report"].as_dict()  # type: ignore[attr-defined]
    for result in (backed_up, imported):
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr + result.stdout
    assert backup_during and import_during, "the push ended before the commands: nothing was tested beside it"
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] >= local
    finally:
        copy.close()
    store = Store.open(data_dir)
    try:
        assert Services.build(store).contacts.count() == local + FILE
    finally:
        store.close()
    laptop.store.activate()
    pushed = [t for t in book.cards().values() if "Pusher" in t]
    assert len(pushed) == local  # every local contact on the server, once
