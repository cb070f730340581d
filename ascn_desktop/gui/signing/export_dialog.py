"""Export signed bundle…: pick a folder, give the passphrase, watch the progress, see the result.

The dialog only collects the folder and passphrase; `core.bundle_export.export_bundle`
does the work in the background (gui.tasks.run_task: progress bar and Cancel).
Afterwards a result dialog shows the file, its revision, the fingerprint it was
signed with and a button that opens the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.bundles.bundle_export import ExportResult, export_bundle
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import Identity
from ascn_desktop.core.plans import get_plan_header
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.gui.folder_field import FolderField
from ascn_desktop.gui.signing.identity_wizard import fingerprint_label
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.store.engine import Store


class ExportResultDialog(QDialog):
    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-result")
        self.result_ = result
        self.setWindowTitle(self.tr("Signed bundle saved"))
        revision = (self.tr("Revision {0} (new content).") if result.revision_raised
                    else self.tr("Revision {0} (content unchanged since the last export).")).format(result.revision)
        self.file_label = QLabel(str(result.path))
        self.file_label.setObjectName("bundle-path")
        self.file_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Revision:"), QLabel(revision))
        form.addRow(self.tr("Signed with:"), fingerprint_label(result.fingerprint))
        form.addRow(self.tr("SHA-256:"), QLabel(result.sha256))
        self.open_button = QPushButton(self.tr("Open folder"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path.parent)))


class ExportDialog(QDialog):
    """Folder + passphrase, then the export runs in the background."""

    exported = Signal(object)  # ExportResult

    def __init__(self, store: Store, plan_id: int, identity: Identity, reference: ReferenceData, *,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.store = store
        self.plan_id = plan_id
        self.task: Task | None = None
        self.result_dialog: ExportResultDialog | None = None
        plan = get_plan_header(store, plan_id)
        city = reference.cities.get(plan.city)
        self.setWindowTitle(self.tr("Export signed bundle"))
        intro = QLabel(self.tr("{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the "
                               "PDF report, signed by {3}.").format(plan.title, city.name if city else plan.city,
                                                                    plan.cycle, identity.name))
        intro.setWordWrap(True)
        default = folder or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                                 or Path.home())
        self.folder_edit = FolderField(str(default), browse_title=self.tr("Folder for the bundle"),
                                       empty_message=self.tr("Choose the folder for the bundle."))
        self.folder_edit.edit.setAccessibleName(self.tr("Folder"))
        self.passphrase = PassphraseFields(new=False)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(folder_label, self.folder_edit)
        form.addRow(self.passphrase)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def start(self) -> None:
        """Run the export off the GUI thread; the dialog stays open to correct a wrong passphrase or folder."""
        if self.task is not None:
            return
        passphrase = self.passphrase.passphrase()
        try:
            folder = self.folder_edit.folder()
        except AscnError as error:
            self.message.setText(error.message)
            return
        if not passphrase:
            self.message.setText(self.tr("Type the passphrase of your signing key."))
            return
        self.message.clear()
        self.export_button.setEnabled(False)
        store, plan_id = self.store, self.plan_id

        def work(progress: Any, abort: Any) -> ExportResult:
            return export_bundle(store, plan_id, folder, passphrase=passphrase, progress=progress, abort=abort)

        self.task = run_task(self, work, title=self.tr("Exporting the signed bundle…"),
                             on_success=self._succeeded, on_failure=self._failed)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.task = None
        self.passphrase.clear()
        self.exported.emit(result)
        self.result_dialog = ExportResultDialog(result, self.parentWidget())
        self.accept()
        self.result_dialog.open()

    def _failed(self, error: AscnError) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        details = "".join(f"\n• {d}" for d in error.details[:12])
        self.message.setText(error.message + details)
