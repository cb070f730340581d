"""Export signed bundle…: pick a folder, give the passphrase, watch the progress, see the result.

The dialog only collects the folder and passphrase; `core.bundle_export.export_bundle`
does the work in the background (gui.tasks.run_task: progress bar and Cancel).
Afterwards a result dialog shows the file, its revision, the fingerprint it was
signed with and a button that opens the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.bundles.bundle_export import ExportReadiness, ExportResult, export_bundle, export_readiness
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import Identity
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plans import get_plan_header
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.gui.folder_field import FolderField
from ascn_desktop.gui.settings import profile_settings
from ascn_desktop.gui.signing.identity_wizard import fingerprint_label
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields
from ascn_desktop.gui.recent_files import WRITTEN, remember
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible


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
    """Folder + passphrase, then the export runs in the background.

    It opens at once; the plan's title and whether it must leave as a draft arrive from the runner
    (`facts_task`), and Export waits for them.
    """

    exported = Signal(object)  # ExportResult

    def __init__(self, store: Store, plan_id: int, identity: Identity, reference: ReferenceData, *,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-dialog")
        self.store = store
        self.plan_id = plan_id
        self.identity = identity
        self.reference = reference
        self.task: Task | None = None
        self.result_dialog: ExportResultDialog | None = None
        self.readiness: ExportReadiness | None = None  # until the runner has checked the plan
        self.setWindowTitle(self.tr("Export signed bundle"))
        self.intro = QLabel(self.tr("Reading the plan…"))
        self.intro.setWordWrap(True)
        self.folder_edit = FolderField(folder, browse_title=self.tr("Folder for the bundle"),
                                       empty_message=self.tr("Choose the folder for the bundle."),
                                       settings=profile_settings(store.profile), purpose="export")
        self.folder_edit.edit.setAccessibleName(self.tr("Folder"))
        self.passphrase = PassphraseFields(new=False)
        # A draft (or a plan with errors) leaves only by an explicit choice, and then marked as a draft.
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draft-note")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #d8b800")
        self.draft_note.hide()
        self.as_draft = QCheckBox(self.tr("Export it as a &draft anyway (receivers will see “Draft”)"))
        self.as_draft.setObjectName("export-as-draft")
        self.as_draft.hide()
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self._lay_out()
        self.setMinimumWidth(560)
        self.facts_task = run_task(self, lambda _progress, _abort: _plan_and_readiness(store, plan_id), quiet=True,
                                   on_success=self._show_plan, on_failure=self._show_refusal)

    def _lay_out(self) -> None:
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(folder_label, self.folder_edit)
        form.addRow(self.passphrase)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export-start")
        self.export_button.setEnabled(False)  # until the plan is read
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.as_draft.toggled.connect(lambda _checked: self.export_button.setEnabled(self._may_export()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.as_draft)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _show_plan(self, facts: tuple[Plan, ExportReadiness]) -> None:
        plan, readiness = facts
        self.readiness = readiness
        self.intro.setText(self.tr("{0} — {1}, cycle {2}. The bundle holds plan.json, the Excel workbook and the "
                                   "PDF report, signed by {3}.").format(plan.title, self.reference.city_name(plan.city),
                                                                        plan.cycle, self.identity.name))
        if readiness.needs_draft_choice:
            problems = "".join(f"\n• {text}" for text in readiness.errors[:5])
            more = len(readiness.errors) - 5
            if more > 0:
                problems += "\n" + self.tr("…and {0} more on the Readiness page.").format(more)
            self.draft_note.setText(readiness.sentence() + problems)
            self.export_button.setText(self.tr("Export as draft"))  # enabled once the person ticks the choice
        self.draft_note.setVisible(readiness.needs_draft_choice)
        self.as_draft.setVisible(readiness.needs_draft_choice)
        self.export_button.setEnabled(self._may_export())
        self.adjustSize()  # it opened around "Reading the plan…": grow to the texts that arrived

    def _show_refusal(self, error: AscnError) -> None:
        self.intro.clear()
        self.message.setText(visible(error.message))

    def _may_export(self) -> bool:
        """Not before the plan is read, nor while it runs; a draft only once the choice is ticked."""
        readiness = self.readiness
        if readiness is None or self.task is not None:
            return False
        return not readiness.needs_draft_choice or self.as_draft.isChecked()

    def start(self) -> None:
        """Run the export off the GUI thread; the dialog stays open to correct a wrong passphrase or folder."""
        if self.task is not None:
            return
        passphrase = self.passphrase.passphrase()
        try:
            folder = self.folder_edit.folder()
        except AscnError as error:
            self.message.setText(visible(error.message))
            return
        if not passphrase:
            self.message.setText(self.tr("Type the passphrase of your signing key."))
            return
        if self.readiness is None:  # Export is off until the plan is read
            return
        as_draft = self.readiness.needs_draft_choice and self.as_draft.isChecked()
        if self.readiness.needs_draft_choice and not as_draft:
            self.message.setText(self.tr("Tick “Export it as a draft anyway”, or mark the plan final first."))
            return
        self.message.clear()
        self.export_button.setEnabled(False)
        store, plan_id = self.store, self.plan_id

        def work(progress: Any, abort: Any) -> ExportResult:
            return export_bundle(store, plan_id, folder, passphrase=passphrase, progress=progress, abort=abort,
                                 as_draft=as_draft)

        self.task = run_task(self, work, title=self.tr("Exporting the signed bundle…"),
                             on_success=self._succeeded, on_failure=self._failed)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.task = None
        self.passphrase.clear()
        self.exported.emit(result)
        remember(self.parentWidget(), result.path, WRITTEN)
        self.result_dialog = ExportResultDialog(result, self.parentWidget())
        self.accept()
        self.result_dialog.open()

    def _failed(self, error: AscnError) -> None:
        self.task = None
        self.export_button.setEnabled(self._may_export())
        details = "".join(f"\n• {visible(d)}" for d in error.details[:12])
        self.message.setText(visible(error.message) + details)


def _plan_and_readiness(store: Store, plan_id: int) -> tuple[Plan, ExportReadiness]:
    """What the dialog shows before the export (on the runner): the plan's header, and may it leave as final."""
    return get_plan_header(store, plan_id), export_readiness(store, plan_id)
