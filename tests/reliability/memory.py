"""Peak memory of one operation: the real resident high-water mark where Linux allows resetting it.

On Linux, writing "5" to /proc/self/clear_refs resets VmHWM, so the peak
resident memory of a single call is VmHWM after it minus VmRSS before it.
Elsewhere tracemalloc's peak is used (it counts Python allocations only, and
counts a large buffer allocated but never touched as if it were used).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_CLEAR_REFS = Path("/proc/self/clear_refs")
_STATUS = Path("/proc/self/status")


def _status_kb(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _can_reset() -> bool:
    try:
        _CLEAR_REFS.write_text("5")
        _status_kb("VmHWM")
        return True
    except (OSError, KeyError):
        return False


RESETTABLE = _can_reset()
METHOD = "resident high-water mark (VmHWM)" if RESETTABLE else "tracemalloc peak"


def measured(action: Callable[[], T]) -> tuple[T, float, int]:
    """(result, seconds, peak extra bytes) of `action()`."""
    if RESETTABLE:
        _CLEAR_REFS.write_text("5")
        base = _status_kb("VmRSS")
        started = time.perf_counter()
        value = action()
        elapsed = time.perf_counter() - started
        return value, elapsed, max(0, _status_kb("VmHWM") - base) * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        value = action()
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return value, elapsed, peak
