"""A table sheet seen through the layout: columns found by header, rows with cell references.

`TableView` finds the header row (normally row 1; a person may have inserted a
title row above it), maps known headers to layout columns, and reports the
columns it does not know. `RowView.parse` runs a parser on one cell and turns
a `CellProblem` into a `CellError` naming sheet, cell, value found and what was
expected, so every error lands in one list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from openpyxl.utils import get_column_letter

from ascn_desktop.core.i18n import _
from ascn_desktop.core.workbook import parsing
from ascn_desktop.core.workbook.layout import Column, header_index, shown_header
from ascn_desktop.core.workbook.sheets import SheetGrid, cell_ref

T = TypeVar("T")
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class CellError:
    """One problem in one cell: enough for the officer to find and fix it."""

    sheet: str
    cell: str  # 'F12'; '' when the problem is a whole sheet or column
    found: str
    expected: str
    column: str = ""  # the header the person sees above the cell ('Start year'), when there is one

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    def __str__(self) -> str:
        place = f"{self.where} ({self.column})" if self.column else self.where
        if self.found:
            return _("{place}: found '{found}', expected {expected}.").format(place=place, found=self.found,
                                                                              expected=self.expected)
        return _("{place}: found nothing, expected {expected}.").format(place=place, expected=self.expected)


@dataclass
class Findings:
    """Errors and notices collected while reading one workbook."""

    errors: list[CellError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def error(self, sheet: str, cell: str, value: object, expected: str, *, column: str = "") -> None:
        self.errors.append(CellError(sheet, cell, parsing.display(value)[:80], expected, column))


class Failed:
    """Marker for a cell that could not be parsed (its error is already recorded)."""


FAILED = Failed()


class TableView:
    def __init__(self, grid: SheetGrid, columns: tuple[Column, ...], findings: Findings,
                 *, required: tuple[str, ...]) -> None:
        self.grid = grid
        self.sheet = grid.title
        self.findings = findings
        self.columns = {column.key: column for column in columns}
        self.header_row, self.index = self._find_header(columns)
        self.ok = True
        for key in required:
            if key not in self.index:
                self.ok = False
                findings.error(self.sheet, f"{self.header_row}:{self.header_row}", "",
                               _("a column headed '{header}'").format(header=shown_header(self.columns[key])))
        headers = grid.rows.get(self.header_row, [])
        known = set(self.index.values())
        for position, header in enumerate(headers):
            if position not in known and not parsing.is_blank(header):
                findings.notices.append(_("{sheet}: the column '{header}' (column {letter}) is not part of the plan "
                                          "and was ignored.").format(sheet=self.sheet, header=parsing.clean(header),
                                                                     letter=get_column_letter(position + 1)))

    def _find_header(self, columns: tuple[Column, ...]) -> tuple[int, dict[str, int]]:
        best_row = 1
        best: dict[str, int] = {}
        for number, values in self.grid.iter_rows(1):
            if number > HEADER_SEARCH_ROWS:
                break
            index = header_index(values, columns)
            if len(index) > len(best):
                best_row, best = number, index
            if len(best) >= 2:
                break
        return best_row, best

    def has(self, key: str) -> bool:
        return key in self.index

    def rows(self) -> Iterator[RowView]:
        inputs = [self.index[key] for key, column in self.columns.items()
                  if key in self.index and column.is_input]
        for number, values in self.grid.iter_rows(self.header_row + 1):
            if all(parsing.is_blank(values[i]) if i < len(values) else True for i in inputs):
                continue  # blank row, or a row whose contents were cleared (the hidden id alone is left)
            yield RowView(self, number, values)


class RowView:
    def __init__(self, table: TableView, number: int, values: list[Any]) -> None:
        self.table = table
        self.number = number
        self.values = values

    def ref(self, key: str) -> str:
        # A column the sheet lacks: the whole row ('5:5', as Excel writes a row), never a guessed cell.
        return cell_ref(self.number, self.table.index[key]) if key in self.table.index else f"{self.number}:{self.number}"

    def raw(self, key: str) -> Any:
        position = self.table.index.get(key)
        if position is None or position >= len(self.values):
            return None
        return self.values[position]

    def blank(self, key: str) -> bool:
        return parsing.is_blank(self.raw(key))

    def parse(self, key: str, parser: Callable[..., T], *args: Any, **kwargs: Any) -> T | None | Failed:
        """The parsed cell, None when blank (or the column is absent), FAILED after recording an error."""
        position = self.table.index.get(key)
        if position is None:
            return None
        if self.unsaved_formula(key):
            return FAILED
        value = self.raw(key)
        if parsing.is_blank(value):
            return None
        if parser is parsing.percent:
            kwargs["number_format"] = self.table.grid.number_formats.get((self.number, position), "")
        try:
            return parser(value, *args, **kwargs)
        except parsing.CellProblem as problem:
            self.error(key, value, problem.expected)
            return FAILED

    def unsaved_formula(self, key: str) -> bool:
        """True (and the error recorded) when the cell holds a formula whose result was never saved."""
        position = self.table.index.get(key)
        formula = self.table.grid.formulas_without_value.get((self.number, position)) if position is not None else None
        if formula is None:
            return False
        self.error(key, formula, _("a value (this formula has no saved result: open and save the workbook in "
                                   "Excel or LibreOffice, or type the value)"))
        return True

    def require(self, key: str, what: str) -> None:
        self.error(key, "", what)

    def header(self, key: str) -> str:
        """The column's header as the sheet shows it ('Start year'); the layout's header for a column the sheet lacks."""
        position = self.table.index.get(key)
        if position is None:
            return shown_header(self.table.columns[key]) if key in self.table.columns else ""
        headers = self.table.grid.rows.get(self.table.header_row, [])
        shown = parsing.clean(headers[position]) if position < len(headers) else ""
        return shown or shown_header(self.table.columns[key])

    def error(self, key: str, value: object, expected: str) -> None:
        """Record a problem in this row's cell of column `key`, named as the person sees it: 'Projects!J2 (Start year)'."""
        self.table.findings.error(self.table.sheet, self.ref(key), value, expected, column=self.header(key))
