"""`ascn-desktop --screenshot FILE.png --screen NAME`: render one screen of the profile to PNG.

Used by tests and to make the README's pictures. The window is laid out at a
fixed size offscreen, the chosen page shown, and the window grabbed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import time

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QApplication, QWidget

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.safe_files import atomic_write

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

EDITOR_SCREENS = ("overview", "projects", "project", "readiness")  # the city officer's plan
# The receivers' and the Secretariat's pages too.
SCREENS = (*EDITOR_SCREENS, "received", "plans", "monitoring", "reference", "trust")
SIZE = (1280, 800)
SMALL_LAPTOP = (1024, 600)  # the smallest screen the interface is laid out for


def settle_window(rounds: int = 5, *, timeout: float = 30.0) -> None:
    """Let the window finish: events processed, and every read of the background runner shown."""
    from ascn_desktop.gui.tasks import tasks_running

    deadline = time.monotonic() + timeout
    for _ in range(rounds):
        QApplication.processEvents()
    while tasks_running() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(rounds):
        QApplication.processEvents()


def parse_size(text: str) -> tuple[int, int]:
    """'1366x768' -> (1366, 768); a size smaller than the smallest supported screen is refused."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise AscnError(f"'{text}' is not a size; write it as WIDTHxHEIGHT, e.g. 1366x768.")
    size = int(width), int(height)
    if size[0] < SMALL_LAPTOP[0] or size[1] < SMALL_LAPTOP[1]:
        raise AscnError(f"{text} is smaller than the smallest screen the interface supports (1024x600).")
    return size


def show_screen(window: MainWindow, screen: str, *, size: tuple[int, int] = SIZE) -> QWidget:
    """Bring `screen` to the front at `size` and return the widget to grab."""
    if screen not in SCREENS:
        raise AscnError(f"There is no screen called '{screen}'; choose one of {', '.join(SCREENS)}.")
    window.resize(*size)
    window.show()
    settle_window()
    if screen not in EDITOR_SCREENS:
        return _show_page(window, screen)
    if screen in ("overview", "readiness"):
        window.show_page("overview")
        refresh = getattr(window.page("overview"), "refresh_readiness", None)
        settle_window()  # the plan is read first: the readiness line needs it
        if callable(refresh):
            refresh()  # normally on a short timer after edits
    if screen in ("projects", "project"):
        window.show_page("projects")
    settle_window()
    if screen == "readiness" and window.page("readiness") is not None:
        window.show_page("readiness")
    if screen == "project":
        page = window.page("projects")
        model = getattr(page, "model", None)
        if page is not None and model is not None and model.rowCount() > 0:
            page.select_project(model.row_at(0).uuid)  # type: ignore[attr-defined]
            page.open_project(model.row_at(0).uuid)  # type: ignore[attr-defined]
            settle_window()
            editor = getattr(page, "editor", None)
            if isinstance(editor, QWidget) and editor.isWindow():
                editor.resize(*size)
                settle_window()
                return editor
    settle_window()
    return window


def _show_page(window: MainWindow, screen: str) -> QWidget:
    """A page of the window's role (Received plans, All plans, Monitoring…), its reads answered."""
    if not window.has_page(screen):
        raise AscnError(f"This profile's role has no '{screen}' screen.")
    window.show_page(screen)
    settle_window()
    return window


def save_screenshot(window: MainWindow, screen: str, target: Path, *, size: tuple[int, int] = SIZE) -> None:
    widget = show_screen(window, screen, size=size)
    pixmap = widget.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    atomic_write(Path(target), bytes(data.data()))  # a picture to share: the default (shared) mode
