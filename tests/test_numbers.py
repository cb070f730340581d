"""One number parser: the editor's fields and the Excel import read a number the same way, per member state."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from ascn_desktop.core.i18n import format_number, set_language
from ascn_desktop.core.language import LANGUAGES
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.project_fields import FieldError, parse_amount_text, parse_number_text
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


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize(("code", "billions", "amount"), [
    ("en", "25,000,000,000", "1,000,000.50"), ("vi", "25.000.000.000", "1.000.000,50"),
    ("id", "25.000.000.000", "1.000.000,50"), ("lo", "25.000.000.000", "1.000.000,50"),
    ("th", "25,000,000,000", "1,000,000.50"), ("km", "25,000,000,000", "1,000,000.50"),
])
def test_amounts_shown_as_the_language_writes_them(code: str, billions: str, amount: str, speaking: None) -> None:
    set_language(code)
    assert format_amount(Decimal("25000000000"), "VND", decimals=0) == f"{billions} VND"
    assert format_amount(Decimal("1000000.5"), decimals=2) == amount
    assert format_number(Decimal("0.1234567890123456789")).endswith("1234567890123456789")  # exact, never rounded


AMOUNTS = [Decimal(text) for text in ("0", "5", "5.5", "999", "1000", "1234", "1234.56", "25000000000",
                                      "12345678901234.56", "0.01", "100000.10")]
QUANTITIES = [Decimal(text) for text in ("0", "-3", "0.5", "1.234", "1234", "1234.5", "-1234567.125", "1000000",
                                         "0.000123", "12.30")]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_what_the_app_writes_reads_back_in_every_language(code: str, speaking: None) -> None:
    """The editor shows amounts and indicator values in the interface's language and reads them back
    from the same text: the same value, whatever the language's grouping and decimal signs."""
    set_language(code)
    for currency, decimals in (("VND", 0), ("IDR", 2), ("THB", 2), ("KHR", 2), ("USD", 2), ("LAK", 0)):
        for value in AMOUNTS:
            if value == value.quantize(Decimal(1).scaleb(-decimals)):
                shown = format_amount(value, decimals=decimals)
                assert parse_amount_text(shown, currency=currency, decimals=decimals) == value, (code, shown)
                cell = amount(format_amount(value, currency, decimals=decimals), currency=currency)
                assert cell == value, (code, shown)
    for value in QUANTITIES:
        shown = format_number(value)
        assert parse_number_text(shown) == value, (code, shown)


def test_counted_nouns() -> None:
    assert [counted(n, "project") for n in (0, 1, 2, 1234)] == ["0 projects", "1 project", "2 projects",
                                                               "1,234 projects"]
    assert counted(1, "city plan") == "1 city plan" and counted(3, "city") == "3 cities"
    assert counted(1, "file") == "1 file" and counted(2, "file") == "2 files"
