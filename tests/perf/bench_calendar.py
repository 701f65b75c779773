"""Benchmark of the calendar's month view over the issue's sample CRM (app.demo.fill): 100,000 contacts,
which makes 200,000 activities (about 40,000 meetings over two years) and 10,000 tasks.
Target (issue 5): month view shown ≤ 200 ms.

Run: /tmp/venv/bin/python tests/perf/bench_calendar.py [--contacts N] [--keep DIR] [--runs N]
     (or RAPPORT_BENCH_CONTACTS=N for a smaller sample on a busy machine, as bench_board.py)
Prints `name: value unit` lines:
  month view shown — CalendarView constructed in the month view (its queries and recurrence expansion)
  and painted offscreen at 1280×768, first (cold) and median of --runs; the month's query alone;
  next month (Page Down: query + repaint), median.
A weekly series with an EXDATE and a moved instance is added to the sample, so expansion is measured too.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.activities import ActivityData  # noqa: E402
from app.calendar_view import CalendarQuery  # noqa: E402
from app.services import Services  # noqa: E402
from tests.perf.sample import report, sample_crm, shown_each_run  # noqa: E402
from ui.calendar.calendar_view import CalendarView  # noqa: E402


def add_series(services: Services) -> None:
    """A few repeating meetings, as a calendar import leaves them (zones, EXDATE, a moved instance)."""
    for number, zone in enumerate(("Europe/Berlin", "America/New_York", "UTC", "Asia/Shanghai")):
        start = datetime(2025, 1, 6, 8 + number)
        uid = services.activities.log(ActivityData(
            kind="meeting", subject=f"Weekly sync {number + 1}", occurred_at=start, ends_at=start + timedelta(hours=1),
            timezone=zone, rrules=("FREQ=WEEKLY;BYDAY=MO,WE",), exdates=(datetime(2026, 3, 4, 8 + number),))).value.uid
        services.activities.log(ActivityData(
            kind="meeting", subject=f"Weekly sync {number + 1} (moved)", occurred_at=datetime(2026, 3, 10, 15),
            ends_at=datetime(2026, 3, 10, 16), timezone=zone, recurrence_id=datetime(2026, 3, 9, 8 + number)),
            uid=f"{uid};RECURRENCE-ID={datetime(2026, 3, 9, 8 + number).isoformat()}")


def month_shown(services: Services, settings: QSettings) -> tuple[float, CalendarView]:
    start = time.perf_counter()
    view = CalendarView(services, settings, zone=UTC)
    view.resize(1280, 768)
    view.show()
    view.grab()  # the first paint, offscreen
    return (time.perf_counter() - start) * 1000, view


def main() -> None:
    QApplication.instance() or QApplication([])
    with sample_crm("calendar", after_fill=add_series) as sample:
        args, store, services = sample.args, sample.store, sample.services
        settings = QSettings(str(sample.folder / "bench-settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("calendar/mode", "month")
        meetings = store.database.execute_sql("SELECT count(*) FROM activity WHERE kind = 'meeting'").fetchone()[0]
        report("meetings", meetings, "rows")
        report("tasks", services.tasks.count(), "rows")

        shown, view = shown_each_run(lambda: month_shown(services, settings), args.runs)
        report("entries in the month shown", len(view.canvas.occurrences), "entries")
        report("month view shown (load + first paint) cold", shown[0], "ms")
        report("month view shown (load + first paint) median", statistics.median(shown), "ms")

        query = CalendarQuery(store.database, UTC)
        loads = []
        for _ in range(args.runs):
            start = time.perf_counter()
            query.occurrences(date(2026, 2, 23), date(2026, 4, 5))
            loads.append((time.perf_counter() - start) * 1000)
        report("month query median", statistics.median(loads), "ms")

        pages = []
        for step in range(args.runs * 2):
            start = time.perf_counter()
            view.step(1 if step % 2 == 0 else -1)
            view.canvas.repaint()
            pages.append((time.perf_counter() - start) * 1000)
        report("next/previous month (query + repaint) median", statistics.median(pages), "ms")
        view.close()

if __name__ == "__main__":
    main()
