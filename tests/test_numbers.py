"""One number parser: the editor's fields and the Excel import read a number the same way, per member state."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ascn_desktop.core.numbers import format_written
from ascn_desktop.core.project_fields import FieldError, parse_amount_text
from ascn_desktop.core.workbook.parsing import CellProblem, amount
from ascn_desktop.core.wording import counted

CASES = [  # (text, currency, value or None when refused)
    ("25.000.000.000", "VND", Decimal("25000000000")),
    ("1.000.000,50", "IDR", Decimal("1000000.50")),
    ("1,000,000.50", "THB", Decimal("1000000.50")),
    ("1,000,000.50", "SGD", Decimal("1000000.50")),
    ("25,000,000,000", "VND", Decimal("25000000000")),
    ("Rp 1.500.000", "IDR", Decimal("1500000")),
    ("1 500 000", "MYR", Decimal("1500000")),
    ("one million", "PHP", None),
    ("-5", "THB", None),
]


@pytest.mark.parametrize(("text", "currency", "expected"), CASES)
def test_editor_and_excel_import_agree(text: str, currency: str, expected: Decimal | None) -> None:
    try:
        typed: Decimal | None = parse_amount_text(text, currency=currency, decimals=2)
    except FieldError:
        typed = None
    try:
        cell: Decimal | None = amount(text, currency=currency)
    except CellProblem:
        cell = None
    assert typed == cell == expected


def test_amounts_shown_as_the_country_writes_them() -> None:
    assert format_written(Decimal("25000000000"), decimals=0, decimal_comma=True) == "25.000.000.000"
    assert format_written(Decimal("1000000.5"), decimals=2, decimal_comma=False) == "1,000,000.50"


def test_counted_nouns() -> None:
    assert [counted(n, "project") for n in (0, 1, 2, 1234)] == ["0 projects", "1 project", "2 projects",
                                                               "1,234 projects"]
    assert counted(1, "city plan") == "1 city plan" and counted(3, "city") == "3 cities"
    assert counted(1, "file") == "1 file" and counted(2, "file") == "2 files"
