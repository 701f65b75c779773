"""The machine's speed, printed beside a benchmark's figures so that runs from different hours (or a busy
machine) can be compared: a fixed pure-Python loop, best of three, as million loops a second. And the
`rapport` a user runs: the command, and the environment it runs in."""

from __future__ import annotations

import compileall
import os
import sys
import time
from pathlib import Path

LOOPS = 3_000_000
PROJECT = Path(__file__).resolve().parents[2]


def rapport_command() -> list[str]:
    """What a user runs: the console script `pip install` put beside this Python, else `python main.py`."""
    script = Path(sys.executable).with_name("rapport")
    return [str(script)] if script.exists() else [sys.executable, str(PROJECT / "main.py")]


def user_environment(**extra: str) -> dict[str, str]:
    """The environment a user's `rapport` runs in: this one, with Python keeping its bytecode caches as it
    does by default. A machine (this one) that sets PYTHONDONTWRITEBYTECODE=1 makes every run compile the
    project's modules from source again — about 0.15 s of each start-up that no installed copy pays: pip and
    pipx compile the bytecode when they install, and an editable install writes it on the first run. So it
    is compiled here once, as pip does, and the variable is left out."""
    global _compiled
    if not _compiled:
        for package in ("app", "cli", "db", "sync", "ui"):
            compileall.compile_dir(PROJECT / package, quiet=1)
        compileall.compile_file(PROJECT / "main.py", quiet=1)
        _compiled = True
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return env | extra


_compiled = False


def machine_speed() -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        total = 0
        for i in range(LOOPS):
            total += i * i % 7
        best = min(best, time.perf_counter() - started)
    return LOOPS / best / 1e6


def report_machine() -> None:
    print(f"machine_speed: {machine_speed():.2f} Mloops/s (a fixed pure-Python loop; higher is faster)", flush=True)


def report_targets(prefix: str, results: dict[str, float], targets: dict[str, float]) -> int:
    """One `PREFIX_NAME: value (target <= T) ok|MISSED` line a result; 1 when any missed its target."""
    missed = 0
    for name, value in results.items():
        verdict = "ok" if value <= targets[name] else "MISSED"
        print(f"{prefix}{name}: {value:.3f} (target <= {targets[name]}) {verdict}", flush=True)
        missed += verdict != "ok"
    return 1 if missed else 0
