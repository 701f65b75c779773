"""Loading modules without the garbage collector: what imports make lives to the end of the program.

Loading the modules a command needs (sync's HTTP stack, the services, Qt's bindings) allocates a few
hundred thousand objects, none of them garbage; CPython's collector still walks them every few thousand
allocations. Measured on `rapport sync status`: 0.34 s with it, 0.30 s without. So it is paused while
modules load, and what they made is then frozen (`gc.freeze`: never walked again) before the command's
own work runs with the collector on as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading_modules() -> Iterator[None]:
    """Inside, imports run with the collector paused; after, what exists is frozen and the collector
    goes on as it was. Nests (the inner one leaves it paused)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.enable()
