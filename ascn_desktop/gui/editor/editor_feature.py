"""Plugs the projects table, the project editor and the readiness panel into the main window (city officers only).

Pages: "projects" (`ProjectsPage`), "project" (`ProjectEditor`) and "readiness" (`ReadinessPanel`), reachable
through ``window.page(...)`` for screenshots and other features. Clicking a
finding opens the project on the field it names; plan-level findings open
the plan overview page (if that page offers ``focus_field``, it is used too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence


translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ascn_desktop.core.readiness import Finding
    from ascn_desktop.gui.editor.projects_actions import ProjectsActions
    from ascn_desktop.gui.main_window import MainWindow

ROLES = ("csco",)


def install(window: MainWindow) -> None:
    # Build nothing for a reviewer's window: the widgets connect to window
    # signals, and a deleted widget's connection would fire on a dead object.
    if not window.offers(ROLES):
        return
    from ascn_desktop.gui.editor.projects_actions import ProjectsActions

    actions = ProjectsActions(window)  # New project, Find…: there before the table is built, and build it
    window.add_page("projects", translate("ProjectsPage", "Projects"), lambda: _projects_page(window, actions),
                    roles=ROLES, icon_name="projects")
    window.add_page("project", translate("EditorFeature", "Project"), lambda: _project_editor(window), roles=ROLES,
                    icon_name="plans")
    window.add_page("readiness", translate("EditorFeature", "Readiness check"), lambda: _readiness_panel(window),
                    roles=ROLES, icon_name="readiness")

    check = QAction(translate("EditorFeature", "Check &readiness"), window)
    check.setShortcut(QKeySequence("Ctrl+Shift+R"))
    check.setStatusTip(translate("EditorFeature", "List what must be fixed before the plan can be marked final"))
    def check_readiness() -> None:
        window.show_page("readiness")
        panel = window.page("readiness")
        refresh = getattr(panel, "refresh", None)
        if callable(refresh):
            refresh()

    check.triggered.connect(check_readiness)
    window.plan_menu.addAction(check)
    window.readiness_action = check  # type: ignore[attr-defined]  # for the toolbar / other features


# The pages are built the first time they are shown (gui/window_pages.py), their modules loaded then.
def _projects_page(window: MainWindow, actions: ProjectsActions) -> QWidget:
    from ascn_desktop.gui.editor.projects_page import ProjectsPage

    return ProjectsPage(window, actions)


def _project_editor(window: MainWindow) -> QWidget:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor

    editor = ProjectEditor(window)
    window.plan_changed.connect(editor.plan_changed)
    return editor


def _readiness_panel(window: MainWindow) -> QWidget:
    from ascn_desktop.gui.editor.readiness_panel import ReadinessPanel

    panel = ReadinessPanel(window)
    panel.finding_activated.connect(lambda finding: go_to_finding(window, finding))
    return panel


def open_project(window: MainWindow, plan_id: int, project_id: str, *, field: str | None = None) -> None:
    """Show the editor on a project (and a field of it): what other features call."""
    from ascn_desktop.gui.editor.project_editor import open_project as open_in_editor

    open_in_editor(window, plan_id, project_id, field=field)


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
