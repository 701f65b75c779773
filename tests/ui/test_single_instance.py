"""One window per data folder (ui/single_instance.py): a second `rapport` on the same folder brings the
first window forward and ends; another folder gets a window of its own; a crashed window's lock is
taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from tests.conftest import PROJECT
from ui.single_instance import LOCK_NAME, SingleInstance


@pytest.fixture
def instances() -> Iterator[Callable[[Path], SingleInstance]]:
    """SingleInstance objects deleted here, on the GUI thread: left to Python's garbage collector, one
    (its local server and sockets) could be deleted on whatever thread collects it, under a later test."""
    made: list[SingleInstance] = []

    def make(folder: Path) -> SingleInstance:
        made.append(SingleInstance(folder))
        return made[-1]

    yield make
    for instance in made:
        shiboken6.delete(instance)


def test_a_second_instance_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path,
                                                         instances: Callable[[Path], SingleInstance]) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    first = instances(folder)
    assert first.acquire()
    first.listen()
    second = instances(folder)
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=5000):
        answered: list[bool] = []
        # The asking side blocks while it waits for the answer: ask from a timer so this event loop serves.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: answered.append(second.ask_running_window()))
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    other = instances(tmp_path)  # another folder: a window of its own
    assert other.acquire()
    other.release()
    first.release()
    assert instances(folder).acquire()  # free again once the first window is gone


def test_a_lock_left_by_a_crashed_window_is_taken_over(tmp_path: Path,
                                                       instances: Callable[[Path], SingleInstance]) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    dead.kill()
    dead.wait()
    # The lock file a window that crashed leaves: its pid, its app name, its host.
    lock = QLockFile(str(folder / LOCK_NAME))
    assert lock.tryLock(0)
    lock.unlock()
    (folder / LOCK_NAME).write_text(f"{dead.pid}\npython\n{os.uname().nodename}\n", encoding="utf-8")
    assert instances(folder).acquire()


def test_two_rapport_windows_on_one_folder(tmp_path: Path) -> None:
    """As a user starts them: the second `rapport` ends at once, saying the first came forward."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    data = tmp_path / "data"
    command = [sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (data / LOCK_NAME).exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        time.sleep(1.0)  # the window is up and listening
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "already open on this data folder" in second.stderr
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.wait(10)


def test_a_second_instance_hands_over_its_files(qtbot: QtBot, tmp_path: Path,
                                                instances: Callable[[Path], SingleInstance]) -> None:
    from PySide6.QtCore import QTimer

    folder = tmp_path / "data"
    folder.mkdir()
    card = tmp_path / "legend\nend" / "Ann Lee.vcf"  # a space, a newline, a folder ending in "end"
    card.parent.mkdir()
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n", encoding="utf-8")
    first = instances(folder)
    assert first.acquire()
    first.listen()
    second = instances(folder)
    assert not second.acquire()
    with qtbot.waitSignal(first.files_given, timeout=5000) as given:
        QTimer.singleShot(0, lambda: second.ask_running_window([card]))
    assert given.args == [[str(card.resolve())]]


def test_rapport_file_opens_the_running_windows_import_wizard(tmp_path: Path) -> None:
    """`rapport card.vcf` as a desktop's "Open with" runs it: with a window open on the folder, the second
    process ends at once and the window opens its import wizard on the file (it says so in its log)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    data = tmp_path / "data"
    card = tmp_path / "card.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\n", encoding="utf-8")
    command = [sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data)]
    missing = subprocess.run([*command, str(tmp_path / "nowhere.vcf")], env=env, capture_output=True, text=True,
                             timeout=30)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (data / LOCK_NAME).exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        time.sleep(1.0)  # the window is up and listening
        second = subprocess.run([*command, str(card)], env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert "brought forward and given the file(s)" in second.stderr
        log = data / "rapport.log"
        deadline = time.monotonic() + 10
        def logged() -> str:
            return log.read_text(encoding="utf-8") if log.exists() else ""

        while time.monotonic() < deadline and str(card) not in logged():
            time.sleep(0.1)
        assert f"opening {card} in the import wizard" in log.read_text(encoding="utf-8")
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(10)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_session_ending_closes_the_window_cleanly(tmp_path: Path, instances: Callable[[Path], SingleInstance],
                                                    number: signal.Signals) -> None:
    """SIGTERM (a session logging out, `kill`) and Ctrl+C close the window as its close button does: exit 0,
    the database closed cleanly (no write-ahead log left, so the next start checks no pages)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    data = tmp_path / "data"
    window = subprocess.Popen([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        asking = instances(data)
        deadline = time.monotonic() + 30
        while not asking.ask_running_window():  # answered from the window's event loop: it is up
            assert window.poll() is None and time.monotonic() < deadline, window.communicate()
            time.sleep(0.1)
        assert (data / "rapport.sqlite3-wal").exists()  # open: SQLite's log is there
        window.send_signal(number)
        assert window.wait(30) == 0, window.communicate()
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert not (data / "rapport.sqlite3-wal").exists()
    assert f"{number.name}: closing the window" in (data / "rapport.log").read_text(encoding="utf-8")
