"""What the desktop app does with an error nobody foresaw (a bug).

`install_failure_handler` replaces ``sys.excepthook`` (which PySide6 calls for an
exception escaping a slot or an event handler) and ``threading.excepthook``. A
bug is written with its traceback to the log (core/app_log.py) and shown as one
sentence in a dialog whose "Open log folder" button opens the folder in the
system's file manager, so a city officer can attach the file to an e-mail.
With ``--debug`` or ``ASCN_DEBUG=1`` the traceback is also printed on stderr.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QStyle, QVBoxLayout,
                               QWidget)

from ascn_desktop import APP_NAME
from ascn_desktop.core.app_log import log_unexpected, unexpected_error_sentence

DIALOG_NAME = "unexpected-error-box"


def open_log_folder(folder: Path) -> bool:
    """Show `folder` in the file manager (Explorer, Finder, the desktop's own)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class UnexpectedErrorDialog(QDialog):
    """The sentence, with "Open log folder" next to Close (which alone closes the dialog)."""

    def __init__(self, sentence: str, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        self.setWindowTitle(APP_NAME)
        self.log_folder = log_folder
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(sentence)
        self.message.setObjectName("unexpected-error-sentence")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = buttons.addButton(self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.setObjectName("open-log-folder")
        self.open_folder_button.clicked.connect(lambda: open_log_folder(self.log_folder))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)


class FailureReporter(QObject):
    """Turns an exception into the log entry and the dialog; lives in the GUI thread."""

    reported = Signal(str, str)  # sentence, log folder: queued across threads to the GUI thread

    def __init__(self, *, fallback_folder: Path, debug: bool) -> None:
        super().__init__()
        self.fallback_folder = fallback_folder
        self.debug = debug
        self.dialog: UnexpectedErrorDialog | None = None
        self.reported.connect(self._show)

    def report(self, exc: BaseException) -> str:
        """Log `exc`, print the sentence on stderr, show it (from any thread); returns the sentence."""
        log_file = log_unexpected(exc, context="in the desktop app")
        sentence = unexpected_error_sentence(exc, log_file, stopped="work")
        print(f"ascn-desktop: {sentence}", file=sys.stderr)
        if self.debug:
            traceback.print_exception(exc, file=sys.stderr)
        self.reported.emit(sentence, str(log_file.parent if log_file else self.fallback_folder))
        return sentence

    def _show(self, sentence: str, folder: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # a bug that repeats (in a paint event, say) is logged each time but shown once
        parent = QApplication.activeWindow()
        self.dialog = UnexpectedErrorDialog(sentence, Path(folder), parent)
        self.dialog.open()


def install_failure_handler(*, fallback_folder: Path, debug: bool) -> FailureReporter:
    """Route uncaught exceptions of the GUI (and of any thread) to one `FailureReporter`."""
    reporter = FailureReporter(fallback_folder=fallback_folder, debug=debug)

    def on_exception(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, trace)
            return
        reporter.report(exc.with_traceback(trace))

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            reporter.report(args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    return reporter


def show_fatal_error(exc: BaseException, *, fallback_folder: Path, debug: bool) -> int:
    """A bug before the main window is up: the sentence in a dialog that waits; returns exit status 1."""
    log_file = log_unexpected(exc, context="while the desktop app started")
    sentence = unexpected_error_sentence(exc, log_file, stopped="app")
    print(f"ascn-desktop: {sentence}", file=sys.stderr)
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    if QApplication.instance() is not None:
        UnexpectedErrorDialog(sentence, log_file.parent if log_file else fallback_folder).exec()
    return 1
