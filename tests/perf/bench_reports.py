"""The pipeline on a past day, what moved, and exchange rates, timed through the `rapport` command over the
100,000-contact demo (issue 18, points 4 and 5).

Run: .venv/bin/python tests/perf/bench_reports.py [--contacts 100000] [--years 25]

A CRM made by `rapport demo --contacts N` (its deals in several currencies, with their stage history), a
home currency, and an ECB history file generated deterministically in the ECB's format (every working day of
the years asked for, 30 currencies: about 190,000 rates for 25 years). Then, each a new process:
- rates_import: `rapport currency import` of the history, from spawn to exit;
- pipeline_as_of_<when>: `rapport pipeline as-of DAY --json`, the query as the command measures it
  (`seconds`) and the whole command, for a day a year ago and for today;
- pipeline_moves_quarter: `rapport pipeline moves` over the last 90 days, the same two figures;
- report_<name>: `rapport report won-lost` by owner, month and stage (with the home currency at each closing
  day's rate) and `rapport report activities` by kind and week, over the last year, the same two figures.
Target (the issue's, for reports): each query <= 0.5 s. Prints `name: value unit` lines and the machine's speed;
exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_mail import rapport, report  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402

TARGETS = {"pipeline_as_of_year_ago_seconds": 0.5, "pipeline_as_of_today_seconds": 0.5,
           "pipeline_moves_quarter_seconds": 0.5, "report_won_lost_by_owner_seconds": 0.5,
           "report_won_lost_by_month_seconds": 0.5, "report_won_lost_by_stage_seconds": 0.5,
           "report_activities_by_kind_seconds": 0.5, "report_activities_by_week_seconds": 0.5}
CURRENCIES = ("USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK", "TRY",
              "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD", "PHP", "SGD",
              "THB", "ZAR")


def ecb_history(path: Path, years: int, today: date) -> int:
    """A file as the ECB's eurofxref-hist.csv is written (newest day first), with rates that wander."""
    rng = random.Random(18)
    level = {code: rng.uniform(0.5, 1500.0) for code in CURRENCIES}
    lines, day, days = [], today, 0
    while day > today - timedelta(days=365 * years):
        if day.weekday() < 5:
            cells = []
            for code in CURRENCIES:
                level[code] *= 1 + rng.uniform(-0.004, 0.004)
                cells.append("N/A" if code == "ISK" and day.year in (2009, 2010) else f"{level[code]:.4f}")
            lines.append(",".join([day.isoformat(), *cells, ""]))
            days += 1
        day -= timedelta(days=1)
    path.write_text("Date," + ",".join(CURRENCIES) + ",\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return days


def timed(data: Path, *args: str) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    run = subprocess.run([*rapport_command(), "--data-dir", str(data), *args], capture_output=True, text=True,
                         env=user_environment(), check=True)
    return time.perf_counter() - started, json.loads(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=25)
    args = parser.parse_args()
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-reports-bench-"))
    try:
        data = work / "crm"
        started = time.perf_counter()
        rapport(data, "demo", "--contacts", str(args.contacts), "--seed", "18")
        report(f"demo_{args.contacts}", time.perf_counter() - started, "s")
        today = date.today()
        history = work / "eurofxref-hist.csv"
        days = ecb_history(history, args.years, today)
        rapport(data, "currency", "home", "EUR")
        started = time.perf_counter()
        rapport(data, "currency", "import", str(history))
        report(f"rates_import_{days * len(CURRENCIES)}", time.perf_counter() - started, "s")

        results: dict[str, float] = {}
        for name, day in (("year_ago", today - timedelta(days=365)), ("today", today)):
            took, past = timed(data, "pipeline", "as-of", day.isoformat(), "--json")
            report(f"pipeline_as_of_{name}_query", float(past["seconds"]), "s")  # type: ignore[arg-type]
            report(f"pipeline_as_of_{name}_command", took, "s")
            report(f"pipeline_as_of_{name}_open_deals", float(past["open_deals"]), "deals")  # type: ignore[arg-type]
            results[f"pipeline_as_of_{name}_seconds"] = float(past["seconds"])  # type: ignore[arg-type]
        took, moved = timed(data, "pipeline", "moves", (today - timedelta(days=90)).isoformat(), today.isoformat(),
                            "--json")
        report("pipeline_moves_quarter_query", float(moved["seconds"]), "s")  # type: ignore[arg-type]
        report("pipeline_moves_quarter_command", took, "s")
        report("pipeline_moves_quarter_moves", float(len(moved["moves"])), "moves")  # type: ignore[arg-type]
        results["pipeline_moves_quarter_seconds"] = float(moved["seconds"])  # type: ignore[arg-type]
        year_ago = (today - timedelta(days=365)).isoformat()
        for name, args_ in (("won_lost_by_owner", ("won-lost", "--by", "owner")),
                            ("won_lost_by_month", ("won-lost", "--by", "month")),
                            ("won_lost_by_stage", ("won-lost", "--by", "stage")),
                            ("activities_by_kind", ("activities", "--by", "kind")),
                            ("activities_by_week", ("activities", "--by", "week"))):
            took, found = timed(data, "report", *args_, "--from", year_ago, "--json")
            report(f"report_{name}_query", float(found["seconds"]), "s")  # type: ignore[arg-type]
            report(f"report_{name}_command", took, "s")
            results[f"report_{name}_seconds"] = float(found["seconds"])  # type: ignore[arg-type]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
