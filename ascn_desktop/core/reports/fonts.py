"""The report fonts, shipped in ``resources/fonts`` and embedded (subset) in every PDF.

DejaVu Sans (regular, bold, oblique) covers Latin with every Vietnamese
diacritic (Hà Nội, Đà Nẵng, Hồ Chí Minh), so reports render on any reader with
no dependence on fonts installed on the machine. DejaVu has no Thai or Lao
glyphs, so text in those scripts (a Bangkok or Vientiane officer may well
write titles in their own language) is drawn with Noto Sans Thai / Noto Sans
Lao instead, run by run: ``font_runs`` splits a text into (font, piece) runs,
``text_width`` measures a mixed text, ``markup_runs`` wraps the runs of
Paragraph markup in ``<font>`` tags. Text without such characters takes a
fast path. Khmer and Myanmar script need glyph reordering (shaping) that this
renderer does not do, so they are not covered yet.

``register_fonts()`` is idempotent and cheap after the first call: reportlab
keeps registered fonts process-wide, and parsing a TTF costs ~50 ms, so it is
done once per process.

Font names to use in styles: ``FONT`` (regular), ``FONT_BOLD``, ``FONT_ITALIC``.
``<b>``/``<i>`` inside Paragraph markup also work once the family is registered.
"""

from __future__ import annotations

import re
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.resources import resource_path

try:  # reportlab imports its C accelerator inside exec(); naming it here lets PyInstaller bundle it
    import _rl_accel  # noqa: F401
except ImportError:  # pure-Python fallback: same output, about 2.5x slower for large plans
    pass

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
THAI, THAI_BOLD = "NotoSansThai", "NotoSansThai-Bold"
LAO, LAO_BOLD = "NotoSansLao", "NotoSansLao-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf",
          THAI: "NotoSansThai-Regular.ttf", THAI_BOLD: "NotoSansThai-Bold.ttf",
          LAO: "NotoSansLao-Regular.ttf", LAO_BOLD: "NotoSansLao-Bold.ttf"}
_BOLD = {FONT_BOLD, THAI_BOLD, LAO_BOLD}

# Unicode blocks drawn with a fallback font: Thai U+0E00-0E7F, Lao U+0E80-0EFF.
_FALLBACK_CHARS = re.compile("[\u0e00-\u0eff]")
_RUNS = re.compile("([\u0e00-\u0e7f]+|[\u0e80-\u0eff]+)")

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the report fonts with reportlab (once per process; thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name in registered:
                continue
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise AscnError(f"The report font {filename} is missing; reinstall ASCN Desktop.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Bold-italic is not shipped: bold stands in, so <b><i> markup still renders.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD)
        for regular, bold in ((THAI, THAI_BOLD), (LAO, LAO_BOLD)):
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _registered = True


def _fallback(piece: str, font: str) -> str:
    bold = font in _BOLD
    if "\u0e00" <= piece[0] <= "\u0e7f":
        return THAI_BOLD if bold else THAI
    return LAO_BOLD if bold else LAO


def needs_fallback(text: str) -> bool:
    """Whether `text` holds characters the main font lacks (Thai or Lao script)."""
    return _FALLBACK_CHARS.search(text) is not None


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (font name, piece) runs: Thai and Lao pieces in their fallback font, the rest in `font`."""
    if _FALLBACK_CHARS.search(text) is None:
        return [(font, text)]
    return [(_fallback(piece, font) if index % 2 else font, piece)
            for index, piece in enumerate(_RUNS.split(text)) if piece]


def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` in points, each run measured in the font it will be drawn with."""
    if _FALLBACK_CHARS.search(text) is None:
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in font_runs(text, font))


def markup_runs(markup: str, *, bold: bool = False) -> str:
    """Paragraph markup (already escaped) with Thai and Lao runs wrapped in ``<font name=…>``."""
    if _FALLBACK_CHARS.search(markup) is None:
        return markup
    base = FONT_BOLD if bold else FONT
    return _RUNS.sub(lambda match: f'<font name="{_fallback(match.group(0), base)}">{match.group(0)}</font>',
                     markup)
