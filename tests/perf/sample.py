"""What the window benchmarks share: the sample CRM they run over, and a widget shown once per run.

`sample_crm` opens the sample in `--keep DIR` (made there by app.demo.fill on first use, then reused
by every benchmark) or in a temporary folder removed afterwards; `--contacts` (or
RAPPORT_BENCH_CONTACTS) sizes a new sample, `--runs` how often each thing is measured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from app import demo
from app.clock import FakeClock
from app.services import Services
from app.store import Store

CLOCK_START = datetime(2026, 3, 2, 9)
W = TypeVar("W", bound=QWidget)


class Sample(NamedTuple):
    args: argparse.Namespace
    folder: Path
    store: Store
    clock: FakeClock
    services: Services


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.1f} {unit}", flush=True)


@contextmanager
def sample_crm(name: str, after_fill: Callable[[Services], Any] | None = None) -> Iterator[Sample]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=int(os.environ.get("RAPPORT_BENCH_CONTACTS", 100_000)))
    parser.add_argument("--keep", type=Path, help="reuse (or make and keep) the sample in this folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix=f"rapport-bench-{name}-"))
    store = Store.open(folder)
    clock = FakeClock(CLOCK_START)
    try:
        services = Services.build(store, clock)
        if store.database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0:
            start = time.perf_counter()
            demo.fill(store, clock, contacts=args.contacts)
            if after_fill is not None:
                after_fill(services)
            report("demo fill", time.perf_counter() - start, "s")
        yield Sample(args, folder, store, clock, services)
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def shown_each_run(show: Callable[[], tuple[float, W]], runs: int) -> tuple[list[float], W]:
    """Show a fresh widget `runs` times (closing the one before): each time in ms, and the last widget."""
    app = QApplication.instance()
    times: list[float] = []
    widget: W | None = None
    for _ in range(runs):
        if widget is not None:
            widget.close()
            widget.deleteLater()
            if app is not None:
                app.processEvents()
        elapsed, widget = show()
        times.append(elapsed)
    assert widget is not None
    return times, widget
