"""The flowables of the PDF kit: headings, tables, the cover page, the signature block, checkpoints
and deferred blocks.

Re-exported by ``pdf_kit``; see its docstring for how reports use them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table,
                                TableStyle)

from ascn_desktop.core.i18n import _
from ascn_desktop.core.progress import ProgressCallback, check
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, needs_fallback, text_width
from ascn_desktop.core.reports.pdf_basics import ACCENT, CELL_PADDING, CONTENT_WIDTH, INK, MUTED, RULE, ZEBRA
from ascn_desktop.core.reports.pdf_lines import fit_lines
from ascn_desktop.core.reports.pdf_text import ReportInfo, cell, cell_style, esc, paragraph, styles, utc_stamp
from ascn_desktop.core.reports.script_paragraph import ScriptParagraph
from ascn_desktop.core.reports.shaping import ShapingTextObject
from ascn_desktop.core.reports.text_writer import draw_runs


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
        # A right-aligned number takes its column's whole padding on the right (the total stays
        # CELL_PADDING, which column widths count on): "2" never reads as one with a date left-aligned
        # in the next column ("2 2026-12-07").
        commands += [("ALIGN", (column, 0), (column, -1), "RIGHT"),
                     ("LEFTPADDING", (column, 0), (column, -1), 0),
                     ("RIGHTPADDING", (column, 0), (column, -1), CELL_PADDING)]
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
                value = paragraph(esc(value), cell_style(size, bold, colour=colour, right=column in right))
            elif width is not None:
                value = fit_lines(value, width - CELL_PADDING, font=font, size=size)
        out.append(value)
    out += row[len(out):]
    return out


def draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float, *,
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
        story.append(paragraph(esc(_("SAMPLE DATA — illustrative, not an official plan")), st.banner))
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

