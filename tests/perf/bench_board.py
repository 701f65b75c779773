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

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.board import BoardQuery  # noqa: E402
from app.services import Services  # noqa: E402
from tests.perf.sample import report, sample_crm, shown_each_run  # noqa: E402
from ui.operations.operation import operations  # noqa: E402
from ui.pipeline.board import PipelineBoard  # noqa: E402


def board_shown(services: Services) -> tuple[float, PipelineBoard]:
    start = time.perf_counter()
    board = PipelineBoard(services)
    board.resize(1280, 768)
    board.show()
    board.grab()  # the first paint of every column, offscreen
    return (time.perf_counter() - start) * 1000, board


def main() -> None:
    QApplication.instance() or QApplication([])
    with sample_crm("board") as sample:
        args, store, clock, services = sample.args, sample.store, sample.clock, sample.services
        report("deals", services.deals.count(), "rows")
        report("open deals", services.deals.count("open"), "rows")

        shown, board = shown_each_run(lambda: board_shown(services), args.runs)
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
            while operations(services).pending:  # the move lands on the write worker; the board then shows it
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            source.view.viewport().repaint()
            target.view.viewport().repaint()
            moves.append((time.perf_counter() - start) * 1000)
        report("move a deal (write worker + columns repainted) median", statistics.median(moves), "ms")
        report("move a deal (write worker + columns repainted) max", max(moves), "ms")
        board.close()

if __name__ == "__main__":
    main()
