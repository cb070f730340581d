"""The report fonts, shipped in ``resources/fonts`` and embedded (subset) in every PDF.

DejaVu Sans (regular, bold, oblique) covers Latin with every Vietnamese
diacritic (Hà Nội, Đà Nẵng, Hồ Chí Minh), so reports render on any reader with
no dependence on fonts installed on the machine. DejaVu has no Thai, Lao,
Khmer or Myanmar glyphs, so text in those scripts (officers write titles in
their own language) is drawn with Noto Sans Thai / Lao / Khmer / Myanmar
instead, run by run: ``font_runs`` splits a text into (font, piece) runs and
``text_width`` measures a mixed text, the script runs shaped (see ``shaping``;
``text_writer`` draws them).
Text without such characters takes a fast path.

``register_fonts()`` is idempotent and cheap after the first call: reportlab
keeps registered fonts process-wide, and parsing a TTF costs up to ~13 ms, so it
is done once per process. The reports register DejaVu Sans only
(``register_fonts(scripts=False)``); a script font is registered when
``font_runs`` first picks it for a piece of text.

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
from ascn_desktop.core.reports.line_breaks import pieces
from ascn_desktop.core.reports.shaping import shaped_width
from ascn_desktop.core.resources import resource_path
from ascn_desktop.core.i18n import _

try:  # reportlab imports its C accelerator inside exec(); naming it here lets PyInstaller bundle it
    import _rl_accel  # noqa: F401
except ImportError:  # pure-Python fallback: same output, about 2.5x slower for large plans
    pass

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
THAI, THAI_BOLD = "NotoSansThai", "NotoSansThai-Bold"
LAO, LAO_BOLD = "NotoSansLao", "NotoSansLao-Bold"
KHMER, KHMER_BOLD = "NotoSansKhmer", "NotoSansKhmer-Bold"
MYANMAR, MYANMAR_BOLD = "NotoSansMyanmar", "NotoSansMyanmar-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf",
          THAI: "NotoSansThai-Regular.ttf", THAI_BOLD: "NotoSansThai-Bold.ttf",
          LAO: "NotoSansLao-Regular.ttf", LAO_BOLD: "NotoSansLao-Bold.ttf",
          KHMER: "NotoSansKhmer-Regular.ttf", KHMER_BOLD: "NotoSansKhmer-Bold.ttf",
          MYANMAR: "NotoSansMyanmar-Regular.ttf", MYANMAR_BOLD: "NotoSansMyanmar-Bold.ttf"}
_BOLD = {FONT_BOLD, THAI_BOLD, LAO_BOLD, KHMER_BOLD, MYANMAR_BOLD}
# The fonts whose text is shaped (HarfBuzz) and broken into lines at word boundaries (ICU).
SCRIPT_FONTS = frozenset({THAI, THAI_BOLD, LAO, LAO_BOLD, KHMER, KHMER_BOLD, MYANMAR, MYANMAR_BOLD})

# Unicode blocks drawn with a script font: Thai U+0E00-0E7F, Lao U+0E80-0EFF, Myanmar U+1000-109F
# (and its extensions A U+AA60-AA7F, B U+A9E0-A9FF), Khmer U+1780-17FF (and symbols U+19E0-19FF).
_THAI_CHARS = "\u0e00-\u0e7f"
_LAO_CHARS = "\u0e80-\u0eff"
_MYANMAR_CHARS = "\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff"
_KHMER_CHARS = "\u1780-\u17ff\u19e0-\u19ff"
_SCRIPTS = ((_THAI_CHARS, THAI, THAI_BOLD), (_LAO_CHARS, LAO, LAO_BOLD), (_MYANMAR_CHARS, MYANMAR, MYANMAR_BOLD),
            (_KHMER_CHARS, KHMER, KHMER_BOLD))
_FALLBACK_CHARS = re.compile(f"[{_THAI_CHARS}{_LAO_CHARS}{_MYANMAR_CHARS}{_KHMER_CHARS}]")
# A run of one script; a zero-width joiner/non-joiner inside it belongs to it (it steers shaping).
_RUNS = re.compile("(" + "|".join(f"[{chars}](?:[{chars}\u200c\u200d]*[{chars}])?" for chars, _, _ in _SCRIPTS)
                   + ")")
# Khmer subscripts and Myanmar medials reach far below the baseline and their vowels far above it:
# lines holding them need more room than Latin's 1.25 em.
_TALL_CHARS = re.compile(f"[{_MYANMAR_CHARS}{_KHMER_CHARS}]")
TALL_LEADING = 1.75  # ems
_SCRIPT_OF = [(re.compile(f"[{chars}]"), regular, bold) for chars, regular, bold in _SCRIPTS]

_lock = threading.Lock()
_registered: set[str] = set()  # the fonts of _FILES this process has registered
_MAIN = (FONT, FONT_BOLD, FONT_ITALIC)


def register_fonts(*, scripts: bool = True) -> None:
    """Register the report fonts with reportlab (once per process; thread-safe).

    ``scripts=False`` registers DejaVu Sans only (what the reports' styles and charts need): a Thai,
    Lao, Khmer or Myanmar font is then registered when ``font_runs`` first picks it, so a plan
    written in Latin text never parses the eight script fonts (8 ms of a first report)."""
    if _registered.issuperset(_FILES if scripts else _MAIN):
        return
    with _lock:
        for name in _FILES if scripts else _MAIN:
            _register(name)
        _add_mappings()


def _register(name: str) -> None:
    """Register one font of _FILES (the caller holds _lock)."""
    if name in _registered:
        return
    if name not in pdfmetrics.getRegisteredFontNames():
        path = resource_path("fonts", _FILES[name])
        if not path.is_file():
            raise AscnError(_("The report font {filename} is missing; reinstall ASCN Desktop.").format(
                filename=_FILES[name]))
        pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered.add(name)


def _add_mappings() -> None:
    """The families' bold and italic faces (the caller holds _lock). Made again after every
    registration: reportlab's registerFont maps a new font's family to that one font alone."""
    # Bold-italic is not shipped: bold stands in, so <b><i> markup still renders.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    for _chars, regular, bold in _SCRIPTS:
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)


def _script_font(name: str) -> str:
    """`name`, registered first if this is its first use in the process."""
    if name not in _registered:
        with _lock:
            _register(name)
            _add_mappings()
    return name


def _fallback(piece: str, font: str) -> str:
    bold = font in _BOLD
    for chars, regular, bold_font in _SCRIPT_OF:
        if chars.match(piece):
            return _script_font(bold_font if bold else regular)
    return font


def needs_fallback(text: str) -> bool:
    """Whether `text` holds characters the main font lacks (Thai, Lao, Khmer or Myanmar script)."""
    return _FALLBACK_CHARS.search(text) is not None


def line_leading(text: str, size: float, leading: float) -> float:
    """`leading` (points), raised for a line of `size` points holding Khmer or Myanmar script."""
    if _TALL_CHARS.search(text) is None:
        return leading
    return max(leading, size * TALL_LEADING)


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (font name, piece) runs: Thai, Lao, Khmer and Myanmar pieces in their script font,
    the rest in `font`."""
    if _FALLBACK_CHARS.search(text) is None:
        return [(font, text)]
    return [(_fallback(piece, font) if index % 2 else font, piece)
            for index, piece in enumerate(_RUNS.split(text)) if piece]


def text_width(text: str, font: str, size: float) -> float:
    """Width of `text` in points, as ``text_writer`` draws it: a text with script characters piece by
    piece (``line_breaks.pieces``), each piece's runs in the fonts they are drawn with."""
    if _FALLBACK_CHARS.search(text) is None:
        return pdfmetrics.stringWidth(text, font, size)
    return sum(piece_width(piece, font, size) for piece in pieces(text))


def piece_width(piece: str, font: str, size: float) -> float:
    """Width of one piece of a line (a word and the spaces after it): its script runs shaped whole."""
    return sum(shaped_width(run, name, size) if name in SCRIPT_FONTS else pdfmetrics.stringWidth(run, name, size)
               for name, run in font_runs(piece, font))
