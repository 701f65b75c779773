"""Two-way sync against Radicale on loopback, side by side with vdirsyncer (issue 6, point 7).

Run: /tmp/venv/bin/python tests/perf/bench_sync.py [--cards 10000] [--push 1000]
(vdirsyncer comes with the `test` extra; else `pip install vdirsyncer`.)

Radicale is seeded with N cards written straight into its storage folder before it starts (one PUT
into a 10,000-card Radicale book costs the server about 0.8 s). Rapport (a fresh data folder, the account
added by `rapport sync add-account`) and vdirsyncer (syncing the same book to a folder of .vcf files) then
each run as their commands, spawn to exit, timed:
  first pull, a no-op sync, and a sync after one card changed on the server;
printed as times and as ratios Rapport ÷ vdirsyncer: the targets (<= 1.0, <= 0.1, <= 0.4) are issue 6's,
for the run itself (`sync run --json` says its seconds: the command's start-up aside, as when the issue set
them), and the two commands whole are printed beside them. Beside each,
how long Rapport's writes held SQLite's lock at a stretch (`sync run --json`: what an edit in the window
beside a sync waits, issue 11).
Then the first push of M contacts imported into Rapport (`rapport import` of M generated cards) into an
empty book, against plain sequential PUTs of the same cards into another empty book from a bare HTTP
client (keep-alive, If-None-Match: *): ratio <= 1.2 for the run itself (the server dominates both).
Prints `name: value unit` lines. The password goes on standard input; no keyring is touched.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

import niquests  # noqa: E402

from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402

USER, PASSWORD = "bench", "bench-password"
TARGETS = {"first_pull": 1.0, "no_op": 0.1, "one_remote_change": 0.4, "first_push": 1.2}


def report(name: str, value: float | int, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}", flush=True)


def card(i: int, version: str = "3.0") -> str:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"UID:bench-{i:06d}", f"FN:Given{i} Family{i % 997}",
             f"N:Family{i % 997};Given{i};;;", f"ORG:Company {i % 311}", f"TITLE:Title {i % 13}",
             f"EMAIL;TYPE=INTERNET,WORK:given{i}@company{i % 311}.example",
             f"TEL;TYPE=CELL:+1 202 555 {i % 10000:04d}", f"ADR;TYPE=WORK:;;{i % 200} Main Street;Springfield;;"
             f"{10000 + i % 89999};USA", f"NOTE:Bench card number {i}", "CATEGORIES:Customer", "END:VCARD"]
    return "\r\n".join(lines) + "\r\n"


def seed(collections: Path, name: str, cards: int) -> None:
    folder = collections / "collection-root" / USER / name
    folder.mkdir(parents=True)
    (folder / ".Radicale.props").write_text(f'{{"D:displayname": "{name}", "tag": "VADDRESSBOOK"}}',
                                            encoding="utf-8")
    for i in range(cards):
        (folder / f"bench-{i:06d}.vcf").write_text(card(i), encoding="utf-8", newline="")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def radicale(root: Path) -> Iterator[str]:
    users = root / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(root / "collections"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
         "--rights-type", "owner_only", "--logging-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                niquests.get(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except niquests.exceptions.RequestException:
                if time.monotonic() > deadline:
                    raise RuntimeError("radicale did not start") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


class Rapport:
    """The `rapport` command on one data folder syncing exactly one address book, each call a new process."""

    def __init__(self, folder: Path, base: str, book: str) -> None:
        self.data_dir = folder
        # Never the machine's keyring: the password comes on standard input each time.
        self.env = user_environment(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        added = self.call("sync", "add-account", base + "/", "--user", USER, "--password-stdin", "--insecure-http")
        hrefs = [line.split("\t")[1] for line in added.splitlines() if line.startswith("  ") and "\t" in line]
        for href in hrefs:
            self.call("sync", "collection", href, "--sync", "on" if href == book else "off")
        self.call("sync", "collection", book, "--new-here")

    def call(self, *args: str) -> str:
        run = subprocess.run([*rapport_command(), "--data-dir", str(self.data_dir), *args], capture_output=True,
                             text=True, input=PASSWORD + "\n", env=self.env)
        if run.returncode != 0:
            raise RuntimeError(f"rapport {' '.join(args)} exited {run.returncode}: {run.stdout[-800:]}"
                               f" {run.stderr[-800:]}")
        return run.stdout

    def run(self) -> dict[str, Any]:
        """`sync run --json`, spawn to exit; its report, with the spawn-to-exit seconds as "took"."""
        started = time.perf_counter()
        said: dict[str, Any] = json.loads(self.call("sync", "run", "--json", "--password-stdin"))
        said["took"] = time.perf_counter() - started
        if not said["ok"]:
            raise RuntimeError(f"Rapport's sync failed: {said['errors']}")
        return said

    def count(self, kind: str = "contacts") -> int:
        return int(json.loads(self.call("stats", "--json"))["counts"][kind])

    def field(self, uid: str, name: str) -> str:
        return str(json.loads(self.call("show", "--json", "contact", uid)).get(name, ""))


class Vdirsyncer:
    """vdirsyncer syncing the same book to a folder, run as its command line (as a user runs it)."""

    def __init__(self, folder: Path, base: str, book: str) -> None:
        self.config = folder / "config"
        (folder / "status").mkdir(parents=True)
        (folder / "cards").mkdir()
        self.config.write_text(f"""[general]
status_path = "{folder / 'status'}"

[pair bench]
a = "bench_remote"
b = "bench_local"
collections = null
conflict_resolution = "a wins"

[storage bench_remote]
type = "carddav"
url = "{base}{book}"
username = "{USER}"
password = "{PASSWORD}"

[storage bench_local]
type = "filesystem"
path = "{folder / 'cards'}"
fileext = ".vcf"
""", encoding="utf-8")
        self.executable = shutil.which("vdirsyncer") or str(Path(sys.executable).with_name("vdirsyncer"))
        self._call("discover")

    def _call(self, *args: str) -> None:
        run = subprocess.run([self.executable, "-c", str(self.config), *args], capture_output=True, text=True,
                             input="y\n" * 4)
        if run.returncode != 0:
            raise RuntimeError(f"vdirsyncer {' '.join(args)} failed: {run.stderr[-800:]}")

    def run(self) -> None:
        self._call("sync")


def edit_on_server(href: str, old: str, new: str, content_type: str) -> None:
    """Another client's edit of one object: read it, change one text, put it back under its ETag."""
    with niquests.Session(disable_http3=True) as http:
        http.auth = (USER, PASSWORD)
        current = http.get(href)
        text = (current.text or "").replace(old, new)
        answer = http.put(href, data=text.encode(), headers={"If-Match": current.headers["ETag"] or "",
                                                             "Content-Type": content_type})
        if answer.status_code not in (200, 201, 204):
            raise RuntimeError(f"the remote change failed: {answer.status_code}")


def change_one(base: str, book: str, i: int) -> None:
    edit_on_server(f"{base}{book}bench-{i:06d}.vcf", f"TITLE:Title {i % 13}", "TITLE:Changed on the server",
                   "text/vcard")


def make_book(base: str, book: str) -> None:
    body = (b'<?xml version="1.0" encoding="utf-8"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
            b"<set><prop><resourcetype><collection/><C:addressbook/></resourcetype></prop></set></mkcol>")
    answer = niquests.request("MKCOL", base + book, data=body, auth=(USER, PASSWORD),
                              headers={"Content-Type": "application/xml"})
    if answer.status_code not in (200, 201):
        raise RuntimeError(f"MKCOL {book}: {answer.status_code}")


def warm_up(base: str, book: str) -> None:
    """Radicale parses every item and builds its cache on the first listing (5 s for 1,000 cards here):
    whoever came first would pay for it. A listing of both kinds first, untimed against either tool."""
    listing = (b'<?xml version="1.0" encoding="utf-8"?><sync-collection xmlns="DAV:"><sync-token/>'
               b"<sync-level>1</sync-level><prop><getetag/></prop></sync-collection>")
    propfind = b'<?xml version="1.0" encoding="utf-8"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'
    for method, body in (("REPORT", listing), ("PROPFIND", propfind)):
        answer = niquests.request(method, base + book, data=body, auth=(USER, PASSWORD), timeout=600,
                                  headers={"Content-Type": "application/xml", "Depth": "1"})
        if answer.status_code != 207:
            raise RuntimeError(f"warm-up {method}: {answer.status_code}")


def bench_pull(work: Path, base: str, cards: int, results: dict[str, tuple[float, float]]) -> None:
    book = f"/{USER}/contacts/"
    report("radicale_warm_up", timed(lambda: warm_up(base, book)), "s")
    rapport = Rapport(work / "rapport-pull", base, book)
    vdir = Vdirsyncer(work / "vdirsyncer", base, book)
    for name, change in (("first_pull", None), ("no_op", None), ("one_remote_change", 4242 % cards)):
        if change is not None:
            change_one(base, book, change)
        ran = rapport.run()
        theirs = timed(vdir.run)
        results[name] = (ran["seconds"], theirs)
        report(f"rapport_{name}", ran["took"], f"s (spawn to exit; the run itself {ran['seconds']:.3f} s)")
        report(f"rapport_{name}_spawn_to_exit_ratio", ran["took"] / theirs, "(both commands whole)")
        report(f"rapport_{name}_longest_write_transaction", ran["longest_write_ms"],
               f"ms ({ran['write_transactions']} transactions)")
        report(f"vdirsyncer_{name}", theirs, "s")
    count = rapport.count()
    files = len(list((work / "vdirsyncer" / "cards").iterdir()))
    report("rapport_contacts", count, "records")
    report("vdirsyncer_files", files, "files")
    if count != cards or files != cards:
        raise RuntimeError(f"expected {cards} on both sides, got {count} and {files}")
    if rapport.field(f"bench-{4242 % cards:06d}", "job_title") != "Changed on the server":
        raise RuntimeError("Rapport did not pull the remote change")


def bench_push(work: Path, base: str, count: int, results: dict[str, tuple[float, float]]) -> None:
    make_book(base, f"/{USER}/push-rapport/")
    make_book(base, f"/{USER}/push-bare/")
    rapport = Rapport(work / "rapport-push", base, f"/{USER}/push-rapport/")
    texts = [(f"pushed-{i:06d}", card(i).replace(f"UID:bench-{i:06d}", f"UID:pushed-{i:06d}")) for i in range(count)]
    cards_file = work / "pushed.vcf"
    cards_file.write_text("".join(text for _, text in texts), encoding="utf-8", newline="")
    rapport.call("import", str(cards_file))
    ran = rapport.run()

    def bare() -> None:
        with niquests.Session(disable_http3=True) as http:
            http.auth = (USER, PASSWORD)
            for uid, text in texts:
                answer = http.put(f"{base}/{USER}/push-bare/{uid}.vcf", data=text.encode(),
                                  headers={"If-None-Match": "*", "Content-Type": "text/vcard; charset=utf-8"})
                if answer.status_code not in (200, 201, 204):
                    raise RuntimeError(f"bare PUT: {answer.status_code}")

    theirs = timed(bare)
    results["first_push"] = (ran["seconds"], theirs)
    report(f"rapport_first_push_{count}", ran["took"], f"s (spawn to exit; the run itself {ran['seconds']:.3f} s)")
    report(f"bare_http_puts_{count}", theirs, "s")
    pushed = sum(c["pushed_new"] for c in ran["collections"])
    if pushed != count:
        raise RuntimeError(f"Rapport pushed {pushed} of {count} contacts")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--push", type=int, default=1_000)
    args = parser.parse_args()
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-sync-bench-"))
    results: dict[str, tuple[float, float]] = {}
    try:
        started = time.perf_counter()
        seed(work / "radicale" / "collections", "contacts", args.cards)
        report(f"seed_{args.cards}_cards", time.perf_counter() - started, "s")
        with radicale(work / "radicale") as base:
            bench_pull(work, base, args.cards, results)
            bench_push(work, base, args.push, results)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratios = {name: ours / theirs if theirs else float("inf") for name, (ours, theirs) in results.items()}
    return report_targets("ratio_", ratios, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
