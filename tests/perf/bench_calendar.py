"""The calendar's month view through the `rapport` a user runs, typed into as a user types (issue 5's target:
month view shown ≤ 200 ms).

Run: .venv/bin/python tests/perf/bench_calendar.py [--contacts 100000] [--keep DIR] [--runs 3] [--pages 6]
(needs Xvfb and xdotool: `apt install xvfb xdotool`; the window runs on a virtual display of its own)

A sample made by `rapport demo --contacts N` (twice as many activities, a fifth of them meetings, and a tenth
as many tasks), and four weekly series imported into it from an iCalendar file by `rapport import`, as a
calendar program's export leaves them (four time zones, an EXDATE and a moved instance this week), so the
expansion of repeating meetings is timed too. The calendar opens in its month view. Then --runs times, a
window spawned on Contacts (tests/perf/typed.py), and in it:
- month view shown: the Calendar asked over the window's socket as `rapport --show calendar` asks — built,
  its six weeks read and painted — to the window's answer, on this process's clock;
- previous and next month: Page Up --pages times and Page Down as many (back into the months the demo
  fills, then forward again), typed with xdotool, each timed by the window from the key to the month read
  and repainted (RAPPORT_KEY_TRACE, ui/key_trace.py);
- the next day (Right): the selection moved a day (the six weeks read again).
Prints `name: value unit` lines, the machine's speed and a line a target; exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_start import report, sample  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets  # noqa: E402
from tests.perf.typed import TypedWindow, bench_environment  # noqa: E402

TARGETS = {"month_view_shown_median_ms": 200.0, "next_month_median_ms": 200.0}
ZONES = ("Europe/Berlin", "America/New_York", "UTC", "Asia/Shanghai")


def series_file(path: Path, today: date) -> None:
    """Four weekly series (Mondays and Wednesdays since January 2025), each with this week's Monday left out
    (EXDATE) and next Monday's instance moved to Tuesday afternoon (RECURRENCE-ID)."""
    monday = today - timedelta(days=today.weekday())
    skipped, moved = monday, monday + timedelta(days=7)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport benchmarks//EN"]
    for number, zone in enumerate(ZONES, start=1):
        hour = 7 + number
        uid = f"bench-weekly-{number}@rapport.example"
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
                  f"DTSTART;TZID={zone}:20250106T{hour:02d}0000", f"DTEND;TZID={zone}:20250106T{hour + 1:02d}0000",
                  "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", f"EXDATE;TZID={zone}:{skipped:%Y%m%d}T{hour:02d}0000",
                  f"SUMMARY:Weekly sync {number}", "END:VEVENT",
                  "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z",
                  f"RECURRENCE-ID;TZID={zone}:{moved:%Y%m%d}T{hour:02d}0000",
                  f"DTSTART;TZID={zone}:{moved + timedelta(days=1):%Y%m%d}T150000",
                  f"DTEND;TZID={zone}:{moved + timedelta(days=1):%Y%m%d}T160000",
                  f"SUMMARY:Weekly sync {number} (moved)", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the sample here")
    parser.add_argument("--runs", type=int, default=3, help="windows started")
    parser.add_argument("--pages", type=int, default=6, help="Page Down presses (and as many Page Up) a window")
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    report_machine()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-calendar-"))
    env, config = bench_environment("[calendar]\nmode=month\n")
    fresh = not (folder / "rapport.sqlite3").exists()
    sample(folder, args.contacts, env)
    if fresh:
        series = config / "weekly.ics"
        series_file(series, date.today())
        subprocess.run([*rapport_command(), "--data-dir", str(folder), "import", str(series)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
    shown: list[float] = []
    paged: list[float] = []
    days: list[float] = []
    for _ in range(args.runs):
        with TypedWindow(folder, env) as window:
            shown.append(window.ask("calendar") * 1000)
            # Back into the months the demo fills (its meetings end a month after today), then forward again.
            paged += [window.press("Prior") for _ in range(args.pages)]
            paged += [window.press("Next") for _ in range(args.pages)]
            days += [window.press("Right") for _ in range(5)]
    report("month_view_shown_median", statistics.median(shown), "ms")
    report("month_view_shown_max", max(shown), "ms")
    report("next_month_median", statistics.median(paged), "ms (Page Down or Up: the six weeks read and repainted)")
    report("next_month_max", max(paged), "ms")
    report("next_day_median", statistics.median(days), "ms (Right: the selection a day on)")
    return report_targets("", {"month_view_shown_median_ms": statistics.median(shown),
                               "next_month_median_ms": statistics.median(paged)}, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
