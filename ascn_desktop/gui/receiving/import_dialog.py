"""Importing bundles from the GUI: the background run and the results list.

`start_import(window, paths)` runs `core.bundle_import.import_bundles` with a
progress bar and Cancel (gui.tasks.run_task), then shows one line per bundle
— imported, already had it, refused and why — and tells the window the store
changed. The rules all live in the core; this module only shows their answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ascn_desktop.core.bundles.bundle_import import REFERENCE_PACK_KIND, ImportOutcome, import_bundles
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.gui.dialog_size import resize_within_screen
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.gui.recent_files import BUNDLE, remember
from ascn_desktop.core.visible_text import visible

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

_COLOURS = {"imported": "#1b6e20", "already": "#555555", "refused": "#b00020", "skipped": "#8a6d00"}
_ICONS = {"imported": "ok", "already": "info", "refused": "error", "skipped": "warning"}


class ImportResultsDialog(QDialog):
    """One line per bundle: what happened to it, in the core's own words."""

    def __init__(self, outcomes: Sequence[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-results")
        self.setWindowTitle(self.tr("Import results"))
        self.outcomes = list(outcomes)
        counts = {status: sum(o.status == status for o in self.outcomes)
                  for status in ("imported", "already", "refused", "skipped")}
        self.summary = QLabel(self.tr("{0} imported, {1} already here, {2} refused.").format(
            counts["imported"], counts["already"], counts["refused"])
            + (self.tr(" {0} not imported because you cancelled.").format(counts["skipped"])
               if counts["skipped"] else ""))
        self.summary.setObjectName("import-summary")
        self.list = QListWidget()
        self.list.setObjectName("import-results-list")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Import results, one line per bundle"))
        for outcome in self.outcomes:
            text = f"{visible(Path(outcome.file).name)} — {visible(outcome.message)}"
            if outcome.details:
                text += "\n" + "\n".join(f"    {visible(detail)}" for detail in outcome.details)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, outcome.status)
            item.setToolTip(visible(outcome.file))
            item.setForeground(QBrush(QColor(_COLOURS.get(outcome.status, "#000000"))))
            item.setIcon(icon(_ICONS.get(outcome.status, "info")))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 360)

    def lines(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]


def start_import(window: MainWindow, paths: Sequence[str | Path], *,
                 on_done: Callable[[ImportResultsDialog], None] | None = None) -> Task:
    """Import `paths` (files or folders) in the background; show the results when done."""
    store = window.store
    chosen = [Path(path) for path in paths]

    def work(progress: ProgressCallback, abort: threading.Event) -> list[ImportOutcome]:
        return import_bundles(store, chosen, progress=progress, abort=abort)

    def finished(outcomes: list[ImportOutcome]) -> None:
        for path in chosen:
            remember(window, path, BUNDLE)
        shown = window
        if any(o.status == "imported" and o.kind == REFERENCE_PACK_KIND for o in outcomes):
            # new cities, cycles and lists: every page is rebuilt on the updated reference data
            shown = window.reopen_for_active_role()
        elif any(outcome.status == "imported" for outcome in outcomes):
            window.store_changed.emit()
        dialog = ImportResultsDialog(outcomes, shown)
        window.last_import_results = dialog  # type: ignore[attr-defined]
        shown.last_import_results = dialog  # type: ignore[attr-defined]
        dialog.open()
        if on_done is not None:
            on_done(dialog)

    return run_task(window, work, title=translate("ImportDialog", "Importing bundles…"), on_success=finished,
                    on_failure=window.show_error)
