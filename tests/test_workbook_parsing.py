"""Forgiving cell parsing (core/workbook/parsing.py): what people type, what it means."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from ascn_desktop.core.workbook import parsing
from ascn_desktop.core.workbook.parsing import CellProblem

SDGS = {"9": "Industry, Innovation and Infrastructure", "11": "Sustainable Cities and Communities",
        "13": "Climate Action"}


@pytest.mark.parametrize(("value", "currency", "expected"), [
    ("1.000.000", "VND", Decimal("1000000")),
    ("1,000,000", "VND", Decimal("1000000")),
    ("1.000.000,50", "IDR", Decimal("1000000.50")),
    ("1,000,000.50", "IDR", Decimal("1000000.50")),  # both marks: the last one is the decimal mark
    ("1234.5", "VND", Decimal("1234.5")),  # four digits before the mark: not a thousands group
    ("1,5", "USD", Decimal("1.5")),
    ("12 345,67 ₫", "VND", Decimal("12345.67")),
    ("Rp. 5.000.000", "IDR", Decimal("5000000")),
    ("S$ 2,500", "SGD", Decimal("2500")),
    ("1e3", "USD", Decimal("1000")),
    (2500, "THB", Decimal("2500")),
    (2500.75, "THB", Decimal("2500.75")),
])
def test_amounts(value: Any, currency: str, expected: Decimal) -> None:
    assert parsing.amount(value, currency=currency) == expected


@pytest.mark.parametrize("value", ["#N/A", "₫", "(1,000)", "1.2.3,4.5", "12/05", True, datetime(2020, 1, 1),
                                   "1" + "0" * 20])
def test_amounts_refused(value: Any) -> None:
    with pytest.raises(CellProblem):
        parsing.amount(value, currency="VND")


@pytest.mark.parametrize(("value", "expected"), [
    ("FY2021", 2021), ("2021-06-30", 2021), ("30/06/2021", 2021), ("Q2 2021", 2021), ("năm 2022", 2022),
    (2023.0, 2023), (datetime(2024, 2, 1), 2024),
])
def test_years(value: Any, expected: int) -> None:
    assert parsing.year(value) == expected


@pytest.mark.parametrize("value", [1899, "21", "next year", 2021.5])
def test_years_refused(value: Any) -> None:
    with pytest.raises(CellProblem):
        parsing.year(value)


@pytest.mark.parametrize(("value", "expected"), [("Q2", 2), ("quý 3", 3), (4, 4), ("1", 1),
                                                 (datetime(2021, 8, 1), 3)])
def test_quarters(value: Any, expected: int) -> None:
    assert parsing.quarter(value) == expected


def test_sdgs_with_a_label_holding_a_comma() -> None:
    assert parsing.sdgs("Industry, Innovation and Infrastructure; 11", SDGS) == [9, 11]
    assert parsing.sdgs("9 11 13", SDGS) == [9, 11, 13]


@pytest.mark.parametrize(("value", "expected"), [("Yes", True), ("x", True), ("có", True), ("No", False),
                                                 ("tidak", False), (1, True), (False, False)])
def test_yes_no(value: Any, expected: bool) -> None:
    assert parsing.yes_no(value) is expected


def test_choice_by_label_code_or_both() -> None:
    options = {"CS": "Civic and Social", "BI": "Built Infrastructure"}
    assert parsing.choice(" built  infrastructure ", options, what="a focus area") == "BI"
    assert parsing.choice("cs", options, what="a focus area") == "CS"
    assert parsing.choice("Civic and Social (CS)", options, what="a focus area") == "CS"
    with pytest.raises(CellProblem, match="a focus area \\(Civic and Social, Built Infrastructure\\)"):
        parsing.choice("Health", options, what="a focus area")
