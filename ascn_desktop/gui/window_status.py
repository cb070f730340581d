"""The main window's status bar: where the store is, and whether every edit is saved.

Edits are written to the store when accepted, so the bar says "All changes
saved · last save 10:42:07"; while a typed value is refused (it is not in the
store) it says "Not saved — <field>: <why>" instead, until the value is fixed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

translate = QCoreApplication.translate  # the strings keep the context they had in the window: "MainWindow"


class SaveState:
    """The two labels of the status bar and the refusals shown in the second."""

    def __init__(self, bar: QStatusBar, store_location: str) -> None:
        self.store_label = QLabel(translate("MainWindow", "Store: {0}").format(store_location))
        self.store_label.setAccessibleName(translate("MainWindow", "Store location"))
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel(translate("MainWindow", "All changes saved"))
        self.saved_label.setObjectName("save-state")
        self.saved_label.setAccessibleName(translate("MainWindow", "Save state"))
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.store_label, 1)
        bar.addPermanentWidget(self.saved_label)
        self._last_save = ""  # the time of the last committed edit, shown once nothing is refused
        self._refused: dict[int, tuple[str, str]] = {}  # id of a field's message -> (field, why it was refused)

    def saved(self) -> None:
        """An edit reached the store (edits are committed when accepted)."""
        self._last_save = datetime.now().strftime("%H:%M:%S")
        self._show()

    def field_refused(self, message: QWidget, field: str, text: str) -> None:
        """A field's message shows `text`, or '' when it cleared (see MainWindow.field_refused)."""
        key = id(message)
        if text:
            if key not in self._refused:
                message.destroyed.connect(lambda _object=None, k=key: self._forget_refusal(k))
            self._refused[key] = (field, text)
        else:
            self._refused.pop(key, None)
        self._show()

    def _forget_refusal(self, key: int) -> None:
        if self._refused.pop(key, None) is not None:
            self._show()

    def _show(self) -> None:
        if self._refused:
            field, text = next(reversed(self._refused.values()))  # the latest refusal
            what = translate("MainWindow", "{0}: {1}").format(field, text) if field else text
            self.saved_label.setText(translate("MainWindow", "Not saved — {0}").format(what))
            self.saved_label.setStyleSheet("color: #c62828;")  # the field message's red
        else:
            self.saved_label.setStyleSheet("")
            self.saved_label.setText(translate("MainWindow", "All changes saved · last save {0}").format(self._last_save)
                                     if self._last_save else translate("MainWindow", "All changes saved"))
