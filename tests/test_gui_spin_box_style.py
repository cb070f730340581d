"""The styled spin box keeps arrows a user can see and hit (app.qss gives its buttons their room)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QSpinBox, QStyle, QStyleOptionSpinBox

from ascn_desktop.gui.style import app_stylesheet


def test_the_sheet_names_arrow_images_that_exist() -> None:
    sheet = app_stylesheet()
    images = re.findall(r"url\(([^)]*)\)", sheet)
    assert "@ICONS@" not in sheet and len(images) >= 2
    assert all(Path(image).is_file() for image in images)


def test_a_spin_box_button_is_a_column_at_the_right_half_as_high(qtbot: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(app_stylesheet())
    try:
        box = QSpinBox()
        box.setRange(1967, 2200)
        box.resize(300, 30)
        option = QStyleOptionSpinBox()
        box.initStyleOption(option)
        style = box.style()
        up = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, box)
        down = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxDown, box)
        assert up.width() >= 16 and down.width() >= 16
        assert up.right() >= 295 and up.bottom() < down.top()  # stacked at the right edge
        assert abs(up.height() - down.height()) <= 2
    finally:
        app.setStyleSheet(before)
