"""Bundles the system asks the app to open: a double-clicked .ascn file.

Windows and Linux start ``ascn-desktop FILE.ascn`` (the file association of
installer/windows/ascn-desktop.iss, ``Exec=ascn-desktop %F`` in the .desktop
file); macOS sends the running app a FileOpen event instead (the Info.plist's
document type), also at launch, before any window exists. Both end in the same
import as File -> Import bundles… and drag and drop (receiving/import_dialog.py):
verified, imported, and one line per bundle in the results.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication



def _main_window() -> QObject | None:
    from ascn_desktop.gui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, MainWindow) and w.isVisible() and w.is_ready()]  # its store is open
    return windows[-1] if windows else None


class FileOpenHandler(QObject):
    """Imports opened bundles into the visible main window; keeps them until one is shown."""

    def __init__(self, app: QApplication, *, listen: bool = True) -> None:
        """`listen`: watch for the system's FileOpen events (a filter on the application sees every event of
        every widget, at a cost Python pays per event: a tenth of the start-up's CPU when it was on
        everywhere); without it, only the bundles given to `open` are imported."""
        super().__init__(app)
        self.pending: list[Path] = []
        if listen:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open([event.file()])
            return True
        return False

    def open(self, paths: Sequence[str | Path]) -> None:
        self.pending.extend(Path(path) for path in paths)
        self.flush()

    def flush(self) -> None:
        """Import what is waiting, if a main window is there to show the results."""
        from ascn_desktop.gui.main_window import MainWindow

        window = _main_window()
        if not self.pending or not isinstance(window, MainWindow):
            return
        from ascn_desktop.gui.receiving.import_dialog import start_import  # loads the importer: not at start-up

        paths, self.pending = self.pending, []
        window.import_task = start_import(window, paths)  # type: ignore[attr-defined]
