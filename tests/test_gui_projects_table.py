"""Projects page: filter (accent-insensitive), sort, columns remembered, new/delete with undo."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ascn_desktop.core.plans import find_plan_id, project_rows
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.editor.projects_model import Column
from ascn_desktop.gui.editor.projects_page import ProjectsPage
from ascn_desktop.store.engine import Store
from tests.gui_typing import type_text
from tests.gui_settle import settle

HANOI = "VNM-HA-NOI"



def open_projects(qtbot: QtBot, store: Store) -> tuple[MainWindow, ProjectsPage]:
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    window.show_page("projects")
    page = window.page("projects")
    assert isinstance(page, ProjectsPage)
    qtbot.waitUntil(lambda: page.model.total_count() > 0)
    return window, page


def shown_codes(page: ProjectsPage) -> list[str]:
    return [page.model.row_at(n).code for n in range(page.model.rowCount())]


def test_filter_accent_insensitive_and_by_fields(qtbot: QtBot, hanoi_demo: Store) -> None:
    window, page = open_projects(qtbot, hanoi_demo)
    plan_id = find_plan_id(hanoi_demo, HANOI)
    assert page.model.total_count() == len(project_rows(hanoi_demo, plan_id))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find focuses the filter
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "do thi")
    assert shown_codes(page) == ["HN-03", "HN-04"]
    assert "2 of 6 projects" in page.count_label.text()
    page.filter_edit.clear()
    type_text(page.filter_edit, "ĐÔ THỊ thông")
    assert shown_codes(page) == ["HN-03", "HN-04"]
    page.filter_edit.clear()
    page.focus_combo.setCurrentIndex(page.focus_combo.findData("QE"))
    assert shown_codes(page) == ["HN-05", "HN-06"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("on_hold"))
    assert shown_codes(page) == ["HN-05"]
    page.focus_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(0)
    page.private_check.click()
    assert shown_codes(page) == ["HN-03", "HN-05"]
    page.private_check.click()
    page.year_from.setValue(2023)
    assert shown_codes(page) == ["HN-04", "HN-06"]  # projects running in or after 2023
    page.year_from.setValue(0)
    page.year_to.setValue(2019)
    assert shown_codes(page) == ["HN-02"]


def test_sort_by_clicking_headers(qtbot: QtBot, hanoi_demo: Store) -> None:
    _window, page = open_projects(qtbot, hanoi_demo)
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(Column.YEARS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    starts = [page.model.row_at(n).start_year for n in range(page.model.rowCount())]
    assert starts == sorted(starts)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    starts = [page.model.row_at(n).start_year for n in range(page.model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    page.view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_codes(page)[0] == "HN-03"  # "Chiếu sáng…" sorts as "chieu sang"


def test_columns_hidden_and_reordered_are_remembered(qtbot: QtBot, hanoi_demo: Store) -> None:
    window, page = open_projects(qtbot, hanoi_demo)
    header = page.view.horizontalHeader()
    menu = page.column_menu()
    lead = next(a for a in menu.actions() if a.text() == "Lead agency")
    lead.trigger()  # uncheck: hide
    assert header.isSectionHidden(Column.LEAD_AGENCY)
    usd = next(a for a in menu.actions() if a.text() == "Budget (USD)")
    usd.trigger()  # hidden by default: show
    header.moveSection(header.visualIndex(Column.STATUS), 0)
    assert header.logicalIndex(0) == Column.STATUS
    window.close()

    again = ready(MainWindow(hanoi_demo))
    qtbot.addWidget(again)
    page2 = again.page("projects")
    assert isinstance(page2, ProjectsPage)
    header2 = page2.view.horizontalHeader()
    assert header2.isSectionHidden(Column.LEAD_AGENCY)
    assert not header2.isSectionHidden(Column.BUDGET_USD)
    assert header2.logicalIndex(0) == Column.STATUS


def test_delete_asks_once_and_undo_restores(qtbot: QtBot, hanoi_demo: Store,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = open_projects(qtbot, hanoi_demo)
    plan_id = find_plan_id(hanoi_demo, HANOI)
    asked: list[list[str]] = []
    monkeypatch.setattr(page, "confirm_delete", lambda titles: asked.append(titles) or True)
    page.select_project(page.model.row_at(2).uuid)  # HN-03 "Chiếu sáng đô thị thông minh"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked == [["Chiếu sáng đô thị thông minh"]]
    settle(qtbot)  # the delete is saved on the background runner
    assert "HN-03" not in [r.code for r in project_rows(hanoi_demo, plan_id)]
    assert window.undo_action.text() == "&Undo delete project “Chiếu sáng đô thị thông minh”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert [r.code for r in project_rows(hanoi_demo, plan_id)][2] == "HN-03"
    qtbot.waitUntil(lambda: "HN-03" in shown_codes(page))


def test_refused_delete_changes_nothing(qtbot: QtBot, hanoi_demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_projects(qtbot, hanoi_demo)
    plan_id = find_plan_id(hanoi_demo, HANOI)
    monkeypatch.setattr(page, "confirm_delete", lambda titles: False)
    page.select_project(page.model.row_at(0).uuid)
    assert page.delete_selected() == 0
    assert len(project_rows(hanoi_demo, plan_id)) == 6


def test_new_project_with_ctrl_n_and_undo(qtbot: QtBot, hanoi_demo: Store) -> None:
    window, page = open_projects(qtbot, hanoi_demo)
    plan_id = find_plan_id(hanoi_demo, HANOI)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)  # the save, then the reads after it
    rows = project_rows(hanoi_demo, plan_id)
    assert len(rows) == 7 and rows[-1].title == "New project" and rows[-1].currency == "VND"
    assert rows[-1].code == "HN-07"  # follows the plan's own code pattern
    assert window.current_page_key() == "project"  # opened in the editor
    qtbot.waitUntil(lambda: page.selected_uuids() == [rows[-1].uuid])  # once the rows are read again
    window.undo_action.trigger()
    settle(qtbot)
    assert len(project_rows(hanoi_demo, plan_id)) == 6


def test_hidden_page_reads_rows_in_the_background(qtbot: QtBot, hanoi_demo: Store) -> None:
    from ascn_desktop.core.model import Project
    from ascn_desktop.core.plans import save_project

    window, page = open_projects(qtbot, hanoi_demo)
    window.show_page("overview")
    assert not page.isVisible()
    plan_id = find_plan_id(hanoi_demo, HANOI)
    save_project(hanoi_demo, plan_id, Project(code="HN-07", title="Giao thông thông minh"))
    window.store_changed.emit()  # what an import or another page does after writing
    qtbot.waitUntil(lambda: page.model.total_count() == 7)  # read off the GUI thread while hidden
    window.show_page("projects")
    assert "HN-07" in shown_codes(page)


def test_visible_table_refreshes_from_a_background_read(qtbot: QtBot, hanoi_demo: Store,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_projects(qtbot, hanoi_demo)
    monkeypatch.setattr(page, "confirm_delete", lambda titles: True)
    page.select_project(page.model.row_at(0).uuid)
    page.delete_selected()
    assert page.model.total_count() == 6  # still the old rows: no read on the GUI thread
    qtbot.waitUntil(lambda: page.model.total_count() == 5)
    assert "HN-01" not in shown_codes(page)


def test_double_click_and_enter_open_the_editor(qtbot: QtBot, hanoi_demo: Store) -> None:
    window, page = open_projects(qtbot, hanoi_demo)
    target = page.model.row_at(3)
    rect = page.view.visualRect(page.model.index(3, 1))
    # A real double-click is a click followed by a double-click event on the same cell.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)  # the project is read on the background runner
    assert window.current_page_key() == "project"
    assert window.page("project").project.id == target.uuid  # type: ignore[union-attr]
    window.show_page("projects")
    page.select_project(page.model.row_at(1).uuid)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.current_page_key() == "project"
    assert window.page("project").project.id == page.model.row_at(1).uuid  # type: ignore[union-attr]
