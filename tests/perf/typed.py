"""A `rapport` window on a virtual X display, typed into as a user types: for the benchmarks of interactions.

`TypedWindow` starts Xvfb on a free display (Debian's `xvfb`; keys are sent with `xdotool`), spawns the
`rapport` a user runs there with RAPPORT_KEY_TRACE set (ui/key_trace.py), waits until the window answers on
its single-instance socket, and gives it the keyboard focus. Then:
- `ask(view)` shows a section as `rapport --show` does and returns the seconds until the window answers,
  which it does once the view is painted (tests/perf/bench_scale.py times the views this way);
- `press(key)` types a key with xdotool and returns the milliseconds the window itself took from the key
  reaching it to settling (the write it started done, the views repainted), read from its trace.
Nothing of the benchmark runs inside the program: it is the installed command, driven from outside.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket

from tests.perf.bench_import import TreeRss
from tests.perf.bench_start import window_answers
from tests.perf.machine import rapport_command, user_environment
from ui.single_instance import ACTIVATE, END, VIEW_WAIT_MS, ViewAsked, server_name

START_WAIT = 120.0  # seconds a window may take to answer
KEY_WAIT = 60.0  # seconds a key may take to be answered


def ask_view(data_dir: Path, view: ViewAsked) -> float:
    """Seconds from asking the window for `view` to its answer, written once the view is painted."""
    started = time.perf_counter()
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(5000):
        raise SystemExit(f"the window on {data_dir} does not listen: {socket.errorString()}")
    socket.write(QByteArray(ACTIVATE + view.message() + END))
    socket.waitForBytesWritten(5000)
    received = b""
    while b"\n" not in received:
        if not socket.waitForReadyRead(VIEW_WAIT_MS):
            raise SystemExit(f"the window did not answer {view} within {VIEW_WAIT_MS / 1000:.0f} s")
        received += bytes(socket.readAll().data())
    elapsed = time.perf_counter() - started
    socket.abort()
    if not received.startswith(b"ok"):
        raise SystemExit(f"the window answered {received!r} to {view}")
    return elapsed


def bench_environment(settings: str = "") -> tuple[dict[str, str], Path]:
    """The environment a benchmark's `rapport` runs in: no keyring of the machine's, and a settings folder of
    its own, holding `settings` (Rapport.conf's text) when given. Returns it and that folder."""
    config = Path(tempfile.mkdtemp(prefix="rapport-bench-config-"))
    (config / "Rapport").mkdir()
    if settings:
        (config / "Rapport" / "Rapport.conf").write_text(settings, encoding="utf-8")
    env = user_environment(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", XDG_CONFIG_HOME=str(config))
    return env, config


def _free_display() -> str:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return f":{number}"
    raise SystemExit("no free X display number between :90 and :139")


class TypedWindow:
    """See the module docstring. Use as a context manager: the window is closed (SIGTERM, as a session's end
    closes it) and Xvfb stopped on leaving."""

    def __init__(self, data_dir: Path, env: dict[str, str], *, first: str = "contacts",
                 size: str = "1366x768") -> None:
        for tool in ("Xvfb", "xdotool"):
            if shutil.which(tool) is None:
                raise SystemExit(f"{tool} is needed to type into the window: apt install xvfb xdotool")
        self.data_dir = data_dir
        self._work = Path(tempfile.mkdtemp(prefix="rapport-typed-"))
        self.trace = self._work / "keys.txt"
        self.display = _free_display()
        self._xvfb = subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._env = env | {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "RAPPORT_KEY_TRACE": str(self.trace)}
        try:
            self._start(first)
        except BaseException:
            self._stop_display()
            raise

    def _start(self, first: str) -> None:
        self._wait_for_display()
        started = time.perf_counter()
        self.process = subprocess.Popen([*rapport_command(), "--data-dir", str(self.data_dir), "--show", first],
                                        env=self._env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.memory = TreeRss(self.process.pid)
        deadline = started + START_WAIT
        while not window_answers(self.data_dir, deadline):
            if self.process.poll() is not None:
                raise SystemExit(f"rapport ended before its window answered: {self.process.stderr.read().decode()}")
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window did not answer within {START_WAIT:.0f} s")
            time.sleep(0.005)
        self.started = time.perf_counter() - started
        self._focus()

    def _wait_for_display(self) -> None:
        for _ in range(100):
            if subprocess.run(["xdotool", "getmouselocation"], env=self._env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0:
                return
            time.sleep(0.05)
        raise SystemExit(f"Xvfb did not start on {self.display}")

    def _focus(self) -> None:
        """The keyboard to the window, as a click on it would (there is no window manager to give it)."""
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                               env=self._env, capture_output=True, text=True, timeout=30).stdout.split()
        if not found:
            raise SystemExit("the window is not on the display")
        for window in found:
            subprocess.run(["xdotool", "windowraise", window], env=self._env, check=False)
        subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], env=self._env, check=True, timeout=30)

    def ask(self, section: str, filter_text: str | None = None, sort: str = "") -> float:
        return ask_view(self.data_dir, ViewAsked(section, filter_text, sort))

    def press(self, key: str) -> float:
        """Type `key` (xdotool's names: "Next" for Page Down, "ctrl+shift+Right") and return the window's own
        milliseconds to settle after it."""
        before = self._lines()
        subprocess.run(["xdotool", "key", key], env=self._env, check=True, timeout=30)
        deadline = time.perf_counter() + KEY_WAIT
        while len(lines := self._lines()) <= len(before):
            if self.process.poll() is not None:
                raise SystemExit(f"rapport ended after {key}: {self.process.stderr.read().decode()}")
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window did not answer {key} within {KEY_WAIT:.0f} s (is it focused?)")
            time.sleep(0.002)
        return float(lines[-1].split(" ", 1)[0])

    def _lines(self) -> list[str]:
        try:
            return self.trace.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []

    def __enter__(self) -> TypedWindow:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.memory.stop()
        self._stop_display()

    def _stop_display(self) -> None:
        self._xvfb.terminate()
        self._xvfb.wait(10)
        shutil.rmtree(self._work, ignore_errors=True)
