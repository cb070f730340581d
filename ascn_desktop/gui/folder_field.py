"""The "Save in" row of the signing dialogs: a folder line edit, a Choose… button, and the empty-folder refusal.

The folder proposed is one that exists: the last folder the person wrote into
(remembered per profile and per purpose, e.g. "export"), else the one the
dialog suggests, else Documents, else the home folder. `~/Documents` does not
exist on every laptop (a fresh Linux account, a redirected Windows profile).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ascn_desktop.core.errors import AscnError


LAST_FOLDER_KEY = "folders/last-{0}"


def proposed_folder(settings: QSettings | None, purpose: str, suggested: str | Path | None = None) -> Path:
    """The first folder that exists of: the last one used for `purpose`, `suggested`, Documents, home."""
    candidates: list[str | Path | None] = []
    if settings is not None:
        remembered = settings.value(LAST_FOLDER_KEY.format(purpose))
        candidates.append(remembered if isinstance(remembered, str) else None)
    candidates.append(suggested)
    candidates.append(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    for candidate in candidates:
        if candidate and Path(candidate).expanduser().is_dir():
            return Path(candidate).expanduser()
    return Path.home()


class FolderField(QWidget):
    """One folder to write into; the dialog names it (`browse_title`) and says what to do when it is empty.

    With `settings` and `purpose`, the field proposes the last folder used for that purpose and
    remembers the folder the dialog took (`folder()`), so the next export starts where this one went.
    """

    def __init__(self, default: str | Path | None = None, *, browse_title: str, empty_message: str,
                 settings: QSettings | None = None, purpose: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browse_title = browse_title
        self.empty_message = empty_message
        self.settings = settings
        self.purpose = purpose
        self.edit = QLineEdit(str(proposed_folder(settings, purpose, default)))
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
        chosen = Path(text).expanduser()
        if self.settings is not None and self.purpose and chosen.is_dir():
            self.settings.setValue(LAST_FOLDER_KEY.format(self.purpose), str(chosen))
        return chosen
