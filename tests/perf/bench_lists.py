"""Benchmarks of the Contacts list over a 100,000-contact sample CRM made by app.demo.fill.

Run: /tmp/venv/bin/python tests/perf/bench_lists.py [--contacts N] [--keep DIR]
Prints `name: value unit` lines: the first page of the contacts model ready after construction,
model.sort by name and by company, and filter keystroke to count + first page (p95 over 50 strings).
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

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

from app import demo  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.contact_list import ContactListQuery  # noqa: E402
from app.store import Store  # noqa: E402
from ui.models.contacts_model import ContactsModel  # noqa: E402
from ui.models.record_list_model import PAGE_SIZE  # noqa: E402

FILTERS = [
    "a", "s", "и", "王", "smi", "smith", "john", "joh", "mar", "maria", "ivan", "Иван", "Ив", "петр", "Пётр",
    "李", "小明", "wang", "li", "müller", "garcia", "acme", "acme foods", "north", "berlin", "Москва", "上海",
    "lyon", "oslo", "gmail", "mail.example", "company12", "+49", "555", "0143", "eng", "software", "health",
    "zo", "zoë", "kowal", "dubois", "rossi", "john smith", "ana and", "dav", "eliz", "jen", "zzzqqq", "xy",
]


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.1f} {unit}", flush=True)


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse (or make and keep) the sample in this folder")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (models want an application)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-lists-"))
    store = Store.open(folder)
    try:
        if store.database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0:
            start = time.perf_counter()
            demo.fill(store, FakeClock(datetime(2026, 3, 2, 9)), contacts=args.contacts)
            report("demo fill", time.perf_counter() - start, "s")
        query = ContactListQuery(store.database)
        report("contacts", query.count(), "rows")

        models: list[ContactsModel] = []
        first = timed(lambda: models.append(ContactsModel(query)) or models[0].index(0, 0).data())
        report("first page ready after construction", first, "ms")
        model = models[0]
        deep = timed(lambda: model.index(PAGE_SIZE * 250, 0).data())
        report("first scroll past page 1 (reads the id order)", deep, "ms")
        for label, column, order in (
            ("sort by name descending", ContactsModel.NAME, Qt.SortOrder.DescendingOrder),
            ("sort by name ascending", ContactsModel.NAME, Qt.SortOrder.AscendingOrder),
            ("sort by company ascending", ContactsModel.COMPANY, Qt.SortOrder.AscendingOrder),
            ("sort by company descending", ContactsModel.COMPANY, Qt.SortOrder.DescendingOrder),
        ):
            report(label, timed(lambda c=column, o=order: (model.sort(c, o), model.index(0, 0).data())), "ms")
        model.sort(ContactsModel.NAME, Qt.SortOrder.AscendingOrder)

        times = []
        for text in FILTERS:
            times.append(timed(lambda t=text: (model.set_filter(t), model.index(0, 0).data())))
        times.sort()
        report("filter keystroke count+first page median", statistics.median(times), "ms")
        report("filter keystroke count+first page p95", times[int(len(times) * 0.95) - 1], "ms")
        report("filter keystroke count+first page max", times[-1], "ms")
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
