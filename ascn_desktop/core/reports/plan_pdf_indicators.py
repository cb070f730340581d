"""plan.pdf's indicator rows: baseline, then target and actual per year of the cycle, as a table in the
full layout and as fixed columns of a LineBlock in the compact one (see plan_pdf)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ascn_desktop.core.fields import INDICATOR, INDICATOR_VALUE, pdf_fields
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Indicator
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.fonts import FONT
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH, mm
from ascn_desktop.core.reports.plan_pdf_context import PlanContext, field_heading


def indicator_table(ctx: PlanContext, indicators: list[Indicator]) -> Flowable:
    years = ctx.years
    fixed = 42 * mm + 20 * mm + 12 * mm
    year_width = (CONTENT_WIDTH - fixed) / max(len(years), 1)
    font_size = 7 if len(years) <= 8 else 6.2
    rows: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    numbers: list[str] = []
    yearly = pdf_fields(INDICATOR_VALUE, "table")  # one row per placed field of a year: target, actual
    height = len(yearly)
    for index, indicator in enumerate(indicators):
        by_year = {value.year: value for value in indicator.values}
        baseline = [kit.number(indicator.baseline_value) or "—",
                    f"in {indicator.baseline_year}" if indicator.baseline_year is not None else ""]
        for line, field in enumerate(yearly):
            values = [kit.number(getattr(by_year[y], field.name)) if y in by_year else "" for y in years]
            numbers += values
            first = kit.cell(indicator_name(indicator)) if line == 0 else ""
            rows.append([first, baseline[line] if line < len(baseline) else "", _(field.label), *values])
        top = 1 + height * index
        spans.append(("SPAN", (0, top), (0, top + height - 1)))
        if index % 2:
            spans.append(("BACKGROUND", (0, top), (-1, top + height - 1), kit.ZEBRA))
        spans.append(("LINEBELOW", (0, top + height - 1), (-1, top + height - 1), 0.25, kit.RULE))
    if fitting_size(numbers, year_width - 6, size=font_size) < font_size:
        # Very large values get smaller type, cell by cell, rather than overlapping their neighbours.
        for row_index, row in enumerate(rows, start=1):
            for column in range(3, len(row)):
                size = fitting_size([row[column]], year_width - 6, size=font_size)
                if size < font_size:
                    spans.append(("FONT", (column, row_index), (column, row_index), FONT, size, size * 1.25))
    return kit.data_table([field_heading(INDICATOR["name"]), field_heading(INDICATOR["baseline_value"]), "",
                           *[str(y) for y in years]], rows,
                          col_widths=[42 * mm, 20 * mm, 12 * mm, *[year_width] * len(years)],
                          numeric_columns=range(3, 3 + len(years)), zebra=False, font_size=font_size,
                          span_commands=spans)

def fitting_size(texts: list[str], width: float, *, size: float) -> float:
    """`size`, or smaller so that the widest of `texts` fits `width` (huge indicator values)."""
    longest = 0
    for text in texts:  # a plain loop: this runs for every number of a 1,000-project plan
        if len(text) > longest:
            longest = len(text)
    if longest * 0.64 * size <= width:
        return size  # digits, commas and points are at most 0.64 em wide in DejaVu Sans: no need to measure
    widest = max(stringWidth(text, FONT, size) for text in texts)
    return size if widest <= width else max(size * width / widest, 4.0)

def compact_indicators(ctx: PlanContext, block: kit.LineBlock, indicators: list[Indicator]) -> None:
    columns = ctx.remember("compact indicators", lambda: _CompactColumns(ctx))
    years, rights, kinds = columns.years, columns.rights, columns.kinds
    baseline_x, kind_x, name_width = columns.baseline_x, columns.kind_x, columns.name_width
    baseline_width, value_width = columns.baseline_width, columns.value_width
    number = kit.number
    block.row(columns.heading_row, bold=True, size=6.8, colour=kit.MUTED)
    for indicator in indicators:
        by_year = {value.year: value for value in indicator.values}
        names = kit.wrap_text(indicator_name(indicator), name_width, size=7)
        baseline = [number(indicator.baseline_value) or "—",
                    _("in {year}").format(year=indicator.baseline_year) if indicator.baseline_year is not None else ""]
        for index, (attribute, kind) in enumerate(kinds):
            values = [number(getattr(by_year[y], attribute)) if y in by_year else "" for y in years]
            before = baseline[index] if index < 2 else ""
            # Huge values get smaller type cell by cell rather than overlapping their neighbours.
            cells = [(0, names[index] if index < len(names) else ""),
                     (baseline_x, before, "L", _cell_size(before, baseline_width)),
                     (kind_x, kind),
                     *[(x, value, "R", _cell_size(value, value_width)) for x, value in zip(rights, values, strict=True)]]
            block.row(cells, size=7, leading=9.1)
        for line in names[2:]:
            block.row([(0, line)], size=7)


class _CompactColumns:
    """Where a compact project's indicator rows put what: the same for every project of a report."""

    def __init__(self, ctx: PlanContext) -> None:
        self.years = years = ctx.years
        first, self.name_width, self.baseline_x, self.kind_x = 232.0, 140.0, 146.0, 196.0
        column = (CONTENT_WIDTH - first) / max(len(years), 1)
        self.rights = [first + (index + 1) * column for index in range(len(years))]
        self.heading_row: list[tuple[Any, ...]] = [
            (0, field_heading(INDICATOR["name"])), (self.baseline_x, field_heading(INDICATOR["baseline_value"])),
            *[(x, str(year), "R") for x, year in zip(self.rights, years, strict=True)]]
        # The yearly fields and their labels, the same for every indicator: a longer word in another
        # language is cut to its column once.
        self.kinds = [(field.name, kit.fit_text(_(field.label), first - self.kind_x - 4, size=7))
                      for field in pdf_fields(INDICATOR_VALUE, "table")]
        self.baseline_width, self.value_width = self.kind_x - self.baseline_x - 4, column - 4


@lru_cache(maxsize=4096)
def _cell_size(text: str, width: float) -> float:
    """The type size of a compact indicator cell: 7 points unless `text` is too wide for `width`.
    Remembered: the values of a plan repeat (the same numbers, empty cells)."""
    return fitting_size([text], width, size=7)


def indicator_name(indicator: Indicator) -> str:
    return f"{indicator.name} ({indicator.unit})" if indicator.unit else indicator.name
