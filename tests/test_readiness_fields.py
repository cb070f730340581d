"""The editor's field rules (core/project_fields.py): what typed text is accepted, and the messages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ascn_desktop.core.money import MAX_AMOUNT
from ascn_desktop.core.project_fields import (
    FieldError,
    check_code,
    check_title,
    parse_amount_text,
    parse_number_text,
    parse_whole_text,
    parse_year_text,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("1500000", Decimal(1500000)), ("1,500,000", Decimal(1500000)), ("1 500 000", Decimal(1500000)),
    ("1.500.000", Decimal(1500000)), ("25.000.000.000", Decimal(25_000_000_000)),  # as Viet Nam writes it
    ("  12345678901234 ", Decimal("12345678901234")), ("", None), ("0", Decimal(0)),
])
def test_vnd_amounts_accepted(text: str, expected: Decimal | None) -> None:
    assert parse_amount_text(text, currency="VND", decimals=0) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("abc", "Enter a number like 1,500,000"), ("1,5", "VND has no decimal places"),
    ("1.500.00", "Enter a number like 1,500,000"), ("1500.5", "VND has no decimal places"),
    ("-1", "Amounts cannot be negative"), ("NaN", "Enter a number"), ("Infinity", "Enter a number"),
    ("1e30", "The amount is too large"),
])
def test_vnd_amounts_refused(text: str, message: str) -> None:
    with pytest.raises(FieldError) as refused:
        parse_amount_text(text, currency="VND", decimals=0)
    assert message in refused.value.message


def test_two_decimal_currency() -> None:
    assert parse_amount_text("1,234.50", currency="USD", decimals=2) == Decimal("1234.50")
    # Money never has three decimals: "10.500" groups thousands, in the editor as in the Excel import.
    assert parse_amount_text("10.500", currency="USD", decimals=2) == Decimal("10500.00")
    assert parse_amount_text("10.5", currency="USD", decimals=2) == Decimal("10.50")
    with pytest.raises(FieldError, match="USD has at most 2 decimal places"):
        parse_amount_text("10.5051", currency="USD", decimals=2)


@given(st.decimals(min_value=0, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False))
def test_typed_amounts_round_trip_exactly(value: Decimal) -> None:
    assert parse_amount_text(format(value, "f"), currency="IDR", decimals=2) == value
    assert parse_amount_text(f"{value:,.2f}", currency="IDR", decimals=2) == value


def test_years_numbers_and_text() -> None:
    assert parse_year_text("2021", first=2018, last=2025) == 2021
    assert parse_year_text("", first=2018, last=2025) is None
    with pytest.raises(FieldError, match="Year must be within 2018–2025"):
        parse_year_text("2030", first=2018, last=2025)
    with pytest.raises(FieldError, match="Enter a year like 2021"):
        parse_year_text("twenty", first=2018, last=2025)
    assert parse_number_text("-12.125") == Decimal("-12.125")
    assert parse_whole_text("75%", first=0, last=100, what="percent done") == 75
    with pytest.raises(FieldError, match="from 0 to 100"):
        parse_whole_text("101", first=0, last=100, what="percent done")
    assert check_title("  Chiếu sáng Đà Nẵng ") == "Chiếu sáng Đà Nẵng"
    with pytest.raises(FieldError, match=r"The title is too long \(max 500 characters\)"):
        check_title("x" * 100_000)
    with pytest.raises(FieldError, match="already uses the code DN-01"):
        check_code("DN-01", taken={"DN-01"})
