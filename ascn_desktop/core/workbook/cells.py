"""Cell values and styles for the plan workbook (openpyxl write-only mode).

Why write-only cells with prepared style arrays: a 1,000-project plan has about
150,000 cells; assigning fonts and formats cell by cell costs a hash lookup per
attribute, copying a prepared ``StyleArray`` costs almost nothing.

Every text cell is written through ``spreadsheet_text.set_text`` (a string
cell; the quote-prefix style on text cells), so a title such as
``=HYPERLINK(…)`` or ``-5 %`` stays text in Excel and LibreOffice and can
never run as a formula.
"""

from __future__ import annotations

from copy import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ascn_desktop.core.spreadsheet_text import clean_text, set_text

_FLOAT_SAFE = 2**53
DATE_FORMAT = "yyyy-mm-dd hh:mm"


def xml_text(text: str) -> str:
    """Text for an XML text node; a literal CR would be read back as LF, so it is escaped."""
    text = clean_text(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def excel_number(value: Decimal) -> int | float | str:
    """The value to put in a numeric cell, or its canonical text where a double would change it.

    Excel keeps numbers as IEEE doubles (about 15 significant digits); an amount
    such as 999,999,999,999,999.99 does not fit and is written as text so that no
    digit is lost (the importer reads numbers typed as text).
    """
    if value == value.to_integral_value() and abs(value) < _FLOAT_SAFE:
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return format(value.normalize(), "f")


def excel_datetime(value: datetime) -> datetime:
    """Excel has no time zones: store datetimes as naive UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


class StyleBook:
    """Prepared style arrays for the kinds of cells the workbook holds."""

    def __init__(self, ws: WriteOnlyWorksheet, *, template: bool) -> None:
        self._ws = ws
        self._template = template
        self._cache: dict[tuple[str, bool, str], Any] = {}

    def style(self, kind: str, *, editable: bool = False, number_format: str = "") -> Any:
        key = (kind, editable and self._template, number_format)
        cached = self._cache.get(key)
        if cached is None:
            cell = WriteOnlyCell(self._ws)
            if kind == "header":
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="DCE6F1")
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif kind == "text":
                cell.quotePrefix = True
            elif kind == "label":
                cell.font = Font(bold=True)
            if number_format:
                cell.number_format = number_format
            if key[1]:
                cell.protection = Protection(locked=False)
            cached = self._cache[key] = cell._style
        return cached

    def style_id(self, style: Any) -> int:
        """The workbook's index of a prepared style (registers it for the stylesheet)."""
        cell = WriteOnlyCell(self._ws)
        cell._style = copy(style)
        return int(cell.style_id)

    def cell(self, value: Any, style: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(self._ws)
        cell._style = copy(style)
        if isinstance(value, str):
            set_text(cell, value)  # never a formula, whatever the text starts with
        else:
            cell.value = value
        return cell


def money_format(currency: str, decimals: int) -> str:
    digits = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return f'{digits} "{currency}"' if currency else digits
