"""The import window takes the CLI's one path: what `ascn import-xlsx` refuses, the window refuses.

The window applies a preview through `core.workbook.importing.apply_preview` off the GUI thread,
so its guards hold even for a preview the window itself would never let through (a test calls the
apply step directly with such previews), and the cell errors it shows are the CLI's sentences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.importing import apply_preview, preview_workbook_import
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog
from ascn_desktop.gui.workbook.workbook_feature import apply_import, start_workbook_import
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, workbook_with_cells

ZAWGYI = "ျမိဳ႕ျပ အမ်ားျပည္သူ သယ္ယူပို႔ေဆာင္ေရးစနစ္"


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    window.set_current_plan(save_plan(store, base_plan()))
    return window


@pytest.fixture
def shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(str(error)))
    return errors


def _workbook(store: Store, tmp_path: Path, *cells: tuple[str, str, int, object]) -> Path:
    return workbook_with_cells(tmp_path / "dn.xlsx", base_plan(), load_reference(store), *cells)


def _cli_refusal(store: Store, path: Path, plan_id: int) -> str:
    """The sentence the core's apply step (what `ascn import-xlsx` calls) refuses this workbook with."""
    preview = preview_workbook_import(store, path, plan_id=plan_id)
    with pytest.raises(AscnError) as refused:
        apply_preview(store, preview)
    return str(refused.value)


@pytest.mark.parametrize("cells", [
    ((layout.PROJECTS, "Start year", 2, 2031), (layout.PROJECTS, "End year", 2, 2032)),  # outside the plan's years
    ((layout.PROJECTS, "Budget", 2, "lots"),),  # not an amount
    ((layout.PROJECTS, "Title", 2, ZAWGYI),),  # Burmese in the Zawgyi encoding
])
def test_the_window_refuses_what_the_cli_refuses(qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path,
                                                 shown: list[str], cells: Any) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    before = get_plan(store, plan_id)
    path = _workbook(store, tmp_path, *cells)
    expected = _cli_refusal(store, path, plan_id)

    preview = preview_workbook_import(store, path, plan_id=plan_id)
    dialog = ExcelImportDialog(preview, window, reference=window.reference)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert [dialog.errors.item(n).text() for n in range(dialog.errors.count())] == [
        str(error) for error in preview.result.errors]

    task = apply_import(window, preview)  # past the disabled button: the core still refuses
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert shown == [expected]
    assert get_plan(store, plan_id) == before and window.undo_stack.count() == 0


def test_the_window_shows_the_years_refusal_in_words(qtbot: QtBot, window: MainWindow, store: Store,
                                                     tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    start_workbook_import(window, plan_id, _workbook(store, tmp_path, (layout.PROJECTS, "Start year", 2, 2031)))
    qtbot.waitUntil(lambda: isinstance(getattr(window, "excel_import_dialog", None), ExcelImportDialog),
                    timeout=10000)
    dialog: ExcelImportDialog = window.excel_import_dialog  # type: ignore[attr-defined]
    assert dialog.errors.item(0).text() == ("Projects!J2 (Start year): found '2031', expected a year from 2018 "
                                            "to 2025, the years of the plan.")
    assert not dialog.apply_button.isEnabled()
    dialog.reject()


def test_a_received_plan_is_not_filled_in_from_excel(qtbot: QtBot, window: MainWindow, store: Store,
                                                     tmp_path: Path, shown: list[str]) -> None:
    received = base_plan()
    received.uuid = "0b8e0f43-5d7e-4a4c-9a53-000000000099"
    received_id = save_plan(store, received, origin="imported")
    start_workbook_import(window, received_id, _workbook(store, tmp_path, (layout.PROJECTS, "Title", 2, "X")))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == ["This is a plan received from another city; only your city's own plan can be filled in "
                     "from Excel."]


def test_one_problem_is_said_in_the_singular(qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path) -> None:
    plan_id = window.current_plan_id()
    assert plan_id is not None
    preview = preview_workbook_import(store, _workbook(store, tmp_path, (layout.PROJECTS, "Budget", 2, "lots")),
                                      plan_id=plan_id)
    dialog = ExcelImportDialog(preview, window, reference=window.reference)
    qtbot.addWidget(dialog)
    assert dialog.headline.text().startswith("The workbook has a problem. Fix this cell")
    assert "(s)" not in dialog.headline.text()
    with pytest.raises(AscnError, match="^The workbook has a problem; fix it"):
        apply_preview(store, preview)


def test_no_identity_sentence_ends_cleanly(store: Store) -> None:
    from ascn_desktop.core.signing.identity import require_identity

    with pytest.raises(AscnError) as refused:
        require_identity(store)
    assert str(refused.value) == ("This profile has no signing identity yet; create one with Tools → Signing "
                                  "identity… or 'ascn identity create'.")
