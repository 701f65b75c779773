"""The scaling table (issue 16, point 4): Rapport from 1,000 to 1,000,000 contacts, each figure taken through
the `rapport` a user runs, made by this one command.

Run: .venv/bin/python tests/perf/bench_scale.py [--sizes 1000,10000,100000,1000000] [--keep DIR] [--runs 3]
     [--sync-up-to 100000] [--table FILE]
(`--keep DIR`: the samples are made in DIR/<size>/ on first use and reused; a million contacts take 3 GB.)

Each size is a sample made by `rapport demo --contacts N` (deals and activities in the demo's proportions:
a fifth as many deals, twice as many activities). Then, each a new process as a user starts it:
- start: the window spawned until it answers on its single-instance socket (from its event loop: shown and
  idle); the first start of a day (its backup runs beside it), then the median of --runs further starts;
- in each of those windows, the views a user opens, asked over that socket as `rapport --show` asks them
  (the window answers once the view is shown and painted; the clock is this process's): the board, the
  calendar's month view and the dashboard, each the first time (built); the contacts list filtered by
  every prefix of 20 words, one a keystroke (the work after the typing pause), and the same in the Search
  section's field; the list sorted by each column, each way; the window's peak resident memory over it all;
- `rapport search WORD`, spawn to exit, 20 words;
- import: a generated vCard 3.0 file of N realistic cards (tests/perf/bench_import.py: 80 % with a company
  of their own, photos, several e-mails and phones, Latin, Cyrillic and Chinese names) into an empty folder;
  export: the sample's contacts as vCard 3.0; each with the peak memory of all its processes;
- a no-op sync (`rapport sync run`, the best of three) of the same size's office CRM in Radicale (contacts,
  deals, calls and notes, written into its storage; tests/perf/bench_office_sync.py), up to --sync-up-to
  contacts (10,000 by default: Radicale's file store reads and caches every item on its first listing,
  94 s here for the 10,000-contact office's 32,000 items, before its first pull can start);
- the database's size.
Prints `name: value unit` lines as it goes, the machine's speed first, then the table in Markdown.
"""

from __future__ import annotations

import argparse
import math
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_import import TreeRss, generate, timed  # noqa: E402
from tests.perf.bench_start import WORDS, report, sample, search_calls, window_answers  # noqa: E402
from tests.perf.machine import machine_speed, rapport_command, user_environment  # noqa: E402
from tests.perf.typed import ask_view  # noqa: E402
from ui.single_instance import ViewAsked  # noqa: E402

SORT_COLUMNS = ("name", "company", "email", "phone", "city", "updated")
START_WAIT = 120.0  # seconds a window may take to answer before the bench gives up


@dataclass
class Row:
    title: str
    unit: str
    target: str  # the target an issue set at 100,000 contacts
    digits: int = 2
    values: dict[int, float | None] = field(default_factory=dict)


ROWS: dict[str, Row] = {row.title: row for row in (
    Row("start, first of a day", "s", "≤ 1.0 (1.2 at 1M)"),
    Row("start", "s", "≤ 1.0 (1.2 at 1M)"),
    Row("search call, p95", "s", "≤ 0.15"),
    Row("search-field keystroke, p95", "ms", "≤ 50", 0),
    Row("list-filter keystroke, p95", "ms", "≤ 50", 0),
    Row("sort, slowest column", "ms", "≤ 200", 0),
    Row("board shown", "ms", "≤ 300", 0),
    Row("month view shown", "ms", "≤ 200", 0),
    Row("dashboard shown", "ms", "≤ 500", 0),
    Row("import rate", "cards/s", "≥ 3,333 (100,000 in 30 s)", 0),
    Row("import peak memory, all processes", "MB", "≤ 300", 0),
    Row("export rate", "cards/s", "≥ 6,667 (100,000 in 15 s)", 0),
    Row("export peak memory, all processes", "MB", "—", 0),
    Row("no-op sync", "s", "≤ 0.5"),
    Row("database size", "MB", "—", 0),
    Row("window peak memory", "MB", "≤ 250", 0),
)}


def record(title: str, size: int, value: float | None) -> None:
    ROWS[title].values[size] = value
    if value is not None:
        report(f"{title.replace(',', '').replace(' ', '_').replace('-', '_')}_{size}", value, ROWS[title].unit)


@dataclass
class WindowRun:
    start: float
    board: float
    month: float
    dashboard: float
    keystrokes: list[float]
    searches: list[float]
    sorts: list[float]
    peak_mb: float


def window_run(folder: Path, env: dict[str, str]) -> WindowRun:
    """One window: its start, then the views a user opens in it, each timed; then closed as a session ends."""
    started = time.perf_counter()
    process = subprocess.Popen([*rapport_command(), "--data-dir", str(folder)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    memory = TreeRss(process.pid)
    try:
        deadline = started + START_WAIT
        while not window_answers(folder, deadline):
            if process.poll() is not None:
                raise SystemExit(f"rapport ended before its window answered: {process.stderr.read().decode()}")
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window did not answer within {START_WAIT:.0f} s")
            time.sleep(0.005)
        start = time.perf_counter() - started
        board = ask_view(folder, ViewAsked("deals"))
        month = ask_view(folder, ViewAsked("calendar"))
        dashboard = ask_view(folder, ViewAsked("dashboard"))
        ask_view(folder, ViewAsked("contacts"))  # the list built: a keystroke's work is what follows
        keystrokes = [ask_view(folder, ViewAsked("contacts", word[:length]))
                      for word in WORDS for length in range(1, len(word) + 1)]
        ask_view(folder, ViewAsked("contacts", ""))
        searches = [ask_view(folder, ViewAsked("search", word[:length]))
                    for word in WORDS for length in range(1, len(word) + 1)]
        sorts = [ask_view(folder, ViewAsked("contacts", sort=sign + column))
                 for column in SORT_COLUMNS for sign in ("", "-")]
        return WindowRun(start, board, month, dashboard, keystrokes, searches, sorts, memory.peak_kb / 1024)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        memory.stop()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def measure_window(size: int, folder: Path, env: dict[str, str], runs: int) -> None:
    shutil.rmtree(folder / "backups", ignore_errors=True)  # the first start of a day makes one
    first = window_run(folder, env)
    later = [window_run(folder, env) for _ in range(runs)]
    every = [first, *later]
    record("start, first of a day", size, first.start)
    record("start", size, statistics.median(run.start for run in later))
    record("board shown", size, 1000 * statistics.median(run.board for run in every))
    record("month view shown", size, 1000 * statistics.median(run.month for run in every))
    record("dashboard shown", size, 1000 * statistics.median(run.dashboard for run in every))
    record("list-filter keystroke, p95", size, 1000 * p95([t for run in every for t in run.keystrokes]))
    record("search-field keystroke, p95", size, 1000 * p95([t for run in every for t in run.searches]))
    # Each column's median over the windows, each way; the slowest column is the row.
    per_column = [statistics.median(run.sorts[i] for run in every) for i in range(len(every[0].sorts))]
    record("sort, slowest column", size, 1000 * max(per_column))
    record("window peak memory", size, max(run.peak_mb for run in every))


def measure_import_export(size: int, folder: Path, work: Path) -> None:
    source = work / "cards.vcf"
    generate(source, size)
    elapsed, peak_kb, said = timed(["--data-dir", str(work / "imported"), "import", str(source)], "import")
    print(said, flush=True)
    record("import rate", size, size / elapsed)
    record("import peak memory, all processes", size, peak_kb / 1024 if peak_kb else None)
    source.unlink()
    shutil.rmtree(work / "imported", ignore_errors=True)
    target = work / "export.vcf"
    elapsed, peak_kb, _ = timed(["--data-dir", str(folder), "export", "--format", "vcard3", "-o", str(target)],
                                "export")
    record("export rate", size, size / elapsed)
    record("export peak memory, all processes", size, peak_kb / 1024 if peak_kb else None)
    target.unlink()


def measure_no_op_sync(size: int, work: Path) -> None:
    from tests.perf.bench_office_sync import Rapport, last_written_by_a_client, seed, server_time
    from tests.perf.bench_sync import USER, radicale

    seed(work / "radicale", size, size // 5, size * 2)
    try:
        with radicale(work / "radicale") as base:
            # Radicale reads and caches every item on its first listing: paid before anything is timed.
            collections = {f"/{USER}/{name}/": kind for name, kind in
                           (("contacts", "addressbook"), ("deals", "calendar"), ("journal", "calendar"))}
            report(f"radicale_warm_up_{size}", server_time(base, collections), "s")
            last_written_by_a_client(base, size, size // 5, size * 2)  # as an office's last change reached it
            laptop = Rapport(work / "laptop")
            laptop.call("sync", "add-account", base + "/", "--user", USER, "--password-stdin", "--insecure-http",
                        password=True)
            report(f"first_pull_{size}", laptop.call("sync", "run", "--password-stdin", password=True), "s")
            record("no-op sync", size, min(laptop.call("sync", "run", "--password-stdin", password=True)
                                           for _ in range(3)))
    finally:
        shutil.rmtree(work / "radicale", ignore_errors=True)
        shutil.rmtree(work / "laptop", ignore_errors=True)


def table(sizes: list[int], speed: float) -> str:
    def cell(row: Row, size: int) -> str:
        value = row.values.get(size)
        return "not run" if value is None else f"{value:,.{row.digits}f}"

    lines = [f"| contacts (deals, activities) | {' | '.join(f'{s:,} ({s // 5:,}, {2 * s:,})' for s in sizes)}"
             " | target at 100,000 |",
             "|---" * (len(sizes) + 2) + "|"]
    for row in ROWS.values():
        lines.append(f"| {row.title}, {row.unit} | {' | '.join(cell(row, s) for s in sizes)} | {row.target} |")
    lines.append(f"\nmachine_speed {speed:.1f} Mloops/s (tests/perf/machine.py; higher is faster)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="contacts, comma-separated")
    parser.add_argument("--keep", type=Path, help="make (or reuse) the samples in DIR/<size>/")
    parser.add_argument("--runs", type=int, default=3, help="window starts after the first of a day")
    parser.add_argument("--sync-up-to", type=int, default=10_000, help="the largest office synced")
    parser.add_argument("--table", type=Path, help="also write the Markdown table to this file")
    parser.add_argument("--only", help="only these steps, comma-separated: window, search, import (and export),"
                                       " sync; the table shows the others as not run")
    args = parser.parse_args()
    QCoreApplication([])  # for the local sockets
    speed = machine_speed()
    report("machine_speed", speed, "Mloops/s (a fixed pure-Python loop; higher is faster)")
    root = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-scale-"))
    config = Path(tempfile.mkdtemp(prefix="rapport-bench-config-"))
    (config / "Rapport").mkdir()
    (config / "Rapport" / "Rapport.conf").write_text("[calendar]\nmode=month\n", encoding="utf-8")
    env = user_environment(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
                           PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("RAPPORT_DATA_DIR", None)
    sizes = [int(s) for s in args.sizes.split(",")]
    steps: list[tuple[str, Callable[[int, Path, Path], None]]] = [
        ("window", lambda size, folder, _work: measure_window(size, folder, env, args.runs)),
        ("search", lambda size, folder, _work: record("search call, p95", size, p95(search_calls(folder, env)))),
        ("import", lambda size, folder, work: measure_import_export(size, folder, work)),
        ("sync", lambda size, _folder, work: measure_no_op_sync(size, work)
         if size <= args.sync_up_to else None),
    ]
    try:
        for size in sizes:
            folder = root / str(size)
            sample(folder, size, env)
            record("database size", size, (folder / "rapport.sqlite3").stat().st_size / 1_048_576)
            work = Path(tempfile.mkdtemp(prefix=f"rapport-bench-scale-{size}-"))
            try:
                for name, step in steps:
                    if args.only and name not in args.only.split(","):
                        continue
                    started = time.perf_counter()
                    step(size, folder, work)
                    report(f"step_{name.replace(' ', '_').replace('-', '_')}_{size}", time.perf_counter() - started,
                           "s (the bench's own time for it)")
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        shutil.rmtree(config, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    made = table(sizes, speed)
    print("\n" + made, flush=True)
    if args.table:
        args.table.write_text(made + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
