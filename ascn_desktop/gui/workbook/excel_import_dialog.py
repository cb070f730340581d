"""The preview of an Excel import: every change before anything is written, and the cell errors.

The dialog only shows a `WorkbookImportPreview` the core computed off the GUI
thread. Apply stays disabled while any error remains (or when nothing
changes); the caller applies the import as one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_diff import KIND_PLURALS, KINDS, FieldChange, display_value, field_label
from ascn_desktop.core.plans_replace import replace_plan_content
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook.importing import WorkbookImportPreview
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

_ACTIONS = ("added", "changed", "removed")


class ExcelImportDialog(QDialog):
    def __init__(self, preview: WorkbookImportPreview, parent: QWidget | None = None, *,
                 reference: ReferenceData | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.reference = reference  # turns codes into labels ('BI' -> 'Built Infrastructure')
        self.setWindowTitle(self.tr("Import from Excel — {0}").format(preview.path.name))
        self.resize(820, 600)
        layout = QVBoxLayout(self)

        errors = preview.result.errors
        if errors:
            headline = self.tr("The workbook has {0} problem(s). Fix these cells in the workbook and import it "
                               "again; nothing was changed.").format(len(errors))
        elif preview.diff.is_empty:
            headline = self.tr("The workbook matches the plan; there is nothing to import.")
        else:
            headline = self.tr("Check the changes below, then apply them to the plan (Edit › Undo takes them "
                               "back).")
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        self.errors = QListWidget()
        self.errors.setObjectName("excel-import-errors")
        self.errors.setAccessibleName(self.tr("Problems in the workbook"))
        for error in errors:
            self.errors.addItem(str(error))
        if errors:
            layout.addWidget(QLabel(self.tr("Problems (sheet!cell):")))
            layout.addWidget(self.errors, 1)
        else:
            self.errors.hide()

        summary = preview.diff.summary()
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
        if len(preview.diff.rows) <= 50:  # small imports: every field change visible at once
            self.changes.expandAll()
        layout.addWidget(self.changes, 3)

        if preview.result.notices:
            notices = QListWidget()
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

    def _show_zawgyi(self) -> None:
        """Burmese typed in the Zawgyi encoding stops the import until it is converted (the store holds Unicode)."""
        found = self.preview.zawgyi
        self.zawgyi_note.setVisible(bool(found))
        self.convert_button.setVisible(bool(found))
        if found:
            self.zawgyi_note.setText(self.tr(
                "{0} text(s) look like Burmese typed in the Zawgyi encoding, which other computers and the PDFs "
                "show garbled: {1}. Convert them to Unicode to import the workbook.").format(
                len(found), ", ".join(found[:5])))

    def _convert_zawgyi(self) -> None:
        self.preview = self.preview.with_unicode()
        self.changes.clear()
        self._fill_changes()
        if len(self.preview.diff.rows) <= 50:
            self.changes.expandAll()
        self._show_zawgyi()
        self.apply_button.setEnabled(self.preview.ready)

    def _fill_changes(self) -> None:
        diff = self.preview.diff
        if diff.plan_changes:
            plan_item = QTreeWidgetItem([self.tr("Plan details")])
            for change in diff.plan_changes:
                plan_item.addChild(_change_item(change, kind="plan", reference=self.reference))
            self.changes.addTopLevelItem(plan_item)
        for kind in KINDS:
            for action in _ACTIONS:
                rows = diff.of(kind, action)
                if not rows:
                    continue
                group = QTreeWidgetItem([f"{KIND_PLURALS[kind].capitalize()} {action} ({len(rows)})"])
                for row in rows:
                    where = "" if kind == "project" else f"  [{row.project_code}]"
                    item = QTreeWidgetItem([_elided(row.label) + where])
                    item.setToolTip(0, row.label + where)
                    item.setData(0, Qt.ItemDataRole.UserRole, row.id)
                    for change in row.changes:
                        item.addChild(_change_item(change, kind=kind, reference=self.reference))
                    group.addChild(item)
                self.changes.addTopLevelItem(group)
                group.setExpanded(len(rows) <= 20)


_SHOWN_CHARACTERS = 60  # longer values (descriptions, risks) are cut here; the tooltip has the full text


def _elided(text: str) -> str:
    flat = visible(" ".join(text.split()))  # text from a workbook: controls shown, not obeyed
    return flat if len(flat) <= _SHOWN_CHARACTERS else flat[:_SHOWN_CHARACTERS - 1].rstrip() + "…"


def _change_item(change: FieldChange, *, kind: str, reference: ReferenceData | None) -> QTreeWidgetItem:
    """One field change in words: 'Budget  1,500,000.00  2,000,000', codes shown as their labels."""
    before = display_value(change.field, change.old, kind=kind, reference=reference)
    after = display_value(change.field, change.new, kind=kind, reference=reference)
    item = QTreeWidgetItem([field_label(change.field), _elided(before), _elided(after)])
    for column, full in ((1, before), (2, after)):
        if _elided(full) != full:
            item.setToolTip(column, full)
    return item


class ImportWorkbookCommand(QUndoCommand):
    """One undo step: the plan's whole content before and after the import."""

    def __init__(self, store: Store, plan_id: int, before: Plan, after: Plan, *, on_change: object,
                 on_error: object, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.plan_id = plan_id
        self.before = before
        self.after = after
        self._on_change = on_change
        self._on_error = on_error
        self._stamp: datetime | None = None

    def redo(self) -> None:
        self._write(self.after, previous=self.before)

    def undo(self) -> None:
        self._write(self.before, previous=self.after)

    def _write(self, plan: Plan, *, previous: Plan) -> None:
        try:
            # `previous` with the store's last stamp lets the core skip loading unchanged projects.
            stamp = replace_plan_content(self.store, self.plan_id, plan,
                                         previous=replace(previous, updated_at=self._stamp or previous.updated_at))
        except AscnError as error:
            self.setObsolete(True)
            if callable(self._on_error):
                self._on_error(error)
            return
        self._stamp = stamp
        if callable(self._on_change):
            self._on_change()
