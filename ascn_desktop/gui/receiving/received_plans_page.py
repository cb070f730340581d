"""The "Received plans" page (NR, ASEC): imported plans, their signer and review status.

Select a plan, then View plan… (or double-click it: the read-only viewer),
Accept… (asks first; Undo accept takes it back until the plan is in a national
bundle), Return… (reason, note folder, passphrase: a signed review note is saved
for the city, and the page says where) or Compare revisions…. Decisions are
made by `core.review`; the list is read and every decision written on the
background runner (gui/tasks.py), the decision buttons off meanwhile. Drafts say
so in their own column and in every confirmation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.progress import ProgressCallback
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.review import ReceivedList, ReceivedPlan, received_list, review_plan, undo_acceptance
from ascn_desktop.gui.receiving.plan_viewer import PlanViewer
from ascn_desktop.gui.receiving.review_dialogs import ReturnDialog
from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog
from ascn_desktop.gui.settings import profile_settings
from ascn_desktop.gui.tasks import NewestRead, Task, run_task
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible

_STATUS_COLOURS = {"received": "#8a6d00", "accepted": "#1b6e20", "returned": "#b00020"}


class ReceivedPlansPage(QWidget):
    reviewed = Signal()  # a decision was written to the store, and the list shows it
    failed = Signal(object)  # an AscnError to show
    loaded = Signal()  # the list read on the background runner is on screen
    busy_changed = Signal()  # a decision started or ended (its buttons are off meanwhile)

    # Marked for lupdate; translated where shown.
    COLUMNS = (
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "City"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Country"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Cycle"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Revision"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Plan status"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Signed by"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Imported"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Review"),
        QT_TRANSLATE_NOOP("ReceivedPlansPage", "Reason"),
    )
    SIGNER_COLUMN, REVIEW_COLUMN, STATUS_COLUMN = 5, 7, 4

    def __init__(self, store: Store, parent: QWidget | None = None, *,
                 reference: ReferenceData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("received-plans-page")
        self.store = store
        self.reference = reference  # None: read with the first list
        self.every: list[ReceivedPlan] = []  # every imported revision, as last read
        self.plans: list[ReceivedPlan] = []  # the rows shown
        self.undoable: frozenset[int] = frozenset()  # plan ids whose acceptance can be taken back
        self.revision_counts: Counter[str] = Counter()  # plan uuid -> imported revisions
        self.status_labels = {"received": self.tr("Received"), "accepted": self.tr("Accepted"),
                              "returned": self.tr("Returned")}
        self.busy = False
        self.reads = NewestRead(self)
        self.task: Task | None = None
        self.confirm_box: QMessageBox | None = None
        self.note_box: QMessageBox | None = None
        self.viewer: PlanViewer | None = None
        self.last_note: Path | None = None
        title = QLabel(self.tr("Received plans"))
        title.setObjectName("page-title")
        self.hint = QLabel(self.tr("Plans imported from cities. Double-click one to read it; accept it or return "
                                   "it with a reason. Import bundles with File → Import bundles… or by dropping "
                                   "them here."))
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("review-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("No plan has been received yet.\n\nImport the bundles the cities sent you with "
                                    "File → Import bundles… (Ctrl+I), or drop them on this window."))
        self.empty.setObjectName("empty-state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the first list says there is nothing
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(self._buttons())
        layout.addWidget(self.status)
        layout.addWidget(self._table(), 1)
        layout.addWidget(self.empty, 1)
        self.reload()

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("received-table")
        self.table.setHorizontalHeaderLabels([self.tr(str(text)) for text in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Received plans"))
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        return self.table

    def _buttons(self) -> QHBoxLayout:
        def button(text: str, name: str, action: Callable[[], object]) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.clicked.connect(lambda: action())
            return made

        self.view_button = button(self.tr("&View plan…"), "view-plan", self.view_selected)
        self.accept_button = button(self.tr("&Accept…"), "accept-plan", self.accept_selected)
        self.undo_button = button(self.tr("&Undo accept"), "undo-accept", self.undo_selected)
        self.undo_button.setToolTip(self.tr("Take back the acceptance; possible until the plan is in a national "
                                            "bundle"))
        self.return_button = button(self.tr("&Return…"), "return-plan", self.return_selected)
        self.compare_button = button(self.tr("&Compare revisions…"), "compare-revisions", self.compare_selected)
        self.history = QCheckBox(self.tr("Show earlier revisions"))
        self.history.setObjectName("show-history")
        self.history.toggled.connect(self._show_list)  # the list holds every revision: no read needed
        row = QHBoxLayout()
        for each in (self.view_button, self.accept_button, self.undo_button, self.return_button,
                     self.compare_button):
            row.addWidget(each)
        row.addStretch(1)
        row.addWidget(self.history)
        return row

    # --- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list on the background runner; the table keeps what it shows until the answer arrives."""
        self.reads.ask(self._reader(), lambda answer: self._list_arrived(*answer), self.failed.emit)

    def _reader(self) -> Callable[[], tuple[ReferenceData, ReceivedList]]:
        """What one refresh reads (on the runner): the reference data the first time, and the list."""
        store, reference = self.store, self.reference
        return lambda: (reference or load_reference(store), received_list(store))

    def _list_arrived(self, reference: ReferenceData, listing: ReceivedList) -> None:
        self.reference = reference
        self.every, self.undoable = listing.plans, listing.undoable
        self.revision_counts = Counter(plan.uuid for plan in self.every)
        self._show_list()
        self.loaded.emit()

    def _show_list(self) -> None:
        selected = self.selected()
        self.plans = self.every if self.history.isChecked() else [plan for plan in self.every if plan.is_current]
        self.table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            for column, item in enumerate(self._row_items(plan)):
                self.table.setItem(row, column, item)
            if selected is not None and plan.plan_id == selected.plan_id:
                self.table.selectRow(row)
        self.table.setVisible(bool(self.plans))
        self.empty.setVisible(not self.plans)
        self._update_buttons()

    def _row_items(self, plan: ReceivedPlan) -> list[QTableWidgetItem]:
        assert self.reference is not None  # read with the list
        imported = f"{plan.imported_at:%Y-%m-%d %H:%M}" if plan.imported_at else ""
        revision = str(plan.revision) + ("" if plan.is_current else self.tr(" (superseded)"))
        values = (plan.city_name, self.reference.country_name(plan.country), plan.cycle,
                  revision, self.tr("Draft") if plan.is_draft else self.tr("Final"), plan.signer, imported,
                  self.status_labels.get(plan.review_status, plan.review_status), plan.review_reason)
        items = []
        for column, value in enumerate(values):
            item = QTableWidgetItem(visible(value))  # signer's name, reason: sender's text, controls shown
            item.setData(Qt.ItemDataRole.UserRole, plan.plan_id)
            if column == self.REVIEW_COLUMN:
                item.setForeground(QBrush(QColor(_STATUS_COLOURS.get(plan.review_status, "#000000"))))
            if column == self.STATUS_COLUMN and plan.is_draft:
                bold = QFont(item.font())
                bold.setBold(True)
                item.setFont(bold)
                item.setForeground(QBrush(QColor("#8a6d00")))
                item.setToolTip(self.tr("The city has not marked this plan final"))
            if column == self.SIGNER_COLUMN:
                item.setToolTip(plan.signer_fingerprint)
            items.append(item)
        return items

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
        reviewable = plan is not None and plan.is_current and not self.busy
        self.view_button.setEnabled(plan is not None)
        self.accept_button.setEnabled(reviewable and plan is not None and plan.review_status != "accepted")
        self.undo_button.setEnabled(plan is not None and plan.plan_id in self.undoable and not self.busy)
        self.return_button.setEnabled(reviewable)
        # Comparing needs two revisions; with one there is nothing to compare.
        self.compare_button.setEnabled(plan is not None and self.revision_counts[plan.uuid] >= 2)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()
        self.busy_changed.emit()

    def is_reviewable(self, plan: ReceivedPlan | None) -> bool:
        """Whether a decision on `plan` can be made now (current, and no other decision being written)."""
        return plan is not None and plan.is_current and not self.busy

    def view_selected(self) -> PlanViewer | None:
        """The read-only viewer of the selected plan (double-click, or View plan…)."""
        plan = self.selected()
        if plan is None:
            return None
        self.viewer = PlanViewer(self.store, plan.plan_id, self, self, reference=self.reference)
        self.viewer.open()
        return self.viewer

    # --- decisions ---------------------------------------------------------------------

    def _decide(self, work: Callable[[ProgressCallback], object], *, done: Callable[[object], None], title: str = "",
                quiet: bool = True) -> None:
        """Write a decision on the runner, the decision buttons off meanwhile, and read the list after it.

        `reviewed` is emitted once that list is on screen, so whoever listens (the viewer, the window) sees
        the plan as decided."""
        self._set_busy(True)
        read = self._reader()

        def succeeded(answer: tuple[object, ReferenceData, ReceivedList]) -> None:
            result, reference, listing = answer
            self._set_busy(False)
            done(result)
            self.reads.forget()  # this list is newer than any read still on its way
            self._list_arrived(reference, listing)
            self.reviewed.emit()

        def refused(error: AscnError) -> None:
            self._set_busy(False)
            self.failed.emit(error)

        self.task = run_task(self, lambda progress, _abort: (work(progress), *read()), title=title, quiet=quiet,
                             on_success=succeeded, on_failure=refused)

    def accept_selected(self) -> None:
        plan = self.selected()
        if plan is not None:
            self.accept_plan(plan)

    def accept_plan(self, plan: ReceivedPlan, *, parent: QWidget | None = None) -> QMessageBox:
        """Ask before accepting (drafts say so); the decision happens when the person confirms."""
        text = self.tr("Accept revision {0} of the plan of {1}?").format(plan.revision, plan.city_name)
        details = self.tr("Accepted plans go into your national bundle. You can undo this until you consolidate.")
        if plan.is_draft:
            text = self.tr("This plan is a DRAFT: the city has not marked it final. Accept revision {0} of the "
                           "plan of {1} anyway?").format(plan.revision, plan.city_name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Accept the plan"), text,
                          QMessageBox.StandardButton.NoButton, parent or self)
        box.setObjectName("confirm-accept")
        box.setInformativeText(details)
        accept = box.addButton(self.tr("Accept draft") if plan.is_draft else self.tr("Accept"),
                               QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("confirm-accept-yes")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(button: object) -> None:
            if button is accept:
                self._accept_now(plan)

        box.buttonClicked.connect(decided)
        self.confirm_box = box
        box.open()
        return box

    def _accept_now(self, plan: ReceivedPlan) -> None:
        store = self.store
        self._decide(lambda _progress: review_plan(store, plan.plan_id, "accepted"), done=lambda _result: self.status.setText(
            self.tr("Accepted revision {0} of the plan of {1}. Undo accept takes it back until you consolidate.")
            .format(plan.revision, plan.city_name)))

    def undo_selected(self) -> None:
        plan, store = self.selected(), self.store
        if plan is None:
            return
        self._decide(lambda _progress: undo_acceptance(store, plan.plan_id), done=lambda _result: self.status.setText(
            self.tr("The plan of {0} is no longer accepted; it waits for your decision again.")
            .format(plan.city_name)))

    def make_return_dialog(self, plan: ReceivedPlan, full: Plan) -> ReturnDialog:
        return ReturnDialog(plan.city_name, plan.revision, self, settings=profile_settings(self.store.profile),
                            plan=full)

    def return_selected(self) -> None:
        plan = self.selected()
        if plan is not None:
            self.return_plan(plan)

    def return_plan(self, plan: ReceivedPlan, *, full: Plan | None = None) -> None:
        """Ask for the reason, comments, folder and passphrase, then sign the note and record the return.

        The comments point at the plan's projects and fields: without `full` (the plan as the viewer
        read it), the plan is read on the runner first."""
        if full is None:
            store = self.store
            self._set_busy(True)

            def read(whole: Plan) -> None:
                self._set_busy(False)
                self.return_plan(plan, full=whole)

            def refused(error: AscnError) -> None:
                self._set_busy(False)
                self.failed.emit(error)

            run_task(self, lambda _progress, _abort: get_plan(store, plan.plan_id), quiet=True, on_success=read,
                     on_failure=refused)
            return
        dialog = self.make_return_dialog(plan, full)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, folder, passphrase = dialog.reason_text(), dialog.note_dir(), dialog.passphrase_text()
        comments = dialog.comments()
        dialog.passphrase.clear()
        store = self.store

        def work(progress: ProgressCallback) -> Path | None:
            progress(0.2, "Signing the review note…")
            return review_plan(store, plan.plan_id, "returned", reason=reason, note_dir=folder,
                               passphrase=passphrase, comments=comments)

        def done(note: object) -> None:
            self.last_note = note if isinstance(note, Path) else None
            if self.last_note is not None:
                self._show_note_written(plan, self.last_note)

        self._decide(work, done=done, title=self.tr("Returning the plan…"), quiet=False)

    def _show_note_written(self, plan: ReceivedPlan, note: Path) -> None:
        """Say where the review note is and offer its folder: the person must send that file to the city."""
        self.status.setText(self.tr("Returned the plan of {0}. The signed review note is {1}; send it to the "
                                    "city.").format(plan.city_name, note))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Plan returned"),
                          self.tr("The plan of {0} was returned. Send this signed review note to the city:")
                          .format(plan.city_name), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("note-written")
        box.setInformativeText(str(note))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("open-note-folder")
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(note.parent))))
        self.note_box = box
        box.open()

    def compare_selected(self) -> RevisionCompareDialog | None:
        plan = self.selected()
        if plan is None:
            return None
        dialog = RevisionCompareDialog(self.store, plan.uuid, self, reference=self.reference)
        dialog.open()
        return dialog
