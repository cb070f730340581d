"""The receiving side in the main window: import by menu or drag and drop, review, consolidate.

- File → Import bundles… (and the toolbar) picks .ascn files; dropping .ascn
  files or folders anywhere on the window does the same (every role: a city
  officer imports review notes this way).
- NR and ASEC get the "Received plans" page; the NR also gets
  Tools → Consolidate national bundle….
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ascn_desktop.core.bundle_format import BUNDLE_SUFFIX
from ascn_desktop.gui.consolidate_dialog import ConsolidateDialog
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.import_dialog import start_import
from ascn_desktop.gui.received_plans_page import ReceivedPlansPage

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

ROLES = ("nr", "asec")


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local .ascn files and folders in a drag, or [] if it carries none."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_dir() or path.suffix.lower() == BUNDLE_SUFFIX]


class BundleDropFilter(QObject):
    """Accepts drags of bundles over the window and imports them when dropped."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = dropped_paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.window.import_task = start_import(self.window, paths)  # type: ignore[attr-defined]
                return True
        return False


def choose_and_import(window: MainWindow) -> None:
    files, _filter = QFileDialog.getOpenFileNames(
        window, window.tr("Import bundles"), "", window.tr("ASCN bundles (*.ascn);;All files (*)"))
    if files:
        window.import_task = start_import(window, files)  # type: ignore[attr-defined]


def install(window: MainWindow) -> None:
    action = QAction(icon("received"), window.tr("&Import bundles…"), window)
    action.setObjectName("action-import-bundles")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(window.tr("Verify and import signed bundles: city plans, national bundles, review notes"))
    action.triggered.connect(lambda: choose_and_import(window))
    window.file_menu.addAction(action)
    window.toolbar.addAction(action)

    window.setAcceptDrops(True)
    window.bundle_drop_filter = BundleDropFilter(window)  # type: ignore[attr-defined]
    window.installEventFilter(window.bundle_drop_filter)  # type: ignore[attr-defined]

    if window.role is not None and window.role not in ROLES:
        return
    page = ReceivedPlansPage(window.store)
    window.add_page("received", window.tr("Received plans"), page, roles=ROLES, icon_name="received")
    window.store_changed.connect(page.reload)
    page.reviewed.connect(window.store_changed.emit)
    page.failed.connect(window.show_error)

    if window.role in (None, "nr"):
        consolidate = QAction(window.tr("Consolidate national bundle…"), window)
        consolidate.setObjectName("action-consolidate")
        consolidate.setStatusTip(window.tr("Sign one bundle of the country's accepted city plans for the Secretariat"))
        consolidate.triggered.connect(lambda: ConsolidateDialog(
            window.store, window.country or "", window).open())
        window.tools_menu.addAction(consolidate)
