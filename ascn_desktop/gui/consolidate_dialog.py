"""Consolidate national bundle… (NR): endorsement note, folder, passphrase; the core does the rest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.national_bundle import ConsolidationResult, consolidate
from ascn_desktop.core.national_summary_data import accepted_plans
from ascn_desktop.gui.passphrase_dialog import PassphraseFields
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.store.engine import Store


class ConsolidateDialog(QDialog):
    def __init__(self, store: Store, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consolidate-dialog")
        self.store, self.country = store, country
        self.task: Task | None = None
        self.result_: ConsolidationResult | None = None
        self.setWindowTitle(self.tr("Consolidate national bundle"))
        cities = accepted_plans(store, country)
        names = ", ".join(plan.city_name for plan in cities) or self.tr("none yet")
        intro = QLabel(self.tr("The accepted plans of {0} ({1}) go into one bundle signed by you, with the "
                               "national summary (Excel and PDF) and your endorsement note.").format(country, names))
        intro.setWordWrap(True)
        self.endorsement = QPlainTextEdit()
        self.endorsement.setObjectName("endorsement")
        self.endorsement.setAccessibleName(self.tr("Endorsement note"))
        self.folder = QLineEdit(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.folder.setObjectName("national-folder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.passphrase = PassphraseFields(new=False, parent=self)
        form = QFormLayout()
        form.addRow(self.tr("Endorsement note:"), self.endorsement)
        form.addRow(self.tr("Save in:"), folder_row)
        form.addRow(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign and save"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(cities))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the national bundle"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        store, country = self.store, self.country
        folder, text, passphrase = Path(self.folder.text().strip()), self.endorsement.toPlainText(), \
            self.passphrase.passphrase()
        self.passphrase.clear()

        def work(progress, abort):  # type: ignore[no-untyped-def]
            return consolidate(store, country, folder, passphrase=passphrase, endorsement=text,
                               progress=progress, abort=abort)

        self.task = run_task(self, work, title=self.tr("Consolidating…"), on_success=self._done,
                             on_failure=self._failed)

    def _done(self, result: ConsolidationResult) -> None:
        self.result_ = result
        QMessageBox.information(self, self.tr("National bundle saved"),
                                self.tr("{0} city plans, signed by you:\n{1}").format(len(result.cities), result.path))
        self.accept()

    def _failed(self, error: AscnError) -> None:
        QMessageBox.warning(self, self.tr("Not consolidated"), error.message)
