"""Fast compact text for the PDF kit: `LineBlock`, rows of positioned text drawn with one PDF text object
(long annexes, the compact plan layout), and the helpers that size text to a width (`wrap_text`,
`fit_text`, `fit_lines`, `column_widths`). pdf_kit re-exports them (see its docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, line_leading, needs_fallback, text_width
from ascn_desktop.core.reports.line_breaks import clusters
from ascn_desktop.core.reports.script_paragraph import wrap_words
from ascn_desktop.core.reports.pdf_basics import CONTENT_WIDTH, CELL_PADDING, INK
from ascn_desktop.core.reports.text_writer import WIDTHS, TextWriter


_KEEP_WHOLE = 320.0  # points; a LineBlock up to this height is never split across pages


class LineBlock(Flowable):
    """A compact block of pre-positioned text rows, drawn with one PDF text object.

    For long annexes (hundreds of projects) where Tables and Paragraphs are too
    slow: no layout work at draw time, ~4 µs per string. Build it row by row::

        block = LineBlock(bookmark=("p-123", "P-001 · Title", 2))
        block.row([(0, "P-001 · Title")], bold=True, size=8.5, colour=ACCENT, band=ZEBRA)
        block.row([(0, "2021 Q3"), (40, "Done"), (120, "100 %", "R")])
        block.paragraph("Long text wrapped to the block's width…", colour=MUTED)

    A cell is ``(x, text)``, ``(x, text, "R")`` (right-aligned at x) or
    ``(x, text, align, size)`` (its own font size, e.g. to fit a huge number); x and
    size are numbers, text a ``str``. Text
    wider than the block is not clipped: callers fit it (``fit_text``). The
    block splits between rows at a page end; the bookmark stays with the first
    part. ``bookmark`` is ``(key, outline title, outline level)`` or None.
    """

    def __init__(self, *, width: float = CONTENT_WIDTH,
                 bookmark: tuple[str, str, int] | None = None, space_after: float = 4.0) -> None:
        super().__init__()
        self.width = width
        self._bookmark = bookmark
        self._space_after = space_after
        # rows: (height, font, size, colour, band, cells, holds script text) with cells (x, text, align, size)
        self._rows: list[tuple[float, str, float, Any, Any, list[tuple[float, str, str, float]], bool]] = []
        self.height = 0.0

    def row(self, cells: Sequence[tuple[Any, ...]], *, bold: bool = False, size: float = 7.5,
            colour: Any = INK, band: Any = None, leading: float | None = None) -> None:
        """Add one row of cells; `band` fills the row's background."""
        height = leading or size * 1.3
        # Cells of a large plan number in the hundreds of thousands: complete only those that need it.
        normal = [c if len(c) == 4 else (c[0], c[1], c[2] if len(c) > 2 else "L", size) for c in cells]
        joined = " ".join([c[1] for c in normal])
        script = needs_fallback(joined)
        if script:
            height = line_leading(joined, size, height)
        self._rows.append((height, FONT_BOLD if bold else FONT, size, colour, band, normal, script))
        self.height += height

    def paragraph(self, text: str, *, bold: bool = False, size: float = 7.5, colour: Any = INK,
                  indent: float = 0.0, separator: str = " ") -> None:
        """Add `text` wrapped greedily at `separator` to the block's width (one row per line)."""
        font = FONT_BOLD if bold else FONT
        for line in wrap_text(text, self.width - indent, font=font, size=size, separator=separator):
            self.row([(indent, line)], bold=bold, size=size, colour=colour)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self._space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self.height <= _KEEP_WHOLE:
            return []  # small blocks move to the next page whole rather than tear
        used = 0.0
        count = 0
        for row in self._rows:
            if used + row[0] > availHeight:
                break
            used += row[0]
            count += 1
        if count == 0 or count == len(self._rows):
            return []
        first = LineBlock(width=self.width, bookmark=self._bookmark, space_after=0)
        rest = LineBlock(width=self.width, space_after=self._space_after)
        first._rows, rest._rows = self._rows[:count], self._rows[count:]
        first.height = used
        rest.height = self.height - used
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        if self._bookmark is not None:
            key, title, level = self._bookmark
            canv.bookmarkHorizontal(key, 0, self.height)
            canv.addOutlineEntry(title, key, level=level, closed=True)
        top = self.height
        bands = []
        y = top
        for height, _font, _size, _colour, band, _cells, _script in self._rows:
            y -= height
            if band is not None:
                bands.append((y, height, band))
        for y_band, height, band in bands:
            canv.setFillColor(band)
            canv.rect(0, y_band, self.width, height, stroke=0, fill=1)
        text = PDFTextObject(canv)
        writer = TextWriter(canv, text)
        current_colour: Any = None
        y = top
        for height, font, size, colour, _band, cells, script in self._rows:
            y -= height
            if colour is not current_colour:
                writer.fill(colour)
                current_colour = colour
            writer.line(y + (height - size) / 2 + size * 0.22, font, cells, script=script)
        canv.drawText(text)


def wrap_text(text: str, width: float, *, font: str = FONT, size: float = 7.5,
              separator: str = " ") -> list[str]:
    """`text` broken at `separator` into lines no wider than `width` points.

    A piece wider than the line (a long word, or a long item when wrapping at
    a separator such as " · ") is itself wrapped at spaces. Text in Thai, Lao,
    Khmer or Myanmar script is wrapped where ICU allows a break instead (word
    boundaries, see ``script_paragraph``).
    """
    if needs_fallback(text):
        return wrap_words(text, width, font, size)
    measure = pdfmetrics.stringWidth  # no script text here: one font, widths add up piece by piece
    gap = measure(separator, font, size)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if measure(paragraph, font, size) <= width:  # most texts fit on one line
            lines.append(paragraph)
            continue
        line, used = "", 0.0
        for piece in paragraph.split(separator):
            piece_width = measure(piece, font, size)
            candidate_width = used + gap + piece_width if line else piece_width
            if abs(candidate_width - width) < 1e-6:  # a sum of widths may round differently: measure it
                candidate_width = measure(f"{line}{separator}{piece}" if line else piece, font, size)
            if candidate_width <= width:
                line = f"{line}{separator}{piece}" if line else piece
                used = candidate_width
                continue
            if line:
                lines.append(line)
            if separator != " " and piece_width > width:
                *full, line = wrap_text(piece, width, font=font, size=size)
                lines.extend(full)
                used = measure(line, font, size)
            else:
                line, used = piece, piece_width
        lines.append(line)
    return lines


def fit_text(text: str, width: float, *, font: str = FONT, size: float = 7.5) -> str:
    """`text` cut with an ellipsis to fit `width` points (between grapheme clusters)."""
    if text_width(text, font, size) <= width:
        return text
    if needs_fallback(text):
        kept = ""
        for cluster in clusters(text):
            if text_width(kept + cluster + "…", font, size) > width:
                break
            kept += cluster
        return kept + "…"
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def _measure(text: str, font: str, size: float) -> float:
    """`text_width`, remembered: table cells repeat (codes, statuses, focus areas, countries)."""
    return WIDTHS[font, size, text]


# A word wider than its column breaks after one of these, if it has one ("K7QX-M2PA-…", "a/b").
_BREAK_AFTER = re.compile(r"[^-/,_.·]+[-/,_.·]*|[-/,_.·]+")


def fit_lines(text: str, width: float, *, font: str = FONT, size: float = 7.5) -> str:
    """`text` with line breaks (``\\n``) where it must break to be no wider than `width` points.

    Broken at spaces; a word wider than the line after a hyphen, slash, comma or point inside it,
    else between characters (grapheme clusters), so nothing is ever cut and nothing overflows.
    Text that fits comes back unchanged (the common case costs one measurement)."""
    if "\n" not in text and _measure(text, font, size) <= width:
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_words(paragraph, max(width, size), font, size)
    return "\n".join(lines)


def _wrap_words(paragraph: str, width: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        candidate = f"{line} {word}" if line else word
        if _measure(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        for piece in _word_pieces(word, width, font, size):
            if line and _measure(line + piece, font, size) > width:
                lines.append(line)
                line = piece
            else:
                line += piece
    lines.append(line)
    return lines


def _word_pieces(word: str, width: float, font: str, size: float) -> list[str]:
    """`word` in pieces no wider than `width`: split after its punctuation, then between clusters."""
    if _measure(word, font, size) <= width:
        return [word]
    pieces: list[str] = []
    for part in _BREAK_AFTER.findall(word):
        if _measure(part, font, size) <= width:
            pieces.append(part)
            continue
        chunk = ""
        for cluster in clusters(part):
            if chunk and _measure(chunk + cluster, font, size) > width:
                pieces.append(chunk)
                chunk = ""
            chunk += cluster
        pieces.append(chunk)
    return pieces


def column_widths(header: Sequence[str], rows: Sequence[Sequence[Any]], *, total: float = CONTENT_WIDTH,
                  font_size: float = 8, stretch: bool = True, total_row: bool = False) -> list[float]:
    """Column widths (points) for `header` and plain-text `rows` that fit in `total` points.

    Each column asks for its widest text (header in bold); when they do not all fit, the widest
    columns are narrowed to a common width, never below their longest word (so long titles wrap
    and short codes, years and amounts stay on one line); only when even the longest words do not
    fit is every column narrowed. With `stretch`, a table that fits is widened to `total` in
    proportion."""
    count = len(header)
    natural = [0.0] * count
    minimum = [0.0] * count
    for column, title in enumerate(header):
        natural[column] = _measure(title, FONT_BOLD, font_size)
        minimum[column] = max((_measure(word, FONT_BOLD, font_size) for word in title.split()), default=0.0)
    for index, row in enumerate(rows, start=1):
        font = FONT_BOLD if total_row and index == len(rows) else FONT  # a total row is bold
        for column, value in enumerate(row[:count]):
            text = value if isinstance(value, str) else ""
            if not text:
                continue
            full = max(_measure(line, font, font_size) for line in text.split("\n"))
            if full > natural[column]:
                natural[column] = full
            if full > minimum[column]:  # the longest word only matters when the whole text is longer
                longest = max(_measure(word, font, font_size) for word in text.split())
                minimum[column] = max(minimum[column], longest)
    natural = [width + CELL_PADDING + 1 for width in natural]
    minimum = [width + CELL_PADDING + 1 for width in minimum]
    wanted = sum(natural)
    if wanted <= total:
        return [width * total / wanted for width in natural] if stretch and wanted > 0 else natural
    if sum(minimum) > total:
        return [m * total / sum(minimum) for m in minimum]

    def capped(cap: float) -> list[float]:
        return [max(m, min(n, cap)) for n, m in zip(natural, minimum, strict=True)]

    low, high = 0.0, max(natural)  # the widest cap that fits: only the longest texts wrap
    for _step in range(40):
        middle = (low + high) / 2
        if sum(capped(middle)) <= total:
            low = middle
        else:
            high = middle
    widths = capped(low)
    spare = total - sum(widths)  # what the search left, to the columns that were capped
    wrapped = [index for index, (width, n) in enumerate(zip(widths, natural, strict=True)) if width < n]
    for index in wrapped:
        widths[index] += spare / len(wrapped)
    return widths
