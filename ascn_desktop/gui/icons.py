"""The app's SVG icons (sharp at any screen scale), loaded from resources/icons/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ascn_desktop.core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`, or an empty icon if it is missing."""
    try:
        path = resource_path("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()
