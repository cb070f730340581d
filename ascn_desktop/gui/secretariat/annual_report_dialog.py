"""Dialogs for the Secretariat's outputs: the annual report and the data export.

Each dialog only collects choices (cycle, year, folder, format); the work is
the core's (``write_annual_report``, ``export_data``), run in the background
with ``run_task`` (progress bar and Cancel).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ascn_desktop.core.wording import counted
from ascn_desktop.core.data_export import FORMATS, export_data
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.monitoring import has_imported_plans
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.annual_report_files import ReportFiles, write_annual_report
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.gui.recent_files import WRITTEN, remember
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree


def _tell(dialog: QDialog, icon: QMessageBox.Icon, text: str) -> None:
    """A non-blocking message box, kept by the dialog's parent (the dialog itself may be closing)."""
    box = QMessageBox(icon, dialog.windowTitle(), text, QMessageBox.StandardButton.Ok,
                      dialog.parentWidget() or dialog)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _folder_row(parent: QWidget, edit: QLineEdit) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    browse = QPushButton(translate("AnnualReportDialog", "Browse…"))

    def choose() -> None:
        folder = QFileDialog.getExistingDirectory(parent, translate("AnnualReportDialog", "Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    browse.clicked.connect(choose)
    row.addWidget(browse)
    return row


class AnnualReportDialog(QDialog):
    """Cycle, year and folder for `write_annual_report`; runs it with progress and Cancel."""

    def __init__(self, store: Store, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annual report"))
        self._store = store
        self.task: Task | None = None
        self.result_files: ReportFiles | None = None
        self.cycle_combo = QComboBox()
        for code in reference.cycles:
            self.cycle_combo.addItem(reference.cycle_label(code), code)
        self.year_combo = QComboBox()
        self._reference = reference
        self.cycle_combo.currentIndexChanged.connect(self._fill_years)
        self._fill_years()
        self.local_check = QCheckBox(self.tr("Include local plans of cities that sent none"))
        # Checked unless bundles came in: known once the runner has looked (unless the person chose first).
        self._local_chosen = False
        self.local_check.clicked.connect(lambda: setattr(self, "_local_chosen", True))
        run_task(self, lambda _progress, _abort: has_imported_plans(store), quiet=True,
                 on_success=self._imported_known, on_failure=lambda _error: None)  # the box stays as it is
        self.folder_edit = QLineEdit(str(Path.home() / "ASCN reports"))
        form = QFormLayout(self)
        form.addRow(self.tr("Planning cycle"), self.cycle_combo)
        form.addRow(self.tr("Reporting year"), self.year_combo)
        form.addRow("", self.local_check)
        form.addRow(self.tr("Folder"), _folder_row(self, self.folder_edit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write report"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _imported_known(self, imported: bool) -> None:
        if not self._local_chosen:
            self.local_check.setChecked(not imported)

    def _fill_years(self) -> None:
        cycle = self._reference.cycles.get(self.cycle_combo.currentData())
        self.year_combo.clear()
        if cycle is None:
            return
        for year in cycle.years:
            self.year_combo.addItem(str(year), year)
        default = max(cycle.start_year, min(cycle.end_year, datetime.now(UTC).year - 1))
        self.year_combo.setCurrentIndex(self.year_combo.findData(default))

    def start(self) -> None:
        cycle, year = self.cycle_combo.currentData(), self.year_combo.currentData()
        if not self.folder_edit.text().strip():  # Path("") would be the app's working folder
            _tell(self, QMessageBox.Icon.Warning, self.tr("Choose the folder for the report."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        include_local = self.local_check.isChecked()
        store = self._store

        def work(progress: Any, abort: Any) -> ReportFiles:
            return write_annual_report(store, cycle=cycle, year=year, out_dir=folder, progress=progress,
                                       abort=abort, include_local=include_local)

        self.task = run_task(self, work, title=self.tr("Writing the annual report…"),
                             on_success=self._done, on_failure=self._failed)

    def _done(self, files: object) -> None:
        assert isinstance(files, ReportFiles)
        self.result_files = files
        for written in (files.pdf, files.xlsx):
            remember(self.parentWidget(), written, WRITTEN)
        self.accept()
        _tell(self, QMessageBox.Icon.Information,
              self.tr("The annual report was written:\n{0}\n{1}").format(files.pdf, files.xlsx))

    def _failed(self, error: AscnError) -> None:
        _tell(self, QMessageBox.Icon.Warning, visible(error.message))


class ExportDataDialog(QDialog):
    """Format and folder for `export_data` (flat tables for other systems)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export data for other systems"))
        self._store = store
        self.task: Task | None = None
        self.written: list[Path] = []
        self.format_combo = QComboBox()
        for fmt, label in zip(FORMATS, (self.tr("JSON (one file)"), self.tr("CSV (one file per table)"),
                                        self.tr("Excel workbook")), strict=True):
            self.format_combo.addItem(label, fmt)
        self.folder_edit = QLineEdit(str(Path.home() / "ASCN data"))
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Folder"), _folder_row(self, self.folder_edit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def start(self) -> None:
        fmt = self.format_combo.currentData()
        if not self.folder_edit.text().strip():  # Path("") would be the app's working folder
            _tell(self, QMessageBox.Icon.Warning, self.tr("Choose the folder for the data files."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        store = self._store

        def work(progress: Any, abort: Any) -> list[Path]:
            return export_data(store, fmt=fmt, out_dir=folder, progress=progress, abort=abort)

        self.task = run_task(self, work, title=self.tr("Exporting data…"), on_success=self._done,
                             on_failure=lambda error: _tell(self, QMessageBox.Icon.Warning, visible(error.message)))

    def _done(self, written: object) -> None:
        assert isinstance(written, list)
        self.written = written
        self.accept()
        _tell(self, QMessageBox.Icon.Information, self.tr("{0} written to {1}.").format(
            counted(len(written), "file"), self.folder_edit.text()))
