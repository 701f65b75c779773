"""Small edges of the command line, run as a user would: a huge --limit, a closed pipe, a search for "-x"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_cli import MAIN, PROJECT, cli_env, demo, ok, rapport

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults


def test_a_huge_limit_is_a_usage_error_not_an_overflow(tmp_path: Path) -> None:
    result = rapport("search", "a@b", "--limit", "99999999999999999999", data_dir=tmp_path / "data")
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--limit" in lines[0] and "1000000" in lines[0], result.stderr


def test_a_huge_demo_size_is_a_usage_error(tmp_path: Path) -> None:
    result = rapport("demo", "--contacts", "99999999999999999999", data_dir=tmp_path / "data")
    assert result.returncode == 2, result
    assert "--contacts" in result.stderr and "Traceback" not in result.stderr


def _closed_pipe(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The command with its standard output a pipe whose reader went away (`rapport stats | head -n 0`)."""
    process = subprocess.Popen([sys.executable, str(MAIN), "--data-dir", str(data_dir), *args], env=cli_env(),
                               cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything was written
    err = process.stderr.read()
    process.wait(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, "", err)


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 30)
    for args in (("stats",), ("search", "a", "--limit", "500"), ("export", "--format", "vcard4"), ("history",)):
        result = _closed_pipe(*args, data_dir=folder)
        assert result.returncode in (0, 141), (args, result.returncode, result.stderr)
        assert result.stderr == "", (args, result.stderr)


def test_head_of_stats_through_a_shell_pipe(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 30)
    shell = subprocess.run(
        f'set -o pipefail; "{sys.executable}" "{MAIN}" --data-dir "{folder}" stats | head -n 1; echo "status $?"',
        shell=True, executable="/bin/bash", capture_output=True, text=True, env=cli_env(), cwd=PROJECT, timeout=120)
    assert shell.stdout.splitlines()[0].startswith("contacts")
    assert shell.stdout.splitlines()[-1] in ("status 0", "status 141"), shell.stdout
    assert "Traceback" not in shell.stderr and "BrokenPipe" not in shell.stderr, shell.stderr


def test_a_search_for_a_dash_word(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    demo(folder, 20)
    ok(rapport("search", "--", "-x", data_dir=folder))  # a search like any other (prefixes of "x" match)
    result = rapport("search", "-x", data_dir=folder)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "rapport search -- -x" in result.stderr, result.stderr
