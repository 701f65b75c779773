"""Mail from an IMAP account, timed through the `rapport` command against a real server (issue 19, point 6).

Run: .venv/bin/python tests/perf/bench_imap.py [--contacts 10000] [--messages 5000]
Needs Debian's Dovecot (dovecot-imapd): it is started on 127.0.0.1 with a free port, TLS with a certificate
of the bench's own, as tests/sync/dovecot.py does for the tests.

A CRM made by `rapport demo --contacts N`, and an Inbox and a Sent folder filled over IMAP with the messages
bench_mail.py generates (a third from or to a contact of the demo; English, Russian and Chinese; legacy
charsets; one in ten with an attachment). Then, each a new process as a user runs it:
- imap_first_fetch_<messages>: `rapport mail fetch` from spawn to exit, and its rate;
- imap_nothing_new_check: the check a fetch makes when nothing arrived (log in, ask each folder's STATUS,
  note the run), as the command measures it (`seconds` of `--json`), best and median of 10;
- imap_nothing_new_command: the whole command for it, from spawn to exit (start-up included);
- imap_one_new: one message arrived in the Inbox: the command from spawn to exit.
Target (the issue's): the check with nothing new <= 0.2 s. Prints `name: value unit` lines and the
machine's speed; exits 1 when a target is missed.
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

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.bench_mail import contact_addresses, message, rapport, report  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402
from tests.sync.dovecot import DOVECOT, Dovecot  # noqa: E402
from tests.sync.test_sync_tls import self_signed  # noqa: E402

TARGETS = {"imap_nothing_new_check_seconds": 0.2}
PASSWORD = "bench-Pa55-imap"


def fetch(data: Path) -> tuple[float, dict[str, object]]:
    """`rapport mail fetch --json` from spawn to exit: (seconds, its report)."""
    started = time.perf_counter()
    run = subprocess.run([*rapport_command(), "--data-dir", str(data), "mail", "fetch", "--json",
                          "--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True,
                         env=user_environment())
    took = time.perf_counter() - started
    if run.returncode != 0:
        raise RuntimeError(f"rapport mail fetch exited {run.returncode}: {run.stdout} {run.stderr}")
    return took, json.loads(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=5_000)
    args = parser.parse_args()
    if DOVECOT is None:
        print("Dovecot is not installed (Debian's dovecot-imapd): nothing measured", file=sys.stderr)
        return 2
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-imap-bench-"))
    work.chmod(0o755)  # Dovecot's own users read its password file and certificate below it
    server: Dovecot | None = None
    try:
        root = work / "dovecot"
        root.mkdir()
        certificate, key, fingerprint = self_signed(root, "imap")
        server = Dovecot(root, certificate, key, fingerprint, PASSWORD)
        user = server.user()
        data = work / "crm"
        rapport(data, "demo", "--contacts", str(args.contacts), "--seed", "19")
        known = contact_addresses(data, args.contacts)
        rng = random.Random(19)
        client = server.client(user, PASSWORD)
        started = time.perf_counter()
        for number in range(args.messages):
            client.append("INBOX" if number % 2 else "Sent", message(number, known, rng))
        client.logout()
        report(f"imap_messages_appended_{args.messages}", time.perf_counter() - started, "s")
        subprocess.run([*rapport_command(), "--data-dir", str(data), "mail", "add-account", "127.0.0.1", "--port",
                        str(server.port), "--user", user, "--password-stdin", "--trust-certificate"],
                       input=PASSWORD + "\n", capture_output=True, text=True, env=user_environment(), check=True)

        took, first = fetch(data)
        report(f"imap_first_fetch_{args.messages}", took, "s")
        report(f"imap_first_fetch_{args.messages}_rate", args.messages / took, "messages/s")
        report("imap_logged", float(first["logged"]), "e-mails")  # type: ignore[arg-type]
        checks, commands = [], []
        for _ in range(10):
            took, nothing = fetch(data)
            if nothing["read"]:
                raise RuntimeError(f"a fetch with nothing new read {nothing['read']} messages")
            checks.append(float(nothing["seconds"]))  # type: ignore[arg-type]
            commands.append(took)
        report("imap_nothing_new_check_best", min(checks), "s")
        report("imap_nothing_new_check_median", statistics.median(checks), "s")
        report("imap_nothing_new_command_median", statistics.median(commands), "s")
        client = server.client(user, PASSWORD)
        client.append("INBOX", message(args.messages + 1, known[:1], random.Random(1)))
        client.logout()
        took, one = fetch(data)
        report("imap_one_new_command", took, "s")
        if one["read"] != 1:
            raise RuntimeError(f"one new message, but the fetch read {one['read']}")
        results = {"imap_nothing_new_check_seconds": statistics.median(checks)}
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
