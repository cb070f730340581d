"""The first window lists the plans and shows the selected plan's projects."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ascn_desktop.gui.main_window import MainWindow
from ascn_desktop.gui.receiving.plans_browser import PlansBrowser
from ascn_desktop.store.engine import Store


def test_lists_plans_and_shows_projects(qtbot: QtBot, demo_store: Store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    browser = window.page("plans")
    assert isinstance(browser, PlansBrowser)
    assert browser.plan_list.count() == 26
    items = [browser.plan_list.item(n) for n in range(browser.plan_list.count())]
    hanoi = next(item for item in items if item.text().startswith("Hà Nội"))
    browser.plan_list.setCurrentItem(hanoi)
    assert browser.projects_model.rowCount() >= 5
    titles = {browser.projects_model.row_at(n).title for n in range(browser.projects_model.rowCount())}
    assert any("đô thị" in title or "điện tử" in title or "lũ lụt" in title for title in titles)
    assert window.current_plan_id() is not None
