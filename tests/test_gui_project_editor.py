"""The project editor driven as a person would: every kind of field, bad input refused, undo/redo."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot

from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import create_plan, get_project, project_rows
from ascn_desktop.gui.editor.editor_feature import open_project
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.editor.project_commands import AddProjectCommand
from ascn_desktop.gui.editor.project_editor import ProjectEditor
from ascn_desktop.store.engine import Store
from ascn_desktop.gui.screenshot import settle_window
from tests.gui_settle import settle
from tests.gui_text_fit import styled  # noqa: F401 - a fixture
from tests.gui_typing import type_line, type_text

TITLE = "Chiếu sáng đô thị thông minh Đà Nẵng"


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    main = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch hành động Đà Nẵng")
    main.set_current_plan(plan_id)
    yield main


def new_project(window: MainWindow) -> tuple[ProjectEditor, int, str]:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    project = Project(code="P-01", title="New project", currency="VND", start_year=2019, end_year=2024)
    window.undo_stack.push(AddProjectCommand(window.store, plan_id, project))
    open_project(window, plan_id, project.id)
    settle_window()  # the save, then the editor's read, on the background runner
    editor = window.page("project")
    assert isinstance(editor, ProjectEditor)
    return editor, plan_id, project.id




def choose(combo: QComboBox, data: object) -> None:
    """Pick the entry holding `data` as the keyboard does (activated is the user's signal)."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def edit_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor, type, press Enter: the delegate path a person uses."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor in a queued call


def set_choice_cell(view: QTableView, row: int, column: int, code: str) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    choose(editor, code)


def test_fill_every_kind_of_field(qtbot: QtBot, window: MainWindow) -> None:
    editor, plan_id, project_id = new_project(window)
    general, budget = editor.general, editor.budget
    type_line(qtbot, general.code_edit, "DN-SL")
    type_line(qtbot, general.title_edit, TITLE)
    general.description_edit.setFocus()
    type_text(general.description_edit, "Đèn LED thông minh trên các tuyến phố chính.")
    qtbot.keyClick(general.description_edit, Qt.Key.Key_Tab)  # leaving the box commits it
    choose(general.focus_combo, "BI")
    for box in (general.outcome_boxes["SE"], general.sdg_boxes[11], general.sdg_boxes[7]):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    for spin, year in ((general.start_spin, "2020"), (general.end_spin, "2025")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, year)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    choose(general.status_combo, "in_progress")
    type_line(qtbot, general.agency_edit, "Sở Xây dựng Đà Nẵng")
    editor.tabs.setCurrentWidget(budget)
    type_line(qtbot, budget.budget_edit, "12,345,678,901,234")
    type_line(qtbot, budget.usd_edit, "493827156.05")
    for _ in range(3):
        qtbot.mouseClick(budget.funding.add_button, Qt.MouseButton.LeftButton)
    view = budget.funding.view
    set_choice_cell(view, 0, 0, "national")
    edit_cell(qtbot, view, 0, 1, "Bộ Xây dựng")
    edit_cell(qtbot, view, 0, 2, "5000000000000")
    edit_cell(qtbot, view, 1, 1, "Ngân sách thành phố")
    edit_cell(qtbot, view, 1, 2, "2345678901234")
    budget.funding.select(2, 0)
    qtbot.mouseClick(budget.funding.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(budget.seeks_check, Qt.MouseButton.LeftButton, pos=QPoint(6, budget.seeks_check.height() // 2))
    budget.need_edit.setFocus()
    type_text(budget.need_edit, "Nhà cung cấp giải pháp chiếu sáng")
    budget.need_edit.finish()
    choose(budget.partner_combo, "ADB")

    editor.tabs.setCurrentWidget(editor.milestones)
    block = editor.milestones.block
    qtbot.mouseClick(block.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(block.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, block.view, 0, 0, "Thí điểm quận Hải Châu")
    edit_cell(qtbot, block.view, 0, 1, "2021")
    set_choice_cell(block.view, 0, 2, "2")
    set_choice_cell(block.view, 0, 3, "done")
    edit_cell(qtbot, block.view, 0, 4, "100")

    editor.tabs.setCurrentWidget(editor.indicators)
    indicators = editor.indicators
    qtbot.mouseClick(indicators.block.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, indicators.block.view, 0, 0, "Đèn đường thông minh")
    edit_cell(qtbot, indicators.block.view, 0, 1, "%")
    edit_cell(qtbot, indicators.block.view, 0, 2, "2017")
    edit_cell(qtbot, indicators.block.view, 0, 3, "2.5")
    # Target, Actual and Evidence (the rows of the declared yearly fields), one column per year.
    assert indicators.grid_model.rowCount() == 3 and indicators.grid_model.columnCount() == 8
    edit_cell(qtbot, indicators.grid, 0, 2, "30")  # target 2020
    edit_cell(qtbot, indicators.grid, 1, 2, "27.75")  # actual 2020
    edit_cell(qtbot, indicators.grid, 2, 2, "https://danang.gov.vn/chieu-sang-2020")  # evidence 2020
    edit_cell(qtbot, indicators.grid, 0, 7, "100")  # target 2025

    editor.tabs.setCurrentWidget(editor.progress)
    qtbot.mouseClick(editor.progress.block.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, editor.progress.block.view, 0, 0, "2021")
    edit_cell(qtbot, editor.progress.block.view, 0, 1, "Đã lắp 1.200 đèn.")

    settle(qtbot)  # every save has reached the store
    stored = get_project(window.store, plan_id, project_id)
    assert (stored.code, stored.title) == ("DN-SL", TITLE)
    assert stored.description == "Đèn LED thông minh trên các tuyến phố chính."
    assert stored.focus_area == "BI" and stored.outcomes == ["SE"] and sorted(stored.sdgs) == [7, 11]
    assert (stored.start_year, stored.end_year, stored.status) == (2020, 2025, "in_progress")
    assert stored.lead_agency == "Sở Xây dựng Đà Nẵng"
    assert stored.budget == Decimal("12345678901234") and stored.currency == "VND"
    assert stored.budget_usd == Decimal("493827156.05")
    assert [(f.type, f.name, f.amount) for f in stored.funding] == [
        ("national", "Bộ Xây dựng", Decimal("5000000000000")),
        ("municipal", "Ngân sách thành phố", Decimal("2345678901234")),
    ]
    assert stored.seeks_private_partner and stored.private_sector_need == "Nhà cung cấp giải pháp chiếu sáng"
    assert stored.partner == "ADB"
    first = stored.milestones[0]
    assert (first.title, first.due_year, first.due_quarter, first.status, first.percent) == (
        "Thí điểm quận Hải Châu", 2021, 2, "done", 100)
    assert len(stored.milestones) == 2
    indicator = stored.indicators[0]
    assert (indicator.name, indicator.unit, indicator.baseline_year, indicator.baseline_value) == (
        "Đèn đường thông minh", "%", 2017, Decimal("2.5"))
    assert [(v.year, v.target, v.actual, v.evidence) for v in indicator.values] == [
        (2020, Decimal(30), Decimal("27.75"), "https://danang.gov.vn/chieu-sang-2020"), (2025, Decimal(100), None, "")]
    assert [(n.year, n.text) for n in stored.progress_notes] == [(2021, "Đã lắp 1.200 đèn.")]
    assert editor.heading.text() == f"DN-SL — {TITLE}"


def _refused(qtbot: QtBot, window: MainWindow, action, message: QWidget, expected: str) -> None:  # type: ignore[no-untyped-def]
    editor = window.page("project")
    assert isinstance(editor, ProjectEditor) and editor.project is not None
    plan_id = window.current_plan_id()
    assert plan_id is not None
    settle(qtbot)
    before = get_project(window.store, plan_id, editor.project.id)
    steps = window.undo_stack.count()
    action()
    assert message.isVisible() or not message.isHidden()
    assert expected in message.text()  # type: ignore[attr-defined]
    settle(qtbot)
    assert get_project(window.store, plan_id, editor.project.id) == before
    assert window.undo_stack.count() == steps


def test_bad_input_never_reaches_the_store(qtbot: QtBot, window: MainWindow) -> None:
    editor, _plan_id, _project_id = new_project(window)
    general, budget = editor.general, editor.budget
    _refused(qtbot, window, lambda: (general.title_edit.setText("x" * 100_000),
                                     qtbot.keyClick(general.title_edit, Qt.Key.Key_Return)),
             general.title_message, "The title is too long (max 500 characters)")
    _refused(qtbot, window, lambda: type_line(qtbot, general.title_edit, "   "), general.title_message,
             "Enter a title")

    def start_year_2030() -> None:
        general.start_spin.setFocus()
        general.start_spin.selectAll()
        qtbot.keyClicks(general.start_spin, "2030")
        qtbot.keyClick(general.start_spin, Qt.Key.Key_Return)

    _refused(qtbot, window, start_year_2030, general.years_message, "Year must be within 2018–2025")
    editor.tabs.setCurrentWidget(budget)
    _refused(qtbot, window, lambda: type_line(qtbot, budget.budget_edit, "one million"), budget.budget_message,
             "Enter a number like 1,500,000")  # as the interface's language (English) writes it
    _refused(qtbot, window, lambda: type_line(qtbot, budget.budget_edit, "1500000.50"), budget.budget_message,
             "VND has no decimal places")
    _refused(qtbot, window, lambda: type_line(qtbot, budget.budget_edit, "-5"), budget.budget_message,
             "Amounts cannot be negative")
    _refused(qtbot, window, lambda: type_line(qtbot, budget.usd_edit, "10.0051"), budget.usd_message,
             "USD has at most 2 decimal places")
    qtbot.mouseClick(budget.funding.add_button, Qt.MouseButton.LeftButton)
    _refused(qtbot, window, lambda: edit_cell(qtbot, budget.funding.view, 0, 2, "12,5"), budget.funding.message,
             "VND has no decimal places")  # 12,5 is twelve and a half in Viet Nam
    editor.tabs.setCurrentWidget(editor.milestones)
    qtbot.mouseClick(editor.milestones.block.add_button, Qt.MouseButton.LeftButton)
    view = editor.milestones.block.view
    _refused(qtbot, window, lambda: edit_cell(qtbot, view, 0, 1, "2031"), editor.milestones.block.message,
             "Year must be within 2018–2025")
    _refused(qtbot, window, lambda: edit_cell(qtbot, view, 0, 4, "150"), editor.milestones.block.message,
             "from 0 to 100")
    editor.tabs.setCurrentWidget(editor.indicators)
    qtbot.mouseClick(editor.indicators.block.add_button, Qt.MouseButton.LeftButton)
    _refused(qtbot, window, lambda: edit_cell(qtbot, editor.indicators.grid, 0, 0, "lots"),
             editor.indicators.grid_message, "Enter a number")
    _refused(qtbot, window, lambda: edit_cell(qtbot, editor.indicators.grid, 2, 0, "the 2018 report"),
             editor.indicators.grid_message, "Enter a web address")
    # A good value afterwards clears the message and is stored.
    editor.tabs.setCurrentWidget(budget)
    type_line(qtbot, budget.budget_edit, "1500000")
    assert budget.budget_message.isHidden()
    assert editor.project is not None and editor.project.budget == Decimal(1500000)
    # The Vietnamese grouping, refused before while the Excel import took it: one parser reads both.
    type_line(qtbot, budget.budget_edit, "25.000.000.000")
    assert budget.budget_message.isHidden()
    assert editor.project is not None and editor.project.budget == Decimal(25_000_000_000)
    assert budget.budget_edit.text() == "25,000,000,000"  # shown as the interface's language (English) writes it


def test_undo_redo_of_an_edit_and_of_a_delete(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    editor, plan_id, project_id = new_project(window)
    type_line(qtbot, editor.general.title_edit, TITLE)
    stack = window.undo_stack
    assert stack.undoText() == "edit “Title” of “New project”"
    stack.undo()
    settle(qtbot)  # the undo's save, then the editor's read after it
    assert get_project(window.store, plan_id, project_id).title == "New project"
    assert editor.general.title_edit.text() == "New project"
    stack.redo()
    settle(qtbot)
    assert get_project(window.store, plan_id, project_id).title == TITLE
    assert editor.general.title_edit.text() == TITLE

    monkeypatch.setattr(editor, "confirm_delete", lambda title: True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert project_rows(window.store, plan_id) == []
    undo_action = next(a for a in window.edit_menu.actions() if a.text().replace("&", "").startswith("Undo"))
    assert undo_action.text().replace("&", "") == f"Undo delete project “{TITLE}”"
    assert editor.stack.currentIndex() == 0  # the editor no longer shows the deleted project
    undo_action.trigger()
    settle(qtbot)
    restored = get_project(window.store, plan_id, project_id)
    assert restored.title == TITLE and [row.uuid for row in project_rows(window.store, plan_id)] == [project_id]
    stack.redo()
    settle(qtbot)
    assert project_rows(window.store, plan_id) == []


def test_empty_index_is_harmless(window: MainWindow) -> None:
    editor, _plan_id, _project_id = new_project(window)
    model = editor.milestones.block.model
    assert model.data(QModelIndex()) is None and model.rowCount() == 0


def test_switching_page_keeps_the_text_being_typed(qtbot: QtBot, window: MainWindow) -> None:
    editor, plan_id, project_id = new_project(window)
    editor.general.risks_edit.setFocus()
    type_text(editor.general.risks_edit, "Chậm giải phóng mặt bằng")
    editor.general.agency_edit.setFocus()
    type_text(editor.general.agency_edit, "UBND")
    window.show_page("projects")  # no Enter, no Tab: the page switch commits both
    settle(qtbot)
    stored = get_project(window.store, plan_id, project_id)
    assert stored.risks == "Chậm giải phóng mặt bằng" and stored.lead_agency == "UBND"


def test_heading_shows_this_projects_readiness(qtbot: QtBot, window: MainWindow) -> None:
    editor, _plan_id, _project_id = new_project(window)
    assert "no focus area" in editor.readiness_label.text()  # a new project has none yet
    choose(editor.general.focus_combo, "SS")
    assert "error" not in editor.readiness_label.text().split("—")[0].replace("0 errors", "")


def test_ctrl_z_in_a_committed_field_undoes_the_edit(qtbot: QtBot, window: MainWindow) -> None:
    editor, plan_id, project_id = new_project(window)
    edit = editor.general.title_edit
    type_line(qtbot, edit, TITLE)
    settle(qtbot)
    assert get_project(window.store, plan_id, project_id).title == TITLE
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert get_project(window.store, plan_id, project_id).title == "New project"
    assert edit.text() == "New project"
    edit.setFocus()
    type_text(edit, " draft")  # typing pending: Ctrl+Z undoes the typing, not the store
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert get_project(window.store, plan_id, project_id).title == "New project"


def test_the_status_bar_never_says_saved_while_a_field_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    """A budget typed wrongly is not in the store: the status bar names the field and its problem until fixed."""
    editor, plan_id, project_id = new_project(window)
    budget = editor.budget
    editor.tabs.setCurrentWidget(budget)
    type_line(qtbot, budget.budget_edit, "1500000")
    assert window.saved_label.text().startswith("All changes saved")
    type_line(qtbot, budget.budget_edit, "1500000.50")  # VND has no decimals: refused, nothing written
    assert window.saved_label.text() == "Not saved — Budget: VND has no decimal places"
    window.saved.emit()  # another field's edit committed meanwhile: still not "All changes saved"
    assert window.saved_label.text().startswith("Not saved — Budget")
    type_line(qtbot, budget.usd_edit, "10.0051")  # two refusals: the latest is shown, both must be fixed
    assert window.saved_label.text() == "Not saved — Budget in US dollars (optional): USD has at most 2 decimal places"
    type_line(qtbot, budget.usd_edit, "10")
    assert window.saved_label.text() == "Not saved — Budget: VND has no decimal places"
    type_line(qtbot, budget.budget_edit, "2.000.000")
    assert window.saved_label.text().startswith("All changes saved · last save")
    settle(qtbot)
    assert get_project(window.store, plan_id, project_id).budget == Decimal(2_000_000)


@pytest.mark.parametrize("section", ["general", "budget"])
def test_tab_visits_the_project_form_in_the_order_it_is_shown(qtbot: QtBot, window: MainWindow,
                                                              section: str) -> None:
    from tests.gui_tab_order import focusable, tab_through

    editor, _plan_id, _project_id = new_project(window)
    form = getattr(editor, section)
    editor.tabs.setCurrentWidget(form)
    window.resize(1366, 768)
    QApplication.processEvents()
    shown = focusable(form)
    assert len(shown) >= 8
    visited = tab_through(qtbot, shown[0], len(shown))
    assert [w.accessibleName() or w.objectName() or type(w).__name__ + ":" + str(getattr(w, "text", lambda: "")()) for w in visited] == [
        w.accessibleName() or w.objectName() or type(w).__name__ + ":" + str(getattr(w, "text", lambda: "")()) for w in shown]


@pytest.mark.parametrize("size", [(1024, 560), (819, 448)])  # 1024x600 at 100 % and 125 %, minus a task bar
def test_the_project_form_never_scrolls_sideways_on_a_small_screen(qtbot: QtBot, window: MainWindow,
                                                                   size: tuple[int, int]) -> None:
    """#19: at 1024x600 or 125 % the project form scrolled sideways; it may scroll down, never across."""
    editor, _, _ = new_project(window)
    window.resize(*size)
    for n in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(n)
        QApplication.processEvents()
        scrollers = [area for area in window.findChildren(QScrollArea) if area.isVisible()]
        assert scrollers, "the project page sits in a scroll area"
        for area in scrollers:
            assert area.horizontalScrollBar().maximum() == 0, (editor.tabs.tabText(n), area.objectName())


def test_quick_edits_and_undos_reach_the_store_in_order(qtbot: QtBot, window: MainWindow) -> None:
    """Saves run on the runner one after the other: an undo never overtakes the edit it undoes."""
    editor, plan_id, project_id = new_project(window)
    type_line(qtbot, editor.general.title_edit, TITLE)
    type_line(qtbot, editor.general.agency_edit, "Sở Xây dựng")
    stack = window.undo_stack
    stack.undo()  # the agency, before its save has landed
    stack.undo()  # the title
    stack.redo()  # the title again
    settle(qtbot)
    stored = get_project(window.store, plan_id, project_id)
    assert (stored.title, stored.lead_agency) == (TITLE, "")
    assert (editor.general.title_edit.text(), editor.general.agency_edit.text()) == (TITLE, "")


def test_closing_the_window_waits_for_the_saves(qtbot: QtBot, window: MainWindow) -> None:
    editor, plan_id, project_id = new_project(window)
    editor.general.agency_edit.setFocus()
    type_text(editor.general.agency_edit, "UBND thành phố")  # not yet committed: closing commits it
    window.close()  # no settle: the close itself waits for the save
    assert get_project(window.store, plan_id, project_id).lead_agency == "UBND thành phố"


@pytest.mark.parametrize("code", ["km", "th"])
def test_child_tables_show_amounts_whole_in_khmer_and_thai_at_1024_by_600(qtbot: QtBot, qapp: QApplication,
                                                                         store: Store, code: str,
                                                                         styled: None) -> None:
    """#18: the funding table cut its amounts ("18,000,000,000....") and scrolled sideways in Khmer and Thai
    at 1024x600. Codes, years, amounts and choices fit their column; the name, title or note takes the width
    left and carries its whole text as tooltip."""
    from ascn_desktop.core.i18n import set_language
    from ascn_desktop.core.model import FundingSource, Indicator, Milestone, ProgressNote
    from ascn_desktop.core.plans import save_project
    from ascn_desktop.gui.editor.project_editor_tables import RowsModel
    from ascn_desktop.gui.translation import install_translations
    from tests.gui_text_fit import cut_cells

    long_name = {"km": "ថវិការដ្ឋ និងមូលនិធិអភិវឌ្ឍន៍ទីក្រុងសម្រាប់ហេដ្ឋារចនាសម្ព័ន្ធដឹកជញ្ជូនសាធារណៈ",
                 "th": "งบประมาณแผ่นดินและกองทุนพัฒนาเมืองสำหรับโครงสร้างพื้นฐานการขนส่งสาธารณะ"}[code]
    plan_id = create_plan(store, city="KHM-PHNOM-PENH", cycle="2018-2025", title=long_name)
    project = Project(code="PP-03", title=long_name, currency="KHR", start_year=2020, end_year=2025,
                      budget=Decimal("36000000000"),
                      funding=[FundingSource(type="national", name=long_name, amount=Decimal("18000000000")),
                               FundingSource(type="city", name=long_name[:20], amount=Decimal("18000000000"))],
                      milestones=[Milestone(title=long_name, due_year=2021, due_quarter=3, status="in_progress",
                                            percent=50)],
                      indicators=[Indicator(name=long_name, unit=long_name[:25], baseline_year=2019,
                                            baseline_value=Decimal("1500000"))],
                      progress_notes=[ProgressNote(year=2023, text=long_name * 2)])
    save_project(store, plan_id, project)
    install_translations(qapp, store.profile, language=code)
    try:
        main = ready(MainWindow(store, role="csco"))
        qtbot.addWidget(main)
        main.resize(1024, 600)
        main.show()
        qtbot.waitExposed(main)
        main.set_current_plan(plan_id)
        open_project(main, plan_id, project.id)
        settle_window()
        editor = main.page("project")
        assert isinstance(editor, ProjectEditor) and editor.project is not None
        checked = 0
        for n in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(n)
            settle_window()
            for view in editor.tabs.widget(n).findChildren(QTableView):
                if not isinstance(view.model(), RowsModel) or not view.isVisible():  # not the indicator grid
                    continue
                assert view.horizontalScrollBar().maximum() == 0, (code, editor.tabs.tabText(n))
                assert cut_cells(view) == [], (code, editor.tabs.tabText(n))
                checked += 1
        assert checked == 4  # funding, milestones, indicators, progress notes
    finally:
        install_translations(qapp, store.profile, language="en")
        set_language("en")
