"""Reading what people type into spreadsheet cells, forgivingly.

Each parser takes one cell value as openpyxl returns it (str, int, float,
bool, datetime or None) and returns the domain value, or raises `CellProblem`
saying what was expected. Forgiving where a person would be: numbers typed as
text with thousands separators and a currency sign, non-breaking spaces,
labels or codes, years and dates typed either way.

Separators: VND and IDR write ``1.000.000,50`` (dot for thousands, comma for
decimals); the other ASCN currencies write ``1,000,000.50``. When a number
holds both separators the last one is the decimal mark whatever the currency;
a single separator followed by exactly three digits is a thousands separator
for money (no ASCN currency has three minor digits).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache

from ascn_desktop.core import limits, money
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.fields import is_link
from ascn_desktop.core.i18n import _
from ascn_desktop.core.text import fold
from ascn_desktop.core.workbook.choices import yes_no_words

# The one number parser, shared with the editor's fields (core/numbers.py).
from ascn_desktop.core.numbers import DECIMAL_COMMA_CURRENCIES, parse_written_number

MIN_YEAR, MAX_YEAR = limits.MIN_YEAR, limits.MAX_YEAR

_YES = {"yes", "y", "true", "1", "x", "✓", "✔", "co", "ya", "oui", "si", "ja"}
_NO = {"no", "n", "false", "0", "khong", "tidak", "non", "-", ""}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%Y", "%Y-%m", "%m/%Y", "%b %Y", "%B %Y",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")
_QUARTER = re.compile(r"^(?:q|quarter|quy|quý|kw|tw)?\s*([1-4])$")
_QUARTER_YEAR = re.compile(r"^q([1-4])\s*[/\- ]?\s*(\d{4})$|^(\d{4})\s*[/\- ]?\s*q([1-4])$")
_SDG = re.compile(r"^(?:sdg|goal|muc tieu)?\s*#?\s*(\d{1,2})$")


class CellProblem(Exception):
    """A cell value that could not be understood; `expected` says what would be."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


def display(value: object) -> str:
    """How a found value is quoted in an error message."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e16 else repr(value)  # '1e+308', not 309 digits
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.replace("\u00a0", " ").strip())


def text(value: object) -> str:
    """Any cell as text (a code typed as a number stays '2021', not '2021.0')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def clean(value: object) -> str:
    """Text with non-breaking spaces made ordinary and the ends trimmed."""
    return text(value).replace("\u00a0", " ").replace("\u202f", " ").strip()


# --- numbers ---------------------------------------------------------------------


def number(value: object, *, decimal_comma: bool = False, money_like: bool = False,
           expected: str = "") -> Decimal:
    expected = expected or _("a number")
    if isinstance(value, bool) or isinstance(value, datetime | date):
        raise CellProblem(expected)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellProblem(expected)
        return Decimal(repr(value))
    try:
        return parse_written_number(clean(value), decimal_comma=decimal_comma, money_like=money_like)
    except (ValueError, InvalidOperation):
        raise CellProblem(expected) from None


def amount(value: object, *, currency: str) -> Decimal:
    """Money in `currency`: at most two decimals, not negative, within the store's range."""
    expected = _("an amount in {currency}").format(currency=currency) if currency else _("an amount")
    below = f"{money.MAX_AMOUNT:,}"
    result = number(value, decimal_comma=currency in DECIMAL_COMMA_CURRENCIES, money_like=True, expected=expected)
    if abs(result) > limits.AMOUNT:  # before any rounding: 1e308 has no place for decimals
        raise CellProblem(_too_large(currency, below))
    if isinstance(value, float):  # a spreadsheet's double: 0.1 + 0.2 is 0.30000000000000004
        rounded = result.quantize(Decimal("0.01"))
        if abs(rounded - result) < Decimal("0.000001"):
            result = rounded
    if result < 0:
        raise CellProblem(_("an amount in {currency} of zero or more").format(currency=currency) if currency
                          else _("an amount of zero or more"))
    result = abs(result)  # -0 is 0
    try:
        money.to_units(result)
    except ValidationError as exc:
        raise CellProblem(_too_large(currency, below) if "too large" in exc.message else
                          _("an amount in {currency} with at most 2 decimals").format(currency=currency) if currency
                          else _("an amount with at most 2 decimals")) from None
    return result


def _too_large(currency: str, below: str) -> str:
    if currency:
        return _("an amount in {currency} with at most 2 decimals, below {limit}").format(currency=currency,
                                                                                          limit=below)
    return _("an amount with at most 2 decimals, below {limit}").format(limit=below)


def link(value: object) -> str:
    """A web address (an indicator value's evidence)."""
    address = clean(value)
    if not is_link(address):
        raise CellProblem(_("a web address starting with https:// (at most {limit} characters)").format(
            limit=f"{limits.LINK:,}"))
    return address


def decimal_value(value: object, *, decimal_comma: bool) -> Decimal:
    result = number(value, decimal_comma=decimal_comma, money_like=False)
    if abs(result) >= Decimal(10) ** 18:
        raise CellProblem(_("a number below 10^18"))
    return result


def whole(value: object, *, expected: str) -> int:
    if isinstance(value, datetime | date):
        raise CellProblem(expected)
    result = number(value, expected=expected)
    if result != result.to_integral_value():
        raise CellProblem(expected)
    return int(result)


# --- years, quarters, percent, yes/no ----------------------------------------------


def _date_from_text(raw: str) -> date | None:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    return None


def year(value: object, *, within: range | None = None, what: str = "") -> int:
    """A year typed either way ('2021', 'FY2021', a date, 'Q2 2021').

    `within`: the years allowed (the plan's cycle, as the editor allows them); `what` says why in the
    message ('the years of the 2018–2025 plan'). An empty range allows any plausible year.
    """
    result = _any_year(value)
    if within and result not in within:
        if what:
            raise CellProblem(_("a year from {first} to {last}, {why}").format(first=within[0], last=within[-1],
                                                                               why=what))
        raise CellProblem(_("a year from {first} to {last}").format(first=within[0], last=within[-1]))
    return result


def _any_year(value: object) -> int:
    expected = _("a year such as 2021 ({first}–{last})").format(first=MIN_YEAR, last=MAX_YEAR)
    if isinstance(value, datetime | date):
        return value.year
    raw = clean(value)
    found = re.fullmatch(r"(?:fy|nam|năm)?\s*(\d{4})(?:\.0+)?", fold(raw))
    if found:
        result = int(found.group(1))
    else:
        parsed = _date_from_text(raw)
        if parsed is None:
            quarter_year = _QUARTER_YEAR.match(fold(raw))
            if quarter_year is None:
                raise CellProblem(expected)
            result = int(quarter_year.group(2) or quarter_year.group(3))
        else:
            result = parsed.year
    if isinstance(value, float) and not value.is_integer():
        raise CellProblem(expected)
    if not MIN_YEAR <= result <= MAX_YEAR:
        raise CellProblem(expected)
    return result


def quarter_of(value: object) -> int | None:
    """The quarter a date or 'Q2 2021' in a year cell implies, if any."""
    if isinstance(value, datetime | date):
        return (value.month - 1) // 3 + 1
    raw = clean(value)
    quarter_year = _QUARTER_YEAR.match(fold(raw))
    if quarter_year:
        return int(quarter_year.group(1) or quarter_year.group(4))
    parsed = _date_from_text(raw)
    if parsed is not None and not re.fullmatch(r"\d{4}", raw):
        return (parsed.month - 1) // 3 + 1
    return None


def quarter(value: object) -> int:
    expected = _("a quarter 1 to 4 (or Q1 to Q4)")
    if isinstance(value, datetime | date):
        return (value.month - 1) // 3 + 1
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1 <= value <= 4:
            return int(value)
        raise CellProblem(expected)
    found = _QUARTER.match(fold(clean(value)))
    if found is None:
        raise CellProblem(expected)
    return int(found.group(1))


def percent(value: object, *, number_format: str = "") -> int:
    expected = _("a whole percentage from 0 to 100")
    if isinstance(value, bool):
        raise CellProblem(expected)
    if isinstance(value, int | float) and "%" in (number_format or ""):
        result = Decimal(repr(float(value))) * 100
    elif isinstance(value, str) and clean(value).endswith("%"):
        result = number(clean(value)[:-1], expected=expected)
    else:
        result = number(value, expected=expected)
    rounded = result.to_integral_value()
    if abs(result - rounded) > Decimal("0.000001") or not 0 <= rounded <= 100:
        raise CellProblem(expected)
    return int(rounded)


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellProblem(_("Yes or No"))
    folded = fold(clean(value))
    words = yes_no_words()
    yes, no = _folded_yes_no(words[True], words[False])
    if folded in yes and folded in no:  # one language's Yes is another's No: never guessed
        raise AmbiguousChoice(_("Yes or No"))
    if folded in yes:
        return True
    if folded in no:
        return False
    raise CellProblem(_("Yes or No"))


@cache
def _folded_yes_no(yes: frozenset[str], no: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words for Yes and No: the usual short forms and the words of every shipped language (a
    workbook written in Khmer says មាន/ទេ)."""
    return frozenset(_YES | {fold(word) for word in yes}), frozenset(_NO | {fold(word) for word in no})


# --- vocabularies -------------------------------------------------------------------


def choice(value: object, options: dict[str, str], *, what: str,
           aliases: dict[str, tuple[str, ...]] | None = None,
           labels: dict[str, tuple[str, ...]] | None = None) -> str:
    """The code of `options` (code -> label) named by its label, its code or an alias of the reference
    data, any case, accents optional, '&' for 'and'.

    Also 'Civic and Social (CS)', 'CS - Civic and Social' and the Secretariat's 'Civic & Social'.
    `labels` (code -> its label in every shipped language) are taken as the labels are; one that names
    two codes (in different languages) is refused as ambiguous, never guessed.
    """
    return choice_in(lookup_table(options, aliases, labels), value, options, what=what)


def choice_in(table: dict[str, str | tuple[str, ...]], value: object, options: dict[str, str], *,
              what: str) -> str:
    """`choice` with the vocabulary's `lookup_table` already at hand (a vocabulary asked cell after cell)."""
    typed = clean(value)
    found = table.get(fold(typed)) or table.get(fold(typed.replace("&", " and ")))
    if found is None:
        raise CellProblem(_expected_choice(options, what))
    if isinstance(found, tuple):
        raise AmbiguousChoice(_("{what}, written as its code ({codes}): this word names more than one in "
                                "different languages").format(what=what, codes=", ".join(found)))
    return found


class AmbiguousChoice(CellProblem):
    """A label that names several codes (in different languages): the code must be typed."""


_LOOKUPS: dict[tuple[object, ...], dict[str, str | tuple[str, ...]]] = {}


def lookup_table(options: dict[str, str], aliases: dict[str, tuple[str, ...]] | None = None,
                 labels: dict[str, tuple[str, ...]] | None = None) -> dict[str, str | tuple[str, ...]]:
    """Folded code / label / combined forms -> code, or the codes a label names in different languages;
    built once per vocabulary and language (a plan has 100,000 cells)."""
    alias_items = tuple((code, names) for code, names in (aliases or {}).items() if code in options)
    label_items = tuple((code, names) for code, names in (labels or {}).items() if code in options)
    key = (tuple(options.items()), alias_items, label_items)
    table = _LOOKUPS.get(key)
    if table is not None:
        return table
    table = {}
    for code, names in alias_items:  # the labels and codes below win over an alias that clashes
        for name in names:
            table[fold(name)] = code
            table[fold(name.replace("&", " and "))] = code
    named: dict[str, list[str]] = {}  # folded label form -> the codes it names
    shown = {code: (label, *dict(label_items).get(code, ())) for code, label in options.items()}
    for code, names in shown.items():
        for label in names:
            for form in (f"{label} ({code})", f"{code} - {label}", f"{code} – {label}", label):
                codes = named.setdefault(fold(form), [])
                if code not in codes:
                    codes.append(code)
    for form, codes in named.items():
        table[form] = codes[0] if len(codes) == 1 else tuple(codes)
    for code in options:  # a code always names itself: what an ambiguous label's error asks for
        table[fold(code)] = code
    if len(_LOOKUPS) > 64:
        _LOOKUPS.clear()
    _LOOKUPS[key] = table
    return table


def _expected_choice(options: dict[str, str], what: str) -> str:
    labels = list(options.values())
    shown = ", ".join(labels[:8]) + (", …" if len(labels) > 8 else "")
    return _("{what} ({choices})").format(what=what, choices=shown)


def _pieces(raw: str) -> list[str]:
    return [piece.strip() for piece in re.split(r"[;\n|]+", raw) if piece.strip()]


def choices(value: object, options: dict[str, str], *, what: str,
            aliases: dict[str, tuple[str, ...]] | None = None,
            labels: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Several codes separated by ';' (or ',' when no label holds a comma), in the order given."""
    result: list[str] = []
    for piece in _pieces(clean(value)):
        try:
            codes = [choice(piece, options, what=what, aliases=aliases, labels=labels)]
        except AmbiguousChoice:
            raise
        except CellProblem:
            codes = [choice(part, options, what=what, aliases=aliases, labels=labels)
                     for part in piece.split(",") if part.strip()]
        result.extend(code for code in codes if code not in result)
    return result


def sdgs(value: object, options: dict[str, str]) -> list[int]:
    """SDG goals: '9; 11', 'SDG 9, SDG 11', '9 11', labels ('Climate Action'), or one number."""
    expected = _("SDG numbers from 1 to 17 separated by ';' (e.g. 9; 11)")
    if isinstance(value, int | float) and not isinstance(value, bool):
        parts: list[str] = [text(value)]
    else:
        parts = []
        for piece in _pieces(clean(value)):
            if _sdg_goal(piece, options) is not None:
                parts.append(piece)
                continue
            for part in (p.strip() for p in piece.split(",")):
                if part and _sdg_goal(part, options) is None and re.fullmatch(r"[\d\s]+", part):
                    parts.extend(part.split())
                elif part:
                    parts.append(part)
    goals: list[int] = []
    for part in parts:
        goal = _sdg_goal(part, options)
        if goal is None or not 1 <= goal <= 17:
            raise CellProblem(expected)
        if goal not in goals:
            goals.append(goal)
    return goals


def _sdg_goal(piece: str, options: dict[str, str]) -> int | None:
    found = _SDG.match(fold(piece))
    if found:
        return int(found.group(1))
    try:
        return int(choice(piece, options, what=_("an SDG")))
    except (CellProblem, ValueError):
        return None
