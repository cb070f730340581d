"""Exact amounts of money.

Amounts are `decimal.Decimal` everywhere in Python. In SQLite (which has no
decimal type) they are stored as INTEGER hundredths: every ASCN currency has at
most two minor digits (ISO 4217), an integer is exact, and SQL `SUM` over it
stays exact. `12345678901234.56` VND is 1234567890123456 hundredths, far inside
SQLite's 64-bit range (about 9.2e16 units at this scale).

In JSON and text, amounts are canonical decimal strings ("1500000.50").
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.i18n import _, format_number

SCALE = 2  # stored digits after the decimal point
_QUANTUM = Decimal(1).scaleb(-SCALE)
# Largest amount accepted: 999,999,999,999,999.99 (10^15), well above the
# 10^13 that IDR and VND budgets reach and far below SQLite's 64-bit limit.
MAX_UNITS = 10**17 - 1
MAX_AMOUNT = Decimal(MAX_UNITS).scaleb(-SCALE)


def to_units(amount: Decimal) -> int:
    """Decimal -> integer hundredths, refusing anything not exactly representable."""
    if not isinstance(amount, Decimal):
        raise TypeError(_("amounts must be Decimal, not {name__}").format(name__=type(amount).__name__))
    if not amount.is_finite():
        raise ValidationError(_("An amount must be a finite number."))
    scaled = amount.scaleb(SCALE)
    if scaled != scaled.to_integral_value():
        raise ValidationError(_("The amount {amount} has more than {scale} decimal places.").format(
            amount=amount, scale=SCALE))
    units = int(scaled)
    if abs(units) > MAX_UNITS:
        raise ValidationError(_("The amount {amount} is too large.").format(amount=amount))
    return units


def from_units(units: int) -> Decimal:
    """Integer hundredths -> Decimal with exactly SCALE decimal places."""
    return Decimal(units).scaleb(-SCALE).quantize(_QUANTUM)


def canonical(amount: Decimal) -> str:
    """The canonical text of an amount: plain notation, no exponent, trailing zeros kept to 2."""
    return format(from_units(to_units(amount)), "f")


def parse_amount(text: str, *, decimals: int = SCALE) -> Decimal:
    """Parse a plain decimal string (as written by `canonical`) into a Decimal.

    Only the strict form is accepted here; the forgiving parsing of what people
    type into spreadsheets lives with the Excel importer.
    """
    cleaned = text.strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(_("'{text}' is not a number.").format(text=text)) from None
    if not value.is_finite():
        raise ValidationError(_("'{text}' is not a number.").format(text=text))
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if -exponent > decimals and value != value.quantize(Decimal(1).scaleb(-decimals)):
        raise ValidationError(_("'{text}' has more than {decimals} decimal places.").format(
            text=text, decimals=decimals))
    return value


def format_amount(amount: Decimal | None, currency: str = "", *, decimals: int = SCALE) -> str:
    """An amount as the reader's language writes it, with at least `decimals` places (every decimal it
    has: never rounded): '1,234,567.50 VND' in English, '1.234.567,50 VND' in Vietnamese."""
    if amount is None:
        return ""
    return f"{format_number(amount, decimals=max(decimals, 0))} {currency}".strip()
