"""Never lose work: a GUI process killed with SIGKILL mid-edit keeps every edit it reported as accepted.

A child process opens the real main window offscreen, drives the overview's
widgets with key and mouse events, and prints ``COMMITTED n`` after each
accepted edit (its save on the background runner has answered); the parent SIGKILLs it in the middle of typing and reopens the
store.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from ascn_desktop.core.plans import find_plan_id, get_plan_header
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.workplace import Workplace, save_workplace
from tests.kill_harness import committed_until_killed

FOCUS = ["CS", "HW", "SS", "QE", "BI", "II"]

CHILD = textwrap.dedent('''
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.gui.main_window import MainWindow
    from gui_settle import ready
    from ascn_desktop.gui.tasks import tasks_running
    from gui_typing import type_text

    def settle():  # an edit is accepted once its save on the background runner has answered
        while tasks_running():
            app.processEvents()

    store = open_profile_store(resolve_profile(sys.argv[1]))
    window = ready(MainWindow(store))
    window.show()
    overview = window.page("overview")
    settle()
    QTest.mouseClick(overview.create_button, Qt.MouseButton.LeftButton)
    settle()
    print("COMMITTED 0", flush=True)
    for n in range(1, 400):
        if n % 2:
            overview.title_edit.setFocus()
            overview.title_edit.selectAll()
            type_text(overview.title_edit, f"Kế hoạch Hà Nội {n}")
            QTest.keyClick(overview.title_edit, Qt.Key.Key_Return)
        else:
            overview.focus_list.setFocus()
            overview.focus_list.setCurrentRow((n // 2) % 6)
            QTest.keyClick(overview.focus_list, Qt.Key.Key_Space)
        settle()
        print(f"COMMITTED {n}", flush=True)
        app.processEvents()
    overview.vision_edit.setFocus()
    while True:  # typing that is never accepted: may be lost, nothing else may
        type_text(overview.vision_edit, "đang gõ ")
        QTest.qWait(5)
''')


def expected_state(last: int) -> tuple[str, list[str]]:
    """The plan's title and focus areas after commit number `last` of the child's script."""
    title = ""
    checked: set[str] = set()
    for n in range(1, last + 1):
        if n % 2:
            title = f"Kế hoạch Hà Nội {n}"
        else:
            checked ^= {FOCUS[(n // 2) % 6]}
    return title, [code for code in FOCUS if code in checked]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_edit_keeps_every_reported_edit(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    store = open_profile_store(resolve_profile(home))
    save_workplace(store.profile, Workplace(country="VNM", city="VNM-HA-NOI"))
    store.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    reported = committed_until_killed(script, str(home), wanted=14)
    last = max(reported)

    reopened = open_profile_store(resolve_profile(home))
    try:
        plan_id = find_plan_id(reopened, "VNM-HA-NOI")
        assert plan_id is not None
        plan = get_plan_header(reopened, plan_id)
    finally:
        reopened.close()
    # The kill may land between a commit and its report: the store then holds one edit more.
    assert (plan.title, plan.focus_areas) in (expected_state(last), expected_state(last + 1))
    assert "đang gõ" not in plan.vision
