"""Custom fields as list columns and segments over the 100,000-contact demo (issue 18, points 1 and 3): sorted and
filtered in SQL, timed as the list and the `rapport` command run them.

Run: .venv/bin/python tests/perf/bench_custom_fields.py [--contacts 100000]

A CRM made by `rapport demo --contacts N`, five fields added with `rapport field add` (money, choice, checkbox,
date, a link to a contact), and a value in each for every contact, made deterministically (written straight
into the table: the values are the data, not what is measured). Then:
- list_sort_<field>: the contacts list's first page sorted by the field, and its whole order (what scrolling
  reads), as the list's query runs them (ui/models/record_list_model.py);
- list_filter_<condition>: the count and first page under a condition on the field;
- segment_show: `rapport segment show contacts NAME --json` for a segment of two conditions, spawn to exit;
- segment_tag: `rapport segment tag` of a segment of about 1,000 contacts (one undo step), spawn to exit.
Target: each list query <= 0.5 s (the reports' target; a keystroke's filter is the search index's, not these).
Prints `name: value unit` lines and the machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
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
    report_machine()
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

        from app.clock import SystemClock
        from app.services import Services
        from app.store import Store

        store = Store.open(data)
        services = Services.build(store, SystemClock())
        results: dict[str, float] = {}
        try:
            query = services.queries.contact_list()
            definitions = services.custom_fields.definitions("contact")
            ids = query.field_ids([d.key for d in definitions])
            query.set_custom([(ids[d.key], d.key, d.field_type) for d in definitions])
            for key in ("budget", "tier", "since", "referrer"):
                started = time.perf_counter()
                query.page(0, 200, f"custom:{key}")
                first = time.perf_counter() - started
                started = time.perf_counter()
                order = query.ids(f"custom:{key}")
                whole = time.perf_counter() - started
                report(f"list_sort_{key}_first_page", first, "s")
                report(f"list_sort_{key}_whole_order", whole, "s")
                report(f"list_sort_{key}_rows", float(len(order)), "rows")
                results[f"list_sort_{key}_first_page"] = first
            for name, conditions in (("budget_more_100000", [("custom:budget", "more", "100000")]),
                                     ("tier_is_gold_and_vip", [("custom:tier", "is", "Gold"),
                                                               ("custom:vip", "is", "yes")]),
                                     ("since_less_2016", [("custom:since", "less", "2016-01-01")]),
                                     ("referrer_filled", [("custom:referrer", "filled", "")])):
                query.set_conditions(conditions)
                started = time.perf_counter()
                count = query.count()
                query.page(0, 200)
                took = time.perf_counter() - started
                report(f"list_filter_{name}", took, "s")
                report(f"list_filter_{name}_rows", float(count), "rows")
                results[f"list_filter_{name}"] = took
            query.set_conditions([])
        finally:
            store.close()

        rapport(data, "segment", "save", "contacts", "Gold VIPs", "--where", "tier", "is", "Gold", "--where", "vip",
                "is", "yes")
        started = time.perf_counter()
        shown = subprocess.run([*rapport_command(), "--data-dir", str(data), "segment", "show", "contacts",
                                "Gold VIPs", "--json"], capture_output=True, text=True, env=user_environment(),
                               check=True)
        report("segment_show_command", time.perf_counter() - started, "s")
        report("segment_show_members", float(shown.stdout.count('"uid"')), "contacts")
        rapport(data, "segment", "save", "contacts", "Few", "--where", "budget", "more", "495000")
        started = time.perf_counter()
        tagged = subprocess.run([*rapport_command(), "--data-dir", str(data), "segment", "tag", "contacts", "Few",
                                 "Priority"], capture_output=True, text=True, env=user_environment(), check=True)
        report("segment_tag_command", time.perf_counter() - started, "s")
        report("segment_tag_tagged", float(tagged.stdout.split()[1]), "contacts")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, {name: 0.5 for name in results})


if __name__ == "__main__":
    sys.exit(main())
