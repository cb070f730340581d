"""Waiting for the window to settle: the background runner's reads and saves have all answered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ascn_desktop.gui.tasks import tasks_running


def settle(qtbot: QtBot, timeout: int = 20_000) -> None:
    """Return once every task of gui/tasks.py has delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=timeout)
