"""Compare revisions…: what changed between two imported revisions of a city's plan.

Two revision pickers and a side-by-side table (what, old value, new value)
filled from `core.plan_diff.diff_plans`: plan details changed, projects
added, removed and changed field by field, and their milestones, indicators
and funding rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.plan_diff import PlanDiff, diff_plans, display_value, field_label
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.review import ReceivedPlan, revisions_of
from ascn_desktop.core.review_comments import addressed, comments_given
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

_ACTION_COLOURS = {"added": "#1b6e20", "removed": "#b00020", "changed": "#0b4f8a"}


def _change_item(label: str, old: str, new: str) -> QTreeWidgetItem:
    label, old, new = visible(label), visible(old), visible(new)  # a received plan's text: controls shown
    item = QTreeWidgetItem([label, old, new])
    for column, text in enumerate((label, old, new)):
        item.setToolTip(column, text)  # long texts are elided in the column; the tooltip has them whole
    return item


class RevisionCompareDialog(QDialog):
    def __init__(self, store: Store, plan_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revision-compare")
        self.store = store
        self.reference = load_reference(store)
        self.revisions: list[ReceivedPlan] = revisions_of(store, plan_uuid)
        name = self.revisions[0].city_name if self.revisions else ""
        self.setWindowTitle(self.tr("Compare revisions — {0}").format(name))
        self.resize(980, 620)
        self.old = QComboBox()
        self.old.setObjectName("old-revision")
        self.new = QComboBox()
        self.new.setObjectName("new-revision")
        for plan in sorted(self.revisions, key=lambda p: p.revision):
            label = self.tr("Revision {0} (imported {1})").format(
                plan.revision, f"{plan.imported_at:%Y-%m-%d}" if plan.imported_at else "?")
            self.old.addItem(label, plan.plan_id)
            self.new.addItem(label, plan.plan_id)
        if self.old.count() >= 2:
            self.old.setCurrentIndex(self.old.count() - 2)
        self.new.setCurrentIndex(self.new.count() - 1)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Older:")))
        pickers.addWidget(self.old, 1)
        pickers.addWidget(QLabel(self.tr("Newer:")))
        pickers.addWidget(self.new, 1)
        self.summary = QLabel()
        self.summary.setObjectName("compare-summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compare-tree")
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Older revision"), self.tr("Newer revision")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 420)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Changes between the two revisions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.diff: PlanDiff | None = None
        self.comment_states: dict[str, bool] = {}  # comment "about" -> addressed by the newer revision
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        old_id, new_id = self.old.currentData(), self.new.currentData()
        if old_id is None or new_id is None:
            self.summary.setText(self.tr("Only one revision of this plan has been imported."))
            return
        self.diff = diff_plans(get_plan(self.store, old_id), get_plan(self.store, new_id))
        summary = self.diff.summary()
        self.summary.setText(summary[:1].upper() + summary[1:])
        self._show_comments(old_id, self.diff)
        if self.diff.plan_changes:
            plan_item = QTreeWidgetItem([self.tr("Plan details"), "", ""])
            for change in self.diff.plan_changes:
                plan_item.addChild(self._change_item(change.field, change.old, change.new, kind="plan"))
            self.tree.addTopLevelItem(plan_item)
        for row in self.diff.rows:
            where = "" if row.kind == "project" else f" ({row.project_code})"
            title = visible(f"{row.kind.replace('_', ' ').capitalize()} {row.label}{where} — {row.action}")
            item = QTreeWidgetItem([title, "", ""])
            item.setToolTip(0, title)
            item.setData(0, Qt.ItemDataRole.UserRole, (row.kind, row.action))
            item.setForeground(0, QBrush(QColor(_ACTION_COLOURS.get(row.action, "#000000"))))
            if row.action == "added":
                item.setText(2, self.tr("new"))
            elif row.action == "removed":
                item.setText(1, self.tr("was here"))
            for change in row.changes:
                item.addChild(self._change_item(change.field, change.old, change.new, kind=row.kind))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _show_comments(self, old_id: int, diff: PlanDiff) -> None:
        """The comments sent with the return of the older revision: which the newer one addressed."""
        old = next((plan for plan in self.revisions if plan.plan_id == old_id), None)
        comments = comments_given(self.store, old.uuid, old.revision) if old is not None else []
        self.comment_states = {}
        if not comments:
            return
        states = {comment.id: addressed(comment, diff) for comment in comments}
        self.comment_states = {comment.about: states[comment.id] for comment in comments}
        done = sum(states.values())
        top = QTreeWidgetItem([self.tr("Your comments on revision {0}: {1} of {2} addressed").format(
            old.revision if old else "", done, len(comments)), "", ""])
        top.setData(0, Qt.ItemDataRole.UserRole, ("comments", ""))
        for comment in comments:
            state = self.tr("Addressed (changed)") if states[comment.id] else self.tr("Not addressed (unchanged)")
            child = _change_item(f"{comment.about}: {comment.text}", "", state)
            child.setForeground(2, QBrush(QColor("#1b6e20" if states[comment.id] else "#b00020")))
            top.addChild(child)
        self.tree.insertTopLevelItem(0, top)

    def _change_item(self, name: str, old: object, new: object, *, kind: str) -> QTreeWidgetItem:
        """One changed field: its label ("Budget", not "budget") and both values as a person reads them."""
        def shown(value: object) -> str:
            return display_value(name, value, kind=kind, reference=self.reference)

        return _change_item(self.tr(field_label(name)), shown(old), shown(new))

    def row_titles(self) -> list[str]:
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]
