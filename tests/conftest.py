"""Shared fixtures: a real SQLite store in a temp folder, a fake clock, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# Before anything imports Qt: no display here, and tests must never need one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths
from app.clock import FakeClock
from app.services import Services
from app.store import Store

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
    opened.close()


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
