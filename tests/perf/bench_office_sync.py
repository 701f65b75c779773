"""An office's whole CRM through Radicale, timed through the `rapport` command (issue 14, point 6).

Run: .venv/bin/python tests/perf/bench_office_sync.py [--contacts 10000] [--deals 2000] [--activities 20000]
(vdirsyncer comes with the `test` extra.)

The office's CRM is written straight into Radicale's storage before it starts (one PUT each would cost
the server far more than the sync): an address book of N contacts (about 80 % with a company of their
own, several e-mails and phones, one in ten with a photo, Latin, Cyrillic and Chinese names), a calendar
of deals (VTODO, app/formats/ical_deals.py) and one of calls, e-mails and notes (VJOURNAL), linked to
their people, companies and deals. Then, each as a user runs it (the installed `rapport`, a new process):

- the first pull onto an empty laptop (`rapport sync run`), beside the server's own time for the same
  listings and multigets asked by a bare HTTP client: Rapport's share of the total, target <= 50 %;
- a no-op sync of all of it: target <= 0.5 s (the command's start-up, measured alone, is printed beside);
- one deal changed on the server: `rapport sync run` against `vdirsyncer sync` of the same three
  collections, target <= 0.4 x.

Prints `name: value unit` lines and the machine's speed; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

import niquests  # noqa: E402

from app.accounts import org_uid  # noqa: E402
from app.formats import ical_deals  # noqa: E402
from app.formats.ical_deals import DealEntry, StageDef  # noqa: E402
from app.services import Services  # noqa: E402
from app.store import Store  # noqa: E402
from tests.perf.bench_sync import PASSWORD, USER, edit_on_server, radicale  # noqa: E402
from tests.perf.machine import rapport_command, report_machine, report_targets, user_environment  # noqa: E402

TARGETS = {"rapport_share_of_first_pull": 0.5, "no_op_seconds": 0.5, "one_changed_deal_ratio": 0.4}
GIVEN = ["Anna", "Boris", "Chloé", "David", "Elena", "Farid", "Greta", "Hiro", "Ирина", "Дмитрий", "Ольга", "Сергей",
         "伟", "芳", "娜", "强", "Lukas", "Maria", "Noah", "Olivia", "Paolo", "Quentin", "Rosa", "Søren"]
FAMILY = ["Smith", "Müller", "García", "Rossi", "Kowalski", "Иванов", "Петрова", "Смирнов", "王", "李", "张", "刘",
          "Dubois", "Nakamura", "O'Brien", "van Dijk", "Nowak", "Silva", "Ahmed", "Jensen"]
COMPANY = ["Foods", "Labs", "Logistics", "Bau", "Consulting", "Systems", "Textil", "Медиа", "Строй", "科技", "贸易"]
STAGES = (("Lead", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75), ("Contract sent", 90))
PIPELINE = "office-pipeline"


def report(name: str, value: float | int, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}" if isinstance(value, float) else f"{name}: {value} {unit}", flush=True)


def photo(seed: int) -> str:
    """A 48×48 PNG of its own (about 7 KB): what a phone's contact photo costs the sync, roughly."""
    rng = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(48 * 3)) for _ in range(48))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 48, 48, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode("ascii")


def company(i: int) -> str:
    # About 80 % of people have a company of their own; the others share one of 200.
    return f"{COMPANY[i % len(COMPANY)]} {i}" if i % 5 else f"{COMPANY[i % len(COMPANY)]} Group {i % 200}"


def contact_card(i: int) -> str:
    given, family = GIVEN[i % len(GIVEN)], FAMILY[(i * 7) % len(FAMILY)]
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:office-c-{i:06d}", f"FN:{given} {family} {i}",
             f"N:{family};{given} {i};;;", f"ORG:{company(i)}", f"TITLE:Buyer {i % 13}",
             f"EMAIL;TYPE=INTERNET,WORK:person{i}@company{i}.example",
             f"EMAIL;TYPE=INTERNET,HOME:person{i}@mail.example",
             f"TEL;TYPE=CELL:+1 202 555 {i % 10000:04d}", f"TEL;TYPE=WORK:+49 30 {1000000 + i}",
             f"ADR;TYPE=WORK:;;{i % 200} Main Street;Springfield;;{10000 + i % 89999};USA"]
    if i % 10 == 0:
        lines.append(f"PHOTO;ENCODING=b;TYPE=PNG:{photo(i)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def deal_text(i: int, contacts: int, now: datetime) -> str:
    stages = tuple(StageDef(PIPELINE, n, f"office-stage-{n}", name, p, "Office sales")
                   for n, (name, p) in enumerate(STAGES))
    stage = i % len(STAGES)
    person = (i * 5) % contacts
    created = datetime(2026, 1, 1, 9) + timedelta(hours=i)
    history = tuple((created + timedelta(days=n), f"office-stage-{n - 1}" if n else "", f"office-stage-{n}")
                    for n in range(stage + 1))
    entry = DealEntry(uid=f"office-d-{i:05d}", title=f"{company(person)}: {10 + i % 90} seats", stage=stages[stage].uid,
                      stages=stages, account=org_uid(company(person)), people=((f"office-c-{person:06d}", "Buyer"),),
                      amount=f"{1000 + i * 37}.00", currency=("EUR", "USD", "RUB", "CNY")[i % 4],
                      expected_close=date(2026, 4, 1) + timedelta(days=i % 180), lead_source="Trade fair",
                      owner=("Ann", "Boris", "李娜")[i % 3], notes=f"Deal number {i}", status="open",
                      stage_entered_at=history[-1][0], history=history, created_at=created)
    return ical_deals.write(entry, now)


def journal_text(i: int, contacts: int, deals: int) -> str:
    kind = ("call", "email", "note")[i % 3]
    person = (i * 3) % contacts
    when = datetime(2026, 1, 1, 8) + timedelta(minutes=37 * i)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport bench//EN", "BEGIN:VJOURNAL",
             f"UID:office-a-{i:06d}", "DTSTAMP:20260301T090000Z", f"DTSTART:{when:%Y%m%dT%H%M%S}Z",
             f"SUMMARY:{kind.capitalize()} with person {person}", f"DESCRIPTION:What was said\\, number {i}",
             f"X-RAPPORT-KIND:{kind}", f"X-RAPPORT-CONTACT:office-c-{person:06d}"]
    if i % 2:
        lines.append(f"X-RAPPORT-DEAL:office-d-{i % deals:05d}")
    if kind == "call":
        lines.append(f"X-RAPPORT-DURATION:{5 + i % 40}")
    lines += ["END:VJOURNAL", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def seed(root: Path, contacts: int, deals: int, activities: int) -> None:
    home = root / "collections" / "collection-root" / USER
    now = datetime(2026, 3, 2, 9)
    collections = {
        "contacts": ('{"D:displayname": "Office contacts", "tag": "VADDRESSBOOK"}',
                     ((f"office-c-{i:06d}.vcf", contact_card(i)) for i in range(contacts))),
        "deals": ('{"C:supported-calendar-component-set": "VTODO", "D:displayname": "Office deals",'
                  ' "tag": "VCALENDAR"}',
                  ((f"office-d-{i:05d}.ics", deal_text(i, contacts, now)) for i in range(deals))),
        "journal": ('{"C:supported-calendar-component-set": "VJOURNAL", "D:displayname": "Calls and notes",'
                    ' "tag": "VCALENDAR"}',
                    ((f"office-a-{i:06d}.ics", journal_text(i, contacts, deals)) for i in range(activities))),
    }
    for name, (props, items) in collections.items():
        folder = home / name
        folder.mkdir(parents=True)
        (folder / ".Radicale.props").write_text(props, encoding="utf-8")
        for file_name, text in items:
            (folder / file_name).write_text(text, encoding="utf-8", newline="")


class Rapport:
    """The `rapport` command on one data folder, each call a new process, as a user's script runs it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        # Never the machine's keyring: the password comes on standard input each time.
        self.env = user_environment(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")

    def run_seconds(self) -> float:
        """The best of three runs' own time, as `sync run --json` reports it (the command's start-up aside)."""
        best = float("inf")
        for _ in range(3):
            run = subprocess.run([*rapport_command(), "--data-dir", str(self.data_dir), "sync", "run", "--json",
                                  "--password-stdin"], capture_output=True, text=True, input=PASSWORD + "\n",
                                 env=self.env, check=True)
            best = min(best, float(json.loads(run.stdout)["seconds"]))
        return best

    def call(self, *args: str, password: bool = False) -> float:
        started = time.perf_counter()
        run = subprocess.run([*rapport_command(), "--data-dir", str(self.data_dir), *args], capture_output=True,
                             text=True, input=PASSWORD + "\n" if password else "", env=self.env)
        took = time.perf_counter() - started
        if run.returncode != 0:
            raise RuntimeError(f"rapport {' '.join(args)} exited {run.returncode}: {run.stdout[-800:]}"
                               f" {run.stderr[-800:]}")
        return took


def server_time(base: str, collections: dict[str, str]) -> float:
    """The same listings and multigets as a first pull asks, from a bare client: the server's own share."""
    listing = (b'<?xml version="1.0" encoding="utf-8"?><sync-collection xmlns="DAV:"><sync-token/>'
               b"<sync-level>1</sync-level><prop><getetag/></prop></sync-collection>")
    started = time.perf_counter()
    with niquests.Session(disable_http3=True) as http:
        http.auth = (USER, PASSWORD)
        for href, kind in collections.items():
            answer = http.request("REPORT", base + href, data=listing, timeout=600,
                                  headers={"Content-Type": "application/xml", "Depth": "1"})
            text = answer.text or ""
            hrefs = [part.split("</", 1)[0] for part in text.split("href>")[1::2] if part.split("</", 1)[0] != href]
            for start in range(0, len(hrefs), 100):
                chunk = hrefs[start:start + 100]
                if kind == "addressbook":
                    body = ('<?xml version="1.0" encoding="utf-8"?><C:addressbook-multiget xmlns="DAV:"'
                            ' xmlns:C="urn:ietf:params:xml:ns:carddav"><prop><getetag/><C:address-data/></prop>'
                            + "".join(f"<href>{h}</href>" for h in chunk) + "</C:addressbook-multiget>")
                else:
                    body = ('<?xml version="1.0" encoding="utf-8"?><C:calendar-multiget xmlns="DAV:"'
                            ' xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><getetag/><C:calendar-data/></prop>'
                            + "".join(f"<href>{h}</href>" for h in chunk) + "</C:calendar-multiget>")
                got = http.request("REPORT", base + href, data=body.encode(), timeout=600,
                                   headers={"Content-Type": "application/xml", "Depth": "1"})
                if got.status_code != 207:
                    raise RuntimeError(f"multiget {href}: {got.status_code}")
    return time.perf_counter() - started


def vdirsyncer_config(folder: Path, base: str) -> Path:
    config = folder / "config"
    (folder / "status").mkdir(parents=True)
    pairs = [("contacts", "carddav", ".vcf"), ("deals", "caldav", ".ics"), ("journal", "caldav", ".ics")]
    text = f'[general]\nstatus_path = "{folder / "status"}"\n'
    for name, kind, ext in pairs:
        (folder / name).mkdir()
        text += (f'\n[pair {name}]\na = "{name}_remote"\nb = "{name}_local"\ncollections = null\n'
                 f'conflict_resolution = "a wins"\n'
                 f'\n[storage {name}_remote]\ntype = "{kind}"\nurl = "{base}/{USER}/{name}/"\n'
                 f'username = "{USER}"\npassword = "{PASSWORD}"\n'
                 f'\n[storage {name}_local]\ntype = "filesystem"\npath = "{folder / name}"\nfileext = "{ext}"\n')
    config.write_text(text, encoding="utf-8")
    return config


def vdirsyncer(config: Path, *args: str) -> float:
    executable = shutil.which("vdirsyncer") or str(Path(sys.executable).with_name("vdirsyncer"))
    started = time.perf_counter()
    run = subprocess.run([executable, "-c", str(config), *args], capture_output=True, text=True, input="y\n" * 8)
    took = time.perf_counter() - started
    if run.returncode != 0:
        raise RuntimeError(f"vdirsyncer {' '.join(args)} failed: {run.stderr[-800:]}")
    return took


def change_one_deal(base: str, i: int) -> None:
    edit_on_server(f"{base}/{USER}/deals/office-d-{i:05d}.ics", f"Deal number {i}", "Changed on the server",
                   "text/calendar")


def last_written_by_a_client(base: str, contacts: int, deals: int, activities: int) -> None:
    """One member of each collection written again by a PUT, as an office's last change reaches Radicale.
    The seed writes the files straight into its folders, so Radicale's own cache folder, made at the
    warm-up, was the newest thing in each: the collection's getlastmodified would stand for no member and
    (rightly) not be believed alone (README, "Servers it syncs with")."""
    for href, content_type in ((f"{USER}/contacts/office-c-{contacts - 1:06d}.vcf", "text/vcard"),
                               (f"{USER}/deals/office-d-{deals - 1:05d}.ics", "text/calendar"),
                               (f"{USER}/journal/office-a-{activities - 1:06d}.ics", "text/calendar")):
        edit_on_server(f"{base}/{href}", "\r\n", "\r\n", content_type)


def counts(data_dir: Path) -> tuple[int, int, int, str]:
    store = Store.open(data_dir)
    try:
        services = Services.build(store)
        db = store.database
        activities = int(db.execute_sql("SELECT count(*) FROM activity WHERE deleted_at IS NULL").fetchone()[0])
        notes = services.deals.get("office-d-00007").data.notes
        return services.contacts.count(), services.deals.count(), activities, notes
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--deals", type=int, default=2_000)
    parser.add_argument("--activities", type=int, default=20_000)
    args = parser.parse_args()
    report_machine()
    work = Path(tempfile.mkdtemp(prefix="rapport-office-bench-"))
    results: dict[str, float] = {}
    try:
        started = time.perf_counter()
        seed(work / "radicale", args.contacts, args.deals, args.activities)
        report(f"seed_{args.contacts}_contacts_{args.deals}_deals_{args.activities}_activities",
               time.perf_counter() - started, "s")
        with radicale(work / "radicale") as base:
            collections = {f"/{USER}/contacts/": "addressbook", f"/{USER}/deals/": "calendar",
                           f"/{USER}/journal/": "calendar"}
            # Radicale reads and caches every item on its first listing: paid once, before anything is timed.
            report("radicale_warm_up", server_time(base, collections), "s")
            server = min(server_time(base, collections) for _ in range(2))
            report("server_listings_and_multigets", server, "s")
            last_written_by_a_client(base, args.contacts, args.deals, args.activities)

            laptop = Rapport(work / "laptop")
            laptop.call("sync", "add-account", base + "/", "--user", USER, "--password-stdin", "--insecure-http",
                        password=True)
            first = laptop.call("sync", "run", "--password-stdin", password=True)
            report("rapport_first_pull", first, "s")
            contacts, deals, activities, _ = counts(work / "laptop")
            report("pulled", contacts, f"contacts, {deals} deals, {activities} calls/e-mails/notes")
            if (contacts, deals, activities) != (args.contacts, args.deals, args.activities):
                raise RuntimeError("the laptop does not hold the office's CRM")
            results["rapport_share_of_first_pull"] = max(0.0, first - server) / first
            report("rapport_share_of_first_pull", results["rapport_share_of_first_pull"] * 100, "%")

            start_up = min(laptop.call("sync", "status") for _ in range(3))
            report("rapport_sync_status (start-up and the count of what waits to go)", start_up, "s")
            no_op = min(laptop.call("sync", "run", "--password-stdin", password=True) for _ in range(3))
            results["no_op_seconds"] = no_op
            report("rapport_no_op_sync", no_op, "s")
            report("rapport_no_op_sync_run_itself (sync run --json: seconds)", laptop.run_seconds(), "s")

            config = vdirsyncer_config(work / "vdirsyncer", base)
            vdirsyncer(config, "discover")
            report("vdirsyncer_first_pull", vdirsyncer(config, "sync"), "s")
            change_one_deal(base, 7)
            ours = laptop.call("sync", "run", "--password-stdin", password=True)
            theirs = vdirsyncer(config, "sync")
            report("rapport_one_changed_deal", ours, "s")
            report("vdirsyncer_one_changed_deal", theirs, "s")
            results["one_changed_deal_ratio"] = ours / theirs
            if counts(work / "laptop")[3] != "Changed on the server":
                raise RuntimeError("Rapport did not pull the changed deal")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report_targets("target_", results, TARGETS)


if __name__ == "__main__":
    sys.exit(main())
