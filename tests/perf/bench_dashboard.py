"""Benchmark of the dashboard over the issue's sample CRM (app.demo.fill): 100,000 contacts, which makes
20,000 deals and 200,000 activities. Target (issue 5): dashboard shown ≤ 500 ms.

Run: /tmp/venv/bin/python tests/perf/bench_dashboard.py [--contacts N] [--keep DIR] [--runs N]
     (or RAPPORT_BENCH_CONTACTS=N for a smaller sample on a busy machine; --keep reuses a sample that
     tests/perf/bench_board.py --keep made, e.g. /tmp/rb100k)
Prints `name: value unit` lines:
  dashboard shown — DashboardView constructed (its queries) and painted offscreen at 1280×768, for
  "this quarter" (the default) and "last 12 months" (the widest preset: the most activities to count),
  first (cold) and median of --runs; and the queries alone (DashboardQuery.load), median.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.dashboard import DashboardQuery  # noqa: E402
from app.services import Services  # noqa: E402
from tests.perf.sample import report, sample_crm, shown_each_run  # noqa: E402
from ui.dashboard.view import DashboardView  # noqa: E402


def dashboard_shown(services: Services, settings: QSettings) -> tuple[float, DashboardView]:
    start = time.perf_counter()
    view = DashboardView(services, settings)
    view.resize(1280, 768)
    view.show()
    view.grab()  # the first paint of the tiles, charts and table, offscreen
    return (time.perf_counter() - start) * 1000, view


def main() -> None:
    QApplication.instance() or QApplication([])
    settings_dir = Path(tempfile.mkdtemp(prefix="rapport-bench-dashboard-settings-"))
    with sample_crm("dashboard") as sample:
        args, store, clock, services = sample.args, sample.store, sample.clock, sample.services
        report("deals", services.deals.count(), "rows")
        report("activities", services.activities.count(), "rows")

        query = DashboardQuery(store.database, clock)
        for kind, label in (("quarter", "this quarter"), ("last12", "last 12 months")):
            settings = QSettings(str(settings_dir / f"{kind}.ini"), QSettings.Format.IniFormat)
            settings.setValue("dashboard/period", kind)
            shown, view = shown_each_run(lambda settings=settings: dashboard_shown(services, settings), args.runs)
            assert view.data is not None and view.data.has_deals
            view.close()
            report(f"dashboard shown ({label}, queries + first paint) cold", shown[0], "ms")
            report(f"dashboard shown ({label}, queries + first paint) median", statistics.median(shown), "ms")
            loads = []
            period = query.period(kind)
            for _ in range(args.runs):
                start = time.perf_counter()
                query.load(period)
                loads.append((time.perf_counter() - start) * 1000)
            report(f"dashboard queries ({label}) median", statistics.median(loads), "ms")
    shutil.rmtree(settings_dir, ignore_errors=True)

if __name__ == "__main__":
    main()
