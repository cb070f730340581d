"""Long jobs without Qt: an abort event in, `(fraction, message)` progress out.

Every long core function (export, import of many bundles, reports) takes
``progress: ProgressCallback`` and ``abort: threading.Event``; it calls
``check(abort)`` between steps. The CLI, the tests and the GUI's background
runner (gui/tasks.py) drive it the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ascn_desktop.core.errors import AscnError

ProgressCallback = Callable[[float, str], None]


class Cancelled(AscnError):
    """The user cancelled; whatever was under way was rolled back."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


def no_progress(fraction: float, message: str) -> None:
    """A progress callback that ignores progress."""


def never_abort() -> threading.Event:
    return threading.Event()


def check(abort: threading.Event | None) -> None:
    """Raise Cancelled if the user asked to stop."""
    if abort is not None and abort.is_set():
        raise Cancelled()
