"""Journey of the ASEAN Secretariat through the real window.

Trust the NR's and a city's cards → import the national bundle → Monitoring
(filters) → Tools → Annual report… → Tools → Export data for other systems….
Set ASCN_JOURNEY_PNG=DIR to keep the screens as PNG files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.signing.identity import create_identity, export_card, read_card_file
from ascn_desktop.core.consolidation.national_bundle import consolidate
from ascn_desktop.core.plans import list_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import find_received_plan, review_plan
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card, list_keys
from ascn_desktop.gui.secretariat.annual_report_dialog import AnnualReportDialog, ExportDataDialog
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.secretariat.monitoring_page import MonitoringPage
from ascn_desktop.gui.signing.trust_page import TrustPage
from gui_settle import settle
from journey_steps import PASS, snap
from test_journey_national import city_bundles


def national_bundle(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The NR's laptop: Đà Nẵng's plan imported, accepted and consolidated; the NR's and the city's cards."""
    bundles, city_card = city_bundles(tmp_path, "VNM-DA-NANG", revisions=1)
    store = open_profile_store(resolve_profile(tmp_path / "q-nr"))
    try:
        nr = create_identity(store, name="Trần Văn Bình", role="nr", country="VNM", city=None, passphrase=PASS)
        add_card(store, read_card_file(city_card))
        assert [o.status for o in import_bundles(store, bundles)] == ["imported"]
        review_plan(store, find_received_plan(store, "da nang"), "accepted")
        out = tmp_path / "national"
        out.mkdir()
        result = consolidate(store, "VNM", out, passphrase=PASS, endorsement="Đồng ý.")
        nr_card = export_card(nr, tmp_path / "nr.card")
    finally:
        store.close()
    return result.path, nr_card, city_card


def test_secretariat_imports_monitors_reports_and_exports(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    national, nr_card, city_card = national_bundle(tmp_path)
    store = open_profile_store(resolve_profile(tmp_path / "q-asec"))
    try:
        create_identity(store, name="Siti Rahmah", role="asec", country="IDN", city=None, passphrase=PASS)
        window = ready(MainWindow(store))
        qtbot.addWidget(window)
        window.show()
        assert window.role == "asec" and window.current_page_key() == "monitoring"
        assert window.page("overview") is None and window.page("received") is not None

        trust = window.page("trust")
        assert isinstance(trust, TrustPage)
        for card in (nr_card, city_card):
            trust.add_card_file(card)
            qtbot.waitUntil(lambda: trust.confirm_dialog is not None, timeout=10_000)  # read on the runner
            assert trust.confirm_dialog is not None
            trust.confirm_dialog.accept()
            qtbot.waitUntil(lambda: trust.writing is None, timeout=10_000)  # written on the runner
        assert len(list_keys(store)) == 2

        from ascn_desktop.gui.receiving.import_dialog import start_import

        with qtbot.waitSignal(window.store_changed, timeout=30_000):
            start_import(window, [national])
        qtbot.waitUntil(lambda: getattr(window, "last_import_results", None) is not None, timeout=30_000)
        results = window.last_import_results  # type: ignore[attr-defined]
        snap(results, "asec-01-import-results")
        assert "Imported" in results.lines()[0]
        results.close()
        assert [p.city for p in list_plans(store)] == ["VNM-DA-NANG"]

        page = window.page("monitoring")
        assert isinstance(page, MonitoringPage)
        window.show_page("monitoring")
        settle(qtbot)  # the snapshot after the import is read on the background runner
        page.year_combo.setCurrentIndex(page.year_combo.findData(2024))
        snap(window, "asec-02-monitoring")
        assert not page.local_check.isChecked()  # bundles came in: only what cities sent counts
        assert page.monitoring is not None and page.monitoring.summary.cities_reported == 1
        # the 2024 deadline (31 March 2025) has passed; the two cities that joined in 2024 are not missing
        assert page.monitoring.summary.missing == 28
        assert page.monitoring.summary.joined_this_year == 2
        page.country_combo.setCurrentIndex(page.country_combo.findData("THA"))
        assert page.monitoring.summary.cities_reported == 0
        snap(window, "asec-03-monitoring-thailand")
        page.country_combo.setCurrentIndex(page.country_combo.findData("VNM"))
        page.city_combo.setCurrentIndex(page.city_combo.findData("VNM-DA-NANG"))
        assert page.monitoring.summary.cities_reported == 1 and page.monitoring.summary.projects > 0
        page.tabs.setCurrentIndex(2)
        snap(window, "asec-04-monitoring-da-nang-milestones")

        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: told.append(box.text()))
        report_action = window.findChild(type(window.quit_action), "action-annual-report")
        report_action.trigger()
        report = window.findChild(AnnualReportDialog)
        assert report is not None
        report.year_combo.setCurrentIndex(report.year_combo.findData(2024))
        report.folder_edit.setText(str(tmp_path / "report"))
        snap(report, "asec-05-annual-report")
        report.start()
        qtbot.waitUntil(lambda: report.result_files is not None or bool(told), timeout=60_000)
        assert report.result_files is not None, told
        assert report.result_files.pdf.is_file() and report.result_files.xlsx.is_file()

        export_action = window.findChild(type(window.quit_action), "action-export-data")
        export_action.trigger()
        exporter = window.findChild(ExportDataDialog)
        assert exporter is not None
        exporter.format_combo.setCurrentIndex(exporter.format_combo.findData("csv"))
        exporter.folder_edit.setText(str(tmp_path / "data"))
        snap(exporter, "asec-06-export-data")
        exporter.start()
        qtbot.waitUntil(lambda: bool(exporter.written) or len(told) > 1, timeout=60_000)
        assert {p.name for p in exporter.written} >= {"plans.csv", "projects.csv", "reviews.csv"}
        plans_csv = (tmp_path / "data" / "plans.csv").read_text(encoding="utf-8")
        assert "Đà Nẵng" in plans_csv or "VNM-DA-NANG" in plans_csv
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog):
                widget.close()
        store.close()
