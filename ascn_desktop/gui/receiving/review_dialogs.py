"""Return… : the reason, the folder for the signed review note, and the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.gui.folder_field import FolderField
from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields
from ascn_desktop.core.visible_text import visible


class ReturnDialog(QDialog):
    """Collects what `core.review.review_plan(..., "returned", ...)` needs; decides nothing itself."""

    def __init__(self, city_name: str, revision: int, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("return-dialog")
        self.setWindowTitle(self.tr("Return the plan of {0}").format(city_name))
        intro = QLabel(self.tr("Revision {0} of the plan of {1} goes back to the city with your reason. "
                               "A signed review note is saved for you to send them.").format(revision, city_name))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("return-reason")
        self.reason.setPlaceholderText(self.tr("What the city should change, in a few sentences"))
        self.reason.setAccessibleName(self.tr("Reason for returning the plan"))
        self.folder = FolderField(
            browse_title=self.tr("Folder for the review note"),
            empty_message=self.tr("Choose the folder for the review note."), settings=settings, purpose="review")
        self.folder.edit.setObjectName("note-folder")
        self.folder.edit.setAccessibleName(self.tr("Folder for the review note"))
        self.passphrase = PassphraseFields(new=False, parent=self)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Save the note in:"), self.folder)
        form.addRow(self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Return plan"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("return-problem")
        self.problem.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _accept_if_complete(self) -> None:
        if not self.reason_text():
            self.problem.setText(self.tr("Say why the plan is returned; the city will read your reason."))
            return
        try:
            self.folder.folder()
        except AscnError as error:
            self.problem.setText(visible(error.message))
            return
        self.accept()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def note_dir(self) -> Path:
        """The chosen folder (never empty once the dialog was accepted)."""
        return self.folder.folder()

    def passphrase_text(self) -> str:
        return self.passphrase.passphrase()
