"""Plan overview: create, edit with Vietnamese text, toggle focus areas, undo, next cycle, mark final."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import find_plan_id, get_plan, get_plan_header, project_rows, save_project
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.editor.plan_overview import PlanOverview
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ReviewRow
from ascn_desktop.store.types import utc_now
from tests.gui_settle import settle
from tests.gui_typing import type_text

HANOI = "VNM-HA-NOI"
TITLE = "Kế hoạch hành động đô thị thông minh Hà Nội"
VISION = "Thủ đô xanh, thông minh và đáng sống cho mọi người dân"



@pytest.fixture
def hanoi(store: Store) -> Store:
    save_workplace(store.profile, Workplace(country="VNM", city=HANOI), load_reference(store))
    return store


@pytest.fixture
def window(qtbot: QtBot, hanoi: Store) -> Iterator[MainWindow]:
    main = ready(MainWindow(hanoi))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main


def overview_of(window: MainWindow, qtbot: QtBot | None = None) -> PlanOverview:
    page = window.page("overview")
    assert isinstance(page, PlanOverview)
    if qtbot is not None:
        settle(qtbot)  # the page reads the store on the background runner
    return page


def create(qtbot: QtBot, overview: PlanOverview) -> int | None:
    """Create the plan (written on the runner) and wait until the page shows it."""
    overview.create_plan()
    settle(qtbot)
    return overview.plan_id


def test_officer_sees_only_the_editor_pages(window: MainWindow) -> None:
    assert window.role == "csco" and window.city == HANOI
    assert window.page("overview") is not None and window.page("projects") is not None
    assert window.page("plans") is None  # the all-plans browser is for receivers


def test_create_plan_edit_title_vision_focus_areas_and_undo(qtbot: QtBot, window: MainWindow,
                                                             hanoi: Store) -> None:
    overview = overview_of(window, qtbot)
    assert overview.create_button.isVisible()
    qtbot.mouseClick(overview.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    cycle = overview.cycle()
    assert cycle is not None
    plan_id = find_plan_id(hanoi, HANOI, cycle.code)
    assert plan_id is not None and window.current_plan_id() == plan_id

    overview.title_edit.setFocus()
    overview.title_edit.selectAll()
    type_text(overview.title_edit, TITLE)
    qtbot.keyClick(overview.title_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).title == TITLE
    assert "Hà Nội" in window.windowTitle() and f"{TITLE} (r0)" in window.windowTitle()

    overview.vision_edit.setFocus()
    type_text(overview.vision_edit, VISION)
    overview.blueprint_edit.setFocus()  # leaving the field accepts it
    qtbot.waitUntil(lambda: get_plan_header(hanoi, plan_id).vision == VISION)

    overview.focus_list.setFocus()
    overview.focus_list.setCurrentRow(0)
    qtbot.keyClick(overview.focus_list, Qt.Key.Key_Space)  # space toggles the current item's check box
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).focus_areas == ["CS"]
    overview.outcome_list.item(2).setCheckState(Qt.CheckState.Checked)
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).outcomes == ["QL"]

    assert window.undo_action.text() == "&Undo edit “Strategic outcomes” of the plan"
    window.undo_action.trigger()
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).outcomes == []
    assert overview.outcome_list.item(2).checkState() == Qt.CheckState.Unchecked
    window.undo_action.trigger()
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).focus_areas == []
    window.undo_action.trigger()
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).vision == ""
    assert window.undo_action.text() == "&Undo edit “Title” of the plan"
    window.undo_action.trigger()
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).title != TITLE
    window.redo_action.trigger()
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).title == TITLE
    assert overview.title_edit.text() == TITLE
    assert "All changes saved" in window.saved_label.text()


def test_empty_title_is_refused_inline(qtbot: QtBot, window: MainWindow, hanoi: Store) -> None:
    overview = overview_of(window, qtbot)
    plan_id = create(qtbot, overview)
    assert plan_id is not None
    before = get_plan_header(hanoi, plan_id).title
    overview.title_edit.setFocus()
    overview.title_edit.clear()
    qtbot.keyClick(overview.title_edit, Qt.Key.Key_Return)
    assert overview.title_message.isVisible()
    assert get_plan_header(hanoi, plan_id).title == before
    overview.title_edit.setText("x" * 100_000)
    assert len(overview.title_edit.text()) == 500  # the field refuses what the readiness check would


def test_start_plan_for_next_cycle_carries_projects(qtbot: QtBot, hanoi: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.core.demo import load_demo

    load_demo(hanoi)
    window = ready(MainWindow(hanoi))
    qtbot.addWidget(window)
    overview = overview_of(window, qtbot)
    assert overview.cycle() is not None and overview.cycle().code == "2018-2025"  # latest with a plan
    old_id = overview.plan_id
    assert old_id is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(overview.next_cycle_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    new_id = find_plan_id(hanoi, HANOI, "2026-2035")
    assert new_id is not None and new_id != old_id
    assert overview.plan_id == new_id and overview.cycle().code == "2026-2035"
    carried = project_rows(hanoi, new_id)
    assert carried and all(row.carried_over for row in carried)
    assert get_plan_header(hanoi, new_id).carried_over_from == get_plan_header(hanoi, old_id).uuid
    assert not overview.next_cycle_button.isEnabled() or overview.cycle().code != "2018-2025"


def test_mark_final_refused_while_errors_remain_then_allowed(qtbot: QtBot, window: MainWindow,
                                                            hanoi: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    overview = overview_of(window, qtbot)
    plan_id = create(qtbot, overview)
    assert plan_id is not None
    bad = Project(code="HN-01", title="Chiếu sáng thông minh", focus_area="BI", start_year=2030, end_year=2027)
    save_project(hanoi, plan_id, bad)
    shown: list[AscnError | str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    overview.reload()
    settle(qtbot)

    overview.status_combo.setFocus()
    qtbot.keyClick(overview.status_combo, Qt.Key.Key_Down)  # choose "Final"
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).status == "draft"
    assert shown and isinstance(shown[0], AscnError) and "cannot be marked final" in shown[0].message
    assert overview.status_combo.currentData() == "draft"

    bad.end_year = 2032
    save_project(hanoi, plan_id, bad)
    overview.reload()
    settle(qtbot)
    qtbot.keyClick(overview.status_combo, Qt.Key.Key_Down)
    settle(qtbot)
    settle(qtbot)  # the check, then the save
    assert get_plan_header(hanoi, plan_id).status == "final"
    assert window.undo_action.text() == "&Undo mark the plan final"
    window.undo_action.trigger()
    settle(qtbot)
    assert get_plan(hanoi, plan_id).status == "draft"
    bad.end_year = 2027  # an error again: redoing "mark final" must be refused too
    save_project(hanoi, plan_id, bad)
    shown.clear()
    window.redo_action.trigger()
    settle(qtbot)
    assert get_plan(hanoi, plan_id).status == "draft"
    assert shown and "cannot be marked final" in str(shown[0])


def test_returned_review_reason_is_shown(qtbot: QtBot, window: MainWindow, hanoi: Store) -> None:
    overview = overview_of(window, qtbot)
    plan_id = create(qtbot, overview)
    assert plan_id is not None
    with hanoi.transaction() as session:
        session.add(ReviewRow(plan_uuid=get_plan_header(hanoi, plan_id).uuid, revision=1, direction="received",
                              status="returned", reason="Thiếu chỉ số cho dự án HN-02.", reviewer_name="NR Việt Nam",
                              created_at=utc_now()))
    overview.reload()
    settle(qtbot)
    assert overview.review_label.isVisible()
    assert "Thiếu chỉ số cho dự án HN-02." in overview.review_label.text()


def test_change_city_before_an_identity_exists(qtbot: QtBot, window: MainWindow, hanoi: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import ascn_desktop.gui.first_run as first_run

    def choose(store: Store, reference: object, *, parent: object = None) -> Workplace:
        save_workplace(store.profile, Workplace(country="VNM", city="VNM-DA-NANG"))
        return Workplace(country="VNM", city="VNM-DA-NANG")

    monkeypatch.setattr(first_run, "choose_workplace", choose)
    window.change_city_action.trigger()  # type: ignore[attr-defined]
    overview = overview_of(window, qtbot)
    assert window.city == "VNM-DA-NANG" and overview.city_label.text().startswith("Đà Nẵng")
    plan_id = create(qtbot, overview)
    assert plan_id is not None and get_plan_header(hanoi, plan_id).city == "VNM-DA-NANG"
    assert find_plan_id(hanoi, HANOI) is None


def test_store_change_does_not_overwrite_what_is_being_typed(qtbot: QtBot, window: MainWindow,
                                                            hanoi: Store) -> None:
    overview = overview_of(window, qtbot)
    plan_id = create(qtbot, overview)
    assert plan_id is not None
    overview.title_edit.setFocus()
    overview.title_edit.selectAll()
    type_text(overview.title_edit, "Kế hoạch đang gõ")
    window.store_changed.emit()  # e.g. an import finished meanwhile
    settle(qtbot)
    assert overview.title_edit.text() == "Kế hoạch đang gõ"
    qtbot.keyClick(overview.title_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert get_plan_header(hanoi, plan_id).title == "Kế hoạch đang gõ"
    window.undo_action.trigger()  # undo from the menu while the field still has focus
    settle(qtbot)
    assert overview.title_edit.text() == get_plan_header(hanoi, plan_id).title != "Kế hoạch đang gõ"


def test_tab_walks_the_overview_in_the_order_it_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui_tab_order import assert_tabs_in_visual_order, focusable

    overview = overview_of(window, qtbot)
    qtbot.mouseClick(overview.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    shown = focusable(overview)
    assert overview.title_edit in shown and overview.vision_edit in shown and overview.focus_list in shown
    assert_tabs_in_visual_order(qtbot, overview)
