"""The one background runner (gui/tasks.py): results arrive on the GUI thread, saves land in order,
and a long session of tasks and signals does not wear out the interpreter."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from ascn_desktop.core.errors import AscnError
from ascn_desktop.gui.tasks import run_task, tasks_running, wait_for_tasks


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_keeps_every_reference(qapp: object) -> None:
    """PySide6 6.12.0's emit() dropped a reference to True each call: a few hundred edits killed the app."""
    emitter = _Emitter()
    emitter.fired.connect(lambda _n: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        emitter.fired.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before


def test_results_arrive_on_the_gui_thread_and_saves_in_order(qtbot: QtBot) -> None:
    order: list[int] = []
    threads: set[bool] = set()

    def save(n: int) -> int:
        time.sleep(0.002 if n % 2 else 0)  # an early save that takes longer must still land first
        order.append(n)
        return n

    delivered: list[int] = []

    def arrived(n: int) -> None:
        threads.add(threading.current_thread() is threading.main_thread())
        delivered.append(n)

    for n in range(40):
        run_task(None, lambda _p, _a, n=n: save(n), quiet=True, in_order=True, on_success=arrived)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)
    assert order == list(range(40)) and delivered == list(range(40)) and threads == {True}


def test_a_refusal_arrives_as_the_sentence_and_none_as_a_result(qtbot: QtBot) -> None:
    failures: list[AscnError] = []
    results: list[object] = []

    def refuse(_p: object, _a: object) -> None:
        raise AscnError("The plan is already final.")

    run_task(None, refuse, quiet=True, on_failure=failures.append)
    for _ in range(700):  # more than the True/None references a broken binding would have left
        run_task(None, lambda _p, _a: None, quiet=True, on_success=results.append)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=30_000)
    wait_for_tasks()
    assert [f.message for f in failures] == ["The plan is already final."]
    assert results == [None] * 700


def test_a_read_before_a_dialog_opens_runs_on_the_runner_and_keeps_its_refusal(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from ascn_desktop.gui.tasks import read_before_opening

    threads: list[bool] = []

    def read() -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        return "Đà Nẵng"

    assert read_before_opening(read) == "Đà Nẵng" and threads == [False]
    assert QApplication.overrideCursor() is None  # the busy cursor is gone again

    def refused() -> None:
        raise AscnError("This profile has no signing identity yet.")

    with pytest.raises(AscnError, match="^This profile has no signing identity yet.$"):
        read_before_opening(refused)
    assert tasks_running() == 0
