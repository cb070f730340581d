"""The "Received plans" page (NR, ASEC): imported plans, their signer and review status.

Select a plan, then Accept, Return… (reason, note folder, passphrase: a signed
review note is saved for the city) or Compare revisions…. Decisions are made
by `core.review.review_plan`; signing runs in the background.
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.review import ReceivedPlan, received_plans, review_plan
from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog
from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog
from ascn_desktop.gui.tasks import Task, run_task
from ascn_desktop.store.engine import Store

_STATUS_COLOURS = {"received": "#8a6d00", "accepted": "#1b6e20", "returned": "#b00020"}


class ReceivedPlansPage(QWidget):
    reviewed = Signal()  # a decision was written to the store
    failed = Signal(object)  # an AscnError to show

    COLUMNS = ("City", "Country", "Cycle", "Revision", "Signed by", "Imported", "Review", "Reason")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("received-plans-page")
        self.store = store
        self.plans: list[ReceivedPlan] = []
        self.revision_counts: Counter[str] = Counter()  # plan uuid -> imported revisions
        self.reference = load_reference(store)
        self.status_labels = {"received": self.tr("Received"), "accepted": self.tr("Accepted"),
                              "returned": self.tr("Returned")}
        self.task: Task | None = None
        title = QLabel(self.tr("Received plans"))
        title.setObjectName("page-title")
        self.hint = QLabel(self.tr("Plans imported from cities. Select one to accept it or return it with a "
                                   "reason; import bundles with File → Import bundles… or by dropping them here."))
        self.hint.setWordWrap(True)
        self.history = QCheckBox(self.tr("Show earlier revisions"))
        self.history.setObjectName("show-history")
        self.history.toggled.connect(self.reload)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("received-table")
        self.table.setHorizontalHeaderLabels([self.tr(text) for text in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Received plans"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("accept-plan")
        self.return_button = QPushButton(self.tr("&Return…"))
        self.return_button.setObjectName("return-plan")
        self.compare_button = QPushButton(self.tr("&Compare revisions…"))
        self.compare_button.setObjectName("compare-revisions")
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.return_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        every = received_plans(self.store, current_only=False)
        self.revision_counts = Counter(plan.uuid for plan in every)
        self.plans = every if self.history.isChecked() else [plan for plan in every if plan.is_current]
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            imported = f"{plan.imported_at:%Y-%m-%d %H:%M}" if plan.imported_at else ""
            revision = str(plan.revision) + ("" if plan.is_current else self.tr(" (superseded)"))
            values = (plan.city_name, self.reference.member_states.get(plan.country, plan.country), plan.cycle,
                      revision, plan.signer, imported,
                      self.status_labels.get(plan.review_status, plan.review_status), plan.review_reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, plan.plan_id)
                if column == 6:
                    item.setForeground(QBrush(QColor(_STATUS_COLOURS.get(plan.review_status, "#000000"))))
                if column == 4:
                    item.setToolTip(plan.signer_fingerprint)
                self.table.setItem(row, column, item)
            if selected is not None and plan.plan_id == selected.plan_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> ReceivedPlan | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.plans):
            return None
        return self.plans[rows[0].row()]

    def select_city(self, city_code: str) -> None:
        for row, plan in enumerate(self.plans):
            if plan.city == city_code and plan.is_current:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        plan = self.selected()
        reviewable = plan is not None and plan.is_current
        self.accept_button.setEnabled(reviewable)
        self.return_button.setEnabled(reviewable)
        # Comparing needs two revisions; with one there is nothing to compare.
        self.compare_button.setEnabled(plan is not None and self.revision_counts[plan.uuid] >= 2)

    def accept_selected(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        try:
            review_plan(self.store, plan.plan_id, "accepted")
        except AscnError as error:
            self.failed.emit(error)
            return
        self.reload()
        self.reviewed.emit()

    def make_return_dialog(self, plan: ReceivedPlan) -> ReturnDialog:
        return ReturnDialog(plan.city_name, plan.revision, self)

    def return_selected(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        dialog = self.make_return_dialog(plan)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, folder, passphrase = dialog.reason_text(), dialog.note_dir(), dialog.passphrase_text()
        dialog.passphrase.clear()
        store = self.store

        def work(progress: ProgressCallback, abort: threading.Event) -> Path | None:
            progress(0.2, "Signing the review note…")
            return review_plan(store, plan.plan_id, "returned", reason=reason, note_dir=folder,
                               passphrase=passphrase)

        def done(note: object) -> None:
            self.last_note = note
            self.reload()
            self.reviewed.emit()

        self.task = run_task(self, work, title=self.tr("Returning the plan…"), on_success=done,
                             on_failure=self.failed.emit)

    def compare_selected(self) -> RevisionCompareDialog | None:
        plan = self.selected()
        if plan is None:
            return None
        dialog = RevisionCompareDialog(self.store, plan.uuid, self)
        dialog.open()
        return dialog
