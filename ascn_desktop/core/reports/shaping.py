"""Shaped drawing of Thai, Lao, Khmer and Myanmar text in PDFs, extractable exactly as typed.

These scripts need shaping: Khmer writes a subscript consonant below and a
pre-base vowel before the consonant it follows in memory, Myanmar stacks
medials and tone marks. HarfBuzz does it (through reportlab's ``uharfbuzz``
support: ``shapeStr`` turns a text into the font's glyphs with their offsets),
and this module turns the result into PDF operators:

* ``glyph_operators`` writes a shaped word's glyphs as reportlab's own
  ``PDFTextObject._formatText`` does (the same glyph codes in the document's
  font subsets, the same ``TJ`` adjustments and text rises), but as pieces of
  text a caller can keep and reuse: the font selection is left to the caller,
  and no text object is involved. ``text_writer`` keeps them per document and
  puts them down, each script run in a marked-content span whose
  ``/ActualText`` is the run as typed.
* ``ShapingTextObject`` fixes reportlab's ``setRise``, which forgets the new
  rise when it merges two successive ``Ts`` operators, so every glyph after a
  raised or lowered mark (a Khmer subscript) stayed raised or lowered (for
  shaped text reportlab draws itself; the canvas of ``pdf_kit`` makes these).

A run is shaped once per process and font (the result does not depend on the
size) and kept in a bounded cache: a 1,000-project plan repeats many words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import groupby
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.textobject import PDFTextObject

__all__ = ["ShapingTextObject", "actual_text_hex", "actual_text_open", "glyph_operators", "shaped", "shaped_width"]

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


def actual_text_hex(text: str) -> str:
    """`text` in UTF-16BE as upper-case hex: a piece of a span's ``/ActualText`` (UTF-16BE of a text is
    its characters', one after another, so a span's text is the pieces of its runs joined)."""
    return text.encode("utf-16-be").hex().upper()


def actual_text_open(hex_pieces: list[str]) -> str:
    """The PDF operator opening a span whose extracted text is the text of `hex_pieces` (`actual_text_hex`
    of its runs) joined (UTF-16BE with its BOM)."""
    return f"/Span <</ActualText <FEFF{''.join(hex_pieces)}>>> BDC"


def glyph_operators(glyphs: str, font: str, size: float, doc: Any,
                    escape: Callable[[bytes], str]) -> tuple[tuple[str, str], ...]:
    """The PDF operators that draw `glyphs` (``shaped(...)[0]``) in `font` at `size` points at the current
    point, as ``(subset font name, operators)`` pieces: whoever writes them selects each piece's subset
    (``/F4+0 8.5 Tf``) when it is not the one in use. The text rise is 0 before and after.

    reportlab's own ``PDFTextObject._formatText`` for shaped text, without its text object: each
    glyph is shown with HarfBuzz's offsets as ``TJ`` adjustments (in thousandths of an em, whatever
    the size) and a raised or lowered mark (a Khmer subscript) with a text rise (``Ts``, in points),
    so the glyphs advance exactly by the shaped width ``text_width`` measured."""
    face = pdfmetrics.getFont(font)
    data = getattr(glyphs, "__shapeData__", None)
    if data is None:  # shaping changed nothing: the characters themselves
        return tuple((face.getSubsetInternalName(subset, doc), f"({escape(chunk)}) Tj")
                     for subset, chunk in face.splitString(glyphs, doc))
    pieces: list[tuple[str, str]] = []
    start = 0
    for subset, chunk in face.splitString(glyphs, doc):
        operators: list[str] = []
        rise = 0.0
        end = start + len(chunk)
        for codes, run in _runs_by_rise(chunk, data[start:end]):
            wanted = size * run[0].y_offset / 1000
            if wanted != rise:
                operators.append(f"{fp_str(wanted)} Ts")
                rise = wanted
            operators.append(_shown(codes, run, escape))
        if rise:
            operators.append("0 Ts")
        start = end
        pieces.append((face.getSubsetInternalName(subset, doc), " ".join(operators)))
    return tuple(pieces)


def _runs_by_rise(codes: bytes, data: list[Any]) -> list[tuple[bytes, list[Any]]]:
    """The glyphs of one subset in runs of the same vertical offset (each run is one ``Tj`` or ``TJ``
    at one text rise), as reportlab groups them."""
    runs: list[tuple[bytes, list[Any]]] = []
    first = 0
    for index in range(1, len(data) + 1):
        if index == len(data) or data[index].y_offset != data[first].y_offset:
            runs.append((codes[first:index], data[first:index]))
            first = index
    return runs


def _shown(codes: bytes, data: list[Any], escape: Callable[[bytes], str]) -> str:
    """One run of glyphs as ``(…) Tj`` or ``[… (…) …] TJ``: before each glyph its HarfBuzz x offset,
    after it what brings its advance from the font's width to HarfBuzz's (both in thousandths of an em)."""
    items: list[bytes | float] = []
    for code, glyph in zip(codes, data, strict=True):
        items += (-glyph.x_offset, bytes((code,)), glyph.width - glyph.x_advance + glyph.x_offset)
    parts: list[str] = []
    for is_bytes, group in groupby((item for item in items if item), key=lambda item: isinstance(item, bytes)):
        part = f"({escape(b''.join(group))})" if is_bytes else fp_str(sum(group))  # type: ignore[arg-type]
        if part != "0":
            parts.append(part)
    if len(parts) == 1 and parts[0].startswith("("):
        return f"{parts[0]} Tj"
    return f"[{' '.join(parts)}] TJ"


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
