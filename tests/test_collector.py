"""core/collector: the collector is off inside a pause, back as it was after, even on an error."""

from __future__ import annotations

import gc

import pytest

from ascn_desktop.core.collector import CollectorPause, collector_paused


def test_paused_inside_and_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("stop")
    assert gc.isenabled()


def test_an_inner_pause_leaves_the_collector_to_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block did not turn it back on under the outer one
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_ends_where_it_is_ended_once() -> None:
    pause = CollectorPause()  # the desktop's start-up: begun in main, ended when the first screen is shown
    assert not gc.isenabled()
    pause.end()
    assert gc.isenabled()
    gc.disable()  # someone else's pause since: a second end leaves it alone
    try:
        pause.end()
        assert not gc.isenabled()
    finally:
        gc.enable()
