"""A helper process whose parent dies ends, instead of waiting forever to flush its queue."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from app.helper_process import watch_parent
from tests.conftest import PROJECT

PARENT = textwrap.dedent(
    """
    import multiprocessing, sys, time
    from tests.unit.test_helper_process import queue_and_return

    context = multiprocessing.get_context("spawn")
    channel, queued = context.Queue(maxsize=3), context.Event()
    helper = context.Process(target=queue_and_return, args=(channel, queued, sys.argv[1] == "watched"), daemon=True)
    helper.start()
    assert queued.wait(60)
    print(helper.pid, flush=True)
    time.sleep(60)  # never reads the queue
    """
)


def queue_and_return(channel: object, queued: object, watched: bool) -> None:
    """The helper: queue more than a pipe holds, then return, as a reader does after its last batch."""
    if watched:
        watch_parent()
    channel.put(b"x" * (1 << 20))  # type: ignore[attr-defined]
    queued.set()  # type: ignore[attr-defined]
    # Returning makes the process wait for its queue's feeder thread, which cannot finish writing.


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
@pytest.mark.parametrize("watched", [True, False])
def test_a_helper_ends_when_its_parent_is_killed(watched: bool) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, "watched" if watched else "unwatched"], cwd=PROJECT,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert parent.stdout is not None
    helper = int(parent.stdout.readline())
    time.sleep(0.5)  # the helper has queued its item and is on its way out
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(timeout=10)
    deadline = time.monotonic() + (5 if watched else 3)
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        # Unwatched, the helper would wait forever: the case this guards against is real.
        assert _alive(helper) is not watched
    finally:
        if _alive(helper):
            os.kill(helper, signal.SIGKILL)
