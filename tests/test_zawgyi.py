"""Burmese typed in the Zawgyi encoding: detected on entry and on Excel import, converted to Unicode
when the user accepts, never stored as Zawgyi."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import create_plan, get_plan, get_project, save_plan
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.importing import apply_preview, preview_workbook_import
from ascn_desktop.core.zawgyi import convert_texts, is_zawgyi, to_unicode, zawgyi_texts
from ascn_desktop.gui.editor.editor_feature import open_project
from ascn_desktop.gui.editor.project_commands import AddProjectCommand
from ascn_desktop.gui.editor.project_editor import ProjectEditor
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, edit_workbook, set_cell
from tests.gui_typing import type_line
from tests.gui_settle import settle

# "Urban public transport system" typed with a Zawgyi keyboard, and the same words in Unicode.
ZAWGYI = "ျမိဳ႕ျပ အမ်ားျပည္သူ သယ္ယူပို႔ေဆာင္ေရးစနစ္"
UNICODE = "မြို့ပြ အများပြည်သူ သယ်ယူပို့ဆောင်ရေးစနစ်"


def test_zawgyi_is_detected_and_converted_unicode_and_latin_are_left_alone() -> None:
    assert is_zawgyi(ZAWGYI) and is_zawgyi("ေနျပည္ေတာ္")
    assert not is_zawgyi(UNICODE) and not is_zawgyi("နေပြည်တော်") and not is_zawgyi("Hà Nội")
    assert to_unicode(ZAWGYI) == UNICODE
    assert to_unicode(UNICODE) == UNICODE
    project = Project(code="P-1", title=ZAWGYI, description="Latin only")
    assert zawgyi_texts(project) == ["title"]
    converted = convert_texts(project)
    assert converted.title == UNICODE and converted.description == "Latin only" and project.title == ZAWGYI


def test_excel_import_refuses_zawgyi_until_converted(store: Store, reference: ReferenceData,
                                                     tmp_path: Path) -> None:
    plan_id = save_plan(store, base_plan())
    base = get_plan(store, plan_id)
    path = edit_workbook(tmp_path / "zawgyi.xlsx", base, reference,
                         lambda book: set_cell(book, layout.PROJECTS, "Title", 2, ZAWGYI))
    preview = preview_workbook_import(store, path, plan_id=plan_id, reference=reference)
    assert preview.zawgyi == ["projects 1 › title"] and not preview.ready
    with pytest.raises(ValidationError, match="Zawgyi"):
        apply_preview(store, preview)
    assert get_plan(store, plan_id) == base  # nothing changed
    converted = preview.with_unicode()
    assert converted.ready and not converted.zawgyi
    apply_preview(store, converted)
    assert get_plan(store, plan_id).projects[0].title == UNICODE


def test_cli_import_names_the_zawgyi_and_converts_on_request(run_cli: Any, profile: Any, store: Store,
                                                             reference: ReferenceData, tmp_path: Path) -> None:
    plan_id = save_plan(store, base_plan())
    base = get_plan(store, plan_id)
    path = edit_workbook(tmp_path / "zawgyi.xlsx", base, reference,
                         lambda book: set_cell(book, layout.PROJECTS, "Title", 2, ZAWGYI))
    refused = run_cli("--home", str(profile.home), "import-xlsx", str(path))
    assert refused.status != 0 and "Zawgyi" in refused.err and "--convert-zawgyi" in refused.err
    assert "Traceback" not in refused.err
    assert get_plan(store, plan_id).projects[0].title == base.projects[0].title
    done = run_cli("--home", str(profile.home), "import-xlsx", str(path), "--convert-zawgyi")
    assert done.status == 0, done.err
    assert get_plan(store, plan_id).projects[0].title == UNICODE


def test_import_window_offers_the_conversion(qtbot: QtBot, store: Store, reference: ReferenceData,
                                             tmp_path: Path) -> None:
    plan_id = save_plan(store, base_plan())
    path = edit_workbook(tmp_path / "zawgyi.xlsx", get_plan(store, plan_id), reference,
                         lambda book: set_cell(book, layout.PROJECTS, "Title", 2, ZAWGYI))
    dialog = ExcelImportDialog(preview_workbook_import(store, path, plan_id=plan_id, reference=reference),
                               reference=reference)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.convert_button.isVisible() and not dialog.apply_button.isEnabled()
    assert "Zawgyi" in dialog.zawgyi_note.text()
    dialog.convert_button.click()
    assert not dialog.convert_button.isVisible() and dialog.apply_button.isEnabled()
    assert dialog.preview.result.plan.projects[0].title == UNICODE


@pytest.fixture
def editor(qtbot: QtBot, store: Store) -> Iterator[tuple[MainWindow, ProjectEditor, int, str]]:
    main = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    plan_id = create_plan(store, city="MMR-MANDALAY", cycle="2018-2025", title="Yangon")
    main.set_current_plan(plan_id)
    project = Project(code="P-01", title="New project", currency="MMK", start_year=2019, end_year=2024)
    main.undo_stack.push(AddProjectCommand(store, plan_id, project))
    open_project(main, plan_id, project.id)
    settle(qtbot)  # the save, then the editor's read, on the background runner
    page = main.page("project")
    assert isinstance(page, ProjectEditor)
    yield main, page, plan_id, project.id


@pytest.mark.parametrize(("answer", "stored"), [(QMessageBox.StandardButton.Yes, UNICODE),
                                                 (QMessageBox.StandardButton.No, "New project")])
def test_typing_zawgyi_in_the_editor_offers_unicode(qtbot: QtBot, store: Store, editor: Any,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    answer: QMessageBox.StandardButton, stored: str) -> None:
    _main, page, plan_id, project_id = editor
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, *_rest: asked.append(title) or answer)
    type_line(qtbot, page.general.title_edit, ZAWGYI)
    assert asked == ["Burmese in the Zawgyi encoding"]
    settle(qtbot)
    assert get_project(store, plan_id, project_id).title == stored  # the store holds Unicode only
    if answer == QMessageBox.StandardButton.Yes:
        assert page.general.title_edit.text() == UNICODE
