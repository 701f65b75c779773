"""The dashboard through the `rapport` a user runs, typed into as a user types (issue 5's target: dashboard
shown ≤ 500 ms).

Run: .venv/bin/python tests/perf/bench_dashboard.py [--contacts 100000] [--keep DIR] [--runs 3]
(needs Xvfb and xdotool: `apt install xvfb xdotool`; the window runs on a virtual display of its own)

A sample made by `rapport demo --contacts N` (a fifth as many deals, twice as many activities). For "this
quarter" (the default) and "last 12 months" (the widest preset: the most activities counted), --runs
windows spawned on Contacts (tests/perf/typed.py), each asked for the Dashboard over its socket as
`rapport --show dashboard` asks — its queries run, tiles, charts and table painted — to the window's
answer, on this process's clock. In the last window, the period changed with the keys a user has:
Alt+O to the period, then Down through the presets (month, quarter, year, last 12 months) and Up back,
each timed by the window from the key to the dashboard read again and repainted (RAPPORT_KEY_TRACE).
Prints `name: value unit` lines, the machine's speed and a line a target; exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_start import report, sample  # noqa: E402
from tests.perf.machine import report_machine, report_targets  # noqa: E402
from tests.perf.typed import TypedWindow, bench_environment  # noqa: E402

PERIODS = (("quarter", "this_quarter"), ("last12", "last_12_months"))
TARGET_MS = 500.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the sample here")
    parser.add_argument("--runs", type=int, default=3, help="windows started for each period")
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    report_machine()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-dashboard-"))
    env, config = bench_environment()
    sample(folder, args.contacts, env)
    results: dict[str, float] = {}
    changed: list[float] = []
    for kind, name in PERIODS:
        shown: list[float] = []
        for run in range(args.runs):
            (config / "Rapport" / "Rapport.conf").write_text(f"[dashboard]\nperiod={kind}\n", encoding="utf-8")
            with TypedWindow(folder, env) as window:
                shown.append(window.ask("dashboard") * 1000)
                if kind == PERIODS[-1][0] and run == args.runs - 1:
                    window.press("alt+o")
                    changed += [window.press("Up") for _ in range(3)]  # last 12 months → month
                    changed += [window.press("Down") for _ in range(3)]
        report(f"dashboard_shown_{name}_median", statistics.median(shown), "ms")
        report(f"dashboard_shown_{name}_max", max(shown), "ms")
        results[f"dashboard_shown_{name}_median_ms"] = statistics.median(shown)
    report("period_changed_median", statistics.median(changed), "ms (a preset chosen with the keys, read, repainted)")
    report("period_changed_max", max(changed), "ms")
    results["period_changed_median_ms"] = statistics.median(changed)
    return report_targets("", results, dict.fromkeys(results, TARGET_MS))


if __name__ == "__main__":
    sys.exit(main())
