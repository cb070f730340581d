"""Charts for the PDF reports, drawn with reportlab.graphics from (label, Decimal) pairs.

* ``bar_chart(items, *, title="", width=CONTENT_WIDTH, value_text=number, colour=None)``
  horizontal bars, one row per item, label left, exact value text right of the
  bar. Long labels (focus areas, city names) read better beside a bar than
  under it. Negative values are drawn as empty bars.
* ``pie_chart(items, *, title="", width=CONTENT_WIDTH, value_text=number)``
  a pie with a legend giving each label, its exact value and its share.

Labels and titles in Thai or Lao script are drawn with the fallback fonts
(see ``fonts``). Both return a ``Drawing``, which is a platypus flowable: append it to a story.
Values stay ``Decimal``; only the geometry (bar length, slice angle) is
computed as a float ratio, and every number printed comes from the Decimal.
A chart with nothing to draw (no item, or no positive value) is its title and
one line, "No data yet.", not an empty box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ascn_desktop.core.i18n import _
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, SCRIPT_FONTS, font_runs, register_fonts, text_width
from ascn_desktop.core.reports.shaping import shaped
from ascn_desktop.core.reports.pdf_kit import ACCENT, CONTENT_WIDTH, INK, MUTED, RULE, fit_text, number

__all__ = ["PALETTE", "bar_chart", "pie_chart"]

# Distinguishable on screen and in greyscale print, in this order.
PALETTE = [colors.HexColor(code) for code in (
    "#1F5AA6", "#E08A1E", "#2E8B57", "#C0392B", "#7D3C98", "#16A0A5", "#8C6D31", "#5B6778",
    "#D35D94", "#6B8E23")]

_ROW = 15.0  # points per bar
_FONT_SIZE = 8.0
_TITLE_SIZE = 9.5


def _fit(text: str, width: float, *, font: str = FONT, size: float = _FONT_SIZE) -> str:
    """`text` shortened with an ellipsis to fit `width` points (never inside a grapheme cluster)."""
    return fit_text(text, width, font=font, size=size)


def _add_text(drawing: Drawing, x: float, y: float, text: str, *, font: str = FONT, size: float = _FONT_SIZE,
              colour: colors.Color = INK) -> None:
    """A label, one String per font run (Thai and Lao in their fallback fonts)."""
    for name, piece in font_runs(text, font):
        # Thai, Lao, Khmer and Myanmar runs go in as their shaped glyphs (reportlab draws a ShapedStr
        # glyph by glyph with its offsets); a chart label is a drawing, not text a reader copies.
        glyphs = shaped(piece, name)[0] if name in SCRIPT_FONTS else piece
        drawing.add(String(x, y, glyphs, fontName=name, fontSize=size, fillColor=colour))
        x += text_width(piece, name, size)


def _ratio(value: Decimal, maximum: Decimal) -> float:
    if maximum <= 0 or value <= 0:
        return 0.0
    return float(value / maximum)  # geometry only; printed numbers come from the Decimal


def _frame(width: float, height: float, title: str) -> Drawing:
    """The drawing with its title at the top."""
    drawing = Drawing(width, height)
    if title:
        _add_text(drawing, 0, height - _TITLE_SIZE - 2, title, font=FONT_BOLD, size=_TITLE_SIZE)
    return drawing


def _no_data(width: float, title: str) -> Drawing:
    """A chart with nothing to draw: its title and one line saying so, no empty box below."""
    title_height = _TITLE_SIZE + 8 if title else 0
    drawing = _frame(width, title_height + _FONT_SIZE + 6, title)
    _add_text(drawing, 0, 4, _("No data yet."), colour=MUTED)
    return drawing


def bar_chart(items: Sequence[tuple[str, Decimal]], *, title: str = "", width: float = CONTENT_WIDTH,
              value_text: Callable[[Decimal], str] = number, colour: colors.Color | None = None) -> Drawing:
    """Horizontal bar chart; height grows with the number of items."""
    register_fonts(scripts=False)  # a script font: when font_runs first picks it
    if not any(value > 0 for _label, value in items):
        return _no_data(width, title)  # every bar would be empty: say so instead of drawing blank rows
    title_height = _TITLE_SIZE + 8 if title else 0
    rows = len(items)
    height = title_height + rows * _ROW + 4
    drawing = _frame(width, height, title)
    texts = [value_text(value) for _, value in items]
    label_width = min(max(text_width(label, FONT, _FONT_SIZE) for label, _ in items) + 6, width * 0.38)
    value_width = max(stringWidth(text, FONT, _FONT_SIZE) for text in texts) + 6
    bar_space = max(width - label_width - value_width, 20)
    maximum = max(value for _, value in items)
    fill = colour or ACCENT
    top = height - title_height
    for index, ((label, value), text) in enumerate(zip(items, texts, strict=True)):
        y = top - (index + 1) * _ROW
        _add_text(drawing, 0, y + 4, _fit(label, label_width - 6))
        length = bar_space * _ratio(value, maximum)
        drawing.add(Rect(label_width, y + 2, bar_space, _ROW - 4, fillColor=colors.HexColor("#F2F4F8"),
                         strokeColor=None))
        if length > 0:
            drawing.add(Rect(label_width, y + 2, length, _ROW - 4, fillColor=fill, strokeColor=None))
        drawing.add(String(label_width + length + 3, y + 4, text, fontName=FONT, fontSize=_FONT_SIZE,
                           fillColor=MUTED))
    drawing.add(Rect(label_width, top - rows * _ROW + 2, 0.5, rows * _ROW - 2, fillColor=RULE,
                     strokeColor=None))
    return drawing


def pie_chart(items: Sequence[tuple[str, Decimal]], *, title: str = "", width: float = CONTENT_WIDTH,
              value_text: Callable[[Decimal], str] = number) -> Drawing:
    """A pie (positive values only) with a legend: label, exact value, share in percent."""
    # Imported here: reportlab's chart widgets take a hundredth of a second to import, and plan.pdf
    # (the export's) draws bars only.
    from reportlab.graphics.charts.piecharts import Pie

    register_fonts(scripts=False)  # a script font: when font_runs first picks it
    shown = [(label, value) for label, value in items if value > 0]
    if not shown:
        return _no_data(width, title)
    title_height = _TITLE_SIZE + 8 if title else 0
    diameter = 110.0
    legend_height = len(shown) * 13.0
    height = title_height + max(diameter, legend_height) + 8
    drawing = _frame(width, height, title)
    total = sum((value for _, value in shown), Decimal(0))
    pie = Pie()
    pie.x, pie.y = 4, 4
    pie.width = pie.height = diameter
    pie.data = [_ratio(value, total) * 360 for _, value in shown]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.75
    for index in range(len(shown)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    x = diameter + 24
    top = height - title_height - 12
    for index, (label, value) in enumerate(shown):
        y = top - index * 13
        drawing.add(Rect(x, y, 8, 8, fillColor=PALETTE[index % len(PALETTE)], strokeColor=None))
        share = (value * 100 / total).quantize(Decimal("0.1"))
        text = f"{label} — {value_text(value)} ({share}%)"
        _add_text(drawing, x + 12, y + 1, _fit(text, width - x - 12))
    return drawing
