"""Focus rings: every kind of widget the Tab key stops at shows a clear accent ring when it has the focus.

Each widget is drawn with the application's style sheet (gui/style.py, resources/style/app.qss),
once without and once with the keyboard focus; the ring is the accent colour drawn around it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ascn_desktop.gui.style import app_stylesheet

ACCENT = QColor("#2f7dc0")


def _primary() -> QPushButton:
    button = QPushButton("Export")
    button.setObjectName("primary")
    return button


def _tabs() -> QWidget:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "General")
    tabs.addTab(QWidget(), "Budget")
    return tabs


KINDS: dict[str, Callable[[], QWidget]] = {
    "line edit": lambda: QLineEdit("Đà Nẵng"),
    "text box": lambda: QPlainTextEdit("Tầm nhìn"),
    "combo box": lambda: QComboBox(),
    "spin box": lambda: QSpinBox(),
    "button": lambda: QPushButton("Add funding source"),
    "check box": lambda: QCheckBox("Seeks a private-sector solution provider"),
    "radio button": lambda: QRadioButton("Empty template"),
    "table": lambda: QTableWidget(3, 3),
    "list": lambda: QListWidget(),
    "tree": lambda: QTreeWidget(),
}


def _ring_pixels(image: QImage, colour: QColor) -> int:
    """Pixels of `colour` (within a small tolerance) in the image."""
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                    + abs(pixel.blue() - colour.blue())) < 40:
                found += 1
    return found


def _drawn(qtbot: QtBot, make: Callable[[], QWidget], *, focused: bool) -> tuple[int, int]:
    """(accent pixels drawn, the widget's width)."""
    holder = QWidget()
    holder.setStyleSheet(app_stylesheet())
    layout = QVBoxLayout(holder)
    other = QLineEdit()  # takes the focus when the widget under test must not have it
    made = make()
    widget = made.tabBar() if isinstance(made, QTabWidget) else made  # a tab bar takes the focus, not its pages
    if isinstance(widget, QComboBox):
        widget.addItems(["Civic and Social", "Quality Environment"])
    layout.addWidget(other)
    layout.addWidget(made)
    qtbot.addWidget(holder)
    holder.resize(420, 160 if isinstance(widget, (QTableWidget, QListWidget, QTreeWidget, QPlainTextEdit)) else 90)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    (widget if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: (widget if focused else other).hasFocus(), timeout=2000)
    return _ring_pixels(widget.grab().toImage(), ACCENT), widget.width()


@pytest.mark.parametrize("kind", sorted(KINDS) + ["tab bar"])
def test_focus_ring_is_clearly_visible(qtbot: QtBot, kind: str) -> None:
    make = KINDS.get(kind, _tabs)
    unfocused, width = _drawn(qtbot, make, focused=False)
    focused, _width = _drawn(qtbot, make, focused=True)
    # A ring 2 pixels wide around the widget: at least two full lengths of accent pixels more.
    assert focused - unfocused >= 2 * min(width, 120), (kind, unfocused, focused)


def test_the_primary_button_shows_its_ring_too(qtbot: QtBot) -> None:
    dark_edge = QColor("#0d3b63")
    holder = QWidget()
    holder.setStyleSheet(app_stylesheet())
    layout = QVBoxLayout(holder)
    other, button = QLineEdit(), _primary()
    layout.addWidget(other)
    layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    other.setFocus()
    before = _ring_pixels(button.grab().toImage(), dark_edge)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    assert _ring_pixels(button.grab().toImage(), dark_edge) - before >= 2 * button.width()
