"""Benchmarks of the pipeline board over the issue's sample CRM (app.demo.fill): 100,000 contacts, which
makes 20,000 deals and 200,000 activities. Targets (issue 5): board shown ≤ 300 ms, moving a deal ≤ 50 ms.

Run: /tmp/venv/bin/python tests/perf/bench_board.py [--contacts N] [--keep DIR] [--runs N]
     (or RAPPORT_BENCH_CONTACTS=N for a smaller sample on a busy machine)
Prints `name: value unit` lines:
  board shown — PipelineBoard constructed (its one board query) and painted offscreen at 1280×768,
  first (cold) and median of --runs; board query alone; moving a deal — DealService.move_to_stage
  plus both columns updated and repainted, median and max over 20 moves.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import demo  # noqa: E402
from app.board import BoardQuery  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.services import Services  # noqa: E402
from app.store import Store  # noqa: E402
from ui.pipeline.board import PipelineBoard  # noqa: E402

CLOCK_START = datetime(2026, 3, 2, 9)


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.1f} {unit}", flush=True)


def board_shown(services: Services) -> tuple[float, PipelineBoard]:
    start = time.perf_counter()
    board = PipelineBoard(services)
    board.resize(1280, 768)
    board.show()
    board.grab()  # the first paint of every column, offscreen
    return (time.perf_counter() - start) * 1000, board


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=int(os.environ.get("RAPPORT_BENCH_CONTACTS", 100_000)))
    parser.add_argument("--keep", type=Path, help="reuse (or make and keep) the sample in this folder")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-board-"))
    store = Store.open(folder)
    clock = FakeClock(CLOCK_START)
    try:
        if store.database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0:
            start = time.perf_counter()
            demo.fill(store, clock, contacts=args.contacts)
            report("demo fill", time.perf_counter() - start, "s")
        services = Services.build(store, clock)
        report("deals", services.deals.count(), "rows")
        report("open deals", services.deals.count("open"), "rows")

        shown: list[float] = []
        board = None
        for _ in range(args.runs):
            if board is not None:
                board.close()
                board.deleteLater()
                app.processEvents()
            elapsed, board = board_shown(services)
            shown.append(elapsed)
        assert board is not None
        report("board shown (load + first paint) cold", shown[0], "ms")
        report("board shown (load + first paint) median", statistics.median(shown), "ms")

        query = BoardQuery(store.database, clock)
        pipeline = board.pipeline_uid
        loads = []
        for _ in range(args.runs):
            start = time.perf_counter()
            query.load(pipeline)
            loads.append((time.perf_counter() - start) * 1000)
        report("board query median", statistics.median(loads), "ms")

        moves = []
        columns = board.columns
        for step in range(20):
            source, target = (columns[1], columns[2]) if step % 2 == 0 else (columns[2], columns[1])
            uid = source.model.card(0).uid
            start = time.perf_counter()
            assert board.move_card(uid, target.model.stage_uid)
            source.view.viewport().repaint()
            target.view.viewport().repaint()
            moves.append((time.perf_counter() - start) * 1000)
        report("move a deal (service + columns repainted) median", statistics.median(moves), "ms")
        report("move a deal (service + columns repainted) max", max(moves), "ms")
        board.close()
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
