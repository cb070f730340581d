"""Bar charts drawn with QPainter (PySide6-Essentials has no Qt Charts).

``BarChart`` draws horizontal bars, one row per category, optionally stacked
by series (projects per focus area stacked by status; cities per country
stacked by reporting state). Values stay exact (int or Decimal) for the
labels; only the geometry is computed in floats. The chart is a picture of a
table that sits next to it on the same tab, so it needs no interaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ascn_desktop.core.i18n import format_number

Number = int | Decimal

PALETTE = ("#1F5AA6", "#E08A1E", "#2E8B57", "#C0392B", "#7D3C98", "#16A0A5", "#8C6D31", "#5B6778")
_ROW = 22
_LEGEND = 22
_TITLE = 24


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: tuple[str, ...]  # one bar per category
    series: tuple[str, ...]  # stacked segments; a single name for plain bars
    values: tuple[tuple[Number, ...], ...]  # values[category][series]

    def total(self, row: int) -> Number:
        return sum(self.values[row], 0)


def plain_number(value: Number) -> str:
    """A bar's value in the interface's language, whole (the table beside the chart has the exact one)."""
    if isinstance(value, Decimal):
        return format_number(value.quantize(Decimal(1)))
    return format_number(value)


class BarChart(QWidget):
    """Horizontal (stacked) bars with a legend and the exact total at the end of each bar."""

    def __init__(self, parent: QWidget | None = None, *,
                 value_text: Callable[[Number], str] = plain_number,
                 colours: Sequence[str] = PALETTE) -> None:
        super().__init__(parent)
        self._data = ChartData("", (), (), ())
        self._value_text = value_text
        self._colours = tuple(colours) or PALETTE
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.setAccessibleDescription(self.describe())
        self.setMaximumHeight(self.sizeHint().height())  # no empty band under a short chart
        self.updateGeometry()
        self.update()

    def data(self) -> ChartData:
        return self._data

    def describe(self) -> str:
        """The chart in words (screen readers, tests)."""
        d = self._data
        parts = [f"{c}: {self._value_text(d.total(n))}" for n, c in enumerate(d.categories)]
        return f"{d.title}. " + "; ".join(parts)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        rows = max(1, len(self._data.categories))
        legend = _LEGEND if len(self._data.series) > 1 else 0
        return QSize(520, _TITLE + legend + rows * _ROW + 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        d = self._data
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_colour = palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        metrics = QFontMetrics(self.font())
        width = self.width()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(QRectF(8, 2, width - 16, _TITLE - 4), Qt.AlignmentFlag.AlignVCenter, d.title)
        painter.setFont(self.font())
        top = _TITLE
        if len(d.series) > 1:
            x = 8.0
            for n, name in enumerate(d.series):
                painter.fillRect(QRectF(x, top + 6, 10, 10), QColor(self._colours[n % len(self._colours)]))
                painter.setPen(text_colour)
                painter.drawText(QRectF(x + 14, top, metrics.horizontalAdvance(name) + 4, _LEGEND),
                                 Qt.AlignmentFlag.AlignVCenter, name)
                x += metrics.horizontalAdvance(name) + 30
            top += _LEGEND
        if not d.categories:
            painter.setPen(muted)
            painter.drawText(QRectF(8, top, width - 16, _ROW), Qt.AlignmentFlag.AlignVCenter, self.tr("No data"))
            return
        label_width, labels = self._labels(metrics, width)
        totals = [d.total(n) for n in range(len(d.categories))]
        value_width = max(metrics.horizontalAdvance(self._value_text(t)) for t in totals) + 12
        bar_space = max(20.0, width - label_width - value_width - 16)
        maximum = float(max(totals)) if totals and max(totals) > 0 else 1.0
        for row, label in enumerate(labels):
            y = top + row * _ROW
            painter.setPen(text_colour)
            painter.drawText(QRectF(8, y, label_width - 8, _ROW), Qt.AlignmentFlag.AlignVCenter, label)
            x = 8 + label_width
            for n, value in enumerate(d.values[row]):
                length = bar_space * max(0.0, float(value)) / maximum  # geometry only
                if length > 0:
                    painter.fillRect(QRectF(x, y + 4, length, _ROW - 8), QColor(self._colours[n % len(self._colours)]))
                x += length
            painter.setPen(muted)
            painter.drawText(QRectF(x + 4, y, value_width, _ROW), Qt.AlignmentFlag.AlignVCenter,
                             self._value_text(totals[row]))


    def _labels(self, metrics: QFontMetrics, width: int) -> tuple[float, list[str]]:
        """The label column's width and each category as drawn in it: whole when the column has room
        (at most a third of the chart), else cut with "…" (the table beside the chart names it whole)."""
        # Room beyond the measured width: Thai and Khmer clusters can come out a pixel wider in
        # elidedText than in horizontalAdvance, which would cut a short name ("กัมพูชา") that fits.
        categories = self._data.categories
        label_width = min(max((metrics.horizontalAdvance(c) for c in categories), default=0) + 16, width * 0.35)
        return label_width, [metrics.elidedText(c, Qt.TextElideMode.ElideRight, int(label_width - 8))
                             for c in categories]

    def shown_labels(self) -> list[str]:
        """The category names as the chart draws them at its present width."""
        return self._labels(QFontMetrics(self.font()), self.width())[1]


def chart_data(title: str, categories: Sequence[str], series: Sequence[str],
               values: Sequence[Sequence[Number]]) -> ChartData:
    return ChartData(title, tuple(categories), tuple(series), tuple(tuple(v) for v in values))
