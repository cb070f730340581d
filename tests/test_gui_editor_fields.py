"""The project editor's General and Budget tabs are built from the field declarations (core/fields.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from ascn_desktop.core.fields import PROJECT, Entity, form_fields
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import create_plan
from ascn_desktop.gui.editor import project_form_rows
from ascn_desktop.gui.editor.editor_feature import open_project
from ascn_desktop.gui.editor.project_commands import AddProjectCommand
from ascn_desktop.gui.editor.project_editor import ProjectEditor
from ascn_desktop.gui.main_window import MainWindow
from ascn_desktop.store.engine import Store
from tests.gui_settle import ready, settle


def _open_editor(qtbot: QtBot, store: Store) -> ProjectEditor:
    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch")
    window.set_current_plan(plan_id)
    project = Project(code="P-01", title="Dự án", currency="VND", lead_agency="Sở Xây dựng")
    window.undo_stack.push(AddProjectCommand(store, plan_id, project))
    open_project(window, plan_id, project.id)
    settle(qtbot)  # the save, then the editor's read, on the background runner
    page = window.page("project")
    assert isinstance(page, ProjectEditor)
    return page


@pytest.fixture
def editor(qtbot: QtBot, store: Store) -> Iterator[ProjectEditor]:
    yield _open_editor(qtbot, store)


def _row_labels(section: object) -> list[str]:
    form = section.findChild(QFormLayout)  # type: ignore[attr-defined]
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        labels.append(label.text().replace("&", "") if isinstance(label, QLabel) else "")
    return labels


def test_the_tabs_rows_are_the_declared_fields_in_their_order(editor: ProjectEditor) -> None:
    general = [f.name for f in form_fields(PROJECT, "general")]
    assert general == ["code", "title", "description", "focus_area", "outcomes", "sdgs", "start_year", "status",
                       "lead_agency", "risks"]
    assert _row_labels(editor.general) == ["Code", "Title", "Description", "Focus area", "Strategic outcomes", "SDGs",
                                           "Years", "Status", "Lead agency", "Risks"]
    assert [f.name for f in form_fields(PROJECT, "budget")] == ["budget", "budget_usd", "seeks_private_partner",
                                                                "private_sector_need", "partner"]
    assert _row_labels(editor.budget) == ["Budget", "USD equivalent", "Funding sources", "", "", "Private-sector need",
                                          "External partner"]
    assert editor.general.agency_edit.text() == "Sở Xây dựng"


def test_a_field_moved_out_of_the_tab_loses_its_row(qtbot: QtBot, store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    moved = Entity(PROJECT.name, PROJECT.label, tuple(dataclasses.replace(f, form="") if f.name == "lead_agency" else f
                                                      for f in PROJECT.fields))
    monkeypatch.setattr(project_form_rows, "PROJECT", moved)
    page = _open_editor(qtbot, store)
    assert "Lead agency" not in _row_labels(page.general)
    assert page.general.focus("lead_agency", None, None) is None
    assert page.general.findChild(QScrollArea) is not None


def test_a_field_declared_for_a_tab_without_words_of_its_own_gets_a_row_by_its_label(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    moved = Entity(PROJECT.name, PROJECT.label, tuple(dataclasses.replace(f, form="budget") if f.name == "risks" else f
                                                      for f in PROJECT.fields))
    monkeypatch.setattr(project_form_rows, "PROJECT", moved)
    page = _open_editor(qtbot, store)
    assert _row_labels(page.budget)[-1] == "Risks"  # the budget tab's words have none: its declared label
    assert "Risks" not in _row_labels(page.general)
    assert page.budget.focus("risks", None, None) is not None
