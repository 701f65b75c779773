"""Files on records, timed through the `rapport` command (issue 19, point 4).

Run: .venv/bin/python tests/perf/bench_files.py [--contacts 10000] [--large-mb 200] [--documents 500]

A CRM made by `rapport demo --contacts N`, and files generated deterministically: one large file (a recorded
call or a video; random bytes, so nothing compresses) and a folder of documents of 20 KB to 500 KB named
in English, Russian and Chinese. Then, each a new process as a user runs it, from spawn to exit, with the
peak resident size of the process:
- files_attach_large: the large file onto a contact, and its rate (the bytes are read twice: once for their
  digest before the write lock, once into the database);
- files_attach_same_again: the same bytes onto another record (kept once: only read for the digest);
- files_attach_documents: every document onto one account in one command (one undo step);
- files_save_large: the large file written back out (`rapport file save`), checked byte for byte;
- files_search_by_name: `rapport search` for a Chinese file name;
- files_backup: `rapport backup` of the database holding them, and its size.
Targets (the bench's own: the issue sets none): a large file never held in memory (peak <= 150 MB for any
size), attached at 20 s a GB or less (50 MB/s), saved at 10 s a GB or less. Prints `name: value unit` lines
and the machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app.paths import database_path  # noqa: E402
from tests.perf.bench_mail import measured, rapport, report  # noqa: E402
from tests.perf.machine import report_machine, report_targets  # noqa: E402

TARGETS = {"files_peak_mb_max": 150.0, "files_attach_seconds_per_gb": 20.0, "files_save_seconds_per_gb": 10.0}
NAMES = ("Offer {n}.pdf", "Договор поставки {n}.docx", "报价单 {n}.xlsx", "Site photo {n}.jpg", "Протокол {n}.pdf",
         "合同 {n}.pdf")


def write_random(path: Path, size: int, rng: random.Random) -> None:
    with open(path, "wb") as out:
        left = size
        while left:
            piece = min(left, 1 << 22)
            out.write(rng.randbytes(piece))
            left -= piece


def first_uids(data: Path, kind: str, count: int) -> list[str]:
    listed = json.loads(rapport(data, "list", kind, "--json", "--limit", str(count)).stdout)
    return [str(record["uid"]) for record in listed]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--large-mb", type=int, default=200)
    parser.add_argument("--documents", type=int, default=500)
    args = parser.parse_args()
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-files-bench-"))
    try:
        data = work / "crm"
        rapport(data, "demo", "--contacts", str(args.contacts), "--seed", "19")
        ann, bob = first_uids(data, "contact", 2)
        [account] = first_uids(data, "account", 1)
        rng = random.Random(19)
        large = work / "Call recording 2027-03-02.wav"
        size = args.large_mb * (1 << 20)
        write_random(large, size, rng)
        documents = work / "documents"
        documents.mkdir()
        for number in range(args.documents):
            write_random(documents / NAMES[number % len(NAMES)].format(n=number), rng.randint(20_000, 500_000), rng)
        document_bytes = sum(p.stat().st_size for p in documents.iterdir())

        peaks = []
        run = measured(data, "file", "attach", "contact", ann, str(large))
        peaks.append(float(run["peak_mb"]))  # type: ignore[arg-type]
        seconds = float(run["seconds"])  # type: ignore[arg-type]
        report(f"files_attach_large_{args.large_mb}mb", seconds, "s")
        attach_rate = args.large_mb / seconds
        report("files_attach_large_rate", attach_rate, "MB/s")
        report("files_attach_large_peak", peaks[-1], "MB")

        run = measured(data, "file", "attach", "contact", bob, str(large))
        peaks.append(float(run["peak_mb"]))  # type: ignore[arg-type]
        report("files_attach_same_again", float(run["seconds"]), "s")  # type: ignore[arg-type]

        run = measured(data, "file", "attach", "account", account, *sorted(str(p) for p in documents.iterdir()))
        peaks.append(float(run["peak_mb"]))  # type: ignore[arg-type]
        report(f"files_attach_documents_{args.documents}", float(run["seconds"]), "s")  # type: ignore[arg-type]
        report("files_attach_documents_mb", document_bytes / (1 << 20), "MB")
        report("files_attach_documents_peak", peaks[-1], "MB")

        out = work / "saved.wav"
        run = measured(data, "file", "save", "contact", ann, large.name, str(out))
        peaks.append(float(run["peak_mb"]))  # type: ignore[arg-type]
        seconds = float(run["seconds"])  # type: ignore[arg-type]
        save_rate = args.large_mb / seconds
        report("files_save_large", seconds, "s")
        report("files_save_large_rate", save_rate, "MB/s")
        report("files_save_large_peak", peaks[-1], "MB")
        if hashlib.sha256(out.read_bytes()).digest() != hashlib.sha256(large.read_bytes()).digest():
            raise RuntimeError("the file saved is not the file attached")

        run = measured(data, "search", "报价单", "--kind", "account", "--json")
        found = json.loads(str(run["out"]))
        if [hit["uid"] for hit in found] != [account]:
            raise RuntimeError(f"searching a file's name found {found}")
        report("files_search_by_name", float(run["seconds"]), "s")  # type: ignore[arg-type]

        backup = work / "backup.sqlite3"
        run = measured(data, "backup", str(backup))
        report("files_backup", float(run["seconds"]), "s")  # type: ignore[arg-type]
        report("files_backup_size", backup.stat().st_size / (1 << 20), "MB")
        report("files_database_size", database_path(data).stat().st_size / (1 << 20), "MB")
        results = {"files_peak_mb_max": max(peaks), "files_attach_seconds_per_gb": 1024 / attach_rate,
                   "files_save_seconds_per_gb": 1024 / save_rate}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
