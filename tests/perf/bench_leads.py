"""Leads timed through the `rapport` command over the 100,000-contact demo (issue 18, points 2, 5 and 7): its
10,000 leads, and a web form's export of 10,000 more generated deterministically (Latin, Cyrillic and Chinese
names, companies with their legal forms, e-mails, phones, sources, a message each, a few rows refused).

Run: .venv/bin/python tests/perf/bench_leads.py [--contacts 100000] [--rows 10000]

Each a new process, from spawn to exit:
- lead_import_<rows>: `rapport lead import` of the export (one step of the history), and its rate;
- lead_reimport_<rows>: the same file again, as a nightly script does: every row passed over, none made;
- report_leads_by_<source|month>: `rapport report leads` over the last year, the query as the command measures
  it (`seconds`) and the whole command;
- lead_qualify: `rapport lead qualify` of a lead whose company is an account already (found among them);
- lead_list_by_source: `rapport list lead --where source=…`.
Targets: each report's query <= 0.5 s (the issue's, for reports). Prints `name: value unit` lines and the
machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
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

from app import demo_names as names  # noqa: E402
from tests.perf.bench_mail import rapport, report  # noqa: E402
from tests.perf.bench_reports import timed  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402

TARGETS = {"report_leads_by_source_seconds": 0.5, "report_leads_by_month_seconds": 0.5}
SOURCES = ("Web form", "Webinar", "Trade fair", "Referral", "Newsletter", "Выставка", "官网")


def form_export(path: Path, rows: int) -> None:
    """A web form's CSV as its plugin writes it: a header, then a row an enquiry (some without a name, a few
    with an address no one could write to)."""
    rng = random.Random(26)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Submitted", "First name", "Last name", "Company", "E-mail", "Phone", "Source", "Budget",
                      "Message"])
        for n in range(rows):
            culture = rng.choices(["latin", "cyrillic", "chinese"], weights=[60, 25, 15])[0]
            if culture == "chinese":
                family, _ = rng.choice(names.CHINESE_FAMILY)
                given, given_py = rng.choice(names.CHINESE_GIVEN)
                first, last, local = given, family, f"{given_py}{n}"
            elif culture == "cyrillic":
                first, _ = rng.choice(names.CYRILLIC_GIVEN)
                last, local = rng.choice(names.CYRILLIC_FAMILY), f"client{n}"
            else:
                first, _ = rng.choice(names.LATIN_GIVEN)
                last = rng.choice(names.LATIN_FAMILY)
                local = f"{first}.{last}{n}".lower().replace(" ", "").encode("ascii", "ignore").decode()
            base = rng.choice(names.COMPANY_BASES[culture])
            form = rng.choice(names.COMPANY_FORM[culture])
            company = f"{base}{form}" if culture == "chinese" else f"{base} {n % 997} {form}"
            email = f"{local}@mail{n % 50}.example.org" if rng.random() > 0.01 else "not an address"
            submitted = date(2026, 1, 1) + timedelta(days=rng.randint(0, 330))
            out.writerow([submitted.isoformat(), first, last, company, email, f"+49 30 {rng.randint(1000000, 9999999)}",
                          rng.choice(SOURCES), str(rng.choice((0, 5000, 20000))), "Please call me about prices"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-leads-bench-"))
    results: dict[str, float] = {}
    try:
        data = work / "crm"
        started = time.perf_counter()
        rapport(data, "demo", "--contacts", str(args.contacts), "--seed", "18")
        report(f"demo_{args.contacts}", time.perf_counter() - started, "s")
        export = work / "form.csv"
        form_export(export, args.rows)
        for name in ("import", "reimport"):
            started = time.perf_counter()
            run = subprocess.run([*rapport_command(), "--data-dir", str(data), "lead", "import", str(export), "--json"],
                                 capture_output=True, text=True, env=user_environment())
            took = time.perf_counter() - started
            assert run.returncode in (0, 1), run.stderr  # 1: the rows with no address were refused, named
            found = json.loads(run.stdout)
            report(f"lead_{name}_{args.rows}", took, "s")
            report(f"lead_{name}_{args.rows}_made", float(len(found["made"])), "leads")
            report(f"lead_{name}_{args.rows}_passed_over", float(len(found["known"])), "rows")
            report(f"lead_{name}_{args.rows}_refused", float(len(found["refused"])), "rows")
            report(f"lead_{name}_{args.rows}_rate", args.rows / took, "rows/s")
        year_ago = (date.today() - timedelta(days=365)).isoformat()
        for by in ("source", "month"):
            took, found = timed(data, "report", "leads", "--by", by, "--from", year_ago, "--json")
            report(f"report_leads_by_{by}_query", float(found["seconds"]), "s")  # type: ignore[arg-type]
            report(f"report_leads_by_{by}_command", took, "s")
            results[f"report_leads_by_{by}_seconds"] = float(found["seconds"])  # type: ignore[arg-type]
        listed = rapport(data, "list", "lead", "--where", "source=Webinar", "--limit", "1").stdout.split("\t")[0]
        account = rapport(data, "list", "account", "--limit", "1", "--json").stdout
        company = json.loads(account)[0]["name"]
        rapport(data, "update", "lead", listed, "--company", company)
        started = time.perf_counter()
        done = json.loads(rapport(data, "lead", "qualify", listed, "--json").stdout)
        report("lead_qualify", time.perf_counter() - started, "s")
        report("lead_qualify_took_the_account_there_was", float("account" not in done["made"]), "yes")
        started = time.perf_counter()
        found_lines = rapport(data, "list", "lead", "--where", "source=Web form", "--limit", "1000000").stdout
        report("lead_list_by_source", time.perf_counter() - started, "s")
        report("lead_list_by_source_found", float(len(found_lines.splitlines())), "leads")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
