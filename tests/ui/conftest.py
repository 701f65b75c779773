"""What the window's tests share: the offscreen QApplication comes from pytest-qt (one per run, set up
in tests/conftest.py before Qt is imported); settings are an ini file of the test's own, never the
user's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
