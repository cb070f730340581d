"""Typing into real widgets as a person does, in any script.

QTest.keyClicks only knows ASCII; officers type Vietnamese, so each character
is sent as its own key press and release carrying the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

if TYPE_CHECKING:  # the SIGKILL children import this module without pytest running
    from pytestqt.qtbot import QtBot

from ascn_desktop.gui.tasks import tasks_running


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key into `widget`."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_line(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the line's text by typing, then press Return (the edit is accepted)."""
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)  # its save ran on the background runner
