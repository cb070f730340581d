"""A paragraph flowable for text in Thai, Lao, Khmer or Myanmar script (mixed with Latin or not).

reportlab's ``Paragraph`` breaks lines only at spaces and joins its words with
a space, so it cannot set a language that writes no spaces between words, and
its shaped drawing loses the text a reader copies. ``ScriptParagraph`` lays a
text out line by line at the breaks ICU allows (``line_breaks.pieces``), a
word wider than the line broken between grapheme clusters only, and draws
each line run by run with the script runs shaped (``text_writer``).

It understands the little markup the reports write (``<b>…</b>``, ``<br/>``
and the escaped ``&amp; &lt; &gt;``), so ``pdf_kit.paragraph`` can hand it
the same markup it would give a ``Paragraph``. Text without a script character
keeps the plain ``Paragraph`` (faster, and justified as before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from reportlab.pdfgen.textobject import PDFTextObject

from ascn_desktop.core.reports.fonts import FONT_BOLD, line_leading, piece_width, text_width
from ascn_desktop.core.reports.line_breaks import clusters, pieces, remember
from ascn_desktop.core.reports.pdf_basics import Remembered, unescape
from ascn_desktop.core.reports.text_writer import TextWriter

__all__ = ["ScriptParagraph", "spans_from_markup", "wrap_spans", "wrap_words"]

Span = tuple[str, str]  # (text, font name)
Line = list[Span]


def _widths(font: str, size: float, text: str) -> tuple[float, float]:
    stripped = text.rstrip()
    full = piece_width(text, font, size)
    return full, full if stripped == text else piece_width(stripped, font, size)


# (font, size) -> piece -> (width, width without the spaces it ends with): the pieces a line is built from
# are words, which repeat, so each is measured once (shaped, for script text) however often it is laid out.
# A piece is measured whole, as it is drawn: the line it ends up in is remembered with its pieces. One memo
# per font and size, so that a piece is looked up by itself (its hash is kept with the str).
_PIECE_WIDTHS: Remembered[tuple[str, float], Remembered[str, tuple[float, float]]] = Remembered(
    lambda key: Remembered(partial(_widths, *key)))

_TAGS = re.compile(r"(<b>|</b>|<br\s*/>)")


def spans_from_markup(markup: str, font: str) -> list[Span]:
    """The (text, font) spans of Paragraph markup holding only ``<b>``, ``</b>`` and ``<br/>``."""
    spans: list[Span] = []
    bold = False
    for token in _TAGS.split(markup):
        if token == "<b>":
            bold = True
        elif token == "</b>":
            bold = False
        elif token.startswith("<br"):
            spans.append(("\n", font))
        elif token:
            spans.append((unescape(token), FONT_BOLD if bold else font))
    return spans


def _cut(spans: Sequence[Span], start: int, end: int, starts: Sequence[int]) -> Line:
    """The part [start, end) of the joined spans text, as spans."""
    out: Line = []
    for (text, font), offset in zip(spans, starts, strict=True):
        low, high = max(start, offset), min(end, offset + len(text))
        if low < high:
            out.append((text[low - offset:high - offset], font))
    return out


def _width(line: Line, size: float) -> float:
    return sum(text_width(text, font, size) for text, font in line)


def _strip_end(line: Line) -> Line:
    """`line` without the spaces it ends with (they do not count against the width)."""
    while line:
        text, font = line[-1]
        stripped = text.rstrip()
        if stripped:
            return [*line[:-1], (stripped, font)]
        line = line[:-1]
    return line


def _merge(line: Line, *, remembered: bool = False) -> Line:
    """`line` with successive spans in the same font joined; `remembered`: each span of `line` is a piece
    of the paragraph (or the part of one in a font), kept as the pieces of the joined span's text."""
    merged: Line = []
    cuts: list[list[str]] = []
    for text, font in line:
        if merged and merged[-1][1] == font:
            merged[-1] = (merged[-1][0] + text, font)
            cuts[-1].append(text)
        else:
            merged.append((text, font))
            cuts.append([text])
    if remembered:
        for (text, _font), cut in zip(merged, cuts, strict=True):
            remember(text, tuple(cut))
    return merged


def wrap_spans(spans: Sequence[Span], width: float, size: float) -> list[Line]:
    """Lines no wider than `width` points, broken only where ICU allows (or, for a word wider than the
    line, between grapheme clusters); a newline always ends a line."""
    text = "".join(piece for piece, _ in spans)
    starts, offset = [], 0
    for piece, _ in spans:
        starts.append(offset)
        offset += len(piece)
    lines: list[Line] = []
    position = 0
    for hard_line in text.split("\n"):
        current: Line = []
        used = 0.0
        for piece in pieces(hard_line):
            part = _cut(spans, position, position + len(piece), starts)
            position += len(piece)
            full, fitted = _part_widths(part, size)
            if current and used + fitted > width:
                lines.append(_merge(_strip_end(current), remembered=True))
                current, used = [], 0.0
            if not current and fitted > width:  # one word wider than the line: break between clusters
                *done, current = _split_clusters(part, width, size)
                lines.extend(done)
                used = _width(current, size)
                continue
            current += part
            used += full
        lines.append(_merge(_strip_end(current), remembered=True))
        position += 1  # the newline
    return lines


def _part_widths(part: Line, size: float) -> tuple[float, float]:
    """A piece's width, and its width without the spaces it ends with (which do not count at a line's end)."""
    widths = [_PIECE_WIDTHS[font, size][text] for text, font in part]
    full = sum(whole for whole, _ in widths)
    for index in range(len(part) - 1, -1, -1):
        if part[index][0].rstrip():  # the last span with more than spaces: stripped, those before whole
            return full, sum(whole for whole, _ in widths[:index]) + widths[index][1]
    return full, 0.0


def wrap_words(text: str, width: float, font: str, size: float) -> list[str]:
    """`wrap_spans` for a text in one font (the lines as strings): each piece measured once, through the
    cache, and no spans to cut."""
    widths = _PIECE_WIDTHS[font, size]
    lines: list[str] = []
    for hard_line in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for piece in pieces(hard_line):
            full, fitted = widths[piece]
            if current and used + fitted > width:
                lines.append(_line_of(current))
                current, used = [], 0.0
            if not current and fitted > width:  # one word wider than the line: break between clusters
                *done, last = ["".join(text for text, _ in line) for line in _split_clusters([(piece, font)], width, size)]
                lines.extend(done)
                current, used = [last], text_width(last, font, size)
                continue
            current.append(piece)
            used += full
        lines.append(_line_of(current))
    return lines


def _line_of(cut: list[str]) -> str:
    """The line made of the pieces `cut` without the spaces it ends with, remembered with its pieces (it is
    drawn piece by piece: see ``line_breaks.remember``)."""
    while cut and not cut[-1].rstrip():
        cut.pop()
    if not cut:
        return ""
    cut[-1] = cut[-1].rstrip()
    line = "".join(cut)
    remember(line, tuple(cut))
    return line


def _split_clusters(part: Line, width: float, size: float) -> list[Line]:
    lines: list[Line] = []
    current: Line = []
    used = 0.0
    for text, font in part:
        for cluster in clusters(text):
            cluster_width = text_width(cluster, font, size)
            if current and used + cluster_width > width:
                lines.append(_merge(current))
                current, used = [], 0.0
            current.append((cluster, font))
            used += cluster_width
    lines.append(_merge(current))
    return lines


class ScriptParagraph(Flowable):
    """A wrapped paragraph whose script runs are shaped and broken at word boundaries (see module doc).

    With `bookmark` = (key, outline title, level, closed) it also marks its position and adds an
    outline entry, as a report heading does.
    """

    def __init__(self, spans: Sequence[Span], style: ParagraphStyle, *,
                 bookmark: tuple[str, str, int, bool] | None = None, keep_whole: bool = False) -> None:
        super().__init__()
        self.style = style
        self._spans = list(spans)
        self._bookmark = bookmark
        self._keep_whole = keep_whole
        self._lines: list[Line] = []
        self._wrapped_at: float | None = None
        self._leading = line_leading("".join(text for text, _ in self._spans), style.fontSize, style.leading)
        self.width = self.height = 0.0

    @classmethod
    def from_markup(cls, markup: str, style: ParagraphStyle, **kwargs: Any) -> ScriptParagraph:
        return cls(spans_from_markup(markup, style.fontName), style, **kwargs)

    def _layout(self, width: float) -> None:
        if self._wrapped_at != width:
            self._lines = wrap_spans(self._spans, width, self.style.fontSize)
            self._wrapped_at = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self._leading
        return self.width, self.height

    def minWidth(self) -> float:  # noqa: N802 - reportlab's name
        size = self.style.fontSize
        return max((text_width(piece.rstrip(), font, size) for text, font in self._spans for piece in pieces(text)),
                   default=0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._layout(availWidth)
        fitting = int(availHeight // self._leading)
        if self._keep_whole or fitting <= 0 or fitting >= len(self._lines):
            return []
        first = ScriptParagraph([], self.style, bookmark=self._bookmark)
        rest = ScriptParagraph([], self.style)
        first._lines, rest._lines = self._lines[:fitting], self._lines[fitting:]
        first._wrapped_at = rest._wrapped_at = availWidth
        first._leading = rest._leading = self._leading
        first._spans = [span for line in first._lines for span in [*line, ("\n", self.style.fontName)]][:-1]
        rest._spans = [span for line in rest._lines for span in [*line, ("\n", self.style.fontName)]][:-1]
        return [first, rest]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        size, leading = style.fontSize, self._leading
        if self._bookmark is not None:
            key, title, level, closed = self._bookmark
            canv.bookmarkHorizontal(key, 0, self.height + style.spaceBefore)
            canv.addOutlineEntry(title, key, level=level, closed=closed)
        text = PDFTextObject(canv)
        writer = TextWriter(canv, text)
        writer.fill(style.textColor)
        y = self.height - size - (leading - style.leading) / 2  # extra leading shared above and below
        for line in self._lines:
            x = 0.0
            if style.alignment in (TA_CENTER, TA_RIGHT):
                slack = self.width - _width(line, size)
                x = slack / 2 if style.alignment == TA_CENTER else slack
            writer.move_to(x, y)
            for piece, font in line:
                writer.runs(piece, font, size)
            y -= leading
        canv.drawText(text)
