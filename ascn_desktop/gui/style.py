"""The application stylesheet (resources/style/app.qss).

The sheet only uses `palette(...)` colours for surfaces and text, so it follows
the system's light or dark palette; the one accent colour reads on both.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ascn_desktop.core.resources import resource_path
from ascn_desktop.gui.fonts import register_app_fonts


def app_stylesheet() -> str:
    try:
        sheet = resource_path("style", "app.qss").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""  # an unstyled window is still a working window
    # The sheet names its images (the spin box arrows) under @ICONS@: wherever the app is installed.
    return sheet.replace("@ICONS@", resource_path("icons").as_posix())


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on every platform; follows the palette
    register_app_fonts(app)  # before the sheet, so styled fonts inherit the script fall-backs
    app.setStyleSheet(app_stylesheet())
