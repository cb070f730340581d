"""Journey of a city officer (Đà Nẵng) through the real window, first run to signed bundle.

First run → Tools → Signing identity… → the window follows the identity →
create the plan → Vietnamese text in the plan and a project → readiness →
final → Plan → Export signed bundle… → result dialog; then a returned review
note shows its reason on the overview. Set ASCN_JOURNEY_PNG=DIR to keep the
screens as PNG files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ascn_desktop.core.signing.identity import active_identity, create_identity, export_card, read_card_file
from ascn_desktop.core.plans import get_plan, get_plan_header, list_plans, project_rows
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import review_plan
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.gui.signing.export_dialog import ExportDialog
from ascn_desktop.gui.first_run import FirstRunDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.editor.plan_overview import PlanOverview
from ascn_desktop.store.engine import Store
from journey_steps import PASS, run_wizard_through_menu, snap
from tests.gui_settle import settle
from tests.gui_typing import type_line

@pytest.fixture
def city_store(tmp_path: Path) -> Store:
    opened = open_profile_store(resolve_profile(tmp_path / "q-city"))
    yield opened  # type: ignore[misc]
    opened.close()


def test_city_officer_first_run_to_signed_bundle_and_returned_note(
        qtbot: QtBot, city_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        run_cli) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.core.reference import load_reference
    from ascn_desktop.core.workplace import save_workplace

    reference = load_reference(city_store)
    first = FirstRunDialog(reference)
    qtbot.addWidget(first)
    first.search_edit.setText("da nang")  # accents optional
    snap(first, "01-first-run")
    workplace = first.workplace()
    assert workplace is not None and workplace.city == "VNM-DA-NANG"
    save_workplace(city_store.profile, workplace, reference)

    window = ready(MainWindow(city_store))
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")
    assert isinstance(overview, PlanOverview)
    snap(window, "02-main-no-plan")
    assert not window.export_bundle_action.isEnabled()  # type: ignore[attr-defined]  # no plan yet

    # Tools → Signing identity…: the window is rebuilt for the identity's role and city.
    window = run_wizard_through_menu(qtbot, window, monkeypatch, name="Nguyễn Thị Lan", role="csco",
                                     country="VNM", city="VNM-DA-NANG")
    identity = active_identity(city_store)
    assert identity is not None and identity.card.city == "VNM-DA-NANG"
    assert window.role == "csco" and window.city == "VNM-DA-NANG"
    assert window.isVisible() and getattr(window, "change_city_action", None) is None  # the identity decides now
    overview = window.page("overview")
    assert isinstance(overview, PlanOverview)

    qtbot.mouseClick(overview.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    plan_id = window.current_plan_id()
    assert plan_id is not None and window.export_bundle_action.isEnabled()  # type: ignore[attr-defined]
    type_line(qtbot, overview.title_edit, "Kế hoạch hành động đô thị thông minh Đà Nẵng")
    type_line(qtbot, overview.blueprint_edit, "Đề án xây dựng thành phố thông minh 2018–2025")
    focus = overview.focus_list.item(0)
    focus.setCheckState(Qt.CheckState.Checked)
    settle(qtbot)
    assert "Đà Nẵng" in window.windowTitle()
    snap(window, "03-overview-plan")

    projects = window.page("projects")
    window.show_page("projects")
    settle(qtbot)  # built when first shown, the page reads the plan's rows on the runner
    project_id = projects.new_project()  # type: ignore[union-attr]
    assert project_id is not None
    settle(qtbot)  # the new project is saved, then read into the editor, on the background runner
    editor = window.page("project")
    general = editor.general  # type: ignore[union-attr]
    type_line(qtbot, general.code_edit, "DN-01")
    type_line(qtbot, general.title_edit, "Chiếu sáng đô thị thông minh")
    type_line(qtbot, general.agency_edit, "Sở Thông tin và Truyền thông")
    snap(window, "04-project-editor")

    window.show_page("readiness")
    panel = window.page("readiness")
    panel.refresh()  # type: ignore[union-attr]
    settle(qtbot)
    snap(window, "05-readiness")

    window.show_page("overview")
    settle(qtbot)
    header = get_plan_header(city_store, plan_id)
    assert header.title == "Kế hoạch hành động đô thị thông minh Đà Nẵng"
    rows = project_rows(city_store, plan_id)
    assert [(r.code, r.title) for r in rows] == [("DN-01", "Chiếu sáng đô thị thông minh")]
    snap(window, "06-overview-before-final")

    # Fix the one error: a focus area for the project.
    window.show_page("project")
    combo = general.focus_combo
    index = combo.findData("civic")
    if index < 0:
        index = 1
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    # While the plan is a draft, Export asks for an explicit choice (and would mark the bundle as a draft).
    window.export_bundle_action.trigger()  # type: ignore[attr-defined]
    draft_dialog = window.findChild(ExportDialog)
    assert draft_dialog is not None
    qtbot.waitUntil(lambda: draft_dialog.readiness is not None, timeout=10_000)  # the plan is read on the runner
    assert draft_dialog.draft_note.isVisible()
    assert not draft_dialog.export_button.isEnabled()
    snap(draft_dialog, "06b-export-draft-prompt")
    draft_dialog.reject()
    draft_dialog.setParent(None)  # the final export below finds its own dialog
    draft_dialog.deleteLater()
    window.show_page("overview")
    overview.reload()
    settle(qtbot)
    overview.status_combo.setCurrentIndex(overview.status_combo.findData("final"))
    overview.status_combo.activated.emit(overview.status_combo.currentIndex())
    settle(qtbot)
    settle(qtbot)  # the readiness check, then the save
    assert get_plan_header(city_store, plan_id).status == "final"
    snap(window, "07-overview-final")

    # Plan → Export signed bundle…
    out = tmp_path / "out"
    out.mkdir()
    window.export_bundle_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.folder_edit.setText(str(out))
    dialog.passphrase.first.setText(PASS)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)  # a final plan: Export once it is read
    assert not dialog.draft_note.isVisible()
    snap(dialog, "08-export-dialog")
    with qtbot.waitSignal(window.store_changed, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_dialog is not None and dialog.result_dialog.isVisible(), timeout=20000)
    snap(dialog.result_dialog, "09-export-result")
    bundle = out / "VNM-Da-Nang-2026-2035-r1.ascn"
    assert bundle.is_file()
    dialog.result_dialog.close()
    assert get_plan_header(city_store, plan_id).revision == 1
    qtbot.waitUntil(lambda: "(r1)" in window.windowTitle())  # the overview reads the new revision

    # The National Representative returns it with a reason (another laptop, another profile).
    card = tmp_path / "city.card"
    export_card(active_identity(city_store), card)  # type: ignore[arg-type]
    nr_store = open_profile_store(resolve_profile(tmp_path / "q-nr"))
    try:
        from ascn_desktop.core.bundles.bundle_import import import_bundles
        nr = create_identity(nr_store, name="Trần Văn Bình", role="nr", country="VNM", city=None, passphrase=PASS)
        add_card(nr_store, read_card_file(card))
        assert [o.status for o in import_bundles(nr_store, [bundle])] == ["imported"]
        received = [p for p in list_plans(nr_store) if p.city == "VNM-DA-NANG"]
        notes = tmp_path / "notes"
        notes.mkdir()
        # The NR comments field by field in the Return dialog: the plan's title and a project's lead agency.
        from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog

        reviewed = get_plan(nr_store, received[0].id)
        first_project = reviewed.projects[0]
        ret = ReturnDialog("Đà Nẵng", 1, plan=reviewed)
        qtbot.addWidget(ret)
        ret.target.setCurrentIndex(ret.target.findText("Plan · Title"))
        type_line(qtbot, ret.comment_text, "Tên kế hoạch cần ghi rõ giai đoạn.")
        assert ret.comment_list.count() == 1  # Enter added it
        ret.target.setCurrentIndex(ret.target.findText(f"{first_project.code} · Lead agency"))
        ret.comment_text.setText("Ghi rõ sở chủ trì.")
        qtbot.mouseClick(ret.findChild(QPushButton, "add-comment"), Qt.MouseButton.LeftButton)
        assert [c.about for c in ret.comments()] == ["Plan · Title", f"{first_project.code} · Lead agency"]
        snap(ret, "09b-return-with-comments")
        note = review_plan(nr_store, received[0].id, "returned", reason="Thiếu chỉ số cho dự án DN-01; hãy bổ sung.",
                           note_dir=notes, passphrase=PASS, comments=ret.comments())
        nr_card = export_card(nr, tmp_path / "nr.card")
    finally:
        nr_store.close()
    assert note is not None

    # Back in the city: trust the NR's card, import the note through the window, see the reason.
    add_card(city_store, read_card_file(nr_card))
    from ascn_desktop.gui.receiving.import_dialog import start_import

    with qtbot.waitSignal(window.store_changed, timeout=20000):
        start_import(window, [note])
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=20000)
    snap(window.last_import_results, "10-import-note-results")  # type: ignore[attr-defined]
    window.last_import_results.close()  # type: ignore[attr-defined]
    overview.reload()
    settle(qtbot)
    assert overview.review_label.isVisible()
    assert "Thiếu chỉ số cho dự án DN-01" in overview.review_label.text()
    snap(window, "11-overview-returned")
    shown = run_cli("--home", str(tmp_path / "q-city"), "plan", "show", "đà nẵng", "--cycle", "2026-2035")
    assert shown.status == 0 and "Returned:  revision 1 by Trần Văn Bình: Thiếu chỉ số" in shown.out

    # Each comment is next to its field: the overview lists them; the project editor outlines the field.
    box = overview.comments_box
    assert box.isVisible() and len(box.comments) == 2
    lead_comment = next(c for c in box.comments if c.field == "lead_agency")
    qtbot.mouseClick(box.findChild(QPushButton, f"go-{lead_comment.id}"), Qt.MouseButton.LeftButton)
    settle(qtbot)  # the project and its comments are read on the background runner
    editor = window.page("project")
    assert window.current_page_key() == "project"
    assert editor.comments_box.isVisible() and [c.field for c in editor.comments_box.comments] == ["lead_agency"]
    assert "Ghi rõ sở chủ trì." in editor.general.agency_edit.toolTip()
    assert "border" in editor.general.agency_edit.styleSheet()
    snap(window, "11b-project-comment")
    type_line(qtbot, editor.comments_box.answers[lead_comment.id], "Sở Xây dựng chủ trì, đã ghi trong mô tả.")
    window.show_page("overview")
    title_comment = next(c for c in box.comments if c.field == "title")
    box.resolved[title_comment.id].setChecked(True)
    settle(qtbot)  # the answer and the mark are written on the background runner, in order
    from ascn_desktop.core.review_comments import open_comments

    stored = {c.field: c for c in open_comments(city_store, get_plan_header(city_store, plan_id).uuid)[1]}
    assert stored["lead_agency"].answer.startswith("Sở Xây dựng") and stored["title"].resolved

    # The officer fixes the plan and sends revision 2: the returned box has been answered.
    from ascn_desktop.core.bundles.bundle_export import export_bundle

    type_line(qtbot, overview.title_edit, "Kế hoạch hành động Đà Nẵng (bản sửa)")
    second = export_bundle(city_store, plan_id, out, as_draft=True, passphrase=PASS)
    assert second.revision == 2
    window.store_changed.emit()
    overview.reload()
    settle(qtbot)
    assert not overview.review_label.isVisible() and not overview.comments_box.isVisible()

    # Back at the NR: revision 2's comparison says which comments were addressed (the title changed).
    from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog

    nr_store = open_profile_store(resolve_profile(tmp_path / "q-nr"))
    try:
        assert [o.status for o in import_bundles(nr_store, [second.path])] == ["imported"]
        compare = RevisionCompareDialog(nr_store, get_plan_header(city_store, plan_id).uuid)
        qtbot.addWidget(compare)
        settle(qtbot)  # the comparison is made on the background runner
        assert compare.comment_states == {"Plan · Title": True, f"{first_project.code} · Lead agency": False}
        assert compare.row_titles()[0] == "Your comments on revision 1: 1 of 2 addressed"
        snap(compare, "13-compare-comments-addressed")
    finally:
        nr_store.close()


def test_city_officer_round_trips_the_plan_through_excel(qtbot: QtBot, demo_store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """File → Export Excel template… then File → Import from Excel… with a Vietnamese title changed offline."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                    passphrase=PASS)
    window = ready(MainWindow(demo_store))
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")
    assert isinstance(overview, PlanOverview)
    overview.cycle_combo.setCurrentIndex(overview.cycle_combo.findData("2018-2025"))
    settle(qtbot)
    plan_id = window.current_plan_id()
    assert plan_id is not None and get_plan_header(demo_store, plan_id).city == "VNM-DA-NANG"
    workbook = tmp_path / "Đà Nẵng kế hoạch.xlsx"
    monkeypatch.setattr(QMessageBox, "exec",  # "With the plan", as the officer would answer
                        lambda box: next(b for b in box.buttons() if "With the plan" in b.text()).click() or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    assert window.excel_template_action in window.file_menu.actions()  # type: ignore[attr-defined]
    window.excel_template_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(workbook.is_file, timeout=30_000)

    book = openpyxl.load_workbook(workbook)
    sheet = book["Projects"]
    assert sheet.cell(2, 2).value == "DN-01"
    sheet.cell(2, 3).value = "Cổng dịch vụ công một cửa Đà Nẵng (bản mới)"
    book.save(workbook)

    assert window.excel_import_action in window.file_menu.actions()  # type: ignore[attr-defined]
    window.excel_import_action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: getattr(window, "excel_import_dialog", None) is not None, timeout=30_000)
    dialog = window.excel_import_dialog  # type: ignore[attr-defined]
    snap(dialog, "12-excel-import-preview")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(window.store_changed, timeout=30_000):  # applied off the GUI thread (core's one path)
        dialog.apply_button.click()
    rows = {r.code: r.title for r in project_rows(demo_store, plan_id)}
    assert rows["DN-01"] == "Cổng dịch vụ công một cửa Đà Nẵng (bản mới)"
    with qtbot.waitSignal(window.store_changed, timeout=30_000):
        window.undo_action.trigger()  # one undo takes the whole import back
    rows = {r.code: r.title for r in project_rows(demo_store, plan_id)}
    assert rows["DN-01"] == "Cổng dịch vụ công trực tuyến một cửa"


def test_an_empty_folder_is_refused_not_taken_as_the_working_folder(qtbot: QtBot, demo_store: Store,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                    passphrase=PASS)
    monkeypatch.chdir(tmp_path)
    window = ready(MainWindow(demo_store))
    qtbot.addWidget(window)
    settle(qtbot)  # the overview reads the plan on the background runner
    window.export_bundle_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    dialog.folder_edit.setText("  ")
    dialog.passphrase.first.setText(PASS)
    qtbot.waitUntil(lambda: dialog.readiness is not None, timeout=10_000)  # the plan is read on the runner
    dialog.as_draft.setChecked(True)  # the demo plan is a draft
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose the folder for the bundle."
    assert dialog.task is None and not list(tmp_path.glob("*.ascn"))


def test_first_run_tells_receivers_to_skip(qtbot: QtBot, city_store: Store) -> None:
    from ascn_desktop.core.reference import load_reference

    dialog = FirstRunDialog(load_reference(city_store))
    qtbot.addWidget(dialog)
    dialog.show()
    snap(dialog, "00-first-run-skip")
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Skip"
    assert any("Signing identity" in label.text() for label in dialog.findChildren(QLabel))


def test_cli_export_json_gives_the_same_result_as_the_dialog(demo_store: Store, tmp_path: Path, run_cli,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    create_identity(demo_store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                    passphrase=PASS)
    monkeypatch.setenv("ASCN_PASSPHRASE", PASS)
    home = str(demo_store.profile.home)
    result = run_cli("--home", home, "export", "da nang", "--draft", "--out", str(tmp_path), "--json")
    assert result.status == 0, result.err
    data = json.loads(result.out)
    assert data["revision"] == 1 and Path(data["path"]).name == "VNM-Da-Nang-2018-2025-r1.ascn"
    assert isinstance(data["timings"]["total"], str)  # no floats in ASCN JSON
    other = run_cli("--home", home, "export", "ha noi", "--out", str(tmp_path))
    assert other.status == 1
    assert other.err.strip() == ("ascn: Your signing identity is for Đà Nẵng, so it cannot sign the plan of Hà Nội; "
                                 "only your own city's plan can be exported.")
    assert sorted(p.name for p in tmp_path.glob("*.ascn")) == ["VNM-Da-Nang-2018-2025-r1.ascn"]


def test_a_bundle_dropped_on_a_text_field_is_imported_not_typed(qtbot: QtBot, demo_store: Store,
                                                                 tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    from gui_drag_drop import drag_and_drop

    window = ready(MainWindow(demo_store, role="csco", city="VNM-DA-NANG"))
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")
    assert isinstance(overview, PlanOverview)
    settle(qtbot)
    plan_id = window.current_plan_id()
    assert plan_id is not None
    title = get_plan_header(demo_store, plan_id).title
    note = tmp_path / "VNM-Da-Nang-2018-2025-r1-review.ascn"
    note.write_bytes(b"not really a bundle")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    mime.setText(QUrl.fromLocalFile(str(note)).toString())  # file managers add the path as text too
    entered, _dropped = drag_and_drop(overview.title_edit, mime)
    assert entered
    qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=20_000)
    assert "Refused" in window.last_import_results.lines()[0]  # type: ignore[attr-defined]
    window.last_import_results.close()  # type: ignore[attr-defined]
    assert overview.title_edit.text() == title
    overview.title_edit.editingFinished.emit()
    settle(qtbot)
    assert get_plan_header(demo_store, plan_id).title == title
