"""Text that a spreadsheet can never run: the one rule for every xlsx and CSV the app writes.

A title such as ``=HYPERLINK("http://x","y")`` travels from a city officer's
plan into the Secretariat's exports. Spreadsheet programs treat a cell or CSV
field that begins with ``=``, ``+``, ``-`` or ``@`` (and, in CSV, a tab or CR
before one of them) as a formula. So, following the OWASP rule for CSV
injection, text that begins with one of those characters (or a line feed,
which some programs strip before parsing) is written as text:

* in an xlsx, the cell is a string cell (never ``t="f"``) with the
  quote-prefix style, so even editing it in Excel keeps it text;
* in a CSV, the field gets a leading apostrophe (``'=1+1``), which Excel and
  LibreOffice show and never evaluate.

A plain decimal number (``-5``, ``+3.25``) is left as it is: a spreadsheet
reads it as that number, which is harmless, and the data-export contract keeps
negative values machine-readable.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_TRIGGERS = frozenset("=+-@\t\r\n")
# Characters XML 1.0 cannot carry at all; written as U+FFFD (the store never
# receives them from the editor, which refuses control characters).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LOOKS_ESCAPED = re.compile(r"_x(?=[0-9A-Fa-f]{4}_)")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?\Z")
CSV_PREFIX = "'"


def starts_like_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula (a plain number is not one)."""
    return bool(text) and text[0] in FORMULA_TRIGGERS and not _PLAIN_NUMBER.match(text)


def csv_field(text: str) -> str:
    """The text for a CSV field: a leading apostrophe when it could start a formula."""
    return CSV_PREFIX + text if starts_like_formula(text) else text


def clean_text(text: str) -> str:
    """Text XML can carry; a literal '_x0041_' is escaped as Excel does ('_x005F_x0041_') so readers keep it."""
    text = _ILLEGAL.sub("\ufffd", text)
    return _LOOKS_ESCAPED.sub("_x005F_x", text) if "_x" in text else text


def set_text(cell: Any, text: str) -> Any:
    """Put `text` into an openpyxl cell (normal or write-only) as a string that can never be a formula."""
    cell.value = clean_text(text)
    cell.data_type = "s"  # after the value: openpyxl would have typed '=…' as a formula
    if starts_like_formula(text):
        cell.quotePrefix = True
    return cell
