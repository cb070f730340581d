"""The shared kit every ASCN PDF report is built with (reportlab platypus).

This module builds the document (pages, header and footer, "Page X of Y") and re-exports the rest of
the kit: ``pdf_text`` (report info, styles, text, money and dates), ``pdf_flowables`` (headings,
tables, cover, signature, checkpoints), ``pdf_lines`` (the fast compact text) and ``pdf_basics``.

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

import zlib
from datetime import UTC
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ascn_desktop.core.i18n import _
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, text_width
from ascn_desktop.core.reports.pdf_basics import (ACCENT, CONTENT_WIDTH, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X,
                                                  MUTED, PAGE_SIZE, RULE, SAMPLE_RED, ZEBRA)
from ascn_desktop.core.reports.pdf_flowables import (checkpoint, cover_page, data_table, deferred, draw_text,
                                                     heading, key_value_table, signature_block)
from ascn_desktop.core.reports.pdf_lines import LineBlock, column_widths, fit_lines, fit_text, wrap_text
from ascn_desktop.core.reports.pdf_text import (ReportInfo, ReportStyles, cell, currency_decimals, esc, long_date, money,
                                                number, paragraph, styles, utc_stamp)
from ascn_desktop.core.reports.shaping import ShapingTextObject

__all__ = [
    "ACCENT", "CONTENT_WIDTH", "INK", "MUTED", "PAGE_SIZE", "RULE", "SAMPLE_RED", "ZEBRA", "LineBlock",
    "ReportInfo", "ReportStyles", "build_pdf", "cell", "checkpoint", "column_widths", "cover_page",
    "currency_decimals", "data_table", "deferred", "esc", "fit_lines", "fit_text", "heading", "key_value_table",
    "long_date", "mm", "money", "number", "paragraph", "signature_block", "styles", "text_width", "utc_stamp",
    "wrap_text",
]


# --- document ----------------------------------------------------------------


def _page_decorations(info: ReportInfo):  # type: ignore[no-untyped-def]
    drawn: list[str] = []  # the header and footer as PDF operators, made on the first body page

    def draw(canv: Canvas) -> None:
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
        draw_text(canv, width - MARGIN_X, height - 11.5 * mm,
                  fit_text(info.header or info.title, CONTENT_WIDTH - 45 * mm, size=8), FONT, 8, right=True)
        if info.sample:
            canv.setFillColor(SAMPLE_RED)
            # In the reader's language and script, shaped, fitted into the 45 mm the header leaves free
            # (33 mm after "ASCN"; measured in the regular face, so a bold margin is kept).
            draw_text(canv, MARGIN_X + 12 * mm, height - 11.5 * mm, fit_text(_("SAMPLE DATA"), 28 * mm, size=8),
                      FONT_BOLD, 8)
        canv.setFillColor(MUTED)
        draw_text(canv, MARGIN_X, 8 * mm, fit_text(info.footer, CONTENT_WIDTH - 32 * mm, size=7.5), FONT, 7.5)
        canv.restoreState()

    def on_body_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        # Header and footer are the same on every body page, and every page starts from the same
        # graphics state (restored again at their end), with their characters' codes in the font
        # subsets given on the first: their operators are made once and repeated, the same bytes.
        if drawn:
            canv._code.extend(drawn)
        else:
            start = len(canv._code)
            draw(canv)
            drawn.extend(canv._code[start:])
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
                draw_text(self, PAGE_SIZE[0] - MARGIN_X, 8 * mm, _("Page {0} of {1}").format(number, total), FONT,
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
