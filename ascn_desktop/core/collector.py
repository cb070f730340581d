"""Python's cyclic garbage collector paused while a plan is built, written or replaced, and while the
desktop app starts.

Loading, exporting or replacing a whole plan makes hundreds of thousands of objects that live until
the work ends (the plan, the PDF's layout, the ORM's row states). While they are made, the collector
runs again and again, each full collection walking every object of the process: a third of a plan's
load, a tenth of an export, most of an Excel import's apply. Nearly all of those objects go by
reference counting; the few in reference cycles are found by one young collection at the end, which
looks only at the objects made meanwhile (all still in the youngest generation). The desktop's
start-up is the same case: the modules, classes, Qt wrappers and ORM mappers it makes live as long as
the process, and the collector walked them again and again while they were made (about a tenth of the
CPU until the overview shows the plan).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class CollectorPause:
    """A pause that begins here and ends where `end` is called: the desktop's start-up pauses the collector
    from `main` until the first screen shows its data (gui/app.py), across many turns of the event loop.

    Begun while the collector is already off (an outer pause, the caller's own reasons), it leaves the
    collector to whoever turned it off. `end` may be called more than once; only the first counts."""

    def __init__(self) -> None:
        self._ours = gc.isenabled()
        if self._ours:
            gc.disable()

    def end(self) -> None:
        if self._ours:
            self._ours = False
            gc.enable()
            gc.collect(0)  # the cycles made meanwhile: all in the youngest generation


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; restored as it was, even on an error. Nests: an inner
    pause inside an outer one leaves the collector to the outer one."""
    pause = CollectorPause()
    try:
        yield
    finally:
        pause.end()
