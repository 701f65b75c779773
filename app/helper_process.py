"""Talking to a helper process over a bounded queue, so that neither side waits forever.

Import and export hand half their CPU work to a second process. The helper puts its results on a
bounded queue (memory stays flat while the other side is busy) and stops when its parent is gone
instead of waiting on a full queue forever; the parent notices a helper that died.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from typing import Any


class Orphaned(Exception):
    """The parent process is gone (killed, crashed): the helper should stop."""


class HelperDied(Exception):
    """The helper process ended without sending what it owed."""


def send(out: Any, item: Any) -> None:
    """Put `item` on the queue, waiting while the parent is busy, as long as the parent lives."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            out.put(item, timeout=1.0)
            return
        except queue_module.Full:
            if parent is not None and not parent.is_alive():
                out.cancel_join_thread()  # what is still buffered has no one to read it
                raise Orphaned from None


def receive(process: Any, channel: Any) -> Any:
    """The next item from `process`, waiting as long as it lives."""
    while True:
        try:
            return channel.get(timeout=1.0)
        except queue_module.Empty:
            if not process.is_alive():
                raise HelperDied from None
