"""Python's cyclic garbage collection, run on the UI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed: a sync
run's HTTP parsing on a pool thread, say. If the garbage holds a QObject (a dialog's controller, a
timer, a task made for a closed view), its C++ destructor then runs on that pool thread, while the UI
thread may be using it or its children: Qt crashes (seen as a segfault in a sync run, CI 2026-12-05).
So automatic collection is switched off and the UI thread collects, on a timer, what the thresholds
would have collected. Reference counting still frees everything that is not in a cycle at once.

The pattern is the one Spyder, pyqtgraph and OpenCue use; the counts and thresholds are Python's own,
so collections are as frequent as they would be, only on the right thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """While it lives (and `start()` was called), cycles are collected only on this object's thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to Python's own collection (and one collection now, on this thread)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count crossed its threshold; the number found unreachable."""
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold and count > threshold:
                generation = index
        return gc.collect(generation) if generation >= 0 else 0
