"""Cycles holding Qt objects are collected on the UI thread, never on a pool thread (ui/garbage.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot

from ui.garbage import MainThreadCollector


class _Holder:
    """A cycle (holder → itself) with a QObject in it, as a closed dialog's controller is."""

    def __init__(self, destroyed_on: list[int]) -> None:
        self.qobject = QObject()
        self.qobject.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()),
                                       Qt.ConnectionType.DirectConnection)  # noted on the deleting thread
        self.me = self


def test_a_worker_threads_allocations_never_run_a_qt_destructor(qtbot: QtBot) -> None:
    assert not gc.isenabled(), "the ui tests run with the application's collector (tests/ui/conftest.py)"
    gc.collect()
    destroyed_on: list[int] = []
    _Holder(destroyed_on)

    kept: list[list[object]] = []

    def allocate() -> None:  # what a sync run's parsing does: keeps what it reads, crossing the thresholds
        kept.extend([object()] for _ in range(50_000))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert destroyed_on == [], "the pool thread collected a cycle holding a QObject"

    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5_000)  # the collector's timer, on this thread
    assert destroyed_on == [threading.get_ident()]


def test_stop_gives_collection_back_to_python(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    collector = MainThreadCollector()
    try:
        collector.start()
        assert not gc.isenabled()
        collector.stop()
        assert gc.isenabled()
    finally:
        collector.deleteLater()
        if not was_enabled:
            gc.disable()
    assert isinstance(collector, QObject)
