"""A GUI process killed with SIGKILL while editing a project keeps every edit it reported as accepted.

The child opens the real main window offscreen, edits a project through the
editor's widgets (title, budget, a milestone cell), printing ``COMMITTED n``
once the saves of those accepted edits have landed (they run on the background
runner, as "All changes saved" then says), then keeps typing in the description without
leaving it; the parent SIGKILLs it and reopens the store.
"""

from __future__ import annotations

import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from ascn_desktop.core.model import Milestone, Project
from ascn_desktop.core.plans import create_plan, get_project, save_project
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from tests.kill_harness import committed_until_killed

CHILD = textwrap.dedent('''
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.gui.editor.editor_feature import open_project
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.tasks import tasks_running
    from gui_settle import ready
    from gui_typing import type_text

    def settle():
        while tasks_running():
            app.processEvents()
            QTest.qWait(1)

    def enter(edit, text):
        edit.setFocus()
        edit.selectAll()
        type_text(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    store = open_profile_store(resolve_profile(sys.argv[1]))
    window = ready(MainWindow(store, role="csco"))
    window.show()
    plan_id, project_id = int(sys.argv[2]), sys.argv[3]
    window.set_current_plan(plan_id)
    open_project(window, plan_id, project_id)
    settle()
    editor = window.page("project")
    model = editor.milestones.block.model
    for n in range(1, 300):
        enter(editor.general.title_edit, f"Chiếu sáng Đà Nẵng {n}")
        enter(editor.budget.budget_edit, str(1000 * n))
        model.setData(model.index(0, 4), str(n % 101))
        settle()
        print(f"COMMITTED {n}", flush=True)
        app.processEvents()
    editor.general.description_edit.setFocus()
    while True:  # typing that is never finished: may be lost, nothing else may
        type_text(editor.general.description_edit, "đang gõ ")
        QTest.qWait(5)
''')


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_editing_a_project_keeps_reported_edits(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    store = open_profile_store(resolve_profile(home))
    plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch")
    project = Project(code="DN-01", title="Chiếu sáng", currency="VND",
                      milestones=[Milestone(title="Thí điểm", due_year=2020, due_quarter=1)])
    save_project(store, plan_id, project)
    store.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    reported = committed_until_killed(script, str(home), str(plan_id), project.id, wanted=8)
    last = max(reported)

    reopened = open_profile_store(resolve_profile(home))
    try:
        stored = get_project(reopened, plan_id, project.id)
    finally:
        reopened.close()
    # The kill may land after a commit but before its report: the store may hold later edits.
    n = int(stored.title.rsplit(" ", 1)[1])
    assert n >= last
    assert stored.budget is not None and stored.budget >= Decimal(1000 * last)
    assert stored.milestones[0].percent in {k % 101 for k in range(last, n + 2)}
    assert "đang gõ" not in stored.description
