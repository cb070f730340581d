"""A dialog's first size that fits the screen it opens on (a 1024x600 laptop has a task bar too)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

# Room a window manager takes around a window: its frame and title bar (availableGeometry leaves them in).
FRAME = (40, 60)


def resize_within_screen(widget: QWidget, width: int, height: int, *, room: QRect | None = None) -> None:
    """Resize `widget` to `width` x `height`, or less where the screen (its available room) is smaller;
    never below what its layout needs to show every label whole."""
    if room is None:
        parent = widget.parentWidget()
        screen = (parent or widget).screen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, width, height)
    least = widget.minimumSizeHint()
    widget.resize(max(least.width(), min(width, room.width() - FRAME[0])),
                  max(least.height(), min(height, room.height() - FRAME[1])))
