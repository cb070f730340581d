"""The readiness panel lists the findings; clicking one opens the project editor on that field."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from tests.gui_settle import settle

from ascn_desktop.core.model import Indicator, Milestone, Project
from ascn_desktop.core.plans import create_plan, save_project
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.editor.project_editor import ProjectEditor
from ascn_desktop.gui.editor.readiness_panel import ReadinessPanel
from ascn_desktop.store.engine import Store


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    plan_id = create_plan(store, city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội")
    project = Project(code="HN-01", title="Giao thông thông minh Hà Nội", focus_area=None, currency="VND",
                      start_year=2020, end_year=2019, budget=Decimal(1000),
                      milestones=[Milestone(title="Khởi công", due_year=2020, due_quarter=1)],
                      indicators=[Indicator(name="Xe buýt điện", unit="")])
    save_project(store, plan_id, project)
    main = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    main.set_current_plan(plan_id)
    yield main


def click_finding(qtbot: QtBot, panel: ReadinessPanel, code: str) -> None:
    item = panel.item_for(code)
    assert item is not None, [panel.list.item(n).text() for n in range(panel.list.count())]
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_findings_listed_and_click_focuses_the_field(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("readiness")
    panel = window.page("readiness")
    assert isinstance(panel, ReadinessPanel)
    settle(qtbot)  # the plan is checked on the background runner
    codes = [finding.code for finding in panel.findings]
    assert {"project.no-focus-area", "project.end-before-start", "indicator.no-unit",
            "plan.no-vision"} <= set(codes)
    assert panel.findings[0].severity == "error" and panel.findings[-1].severity == "warning"
    assert "error" in panel.summary.text()
    assert "HN-01" in panel.item_for("indicator.no-unit").text()  # type: ignore[union-attr]

    editor = window.page("project")
    assert isinstance(editor, ProjectEditor)
    click_finding(qtbot, panel, "project.no-focus-area")
    settle(qtbot)  # the project is read on the background runner
    assert window.current_page() is editor
    assert editor.tabs.currentWidget() is editor.general
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.general.focus_combo)

    window.show_page("readiness")
    settle(qtbot)
    click_finding(qtbot, panel, "indicator.no-unit")
    settle(qtbot)
    assert editor.tabs.currentWidget() is editor.indicators
    focused = QApplication.focusWidget()
    assert isinstance(focused, QTableView) and focused is editor.indicators.block.view
    assert focused.currentIndex().row() == 0 and focused.currentIndex().column() == 1  # the Unit column

    window.show_page("readiness")
    settle(qtbot)
    click_finding(qtbot, panel, "project.end-before-start")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.general.end_spin)


def test_fixing_a_field_updates_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("readiness")
    panel = window.page("readiness")
    assert isinstance(panel, ReadinessPanel)
    settle(qtbot)
    click_finding(qtbot, panel, "project.no-focus-area")
    settle(qtbot)
    editor = window.page("project")
    assert isinstance(editor, ProjectEditor)
    combo = editor.general.focus_combo
    index = combo.findData("SS")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    window.show_page("readiness")
    settle(qtbot)  # the save, then the check after it
    assert "project.no-focus-area" not in [finding.code for finding in panel.findings]
    window.undo_stack.undo()
    settle(qtbot)
    assert "project.no-focus-area" in [finding.code for finding in panel.findings]


def test_plan_level_finding_opens_the_overview(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("readiness")
    panel = window.page("readiness")
    assert isinstance(panel, ReadinessPanel)
    settle(qtbot)
    click_finding(qtbot, panel, "plan.no-vision")
    overview = window.page("overview")
    assert overview is not None and window.current_page() is overview


def test_plans_are_checked_in_the_background(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.page("readiness")
    assert isinstance(panel, ReadinessPanel)
    panel.refresh()
    assert panel.summary.text() == "Checking the plan…"  # the answer comes from the runner, not at once
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=10_000)
    assert "project.no-focus-area" in [finding.code for finding in panel.findings]
    assert "Kế hoạch Hà Nội" in panel.summary.text()


def test_the_overview_readiness_line_follows_every_change(qtbot: QtBot, store: Store) -> None:
    """New project used to leave 'Ready: no errors or warnings' on the overview while the Readiness page had an error."""
    from ascn_desktop.gui.editor.plan_overview import PlanOverview
    from ascn_desktop.gui.editor.projects_page import ProjectsPage

    plan_id = create_plan(store, city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội")
    main = ready(MainWindow(store, role="csco", city="VNM-HA-NOI"))
    qtbot.addWidget(main)
    main.show()
    overview, projects = main.page("overview"), main.page("projects")
    assert isinstance(overview, PlanOverview) and isinstance(projects, ProjectsPage)
    settle(qtbot)  # the overview reads the plan on the background runner
    assert main.current_plan_id() == plan_id
    overview.refresh_readiness()
    settle(qtbot)
    assert "1 error" in overview.readiness_label.text()  # no project: never "Ready"
    assert "Ready" not in overview.readiness_label.text()
    before = overview.readiness_label.text()
    main.show_page("projects")
    settle(qtbot)
    projects.new_action.trigger()
    qtbot.waitUntil(lambda: overview.readiness_label.text() != before, timeout=3000)
    assert "Ready" not in overview.readiness_label.text()  # the new project has no focus area yet
    main.undo_action.trigger()
    qtbot.waitUntil(lambda: overview.readiness_label.text() == before, timeout=3000)
