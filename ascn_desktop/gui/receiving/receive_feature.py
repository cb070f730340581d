"""The receiving side in the main window: import by menu or drag and drop, review, consolidate.

- File → Import bundles… (and the toolbar) picks .ascn bundles and .ascnref reference packs; dropping them
  files or folders anywhere on the window, text fields included, does the same
  (every role: a city officer imports review notes this way).
- NR and ASEC get the "Received plans" page; the NR also gets
  Tools → Consolidate national bundle….
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.recent_files import BUNDLE, register_opener

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ascn_desktop.gui.tasks import Task
    from ascn_desktop.gui.main_window import MainWindow

ROLES = ("nr", "asec")
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local .ascn files and folders in a drag, or [] if it carries none."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    # Imported at the first drag, not with the window (reference_packs loads the signing modules).
    from ascn_desktop.core.bundles.bundle_format import BUNDLE_SUFFIX
    from ascn_desktop.core.reference_packs import PACK_SUFFIX

    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_dir() or path.suffix.lower() in (BUNDLE_SUFFIX, PACK_SUFFIX)]


class BundleDropFilter(QObject):
    """The one drop mechanism: bundles dropped anywhere on the window are imported.

    Installed on the application (an object filter on the window alone would
    miss the widgets that accept drops themselves), it sees drags over the
    window and every widget in it, before the widget does. Bundles are
    accepted and imported wherever they land; a drag of other local files is
    refused, so a text field never pastes a file's URL (a file manager's drag
    carries it as text too) into, say, the plan title. Drags without files
    (text from another program) reach the widget as usual. Other windows
    (dialogs) are left alone. Parented to the window: Qt removes the filter
    when the window goes.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in _DRAG_EVENTS or not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        drag: QDropEvent = event  # type: ignore[assignment]  # DragEnter/DragMove derive from QDropEvent
        paths = dropped_paths(drag)
        if paths:
            drag.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.window.import_task = _start_import(self.window, paths)  # type: ignore[attr-defined]
            return True
        mime = drag.mimeData()
        if mime is not None and any(url.isLocalFile() for url in mime.urls()):
            drag.ignore()  # files, but no bundle: nothing here takes them, and no field pastes their path
            return True
        return False


def choose_and_import(window: MainWindow) -> None:
    files, _filter = QFileDialog.getOpenFileNames(
        window, translate("ReceiveFeature", "Import bundles"), "",
        translate("ReceiveFeature", "ASCN bundles and reference packs (*.ascn *.ascnref);;All files (*)"))
    if files:
        window.import_task = _start_import(window, files)  # type: ignore[attr-defined]


def install(window: MainWindow) -> None:
    action = QAction(icon("received"), translate("ReceiveFeature", "&Import bundles…"), window)
    action.setObjectName("action-import-bundles")
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(translate("ReceiveFeature", "Verify and import signed bundles: city plans, national bundles, review notes"))
    action.triggered.connect(lambda: choose_and_import(window))
    window.file_menu.addAction(action)
    window.toolbar.addAction(action)
    register_opener(window, BUNDLE, lambda path: setattr(window, "import_task", _start_import(window, [path])))

    window.setAcceptDrops(True)  # so a drop over a widget that takes none still reaches the filter
    window.bundle_drop_filter = BundleDropFilter(window)  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(window.bundle_drop_filter)  # type: ignore[attr-defined]

    if window.role is not None and window.role not in ROLES:
        return
    window.add_page("received", translate("ReceiveFeature", "Received plans"), lambda: _received_page(window),
                    roles=ROLES, icon_name="received")

    if window.role in (None, "nr"):
        consolidate = QAction(translate("ReceiveFeature", "Consolidate national bundle…"), window)
        consolidate.setObjectName("action-consolidate")
        consolidate.setStatusTip(translate("ReceiveFeature", "Sign one bundle of the country's accepted city plans for the Secretariat"))
        consolidate.triggered.connect(lambda: _consolidate_dialog(window).open())
        window.tools_menu.addAction(consolidate)


def _received_page(window: MainWindow) -> QWidget:
    """Built the first time it is shown (gui/window_pages.py), its module loaded then: only for NR and ASEC."""
    from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage

    page = ReceivedPlansPage(window.store, reference=window.reference)
    window.store_changed.connect(page.reload)
    page.reviewed.connect(window.store_changed.emit)
    page.failed.connect(window.show_error)
    return page


def _consolidate_dialog(window: MainWindow) -> QDialog:
    # Consolidation renders the national summary (reportlab): loaded when first asked for.
    from ascn_desktop.gui.receiving.consolidate_dialog import ConsolidateDialog

    return ConsolidateDialog(window.store, window.country or "", window)


def _start_import(window: MainWindow, paths: Sequence[str | Path]) -> Task:
    # The importer (verification, zip safety, the store's import) loads with the first import, not the window.
    from ascn_desktop.gui.receiving.import_dialog import start_import

    return start_import(window, paths)
