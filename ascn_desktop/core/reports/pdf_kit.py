"""The shared kit every ASCN PDF report is built with (reportlab platypus).

Small and stable on purpose; the plan PDF, the national summary and the annual
report all use it, so they look like one family. Typical use::

    from ascn_desktop.core.reports import pdf_kit as kit

    info = kit.ReportInfo(title="…", author="…", subject="…", header="Đà Nẵng · 2018–2025",
                          generated_at=now, sample=False)
    st = kit.styles()
    story = kit.cover_page(info, lines=[("City", "Đà Nẵng"), ("Cycle", "2018–2025")])
    story += [kit.heading("Summary", level=0, key="summary"), Paragraph("…", st.body)]
    story.append(kit.data_table(["Focus area", "Budget"], rows, col_widths=[90 * mm, 40 * mm],
                                numeric_columns={1}))
    story += kit.signature_block(signer_name="…", signer_fingerprint="…", generated_at=now)
    pdf: bytes = kit.build_pdf(story, info)

API (everything else here is private):

* ``ReportInfo`` document metadata and the texts of header and footer.
* ``styles()`` the paragraph styles (``title``, ``subtitle``, ``h1``, ``h2``,
  ``h3``, ``body``, ``small``, ``cell``, ``cell_bold``, ``banner``), built once.
* ``build_pdf(story, info, *, cover=True)`` -> bytes. Page size A4 portrait.
  With ``cover=True`` the first page uses the cover template (no header or
  footer) and the story must switch with ``cover_page(...)`` (which ends with a
  page break to the body template). Body pages get a header (``info.header``,
  and a red "SAMPLE DATA" mark when ``info.sample``) and a footer
  (``info.footer`` and "Page X of Y", counted over all pages). One layout pass:
  the total is filled in when the file is saved. Output is deterministic for
  the same input (reportlab ``invariant=1``; the PDF dates are
  ``info.generated_at``).
* ``cover_page(info, *, lines, note="")`` -> flowables for the cover.
* ``heading(text, *, level, key=None, outline=True, closed=True)`` a heading
  paragraph (level 0..2 -> h1..h3) that adds a PDF bookmark (outline entry) at
  its own position. Outline levels must not skip (0 then 1 then 2).
* ``data_table(header, rows, *, col_widths, numeric_columns=(), zebra=True,
  font_size=8, total_row=False, span_commands=())`` a table whose header row
  repeats on every page it spans; cells may be ``str`` (fast; broken into
  lines that fit the column, never overflowing into the next; newlines
  allowed) or flowables (``cell(text, size=font_size)`` wraps markup).
* ``column_widths(header, rows, *, total, font_size, stretch=True, total_row=False)`` widths
  sized from the texts themselves (titles wrap before codes and amounts break).
* ``fit_lines(text, width, *, font, size)`` text broken into lines no wider than
  `width` (at spaces, then after hyphens, then between characters).
* ``key_value_table(pairs, *, col_widths)`` label/value block for fields.
* ``cell(text, *, bold=False, size=None)`` a wrapping table cell (escaped Paragraph) in the table's size.
* ``esc(text)`` escape text for paragraph markup.
* ``paragraph(markup, style)`` a wrapping paragraph (a ``ScriptParagraph`` when the
  text holds Thai, Lao, Khmer or Myanmar script).
* ``money(amount, currency, *, decimals)`` / ``currency_decimals(reference, code)``
  amount text with the currency's own number of decimals ("1,234,500 VND").
* ``number(value)`` a Decimal without float noise ("12.5", "1,200").
* ``long_date(dt)`` "26 November 2026"; ``utc_stamp(dt)`` "2026-11-26 06:12 UTC".
* ``signature_block(*, signer_name, signer_fingerprint, generated_at, statement="")``.
* ``checkpoint(abort, *, progress=None, fraction=0.0, message="")`` a zero-size
  flowable that raises ``Cancelled`` during layout once `abort` is set (and
  reports progress): put one every few dozen entries of a long report.
* ``deferred(make)`` a flowable made only when layout reaches it and let go once drawn
  (thousands of entries never held at once).
* ``LineBlock`` a fast compact block of positioned text rows for long annexes
  (hundreds of entries), with ``wrap_text`` / ``fit_text`` to size its text.
* Colours ``INK``, ``ACCENT``, ``MUTED``, ``RULE``, ``ZEBRA``, ``SAMPLE_RED``.

Units are points; ``mm`` is re-exported. ``CONTENT_WIDTH`` is the usable width.

Scripts: every text path here (``paragraph``/``cell``, plain table cells,
``LineBlock``, header and footer, and the labels of ``charts``) draws Thai, Lao,
Khmer and Myanmar runs with the embedded Noto fonts, shaped, broken into lines
at word boundaries and extractable as typed (see ``fonts``, ``shaping``,
``script_paragraph``).
"""

from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ascn_desktop.core.i18n import _, current_language, format_long_date, format_number
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.progress import ProgressCallback, check
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, draw_runs, needs_fallback, register_fonts, text_width
from ascn_desktop.core.reports.script_paragraph import ScriptParagraph
from ascn_desktop.core.reports.shaping import ShapingTextObject
from ascn_desktop.core.reports.pdf_basics import (ACCENT, CELL_PADDING, CONTENT_WIDTH, INK, MARGIN_BOTTOM, MARGIN_TOP,
                                                  MARGIN_X, MUTED, PAGE_SIZE, RULE, SAMPLE_RED, ZEBRA, Remembered)
from ascn_desktop.core.reports.pdf_lines import LineBlock, column_widths, fit_lines, fit_text, wrap_text

__all__ = [
    "ACCENT", "CONTENT_WIDTH", "INK", "MUTED", "PAGE_SIZE", "RULE", "SAMPLE_RED", "ZEBRA", "LineBlock",
    "ReportInfo", "ReportStyles", "build_pdf", "cell", "checkpoint", "column_widths", "cover_page",
    "currency_decimals", "data_table", "deferred", "esc", "fit_lines", "fit_text", "heading", "key_value_table",
    "long_date", "mm", "money", "number", "paragraph", "signature_block", "styles", "utc_stamp", "wrap_text",
]


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
    register_fonts()
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
    return paragraph(esc(text), _cell_style(size or styles().cell.fontSize, bold))


@cache
def _cell_style(size: float, bold: bool, *, colour: str = "", right: bool = False) -> ParagraphStyle:
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


# --- flowables ---------------------------------------------------------------


class _Heading(Paragraph):
    """A heading that bookmarks its own position and adds an outline entry."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str | None, level: int, outline: bool,
                 closed: bool) -> None:
        super().__init__(esc(text), style)
        self._plain = text
        self._key = key
        self._level = level
        self._outline = outline
        self._closed = closed

    def draw(self) -> None:
        super().draw()
        if self._key is None:
            return
        canv = self.canv
        canv.bookmarkHorizontal(self._key, 0, self.height + self.style.spaceBefore)
        if self._outline:
            canv.addOutlineEntry(self._plain, self._key, level=self._level, closed=self._closed)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        # A heading never splits: a half heading with a bookmark on each half is worse than a move.
        return []


def heading(text: str, *, level: int, key: str | None = None, outline: bool = True,
            closed: bool = True) -> Flowable:
    """A heading (level 0 = h1, 1 = h2, 2 = h3); with a `key` it is a bookmark and outline entry."""
    st = styles()
    style = (st.h1, st.h2, st.h3)[min(level, 2)]
    if needs_fallback(text):
        bookmark = (key, text, level, closed) if key is not None and outline else None
        return ScriptParagraph([(text, style.fontName)], style, bookmark=bookmark, keep_whole=True)
    return _Heading(text, style, key=key, level=level, outline=outline, closed=closed)


def _table_style(*, font_size: float, rows: int, zebra: bool, total_row: bool,
                 numeric_columns: Iterable[int], header: bool = True) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size, font_size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, font_size, font_size * 1.25),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ]
    first = 1 if header else 0
    if zebra and rows > first:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row:
        commands += [("FONT", (0, -1), (-1, -1), FONT_BOLD, font_size, font_size * 1.25),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.75, INK)]
    return commands


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], *, col_widths: Sequence[float],
               numeric_columns: Iterable[int] = (), zebra: bool = True, font_size: float = 8,
               total_row: bool = False, span_commands: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A table with a bold coloured header row that repeats on each page, zebra rows, numbers right.

    Plain ``str`` cells are fastest: each is broken into lines that fit its column (``fit_lines``),
    so no text ever runs into its neighbour, the header's included; ``cell(text, size=font_size)``
    is a wrapping paragraph where markup is wanted. `total_row` makes the last row bold with a rule
    above. `span_commands` are extra TableStyle commands (SPAN, BACKGROUND...) appended last.
    """
    widths = list(col_widths)
    last = len(rows)
    numeric = set(numeric_columns)
    data = [_fitted(header, widths, bold=True, size=font_size, colour="#FFFFFF", numeric=numeric),
            *[_fitted(row, widths, bold=total_row and index == last, size=font_size, numeric=numeric)
              for index, row in enumerate(rows, start=1)]]
    style = _table_style(font_size=font_size, rows=len(data), zebra=zebra, total_row=total_row,
                         numeric_columns=numeric)
    style.extend(span_commands)
    # splitInRow: a row taller than a page (a huge imported text in a cell) splits instead of failing.
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def key_value_table(pairs: Sequence[tuple[str, Any]], *, col_widths: Sequence[float] | None = None,
                    font_size: float = 8) -> Table:
    """Label/value rows (labels bold, muted); values may be str or flowables. Two pairs per row
    when four column widths are given."""
    widths = list(col_widths or (35 * mm, CONTENT_WIDTH - 35 * mm))
    per_row = len(widths) // 2
    data: list[list[Any]] = []
    for start in range(0, len(pairs), per_row):
        row: list[Any] = []
        for label, value in pairs[start:start + per_row]:
            row += [label, value]
        row += [""] * (len(widths) - len(row))
        labels = _fitted(row[0::2], widths[0::2], bold=True, size=font_size, colour="#" + MUTED.hexval()[2:])
        values = _fitted(row[1::2], widths[1::2], bold=False, size=font_size)
        data.append([cell for pair in zip(labels, values, strict=True) for cell in pair])
    commands = _table_style(font_size=font_size, rows=len(data), zebra=False, total_row=False,
                            numeric_columns=(), header=False)
    for column in range(0, len(widths), 2):
        commands += [("FONT", (column, 0), (column, -1), FONT_BOLD, font_size, font_size * 1.25),
                     ("TEXTCOLOR", (column, 0), (column, -1), MUTED)]
    commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE))
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table




def _fitted(row: Sequence[Any], widths: Sequence[float | None], *, bold: bool, size: float, colour: str = "",
            numeric: Iterable[int] = ()) -> list[Any]:
    """A row ready to draw: plain strings broken into lines that fit their columns (fast), text a
    table cannot draw in one font (Thai, Lao, Khmer, Myanmar) as a ``ScriptParagraph`` cell of the
    same size, colour and alignment (it breaks at word boundaries itself), flowables as they are."""
    font = FONT_BOLD if bold else FONT
    right = set(numeric)
    out: list[Any] = []
    for column, (value, width) in enumerate(zip(row, widths, strict=False)):
        if isinstance(value, str) and value:
            if needs_fallback(value):
                value = paragraph(esc(value), _cell_style(size, bold, colour=colour, right=column in right))
            elif width is not None:
                value = fit_lines(value, width - CELL_PADDING, font=font, size=size)
        out.append(value)
    out += row[len(out):]
    return out


def _draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float, *,
               right: bool = False) -> None:
    """Draw `text` at (x, y) on the canvas, run by run in the fonts it needs; `right` aligns its end at x."""
    if right:
        x -= text_width(text, font, size)
    text_object = ShapingTextObject(canv, x, y)
    draw_runs(text_object, text, font, size)
    canv.drawText(text_object)


def cover_page(info: ReportInfo, *, lines: Sequence[tuple[str, str]], note: str = "") -> list[Flowable]:
    """The cover: title, subtitle lines as a label/value block, sample banner, note; then a page
    break into the body template. Use as the first flowables of a ``build_pdf(..., cover=True)`` story."""
    st = styles()
    story: list[Flowable] = [Spacer(1, 45 * mm), Paragraph("ASEAN Smart Cities Network", st.subtitle),
                             paragraph(esc(info.title), st.title)]
    if info.sample:
        story.append(Paragraph("SAMPLE DATA — illustrative, not an official plan", st.banner))
    story.append(Spacer(1, 10 * mm))
    story.append(key_value_table(list(lines), col_widths=(40 * mm, CONTENT_WIDTH - 40 * mm), font_size=11))
    if note:
        story += [Spacer(1, 12 * mm), paragraph(esc(note), st.small)]
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def signature_block(*, signer_name: str, signer_fingerprint: str, generated_at: datetime,
                    statement: str = "") -> list[Flowable]:
    """A framed block naming the signer and the key fingerprint, kept on one page:
    it starts a new page unless 50 mm are left on this one."""
    value_width = CONTENT_WIDTH - 35 * mm - CELL_PADDING
    rows: list[tuple[str, Any]] = [
        (_("Signed by"), cell(signer_name or _("(not signed)"), bold=True)),
        # Printed large and bold (the reader compares it by phone): fitted in that type, not the table's.
        (_("Key fingerprint"), fit_lines(signer_fingerprint, value_width, font=FONT_BOLD, size=10)
         if signer_fingerprint else "—"),
        (_("Generated"), utc_stamp(generated_at)),
    ]
    if statement:
        rows.append((_("Statement"), cell(statement)))
    table = key_value_table(rows, col_widths=(35 * mm, CONTENT_WIDTH - 35 * mm), font_size=9)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, ACCENT),
                               ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                               ("FONT", (1, 1), (1, 1), FONT_BOLD, 10, 12.5)]))
    return [CondPageBreak(50 * mm), heading(_("Signature"), level=0, key="signature"), table]


class _Checkpoint(Flowable):
    """Zero-size flowable: during layout, stops the build if the user cancelled and reports progress."""

    def __init__(self, abort: threading.Event | None, progress: ProgressCallback | None, fraction: float,
                 message: str) -> None:
        super().__init__()
        self._abort = abort
        self._progress = progress
        self._fraction = fraction
        self._message = message
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        check(self._abort)  # raises Cancelled out of doc.build(); nothing has been written anywhere
        if self._progress is not None:
            self._progress(self._fraction, self._message)
        return 0, 0

    def draw(self) -> None:
        pass


def checkpoint(abort: threading.Event | None, *, progress: ProgressCallback | None = None,
               fraction: float = 0.0, message: str = "") -> Flowable:
    """A zero-size flowable that raises ``Cancelled`` when `abort` is set as layout reaches it, and
    reports `(fraction, message)` to `progress`. Sprinkle one every few dozen entries of a long story."""
    return _Checkpoint(abort, progress, fraction, message)


class _Deferred(Flowable):
    """A flowable made only when layout reaches it and let go once drawn (see ``deferred``)."""

    def __init__(self, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self._make = make
        self._made: Flowable | None = None

    def _flowable(self) -> Flowable:
        if self._made is None:
            self._made = self._make()
        return self._made

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self._flowable().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = self._flowable().split(availWidth, availHeight)
        return parts  # the parts take this one's place in the story

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self._flowable().getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self._flowable().getSpaceAfter())

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        made, self._made = self._flowable(), None  # drawn once; nothing keeps it afterwards
        made.drawOn(canvas, x, y, _sW)


def deferred(make: Callable[[], Flowable]) -> Flowable:
    """The flowable `make()` returns, made only when layout reaches it and let go once drawn: a story of
    thousands of entries (the compact projects of a large plan) then never exists all at once."""
    return _Deferred(make)


# --- document ----------------------------------------------------------------


def _page_decorations(info: ReportInfo):  # type: ignore[no-untyped-def]
    fitted: dict[tuple[str, float, float], str] = {}  # header and footer, fitted once (the same on every page)

    def fit(text: str, width: float, size: float) -> str:
        key = (text, width, size)
        if key not in fitted:
            fitted[key] = fit_text(text, width, size=size)
        return fitted[key]

    def on_body_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = PAGE_SIZE
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, height - 13 * mm, width - MARGIN_X, height - 13 * mm)
        canv.line(MARGIN_X, 12 * mm, width - MARGIN_X, 12 * mm)
        canv.setFont(FONT_BOLD, 8)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN_X, height - 11.5 * mm, "ASCN")
        canv.setFillColor(MUTED)
        _draw_text(canv, width - MARGIN_X, height - 11.5 * mm,
                   fit(info.header or info.title, CONTENT_WIDTH - 45 * mm, 8), FONT, 8, right=True)
        if info.sample:
            canv.setFont(FONT_BOLD, 8)
            canv.setFillColor(SAMPLE_RED)
            canv.drawString(MARGIN_X + 12 * mm, height - 11.5 * mm, "SAMPLE DATA")
        canv.setFillColor(MUTED)
        _draw_text(canv, MARGIN_X, 8 * mm, fit(info.footer, CONTENT_WIDTH - 32 * mm, 7.5), FONT, 7.5)
        canv.restoreState()
        canv._ascn_numbered = True  # read by _NumberedCanvas.save

    return on_body_page


class _NumberedCanvas(Canvas):
    """Defers each page until the end so that "Page X of Y" knows Y in a single layout pass."""

    _PAGES_KEPT_AS_TEXT = 400  # a 1,200-project plan's compact pages

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ascn_pages: list[dict[str, Any]] = []
        self._ascn_numbered = False

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> ShapingTextObject:  # noqa: N802
        return ShapingTextObject(self, x, y, direction=direction)  # see shaping: reportlab's setRise, fixed

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        state = dict(self.__dict__)
        if self._code:  # the page's drawing as one string until it is added: far fewer objects held
            drawing = "\n".join(self._code)  # (reportlab joins the page's code with newlines too)
            # A long report's pages wait compressed (about a sixth of the size; a 5,000-project plan's
            # 1,700 pages would hold 18 MiB), a short one's as text (compressing costs a little time).
            state["_code"] = zlib.compress(drawing.encode("utf-8"), 1) \
                if len(self._ascn_pages) >= self._PAGES_KEPT_AS_TEXT else [drawing]
        self._ascn_pages.append(state)
        self._startPage()
        self._ascn_numbered = False
        # The document names pages by this counter when they are really added (in save); bookmarks
        # made while laying out the next page must already refer to that page, not to page 1.
        self._doc.pageCounter += 1

    def save(self) -> None:
        pages = self._ascn_pages
        total = len(pages)
        self._doc.pageCounter = 1  # the real pages are added now, in order, from the first
        for number in range(1, total + 1):
            state, pages[number - 1] = pages[number - 1], {}  # its drawing moves into the document's page
            if isinstance(state["_code"], bytes):
                state["_code"] = [zlib.decompress(state["_code"]).decode("utf-8")]
            self.__dict__.update(state)
            if state.get("_ascn_numbered"):
                self.saveState()
                self.setFillColor(MUTED)
                _draw_text(self, PAGE_SIZE[0] - MARGIN_X, 8 * mm, _("Page {0} of {1}").format(number, total), FONT,
                           7.5, right=True)
                self.restoreState()
            Canvas.showPage(self)
            _encode_page_stream(self._doc.Pages.pages[-1])
        Canvas.save(self)


class _Encoded:
    """A stream filter whose work is already done: names the filter, leaves the content as it is."""

    def __init__(self, pdfname: str) -> None:
        self.pdfname = pdfname

    def encode(self, content: bytes) -> bytes:
        return content


def _encode_page_stream(page: pdfdoc.PDFPage) -> None:
    """Compress a page's content now rather than when the whole file is written (PDFPage.check_format
    and PDFStream.format, whose steps and filters these are, give the same bytes): until then a
    5,000-project plan's pages would be held as 18 MiB of text instead of 5 MiB."""
    if page.Override_default_compilation or page.Contents or not page.stream or not page.compression:
        return  # left for reportlab to do as usual
    filters = [pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85 else [pdfdoc.PDFZCompress]
    content = page.stream
    for step in reversed(filters):
        content = step.encode(content)
    contents = pdfdoc.PDFStream(content=content, filters=[_Encoded(step.pdfname) for step in filters])
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = ""


def build_pdf(story: list[Flowable], info: ReportInfo, *, cover: bool = True) -> bytes:
    """Lay out `story` on A4 pages and return the PDF bytes (deterministic for the same input)."""
    styles()  # fonts registered before any flowable is measured
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=info.title, author=info.author, subject=info.subject,
        keywords=info.keywords, creator="ASCN Desktop", producer="ASCN Desktop (ReportLab)",
        invariant=1, initialFontName=FONT, lang="en",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body = PageTemplate(id="body", frames=[frame], onPage=_page_decorations(info))
    templates = [body]
    if cover:
        templates.insert(0, PageTemplate(id="cover", frames=[frame]))
    doc.addPageTemplates(templates)
    stamp = info.generated_at if info.generated_at.tzinfo else info.generated_at.replace(tzinfo=UTC)
    pdf_date = stamp.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        canv = _NumberedCanvas(*args, **kwargs)
        canv.setDateFormatter(lambda *_ignored: pdf_date)  # the PDF's dates are the report's
        canv.showOutline()
        return canv

    doc.build(story, canvasmaker=canvas_maker)
    return buffer.getvalue()
