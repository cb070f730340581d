"""Numbers as people in each member state write them: one parser for the editor and the Excel import.

Indonesia and Viet Nam write 1.000.000,50 (dot groups, decimal comma); the
other member states write 1,000,000.50. Amounts in IDR and VND follow their
country's convention; ``25.000.000.000`` is 25 billion wherever it is typed,
because more than one dot can only group thousands. Spaces, non-breaking
spaces and apostrophes between digit groups are ignored, a currency code or
sign around the number ('Rp', '₫', 'VND') is allowed. Never a float.

What the app writes follows the reader's language (``core.i18n.format_number``:
'25.000.000.000' in Vietnamese, '25,000,000,000' in English), and a number the
app wrote reads back to the same value in the same language: an amount is
written with its currency's decimal places (so a lone '1.234' of money is
grouped thousands), a quantity is read with the language's decimal sign
(``language_decimal_comma``).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from ascn_desktop.core.i18n import number_symbols

DECIMAL_COMMA_CURRENCIES = frozenset({"VND", "IDR"})
DECIMAL_COMMA_COUNTRIES = frozenset({"VNM", "IDN"})
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009'’_]+")
_SIGNS = re.compile(r"^(?P<lead>[^\d.,+\-(]*)(?P<body>.*?)(?P<trail>[^\d)]*)$", re.S)
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")


def uses_decimal_comma(*, currency: str = "", country: str = "") -> bool:
    """Whether numbers of this currency (or member state) are written 1.000.000,50."""
    return currency.upper() in DECIMAL_COMMA_CURRENCIES or country.upper() in DECIMAL_COMMA_COUNTRIES


def language_decimal_comma() -> bool:
    """Whether the current language writes 1.234,5 (Vietnamese, Indonesian, Lao)."""
    return number_symbols()[1] == ","


def parse_written_number(raw: str, *, decimal_comma: bool, money_like: bool) -> Decimal:
    """The number in `raw`; raises ValueError (or decimal.InvalidOperation) when it is not one."""
    body = _SPACES.sub("", raw.replace("\u00a0", " ")).strip()
    body = re.sub(r"^([^\W\d_]+)\.", r"\1", body)  # 'Rp.' / 'Rs.' before the number
    match = _SIGNS.match(body)
    if match is None or not match.group("body"):
        raise ValueError(raw)
    lead, body, trail = match.group("lead"), match.group("body"), match.group("trail")
    if not all(ch.isalpha() or ch == "." or unicodedata.category(ch) == "Sc" for ch in lead + trail):
        raise ValueError(raw)  # only a currency code or sign may surround the number ('Rp', '₫', 'VND')
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    if body[:1] in "+-":
        negative, body = body[0] == "-", body[1:]
    if _SCIENTIFIC.match(body):
        value = Decimal(body)
        return -value if negative else value
    if not body or not re.fullmatch(r"[\d.,]+", body) or not body[0].isdigit() and body[0] not in ".,":
        raise ValueError(raw)
    thousands, decimal_mark = _separators(body, decimal_comma=decimal_comma, money_like=money_like)
    if thousands:
        groups = body.split(decimal_mark)[0].split(thousands) if decimal_mark else body.split(thousands)
        if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
            raise ValueError(raw)
        body = body.replace(thousands, "")
    if decimal_mark and decimal_mark != ".":
        body = body.replace(decimal_mark, ".")
    if body.count(".") > 1:
        raise ValueError(raw)
    value = Decimal(body)
    return -value if negative else value


def _separators(body: str, *, decimal_comma: bool, money_like: bool) -> tuple[str, str]:
    """(thousands separator, decimal mark) of a number's text; '' when absent."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
        return ("," if decimal_mark == "." else "."), decimal_mark
    if not dots and not commas:
        return "", ""
    mark = "." if dots else ","
    if body.count(mark) > 1:
        return mark, ""
    after = len(body) - body.index(mark) - 1
    # '1.234' may be grouped thousands; '1234.567' cannot be (a group before the mark has at most 3 digits).
    if after == 3 and 0 < body.index(mark) <= 3:
        convention_decimal = "," if decimal_comma else "."
        if money_like or mark != convention_decimal:
            return mark, ""
    return "", mark

