"""Shared fixtures: a real SQLite store in a temp folder, a fake clock, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

# Before anything imports Qt: no display here, and tests must never need one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths
from app.clock import FakeClock
from app.services import Services
from app.store import Store
from db import bulk, fts, list_order

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
CORPUS = SHARED / "corpus"
ARTIFACTS = PROJECT / "tests" / "artifacts"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, 0))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to the current schema once per run: each test's store starts as a copy of it
    (1 ms instead of the 24 ms the migrations take)."""
    folder = tmp_path_factory.mktemp("template")
    Store.open(folder).close()  # the last connection's close checkpoints the WAL into the file
    return paths.database_path(folder)


@pytest.fixture
def store(data_dir: Path, template_database: Path) -> Iterator[Store]:
    data_dir.mkdir(parents=True)
    shutil.copyfile(template_database, paths.database_path(data_dir))
    opened = Store.open(data_dir)
    yield opened
    drift = _live_count_drift(opened)
    unlisted = _list_index_drift(opened)
    opened.close()
    assert drift is None, f"live_count (schema 34) drifted from the rows, kept vs counted: {drift}"
    assert unlisted is None, f"the lists' index (schema 36) drifted from the records: {unlisted}"


def _live_count_drift(store: Store) -> dict[str, tuple[int, int]] | None:
    """Where the triggers' counts differ from the rows, after whatever the test wrote; None also where the
    test left no database to read (closed, replaced or damaged on purpose)."""
    try:
        database = store.database
        kept = dict(database.execute_sql("SELECT kind, live FROM live_count").fetchall())
        for table in bulk.counted_apart(database):  # an import's, stopped on purpose: counted when put back
            kept.pop(table, None)
        counted = {table: database.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
                   for table in kept}
    except Exception:  # a test that broke its database on purpose is not this check's concern
        return None
    return {table: (kept[table], counted[table]) for table in kept if kept[table] != counted[table]} or None


# Prefixes whose matches the lists' index and the search index must agree on, for each listed kind.
_PROBES = ('{name detail}: "a"*', '{name detail}: "e"*', '{name detail}: "и"*', '{name detail}: "1"*',
           '{name}: "m"*')


def _list_index_drift(store: Store) -> str | None:
    """What of the lists' index (db/list_order.py) disagrees with the records and the search index after what
    the test wrote — an entry for each contact and account the search index holds, under its record's name as it
    is now, and the same matches as the search index's; None where it agrees, or the test left no database."""
    try:
        database = store.database
        if not list_order.present(database):
            return None
        expected: set[tuple[int, int]] = set()
        for kind, (table, column) in list_order.LISTED.items():
            code = fts.KIND_CODES[kind]
            indexed = {row[0] // 8 for row in database.execute_sql(
                "SELECT rowid FROM search_index WHERE rowid % 8 = ?", (code,))}  # (a test may write rows bare)
            expected |= {(record * 8 + code, list_order.ordered_row_id(code, record, name or "")) for record, name
                         in database.execute_sql(f"SELECT id, {column} FROM {table} WHERE deleted_at IS NULL")
                         if record in indexed}
        entries = set(database.execute_sql(f"SELECT entry, ordered FROM {list_order.ENTRIES}").fetchall())
        listed = {row[0] for row in database.execute_sql(f"SELECT rowid FROM {list_order.TABLE}")}
        problems = []
        if entries != expected:
            problems.append(f"entries missing {sorted(expected - entries)[:5]},"
                            f" not wanted {sorted(entries - expected)[:5]}")
        if listed != {ordered for _entry, ordered in expected}:
            problems.append(f"{len(listed)} rows for {len(expected)} records")
        for probe in _PROBES:
            for kind in list_order.LISTED:
                code = fts.KIND_CODES[kind]
                searched = {row[0] // 8 for row in database.execute_sql(
                    "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ?", (probe, code))}
                found = {list_order.record_id(row[0]) for row in database.execute_sql(
                    f"SELECT rowid FROM {list_order.TABLE} WHERE {list_order.TABLE} MATCH ? AND rowid & 7 = ?",
                    (probe, code))}
                if searched != found:
                    problems.append(f"{kind} {probe}: search index {len(searched)}, lists' index {len(found)}")
    except Exception:  # a test that broke its database on purpose is not this check's concern
        return None
    return "; ".join(problems) or None


@pytest.fixture
def services(store: Store, clock: FakeClock) -> Services:
    return Services.build(store, clock, phone_region="US")


@pytest.fixture
def artifacts() -> Path:
    """Where tests write screenshots to look at (ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def benchmark_cards(path: Path, count: int) -> Path:
    """The vCard file tests/perf/bench_import.py generates, with `count` cards."""
    import sys

    sys.path.insert(0, str(PROJECT / "tests" / "perf"))
    try:
        import bench_import  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    bench_import.generate(path, count)
    return path


# --- the fault suite (`pytest -m faults`) -------------------------------------------------------------
# Modules marked `faults` feed hostile servers and files, dropped connections, full disks, damaged
# databases and kill -9 to the product. The summary at the end says how many cases and inputs they
# tried, how many failed and how long they took, whether the whole run or `-m faults` ran them.


@pytest.fixture
def fault_inputs(request: pytest.FixtureRequest) -> Callable[[int], None]:
    """Call with how many hostile inputs a fault case tried (a case that does not call it counts one)."""
    return lambda count: request.node.user_properties.append(("fault_inputs", count))


class _FaultTally:
    def __init__(self) -> None:
        self.cases = self.inputs = 0
        self.seconds = 0.0
        self.modules: set[str] = set()
        self.failed: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if "faults" not in report.keywords:
            return
        self.seconds += report.duration
        if report.failed:
            self.failed.add(report.nodeid)
        if report.when == "teardown":
            self.cases += 1
            self.modules.add(report.nodeid.split("::")[0])
            self.inputs += sum(int(v) for k, v in report.user_properties if k == "fault_inputs") or 1

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.cases:
            terminalreporter.write_sep("-", "fault suite")
            terminalreporter.write_line(
                f"fault suite: {self.cases} cases in {len(self.modules)} modules, {self.inputs} hostile inputs"
                f" tried, {len(self.failed)} failed, {self.seconds:.0f} s")


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(_FaultTally(), "fault-tally")
