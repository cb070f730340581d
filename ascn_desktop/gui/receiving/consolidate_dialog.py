"""Consolidate national bundle… (NR): endorsement note, folder, passphrase; the core does the rest."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.wording import counted
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.consolidation.national_bundle import ConsolidationResult, consolidate
from ascn_desktop.core.consolidation.national_summary_data import accepted_plans
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.review import ReceivedPlan
from ascn_desktop.gui.folder_field import FolderField
from ascn_desktop.gui.settings import profile_settings
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.gui.recent_files import WRITTEN, remember
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible


class NationalResultDialog(QDialog):
    """What was saved: the file, the cities carried, a button to open the folder (not blocking)."""

    def __init__(self, result: ConsolidationResult, city_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("national-result")
        self.result_ = result
        self.setWindowTitle(self.tr("National bundle saved"))
        self.summary = QLabel(self.tr("{0}, signed by you: {1}.").format(
            counted(len(result.cities), "city plan"), ", ".join(city_names)))
        self.summary.setObjectName("national-summary")
        self.summary.setWordWrap(True)
        self.file_label = QLabel(str(result.path))
        self.file_label.setObjectName("national-path")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(self.file_label.textInteractionFlags()
                                                | Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ConsolidateDialog(QDialog):
    def __init__(self, store: Store, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consolidate-dialog")
        self.store, self.country = store, country
        self.task: Task | None = None
        self.result_: ConsolidationResult | None = None
        self.result_dialog: NationalResultDialog | None = None
        self.setWindowTitle(self.tr("Consolidate national bundle"))
        self.reference: ReferenceData | None = None
        self.accepted_cities: list[ReceivedPlan] = []  # read on the runner when the dialog opens
        self.intro = QLabel(self.tr("Reading the accepted plans…"))
        self.intro.setObjectName("consolidate-intro")
        intro = self.intro
        intro.setWordWrap(True)
        self.endorsement = QPlainTextEdit()
        self.endorsement.setObjectName("endorsement")
        self.endorsement.setTabChangesFocus(True)  # Tab moves on to the folder, as in every other field
        self.endorsement.setAccessibleName(self.tr("Endorsement note"))
        self.folder = FolderField(
            browse_title=self.tr("Folder for the national bundle"),
            empty_message=self.tr("Choose the folder for the national bundle."),
            settings=profile_settings(store.profile), purpose="national")
        self.folder.edit.setObjectName("national-folder")
        # No parent yet: the form adopts it in its place, so Tab reaches it after the folder, not first.
        self.passphrase = PassphraseFields(new=False)
        form = QFormLayout()
        form.addRow(self.tr("Endorsement note:"), self.endorsement)
        form.addRow(self.tr("Save in:"), self.folder)
        form.addRow(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Sign and save"))
        self.sign_button.setEnabled(False)  # until the accepted plans are read, and only if there are some
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("consolidate-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        run_task(self, lambda _progress, _abort: (load_reference(store), accepted_plans(store, country)),
                 quiet=True, on_success=lambda result: self._accepted_arrived(*result), on_failure=self._failed)

    def _accepted_arrived(self, reference: ReferenceData, cities: list[ReceivedPlan]) -> None:
        self.reference, self.accepted_cities = reference, cities
        names = ", ".join(plan.city_name for plan in cities) or self.tr("none yet")
        self.intro.setText(self.tr("The accepted plans of {0} ({1}) go into one bundle signed by you, with the "
                                   "national summary (Excel and PDF) and your endorsement note.").format(
            reference.country_name(self.country), names))
        self.sign_button.setEnabled(bool(cities))

    def start(self) -> None:
        store, country = self.store, self.country
        try:
            folder = self.folder.folder()
        except AscnError as error:
            self.problem.setText(visible(error.message))
            return
        self.problem.clear()
        self.sign_button.setEnabled(False)  # one signing at a time
        text, passphrase = self.endorsement.toPlainText(), self.passphrase.passphrase()
        self.passphrase.clear()

        def work(progress: ProgressCallback, abort: threading.Event) -> ConsolidationResult:
            return consolidate(store, country, folder, passphrase=passphrase, endorsement=text,
                               progress=progress, abort=abort)

        self.task = run_task(self, work, title=self.tr("Consolidating…"), on_success=self._done,
                             on_failure=self._failed)

    def _done(self, result: ConsolidationResult) -> None:
        reference = self.reference
        names = [reference.city_name(code) if reference is not None and code in reference.cities else code
                 for code in result.cities]
        # Not blocking: the result opens beside the main window and this dialog closes.
        remember(self.parentWidget(), result.path, WRITTEN)
        self.result_dialog = NationalResultDialog(result, names, self.parentWidget())
        self.result_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_dialog.open()
        self.result_ = result
        self.accept()

    def _failed(self, error: AscnError) -> None:
        # Shown in the dialog, which stays open to correct the passphrase or the folder.
        self.problem.setText(visible(error.message))
        self.sign_button.setEnabled(bool(self.accepted_cities))
