"""Foundation benchmarks over a 100,000-contact sample CRM made by `rapport demo`.

Run: .venv/bin/python tests/perf/bench_store.py [--contacts N] [--keep DIR]
Prints `name: value unit` lines. Targets (issue 2): search p95 <= 10 ms over 300 varied terms,
opening the database <= 100 ms, `demo --contacts 100000` <= 60 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app import paths  # noqa: E402
from app.search import SearchService  # noqa: E402
from app.store import Store  # noqa: E402


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}", flush=True)


def search_terms(store: Store, count: int = 300, seed: int = 11) -> list[str]:
    """Varied, deterministic terms drawn from the data: names whole and in prefixes, in three scripts,
    companies, e-mails, phone fragments, note words, two-word queries, case and accent variants, misses."""
    rng = random.Random(seed)
    db = store.database
    sample = lambda sql: [r[0] for r in db.execute_sql(sql + " ORDER BY id LIMIT 2000")]  # noqa: E731
    given = sample("SELECT given FROM contact WHERE given <> ''")
    family = sample("SELECT family FROM contact WHERE family <> ''")
    chinese = [name for name in sample("SELECT display_name FROM contact") if '\u4e00' <= name[0] <= '\u9fff']
    accounts = sample("SELECT name FROM account")
    emails = sample("SELECT value FROM contact_email")
    phones = sample("SELECT e164 FROM contact_phone WHERE e164 <> ''")
    words = ["pricing", "invoice", "quote", "demo", "contract", "budget", "скидку", "合同", "Onboarding", "renewal"]
    makers = [
        lambda: rng.choice(given),
        lambda: rng.choice(family),
        lambda: rng.choice(given)[: rng.randint(2, 4)],
        lambda: rng.choice(family)[: rng.randint(1, 3)],
        lambda: f"{rng.choice(given)} {rng.choice(family)[:3]}",
        lambda: rng.choice(family).upper(),
        lambda: rng.choice(family).lower().replace("ü", "u").replace("é", "e").replace("ё", "е"),
        lambda: (lambda n: "".join(rng.sample(n, 2)) if len(n) >= 2 else n)(rng.choice(chinese)),
        lambda: rng.choice(accounts).split()[0],
        lambda: rng.choice(emails).split("@")[0][:6],
        lambda: rng.choice(emails),
        lambda: rng.choice(phones)[-7:],
        lambda: rng.choice(phones)[:6],
        lambda: rng.choice(words),
        lambda: rng.choice(["zqxv", "nobody", "Ъъъ", "不存在"]),
    ]
    return [rng.choice(makers)() for _ in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse (or leave) the sample data folder here")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-"))
    try:
        if not paths.database_path(work).exists():
            started = time.perf_counter()
            subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(work), "demo",
                            "--contacts", str(args.contacts)], check=True, stdout=subprocess.DEVNULL)
            report(f"demo_{args.contacts}_contacts", time.perf_counter() - started, "s")

        opens = []
        for _ in range(7):
            started = time.perf_counter()
            store = Store.open(work)
            store.database.execute_sql("SELECT count(*) FROM contact WHERE id = 1").fetchone()
            opens.append((time.perf_counter() - started) * 1000)
            store.close()
        report("open_database_median", statistics.median(opens), "ms")
        report("open_database_max", max(opens), "ms")

        store = Store.open(work)
        search = SearchService(store.database)
        terms = search_terms(store)
        for term in terms[:20]:  # warm the page cache as a running app would have it
            search.search(term)
        timings, empty = [], 0
        for term in terms:
            started = time.perf_counter()
            hits = search.search(term)
            timings.append((time.perf_counter() - started) * 1000)
            empty += not hits
        timings.sort()
        report("search_terms", len(terms), "terms")
        report("search_terms_without_hits", empty, "terms")
        report("search_p50", timings[len(timings) // 2], "ms")
        report("search_p95", timings[int(len(timings) * 0.95) - 1], "ms")
        report("search_max", timings[-1], "ms")

        contacts = store.database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        store.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = paths.database_path(work).stat().st_size
        index_bytes = store.database.execute_sql(
            "SELECT sum(length(block)) FROM search_index_data").fetchone()[0]
        report("database_size", size / 1_048_576, "MB")
        report("bytes_per_contact", size // contacts, "bytes (whole database / contacts)")
        report("search_index_bytes_per_contact", index_bytes // contacts, "bytes")
        store.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
