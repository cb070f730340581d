"""Checking one typed value before it may reach the store (the editor's inline messages).

The project editor validates each field as the officer leaves it; the rules
and their wording live here, in core, so the GUI holds none and any other
front end (a future web form, the Excel importer) gives the same answers.
Every failure is a `FieldError` whose message is a short instruction that fits
next to the field ("Enter a number like 1500000.50", "VND has no decimal places").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ascn_desktop.core import limits
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.fields import PROJECT, Field, is_link
from ascn_desktop.core.money import MAX_AMOUNT, format_amount
from ascn_desktop.core.numbers import language_decimal_comma, parse_written_number, uses_decimal_comma
from ascn_desktop.core.readiness import MAX_UNIT_LENGTH
from ascn_desktop.core.i18n import _, format_number

MAX_TEXT_LENGTH = limits.TEXT  # descriptions, risks, needs, notes: a few pages, not a book (core/limits.py)


class FieldError(ValidationError):
    """A typed value that cannot be accepted; the message is shown next to the field."""


def _number(text: str, *, decimal_comma: bool = False, money_like: bool = False) -> Decimal | None:
    """What a person typed, read by the same parser as the Excel import (core/numbers.py)."""
    if not text.strip():
        return None
    example = format_number(Decimal("1500000.50"))
    try:
        value = parse_written_number(text, decimal_comma=decimal_comma, money_like=money_like)
    except (ValueError, InvalidOperation):
        raise FieldError(_("Enter a number like {example}").format(example=example)) from None
    if not value.is_finite():
        raise FieldError(_("Enter a number like {example}").format(example=example))
    return abs(value) if value.is_zero() else value  # "-0" is 0


def decimal_places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def parse_amount_text(text: str, *, currency: str, decimals: int) -> Decimal | None:
    """An amount of money typed by a person, in the currency's country's way; empty text is no amount (None)."""
    comma = uses_decimal_comma(currency=currency)
    try:
        value = _number(text, decimal_comma=comma, money_like=True)
    except FieldError:
        example = format_amount(Decimal(1_500_000) + (Decimal("0.5") if decimals > 0 else 0), decimals=decimals)
        raise FieldError(_("Enter a number like {example}").format(example=example)) from None
    if value is None:
        return None
    return check_amount(value, currency=currency, decimals=decimals)


def check_amount(value: Decimal, *, currency: str, decimals: int) -> Decimal:
    if value < 0:
        raise FieldError(_("Amounts cannot be negative"))
    if decimal_places(value) > decimals:
        if decimals == 0:
            raise FieldError(_("{currency} has no decimal places").format(currency=currency))
        raise FieldError(_("{currency} has at most {decimals} decimal places").format(
            currency=currency, decimals=decimals))
    if value > MAX_AMOUNT:
        raise FieldError(_("The amount is too large"))
    # Keep what the person typed, minus insignificant trailing zeros past the currency's digits.
    return value.quantize(Decimal(1).scaleb(-decimals)) if decimal_places(value) <= decimals else value


def parse_number_text(text: str, *, decimal_comma: bool | None = None) -> Decimal | None:
    """An indicator value (any sign, any number of decimals); empty text is no value. Its decimal sign
    is the current language's unless `decimal_comma` says otherwise."""
    comma = language_decimal_comma() if decimal_comma is None else decimal_comma
    value = _number(text, decimal_comma=comma)
    if value is not None and abs(value) >= Decimal("1e18"):
        raise FieldError(_("The number is too large"))
    return value


def check_year(year: int, *, first: int, last: int) -> int:
    if not first <= year <= last:
        raise FieldError(_("Year must be within {first}–{last}").format(first=first, last=last))
    return year


def parse_year_text(text: str, *, first: int, last: int) -> int | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if not cleaned.isdigit() or len(cleaned) != 4:
        raise FieldError(_("Enter a year like 2021"))
    return check_year(int(cleaned), first=first, last=last)


def parse_whole_text(text: str, *, first: int, last: int, what: str) -> int:
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned.isdigit() or not first <= int(cleaned) <= last:
        raise FieldError(_("Enter a whole number from {first} to {last} for the {what}").format(
            first=first, last=last, what=what))
    return int(cleaned)


def check_text(text: str, *, what: str, max_length: int = MAX_TEXT_LENGTH, required: bool = False) -> str:
    """Text as typed (Unicode kept as is), refused when empty but required or too long."""
    if required and not text.strip():
        raise FieldError(_("Enter a {what}").format(what=what))
    if len(text) > max_length:
        raise FieldError(_("The {what} is too long (max {max_length:,} characters)").format(
            what=what, max_length=max_length))
    return text


def check_link(text: str) -> str:
    """A web address (an indicator value's evidence); empty text is no link."""
    address = text.strip()
    if address and not is_link(address):
        raise FieldError(_("Enter a web address starting with https:// (at most {0:,} characters)")
                         .format(limits.LINK))
    return address


def check_field_text(field: Field, text: str, *, what: str, taken: set[str] | None = None) -> str:
    """Text typed into a declared text field: refused when empty but `required`, longer than its limit, or
    (a `unique` field, with the plan's other values in `taken`) already used. A one-line text is kept stripped."""
    max_length = field.max_length or MAX_TEXT_LENGTH
    checked = check_text(text, what=what, max_length=max_length, required=field.required)
    if max_length < MAX_TEXT_LENGTH:
        checked = checked.strip()
    if taken is not None and checked in taken:
        raise FieldError(_("Another project of this plan already uses the code {code}").format(code=checked))
    return checked


def check_title(text: str) -> str:
    return check_field_text(PROJECT["title"], text, what="title")


def check_code(text: str, *, taken: set[str]) -> str:
    return check_field_text(PROJECT["code"], text, what="code", taken=taken)


def check_unit(text: str) -> str:
    return check_text(text, what="unit", max_length=MAX_UNIT_LENGTH, required=True).strip()
