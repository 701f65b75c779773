"""The Qt binding holds its references: a release of PySide6 that takes one from None on every call of a
void method (6.12.0 on Python 3.11: processEvents, setObjectName…) kills a long-running window, and a
test run, with "Fatal Python error: none_dealloc". pyproject.toml keeps that release out; this test
says so if a new one does it again."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QObject

CALLS = 2_000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683): no count")
def test_void_calls_leave_nones_reference_count_alone(qapp: QCoreApplication) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        probe.setObjectName("probe")
        QCoreApplication.processEvents()
    taken = before - sys.getrefcount(None)
    assert taken < CALLS // 10, f"the binding took {taken} references from None in {CALLS * 2} void calls"
    probe.deleteLater()
