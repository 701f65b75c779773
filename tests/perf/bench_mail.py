"""E-mail from a large mbox onto a large CRM, timed through the `rapport` command (issue 19, point 6).

Run: .venv/bin/python tests/perf/bench_mail.py [--contacts 100000] [--messages 100000] [--keep DIR]

A CRM made by `rapport demo --contacts N` (Latin, Cyrillic and Chinese names, several e-mails each), and an
mbox generated deterministically beside it: about a third of the messages from or to a contact of the demo
(found by `rapport list contact --json`), the rest to and from people the CRM does not know; subjects and
bodies in English, Russian and Chinese, some HTML, some KOI8-R and GB2312, one in ten with an attachment,
so that the file averages about 10 KB a message (1 GB at 100,000). Then, each a new process as a user
runs it:
- mail_import_<messages>: `rapport mail import FILE` from spawn to exit, and its rate;
- mail_reimport_<messages>: the same again (everything already here);
- peak_memory: the largest resident size of the processes (`ru_maxrss` of the children).
Targets: 100,000 messages <= 60 s, peak memory <= 300 MB. Prints `name: value unit` lines and the
machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import email.message
import email.utils
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402

TARGETS = {"mail_import_seconds_per_100000": 60.0, "peak_memory_mb": 300.0}
SUBJECTS = ["Quote for the {n} units", "Re: delivery in week {n}", "Invoice {n}", "Встреча в четверг ({n})",
            "Поставка партии {n}", "报价单 {n}", "合同草案 {n}", "Follow-up on our call #{n}"]
LINES = ["Thanks for the call today; the numbers are below.", "Please find the revised offer attached.",
         "Спасибо за встречу, отправляю условия поставки.", "Жду подтверждения до пятницы.",
         "感谢您的来电,附件是最新报价。", "请在周五前确认订单。", "Could you confirm the delivery address?"]


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}", flush=True)


def rapport(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*rapport_command(), "--data-dir", str(data), *args], capture_output=True, text=True,
                          env=user_environment(), check=True)


_MEASURED = ("import json, resource, subprocess, sys, time\n"
             "started = time.perf_counter()\n"
             "run = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "print(json.dumps({'out': run.stdout, 'err': run.stderr, 'code': run.returncode,"
             " 'seconds': time.perf_counter() - started,"
             " 'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n")


def measured(data: Path, *args: str) -> dict[str, object]:
    """One `rapport` call from spawn to exit, with the peak resident size of it and its helpers alone."""
    run = subprocess.run([sys.executable, "-c", _MEASURED, *rapport_command(), "--data-dir", str(data), *args],
                         capture_output=True, text=True, env=user_environment(), check=True)
    result: dict[str, object] = json.loads(run.stdout)
    if result["code"] != 0:
        raise RuntimeError(f"rapport {' '.join(args)} exited {result['code']}: {result['err']}")
    return result


def contact_addresses(data: Path, contacts: int) -> list[str]:
    listed = json.loads(rapport(data, "list", "contact", "--json", "--limit", str(min(contacts, 5000))).stdout)
    return [address for contact in listed for address in contact["email"]]


def message(number: int, known: list[str], rng: random.Random) -> bytes:
    ours = f"sales{number % 3}@our-company.example"
    if number % 3 == 0 and known:
        them = rng.choice(known)
    else:
        them = f"person{rng.randrange(10**6)}@unknown{rng.randrange(5000)}.example"
    outgoing = number % 2 == 0
    mail = email.message.EmailMessage()
    mail["From"], mail["To"] = (ours, them) if outgoing else (them, ours)
    if number % 7 == 0:
        mail["Cc"] = f"team{number % 5}@our-company.example"
    mail["Subject"] = rng.choice(SUBJECTS).format(n=number)
    mail["Date"] = email.utils.format_datetime(
        email.utils.localtime().replace(year=2025, month=1 + number % 12, day=1 + number % 28, hour=number % 24))
    mail["Message-ID"] = f"<bench-{number}@mail.example>"
    body = "\n".join(rng.choice(LINES) for _ in range(rng.randrange(8, 60)))
    charset = "utf-8"
    for every, legacy in ((11, "koi8-r"), (13, "gb2312")):  # as older Russian and Chinese mail programs write
        if number % every == 0:
            try:
                body.encode(legacy)
                charset = legacy
            except UnicodeEncodeError:
                pass
    if number % 5 == 0:
        mail.set_content(body, charset="utf-8")
        mail.add_alternative("<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n"))
                             + "</body></html>", subtype="html", charset="utf-8")
    else:
        mail.set_content(body, charset=charset)
    if number % 10 == 0:
        attachment = bytes(rng.randrange(256) for _ in range(rng.randrange(30_000, 80_000)))
        mail.add_attachment(attachment, maintype="application", subtype="pdf", filename=f"offer-{number}.pdf")
    return bytes(mail)


def write_mbox(path: Path, messages: int, known: list[str]) -> None:
    rng = random.Random(19)
    with path.open("wb") as out:
        for number in range(messages):
            raw = message(number, known, rng).replace(b"\r\n", b"\n")
            quoted = b"\n".join(b">" + line if line.startswith(b"From ") else line for line in raw.split(b"\n"))
            out.write(b"From bench@mail.example Mon Jan  6 09:00:00 2025\n" + quoted + b"\n\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="make the CRM and the mbox here once, and reuse them")
    args = parser.parse_args()
    report_machine()
    work = args.keep or Path(tempfile.mkdtemp(prefix="rapport-mail-bench-"))
    try:
        crm = work / f"crm-{args.contacts}"
        if not (crm / "rapport.sqlite3").exists():
            started = time.perf_counter()
            rapport(crm, "demo", "--contacts", str(args.contacts), "--seed", "19")
            report(f"demo_{args.contacts}_contacts", time.perf_counter() - started, "s")
        mbox = work / f"mail-{args.messages}.mbox"
        if not mbox.exists():
            started = time.perf_counter()
            write_mbox(mbox, args.messages, contact_addresses(crm, args.contacts))
            report(f"mbox_written_{args.messages}_messages", time.perf_counter() - started, "s")
        report("mbox_size", mbox.stat().st_size / 2**20, "MB")
        data = work / "import-into"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(crm, data)

        first = measured(data, "mail", "import", str(mbox), "--json")
        took = float(first["seconds"])  # type: ignore[arg-type]
        counts = json.loads(str(first["out"]))
        report(f"mail_import_{args.messages}", took, "s")
        report(f"mail_import_{args.messages}_rate", args.messages / took, "messages/s")
        report("mail_logged", counts["logged"], "e-mails")
        report("mail_not_for_the_crm", counts["not_for_the_crm"], "messages")
        again = measured(data, "mail", "import", str(mbox), "--json")
        report(f"mail_reimport_{args.messages}", float(again["seconds"]), "s")  # type: ignore[arg-type]
        if json.loads(str(again["out"]))["logged"]:
            raise RuntimeError("the second import logged e-mails again")
        peak = max(float(first["peak_mb"]), float(again["peak_mb"]))  # type: ignore[arg-type]
        report("peak_memory", peak, "MB")
        results = {"mail_import_seconds_per_100000": took * 100_000 / args.messages, "peak_memory_mb": peak}
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
