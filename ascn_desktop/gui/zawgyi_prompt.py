"""Burmese typed in the Zawgyi encoding, caught as a field is left: the user is offered the conversion.

The store holds Unicode only (see core/zawgyi): a text that looks like Zawgyi
is saved only once converted. "Convert" puts the Unicode text in the field and
saves it; "Keep editing" saves nothing and leaves the field as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ascn_desktop.core.zawgyi import is_zawgyi, to_unicode

__all__ = ["offer_unicode"]


def offer_unicode(parent: QWidget | None, text: str) -> str | None:
    """`text` itself when it is not Zawgyi; its Unicode conversion when the user accepts it; None when the
    user declines (then nothing may be saved)."""
    if not is_zawgyi(text):
        return text
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ZawgyiPrompt", "Burmese in the Zawgyi encoding"),
        QCoreApplication.translate(
            "ZawgyiPrompt", "This text looks like Burmese typed in the Zawgyi encoding, which other computers "
            "and the PDFs show garbled. Convert it to Unicode? (It is saved only in Unicode.)"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return to_unicode(text)
