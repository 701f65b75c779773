"""Talking to a helper process over a bounded queue, so that neither side waits forever.

Import and export hand half their CPU work to a second process. The helper puts its results on a
bounded queue (memory stays flat while the other side is busy) and ends as soon as its parent is
gone, whatever it is doing; the parent notices a helper that died.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queue_module
import threading
from typing import Any


class HelperDied(Exception):
    """The helper process ended without sending what it owed."""


def watch_parent() -> None:
    """In a helper: end this process the moment its parent is gone (killed, crashed). Without this
    it would wait forever, on its full queue or, as it exits, to flush what it queued: the helper
    holds both ends of its queue's pipe, so a dead reader does not break the pipe."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        parent.join()  # returns when the parent's end of the sentinel pipe closes
        os._exit(0)  # nothing to clean up and no one to report to

    threading.Thread(target=wait, name="watch-parent", daemon=True).start()


def receive(process: Any, channel: Any) -> Any:
    """The next item from `process`, waiting as long as it lives."""
    while True:
        try:
            return channel.get(timeout=1.0)
        except queue_module.Empty:
            if not process.is_alive():
                raise HelperDied from None
