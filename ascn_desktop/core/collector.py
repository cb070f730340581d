"""Python's cyclic garbage collector paused while a plan is built, written or replaced.

Loading, exporting or replacing a whole plan makes hundreds of thousands of objects that live until
the work ends (the plan, the PDF's layout, the ORM's row states). While they are made, the collector
runs again and again, each full collection walking every object of the process: a third of a plan's
load, a tenth of an export, most of an Excel import's apply. Nearly all of those objects go by
reference counting; the few in reference cycles are found by one young collection at the end, which
looks only at the objects made meanwhile (all still in the youngest generation).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; restored as it was, even on an error. Nests: an inner
    pause inside an outer one leaves the collector to the outer one."""
    if not gc.isenabled():  # an outer pause (or the caller's own reasons)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
