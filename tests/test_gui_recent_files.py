"""File › Open Recent: workbooks and bundles brought in, files written; kept per profile; Clear; missing files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.gui import recent_files
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog
from ascn_desktop.gui.workbook.workbook_feature import export_template, start_workbook_import
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, write_workbook


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> MainWindow:
    window = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(window)
    window.set_current_plan(save_plan(store, base_plan()))
    return window


def _entries(window: MainWindow) -> list[QAction]:
    menu = window.recent_menu  # type: ignore[attr-defined]
    recent_files.fill_menu(window, menu)  # what opening the menu does
    return [action for action in menu.actions() if not action.isSeparator()]


def test_open_recent_lists_what_came_in_and_what_was_written(qtbot: QtBot, window: MainWindow, store: Store,
                                                             tmp_path: Path) -> None:
    menu = window.recent_menu  # type: ignore[attr-defined]
    assert menu.menuAction() in window.file_menu.actions()
    [empty, clear] = _entries(window)
    assert empty.text() == "No recent files" and not empty.isEnabled() and not clear.isEnabled()

    plan_id = window.current_plan_id()
    assert plan_id is not None
    template = tmp_path / "Đà Nẵng & co.xlsx"
    export_template(window, plan_id, template, empty=False)
    qtbot.waitUntil(lambda: len(recent_files.read_recent(window.settings)) == 1, timeout=10000)
    filled = write_workbook(tmp_path / "filled.xlsx", base_plan(), load_reference(store))
    start_workbook_import(window, plan_id, filled)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "excel_import_dialog", None), ExcelImportDialog),
                    timeout=10000)
    window.excel_import_dialog.reject()  # type: ignore[attr-defined]

    entries = _entries(window)
    assert [a.text() for a in entries[:2]] == ["&1 filled.xlsx  (Excel workbook, imported)",
                                               "&2 Đà Nẵng && co.xlsx  (written)"]  # newest first; '&' shown
    assert all(a.isEnabled() for a in entries)

    # A workbook opened again is imported again: its preview shows first, nothing is written before Apply.
    window.excel_import_dialog = None  # type: ignore[attr-defined]
    entries[0].trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "excel_import_dialog", None), ExcelImportDialog),
                    timeout=10000)
    window.excel_import_dialog.reject()  # type: ignore[attr-defined]

    # Kept in the profile's settings: a new window of the same profile lists the same files.
    again = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(again)
    assert [a.text() for a in _entries(again)][:2] == [a.text() for a in entries[:2]]

    # A file moved away stays listed, disabled, with a sentence saying why.
    template.unlink()
    moved = _entries(window)[1]
    assert not moved.isEnabled()
    assert moved.toolTip() == f"{template} is no longer there: it was moved, renamed or deleted."

    clear = next(a for a in _entries(window) if a.objectName() == "action-clear-recent")
    clear.trigger()
    assert recent_files.read_recent(window.settings) == []
    assert _entries(window)[0].text() == "No recent files"


def test_a_bundle_brought_in_is_remembered_even_when_refused(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ascn_desktop.gui.receiving.import_dialog import start_import

    bundle = tmp_path / "ha-noi-r3.ascn"
    bundle.write_bytes(b"not a zip")
    task = start_import(window, [bundle])
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert recent_files.read_recent(window.settings) == [recent_files.RecentFile(bundle, recent_files.BUNDLE)]
    window.last_import_results.close()  # type: ignore[attr-defined]
    assert _entries(window)[0].text() == "&1 ha-noi-r3.ascn  (imported)"
