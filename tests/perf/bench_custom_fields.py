"""Custom fields as list columns and segments over the 100,000-contact demo (issue 18, points 1 and 3): sorted and
filtered in SQL, timed as the list and the `rapport` command run them.

Run: .venv/bin/python tests/perf/bench_custom_fields.py [--contacts 100000]

A CRM made by `rapport demo --contacts N`, five fields added with `rapport field add` (money, choice, checkbox,
date, a link to a contact), and a value in each for every contact, made deterministically (written straight
into the table: the values are the data, not what is measured). Then:
- list_sort_<field>: the contacts list of a window (tests/perf/typed.py) sorted by the field, each way, asked
  over its socket as `rapport --show contacts --sort custom:KEY` asks, to the first page painted (median);
- segment_<condition>: a segment of that condition saved, then `rapport segment show contacts NAME --json`,
  spawn to exit, every member printed;
- segment_show: the same for a segment of two conditions; segment_tag: `rapport segment tag` of a segment of
  about 1,000 contacts (one undo step), spawn to exit.
Target: each <= 0.5 s (the reports' target; a keystroke's filter is the search index's, not these).
Needs Xvfb and xdotool for the window (`apt install xvfb xdotool`).
Prints `name: value unit` lines and the machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_mail import rapport, report  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402
from tests.perf.typed import TypedWindow  # noqa: E402

FIELDS = (("budget", "Budget", "money", ()), ("tier", "Tier", "choice", ("Gold", "Silver", "Bronze")),
          ("vip", "VIP", "checkbox", ()), ("since", "Customer since", "date", ()),
          ("referrer", "Referred by", "contact", ()))
CURRENCIES = ("EUR", "USD", "RUB", "CNY")


def fill(database: Path, seed: int) -> int:
    """A value in every field for every contact (a few left empty, as people leave them)."""
    rng = random.Random(seed)
    db = sqlite3.connect(database)
    try:
        fields = dict(db.execute("SELECT key, id FROM custom_field WHERE record_kind = 'contact'").fetchall())
        contacts = db.execute("SELECT id, uid FROM contact WHERE deleted_at IS NULL ORDER BY id").fetchall()
        uids = [uid for _, uid in contacts]
        rows = []
        for contact_id, _uid in contacts:
            if rng.random() < 0.9:
                rows.append((fields["budget"], contact_id, f"{rng.randint(100, 500_000)}.{rng.randint(0, 99):02d}"
                                                            f" {rng.choice(CURRENCIES)}"))
            rows.append((fields["tier"], contact_id, rng.choice(("Gold", "Silver", "Bronze"))))
            rows.append((fields["vip"], contact_id, "yes" if rng.random() < 0.1 else "no"))
            day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 4000))
            rows.append((fields["since"], contact_id, day.isoformat()))
            if rng.random() < 0.3:
                rows.append((fields["referrer"], contact_id, rng.choice(uids)))
        db.executemany("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)", rows)
        db.commit()
        return len(rows)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    report_machine()
    env = user_environment(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                           XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="rapport-bench-config-"))
    work = Path(tempfile.mkdtemp(prefix="rapport-fields-bench-"))
    try:
        data = work / "crm"
        started = time.perf_counter()
        rapport(data, "demo", "--contacts", str(args.contacts), "--seed", "18")
        report(f"demo_{args.contacts}", time.perf_counter() - started, "s")
        for key, label, kind, choices in FIELDS:
            rapport(data, "field", "add", "contact", key, label, "--type", kind,
                    *(part for choice in choices for part in ("--choice", choice)))
        report("values", float(fill(data / "rapport.sqlite3", 18)), "values")

        results: dict[str, float] = {}
        with TypedWindow(data, env) as window:
            window.ask("contacts", "")  # the list built: a sort's work is what follows
            for key in ("budget", "tier", "since", "referrer"):
                took = [window.ask("contacts", sort=sign + f"custom:{key}") for sign in ("", "-", "", "-")]
                report(f"list_sort_{key}", statistics.median(took), "s (asked to the first page painted)")
                results[f"list_sort_{key}"] = statistics.median(took)
        for name, conditions in (("budget_more_100000", [("budget", "more", "100000")]),
                                 ("tier_is_gold_and_vip", [("tier", "is", "Gold"), ("vip", "is", "yes")]),
                                 ("since_less_2016", [("since", "less", "2016-01-01")]),
                                 ("referrer_filled", [("referrer", "filled", "")])):
            wheres = [part for field, operator, value in conditions
                      for part in ("--where", field, operator, value)]  # ("" for filled)
            rapport(data, "segment", "save", "contacts", name, *wheres)
            started = time.perf_counter()
            listed = subprocess.run([*rapport_command(), "--data-dir", str(data), "segment", "show", "contacts", name,
                                     "--json"], capture_output=True, text=True, env=env, check=True)
            took = time.perf_counter() - started
            report(f"segment_{name}", took, "s (spawn to exit, every member printed)")
            report(f"segment_{name}_members", float(listed.stdout.count('"uid"')), "contacts")
            results[f"segment_{name}"] = took

        rapport(data, "segment", "save", "contacts", "Gold VIPs", "--where", "tier", "is", "Gold", "--where", "vip",
                "is", "yes")
        started = time.perf_counter()
        shown = subprocess.run([*rapport_command(), "--data-dir", str(data), "segment", "show", "contacts",
                                "Gold VIPs", "--json"], capture_output=True, text=True, env=env,
                               check=True)
        report("segment_show_command", time.perf_counter() - started, "s")
        report("segment_show_members", float(shown.stdout.count('"uid"')), "contacts")
        rapport(data, "segment", "save", "contacts", "Few", "--where", "budget", "more", "495000")
        started = time.perf_counter()
        tagged = subprocess.run([*rapport_command(), "--data-dir", str(data), "segment", "tag", "contacts", "Few",
                                 "Priority"], capture_output=True, text=True, env=env, check=True)
        report("segment_tag_command", time.perf_counter() - started, "s")
        report("segment_tag_tagged", float(tagged.stdout.split()[1]), "contacts")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, {name: 0.5 for name in results})


if __name__ == "__main__":
    sys.exit(main())
