"""Plugs the Secretariat's monitoring into the main window.

Adds the "Monitoring" page (ASEC only), the "Reference data" page (for an ASEC
signing identity: the Secretariat's next reference pack), and in the Tools menu "Annual
report…" and "Export data for other systems…". The page re-reads the store
when the window says it changed (after imports).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from ascn_desktop.gui.main_window import MainWindow

ROLES = ("asec",)


def install(window: MainWindow) -> None:
    if window.role is not None and window.role not in ROLES:
        return
    window.add_page("monitoring", translate("MonitoringFeature", "Monitoring"), lambda: _monitoring_page(window),
                    roles=ROLES, icon_name="monitoring")
    if window.role == "asec":  # only a signing Secretariat identity can issue reference packs
        window.add_page("reference", translate("MonitoringFeature", "Reference data"), lambda: _reference_page(window),
                        roles=ROLES, icon_name="plans")

    report = QAction(translate("MonitoringFeature", "Annual report…"), window)
    report.setObjectName("action-annual-report")
    report.setStatusTip(translate("MonitoringFeature", "Write the ASCN annual progress report (PDF and Excel) from the imported plans"))
    report.triggered.connect(lambda: _annual_report_dialog(window).open())
    export = QAction(translate("MonitoringFeature", "Export data for other systems…"), window)
    export.setObjectName("action-export-data")
    export.triggered.connect(lambda: _export_data_dialog(window).open())
    window.tools_menu.addAction(report)
    window.tools_menu.addAction(export)


# The pages are built the first time they are shown (gui/window_pages.py), their modules loaded then.
def _monitoring_page(window: MainWindow) -> QWidget:
    from ascn_desktop.gui.secretariat.monitoring_page import MonitoringPage

    page = MonitoringPage(window.store, window.reference)
    window.store_changed.connect(page.reload)
    return page


def _reference_page(window: MainWindow) -> QWidget:
    from ascn_desktop.gui.secretariat.reference_page import ReferencePage

    return ReferencePage(window)


# The report and data-export dialogs bring in reportlab and openpyxl: loaded when first opened.
def _annual_report_dialog(window: MainWindow) -> QDialog:
    from ascn_desktop.gui.secretariat.annual_report_dialog import AnnualReportDialog

    return AnnualReportDialog(window.store, window.reference, window)


def _export_data_dialog(window: MainWindow) -> QDialog:
    from ascn_desktop.gui.secretariat.annual_report_dialog import ExportDataDialog

    return ExportDataDialog(window.store, window)
