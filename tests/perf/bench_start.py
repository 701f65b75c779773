"""Start-up as the user waits for it (issue 16, points 1 and 3): the installed `rapport` spawned, as a
desktop launcher or a shell runs it, on sample CRMs made by `rapport demo`.

Run: .venv/bin/python tests/perf/bench_start.py [--sizes 1000,100000] [--keep DIR] [--runs 5]
(`--keep DIR`: the samples are made in DIR/<size>/ on first use and reused). Prints `name: value unit`
lines, each size's with its size in the name, and the machine's speed:
- window_first_start_<size>: the first start of a day (its backup not made yet: it runs beside the window)
- window_start_<size>: median of `--runs` further starts
  A start's clock stops when the window answers: the bench asks the window's single-instance socket, as
  a second `rapport` on the same folder does, and the window answers from its event loop, so only once
  it is shown and idle. Offscreen (QT_QPA_PLATFORM), settings in a fresh folder (XDG_CONFIG_HOME).
- search_call_<size>_median / _p95: `rapport search WORD` from spawn to exit, over 20 words
Targets: window <= 1.0 s at 100,000 contacts and <= 1.2 s at 1,000,000; a search call <= 0.15 s at
1,000,000.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtNetwork import QLocalSocket

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from tests.perf.machine import rapport_command, report_machine, user_environment  # noqa: E402
from ui.single_instance import ACTIVATE, END, server_name  # noqa: E402

WORDS = ["an", "smith", "ivan", "Иван", "петр", "李", "wang", "müller", "acme", "berlin", "Москва", "上海",
         "gmail", "555", "software", "kowal", "dubois", "john smith", "zzzqqq", "chen"]
ANSWER_WAIT = 60.0  # seconds a start may take before the bench gives up on it


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}", flush=True)


def sample(folder: Path, contacts: int, env: dict[str, str]) -> None:
    """`rapport demo` into an empty folder (kept for the next run when --keep)."""
    if (folder / "rapport.sqlite3").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([*rapport_command(), "--data-dir", str(folder), "demo", "--contacts", str(contacts)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    report(f"demo_fill_{contacts}", time.perf_counter() - started, "s")


def window_answers(data_dir: Path, deadline: float) -> bool:
    """Ask the window on `data_dir` to come forward, as a second `rapport` does; True once it says ok."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(50):
        return False
    socket.write(QByteArray(ACTIVATE + END))
    socket.waitForBytesWritten(1000)
    received = b""
    while time.perf_counter() < deadline and b"\n" not in received:
        if socket.waitForReadyRead(100):
            received += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.abort()
    return received.startswith(b"ok")


def one_start(data_dir: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([*rapport_command(), "--data-dir", str(data_dir)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + ANSWER_WAIT
    try:
        while not window_answers(data_dir, deadline):
            if process.poll() is not None:
                raise SystemExit(f"rapport ended before its window answered: {process.stderr.read().decode()}")
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window did not answer within {ANSWER_WAIT:.0f} s")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def search_calls(data_dir: Path, env: dict[str, str]) -> list[float]:
    times = []
    for word in WORDS:
        started = time.perf_counter()
        subprocess.run([*rapport_command(), "--data-dir", str(data_dir), "search", word], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="contacts in each sample, comma-separated")
    parser.add_argument("--keep", type=Path, help="make (or reuse) the samples in DIR/<size>/")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    QCoreApplication([])  # for the local socket
    report_machine()
    root = args.keep or Path(tempfile.mkdtemp(prefix="rapport-bench-start-"))
    config = Path(tempfile.mkdtemp(prefix="rapport-bench-config-"))
    env = {**user_environment(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(config), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("RAPPORT_DATA_DIR", None)
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = root / str(size)
            sample(folder, size, env)
            shutil.rmtree(folder / "backups", ignore_errors=True)  # the first start of a day makes one
            report(f"window_first_start_{size}", one_start(folder, env), "s")
            report(f"window_start_{size}", statistics.median(one_start(folder, env) for _ in range(args.runs)), "s")
            calls = sorted(search_calls(folder, env))
            report(f"search_call_{size}_median", statistics.median(calls), "s")
            report(f"search_call_{size}_p95", calls[int(0.95 * (len(calls) - 1))], "s")
    finally:
        shutil.rmtree(config, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
