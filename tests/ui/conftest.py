"""What the window's tests share: the offscreen QApplication comes from pytest-qt (one per run, set up
in tests/conftest.py before Qt is imported); settings are an ini file of the test's own, never the
user's."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.garbage import MainThreadCollector


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="package", autouse=True)
def collect_on_the_ui_thread(qapp: object) -> Iterator[None]:
    """As the application does (ui/garbage.py): cycles holding Qt objects are collected on this thread,
    never on a pool thread in the middle of a sync run; and each test's garbage before the next starts."""
    collector = MainThreadCollector()
    collector.start()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
