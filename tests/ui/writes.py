"""Waiting for the window's writes: a user action runs on the write worker (ui/operations/operation.py),
so a test waits for it as a user would see it land, never by calling the service itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import Services
from ui.operations.operation import operations

TIMEOUT_MS = 10_000


def wait_for_writes(qtbot: QtBot, services: Services, timeout: int = TIMEOUT_MS) -> None:
    """Until every action started has landed and its result reached the window."""
    qtbot.waitUntil(lambda: operations(services).pending == 0, timeout=timeout)
