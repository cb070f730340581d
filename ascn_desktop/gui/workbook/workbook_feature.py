"""File › Export Excel template… and File › Import from Excel… in the main window.

The GUI picks the files and shows the preview; the core writes the template,
reads the workbook (off the GUI thread, via gui.tasks.run_task) and replaces
the plan's content. Applying an import is one step on the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ascn_desktop.core.wording import counted
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.text import slug
from ascn_desktop.gui.recent_files import WORKBOOK, WRITTEN, register_opener, remember
from ascn_desktop.gui.tasks import Task, run_task

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.core.model import Plan
    from ascn_desktop.core.workbook.importing import WorkbookImportPreview
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog

# The workbook modules (openpyxl) load on first use, not with the window: see the imports in the functions.


def install(window: MainWindow) -> None:
    if not window.offers(("csco",)):  # filling a plan from Excel is the city officer's work
        return
    export_action = QAction(translate("WorkbookFeature", "Export Excel &template…"), window)
    export_action.setObjectName("action-export-excel-template")
    export_action.setStatusTip(translate("WorkbookFeature", "Write the plan as an Excel workbook to fill in offline"))
    export_action.triggered.connect(lambda: choose_template_file(window))
    import_action = QAction(translate("WorkbookFeature", "Import from E&xcel…"), window)
    import_action.setObjectName("action-import-excel")
    import_action.setStatusTip(translate("WorkbookFeature", "Read a filled-in plan workbook; you see every change before it is saved"))
    import_action.triggered.connect(lambda: choose_workbook_to_import(window))
    quit_action = getattr(window, "quit_action", None)
    for action in (export_action, import_action):
        if quit_action is not None:
            window.file_menu.insertAction(quit_action, action)
        else:
            window.file_menu.addAction(action)
    if quit_action is not None:
        window.file_menu.insertSeparator(quit_action)
    window.excel_template_action = export_action  # type: ignore[attr-defined]
    window.excel_import_action = import_action  # type: ignore[attr-defined]
    register_opener(window, WORKBOOK, lambda path: _import_again(window, path))


def _import_again(window: MainWindow, path: Path) -> None:
    """File › Open Recent on a workbook: its preview again, for the plan on screen."""
    plan_id = _current_plan_id(window)
    if plan_id is not None:
        start_workbook_import(window, plan_id, path)


def _current_plan_id(window: MainWindow) -> int | None:
    plan_id = window.current_plan_id()
    if plan_id is None:
        window.show_error(translate("WorkbookFeature", "Choose a plan first (Plans page), then try again."))
    return plan_id


def choose_template_file(window: MainWindow) -> Task | None:
    """Load the plan (off the GUI thread; only the city's own plan), then ask what to write and where."""
    plan_id = _current_plan_id(window)
    if plan_id is None:
        return None
    store = window.store

    def work(progress: object, abort: object) -> Plan:
        from ascn_desktop.core.workbook.importing import own_plan

        return own_plan(store, plan_id)

    return run_task(window, work, title=translate("WorkbookFeature", "Reading the plan…"), quiet=True,
                    on_success=lambda plan: _ask_template_file(window, plan_id, plan), on_failure=window.show_error)


def _ask_template_file(window: MainWindow, plan_id: int, plan: Plan) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, translate("WorkbookFeature", "Export Excel template"),
                      translate("WorkbookFeature", "Include the plan's {0} in the template, or write an empty "
                                "template whose rows are added to the plan on import?").format(
                          counted(len(plan.projects), "project")),
                      QMessageBox.StandardButton.Cancel, window)
    with_plan = box.addButton(translate("WorkbookFeature", "With the plan"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("WorkbookFeature", "Empty template"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() not in (with_plan, empty):
        return
    city = window.reference.cities.get(plan.city)
    suggested = f"{slug(city.name if city else plan.city)}-{plan.cycle}-template.xlsx"
    path, _filter = QFileDialog.getSaveFileName(window, translate("WorkbookFeature", "Export Excel template"), suggested,
                                                translate("WorkbookFeature", "Excel workbooks (*.xlsx)"))
    if path:
        export_template(window, plan_id, Path(path), empty=box.clickedButton() == empty)


def export_template(window: MainWindow, plan_id: int, path: Path, *, empty: bool) -> Task:
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    store, reference = window.store, window.reference

    def work(progress: object, abort: object) -> Path:
        from ascn_desktop.core.workbook.importing import own_plan, write_template

        write_template(path, own_plan(store, plan_id), reference, empty=empty)
        return path

    def done(result: object) -> None:
        remember(window, path, WRITTEN)
        window.statusBar().showMessage(translate("WorkbookFeature", "Wrote the Excel template {0}").format(result), 8000)

    task = run_task(window, work, title=translate("WorkbookFeature", "Writing the Excel template…"), on_success=done,
                    on_failure=window.show_error)
    window.excel_template_task = task  # type: ignore[attr-defined]
    return task


def choose_workbook_to_import(window: MainWindow) -> None:
    plan_id = _current_plan_id(window)
    if plan_id is None:
        return
    path, _filter = QFileDialog.getOpenFileName(window, translate("WorkbookFeature", "Import from Excel"), "",
                                                translate("WorkbookFeature", "Excel workbooks (*.xlsx);;All files (*)"))
    if path:
        start_workbook_import(window, plan_id, Path(path))


def start_workbook_import(window: MainWindow, plan_id: int, path: Path) -> Task:
    """Read the workbook in the background, then show the preview dialog (window.excel_import_dialog)."""
    store, reference = window.store, window.reference

    def work(progress: ProgressCallback, abort: threading.Event) -> WorkbookImportPreview:
        from ascn_desktop.core.workbook.importing import preview_workbook_import

        return preview_workbook_import(store, path, plan_id=plan_id, reference=reference, progress=progress,
                                       abort=abort)

    def on_success(preview: WorkbookImportPreview) -> None:
        remember(window, path, WORKBOOK)
        show_preview(window, preview)

    task = run_task(window, work, title=translate("WorkbookFeature", "Reading the workbook…"), on_success=on_success,
                    on_failure=window.show_error)
    window.excel_import_task = task  # type: ignore[attr-defined]
    return task


def show_preview(window: MainWindow, preview: WorkbookImportPreview) -> ExcelImportDialog:
    from ascn_desktop.gui.workbook.excel_import_dialog import ExcelImportDialog

    dialog = ExcelImportDialog(preview, window, reference=window.reference)
    window.excel_import_dialog = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda result: _finished(window, dialog, result))
    dialog.open()
    return dialog


def _finished(window: MainWindow, dialog: ExcelImportDialog, result: int) -> None:
    if result == QDialog.DialogCode.Accepted and dialog.preview.ready:
        apply_import(window, dialog.preview)


def apply_import(window: MainWindow, preview: WorkbookImportPreview) -> Task:
    """Apply the previewed import off the GUI thread through the core's one import path.

    `apply_preview` is what `ascn import-xlsx` calls: the same guards (cell errors, Zawgyi, limits, a
    backup first) whatever the window let through. Once written, the import is one step on the undo stack.
    """
    store = window.store

    def work(progress: ProgressCallback, abort: threading.Event) -> int:
        from ascn_desktop.core.workbook.importing import apply_preview

        return apply_preview(store, preview)

    def applied(_plan_id: object) -> None:
        from ascn_desktop.gui.workbook.excel_import_dialog import ImportWorkbookCommand

        command = ImportWorkbookCommand(
            window, preview, text=translate("WorkbookFeature", "Import from Excel ({0})").format(preview.path.name))
        window.undo_stack.push(command)  # already written: its first redo does nothing
        message = translate("WorkbookFeature", "Imported {0}: {1}").format(preview.path.name, preview.diff.summary())
        if preview.base.status == "final":  # core/plans_replace.py reopened it: say so, the officer re-marks it
            message += " " + translate("WorkbookFeature", "The plan was final and is a draft again; mark it final "
                                       "when it is ready.")
        window.statusBar().showMessage(message, 15000)
        window.store_changed.emit()

    task = run_task(window, work, title=translate("WorkbookFeature", "Importing the workbook…"), on_success=applied,
                    on_failure=window.show_error)
    window.excel_apply_task = task  # type: ignore[attr-defined]
    return task
