"""The fonts the interface ships, registered at start so every widget draws every ASEAN script.

A laptop in Phnom Penh or Yangon may have no Khmer or Myanmar font, and an
English Windows has none for Lao: text typed in those scripts would show as
boxes. The same Noto fonts the PDFs embed (resources/fonts) are added to the
application's font database, and the application font lists them after the
system's own family, so Qt takes a glyph the system font lacks from them
(shaped by Qt's HarfBuzz) while Latin text keeps the system's look.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ascn_desktop.core.resources import resource_path

__all__ = ["SCRIPT_FAMILIES", "register_app_fonts"]

log = logging.getLogger(__name__)

# Tried in this order for a character the system font lacks.
SCRIPT_FAMILIES = ("Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Thai", "Noto Sans Lao")


def register_app_fonts(app: QApplication) -> list[str]:
    """Add the shipped fonts to Qt's database and make the script families fall-backs of the
    application font. Returns the families added (a missing file is logged, not fatal: the window
    still works, with boxes for that script)."""
    added: set[str] = set()
    folder = resource_path("fonts")
    for path in sorted(folder.glob("Noto*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the font %s could not be loaded", path.name)
            continue
        added.update(QFontDatabase.applicationFontFamilies(font_id))
    font = app.font()
    families = [family for family in font.families() if family not in SCRIPT_FAMILIES]
    font.setFamilies(families + [family for family in SCRIPT_FAMILIES if family in added])
    app.setFont(font)
    return sorted(added)
