"""Compare revisions…: what changed between two imported revisions of a city's plan.

Two revision pickers and a side-by-side table (what, old value, new value)
filled from `core.review_comments.compare_revisions` (run on the background runner): plan details changed, projects
added, removed and changed field by field, and their milestones, indicators
and funding rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plan_diff import PlanDiff, display_value, field_label
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.review import ReceivedPlan, revisions_of
from ascn_desktop.core.review_comments import Comment, RevisionComparison, compare_revisions
from ascn_desktop.gui.dialog_size import resize_within_screen
from ascn_desktop.gui.tasks import NewestRead, run_task
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
    """The revisions are read, and each comparison made, on the background runner; the tree keeps what it
    shows until the newest comparison arrives."""

    loaded = Signal()  # the chosen comparison is on screen

    def __init__(self, store: Store, plan_uuid: str, parent: QWidget | None = None, *,
                 reference: ReferenceData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revision-compare")
        self.store = store
        self.revisions: list[ReceivedPlan] = []
        self.comparisons = NewestRead(self)
        self.setWindowTitle(self.tr("Compare revisions — {0}").format(""))
        self.old = QComboBox()
        self.old.setObjectName("old-revision")
        self.new = QComboBox()
        self.new.setObjectName("new-revision")
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Older:")))
        pickers.addWidget(self.old, 1)
        pickers.addWidget(QLabel(self.tr("Newer:")))
        pickers.addWidget(self.new, 1)
        self.summary = QLabel(self.tr("Reading the revisions…"))
        self.summary.setObjectName("compare-summary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self._tree(), 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 980, 620)
        self.tree.header().resizeSection(0, self.width() * 2 // 5)  # the values share the rest, on any screen
        self.diff: PlanDiff | None = None
        self.comment_states: dict[str, bool] = {}  # comment "about" -> addressed by the newer revision
        run_task(self, lambda _progress, _abort: (reference or load_reference(store), revisions_of(store, plan_uuid)),
                 quiet=True, on_success=lambda result: self._revisions_arrived(*result), on_failure=self._failed)

    def _tree(self) -> QTreeWidget:
        self.tree = QTreeWidget()
        self.tree.setObjectName("compare-tree")
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Older revision"), self.tr("Newer revision")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Changes between the two revisions"))
        return self.tree

    def _revisions_arrived(self, reference: ReferenceData, revisions: list[ReceivedPlan]) -> None:
        self.reference, self.revisions = reference, revisions
        name = revisions[0].city_name if revisions else ""
        self.setWindowTitle(self.tr("Compare revisions — {0}").format(name))
        for plan in sorted(revisions, key=lambda p: p.revision):
            label = self.tr("Revision {0} (imported {1})").format(
                plan.revision, f"{plan.imported_at:%Y-%m-%d}" if plan.imported_at else "?")
            self.old.addItem(label, plan.plan_id)
            self.new.addItem(label, plan.plan_id)
        if self.old.count() >= 2:
            self.old.setCurrentIndex(self.old.count() - 2)
        self.new.setCurrentIndex(self.new.count() - 1)
        self.old.currentIndexChanged.connect(self.refresh)
        self.new.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _failed(self, error: AscnError) -> None:
        self.summary.setText(visible(error.message))

    def refresh(self) -> None:
        """Compare the two chosen revisions on the runner; only the newest answer is shown."""
        store = self.store
        old_id, new_id = self.old.currentData(), self.new.currentData()
        if old_id is None or new_id is None:
            self.comparisons.forget()
            self.tree.clear()
            self.summary.setText(self.tr("Only one revision of this plan has been imported."))
            self.loaded.emit()
            return
        self.comparisons.ask(lambda: compare_revisions(store, old_id, new_id),
                             lambda comparison: self._show(old_id, comparison), self._failed)

    def _show(self, old_id: int, comparison: RevisionComparison) -> None:
        self.tree.clear()
        self.diff = comparison.diff
        summary = self.diff.summary()
        self.summary.setText(summary[:1].upper() + summary[1:])
        self._show_comments(old_id, comparison.comments)
        if self.diff.plan_changes:
            plan_item = QTreeWidgetItem([self.tr("Plan details"), "", ""])
            for change in self.diff.plan_changes:
                plan_item.addChild(self._change_item(change.field, change.old, change.new, kind="plan"))
            self.tree.addTopLevelItem(plan_item)
        for row in self.diff.rows:
            where = "" if row.kind == "project" else f" ({row.project_code})"
            title = visible(self.tr("{0} {1}{2} — {3}").format(
                self._kind_name(row.kind), row.label, where, self._action_word(row.action)))
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
        self.loaded.emit()

    def _kind_name(self, kind: str) -> str:
        names = {"project": self.tr("Project"), "milestone": self.tr("Milestone"), "indicator": self.tr("Indicator"),
                 "funding": self.tr("Funding"), "progress_note": self.tr("Progress note")}
        return names.get(kind, kind)

    def _action_word(self, action: str) -> str:
        words = {"added": self.tr("added"), "changed": self.tr("changed"), "removed": self.tr("removed")}
        return words.get(action, action)

    def _show_comments(self, old_id: int, comments: list[tuple[Comment, bool]]) -> None:
        """The comments sent with the return of the older revision: which the newer one addressed."""
        old = next((plan for plan in self.revisions if plan.plan_id == old_id), None)
        self.comment_states = {comment.about: done for comment, done in comments}
        if not comments:
            return
        done = sum(1 for _comment, addressed in comments if addressed)
        top = QTreeWidgetItem([self.tr("Your comments on revision {0}: {1} of {2} addressed").format(
            old.revision if old else "", done, len(comments)), "", ""])
        top.setData(0, Qt.ItemDataRole.UserRole, ("comments", ""))
        for comment, addressed in comments:
            state = self.tr("Addressed (changed)") if addressed else self.tr("Not addressed (unchanged)")
            child = _change_item(f"{comment.about}: {comment.text}", "", state)
            child.setForeground(2, QBrush(QColor("#1b6e20" if addressed else "#b00020")))
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
