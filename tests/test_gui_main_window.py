"""The first window lists the plans and shows the selected plan's projects."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui_settle import settle
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.receiving.plans_browser import PlansBrowser
from ascn_desktop.store.engine import Store


def test_lists_plans_and_shows_projects(qtbot: QtBot, demo_store: Store) -> None:
    window = ready(MainWindow(demo_store))
    qtbot.addWidget(window)
    window.show()
    window.show_page("plans")  # built when first shown
    settle(qtbot)  # the list of plans is read on the background runner
    browser = window.page("plans")
    assert isinstance(browser, PlansBrowser)
    assert browser.plan_list.count() == 26
    items = [browser.plan_list.item(n) for n in range(browser.plan_list.count())]
    hanoi = next(item for item in items if item.text().startswith("Hà Nội"))
    browser.plan_list.setCurrentItem(hanoi)
    settle(qtbot)  # and the chosen plan's projects
    assert browser.projects_model.rowCount() >= 5
    titles = {browser.projects_model.row_at(n).title for n in range(browser.projects_model.rowCount())}
    assert any("đô thị" in title or "điện tử" in title or "lũ lụt" in title for title in titles)
    assert window.current_plan_id() is not None


def test_double_clicking_a_plan_in_all_plans_opens_the_read_only_viewer(qtbot: QtBot, demo_store: Store) -> None:
    """#19: double-clicking a plan did nothing; the reviewer could not read it before deciding."""
    from PySide6.QtCore import Qt

    window = ready(MainWindow(demo_store, role="nr"))
    qtbot.addWidget(window)
    window.show()
    window.show_page("plans")  # a reviewer opens All plans (built when first shown)
    settle(qtbot)
    browser = window.page("plans")
    assert isinstance(browser, PlansBrowser)
    item = browser.plan_list.item(0)
    rect = browser.plan_list.visualItemRect(item)
    qtbot.mouseClick(browser.plan_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a person's
    qtbot.mouseDClick(browser.plan_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # double-click
    viewer = browser.viewer
    assert viewer is not None and viewer.isVisible()
    settle(qtbot)  # the plan is read on the background runner
    assert "read only" in viewer.windowTitle()
    viewer.close()


def test_only_the_first_screen_is_built_until_another_is_shown(qtbot: QtBot, hanoi_demo: Store) -> None:
    """#20: start-up builds the first screen only; the sidebar lists every page; a shortcut or a click builds one."""
    from PySide6.QtCore import Qt

    from ascn_desktop.gui.editor.plan_overview import PlanOverview
    from ascn_desktop.gui.editor.projects_page import ProjectsPage

    window = MainWindow(hanoi_demo)
    qtbot.addWidget(window)
    assert not window.is_ready() and window.sidebar.count() == 0  # role and reference data come from the runner
    ready(window)
    window.show()
    keys = [window.sidebar.item(n).data(Qt.ItemDataRole.UserRole) for n in range(window.sidebar.count())]
    assert keys == ["overview", "projects", "project", "readiness", "trust"]
    assert [type(page) for page in window.page_stack.built()] == [PlanOverview]
    assert window.has_page("readiness") and len(window.page_stack.built()) == 1  # asking builds nothing

    view_projects = next(a for a in window.view_menu.actions() if a.text() == "Projects")
    assert view_projects.shortcut().toString() == "Ctrl+2"
    view_projects.trigger()
    assert window.current_page_key() == "projects" and isinstance(window.current_page(), ProjectsPage)
    assert len(window.page_stack.built()) == 2

    rect = window.sidebar.visualItemRect(window.sidebar.item(4))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "trust" and window.current_page() is window.page("trust")
    assert len(window.page_stack.built()) == 3


def test_a_receivers_window_builds_received_plans_only(qtbot: QtBot, demo_store: Store) -> None:
    from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage

    window = ready(MainWindow(demo_store, role="nr"))
    qtbot.addWidget(window)
    assert window.current_page_key() == "received"
    assert [type(page) for page in window.page_stack.built()] == [ReceivedPlansPage]


def test_new_project_works_from_the_start_before_the_projects_table_is_built(qtbot: QtBot, hanoi_demo: Store) -> None:
    """Plan › New project and Edit › Find projects (and their toolbar buttons) are there at start; they build
    the projects table when used."""
    from ascn_desktop.core.plans import project_rows
    from ascn_desktop.gui.editor.projects_page import ProjectsPage

    window = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)  # the overview reads the plan
    toolbar = [action.text() for action in window.toolbar.actions()]
    assert "&New project" in toolbar and "&Find projects" in toolbar
    assert not any(isinstance(page, ProjectsPage) for page in window.page_stack.built())
    plan_id = window.current_plan_id()
    assert plan_id is not None
    before = len(project_rows(hanoi_demo, plan_id))
    new = next(action for action in window.plan_menu.actions() if action.text() == "&New project")
    assert new.isEnabled()
    new.trigger()  # Ctrl+N on the overview
    settle(qtbot)
    assert any(isinstance(page, ProjectsPage) for page in window.page_stack.built())
    assert len(project_rows(hanoi_demo, plan_id)) == before + 1
    assert window.current_page_key() == "project"  # the new project opens in the editor
