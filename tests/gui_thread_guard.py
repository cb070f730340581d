"""A watch on the store from the GUI thread: which GUI code runs SQL while the window must stay live.

Installed by an autouse fixture of tests/conftest.py for the GUI and journey
tests. SQLAlchemy calls ``before_cursor_execute`` before every statement of
every engine; when that happens on the main thread while a QApplication exists
and a frame of ``ascn_desktop/gui/`` is on the stack, the innermost such frame
(module and function) is recorded. The test fails unless that place is one of
``GUI_THREAD_EXEMPT`` (docs/architecture.md, "The GUI thread" says why each is).

Statements run by the test itself (setting up a store, checking what was
written) have no GUI frame on the stack and are not counted.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

import ascn_desktop

GUI_DIR = str(Path(ascn_desktop.__file__).resolve().parent / "gui") + "/"
PACKAGE_ROOT = Path(ascn_desktop.__file__).resolve().parent.parent

# Places of the GUI that may still read or write the store on the GUI thread, and why
# (docs/architecture.md, "The GUI thread"). The list only shrinks: a new place fails its test.
GUI_THREAD_EXEMPT: dict[str, str] = {
}


def _gui_place(frame: FrameType | None) -> str | None:
    """'ascn_desktop/gui/x.py:function' of the innermost GUI frame on the stack, if any."""
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(GUI_DIR):
            module = Path(filename).resolve().relative_to(PACKAGE_ROOT).as_posix()
            return f"{module}:{frame.f_code.co_qualname}"
        frame = frame.f_back
    return None


class GuiThreadWatch:
    def __init__(self) -> None:
        self.places: dict[str, str] = {}  # place -> the first statement seen there

    def _before_execute(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            return
        place = _gui_place(sys._getframe(1))
        if place is not None:
            self.places.setdefault(place, " ".join(statement.split())[:120])

    def unexpected(self) -> dict[str, str]:
        return {place: sql for place, sql in self.places.items() if place not in GUI_THREAD_EXEMPT}


@contextmanager
def watching() -> Iterator[GuiThreadWatch]:
    watch = GuiThreadWatch()
    event.listen(Engine, "before_cursor_execute", watch._before_execute)
    try:
        yield watch
    finally:
        event.remove(Engine, "before_cursor_execute", watch._before_execute)
