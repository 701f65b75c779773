"""Duplicate candidates over a 100,000-contact sample CRM made by `app.demo.fill`.

Run: .venv/bin/python tests/perf/bench_duplicates.py [--contacts N] [--keep DIR]
Prints `duplicates_<N/1000>k: X s` (the median of a few runs, page cache warm as in the app) and the
number of candidates found. The demo draws names from short lists, so it holds many same-name pairs;
it has no shared e-mails or phones, so --duplicates of its contacts get a copy of another one's
address (upper-cased) and number (written differently), as a second card of one person would.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app import demo, paths  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.duplicates import DuplicateService  # noqa: E402
from app.services import Services  # noqa: E402
from app.store import Store  # noqa: E402


def plant_duplicates(store: Store, count: int, seed: int = 5) -> None:
    db = store.database
    ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
    rng = random.Random(seed)
    with db.atomic():
        for source, target in zip(rng.sample(ids, count), rng.sample(ids, count), strict=True):
            if source == target:
                continue
            email, = db.execute_sql("SELECT value FROM contact_email WHERE contact_id = ? LIMIT 1",
                                    (source,)).fetchone()
            e164, = db.execute_sql("SELECT e164 FROM contact_phone WHERE contact_id = ? LIMIT 1",
                                   (source,)).fetchone()
            db.execute_sql("INSERT INTO contact_email (contact_id, position, value) VALUES (?, 9, ?)",
                           (target, email.upper()))
            db.execute_sql("INSERT INTO contact_phone (contact_id, position, value, e164) VALUES (?, 9, ?, ?)",
                           (target, f"{e164[:3]} {e164[3:6]} {e164[6:]}", e164))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duplicates", type=int, default=1_000, help="contacts given another's e-mail and phone")
    parser.add_argument("--keep", type=Path, help="reuse (or leave) the sample data folder here")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-duplicates-"))
    try:
        clock = FakeClock(datetime(2026, 3, 2, 9))
        fresh = not paths.database_path(work).exists()
        store = Store.open(work)
        if fresh:
            started = time.perf_counter()
            demo.fill(store, clock, contacts=args.contacts)
            print(f"demo_fill: {time.perf_counter() - started:.1f} s", flush=True)
            plant_duplicates(store, args.duplicates)
        service = DuplicateService(Services.build(store, clock))
        timings = []
        found = []
        for _ in range(args.runs):
            started = time.perf_counter()
            found = service.candidates()
            timings.append(time.perf_counter() - started)
        print(f"duplicates_{args.contacts // 1000}k: {statistics.median(timings):.2f} s"
              f" (min {min(timings):.2f}, max {max(timings):.2f})")
        print(f"duplicate_candidates: {len(found)}")
        for reason in ("same e-mail", "same phone", "similar name and same organisation", "same name and no org"):
            print(f"  with {reason!r}: {sum(any(r.startswith(reason) for r in c.reasons) for c in found)}")
        store.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
