"""Import, re-import and export of generated vCard 3.0 files, through the installed `rapport` command.

Run: .venv/bin/python tests/perf/bench_import.py [--sizes 10000,100000,1000000] [--distinct 0.8]
Prints `name: value unit` lines, the rate at each size (a per-card cost that stays the same from size to
size), and the machine's speed. Targets (issues 3 and 16) at 100,000 cards: import <= 30 s with peak
memory <= 300 MB for all processes together; re-import of the same file <= 15 s; export <= 15 s.
The file is generated deterministically as a salesperson's Google or Outlook export looks: 80 % of the
cards name an organisation of their own, several e-mails and phones, addresses, notes, 5 % with a 5 KB
photo; Latin, Cyrillic and Chinese names.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app import demo_names as names  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, user_environment  # noqa: E402


def report(name: str, value: float | int, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}", flush=True)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def organisation(rng: random.Random, culture: str, i: int, distinct: float) -> str:
    """The card's ORG: with probability `distinct` a company of its own (as most cards in a salesperson's
    Google or Outlook export name their own organisation), else one of the few shared ones."""
    base = rng.choice(names.COMPANY_BASES[culture])
    if rng.random() >= distinct:
        return base
    sector, _industry = rng.choice(names.SECTORS[culture])
    form = rng.choice(names.COMPANY_FORM[culture])
    city = rng.choice(names.CITIES[culture])[0]
    if culture == "chinese":
        return f"{city}{base}{sector}{form}{i}"
    if culture == "cyrillic":
        return f"{form} «{base} {sector} {city} {i}»"
    return f"{base} {sector} {city} {i} {form}"


def domain(company: str) -> str:
    return "".join(c for c in company.lower().encode("ascii", "ignore").decode() if c.isalnum())[:24] or "co"


def generate(path: Path, cards: int, seed: int = 7, distinct: float = 0.8) -> None:
    rng = random.Random(seed)
    photo = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(5 * 1024))).decode()
    folded_photo = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(cards):
            culture = rng.choices(["latin", "cyrillic", "chinese"], weights=[60, 25, 15])[0]
            if culture == "chinese":
                family, fam_py = rng.choice(names.CHINESE_FAMILY)
                given, giv_py = rng.choice(names.CHINESE_GIVEN)
                display, local = f"{family}{given}", f"{giv_py}.{fam_py}"
            elif culture == "cyrillic":
                given, gender = rng.choice(names.CYRILLIC_GIVEN)
                family = rng.choice(names.CYRILLIC_FAMILY) + ("а" if gender == "f" else "")
                display, local = f"{given} {family}", names.transliterate(f"{given}.{family}")
            else:
                given, _ = rng.choice(names.LATIN_GIVEN)
                family = rng.choice(names.LATIN_FAMILY)
                display = f"{given} {family}"
                local = f"{given}.{family}".lower().encode("ascii", "ignore").decode().replace(" ", "")
            company = organisation(rng, culture, i, distinct)
            city, region, country = rng.choice(names.CITIES[culture])
            lines = [
                "BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{i:06d}", f"FN:{escape(display)}",
                f"N:{escape(family)};{escape(given)};;;", f"ORG:{escape(company)}",
                f"TITLE:{rng.choice(names.JOB_TITLES)}",
                f"EMAIL;TYPE=INTERNET,WORK:{local}{i}@{domain(company)}"
                f"{i % 97}.example",
                f"EMAIL;TYPE=INTERNET,HOME:{local}.{i}@mail.example",
                f"TEL;TYPE=CELL:+1 202 555 {i % 10000:04d}",
                f"TEL;TYPE=WORK,VOICE:+49 30 {1000000 + i}",
                f"ADR;TYPE=WORK:;;{escape(rng.choice(names.STREETS[culture]))} {i % 200};{escape(city)};"
                f"{region};{10000 + i % 89999};{country}",
                f"NOTE:{escape(rng.choice(names.NOTE_TEXTS))}",
                "CATEGORIES:Imported,Customer",
            ]
            if i % 20 == 0:
                lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{folded_photo}")
            lines.append("END:VCARD")
            out.write("\r\n".join(lines) + "\r\n")


class TreeRss:
    """The peak of the summed resident memory of a process and its descendants, sampled every 50 ms
    from /proc (Linux; elsewhere nothing is reported)."""

    def __init__(self, pid: int) -> None:
        self.peak_kb = 0
        self._pid = pid
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        if Path("/proc/self/status").exists():
            self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in _tree(self._pid)))


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):  # the process ended meanwhile
                pending.extend(int(child) for child in (task / "children").read_text().split())
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def timed(args: list[str], label: str) -> tuple[float, int, str]:
    """Run `rapport ARGS` as a user does; its seconds, the peak of all its processes' memory summed (KB),
    and its first line of output (or the end of its errors)."""
    started = time.perf_counter()
    process = subprocess.Popen([*rapport_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=user_environment())
    tree_peak = TreeRss(process.pid)
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    tree_peak.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{label} failed ({process.returncode}): {stderr[-2000:]}")
    return elapsed, tree_peak.peak_kb, (stdout.splitlines()[0] if stdout else stderr[-500:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000",
                        help="cards in each file, comma-separated (1000000 makes an 850 MB file)")
    parser.add_argument("--distinct", type=float, default=0.8,
                        help="the share of cards naming an organisation of their own (default 0.8)")
    args = parser.parse_args()
    report_machine()
    for cards in (int(n) for n in args.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix="rapport-import-bench-"))
        try:
            source = work / "cards.vcf"
            started = time.perf_counter()
            generate(source, cards, distinct=args.distinct)
            report(f"generate_file_{cards}", time.perf_counter() - started, "s")
            report(f"file_size_{cards}", source.stat().st_size / 1_048_576, "MB")
            data = ["--data-dir", str(work / "data")]
            elapsed, peak_kb, said = timed([*data, "import", str(source)], "import")
            report(f"import_{cards}_cards", elapsed, "s")
            report(f"import_{cards}_cards_per_second", cards / elapsed, "cards/s")
            if peak_kb:
                report(f"import_{cards}_peak_rss_all_processes", peak_kb / 1024, "MB")  # importer + readers
            print(said, flush=True)
            elapsed, peak_kb, said = timed([*data, "import", str(source)], "re-import")
            report(f"reimport_{cards}_cards", elapsed, "s")
            print(said, flush=True)
            target = work / "export.vcf"
            elapsed, peak_kb, _ = timed([*data, "export", "--format", "vcard3", "-o", str(target)], "export")
            report(f"export_{cards}_cards", elapsed, "s")
            if peak_kb:
                report(f"export_{cards}_peak_rss_all_processes", peak_kb / 1024, "MB")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
