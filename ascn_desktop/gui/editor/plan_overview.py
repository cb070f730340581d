"""Plan overview: the officer's city and cycle, the plan's own fields, status and readiness.

What the page shows is read by ``core.plan_overview.overview_facts`` on the
background runner (``gui/tasks.py``); the page fills in when it arrives. Every
accepted edit (a line edit's editingFinished, a focus area toggled, the status
chosen) is one named command on the window's undo stack
(``plan_field_command.py``) that saves in the background, in order. Marking
the plan final runs the readiness check first, which refuses while errors remain.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import format_date_time
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_overview import (
    OverviewFacts,
    ReturnedNote,
    next_cycle,
    overview_facts,
    plan_findings,
    previous_cycle,
)
from ascn_desktop.core.plans import create_plan as core_create_plan
from ascn_desktop.core.plans import start_next_cycle as core_start_next_cycle
from ascn_desktop.core.readiness import readiness_summary
from ascn_desktop.core.reference import CycleInfo
from ascn_desktop.core.review_comments import Comment
from ascn_desktop.core.workplace import editor_name
from ascn_desktop.gui.editor.plan_overview_edits import PlanEdits
from ascn_desktop.gui.editor.plan_overview_form import NoPlanBox, PlanFields
from ascn_desktop.gui.editor.review_comments_box import ReviewCommentsBox
from ascn_desktop.gui.tasks import run_task

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow


class PlanOverview(QWidget):
    loaded = Signal()  # the store's facts arrived and are on screen

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("plan-overview")
        self._window = window
        self.store = window.store
        self.reference = window.reference
        self.plan: Plan | None = None
        self.plan_id: int | None = None
        self.loading = False
        self._generation = 0  # grows with every read asked for: an older answer is dropped
        self.filling = False  # widgets being filled from the store: their signals are not edits
        self._previous_plan_id: int | None = None  # the previous cycle's plan, to start from
        self._build()
        self.edits = PlanEdits(self)
        self._readiness_timer = QTimer(self)
        self._readiness_timer.setSingleShot(True)
        self._readiness_timer.setInterval(250)  # one check after a burst of edits, not one per edit
        self._readiness_timer.timeout.connect(self.refresh_readiness)
        # Every committed edit (a project added, a field changed, an undo) re-checks the readiness line.
        window.saved.connect(self._schedule_readiness)
        window.undo_stack.indexChanged.connect(self._schedule_readiness)
        window.store_changed.connect(self.reload)
        self._fill_cycles()
        self.reload(default_cycle=True)

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.fields = PlanFields(self.reference)
        self.no_plan = NoPlanBox()
        self.comments_box = ReviewCommentsBox(self.store, go_to=self._go_to_comment)
        self._alias_widgets()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._header())
        layout.addWidget(self.no_plan)
        layout.addWidget(self._plan_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._connect_edits()

    def _alias_widgets(self) -> None:
        """The widgets other features and tests reach through the page."""
        fields, no_plan = self.fields, self.no_plan
        self.title_edit, self.title_message = fields.title_edit, fields.title_message
        self.vision_edit, self.blueprint_edit = fields.vision_edit, fields.blueprint_edit
        self.status_combo, self.focus_list, self.outcome_list = fields.status_combo, fields.focus_list, fields.outcome_list
        self.empty_box, self.empty_label = no_plan, no_plan.label
        self.create_button, self.carry_button = no_plan.create_button, no_plan.carry_button
        self.choose_city_button = no_plan.choose_city_button

    def _header(self) -> QHBoxLayout:
        self.city_label = QLabel()
        self.city_label.setObjectName("page-title")
        self.city_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cycle_combo = QComboBox()
        self.cycle_combo.setAccessibleName(self.tr("Planning cycle"))
        cycle_label = QLabel(self.tr("&Planning cycle:"))
        cycle_label.setBuddy(self.cycle_combo)
        top = QHBoxLayout()
        top.addWidget(self.city_label, 1)
        top.addWidget(cycle_label)
        top.addWidget(self.cycle_combo)
        return top

    def _plan_box(self) -> QWidget:
        self.meta_label = QLabel()
        self.meta_label.setObjectName("page-subtitle")
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label = QLabel()
        self.review_label.setObjectName("review-reason")
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.hide()
        self.readiness_label = QLabel()
        self.readiness_label.setObjectName("readiness-summary")
        self.readiness_label.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness_button = QPushButton(self.tr("Open readiness check"))
        readiness_row = QHBoxLayout()
        readiness_row.addWidget(self.readiness_label, 1)
        readiness_row.addWidget(self.readiness_button)
        self.next_cycle_button = QPushButton(self.tr("Start plan for next cycle…"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.next_cycle_button)
        self.plan_box = QWidget()
        layout = QVBoxLayout(self.plan_box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.meta_label, self.review_label, self.comments_box):
            layout.addWidget(widget)
        layout.addLayout(readiness_row)
        layout.addWidget(self.fields)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.plan_box.hide()
        self.no_plan.hide()
        return self.plan_box

    def _connect_edits(self) -> None:
        self.readiness_button.clicked.connect(lambda: self._window.show_page("readiness"))
        self.next_cycle_button.clicked.connect(self.start_next_cycle)
        self.create_button.clicked.connect(self.create_plan)
        self.carry_button.clicked.connect(self._start_from_previous)
        self.choose_city_button.clicked.connect(self.choose_city)
        self.cycle_combo.currentIndexChanged.connect(lambda _i: self.reload())
        # Tab follows the page top to bottom: the cycle, the readiness line's button, then the plan's fields.
        self.setTabOrder(self.cycle_combo, self.readiness_button)
        self.setTabOrder(self.readiness_button, self.title_edit)

    # --- cycle and plan -------------------------------------------------------------

    def _fill_cycles(self, selected: str | None = None) -> None:
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in self.reference.cycles.values():
            self.cycle_combo.addItem(self.reference.cycle_label(cycle.code), cycle.code)
        code = selected or self.reference.current_cycle(date.today().year).code
        self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(code)))
        self.cycle_combo.blockSignals(False)

    def cycle(self) -> CycleInfo | None:
        code = self.cycle_combo.currentData()
        return self.reference.cycles.get(code) if code else None

    def reload(self, *, default_cycle: bool = False) -> None:
        """Read the store's plan for the officer's city and the chosen cycle (`default_cycle`: the latest
        cycle with a plan) on the background runner; the page fills in when it arrives."""
        self._generation += 1
        city, cycle = self._window.city, self.cycle()
        if city is None or city not in self.reference.cities:
            self.loading = False
            self.city_label.setText(self.tr("No city chosen"))
            self._show_empty(self.tr("Choose the city you work for to start its action plan. National "
                                     "Representatives and Secretariat staff: create your signing identity with "
                                     "Tools → Signing identity… instead."), city=False, previous_id=None)
            self.loaded.emit()
            return
        info = self.reference.cities[city]
        # The city in its own script when the interface speaks its country's language, as every widget names it.
        self.city_label.setText(f"{self.reference.city_name(city)} · {self.reference.country_name(info.country)}")
        code = None if default_cycle or cycle is None else cycle.code
        store, reference, generation = self.store, self.reference, self._generation
        self.loading = True
        run_task(self, lambda _progress, _abort: overview_facts(store, city, code, reference), quiet=True,
                 on_success=lambda facts: self._facts_arrived(generation, facts),
                 on_failure=lambda error: self._read_failed(generation, error))

    def _read_failed(self, generation: int, error: AscnError) -> None:
        if generation == self._generation:
            self.loading = False
            self._window.show_error(error)

    def _facts_arrived(self, generation: int, facts: OverviewFacts) -> None:
        if generation != self._generation:
            return  # asked again since: a newer answer is on its way
        self.loading = False
        if self.cycle_combo.currentData() != facts.cycle:
            self.cycle_combo.blockSignals(True)
            self.cycle_combo.setCurrentIndex(max(0, self.cycle_combo.findData(facts.cycle)))
            self.cycle_combo.blockSignals(False)
        self.plan, self.plan_id = facts.plan, facts.plan_id
        self._window.set_current_plan(facts.plan_id, header=facts.plan)
        if facts.plan is None:
            self._show_empty(self.tr("{0} has no action plan yet for the {1} planning cycle.").format(
                self.reference.city_name(facts.city), facts.cycle), city=True, previous_id=facts.previous_plan_id)
        else:
            self._show_plan(facts)
        self.loaded.emit()

    def _show_empty(self, message: str, *, city: bool, previous_id: int | None) -> None:
        self.plan, self.plan_id = None, None
        self.plan_box.hide()
        self.no_plan.show()
        self.empty_label.setText(message)
        self.create_button.setVisible(city)
        self.choose_city_button.setVisible(not city)
        code = self.cycle_combo.currentData()
        previous = previous_cycle(self.reference, code) if code else None
        self.carry_button.setVisible(previous_id is not None)
        self._previous_plan_id = previous_id
        if previous is not None:
            self.carry_button.setText(self.tr("Start from the {0} plan").format(previous.code))

    def _show_plan(self, facts: OverviewFacts) -> None:
        plan = facts.plan
        assert plan is not None
        self.filling = True
        try:
            self.no_plan.hide()
            self.plan_box.show()
            self.fields.show_plan(plan)
            self.meta_label.setText(self._meta_line(plan))
            self._show_review(plan, facts.returned)
            self.next_cycle_button.setEnabled(facts.next_cycle_free)
            self.readiness_button.setVisible(self._window.has_page("readiness"))
            self._readiness_timer.start()
        finally:
            self.filling = False

    def _meta_line(self, plan: Plan) -> str:
        """'Draft · revision 3 · last edited 06 Dec 2026 14:02 by Lan · sample data'."""
        edited = format_date_time(plan.updated_at) if plan.updated_at else "—"
        by = self.tr(" by {0}").format(plan.updated_by) if plan.updated_by else ""
        status = self.tr("Final") if plan.status == "final" else self.tr("Draft")
        sample = self.tr(" · sample data") if plan.is_sample and "sample" not in by.lower() else ""
        carried = self.tr(" · started from the previous cycle's plan") if plan.carried_over_from else ""
        return self.tr("{0} · revision {1} · last edited {2}{3}{4}{5}").format(
            status, plan.revision, edited, by, sample, carried)

    def _show_review(self, plan: Plan, returned: ReturnedNote | None) -> None:
        if returned is None:
            self.review_label.hide()
            self.comments_box.show_comments(None, [])
            return
        self.review_label.setText(self.tr("Revision {0} was returned by {1}: {2}").format(
            returned.revision, returned.reviewer_name or self.tr("the reviewer"), returned.reason))
        self.review_label.show()
        self.comments_box.show_comments(returned.review_id, returned.comments)

    def _go_to_comment(self, comment: Comment) -> None:
        """The field a reviewer's comment names: on this page, or in the project editor."""
        if self.plan_id is None:
            return
        if comment.project_id is None:
            self.focus_field(comment.field)
            return
        from ascn_desktop.gui.editor.editor_feature import open_project

        simple = comment.field if comment.field not in (None, "milestones", "indicators", "funding",
                                                        "progress_notes") else None
        open_project(self._window, self.plan_id, comment.project_id, field=simple)

    def _schedule_readiness(self, *_args: object) -> None:
        self._readiness_timer.start()

    def refresh_readiness(self) -> None:
        """The readiness summary line ('2 errors, 5 warnings'), checked on the background runner."""
        plan_id, store, reference = self.plan_id, self.store, self.reference
        if plan_id is None:
            return
        run_task(self, lambda _progress, _abort: readiness_summary(plan_findings(store, plan_id, reference)),
                 quiet=True, on_success=lambda summary: self._show_readiness(plan_id, summary),
                 on_failure=lambda _error: None)  # the plan went away meanwhile: the next reload says so

    def _show_readiness(self, plan_id: int, summary: str) -> None:
        if plan_id != self.plan_id:
            return
        self.readiness_label.setText(self.tr("Readiness: {0}").format(summary))
        self.readiness_label.show()
        self.readiness_button.setVisible(self._window.has_page("readiness"))

    @property
    def main_window(self) -> MainWindow:
        return self._window

    def saved_one(self) -> None:
        """An edit's save (or its undo) reached the store: show the store's plan, say it is saved."""
        self.reload()
        self._window.saved.emit()

    def focus_field(self, field: str | None) -> QWidget | None:
        """Put the cursor on a plan field (the readiness panel's findings jump here)."""
        widget = self.cycle_combo if field == "cycle" else self.fields.widget_for(field)
        if widget is not None and self.plan is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def commit_pending(self) -> None:
        """Commit the field being typed (the window calls this before closing)."""
        self.edits.commit_pending()

    # --- plan-level actions -------------------------------------------------------------

    def _write(self, work: Any, *, then_cycle: str | None = None) -> None:
        """Run a plan-level write on the runner, the page off meanwhile (a moment); then show its result."""
        self.setEnabled(False)

        def done(_result: object) -> None:
            self.setEnabled(True)
            if then_cycle is not None:
                self._fill_cycles(then_cycle)
            self.reload()
            self._window.store_changed.emit()

        def failed(error: AscnError) -> None:
            self.setEnabled(True)
            self._window.show_error(error)

        run_task(self, lambda _progress, _abort: work(), quiet=True, on_success=done, on_failure=failed)

    def create_plan(self) -> None:
        """Create the city's plan for the chosen cycle (in the background; the page shows it when written)."""
        city, cycle, store = self._window.city, self.cycle(), self.store
        if city is None or cycle is None:
            return
        self._write(lambda: core_create_plan(store, city=city, cycle=cycle.code, by=editor_name(store)))

    def _start_from_previous(self) -> None:
        cycle = self.cycle()
        if self._previous_plan_id is not None and cycle is not None:
            self._carry_over(self._previous_plan_id, cycle)

    def start_next_cycle(self, *, confirm: bool = True) -> None:
        code = self.cycle_combo.currentData()
        following = next_cycle(self.reference, code) if code else None
        if self.plan_id is None or following is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Start plan for next cycle"),
                self.tr("Start the {0} plan from this one? Projects that are not completed or cancelled "
                        "are carried over and marked as such; this plan stays as it is.").format(
                            self.reference.cycle_label(following.code)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._carry_over(self.plan_id, following)

    def _carry_over(self, from_plan_id: int, cycle: CycleInfo) -> None:
        store = self.store
        self._write(lambda: core_start_next_cycle(store, from_plan_id, cycle.code, by=editor_name(store)),
                    then_cycle=cycle.code)

    def choose_city(self) -> None:
        from ascn_desktop.gui.first_run import choose_workplace

        workplace = choose_workplace(self._window.store, self.reference, parent=self)
        if workplace is not None:
            self._window.city, self._window.country = workplace.city, workplace.country
            self._window.undo_stack.clear()  # its commands belong to the other city's plan
            self._fill_cycles()
            self.reload(default_cycle=True)
            self._window.refresh_title()


def install(window: MainWindow) -> None:
    if window.role not in (None, "csco"):
        return  # receivers review plans; they do not draft one
    window.add_page("overview", translate("PlanOverview", "Plan overview"), lambda: PlanOverview(window),
                    roles=("csco",), icon_name="overview")
    if window.active is None or not window.active.from_identity:
        # Before a signing identity exists the officer may correct the city chosen at first run.
        change_city = QAction(translate("PlanOverview", "Change my &city…"), window)
        change_city.triggered.connect(lambda: _overview(window).choose_city())
        window.file_menu.addAction(change_city)
        window.change_city_action = change_city  # type: ignore[attr-defined]


def _overview(window: MainWindow) -> PlanOverview:
    page = window.page("overview")  # built now if the officer has not opened it yet
    assert isinstance(page, PlanOverview)
    return page
