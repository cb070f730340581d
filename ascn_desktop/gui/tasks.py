"""The one way the GUI runs work off its thread.

`run_task(parent, fn, on_success=…, on_failure=…, title=…)` runs ``fn(progress,
abort)`` in Qt's global thread pool, shows a progress dialog with a Cancel
button (unless ``quiet``), and calls back on the GUI thread. Tasks never touch
widgets; they receive the core's progress callback and abort event.
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
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A running background task; keeps its signals and dialog alive until it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: TaskFunction, *, title: str, quiet: bool,
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
        QThreadPool.globalInstance().start(_Runnable(fn, self._signals, self.abort))

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

    def _succeeded(self, result: object) -> None:
        self._close_dialog()
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit()
        self.deleteLater()

    def _failed(self, error: object) -> None:
        self._close_dialog()
        assert isinstance(error, AscnError)
        if self._on_failure is not None:
            self._on_failure(error)
        self.finished.emit()
        self.deleteLater()


def run_task(parent: QWidget | None, fn: TaskFunction, *, title: str = "Working…", quiet: bool = False,
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[AscnError], None] | None = None) -> Task:
    """Run ``fn(progress, abort)`` off the GUI thread; callbacks arrive on the GUI thread."""
    return Task(parent, fn, title=title, quiet=quiet, on_success=on_success, on_failure=on_failure)
