"""Duplicate candidates over a 100,000-contact CRM, through the `rapport` a user runs.

Run: .venv/bin/python tests/perf/bench_duplicates.py [--contacts N] [--keep DIR] [--runs 3] [--duplicates 1000]
(needs Xvfb and xdotool for the window's part: `apt install xvfb xdotool`)

A sample made by `rapport demo --contacts N`. The demo draws names from short lists, so it holds many
same-name pairs; it has no shared e-mails or phones, so --duplicates of its contacts get a copy of another
one's address (upper-cased) and number (written differently), as a second card of one person would (written
into the file before any timing). Then, each timed on this process's clock:
- `rapport duplicates --json`, spawn to exit (every pair found, printed), --runs times;
- the Duplicates section of a window spawned on Contacts (tests/perf/typed.py), opened with Ctrl+8 typed
  with xdotool, timed by the window from the key to its pairs found (off the UI thread) and listed
  (RAPPORT_KEY_TRACE, ui/key_trace.py), --runs windows.
Prints `name: value unit` lines (medians), the machine's speed, and the pairs found by reason.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app import paths  # noqa: E402
from app.store import Store  # noqa: E402
from tests.perf.bench_start import report, sample  # noqa: E402
from tests.perf.machine import rapport_command, report_machine  # noqa: E402
from tests.perf.typed import TypedWindow, bench_environment  # noqa: E402


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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duplicates", type=int, default=1_000, help="contacts given another's e-mail and phone")
    parser.add_argument("--keep", type=Path, help="reuse (or leave) the sample data folder here")
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    report_machine()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-duplicates-"))
    env, _config = bench_environment()
    try:
        if not paths.database_path(work).exists():
            sample(work, args.contacts, env)
            store = Store.open(work)
            plant_duplicates(store, args.duplicates)
            store.close()
        timings = []
        found: list[dict[str, object]] = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run([*rapport_command(), "--data-dir", str(work), "duplicates", "--json"], env=env,
                                  check=True, capture_output=True, text=True)
            timings.append(time.perf_counter() - started)
            found = json.loads(done.stdout)
        report(f"duplicates_command_{args.contacts // 1000}k", statistics.median(timings), "s (spawn to exit)")
        report("duplicates_command_max", max(timings), "s")
        shown = []
        for _ in range(args.runs):
            with TypedWindow(work, env) as window:
                shown.append(window.press("ctrl+8"))
        report("duplicates_section_shown", statistics.median(shown), "ms (Ctrl+8 to the pairs listed)")
        report("duplicate_candidates", len(found), "pairs")
        for reason in ("same e-mail", "same phone", "similar name and same organisation", "same name and no org"):
            with_reason = sum(any(str(r).startswith(reason) for r in pair["reasons"])  # type: ignore[attr-defined]
                              for pair in found)
            print(f"  with {reason!r}: {with_reason}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
