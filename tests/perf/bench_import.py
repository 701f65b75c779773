"""Import and export of a generated 100,000-card vCard 3.0 file.

Run: .venv/bin/python tests/perf/bench_import.py [--cards N]
Prints `name: value unit` lines. Targets (issue 3): import <= 30 s end to end with peak RSS
<= 300 MB; export <= 15 s. The file is generated deterministically: several e-mails and phones,
addresses, notes, 5 % of the cards with a 5 KB photo; Latin, Cyrillic and Chinese names.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import random
import resource
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


def report(name: str, value: float | int, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}", flush=True)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def generate(path: Path, cards: int, seed: int = 7) -> None:
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
            company = rng.choice(names.COMPANY_BASES[culture])
            city, region, country = rng.choice(names.CITIES[culture])
            lines = [
                "BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{i:06d}", f"FN:{escape(display)}",
                f"N:{escape(family)};{escape(given)};;;", f"ORG:{escape(company)}",
                f"TITLE:{rng.choice(names.JOB_TITLES)}",
                f"EMAIL;TYPE=INTERNET,WORK:{local}{i}@{company.lower().encode('ascii', 'ignore').decode() or 'co'}"
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rapport-import-bench-"))
    try:
        source = work / "cards.vcf"
        started = time.perf_counter()
        generate(source, args.cards)
        report("generate_file", time.perf_counter() - started, "s")
        report("file_size", source.stat().st_size / 1_048_576, "MB")

        python = sys.executable
        main_py = str(PROJECT / "main.py")
        data = work / "data"
        started = time.perf_counter()
        process = subprocess.Popen([python, main_py, "--data-dir", str(data), "import", str(source)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        tree_peak = TreeRss(process.pid)
        stdout, stderr = process.communicate()
        elapsed = time.perf_counter() - started
        tree_peak.stop()
        run = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        report(f"import_{args.cards}_cards", elapsed, "s")
        report("import_cards_per_second", args.cards / elapsed, "cards/s")
        report("import_peak_rss", peak_kb / 1024, "MB")  # the largest single process
        if tree_peak.peak_kb:
            report("import_peak_rss_all_processes", tree_peak.peak_kb / 1024, "MB")  # importer + readers, summed
        print(run.stdout.splitlines()[0] if run.stdout else run.stderr[-500:], flush=True)

        target = work / "export.vcf"
        started = time.perf_counter()
        subprocess.run([python, main_py, "--data-dir", str(data), "export", "--format", "vcard3", "-o", str(target)],
                       check=True, capture_output=True)
        report(f"export_{args.cards}_cards", time.perf_counter() - started, "s")
        report("export_peak_rss", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, "MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
