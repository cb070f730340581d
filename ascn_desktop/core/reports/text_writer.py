"""PDF text operators written straight into a text object: `TextWriter` for the rows of a report
(``LineBlock``, ``ScriptParagraph``) and `draw_runs` for a single string.

reportlab's ``textOut`` measures every string it draws (to advance its cursor, which a report
positioning each line never reads) and looks up the font and its state on each call; for its
shaped text it also rebuilds the operators of every glyph. For the hundred thousand short strings
of a large plan that is most of the drawing time. A writer here puts down, per line, one position,
a font selection when it changes and each cell's operators, made once per document and reused:

* text without Thai, Lao, Khmer or Myanmar script: its bytes in the document's font subsets, the
  encoding reportlab makes (``splitString``), by ``str.translate`` when every character already
  has a code in the first subset (`_FirstSubset`);
* script text: piece by piece (``line_breaks.pieces``: a wrapped line's pieces are remembered from
  its paragraph, so nothing is segmented twice), each piece's script runs shaped whole
  (``shaping.shaped``, cached per process), their glyph operators (``shaping.glyph_operators``)
  kept per document and size; successive script runs in one font are wrapped in one
  marked-content span whose ``/ActualText`` is their text as typed (shaped glyphs are reordered
  and merged, so a reader copying the text or ``pdftotext`` would otherwise get the glyphs' order
  and private-use codes instead of the words).

These are the units ``fonts.text_width`` measures, so what is drawn is exactly as wide as what
was measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ascn_desktop.core.reports.fonts import SCRIPT_FONTS, font_runs, needs_fallback, text_width
from ascn_desktop.core.reports.line_breaks import pieces
from ascn_desktop.core.reports.pdf_basics import Remembered
from ascn_desktop.core.reports.shaping import actual_text_hex, actual_text_open, glyph_operators, shaped

__all__ = ["TextWriter", "draw_runs", "WIDTHS"]

# A cell's operators: (subset font name, operators) pieces; a name of None needs no font (a span's
# opening or end).
Segments = tuple[tuple[str | None, str], ...]
# A piece's runs: (font name, text, None) for a run in a plain font, (font name, hex of the text in UTF-16BE,
# glyph operators) for a script run.
_Runs = tuple[tuple[str, str, Segments | None], ...]

# Coordinates as PDF numbers: the columns and row positions of a report repeat on every page.
_NUMBERS: Remembered[float, str] = Remembered(fp_str)
# String widths of right-aligned cells, shared by all writers; a width depends only on font, size and text.
WIDTHS: Remembered[tuple[str, float, str], float] = Remembered(lambda key: text_width(key[2], key[0], key[1]))
_CACHED_CHARS = 32  # longer cells (titles, wrapped text) rarely repeat: not worth their memory


class _DocumentText:
    """What a document's writers share: operators already made, which name its font subsets."""

    def __init__(self) -> None:
        self.plain: dict[tuple[str, str], Segments] = {}  # (font, text) -> segments, any size
        self.script: dict[tuple[str, float, str], Segments] = {}  # (font, size, text) -> segments
        self.words: dict[tuple[str, float, str], Segments] = {}  # (script font, size, word) -> glyph operators
        self.pieces: dict[tuple[str, float], dict[str, _Runs]] = {}  # (font, size) -> piece -> its runs, see _runs
        self.first_subsets: dict[str, _FirstSubset] = {}


def _document_text(doc: Any) -> _DocumentText:
    shared: _DocumentText | None = getattr(doc, "_ascn_text", None)
    if shared is None:
        shared = doc._ascn_text = _DocumentText()
    return shared


class TextWriter:
    """Writes the PDF text operators of lines of cells into `text` (a text object of `canv`): one
    position per line, a relative move per further cell, a font selection only when it changes."""

    def __init__(self, canv: Canvas, text: PDFTextObject) -> None:
        self._doc = canv._doc
        self._escape = canv._escape
        self._text = text
        self._code: list[str] = text._code
        self._shared = _document_text(self._doc)
        self._selected: tuple[str, float] | None = None

    def move_to(self, x: float, y: float) -> None:
        """Put the next string at (x, y) of the current coordinate system."""
        self._code.append(f"1 0 0 1 {_NUMBERS[x]} {_NUMBERS[y]} Tm")

    def fill(self, colour: Any) -> None:
        """The fill colour of the text that follows (an RGB ``Color`` written directly, others by reportlab)."""
        if type(colour) is colors.Color and self._text._enforceColorSpace is None:
            self._code.append(f"{fp_str(colour.red, colour.green, colour.blue)} rg")
        else:
            self._text.setFillColor(colour)

    def line(self, y: float, font: str, cells: Sequence[tuple[float, str, str, float]], *,
             script: bool = True) -> None:
        """Draw one line of cells `(x, text, align, size)` in `font` at baseline `y`: one position for
        the line, a relative move for each further cell. Empty cells are skipped; a cell aligned "R"
        ends at x. With `script` False the caller knows no cell holds script text (no check per cell)."""
        numbers, widths, plain = _NUMBERS, WIDTHS, self._shared.plain
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
            if script and needs_fallback(content):
                segments = self._script(font, size, content)
            else:  # the cache looked up here, not through _plain: most cells of a report are short and repeat
                segments = plain.get((font, content)) or self._plain(font, content)
            self._append(segments, size, parts)
        if parts:
            self._code.append(" ".join(parts))

    def runs(self, text: str, font: str, size: float) -> None:
        """Draw `text` at the current point, each run in its font, script runs shaped."""
        segments = self._script(font, size, text) if needs_fallback(text) else self._plain(font, text)
        parts: list[str] = []
        self._append(segments, size, parts)
        if parts:
            self._code.append(" ".join(parts))

    def _append(self, segments: Segments, size: float, parts: list[str]) -> None:
        """Append the operators of `segments` to `parts`, selecting a font subset only when it changes."""
        selected = self._selected
        for subset, operators in segments:
            if subset is not None and (selected is None or selected[0] != subset or selected[1] != size):
                selected = (subset, size)
                parts.append(f"{subset} {_NUMBERS[size]} Tf")
            parts.append(operators)
        self._selected = selected

    def _plain(self, font: str, content: str) -> Segments:
        key = (font, content)
        cache = self._shared.plain
        segments = cache.get(key)
        if segments is None:
            segments = self._encode(font, content)
            if len(content) <= _CACHED_CHARS:
                cache[key] = segments
        return segments

    def _script(self, font: str, size: float, content: str) -> Segments:
        """The operators of `content` (holding script text), piece by piece as ``text_width`` measures it:
        each piece's script runs shaped whole, successive ones in one font inside one span that extracts
        as their text; the other runs encoded together."""
        key = (font, size, content)
        cache = self._shared.script
        segments = cache.get(key)
        if segments is not None:
            return segments
        made: list[tuple[str | None, str]] = []
        plain: list[str] = []  # text in plain_font not yet encoded
        plain_font = font
        span: list[str] = []  # the hex of script runs in span_font, drawn (in span_operators) but not yet marked
        span_font = ""
        span_operators: list[tuple[str | None, str]] = []
        runs_of = self._pieces_in(font, size)
        for piece in pieces(content):  # the line's pieces, remembered when it was wrapped
            for name, run, word in runs_of.get(piece) or self._runs(font, size, piece):
                if word is not None:  # a script run: its text as hex for the span, and its glyph operators
                    if plain:
                        made += self._plain(plain_font, "".join(plain))
                        plain = []
                    elif span and name != span_font:
                        made += _marked(span, span_operators)
                        span, span_operators = [], []
                    span_font = name
                    span.append(run)
                    span_operators += word
                elif span:
                    made += _marked(span, span_operators)
                    span, span_operators = [], []
                    plain_font = name
                    plain.append(run)
                else:
                    if plain and name != plain_font:
                        made += self._plain(plain_font, "".join(plain))
                        plain = []
                    plain_font = name
                    plain.append(run)
        if span:
            made += _marked(span, span_operators)
        if plain:
            made += self._plain(plain_font, "".join(plain))
        segments = tuple(made)
        if len(content) <= _CACHED_CHARS:
            cache[key] = segments
        return segments

    def _pieces_in(self, font: str, size: float) -> dict[str, _Runs]:
        """The runs of the pieces already drawn in `font` at `size` (see `_runs`)."""
        by_font = self._shared.pieces
        runs_of = by_font.get((font, size))
        if runs_of is None:
            runs_of = by_font[font, size] = {}
        return runs_of

    def _runs(self, font: str, size: float, piece: str) -> _Runs:
        """The runs of `piece` (a word and the spaces after it) in their fonts, a script run as the hex of its
        text (UTF-16BE, for the span) and its glyph operators, a run in a plain font as its text; made once per
        document, font and size: pieces repeat (words), and splitting one into runs costs more than looking
        it up."""
        runs = tuple((name, actual_text_hex(run), self._word(name, size, run)) if name in SCRIPT_FONTS
                     else (name, run, None) for name, run in font_runs(piece, font))
        self._pieces_in(font, size)[piece] = runs
        return runs

    def _word(self, font: str, size: float, word: str) -> Segments:
        key = (font, size, word)
        words = self._shared.words
        segments = words.get(key)
        if segments is None:
            segments = words[key] = glyph_operators(shaped(word, font)[0], font, size, self._doc, self._escape)
        return segments

    def _encode(self, font: str, content: str) -> Segments:
        first_subsets = self._shared.first_subsets
        first = first_subsets.get(font)
        if first is not None:
            data = first.encode(content)
            if data is not None:
                return ((first.name, f"({self._escape(data)}) Tj"),) if data else ()
        face = pdfmetrics.getFont(font)
        doc, escape = self._doc, self._escape
        segments = tuple((face.getSubsetInternalName(subset, doc), f"({escape(chunk)}) Tj")
                         for subset, chunk in face.splitString(content, doc))
        if first is None:
            state = face.state.get(doc) if hasattr(face, "state") else None  # a TrueType font, now in use
            if state is not None:
                first_subsets[font] = _FirstSubset(state.assignments, face.getSubsetInternalName(0, doc))
        return segments


def _marked(runs: list[str], operators: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """`operators` (drawing `runs`, each given as ``actual_text_hex`` of its text) inside a marked-content
    span that extracts as the runs' text."""
    return [(None, actual_text_open(runs)), *operators, (None, "EMC")]


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


def draw_runs(text_object: PDFTextObject, text: str, font: str, size: float) -> None:
    """Draw `text` at the current point of `text_object`, each run in its font, script runs shaped and
    marked to extract as typed. Leaves `font` selected (reportlab selects its subset again when it
    next writes)."""
    TextWriter(text_object._canvas, text_object).runs(text, font, size)
    text_object.setFont(font, size)
