"""Asking for a passphrase: hidden input, a strength hint for new ones, never stored or echoed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ascn_desktop.core.signing.passphrase import MIN_LENGTH, strength_hint


class PassphraseFields(QWidget):
    """One field, or two (new passphrase + repeat) with a strength hint; shared by dialogs and the wizard."""

    def __init__(self, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("passphrase-repeat")
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:") if not new else self.tr("New &passphrase:"), self.first)
        if new:
            form.addRow(self.tr("&Repeat it:"), self.second)
            form.addRow("", self.hint)
            self.first.textChanged.connect(self._update_hint)
            self.second.textChanged.connect(self._update_hint)
            self._update_hint()
        else:
            self.second.hide()

    def _update_hint(self) -> None:
        text = self.first.text()
        hints = {"too short": self.tr("Too short: at least {0} characters.").format(MIN_LENGTH),
                 "weak": self.tr("Weak: too easy to guess; use several uncommon words."),
                 "fair": self.tr("Fair: a longer phrase is stronger."),
                 "strong": self.tr("Strong.")}
        message = hints[strength_hint(text)]
        if text and self.second.text() and self.second.text() != text:
            message = self.tr("The two passphrases differ.")
        self.hint.setText(message)

    def is_acceptable(self) -> bool:
        text = self.first.text()
        if not self.new:
            return bool(text)
        return strength_hint(text) not in ("too short", "weak") and text == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


class PassphraseDialog(QDialog):
    """A modal question for a passphrase (current or new). `passphrase()` after `accepted`."""

    def __init__(self, parent: QWidget | None, *, title: str, prompt: str, new: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.fields = PassphraseFields(new=new)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.fields.first.textChanged.connect(self._update)
        self.fields.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.fields.is_acceptable())

    def passphrase(self) -> str:
        return self.fields.passphrase()


def ask_passphrase(parent: QWidget | None, *, title: str, prompt: str, new: bool = False) -> str | None:
    """Blocking convenience: the passphrase, or None if the user cancelled."""
    dialog = PassphraseDialog(parent, title=title, prompt=prompt, new=new)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.fields.clear()
        dialog.deleteLater()
