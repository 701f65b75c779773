"""The desktop window over a 100,000-contact sample CRM (issue 4, point 11).

Run: .venv/bin/python tests/perf/bench_window.py [--contacts N] [--data DIR]
(`--data DIR`: a data folder holding such a sample already, e.g. one kept by bench_board.py; it is
copied, never changed). Prints `name: value unit` lines:
- window_start: from spawning a fresh Python process to the main window shown and its first
  event-loop turn done (offscreen), median of 5 starts; target <= 1.0 s
- search_keystroke_p95 / filter_keystroke_p95: a keystroke in the global search field and in the
  Contacts filter, to the list updated (the work after the typing pause), over 40 strings; target 50 ms
- sort_<column>: a click on a Contacts column header to the first page shown; target 200 ms
- window_rss: resident memory after all of the above; target 250 MB
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

STARTER = """
import sys, time
sys.path.insert(0, {project!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["rapport"])
from pathlib import Path
from app.services import Services
from app.store import Store
from ui.main_window import MainWindow
store = Store.open(Path({data!r}))
window = MainWindow(Services.build(store), QSettings({settings!r}, QSettings.Format.IniFormat))
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

WORDS = ["a", "smi", "smith", "john", "mar", "maria", "ivan", "Иван", "петр", "李", "wang", "müller", "garcia",
         "acme", "north", "berlin", "Москва", "上海", "lyon", "gmail", "company1", "+49", "555", "0143", "eng",
         "software", "health", "zo", "kowal", "dubois", "rossi", "john smith", "dav", "eliz", "jen", "zzzqqq",
         "xy", "anna", "lee", "chen"]


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}", flush=True)


def make_sample(folder: Path, contacts: int) -> None:
    from app import demo
    from app.clock import FakeClock
    from app.store import Store

    store = Store.open(folder)
    demo.fill(store, FakeClock(datetime(2026, 3, 2, 9, 0)), contacts=contacts)
    store.close()


def measure_start(data: Path, settings: Path, runs: int = 5) -> float:
    script = STARTER.format(project=str(PROJECT), data=str(data), settings=str(settings))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        assert "shown" in done.stdout, done.stderr
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--data", type=Path, help="a data folder with a sample CRM already (copied)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rapport-window-bench-"))
    try:
        data = work / "data"
        if args.data:
            data.mkdir()
            shutil.copy2(args.data / "rapport.sqlite3", data / "rapport.sqlite3")
        else:
            started = time.perf_counter()
            make_sample(data, args.contacts)
            report("make_sample", time.perf_counter() - started, "s")
        settings = work / "settings.ini"
        measure_start(data, settings, runs=1)  # the first start migrates an older sample; not counted
        report("window_start", measure_start(data, settings), "s")

        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        app = QApplication(["rapport"])
        from app.services import Services
        from app.store import Store
        from ui.main_window import CONTACTS, MainWindow

        store = Store.open(data)
        window = MainWindow(Services.build(store), QSettings(str(settings), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        search = []
        for word in WORDS:
            window.search_field.setText(word)
            started = time.perf_counter()
            window.run_search()  # what the typing pause's timer runs
            app.processEvents()
            search.append(time.perf_counter() - started)
        report("search_keystroke_p95", p95(search) * 1000, "ms")

        window.show_section(CONTACTS)
        view = window.contacts_view
        app.processEvents()
        filtering = []
        for word in WORDS:
            view.filter_field.setText(word)
            started = time.perf_counter()
            view.apply_filter()
            view.model.data(view.model.index(0, 0))
            app.processEvents()
            filtering.append(time.perf_counter() - started)
        report("filter_keystroke_p95", p95(filtering) * 1000, "ms")
        view.filter_field.setText("")
        view.apply_filter()

        header = view.table.horizontalHeader()
        from PySide6.QtCore import Qt

        for column, name in enumerate(view.model.headers):
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                started = time.perf_counter()
                header.setSortIndicator(column, order)  # what a click on the header does
                view.model.data(view.model.index(0, 0))
                app.processEvents()
                elapsed = time.perf_counter() - started
            report(f"sort_{str(name).lower()}", elapsed * 1000, "ms")
        report("window_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
        window.close()
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
