"""The one way the GUI runs work off its thread.

`run_task(parent, fn, on_success=…, on_failure=…, title=…)` runs ``fn(progress,
abort)`` in Qt's global thread pool, shows a progress dialog with a Cancel
button (unless ``quiet``), and calls back on the GUI thread. Tasks never touch
widgets; they receive the core's progress callback and abort event.

Reads run side by side. Writes that must land in the order the person made them
(the undo stack's saves, one after the other) pass ``in_order=True``: they run
one at a time, first come first served, on a lane of their own.
``wait_for_tasks()`` blocks until every task has ended (before the store
closes); tests use ``tasks_running()`` to wait for the window to settle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ascn_desktop.core.app_log import log_refusal, unexpected_error
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.progress import ProgressCallback

TaskFunction = Callable[[ProgressCallback, threading.Event], Any]

_running: set[Task] = set()  # alive until their callbacks ran (also keeps them from being collected)
_in_order_lane: QThreadPool | None = None


def _lane(in_order: bool) -> QThreadPool:
    global _in_order_lane
    if not in_order:
        return QThreadPool.globalInstance()
    if _in_order_lane is None:
        _in_order_lane = QThreadPool()
        _in_order_lane.setMaxThreadCount(1)  # one at a time: a later save never overtakes an earlier one
        _in_order_lane.setExpiryTimeout(-1)
    return _in_order_lane


class _Signals(QObject):
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFunction, signals: _Signals, abort: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._abort = abort
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(lambda fraction, message: self._signals.progress.emit(fraction, message), self._abort)
        except AscnError as exc:
            log_refusal(exc, context="a background task")  # the sentence is shown, the traceback logged
            self._signals.failed.emit(exc)
        except Exception as exc:  # a bug: log it, show one sentence with the log's path
            self._signals.failed.emit(unexpected_error(exc, context="in a background task",
                                                       stopped="this task"))
        else:
            # Boxed: PySide6 under-counts a None sent through a queued Signal(object), and enough of those
            # (one per save returning None) crash the interpreter ("deallocating None").
            self._signals.succeeded.emit([result])


class Task(QObject):
    """A running background task; keeps its signals and dialog alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: TaskFunction, *, title: str, quiet: bool, in_order: bool,
                 on_success: Callable[[Any], None] | None, on_failure: Callable[[AscnError], None] | None) -> None:
        super().__init__(parent)
        self.abort = threading.Event()
        self._signals = _Signals()
        self._on_success = on_success
        self._on_failure = on_failure
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.abort.set)
        self._signals.progress.connect(self._show_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        _running.add(self)
        self.destroyed.connect(lambda _obj=None, task=self: _running.discard(task))  # its parent went first
        _lane(in_order).start(_Runnable(fn, self._signals, self.abort))

    def _show_progress(self, fraction: float, message: str) -> None:
        if self.dialog is not None:
            if message:
                self.dialog.setLabelText(message)
            # Last: a modal QProgressDialog.setValue processes events, which may deliver the
            # task's end and close the dialog under our feet.
            self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, boxed: object) -> None:
        self._close_dialog()
        try:
            if self._on_success is not None:
                assert isinstance(boxed, list)
                self._on_success(boxed[0])
        finally:
            self._end()

    def _failed(self, error: object) -> None:
        self._close_dialog()
        assert isinstance(error, AscnError)
        try:
            if self._on_failure is not None:
                self._on_failure(error)
        finally:
            self._end()

    def _end(self) -> None:
        _running.discard(self)
        self.finished.emit()
        self.deleteLater()


def run_task(parent: QWidget | None, fn: TaskFunction, *, title: str = "Working…", quiet: bool = False,
             in_order: bool = False, on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[AscnError], None] | None = None) -> Task:
    """Run ``fn(progress, abort)`` off the GUI thread; callbacks arrive on the GUI thread.

    ``quiet``: no progress dialog (short reads that refresh a page). ``in_order``: run after every
    earlier ``in_order`` task has ended (saves).
    """
    return Task(parent, fn, title=title, quiet=quiet, in_order=in_order, on_success=on_success,
                on_failure=on_failure)


def tasks_running() -> int:
    """How many tasks have not yet delivered their result to the GUI thread."""
    return len(_running)


def wait_for_tasks(timeout_ms: int = 30_000) -> None:
    """Let every task finish its work (the window is closing: no save may be cut off by the store closing)."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _in_order_lane is not None:
        _in_order_lane.waitForDone(timeout_ms)
