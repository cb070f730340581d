"""Translation of the core's words (CLI messages, refusal sentences, PDF and workbook labels) and
numbers and dates written the way the reader's language writes them.

The core imports no Qt, so it has its own mechanism: gettext catalogues
(``resources/locale/<code>.po``, extracted and merged by Babel with
``make translations``), read from the ``.mo`` the build compiles from each
(core/catalogue_files.py: a few milliseconds, no Babel), or from the ``.po``
itself with Babel when the ``.mo`` is missing or older than it, so that no
stale compiled file is ever used. Draft entries (marked fuzzy: written by
non-native speakers, awaiting review) are used too: a draft reads better
than English for an officer who does not read English.

The language is English until ``set_language`` is called (the GUI and the CLI
call it at start with ``core.language.effective_language``), so tests and
library use are deterministic. Mark a string with ``_("…")``; placeholders
are ``{0}``-style and filled after translation. A module-level constant (read
before the language is set) is marked with the no-op ``N_("…")`` so that
extraction finds it, and translated where it is used: ``_(CONSTANT)``.
"""

from __future__ import annotations

from functools import cache

from ascn_desktop.core.resources import resource_path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, which mypy reads as True, without importing typing (`ascn --help`)
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date, datetime
    from decimal import Decimal

    from babel import Locale

    from ascn_desktop.core.catalogue_files import Entries

# Babel loads only when a number or date is formatted in a language other than English, or a
# catalogue has no up-to-date .mo: the CLI's start stays quick (`ascn --help` reads the .mo).

__all__ = ["N_", "_", "current_language", "format_date_time", "format_long_date", "format_number", "label", "ngettext",
           "number_symbols", "set_language", "translations_of"]

# The language spoken and its messages, replaced as one tuple (one assignment: a reader on another
# thread sees the old pair or the new one, never a mix, without a lock).
_speaking: tuple[str, dict[tuple[str | None, str], str]] = ("en", {})


@cache
def _read(code: str) -> Entries | None:
    from ascn_desktop.core.catalogue_files import read_entries  # English reads no catalogue

    return read_entries(resource_path("locale", f"{code}.po"))


@cache
def _catalogue(code: str) -> dict[tuple[str | None, str], str]:
    entries = _read(code)
    return {} if entries is None else entries.messages


@cache
def _plurals(code: str) -> tuple[dict[str, tuple[str, ...]], Callable[[int], int]]:
    """The plural entries of `code`'s catalogue (singular -> its translated forms) and the language's rule
    choosing a form for a count (the catalogue's Plural-Forms: Thai, Khmer, Vietnamese… have one form)."""
    import gettext

    entries = _read(code)
    if entries is None:
        return {}, _english_form
    return entries.plurals, gettext.c2py(entries.plural_expr or "0")


def _english_form(count: int) -> int:
    return 0 if count == 1 else 1


def set_language(code: str) -> None:
    """Speak `code` from now on (a language without a catalogue speaks English)."""
    global _speaking
    _speaking = (code, _catalogue(code) if code != "en" else {})


def current_language() -> str:
    return _speaking[0]


def _(message: str) -> str:
    """`message` in the current language (itself when the catalogue lacks it)."""
    return _speaking[1].get((None, message), message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted phrase the current language uses for `count` ("{count} project" /
    "{count} projects" in English, one form in Thai); the caller fills the placeholders."""
    if current_language() == "en":
        return singular if count == 1 else plural
    forms, rule = _plurals(current_language())
    translated = forms.get(singular)
    if translated is None:
        return singular if count == 1 else plural
    return translated[min(int(rule(count)), len(translated) - 1)]


@cache
def translations_of(message: str, context: str | None = None) -> frozenset[str]:
    """`message` in English and in every language that has a catalogue: what a reader accepts from a file
    written in any of them (a workbook's sheet names and column headers; with `context`, a reference
    label: ``translations_of("2018-2025", context="cycles")``)."""
    shipped = sorted(path.stem for path in resource_path("locale").glob("*.po"))
    return frozenset({message} | {_catalogue(code).get((context, message), message) for code in shipped})


def N_(message: str) -> str:
    """`message` itself: marks a module-level constant for extraction (``make translations``); the
    constant is translated with ``_()`` where it is shown, after the language is set."""
    return message


def label(kind: str, code: str, english: str) -> str:
    """The label of a reference code ("focus_areas", "BI") in the current language; `english` (the
    reference data's own label) when the catalogue has none. Bundles hold the code, never this."""
    return _speaking[1].get((kind, code), english)


def currency_name(code: str, english: str) -> str:
    """A currency's name in the current language, from CLDR through Babel (บาท, រៀល​កម្ពុជា, Đồng Việt Nam);
    `english` (the reference data's name) in English or where CLDR has no name for the code."""
    if current_language() == "en":
        return english
    from babel.numbers import get_currency_name

    try:
        name = get_currency_name(code, locale=_locale())
    except (ValueError, LookupError):
        return english
    return name if name and name != code else english


# CLDR has no Tetum locale data: Timor-Leste's other official language writes its numbers and dates.
_LOCALE_DATA = {"tet": "pt_TL"}


def _locale() -> Locale:
    return _locale_of(current_language())


@cache
def _locale_of(code: str) -> Locale:
    # Parsed once per language: every number of a Vietnamese PDF or table is formatted through it.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(_LOCALE_DATA.get(code, code))
    except (ValueError, LookupError, UnknownLocaleError):
        return Locale.parse("en")


def format_number(value: Decimal | int, *, decimals: int = 0) -> str:
    """`value` with the current language's digit grouping and decimal sign: '25.000.000.000' (vi),
    '1,500,000.50' (en). At least `decimals` decimal places (an amount in a currency with cents), and
    every decimal the value has: exact, never rounded, never through a float. core/numbers.py reads
    back whatever this writes in the same language."""
    if current_language() == "en":  # what Babel writes for English, without loading it (the CLI's start)
        from decimal import Decimal

        if not isinstance(value, Decimal):
            return f"{value:,}" + ("." + "0" * decimals if decimals > 0 else "")
        exponent = value.normalize().as_tuple().exponent  # Babel writes no zero past `decimals`
        places = max(decimals, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
        return f"{value:,.{places}f}"
    from babel.numbers import format_decimal

    # Every ASEAN language groups digits by three (CLDR), so one pattern serves them all.
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale=_locale(), decimal_quantization=False))


def number_symbols() -> tuple[str, str]:
    """(digit group separator, decimal sign) of the current language: (',', '.') in English, ('.', ',')
    in Vietnamese, Indonesian and Lao."""
    if current_language() == "en":  # the CLI's quick path: no Babel
        return ",", "."
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = _locale()
    return str(get_group_symbol(locale)), str(get_decimal_symbol(locale))


def format_long_date(moment: date | datetime) -> str:
    """'26 November 2026' as the current language writes a long date."""
    from datetime import datetime

    from babel.dates import format_date

    day = moment.date() if isinstance(moment, datetime) else moment
    if current_language() == "en":  # the reports' English form, day first whatever the machine
        return str(format_date(day, "d MMMM y", locale="en"))
    return str(format_date(day, format="long", locale=_locale()))


def format_date_time(moment: datetime) -> str:
    """A moment in the reader's local time as the current language writes a short date and time:
    '06 Dec 2026 14:02' (en), '14:02 6 thg 12, 2026' (vi), '6 ធ្នូ 2026, 2:02 PM' (km)."""
    local = moment.astimezone()
    if current_language() == "en":  # the form the overview always had, without loading Babel
        return local.strftime("%d %b %Y %H:%M")
    from babel.dates import format_date, format_time

    locale = _locale()
    # CLDR's way to join a date and a time ("{1}, {0}": date, then time) for the medium length.
    joined = str(locale.datetime_formats.get("medium", "{1} {0}"))
    return joined.replace("{1}", str(format_date(local, format="medium", locale=locale))).replace(
        "{0}", str(format_time(local, format="short", locale=locale)))
