"""The command line, run as a user would: `python main.py ...` in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from db.migrations import LATEST_VERSION

PROJECT = Path(__file__).resolve().parents[2]
MAIN = PROJECT / "main.py"
SUBCOMMANDS = ("search", "demo", "backup", "restore", "stats")
KINDS = {"contact", "account", "deal", "activity", "task", "lead"}
DEMO_SIZE = 300
TERMS = ("an", "ив", "王", "call", "licence")


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def rapport(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(MAIN)]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, encoding="utf-8", timeout=120,
        env=env if env is not None else cli_env(), cwd=cwd or PROJECT,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("rapport: error:")
    return lines[0]


def demo(data_dir: Path, contacts: int, seed: int | None = None) -> str:
    args = ["demo", "--contacts", str(contacts)]
    if seed is not None:
        args += ["--seed", str(seed)]
    return ok(rapport(*args, data_dir=data_dir))


def stats(data_dir: Path) -> dict[str, Any]:
    figures: dict[str, Any] = json.loads(ok(rapport("stats", "--json", data_dir=data_dir)))
    return figures


def contact_uids(data_dir: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{data_dir / 'rapport.sqlite3'}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT uid FROM contact ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sample CRM of DEMO_SIZE contacts, made once and only read by the tests using it."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    demo(folder, DEMO_SIZE)
    return folder


# --- help ---------------------------------------------------------------------------------------


def test_help(tmp_path: Path) -> None:
    out = ok(rapport("--help", data_dir=tmp_path / "unused"))
    assert out.startswith("usage: rapport")
    for name in SUBCOMMANDS:
        assert name in out
    assert not (tmp_path / "unused").exists()  # asking for help touches no data folder


def test_version_says_the_installed_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    out = ok(rapport("--version", data_dir=tmp_path / "unused"))
    assert out == f"rapport {version('rapport')}\n"
    assert not (tmp_path / "unused").exists()


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_subcommand_help(tmp_path: Path, command: str) -> None:
    out = ok(rapport(command, "--help", data_dir=tmp_path / "unused"))
    assert out.startswith(f"usage: rapport {command}")
    assert "--help" in out


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    result = rapport("search", data_dir=tmp_path / "data")  # TEXT is required
    assert result.returncode == 2
    assert "TEXT" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_no_command_opens_the_window_and_keeps_running(tmp_path: Path) -> None:
    """`rapport` alone starts the GUI (offscreen here): it must come up and stay up, not crash."""
    data_dir = tmp_path / "gui"
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir)], env=cli_env(), cwd=PROJECT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=4)
        assert (data_dir / "rapport.sqlite3").is_file()
        # The day's copy begins UPKEEP_DELAY (3 s) after the window is up, which on a busy machine is after the
        # 4 s above: waited for, the window still running meanwhile.
        deadline = time.monotonic() + 30
        while not list((data_dir / "backups").glob("rapport-*.sqlite3")):
            assert process.poll() is None, "the window ended before the day's backup was made"
            assert time.monotonic() < deadline, "no daily backup 30 s after the window started"
            time.sleep(0.1)
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    assert "Traceback" not in err


# --- demo and stats -----------------------------------------------------------------------------


def test_demo_then_stats_counts(demo_dir: Path) -> None:
    figures = stats(demo_dir)
    assert figures["counts"] == {
        "contacts": DEMO_SIZE,
        "accounts": max(3, DEMO_SIZE // 20),
        "deals": max(5, DEMO_SIZE // 5),
        "activities": DEMO_SIZE * 2,
        "tasks": max(5, DEMO_SIZE // 10),
        "leads": max(5, DEMO_SIZE // 10),
    }
    assert figures["in_trash"] == dict.fromkeys(("contacts", "accounts", "deals", "activities", "tasks", "leads"), 0)
    assert figures["schema_version"] == LATEST_VERSION
    assert figures["path"] == str(demo_dir / "rapport.sqlite3")
    assert isinstance(figures["database_bytes"], int) and figures["database_bytes"] > 0


def test_demo_summary_line(tmp_path: Path) -> None:
    out = demo(tmp_path / "data", 20)
    assert out.startswith("Made ")
    assert "20 contacts" in out
    assert "3 accounts" in out
    assert "5 deals" in out
    assert "40 activities" in out


def test_stats_text(demo_dir: Path) -> None:
    out = ok(rapport("stats", data_dir=demo_dir))
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines() if line.strip()}
    assert lines["contacts"] == f"{DEMO_SIZE:,}"
    assert lines["activities"] == f"{DEMO_SIZE * 2:,}"
    assert lines["schema"] == str(LATEST_VERSION)


def test_stats_of_empty_folder(tmp_path: Path) -> None:
    figures = stats(tmp_path / "fresh")
    assert figures["counts"] == dict.fromkeys(("contacts", "accounts", "deals", "activities", "tasks", "leads"), 0)
    assert figures["schema_version"] == LATEST_VERSION


# --- search -------------------------------------------------------------------------------------


def parse_lines(out: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in out.splitlines():
        kind, uid, display = line.split("\t")
        rows.append((kind, uid, display))
    return rows


@pytest.mark.parametrize("term", TERMS)
def test_search_text_and_json_agree(demo_dir: Path, term: str) -> None:
    rows = parse_lines(ok(rapport("search", term, data_dir=demo_dir)))
    assert rows, f"the demo data should hold something matching {term!r}"
    for kind, uid, display in rows:
        assert kind in KINDS
        assert str(uuid.UUID(uid)) == uid
        assert display.strip()

    listed = json.loads(ok(rapport("search", "--json", term, data_dir=demo_dir)))
    assert isinstance(listed, list)
    assert all(set(item) == {"kind", "uid", "display"} for item in listed)
    assert [(i["kind"], i["uid"], i["display"]) for i in listed] == rows


def test_search_kind_and_limit(demo_dir: Path) -> None:
    everything = parse_lines(ok(rapport("search", "a", "--limit", "500", data_dir=demo_dir)))
    assert len({kind for kind, _, _ in everything}) >= 3

    deals = parse_lines(ok(rapport("search", "a", "--kind", "deal", "--limit", "500", data_dir=demo_dir)))
    assert deals
    assert {kind for kind, _, _ in deals} == {"deal"}
    assert set(deals) <= set(everything)

    two = parse_lines(
        ok(rapport("search", "a", "--kind", "deal", "--kind", "task", "--limit", "500", data_dir=demo_dir))
    )
    assert {kind for kind, _, _ in two} == {"deal", "task"}

    limited = parse_lines(ok(rapport("search", "a", "--limit", "3", data_dir=demo_dir)))
    assert limited == everything[:3]


def test_search_nothing_found_prints_nothing(demo_dir: Path) -> None:
    assert ok(rapport("search", "qqqzzzxxx", data_dir=demo_dir)) == ""
    assert json.loads(ok(rapport("search", "--json", "qqqzzzxxx", data_dir=demo_dir))) == []
    assert ok(rapport("search", '"NEAR(*:', data_dir=demo_dir)) == ""


def test_search_finds_demo_contact_by_uid_display(demo_dir: Path) -> None:
    connection = sqlite3.connect(f"file:{demo_dir / 'rapport.sqlite3'}?mode=ro", uri=True)
    try:
        uid, family = connection.execute("SELECT uid, family FROM contact ORDER BY id LIMIT 1").fetchone()
    finally:
        connection.close()
    hits = json.loads(ok(rapport("search", "--json", "--kind", "contact", "--limit", "500", family,
                                 data_dir=demo_dir)))
    assert uid in {h["uid"] for h in hits}


# --- determinism --------------------------------------------------------------------------------


def test_demo_is_deterministic(demo_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "again"
    demo(other, DEMO_SIZE)  # default seed, like demo_dir
    assert contact_uids(other) == contact_uids(demo_dir)
    assert len(contact_uids(other)) == DEMO_SIZE
    for term in TERMS:
        first = ok(rapport("search", term, "--limit", "200", data_dir=demo_dir))
        second = ok(rapport("search", term, "--limit", "200", data_dir=other))
        assert first, term
        assert first == second, term


def test_demo_seed_changes_data(tmp_path: Path) -> None:
    demo(tmp_path / "s1", 30, seed=1)
    demo(tmp_path / "s1b", 30, seed=1)
    demo(tmp_path / "s2", 30, seed=2)
    assert contact_uids(tmp_path / "s1") == contact_uids(tmp_path / "s1b")
    assert set(contact_uids(tmp_path / "s1")).isdisjoint(contact_uids(tmp_path / "s2"))


# --- errors -------------------------------------------------------------------------------------


def test_demo_into_non_empty_folder_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 20)
    before = contact_uids(folder)
    line = assert_one_line_error(rapport("demo", "--contacts", "20", data_dir=folder))
    assert "20 contacts" in line
    assert contact_uids(folder) == before


def test_demo_with_zero_contacts_fails_cleanly(tmp_path: Path) -> None:
    line = assert_one_line_error(rapport("demo", "--contacts", "0", data_dir=tmp_path / "data"))
    assert "--contacts" in line


def test_restore_of_text_file_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 20)
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    line = assert_one_line_error(rapport("restore", str(text), data_dir=folder))
    assert str(text) in line
    assert len(contact_uids(folder)) == 20
    assert not list((folder / "backups").glob("before-restore-*"))  # nothing was replaced, nothing kept


def test_restore_of_missing_file_fails_cleanly(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    line = assert_one_line_error(rapport("restore", str(missing), data_dir=tmp_path / "data"))
    assert str(missing) in line


# --- where the data lives -----------------------------------------------------------------------


def test_data_dir_from_environment(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    env = cli_env(RAPPORT_DATA_DIR=str(folder))
    ok(rapport("demo", "--contacts", "20", env=env, cwd=tmp_path))
    assert (folder / "rapport.sqlite3").is_file()
    assert len(contact_uids(folder)) == 20

    figures = json.loads(ok(rapport("stats", "--json", env=env, cwd=tmp_path)))
    assert figures["path"] == str(folder / "rapport.sqlite3")
    assert figures["counts"]["contacts"] == 20


def test_data_dir_option_wins_over_environment(tmp_path: Path) -> None:
    env_folder, option_folder = tmp_path / "env", tmp_path / "option"
    env = cli_env(RAPPORT_DATA_DIR=str(env_folder))
    ok(rapport("demo", "--contacts", "20", data_dir=option_folder, env=env))
    assert len(contact_uids(option_folder)) == 20
    assert not (env_folder / "rapport.sqlite3").exists()


# --- backup and restore -------------------------------------------------------------------------


def test_backup_then_restore_round_trip(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    demo(source, 30, seed=7)
    demo(target, 40, seed=8)
    file = tmp_path / "copy.sqlite3"

    out = ok(rapport("backup", str(file), data_dir=source))
    assert out.strip() == f"Backed up to {file}"
    assert file.is_file()

    out = ok(rapport("restore", str(file), data_dir=target))
    assert out.startswith(f"Restored {file} (30 contacts).")
    kept = list((target / "backups").glob("before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert str(kept[0]) in out

    assert contact_uids(target) == contact_uids(source)
    assert stats(target)["counts"] == {"contacts": 30, "accounts": 3, "deals": 6, "activities": 60, "tasks": 5,
                                       "leads": 5}
    found = ok(rapport("search", "a", "--limit", "200", data_dir=target))
    assert found
    assert found == ok(rapport("search", "a", "--limit", "200", data_dir=source))
    connection = sqlite3.connect(f"file:{kept[0]}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == 40
    finally:
        connection.close()


def test_backup_into_same_folder_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 20)
    before = ok(rapport("search", "a", data_dir=folder))
    out = ok(rapport("backup", data_dir=folder))
    made = Path(out.strip().removeprefix("Backed up to "))
    assert made.parent == folder / "backups"
    assert made.name.startswith("rapport-") and made.suffix == ".sqlite3"

    ok(rapport("restore", str(made), data_dir=folder))
    assert ok(rapport("search", "a", data_dir=folder)) == before
    assert stats(folder)["counts"]["contacts"] == 20


def test_a_password_with_no_terminal_to_ask_it_on_is_said_plainly(tmp_path: Path) -> None:
    """A script or a scheduler runs `rapport sync …` with no terminal: not "unexpected error: EOFError"."""
    result = subprocess.run([sys.executable, str(MAIN), "--data-dir", str(tmp_path / "data"), "sync", "add-account",
                             "http://127.0.0.1:9/", "--user", "alice"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, encoding="utf-8", timeout=120, env=cli_env(), cwd=PROJECT)
    line = assert_one_line_error(result)
    assert "no terminal to ask it on" in line and "--password-stdin" in line


def test_files_on_the_command_line_open_the_window_and_commands_stay_commands() -> None:
    from pathlib import Path

    from main import files_to_open

    commands = {"search", "import", "export"}
    assert files_to_open(["card.vcf"], commands) == ([], [Path("card.vcf")])
    assert files_to_open(["--data-dir", "d", "a.vcf", "b.ics"], commands) == (
        ["--data-dir", "d"], [Path("a.vcf"), Path("b.ics")])
    assert files_to_open(["--data-dir", "d", "import", "a.vcf"], commands) == (
        ["--data-dir", "d", "import", "a.vcf"], [])
    assert files_to_open(["--help"], commands) == (["--help"], [])
    assert files_to_open(["a.vcf", "--data-dir", "d"], commands) == (["--data-dir", "d"], [Path("a.vcf")])
    assert files_to_open(["serach", "ann"], commands) == (["serach", "ann"], [])  # a typo: argparse says so


# What each command may not load: scripts call `rapport search` in loops, and every call builds the whole
# parser. The network stack, the keyring, iCalendar and the services are a command's own work, not the
# parser's (issue 16: half a second a call before).
HEAVY = ("niquests", "urllib3", "keyring", "icalendar", "rapidfuzz", "PySide6", "app.services", "sync.dav")
LOADED = ("import runpy, sys\nsys.argv = [{main!r}, *sys.argv[1:]]\n"
          "try:\n    runpy.run_path({main!r}, run_name='__main__')\n"
          "except SystemExit:\n    pass\n"
          "sys.stderr.write('\\nLOADED ' + ' '.join(sorted(sys.modules)) + '\\n')\n")


def loaded_by(*args: str) -> set[str]:
    """The modules `rapport ARGS` had loaded when it ended."""
    result = subprocess.run([sys.executable, "-c", LOADED.format(main=str(MAIN)), *args], capture_output=True,
                            text=True, encoding="utf-8", timeout=120, env=cli_env(), cwd=PROJECT)
    assert "Traceback" not in result.stderr, result.stderr
    return set(result.stderr.rsplit("\nLOADED ", 1)[1].split())


@pytest.mark.parametrize("command", [("search", "an"), ("stats",), ("history",), ("--help",), ("sync", "--help")])
def test_reading_commands_and_the_parser_load_nothing_they_do_not_use(demo_dir: Path,
                                                                     command: tuple[str, ...]) -> None:
    modules = loaded_by("--data-dir", str(demo_dir), *command)
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY}, command
    if command[0] in ("search", "stats"):
        assert "app.store" in modules  # it did its work: the store was opened
    if command == ("--help",):  # the parser alone reads no database: neither peewee nor the models (30 ms)
        assert not {m for m in modules if m.split(".")[0] == "peewee" or m.startswith("db.")}


def test_a_sync_command_loads_its_network_stack(demo_dir: Path) -> None:
    modules = loaded_by("--data-dir", str(demo_dir), "sync", "status")
    assert {"sync.dav", "keyring", "app.services"} <= modules
