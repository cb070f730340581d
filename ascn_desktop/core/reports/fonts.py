"""The report font: DejaVu Sans (regular, bold, oblique), shipped in ``resources/fonts``.

A TrueType font is embedded (subset) in every PDF so that Vietnamese, Thai
transliterations and other accented names (Hà Nội, Đà Nẵng, Hồ Chí Minh)
render on any reader, with no dependence on fonts installed on the machine.

``register_fonts()`` is idempotent and cheap after the first call: reportlab
keeps registered fonts process-wide, and parsing a TTF costs ~50 ms, so it is
done once per process.

Font names to use in styles: ``FONT`` (regular), ``FONT_BOLD``, ``FONT_ITALIC``.
``<b>``/``<i>`` inside Paragraph markup also work once the family is registered.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ascn_desktop.core.errors import AscnError

try:  # reportlab imports its C accelerator inside exec(); naming it here lets PyInstaller bundle it
    import _rl_accel  # noqa: F401
except ImportError:  # pure-Python fallback: same output, about 2.5x slower for large plans
    pass
from ascn_desktop.core.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the DejaVu Sans family with reportlab (once per process; thread-safe)."""
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
        _registered = True
