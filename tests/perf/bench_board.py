"""The pipeline board through the `rapport` a user runs, typed into as a user types (issue 5's targets: board
shown ≤ 300 ms, a deal moved ≤ 50 ms).

Run: .venv/bin/python tests/perf/bench_board.py [--contacts 100000] [--keep DIR] [--runs 3] [--moves 20]
(needs Xvfb and xdotool: `apt install xvfb xdotool`; the window runs on a virtual display of its own)

A sample made by `rapport demo --contacts N` (a fifth as many deals; `--keep DIR` makes it once there), and
the windows run on a copy of it made for this run: the moves are written, and on the kept sample each run's
moves stayed in the deal in hand's stage history (311 changes after a few weeks of runs, against the demo's
3.4 a deal), making each run slower than the last. Then --runs times, a window spawned on Contacts
(tests/perf/typed.py), and in it:
- board shown: the Deals section asked over the window's socket as `rapport --show deals` asks — built,
  its board read and painted — to the window's answer, on this process's clock;
- a deal moved: the card in hand moved a stage on with Ctrl+Shift+Right and back with Ctrl+Shift+Left,
  --moves presses typed with xdotool, each timed by the window from the key to the move written on the
  write worker, the board repainted and, for a deal with nothing planned, the next-step sheet shown
  (RAPPORT_KEY_TRACE, ui/key_trace.py); Escape after each (it closes that sheet; the focus goes back to
  the card);
- a card to the next (Down): moving along a column, the deal's pane filled each time.
Prints `name: value unit` lines (medians over the windows and presses, and the slowest), the machine's
speed, and a line a target; exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app.backup import copy_database  # noqa: E402
from tests.perf.bench_start import report, sample  # noqa: E402
from tests.perf.machine import report_machine, report_targets  # noqa: E402
from tests.perf.typed import TypedWindow, bench_environment  # noqa: E402

TARGETS = {"board_shown_median_ms": 300.0, "deal_moved_median_ms": 50.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the sample here")
    parser.add_argument("--runs", type=int, default=3, help="windows started")
    parser.add_argument("--moves", type=int, default=20, help="deals moved in each window")
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    report_machine()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-board-"))
    env, _config = bench_environment()
    sample(folder, args.contacts, env)
    sample_folder, folder = folder, Path(tempfile.mkdtemp(prefix="rapport-bench-board-run-", dir=folder.parent))
    try:
        working_copy(sample_folder, folder)
        shown: list[float] = []
        moved: list[float] = []
        stepped: list[float] = []
        for _ in range(args.runs):
            with TypedWindow(folder, env) as window:
                shown.append(window.ask("deals") * 1000)
                for move in range(args.moves):
                    moved.append(window.press("ctrl+shift+Right" if move % 2 == 0 else "ctrl+shift+Left"))
                    window.press("Escape")
                stepped += [window.press("Down") for _ in range(10)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    report("board_shown_median", statistics.median(shown), "ms")
    report("board_shown_max", max(shown), "ms")
    report("deal_moved_median", statistics.median(moved), "ms (key to the move written and the board repainted)")
    report("deal_moved_max", max(moved), "ms")
    report("next_card_median", statistics.median(stepped), "ms (Down: the next card and its deal's pane)")
    return report_targets("", {"board_shown_median_ms": statistics.median(shown),
                               "deal_moved_median_ms": statistics.median(moved)}, TARGETS)


def working_copy(sample_folder: Path, copy: Path) -> None:
    """Into the empty folder `copy`: a consistent copy of the sample's database (SQLite's backup, so a WAL left
    beside the sample is read too) and, linked to the sample's file, today's backup: without one, each run's
    first window backed the database up while the keys were typed (a thread copying 300 MB beside the moves
    timed). `copy` is beside the sample, so that the link stays on one file system."""
    copy_database(sample_folder / "rapport.sqlite3", copy / "rapport.sqlite3")
    (copy / "backups").mkdir(mode=0o700)
    today = datetime.now(UTC).date()  # the daily backup's name (app/backup.py, by the store's UTC clock)
    os.link(sample_folder / "rapport.sqlite3", copy / "backups" / f"rapport-{today.isoformat()}.sqlite3")


if __name__ == "__main__":
    sys.exit(main())
