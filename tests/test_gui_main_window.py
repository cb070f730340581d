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
