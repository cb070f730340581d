"""Report info, styles and the text helpers of the PDF kit: escaping, cells, money, numbers and dates.

Re-exported by ``pdf_kit``; see its docstring for how reports use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from ascn_desktop.core.i18n import current_language, format_long_date, format_number
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, needs_fallback, register_fonts
from ascn_desktop.core.reports.pdf_basics import ACCENT, INK, MUTED, SAMPLE_RED, Remembered, escape
from ascn_desktop.core.reports.script_paragraph import ScriptParagraph


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True)
class ReportInfo:
    """What a report says about itself: PDF metadata plus header and footer texts."""

    title: str
    author: str
    subject: str
    generated_at: datetime
    header: str = ""  # right side of every body page's header
    footer: str = ""  # left side of every body page's footer
    keywords: str = ""
    sample: bool = False  # red "SAMPLE DATA" marks on cover and every page


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    banner: ParagraphStyle


@cache
def styles() -> ReportStyles:
    """The report styles (built once per process; registers the fonts)."""
    register_fonts(scripts=False)  # a script font: when font_runs first picks it
    base = ParagraphStyle("ascn-body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK,
                          spaceAfter=4)
    return ReportStyles(
        title=ParagraphStyle("ascn-title", parent=base, fontName=FONT_BOLD, fontSize=26, leading=31,
                             textColor=ACCENT, spaceAfter=10),
        subtitle=ParagraphStyle("ascn-subtitle", parent=base, fontSize=14, leading=18, textColor=MUTED,
                                spaceAfter=18),
        h1=ParagraphStyle("ascn-h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                          textColor=ACCENT, spaceBefore=6, spaceAfter=8),
        h2=ParagraphStyle("ascn-h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=True),
        h3=ParagraphStyle("ascn-h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                          spaceBefore=6, spaceAfter=3, keepWithNext=True),
        body=base,
        small=ParagraphStyle("ascn-small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        cell=ParagraphStyle("ascn-cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        cell_bold=ParagraphStyle("ascn-cell-bold", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10,
                                 spaceAfter=0),
        banner=ParagraphStyle("ascn-banner", parent=base, fontName=FONT_BOLD, fontSize=18, leading=24,
                              textColor=colors.white, backColor=SAMPLE_RED, alignment=TA_CENTER,
                              borderPadding=(6, 6, 6, 6), spaceBefore=6, spaceAfter=16),
    )


# --- text --------------------------------------------------------------------


def esc(text: str) -> str:
    """Text made safe for ``paragraph`` markup (&, <, > escaped; newlines kept as line breaks)."""
    return escape(text).replace("\n", "<br/>")


def paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A wrapping paragraph of markup (``esc``-aped text, ``<b>``, ``<br/>``): a reportlab Paragraph,
    or a ``ScriptParagraph`` when it holds Thai, Lao, Khmer or Myanmar script (shaped, and broken
    into lines at word boundaries)."""
    if needs_fallback(markup):
        return ScriptParagraph.from_markup(markup, style)
    return Paragraph(markup, style)


def cell(text: str, *, bold: bool = False, size: float | None = None) -> Flowable:
    """A table cell that wraps long text, in the table's font `size` (default 8 points): a wrapped
    cell prints in the same type as its plain neighbours."""
    return paragraph(esc(text), cell_style(size or styles().cell.fontSize, bold))


@cache
def cell_style(size: float, bold: bool, *, colour: str = "", right: bool = False) -> ParagraphStyle:
    """The style of a wrapping cell: the table's size; its colour when not ink (white in a header,
    muted for labels, as hex); right-aligned in a column of numbers."""
    st = styles()
    base = st.cell_bold if bold else st.cell
    if size == base.fontSize and not colour and not right:
        return base
    return ParagraphStyle(f"{base.name}-{size:g}-{colour}{'-right' if right else ''}",
                          parent=base, fontSize=size, leading=size * 1.25,
                          textColor=colors.HexColor(colour) if colour else base.textColor,
                          alignment=TA_RIGHT if right else base.alignment)


def currency_decimals(reference: ReferenceData, code: str) -> int:
    """Minor digits of a currency from the reference data (VND 0, USD 2); 2 if unknown."""
    return reference.currency_decimals.get(code, 2)


def money(amount: Decimal | None, currency: str = "", *, decimals: int = 2) -> str:
    """'1,234,500 VND' ('1.234.500 VND' in Vietnamese): exact, at least the currency's decimals; '' for None."""
    return format_amount(amount, currency, decimals=decimals)




def number(value: Decimal | int | None) -> str:
    """A quantity (indicator value, count) without exponent or trailing zeros: '1,200', '12.5'."""
    return "" if value is None else _NUMBER_TEXTS[current_language(), value]


def _number_text(key: tuple[str, Decimal | int]) -> str:
    value = key[1]
    if isinstance(value, int):
        return format_number(value)
    return format_number(value.normalize())  # in the report's language, every decimal it has


# number() of values already written: indicator targets and actuals repeat across a plan. Equal
# values give equal text (Decimal("12.50") and Decimal("12.5") both "12.5"), so the value is the key,
# with the language: one process may write an English PDF and then a Vietnamese one ("1,200" / "1.200").
_NUMBER_TEXTS: Remembered[tuple[str, Decimal | int], str] = Remembered(_number_text)


def long_date(moment: datetime) -> str:
    """'26 November 2026' in the report's language (English month names whatever the machine's locale)."""
    if current_language() != "en":
        return format_long_date(moment)
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def utc_stamp(moment: datetime) -> str:
    """'2026-11-26 06:12 UTC' (naive datetimes are taken as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

