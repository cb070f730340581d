"""Waiting for the window to settle: the background runner's reads and saves have all answered."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ascn_desktop.gui.main_window import MainWindow
from ascn_desktop.gui.tasks import tasks_running


def settle(qtbot: QtBot, timeout: int = 20_000) -> None:
    """Return once every task of gui/tasks.py has delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=timeout)


def ready(window: MainWindow, timeout: float = 30.0) -> MainWindow:
    """`window`, once it has read its role and reference data on the background runner and listed its pages."""
    deadline = time.monotonic() + timeout
    while not window.is_ready():
        assert time.monotonic() < deadline, "the window did not read its role and reference data in time"
        QApplication.processEvents()
        time.sleep(0.002)
    return window


def window_after(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window open once every read has answered: `window`, or the one that replaced it (a new role)."""
    settle(qtbot)
    while window.successor is not None:
        window = ready(window.successor)
        settle(qtbot)
    return window
