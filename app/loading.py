"""Loading modules without the garbage collector: what imports make lives to the end of the program.

Loading the modules a command needs (sync's HTTP stack, the services, Qt's bindings) allocates a few
hundred thousand objects, none of them garbage; CPython's collector still walks them every few thousand
allocations. So it is paused while modules load, and in the program itself (main.main) what they made is
then frozen (`gc.freeze`: never walked again by the command's own collections). Measured on `rapport sync
status`: 0.34 s as it was, 0.34 s with the pause alone, 0.28 s with the freeze. Called from a test or
another program (cli.main in-process) nothing is frozen: their garbage would be kept for good.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_PROGRAM = {"running": False}


def as_the_program() -> None:
    """This process is Rapport itself (main.main): what loading makes lives until it ends."""
    _PROGRAM["running"] = True


@contextmanager
def loading_modules() -> Iterator[None]:
    """Inside, imports run with the collector paused; after, it goes on as it was (what exists frozen
    first, in the program). Nests (the inner one leaves it paused)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if _PROGRAM["running"]:
                gc.freeze()
            gc.enable()
