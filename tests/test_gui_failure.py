"""Failing well in the desktop app: the log is set up at start, a bug shows one sentence with
"Open log folder", Help -> About names the log folder, Help -> Copy diagnostic information."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop import __version__
from ascn_desktop.core import app_log
from ascn_desktop.core.errors import AscnError
from ascn_desktop.gui import app as gui_app
from ascn_desktop.gui import style
from ascn_desktop.gui.failure import UnexpectedErrorDialog, install_failure_handler
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store


@pytest.fixture(autouse=True)
def _restore_hooks_and_handlers() -> Iterator[None]:
    hooks = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hooks
    for handler in list(app_log.log.handlers):
        if isinstance(handler, app_log.ProfileLogHandler):
            app_log.log.removeHandler(handler)
            handler.close()


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def _error_dialog() -> UnexpectedErrorDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, UnexpectedErrorDialog) and w.isVisible()]
    return found[-1] if found else None


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_one_sentence_and_opens_the_log_folder(
        qtbot: QtBot, hanoi_demo: Store, opened_urls: list[QUrl], capsys: pytest.CaptureFixture[str]) -> None:
    log_file = app_log.setup_logging(hanoi_demo.profile, program="test")
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    install_failure_handler(fallback_folder=hanoi_demo.profile.log_dir, debug=False)

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: _error_dialog() is not None)
    dialog = _error_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    sentence = dialog.message.text()
    assert sentence.startswith("An unexpected error (ZeroDivisionError) stopped what you were doing;")
    assert str(log_file) in sentence and "Traceback" not in sentence
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "ZeroDivisionError: a bug in a slot" in logged
    err = capsys.readouterr().err
    assert "Traceback" not in err and sentence in err  # stderr gets the sentence too, not the traceback

    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(log_file.parent))]
    assert dialog.isVisible()  # the sentence stays while the officer attaches the file
    dialog.reject()


@pytest.mark.qt_no_exception_capture
def test_debug_prints_the_traceback_too(qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app_log.setup_logging(gui_app.resolve_profile(tmp_path), program="test")
    reporter = install_failure_handler(fallback_folder=tmp_path, debug=True)
    try:
        raise LookupError("shown in debug")
    except LookupError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "LookupError: shown in debug" in err
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    reporter.dialog.reject()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_another_thread_reaches_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    app_log.setup_logging(gui_app.resolve_profile(tmp_path), program="test")
    reporter = install_failure_handler(fallback_folder=tmp_path, debug=False)
    thread = threading.Thread(target=lambda: {}["missing"])
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "(KeyError)" in reporter.dialog.message.text()
    reporter.dialog.reject()


def test_a_bug_in_a_background_task_shows_the_log_folder_button(qtbot: QtBot, hanoi_demo: Store,
                                                                opened_urls: list[QUrl]) -> None:
    log_file = app_log.setup_logging(hanoi_demo.profile, program="test")
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)

    def broken(_progress: object, _abort: object) -> None:
        raise AttributeError("a bug off the GUI thread")

    task = run_task(window, broken, quiet=True, on_failure=window.show_error)  # type: ignore[arg-type]
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    dialog = _error_dialog()
    assert dialog is not None
    assert "(AttributeError) stopped this task" in dialog.message.text() and str(log_file) in dialog.message.text()
    assert "a bug off the GUI thread" in log_file.read_text(encoding="utf-8")
    dialog.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(log_file.parent))]
    dialog.reject()


def test_a_bug_while_starting_ends_in_the_sentence_and_the_log(qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`ascn-desktop` itself: logging set up at start, a start-up bug shown in the dialog (exit status 1)."""
    shown: list[str] = []

    def broken_window(*_args: object) -> int:
        raise RuntimeError("a bug while starting")

    monkeypatch.setattr(gui_app, "_show_window", broken_window)
    monkeypatch.setattr(style, "apply_style", lambda _app: None)  # the test application keeps its own look
    monkeypatch.setattr(UnexpectedErrorDialog, "exec", lambda self: shown.append(self.message.text()) or 0)
    home = tmp_path / "Hồ sơ"
    hooks = sys.excepthook, threading.excepthook
    assert gui_app.main(["--home", str(home)]) == 1
    log_file = home / "logs" / "ascn.log"
    assert len(shown) == 1 and str(log_file) in shown[0] and "(RuntimeError) stopped ASCN Desktop" in shown[0]
    assert "RuntimeError: a bug while starting" in log_file.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "Traceback" not in err and shown[0] in err
    assert (sys.excepthook, threading.excepthook) == hooks  # main() puts the hooks back


def test_about_names_the_log_folder_and_diagnostics_go_to_the_clipboard(qtbot: QtBot, hanoi_demo: Store) -> None:
    app_log.setup_logging(hanoi_demo.profile, program="test")
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    window.about_action.trigger()  # type: ignore[attr-defined]
    box = window.about_box  # type: ignore[attr-defined]
    assert isinstance(box, QMessageBox)
    assert "Log folder:" in box.text() and str(hanoi_demo.profile.home / "logs") in box.text()
    box.close()

    assert window.copy_diagnostics_action in window.help_menu.actions()  # type: ignore[attr-defined]
    QGuiApplication.clipboard().clear()
    window.copy_diagnostics_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "copied" in window.statusBar().currentMessage(), timeout=10_000)  # read on the runner
    copied = QGuiApplication.clipboard().text()
    for needed in (f"ASCN Desktop: {__version__}", "Qt: 6.", "Store schema: 0", "Operating system:",
                   f"Log folder: {hanoi_demo.profile.home / 'logs'}", f"Profile folder: {hanoi_demo.profile.home}"):
        assert needed in copied, needed
    assert "copied" in window.statusBar().currentMessage()


def test_an_expected_refusal_shows_its_sentence_and_logs_its_traceback_once(qtbot: QtBot,
                                                                            hanoi_demo: Store) -> None:
    log_file = app_log.setup_logging(hanoi_demo.profile, program="test")
    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)

    def refused(_progress: object, _abort: object) -> None:
        raise AscnError("The folder X:\\Báo cáo does not exist; choose an existing folder.")

    task = run_task(window, refused, quiet=True, on_failure=window.show_error)  # type: ignore[arg-type]
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    box = window.findChild(QMessageBox, "error-box")
    assert box is not None and box.text().startswith("The folder X:\\Báo cáo does not exist")
    assert "Traceback" not in box.text()
    logged = log_file.read_text(encoding="utf-8")
    assert logged.count("refused: The folder X:\\Báo cáo") == 1 and "Traceback (most recent call last)" in logged
    box.close()
