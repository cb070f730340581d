"""Tab walks the first-run dialog in the order its fields are shown (tests/gui_tab_order.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.gui.first_run import FirstRunDialog
from tests.gui_tab_order import focusable, tab_through


def test_first_run_dialog_tabs_in_visual_order(qtbot: QtBot, reference: ReferenceData) -> None:
    dialog = FirstRunDialog(reference)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    shown = focusable(dialog)
    assert len(shown) >= 3
    visited = tab_through(qtbot, shown[0], len(shown))
    assert visited == shown, ([w.objectName() or type(w).__name__ for w in visited],
                              [w.objectName() or type(w).__name__ for w in shown])
