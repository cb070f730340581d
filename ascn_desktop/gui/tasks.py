"""The one way the GUI runs work off its thread.

`run_task(parent, fn, on_success=…, on_failure=…, title=…)` runs ``fn(progress,
abort)`` in Qt's global thread pool, shows a progress dialog with a Cancel
button (unless ``quiet``), and calls back on the GUI thread. Tasks never touch
widgets; they receive the core's progress callback and abort event.

Reads run side by side. Writes that must land in the order the person made them
(the undo stack's saves, one after the other) pass ``in_order=True``: they run
one at a time, first come first served, on a lane of their own; a short read
that must see them (the project editor's project) queues behind them there.
``wait_for_tasks()`` blocks until every task has ended (before the store
closes); tests use ``tasks_running()`` to wait for the window to settle.
``read_before_opening(fn)`` is for the few short reads a dialog needs
before it can open (which dialog, with what): it runs ``fn`` on the runner under
a busy cursor while the window keeps painting, and returns its result.

Workers report through one bridge object that lives as long as the
application, never through an object of their own: a QObject of the GUI thread
must not be destroyed on a worker thread, and a page may be closed (and its
task with it) while its worker still runs. A task whose page is gone ends
without calling back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

import itertools
import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ascn_desktop.core.app_log import log_refusal, unexpected_error
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.progress import ProgressCallback

TaskFunction = Callable[[ProgressCallback, threading.Event], Any]
T = TypeVar("T")

_running: dict[int, Task] = {}  # by key, until their results are delivered
_keys = itertools.count(1)
_in_order_lane: QThreadPool | None = None
_bridge: _Bridge | None = None


class _Bridge(QObject):
    """Carries every worker's progress and result to the GUI thread (one object, never deleted)."""

    progress = Signal(int, float, str)
    succeeded = Signal(int, object)
    failed = Signal(int, object)


def _the_bridge() -> _Bridge:
    global _bridge
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.progress.connect(lambda key, fraction, message: _deliver(key, "progress", fraction, message))
        _bridge.succeeded.connect(lambda key, boxed: _deliver(key, "succeeded", boxed))
        _bridge.failed.connect(lambda key, error: _deliver(key, "failed", error))
    return _bridge


def _deliver(key: int, what: str, *args: Any) -> None:
    task = _running.get(key) if what == "progress" else _running.pop(key, None)
    if task is not None:
        getattr(task, f"_{what}")(*args)


def _lane(in_order: bool) -> QThreadPool:
    global _in_order_lane
    if not in_order:
        return QThreadPool.globalInstance()
    if _in_order_lane is None:
        _in_order_lane = QThreadPool()
        _in_order_lane.setMaxThreadCount(1)  # one at a time: a later save never overtakes an earlier one
        _in_order_lane.setExpiryTimeout(-1)
    return _in_order_lane


class _Runnable(QRunnable):
    def __init__(self, key: int, fn: TaskFunction, abort: threading.Event, bridge: _Bridge) -> None:
        super().__init__()
        self._key, self._fn, self._abort, self._bridge = key, fn, abort, bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        key, bridge = self._key, self._bridge
        try:
            result = self._fn(lambda fraction, message: bridge.progress.emit(key, fraction, message), self._abort)
        except AscnError as exc:
            log_refusal(exc, context="a background task")  # the sentence is shown, the traceback logged
            bridge.failed.emit(key, exc)
        except Exception as exc:  # a bug: log it, show one sentence with the log's path
            bridge.failed.emit(key, unexpected_error(exc, context="in a background task", stopped="task"))
        else:
            # Boxed: PySide6 under-counts a None sent through a queued Signal(object), and enough of those
            # (one per save returning None) crash the interpreter ("deallocating None").
            bridge.succeeded.emit(key, [result])


class Task(QObject):
    """A running background task: its abort event, its progress dialog, `finished` when it has ended."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: TaskFunction, *, title: str, quiet: bool, in_order: bool,
                 on_success: Callable[[Any], None] | None, on_failure: Callable[[AscnError], None] | None) -> None:
        super().__init__()  # no Qt parent: kept by _running until its result is delivered
        self.abort = threading.Event()
        self._parent = parent
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
        key = next(_keys)
        _running[key] = self
        _lane(in_order).start(_Runnable(key, fn, self.abort, _the_bridge()))

    def _asker_gone(self) -> bool:
        """The widget that asked was destroyed: its callbacks would touch dead widgets."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _progress(self, fraction: float, message: str) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            if message:
                self.dialog.setLabelText(message)
            # Last: a modal QProgressDialog.setValue processes events, which may deliver the
            # task's end and close the dialog under our feet.
            self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None

    def _succeeded(self, boxed: object) -> None:
        self._close_dialog()
        try:
            if self._on_success is not None and not self._asker_gone():
                assert isinstance(boxed, list)
                self._on_success(boxed[0])
        finally:
            self.finished.emit()

    def _failed(self, error: object) -> None:
        self._close_dialog()
        assert isinstance(error, AscnError)
        try:
            if self._on_failure is not None and not self._asker_gone():
                self._on_failure(error)
        finally:
            self.finished.emit()


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


def read_before_opening(read: Callable[[], T]) -> T:
    """Run a short read on the runner and wait for it: a busy cursor, the window still painted.

    For what decides which dialog opens (is there a signing identity?). Clicks and keys wait until
    the answer is in, so nothing else starts meanwhile. A refusal is raised as its AscnError.
    """
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()
    task = run_task(None, lambda _progress, _abort: read(), quiet=True,  # no asker to outlive: always answers
                    on_success=lambda result: outcome.append((True, result)),
                    on_failure=lambda error: outcome.append((False, error)))
    task.finished.connect(loop.quit)  # delivered through the event loop: never before exec() runs
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QApplication.restoreOverrideCursor()
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value


class NewestRead:
    """A page's read on the runner, asked again whenever the store changes: only the newest answer is shown.

    ``ask(fn, shown, failed)`` runs ``fn()`` quietly; the answer (or refusal) of an older ask is dropped,
    as a newer one is on its way. ``loading`` is true from an ask until its answer.
    """

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._asked = 0
        self.loading = False

    def ask(self, fn: Callable[[], Any], shown: Callable[[Any], None],
            failed: Callable[[AscnError], None]) -> None:
        self._asked += 1
        asked = self._asked
        self.loading = True

        def newest(deliver: Callable[[Any], None], answer: Any) -> None:
            if asked == self._asked:
                self.loading = False
                deliver(answer)

        run_task(self._owner, lambda _progress, _abort: fn(), quiet=True,
                 on_success=lambda result: newest(shown, result), on_failure=lambda error: newest(failed, error))

    def forget(self) -> None:
        """Drop the answers of every ask so far (a fresher answer is being shown another way)."""
        self._asked += 1
        self.loading = False
