"""GUI: File › Import from Excel… → preview → Apply → one undo step; errors keep Apply disabled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ascn_desktop.core.plans import get_plan, save_plan, save_plan_header
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workbook import layout
from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.workbook.workbook_feature import export_template, start_workbook_import
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, set_cell, write_workbook


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    plan_id = save_plan(store, base_plan())
    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    window.set_current_plan(plan_id)
    return window


def _workbook(tmp_path: Path, store: Store, **cells: object) -> Path:
    path = write_workbook(tmp_path / "plan.xlsx", base_plan(), load_reference(store))
    book = openpyxl.load_workbook(path)
    for header, value in cells.items():
        set_cell(book, layout.PROJECTS, header.replace("_", " ").capitalize(), 2, value)
    book.save(path)
    return path


def _preview(qtbot: QtBot, window: MainWindow, path: Path) -> ExcelImportDialog:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    start_workbook_import(window, plan_id, path)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "excel_import_dialog", None), ExcelImportDialog),
                    timeout=10000)
    dialog: ExcelImportDialog = window.excel_import_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


def test_menu_actions_are_installed(window: MainWindow) -> None:
    names = [action.objectName() for action in window.file_menu.actions()]
    assert "action-export-excel-template" in names and "action-import-excel" in names


@pytest.mark.parametrize("role", ["nr", "asec"])
def test_excel_actions_are_for_city_officers_only(qtbot: QtBot, store: Store, role: str) -> None:
    window = ready(MainWindow(store, role=role))
    qtbot.addWidget(window)
    names = [action.objectName() for action in window.file_menu.actions()]
    assert "action-export-excel-template" not in names and "action-import-excel" not in names
    assert not hasattr(window, "excel_import_action")


def test_import_preview_apply_and_undo(qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    before = get_plan(store, plan_id)
    dialog = _preview(qtbot, window, _workbook(tmp_path, store, title="Đèn đường LED thông minh"))
    assert dialog.apply_button.isEnabled()
    assert dialog.changes.topLevelItemCount() == 1
    group = dialog.changes.topLevelItem(0)
    assert group.text(0) == "Projects changed (1)"
    field = group.child(0).child(0)
    assert (field.text(0), field.text(1), field.text(2)) == (
        "Title", "Chiếu sáng đô thị thông minh", "Đèn đường LED thông minh")

    with qtbot.waitSignal(window.store_changed, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert get_plan(store, plan_id).projects[0].title == "Đèn đường LED thông minh"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Import from Excel")

    with qtbot.waitSignal(window.store_changed, timeout=5000):
        window.undo_stack.undo()
    restored = get_plan(store, plan_id)
    assert restored.projects == before.projects and restored.title == before.title

    with qtbot.waitSignal(window.store_changed, timeout=5000):
        window.undo_stack.redo()
    assert get_plan(store, plan_id).projects[0].title == "Đèn đường LED thông minh"


def test_preview_shows_labels_formatted_amounts_and_full_text_tooltips(
        qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path) -> None:
    long_text = "Một mô tả rất dài về dự án chiếu sáng đô thị thông minh, " * 3
    dialog = _preview(qtbot, window, _workbook(tmp_path, store, budget="2,000,000", focus_area="Quality Environment",
                                               description=long_text))
    project = dialog.changes.topLevelItem(0).child(0)
    rows = {project.child(i).text(0): project.child(i) for i in range(project.childCount())}
    assert {"Budget", "Focus area", "Description"} <= set(rows)
    assert rows["Budget"].text(2) == "2,000,000.00 VND"
    assert "'" not in rows["Budget"].text(1) and "," in rows["Budget"].text(1)
    assert rows["Focus area"].text(2) == "Quality Environment"
    description = rows["Description"]
    assert description.text(2).endswith("…") and len(description.text(2)) <= 60
    assert description.toolTip(2) == " ".join(long_text.split())
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_errors_keep_apply_disabled_and_write_nothing(qtbot: QtBot, window: MainWindow, store: Store,
                                                      tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    before = get_plan(store, plan_id)
    dialog = _preview(qtbot, window, _workbook(tmp_path, store, title="Changed", budget="lots"))
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors.count() == 1
    assert dialog.errors.item(0).text() == "Projects!O2 (Budget): found 'lots', expected an amount in VND."
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert get_plan(store, plan_id) == before and window.undo_stack.count() == 0


def test_refused_file_shows_one_sentence(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: shown.append(str(error)))
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    plan_id = window.current_plan_id()
    assert plan_id is not None
    start_workbook_import(window, plan_id, bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].startswith("bad.xlsx is not an Excel workbook")


def test_export_template_writes_the_workbook(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    target = tmp_path / "template.xlsx"
    export_template(window, plan_id, target, empty=False)
    qtbot.waitUntil(target.is_file, timeout=10000)
    book = openpyxl.load_workbook(target)
    assert book[layout.PROJECTS]["B2"].value == "DN-01"


def test_template_menu_flow_writes_an_empty_template(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ascn_desktop.gui.workbook.workbook_feature import choose_template_file

    def answer(box: QMessageBox) -> int:
        for button in box.buttons():
            if button.text() == "Empty template":
                button.click()
        return 0

    target = tmp_path / "chosen"
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    choose_template_file(window)
    written = target.with_suffix(".xlsx")
    qtbot.waitUntil(written.is_file, timeout=10000)
    book = openpyxl.load_workbook(written)
    assert book[layout.PROJECTS].max_row == 1
    assert book[layout.OVERVIEW]["B17"].value == layout.WORKBOOK_KIND_EMPTY


def test_importing_into_a_final_plan_makes_it_a_draft_and_says_so(qtbot: QtBot, window: MainWindow, store: Store,
                                                                   tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    save_plan_header(store, plan_id, replace(get_plan(store, plan_id), status="final"))
    dialog = _preview(qtbot, window, _workbook(tmp_path, store, title="Đèn đường LED thông minh"))
    with qtbot.waitSignal(window.store_changed, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert get_plan(store, plan_id).status == "draft"
    assert "is a draft again" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.store_changed, timeout=5000):
        window.undo_stack.undo()
    assert get_plan(store, plan_id).status == "final"


def test_a_long_problem_is_wrapped_whole_not_cut(qtbot: QtBot, window: MainWindow, store: Store,
                                                 tmp_path: Path) -> None:
    """#18: a problem longer than the list (the focus areas it may be, in Thai or Khmer longer still) wraps
    to the list's width, every line drawn, instead of running off behind a scroll bar or ending in "…"."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle

    dialog = _preview(qtbot, window, _workbook(tmp_path, store, focus_area="Somewhere else entirely"))
    dialog.resize(520, dialog.height())
    qtbot.wait(50)
    errors = dialog.errors
    item = errors.item(0)
    assert "Somewhere else entirely" in item.text() and len(item.text()) > 120
    assert not errors.horizontalScrollBar().isVisible()
    rect = errors.visualItemRect(item)
    assert rect.width() <= errors.viewport().width()
    style = errors.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, errors) + 1
    layout = QTextLayout(item.text(), errors.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(rect.width() - 2 * margin)
        lines.append(line.height())
    layout.endLayout()
    frame = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, errors)
    assert len(lines) > 1 and sum(lines) <= rect.height() - 2 * frame
