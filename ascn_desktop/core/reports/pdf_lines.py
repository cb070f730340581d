"""Fast compact text for the PDF kit: `LineBlock`, rows of positioned text drawn with one PDF text object
(long annexes, the compact plan layout), and the helpers that size text to a width (`wrap_text`,
`fit_text`, `fit_lines`, `column_widths`). pdf_kit re-exports them (see its docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from ascn_desktop.core.i18n import _
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD, draw_runs, line_leading, needs_fallback, text_width
from ascn_desktop.core.reports.line_breaks import clusters
from ascn_desktop.core.reports.script_paragraph import wrap_spans
from ascn_desktop.core.reports.shaping import ShapingTextObject
from ascn_desktop.core.reports.pdf_basics import ACCENT, CONTENT_WIDTH, CELL_PADDING, INK, MUTED, ZEBRA, Remembered


_KEEP_WHOLE = 320.0  # points; a LineBlock up to this height is never split across pages
# String widths of right-aligned LineBlock cells, shared by all blocks; bounded so a huge report
# cannot grow it without limit (cleared when full). A width depends only on font, size and text.
_WIDTHS: Remembered[tuple[str, float, str], float] = Remembered(lambda key: text_width(key[2], key[0], key[1]))


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
        text = ShapingTextObject(canv)
        plain = PlainText(canv, text)
        widths = _WIDTHS
        current_colour: Any = None
        y = top
        for height, font, size, colour, _band, cells, script in self._rows:
            y -= height
            baseline = y + (height - size) / 2 + size * 0.22
            if colour is not current_colour:
                plain.fill(colour)
                current_colour = colour
            if not script:
                plain.line(baseline, font, cells)
                continue
            for x, content, align, cell_size in cells:
                if not content:
                    continue
                if align == "R":
                    x -= widths[font, cell_size, content]
                if needs_fallback(content):  # Thai, Lao, Khmer or Myanmar runs: shaped, in their fonts
                    plain.move_to(x, baseline)
                    text.setFont(font, cell_size)
                    draw_runs(text, content, font, cell_size)
                    plain.forget_font()
                else:
                    plain.line(baseline, font, [(x, content, "L", cell_size)])
        canv.drawText(text)


# Coordinates as PDF numbers: the columns and row positions of a report repeat on every page.
_NUMBERS: Remembered[float, str] = Remembered(fp_str)


def _pdf_number(value: float) -> str:
    return _NUMBERS[value]


class PlainText:
    """Writes the PDF operators of text without Thai, Lao, Khmer or Myanmar script into a text object
    directly: a line of a report is one font selection (when it changes), one position and one
    string, the string encoded once per document.

    reportlab's ``textOut`` measures every string it draws (to advance its cursor, which a report
    positioning each line never reads) and looks up the font and its state on each call; for the
    hundred thousand short strings of a large plan that is most of the drawing time. The encoding
    of a string into the document's font subsets is the one reportlab makes (``splitString``); it
    never changes within a document once made, so short strings, which repeat (numbers, years,
    labels), keep theirs for the next time.
    """

    _CACHED_CHARS = 32  # longer strings (titles, wrapped text) rarely repeat: not worth their memory

    def __init__(self, canv: Canvas, text: PDFTextObject) -> None:
        self._doc = canv._doc
        self._escape = canv._escape
        self._text = text
        self._code: list[str] = text._code
        cache: dict[tuple[str, str], tuple[tuple[str, str], ...]] | None = getattr(
            self._doc, "_ascn_plain_operators", None)
        if cache is None:
            cache = self._doc._ascn_plain_operators = {}
        self._cache = cache
        self._selected: tuple[str, float] | None = None
        first: dict[str, _FirstSubset] | None = getattr(self._doc, "_ascn_first_subsets", None)
        if first is None:
            first = self._doc._ascn_first_subsets = {}
        self._first_subsets = first

    def move_to(self, x: float, y: float) -> None:
        """Put the next string at (x, y) of the current coordinate system."""
        self._code.append(f"1 0 0 1 {_pdf_number(x)} {_pdf_number(y)} Tm")

    def fill(self, colour: Any) -> None:
        """The fill colour of the text that follows (an RGB ``Color`` written directly, others by reportlab)."""
        if type(colour) is colors.Color and self._text._enforceColorSpace is None:
            self._code.append(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
        else:
            self._text.setFillColor(colour)

    def forget_font(self) -> None:
        """Another writer (reportlab, shaped text) selected fonts in between: select ours again."""
        self._selected = None

    def line(self, y: float, font: str, cells: Sequence[tuple[float, str, str, float]]) -> None:
        """Draw one line of cells `(x, text, align, size)` (no script characters) in `font` at baseline
        `y`: one position for the line, a relative move for each further cell. Empty cells are skipped;
        a cell aligned "R" ends at x."""
        cache, numbers, widths, cached_chars = self._cache, _NUMBERS, _WIDTHS, self._CACHED_CHARS
        selected = self._selected
        parts: list[str] = []
        origin: float | None = None
        for x, content, align, size in cells:
            if not content:
                continue
            if align == "R":
                x -= widths[font, size, content]  # mostly numbers that repeat: measured once
            if origin is None:
                parts.append(f"1 0 0 1 {numbers[x]} {numbers[y]} Tm")
            else:
                parts.append(f"{numbers[x - origin]} 0 Td")  # from the start of the cell before
            origin = x
            key = (font, content)
            segments = cache.get(key)
            if segments is None:
                segments = self._encode(font, content)
                if len(content) <= cached_chars:
                    cache[key] = segments
            for subset, literal in segments:
                if selected is None or selected[0] != subset or selected[1] != size:
                    selected = (subset, size)
                    parts.append(f"{subset} {numbers[size]} Tf")
                parts.append(literal)
        self._selected = selected
        if parts:
            self._code.append(" ".join(parts))

    def _encode(self, font: str, content: str) -> tuple[tuple[str, str], ...]:
        first = self._first_subsets.get(font)
        if first is not None:
            data = first.encode(content)
            if data is not None:
                return ((first.name, f"({self._escape(data)}) Tj"),) if data else ()
        face = pdfmetrics.getFont(font)
        doc, escape = self._doc, self._escape
        segments = tuple((face.getSubsetInternalName(subset, doc), f"({escape(chunk)}) Tj")
                         for subset, chunk in face.splitString(content, doc))
        if first is None and font not in self._first_subsets:
            state = face.state.get(doc) if hasattr(face, "state") else None  # a TrueType font, now in use
            if state is not None:
                self._first_subsets[font] = _FirstSubset(state.assignments, face.getSubsetInternalName(0, doc))
        return segments


class _FirstSubset:
    """The characters a TrueType font has placed in its first subset (codes below 256) in one
    document, to encode strings made only of them without reportlab's loop over characters.

    ``TTFont.splitString`` gives every new character the next code, in subsets of 256, and never
    changes a code once given (its ``assignments`` only grow, in order); a string whose characters
    all have codes in subset 0 is therefore that subset's bytes for them, one each, which is what
    ``str.translate`` makes at C speed. A character not yet seen, or in a later subset, sends the
    string back to reportlab (``encode`` returns None).
    """

    def __init__(self, assignments: dict[int, int], name: str) -> None:
        self._assignments = assignments  # reportlab's own, read as it grows
        self._seen = 0
        self._table: dict[int, int] = {}
        self._known: set[str] = set()
        self.name = name  # the subset's font name in the PDF (as getSubsetInternalName gives it)

    def encode(self, text: str) -> bytes | None:
        """The bytes of `text` in subset 0, or None when some character is not (yet) there."""
        assignments = self._assignments
        if len(assignments) != self._seen:
            for code, number in islice(assignments.items(), self._seen, None):
                if number < 256:
                    self._table[code] = number
                    self._known.add(chr(code))
                    if code == 32:  # reportlab draws a no-break space as a space
                        self._table[0xA0] = number
                        self._known.add("\xa0")
            self._seen = len(assignments)
        if not self._known.issuperset(text):
            return None
        return text.translate(self._table).encode("latin-1")


def wrap_text(text: str, width: float, *, font: str = FONT, size: float = 7.5,
              separator: str = " ") -> list[str]:
    """`text` broken at `separator` into lines no wider than `width` points.

    A piece wider than the line (a long word, or a long item when wrapping at
    a separator such as " · ") is itself wrapped at spaces. Text in Thai, Lao,
    Khmer or Myanmar script is wrapped where ICU allows a break instead (word
    boundaries, see ``script_paragraph``).
    """
    if needs_fallback(text):
        return ["".join(piece for piece, _ in line) for line in wrap_spans([(text, font)], width, size)]
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
    return _WIDTHS[font, size, text]


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
