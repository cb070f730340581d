"""Trying a whole write transaction again when another analyst's transaction collided with it.

On a shared server store every transaction is SERIALIZABLE (store/server_store.py): when two
analysts' writes cannot both stand as if one came after the other, the server undoes one of
them. The work that was undone is simply done again, from its first read, so it sees what the
other analyst committed (the same bundle becomes "already had it", a superseded revision can
no longer be reviewed). A SQLite store never collides this way (one writer at a time).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from ascn_desktop.store.server_store import ConflictError

log = logging.getLogger(__name__)

T = TypeVar("T")
ATTEMPTS = 8


def retry_on_conflict(work: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """Run `work` (which opens and commits its own transaction); again after a collision, up to `attempts` times."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except ConflictError:
            if attempt == attempts:
                raise
            log.info("transaction collided with another analyst's (try %d of %d); trying again", attempt, attempts)
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # let the other transaction finish first
    raise AssertionError("unreachable")
