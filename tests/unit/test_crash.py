"""Kill the process in the middle of a large write: the database opens, is intact, and holds all or none."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import paths
from app.store import Store
from db import bulk
from tests.conftest import PROJECT

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.clock import SystemClock
    from app.contacts import ContactData, Email, Phone
    from app.services import Services
    from app.store import Store

    store = Store.open(Path(sys.argv[1]))
    services = Services.build(store, SystemClock(), phone_region="DE")
    count = int(sys.argv[2])
    with services.writer.write("Crash test"):
        print("started", flush=True)
        for i in range(count):
            services.contacts.create(ContactData(
                given=f"Given{i}", family="Crashtest", emails=(Email(f"p{i}@example.org"),),
                phones=(Phone(f"+49 30 {1000000 + i}"),), notes="x" * 200,
            ))
    print("committed", flush=True)
    """
)
COUNT = 1500


def _start(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(COUNT)],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _check(data_dir: Path) -> int:
    raw = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = raw.execute("SELECT count(*) FROM contact WHERE family = 'Crashtest'").fetchone()[0]
        emails = raw.execute("SELECT count(*) FROM contact_email").fetchone()[0]
        indexed = raw.execute("SELECT count(*) FROM search_index WHERE kind = 'contact'").fetchone()[0]
        assert raw.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')") is not None
    finally:
        raw.close()
    assert contacts in (0, COUNT), f"a half-written transaction survived: {contacts} of {COUNT}"
    assert emails == contacts and indexed == contacts
    return int(contacts)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_write_leaves_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random(7)
    for attempt in range(3):
        data_dir = tmp_path / f"run{attempt}"
        process = _start(data_dir)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "started", process.stderr.read() if process.stderr else ""
        time.sleep(rng.uniform(0.1, 0.5))  # somewhere in the middle of the inserts
        assert process.poll() is None, "the write finished before it could be interrupted"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        assert _check(data_dir) == 0
        # The store still opens and takes new writes after the crash.
        store = Store.open(data_dir)
        store.close()


@pytest.mark.slow
def test_a_finished_write_survives_a_kill_after_commit(tmp_path: Path) -> None:
    data_dir = tmp_path / "done"
    process = _start(data_dir)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "started"
    assert process.stdout.readline().strip() == "committed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert _check(data_dir) == COUNT


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.clock import SystemClock
    from app.importing import ImportService
    from app.services import Services
    from app.store import Store

    from app import import_reader

    services = Services.build(Store.open(Path(sys.argv[1])), SystemClock(), phone_region="US")
    bulk = sys.argv[3] == "bulk"
    if bulk:  # two reading processes and indexes set aside, as for a file of 16 MB or more
        import_reader.PARALLEL_THRESHOLD, import_reader.PART_SIZE = 0, 64 * 1024

    import multiprocessing

    def progress(done, _position):
        if done == 200:
            print("readers", *(p.pid for p in multiprocessing.active_children()), flush=True)
        print(f"batch {done}", flush=True)

    ImportService(services, batch_size=200, workers=bulk).import_files([Path(sys.argv[2])], progress=progress)
    print("finished", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["here", "bulk"])
def test_an_import_killed_half_way_keeps_whole_batches_only(tmp_path: Path, mode: str) -> None:
    """`bulk`: the large-file path, which sets indexes aside while it writes; after the kill they are
    missing until the store is opened again, which puts them back."""
    cards = tmp_path / "cards.vcf"
    with cards.open("w", encoding="utf-8", newline="") as out:
        for i in range(6000):
            out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:kill-{i}\r\nFN:Person {i}\r\nN:P{i};Person;;;\r\n"
                      f"EMAIL:p{i}@example.org\r\nTEL:+1 202 555 {i % 10000:04d}\r\nCATEGORIES:Crash\r\n"
                      "END:VCARD\r\n")
    data_dir = tmp_path / "data"
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(data_dir), str(cards), mode], cwd=PROJECT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    readers = [int(pid) for pid in process.stdout.readline().split()[1:]]
    assert len(readers) == (2 if mode == "bulk" else 0)
    line = process.stdout.readline()
    while line.startswith("batch") and int(line.split()[1]) < 1000:
        line = process.stdout.readline()
    assert line.startswith("batch"), process.stderr.read() if process.stderr else line
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    # Each count printed came after its batch committed; the kill may fall between a commit and its
    # line, so the store may hold one batch more than the last line says.
    deadline = time.monotonic() + 10  # the reading processes notice and stop, instead of waiting forever
    while any(_running(pid) for pid in readers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in readers)
    printed = [int(line.split()[1]), *(int(rest.split()[1]) for rest in process.stdout.read().splitlines()
                                       if rest.startswith("batch"))]

    raw = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = raw.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert 1000 <= contacts < 6000, contacts
        # Whole batches only: of 200 cards, but where a reading process's stretch of the file ends.
        assert contacts == printed[-1] or (contacts - printed[-1] <= 200 and (mode == "bulk" or contacts % 200 == 0))
        assert raw.execute("SELECT count(*) FROM contact_email").fetchone()[0] == contacts
        assert raw.execute("SELECT count(*) FROM tagging").fetchone()[0] == contacts
        assert raw.execute("SELECT count(*) FROM search_index WHERE kind = 'contact'").fetchone()[0] == contacts
        set_aside = raw.execute("SELECT count(*) FROM set_aside").fetchone()[0]
        # the indexes, the search index's and the lists' index's merging, and each counting trigger with its count
        assert set_aside == (len(bulk.DEFERRABLE_INDEXES) + len(bulk.FTS_TABLES) + 2 * len(bulk.DEFERRABLE_TRIGGERS)
                             if mode == "bulk" else 0)
    finally:
        raw.close()
    # Importing the file again completes it without duplicating what was already there.
    from app.clock import SystemClock
    from app.importing import ImportService
    from app.services import Services

    services = Services.build(Store.open(data_dir), SystemClock(), phone_region="US")
    db = services.store.database
    assert db.execute_sql("SELECT count(*) FROM set_aside").fetchone()[0] == 0
    indexes = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert indexes >= set(bulk.DEFERRABLE_INDEXES)
    triggers = {row[0] for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers >= {name for name, _ in bulk.DEFERRABLE_TRIGGERS}
    assert services.queries.live_counts()["contacts"] == contacts  # counted anew as the triggers came back
    report = ImportService(services).import_files([cards])
    assert (report.imported, report.unchanged) == (6000 - contacts, contacts)
    assert services.contacts.count() == 6000 == services.queries.live_counts()["contacts"]
    from tests.conftest import _list_index_drift

    assert _list_index_drift(services.store) is None  # what the killed import listed, and what the second did
