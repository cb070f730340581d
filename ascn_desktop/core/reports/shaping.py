"""Shaped drawing of Thai, Lao, Khmer and Myanmar text in PDFs, extractable exactly as typed.

These scripts need shaping: Khmer writes a subscript consonant below and a
pre-base vowel before the consonant it follows in memory, Myanmar stacks
medials and tone marks. HarfBuzz does it (through reportlab's ``uharfbuzz``
support: ``shapeStr`` turns a text into the font's glyphs with their offsets),
and this module draws the result.

Two repairs to reportlab's own drawing of shaped text:

* ``ShapingTextObject`` fixes reportlab's ``setRise``, which forgets the new
  rise when it merges two successive ``Ts`` operators, so every glyph after a
  raised or lowered mark (a Khmer subscript) stayed raised or lowered.
* ``draw_runs`` wraps each shaped run in a marked-content span whose
  ``/ActualText`` is the run as typed: shaped glyphs are reordered and merged
  (a Khmer pre-base vowel drawn first, ligatures with no character of their
  own), so a reader copying the text or ``pdftotext`` would otherwise get the
  glyphs' order and private-use codes instead of the words.

A run is shaped once per process and font (the result does not depend on the
size) and kept in a bounded cache: a 1,000-project plan repeats many words.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.textobject import PDFTextObject

__all__ = ["ShapingTextObject", "actual_text_open", "draw_shaped", "shaped", "shaped_width"]

_SHAPE_SIZE = 1000.0  # shape at 1000 points: widths in thousandths of an em, scaled by the caller


@lru_cache(maxsize=65_536)
def shaped(text: str, font: str) -> tuple[str, float]:
    """`text` shaped in `font` (a reportlab ``ShapedStr``, or `text` itself when shaping changes
    nothing) and its advance width at 1 point."""
    glyphs = shapeStr(text, font, _SHAPE_SIZE)
    data = getattr(glyphs, "__shapeData__", None)
    if data is None:
        return glyphs, stringWidth(text, font, _SHAPE_SIZE) / _SHAPE_SIZE
    return glyphs, sum(item.x_advance for item in data) / _SHAPE_SIZE


def shaped_width(text: str, font: str, size: float) -> float:
    """Advance width in points of `text` shaped in `font` at `size`."""
    return shaped(text, font)[1] * size


def actual_text_open(text: str) -> str:
    """The PDF operator opening a span whose extracted text is `text` (UTF-16BE with its BOM)."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_shaped(text_object: PDFTextObject, text: str, font: str) -> None:
    """Draw `text` shaped in `font` (already selected on `text_object`) at its current point,
    marked so that it extracts as `text`.

    The PDF operators of a shaped word (one positioned glyph at a time) cost far more to write than
    plain text, and plans repeat their words: the operators are kept per document (they name the
    document's font subsets) and reused. Each starts by selecting its subset, so it is valid
    wherever it is put."""
    document = text_object._canvas._doc
    written: dict[tuple[str, float, float, float, str], tuple[str, int]] | None = getattr(
        document, "_ascn_shaped_operators", None)
    if written is None:
        written = document._ascn_shaped_operators = {}
    key = (font, text_object._fontsize, text_object._leading, text_object._rise, text)
    operators = written.get(key)
    if operators is None:
        text_object._curSubset = -1  # makes reportlab select the subset first
        operators = written[key] = (text_object._formatText(shaped(text, font)[0]), text_object._curSubset)
    code = text_object._code
    code.append(actual_text_open(text))
    code.append(operators[0])
    code.append("EMC")
    text_object._curSubset = operators[1]


class ShapingTextObject(PDFTextObject):
    """reportlab's text object with ``setRise`` remembering the rise it sets (see module doc)."""

    _rise: float
    _y: float
    _code: list[str]

    def setRise(self, rise: float) -> None:  # noqa: N802 - reportlab's name
        if self._code and self._code[-1].endswith(" Ts"):  # replace the rise set just before
            self._y += self._rise
            self._code[-1] = f"{fp_str(rise)} Ts"
            self._rise = rise
            self._y -= rise
            return
        super().setRise(rise)
