"""The monitoring dashboard: filters drive the tables and charts (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from test_monitoring_dataset import build_dataset

from ascn_desktop.core.reference import load_reference
from ascn_desktop.gui.secretariat.monitoring_page import MonitoringPage
from ascn_desktop.store.engine import Store
from tests.gui_settle import settle

# The Secretariat's screens: on SQLite and on a shared PostgreSQL store (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the combo and type its text."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)  # what the popup selection does; emits currentIndexChanged like a user pick
    qtbot.wait(1)


def _column(page: MonitoringPage, table: str, column: int) -> list[str]:
    model = page.models[table]
    return [model.text(row, column) for row in range(model.rowCount())]


def test_filters_update_tables_and_charts(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    build_dataset(store)
    page = MonitoringPage(store, load_reference(store))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot)  # the snapshot is read on the background runner
    assert not page.local_check.isChecked()  # imported plans exist: local ones are left out by default
    _choose(qtbot, page.year_combo, "2024")
    assert page.models["Completeness"].rowCount() == 31  # the network in 2024
    assert page.models["Projects"].rowCount() == 4
    assert page.charts["completeness"].data().categories[-1] == "Viet Nam"

    _choose(qtbot, page.country_combo, "Viet Nam")
    assert _column(page, "Completeness", 1) == ["Đà Nẵng", "Hà Nội", "Hồ Chí Minh"]
    assert _column(page, "Projects", 2) == ["DN-01", "HN-01", "HN-02"]
    assert page.charts["completeness"].data().categories == ("Viet Nam",)
    assert [page.city_combo.itemText(i) for i in range(page.city_combo.count())] == [
        "All cities", "Đà Nẵng", "Hà Nội", "Hồ Chí Minh"]
    assert "2 of 3 cities reported on 2024" in page.summary.text()

    _choose(qtbot, page.focus_combo, "Built Infrastructure")
    assert _column(page, "Projects", 2) == ["DN-01", "HN-01"]
    assert page.charts["projects"].data().categories == ("Built Infrastructure",)
    assert _column(page, "Private partner", 2) == ["HN-01"]

    _choose(qtbot, page.city_combo, "Đà Nẵng")
    assert _column(page, "Completeness", 2) == ["Late"]
    assert page.models["Partners"].rowCount() == 1 and _column(page, "Partners", 3) == ["1"]

    _choose(qtbot, page.country_combo, "All countries")
    _choose(qtbot, page.focus_combo, "All focus areas")
    assert page.models["Completeness"].rowCount() == 31  # the network in 2024
    qtbot.mouseClick(page.local_check, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.local_check.isChecked() and page.models["Projects"].rowCount() == 5

    page.tabs.setCurrentIndex(1)
    page.grab().save(str(tmp_path / "monitoring.png"))
    assert (tmp_path / "monitoring.png").stat().st_size > 0


def test_model_never_raises(qtbot: QtBot, store: Store) -> None:
    page = MonitoringPage(store, load_reference(store))
    qtbot.addWidget(page)
    settle(qtbot)
    model = page.models["Completeness"]
    assert model.data(model.index(999, 999)) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


def test_window_has_page_and_actions(qtbot: QtBot, store: Store) -> None:
    from ascn_desktop.gui.main_window import MainWindow
    from gui_settle import ready

    window = ready(MainWindow(store, role="asec"))
    qtbot.addWidget(window)
    assert isinstance(window.page("monitoring"), MonitoringPage)
    names = {action.objectName() for action in window.tools_menu.actions()}
    assert {"action-annual-report", "action-export-data"} <= names
    officer = ready(MainWindow(store, role="csco"))
    qtbot.addWidget(officer)
    assert officer.page("monitoring") is None


def test_annual_report_and_export_dialogs(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ascn_desktop.gui.secretariat.annual_report_dialog import AnnualReportDialog, ExportDataDialog

    build_dataset(store)
    dialog = AnnualReportDialog(store, load_reference(store))
    qtbot.addWidget(dialog)
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2024))
    dialog.folder_edit.setText(str(tmp_path / "report"))
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_files is not None, timeout=20000)
    assert dialog.result_files is not None and dialog.result_files.pdf.exists()

    export = ExportDataDialog(store)
    qtbot.addWidget(export)
    export.format_combo.setCurrentIndex(export.format_combo.findData("csv"))
    export.folder_edit.setText(str(tmp_path / "data"))
    export.show()
    qtbot.mouseClick(export.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(export.written) == 7, timeout=20000)
    assert (tmp_path / "data" / "projects.csv").exists()
