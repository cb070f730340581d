"""The preview of an Excel import: every change before anything is written, and the cell errors.

The dialog only shows a `WorkbookImportPreview` the core computed off the GUI
thread. Apply stays disabled while any error remains (or when nothing
changes); the caller applies the import as one undo step.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.plan_diff import KIND_PLURALS, KINDS, FieldChange, field_label, shown_value
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.workbook.importing import WorkbookImportPreview
from ascn_desktop.gui.tasks import Task, run_task

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow



class ExcelImportDialog(QDialog):
    def __init__(self, preview: WorkbookImportPreview, parent: QWidget | None = None, *,
                 reference: ReferenceData | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.reference = reference  # turns codes into labels ('BI' -> 'Built Infrastructure')
        self.setWindowTitle(self.tr("Import from Excel — {0}").format(preview.path.name))
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(820, room.width() - 40), min(600, room.height() - 60))  # a 1024x600 screen has a taskbar
        layout = QVBoxLayout(self)
        self.headline = QLabel(self._headline())
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self._add_errors(layout)
        self._add_changes(layout)
        if preview.result.notices:
            notices = _wrapping_list()
            notices.setObjectName("excel-import-notices")
            notices.addItems(preview.result.notices)
            notices.setMaximumHeight(90)
            layout.addWidget(QLabel(self.tr("Notes:")))
            layout.addWidget(notices)
        self.zawgyi_note = QLabel()
        self.zawgyi_note.setWordWrap(True)
        self.zawgyi_note.setObjectName("excel-import-zawgyi")
        self.convert_button = QPushButton(self.tr("&Convert to Unicode"))
        self.convert_button.setObjectName("excel-import-convert-zawgyi")
        self.convert_button.clicked.connect(self._convert_zawgyi)
        layout.addWidget(self.zawgyi_note)
        layout.addWidget(self.convert_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_zawgyi()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Apply to the plan"))
        self.apply_button.setObjectName("excel-import-apply")
        self.apply_button.setEnabled(preview.ready)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _headline(self) -> str:
        errors = self.preview.result.errors
        if errors:
            return (self.tr("The workbook has a problem. Fix this cell in the workbook and import it again; "
                            "nothing was changed.") if len(errors) == 1
                    else self.tr("The workbook has {0} problems. Fix these cells in the workbook and import it "
                                 "again; nothing was changed.").format(len(errors)))
        if self.preview.diff.is_empty:
            return self.tr("The workbook matches the plan; there is nothing to import.")
        return self.tr("Check the changes below, then apply them to the plan (Edit › Undo takes them back).")

    def _add_errors(self, layout: QVBoxLayout) -> None:
        errors = self.preview.result.errors
        self.errors = _wrapping_list()
        self.errors.setObjectName("excel-import-errors")
        self.errors.setAccessibleName(self.tr("Problems in the workbook"))
        for error in errors:
            self.errors.addItem(str(error))
        if errors:
            layout.addWidget(QLabel(self.tr("Problems (sheet!cell):")))
            layout.addWidget(self.errors, 1)
        else:
            self.errors.hide()

    def _add_changes(self, layout: QVBoxLayout) -> None:
        summary = self.preview.diff.summary()
        self.summary = QLabel(summary[:1].upper() + summary[1:])
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.changes = QTreeWidget()
        self.changes.setObjectName("excel-import-changes")
        self.changes.setAccessibleName(self.tr("Changes the import makes"))
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Before"), self.tr("After")])
        self.changes.setColumnWidth(0, 300)
        self.changes.setColumnWidth(1, 240)
        self._fill_changes()
        layout.addWidget(self.changes, 3)

    def _show_zawgyi(self) -> None:
        """Burmese typed in the Zawgyi encoding stops the import until it is converted (the store holds Unicode)."""
        found = self.preview.zawgyi
        self.zawgyi_note.setVisible(bool(found))
        self.convert_button.setVisible(bool(found))
        if found:
            self.zawgyi_note.setText(self.tr(
                "One text looks like Burmese typed in the Zawgyi encoding, which other computers and the PDFs show "
                "garbled: {0}. Convert it to Unicode to import the workbook.").format(found[0]) if len(found) == 1
                else self.tr(
                "{0} texts look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs "
                "show garbled: {1}. Convert them to Unicode to import the workbook.").format(
                len(found), ", ".join(found[:5])))

    def _convert_zawgyi(self) -> None:
        self.preview = self.preview.with_unicode()
        self.changes.clear()
        self._fill_changes()
        self._show_zawgyi()
        self.apply_button.setEnabled(self.preview.ready)

    def _fill_changes(self) -> None:
        diff = self.preview.diff
        self._group_words = {"added": self.tr("{0} added ({1})"), "changed": self.tr("{0} changed ({1})"),
                             "removed": self.tr("{0} removed ({1})")}  # "Projects changed (2)"
        city = self.reference.cities.get(self.preview.base.city) if self.reference is not None else None
        city_currency = city.currency if city is not None else ""
        if diff.plan_changes:
            plan_item = QTreeWidgetItem([self.tr("Plan details")])
            for change in diff.plan_changes:
                plan_item.addChild(_change_item(change, kind="plan", reference=self.reference, currency=""))
            self.changes.addTopLevelItem(plan_item)
        for kind in KINDS:
            for action in self._group_words:
                rows = diff.of(kind, action)
                if not rows:
                    continue
                rows_word = _(KIND_PLURALS[kind])
                group = QTreeWidgetItem([self._group_words[action].format(rows_word[:1].upper() + rows_word[1:],
                                                                          len(rows))])
                for row in rows:
                    where = "" if kind == "project" else f"  [{row.project_code}]"
                    item = QTreeWidgetItem([_elided(row.label) + where])
                    item.setToolTip(0, row.label + where)
                    item.setData(0, Qt.ItemDataRole.UserRole, row.id)
                    for change in row.changes:
                        item.addChild(_change_item(change, kind=kind, reference=self.reference,
                                                   currency=row.currency or city_currency))
                    group.addChild(item)
                self.changes.addTopLevelItem(group)
                group.setExpanded(len(rows) <= 20)
        if len(diff.rows) <= 50:  # small imports: every field change visible at once
            self.changes.expandAll()


class _WrappedSentence(QStyledItemDelegate):
    """Each row as wide as the list and as tall as its sentence wrapped to that width. (A list view measures
    a row unbounded, and a row only as wide as its longest wrapped line is wrapped again when drawn: one
    line more than its height holds, and the sentence ends in "…".)"""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        if not isinstance(view, QListWidget):
            return super().sizeHint(option, index)
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, view.viewport().width(), 1 << 16)  # a valid rectangle: Qt wraps only inside one
        height = super().sizeHint(option, index).height()
        # The style draws the text inside the row less its focus frame: room for that too, or the last line
        # does not fit and the one before it ends in "…".
        frame = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, view)
        return QSize(option.rect.width(), height + 2 * frame)


def _wrapping_list() -> QListWidget:
    """A list of sentences (problems, notes) wrapped to its width: a long one, or one in a language that
    says more, is read whole instead of running off to the right behind a scroll bar."""
    sentences = QListWidget()
    sentences.setItemDelegate(_WrappedSentence(sentences))
    sentences.setWordWrap(True)
    sentences.setSpacing(2)
    sentences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sentences.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the dialog is resized
    return sentences


_SHOWN_CHARACTERS = 60  # longer values (descriptions, risks) are cut here; the tooltip has the full text


def _elided(text: str) -> str:
    flat = visible(" ".join(text.split()))  # text from a workbook: controls shown, not obeyed
    return flat if len(flat) <= _SHOWN_CHARACTERS else flat[:_SHOWN_CHARACTERS - 1].rstrip() + "…"


def _change_item(change: FieldChange, *, kind: str, reference: ReferenceData | None,
                 currency: str) -> QTreeWidgetItem:
    """One field change in words: 'Budget  1,500,000.00 VND  2,000,000.00 VND', codes shown as their labels."""
    before = shown_value(change.field, change.old, kind, reference, currency)
    after = shown_value(change.field, change.new, kind, reference, currency)
    item = QTreeWidgetItem([field_label(change.field), _elided(before), _elided(after)])
    for column, full in ((1, before), (2, after)):
        if _elided(full) != full:
            item.setToolTip(column, full)
    return item


class ImportWorkbookCommand(QUndoCommand):
    """One undo step for an import the core already applied: undo puts the plan back, redo applies it again.

    Both write off the GUI thread (gui.tasks.run_task); Undo and Redo wait while one runs, so steps
    reach the store in the order they were asked for.
    """

    def __init__(self, window: MainWindow, preview: WorkbookImportPreview, *, text: str) -> None:
        super().__init__(text)
        self.window = window
        self.preview = preview
        self._applied = True  # pushed after apply_preview wrote it: the push's redo() has nothing to do
        self.task: Task | None = None

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run("redo")

    def undo(self) -> None:
        self._run("undo")

    def _run(self, step: str) -> None:
        from ascn_desktop.core.workbook import importing

        write = importing.redo_workbook_import if step == "redo" else importing.undo_workbook_import
        store, preview, window = self.window.store, self.preview, self.window
        for action in (window.undo_action, window.redo_action):
            action.setEnabled(False)

        def work(progress: ProgressCallback, abort: threading.Event) -> None:
            write(store, preview)

        def failed(error: AscnError) -> None:
            self.setObsolete(True)
            window.show_error(error)
            window.store_changed.emit()

        self.task = run_task(window, work, title=self.text(), quiet=True,
                             on_success=lambda _none: window.store_changed.emit(), on_failure=failed)
        self.task.finished.connect(self._enable_actions)

    def _enable_actions(self) -> None:
        stack = self.window.undo_stack
        self.window.undo_action.setEnabled(stack.canUndo())
        self.window.redo_action.setEnabled(stack.canRedo())
