"""Tiny shared harness: a result row and a median timer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    group: str
    what: str
    value: float
    unit: str
    target: str = ""


def median_of(action: Callable[[], float | None], *, runs: int = 5) -> float:
    """Median seconds of `action` over `runs` runs (an action may return its own measured seconds)."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        measured = action()
        samples.append(measured if measured is not None else time.perf_counter() - start)
    return statistics.median(samples)
