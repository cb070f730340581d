"""Is a text shown whole? The application's style and fonts (as the program runs), and checks that a view's
cells and a list's rows hold their text — for the Khmer and Thai looks of #18."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle

from ascn_desktop.gui.style import apply_style


@pytest.fixture
def styled(qapp: Any) -> Iterator[None]:
    """The application's style, sheet and shipped fonts, as the program runs (widths measured as drawn)."""
    font, sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


def cut_cells(view: QAbstractItemView) -> list[tuple[int, int, str]]:
    """The cells (row, column, text) of `view` drawn shorter than their text: in a column that fits its
    contents, any; in a column that stretches (and so elides), those without the whole text as tooltip."""
    model = view.model()
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # each side (Qt)
    metrics = QFontMetrics(view.font())
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        stretches = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if metrics.horizontalAdvance(text) + 2 * margin <= width:
                continue
            if stretches and index.data(Qt.ItemDataRole.ToolTipRole) == text:
                continue
            cut.append((row, column, text))
    return cut
