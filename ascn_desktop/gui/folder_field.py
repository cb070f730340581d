"""The "Save in" row of the signing dialogs: a folder line edit, a Choose… button, and the empty-folder refusal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ascn_desktop.core.errors import AscnError


class FolderField(QWidget):
    """One folder to write into; the dialog names it (`browse_title`) and says what to do when it is empty."""

    def __init__(self, default: str, *, browse_title: str, empty_message: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browse_title = browse_title
        self.empty_message = empty_message
        self.edit = QLineEdit(default)
        self.setFocusProxy(self.edit)  # a label's buddy (Alt+F) lands in the line edit
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLineEdit's, which it stands for
        self.edit.setText(text)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.browse_title, self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def folder(self) -> Path:
        """The chosen folder; raises AscnError(`empty_message`) when the field is blank.

        Path("") is the app's working folder: never a place the user chose.
        """
        text = self.edit.text().strip()
        if not text:
            raise AscnError(self.empty_message)
        return Path(text).expanduser()
