"""Plugs the project editor and the readiness panel into the main window (city officers only).

Pages: "project" (`ProjectEditor`) and "readiness" (`ReadinessPanel`), reachable
through ``window.page(...)`` for screenshots and other features. Clicking a
finding opens the project on the field it names; plan-level findings open
the plan overview page (if that page offers ``focus_field``, it is used too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ascn_desktop.core.readiness import Finding
from ascn_desktop.gui.editor.project_editor import ProjectEditor
from ascn_desktop.gui.editor.project_editor import open_project as open_project  # what other features call
from ascn_desktop.gui.editor.readiness_panel import ReadinessPanel

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

ROLES = ("csco",)


def install(window: MainWindow) -> None:
    # Build nothing for a reviewer's window: the widgets connect to window
    # signals, and a deleted widget's connection would fire on a dead object.
    if not window.offers(ROLES):
        return
    editor = ProjectEditor(window)
    panel = ReadinessPanel(window)
    window.add_page("project", translate("EditorFeature", "Project"), editor, roles=ROLES, icon_name="plans")
    window.add_page("readiness", translate("EditorFeature", "Readiness check"), panel, roles=ROLES, icon_name="readiness")
    panel.finding_activated.connect(lambda finding: go_to_finding(window, finding))
    window.plan_changed.connect(editor.plan_changed)

    check = QAction(translate("EditorFeature", "Check &readiness"), window)
    check.setShortcut(QKeySequence("Ctrl+Shift+R"))
    check.setStatusTip(translate("EditorFeature", "List what must be fixed before the plan can be marked final"))
    def check_readiness() -> None:
        window.show_page("readiness")
        panel.refresh()

    check.triggered.connect(check_readiness)
    window.plan_menu.addAction(check)
    window.readiness_action = check  # type: ignore[attr-defined]  # for the toolbar / other features


def go_to_finding(window: MainWindow, finding: Finding) -> None:
    plan_id = window.current_plan_id()
    if plan_id is None:
        return
    if finding.project_id is not None:
        open_project(window, plan_id, finding.project_id, field=finding.field or "title")
        return
    if finding.code == "plan.no-projects":
        window.show_page("projects")  # where New project is
        return
    window.show_page("overview")
    overview = window.page("overview")
    focus = getattr(overview, "focus_field", None)
    if callable(focus):
        focus(finding.field)
