"""The read-only plan viewer: a received plan in front of the reviewer before they decide.

Four tabs (Overview, Projects, History, and a project's Milestones, Indicators
and Funding under Projects), "Open the PDF" (the PDF the city signed, taken
from the archived bundle), and the same Accept / Return… the Received plans
page offers, so a decision is made with the plan on screen. Nothing here
edits the plan; the page behind it makes the decisions (core.review).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.review import ReceivedPlan, ReceivedPlanView, received_plan_view, save_received_pdf
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.dialog_size import resize_within_screen
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store

if TYPE_CHECKING:
    from ascn_desktop.gui.receiving.received_plans_page import ReceivedPlansPage

DRAFT_STYLE = "background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #d8b800; font-weight: bold"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):  # a long title must not push the rest off screen
        table.setColumnWidth(column, min(table.columnWidth(column), 320))


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _years(project: Project) -> str:
    if project.start_year is None and project.end_year is None:
        return ""
    return f"{project.start_year or '?'}–{project.end_year or '?'}"


class PlanViewer(QDialog):
    """Reads one received plan revision; `page` (the Received plans page) decides on it.

    The plan is read on the background runner; until it arrives the dialog says so and offers no action."""

    loaded = Signal()  # the plan is on screen

    def __init__(self, store: Store, plan_id: int, page: ReceivedPlansPage | None = None,
                 parent: QWidget | None = None, *, reference: ReferenceData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-viewer")
        self.store = store
        self.page = page
        self.plan_id = plan_id
        self.received: ReceivedPlan | None = None
        self.revisions: list[ReceivedPlan] = []
        self.loading = True
        self.last_pdf: Path | None = None
        self.setWindowTitle(self.tr("Reading the plan…"))
        self.setSizeGripEnabled(True)
        self.banner = QLabel(self.tr("Reading the plan…"))
        self.banner.setObjectName("viewer-banner")
        self.banner.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("viewer-tabs")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())
        resize_within_screen(self, 960, 560)
        if page is not None:
            page.loaded.connect(self.refresh_state)  # a decision made: the page's list says what it is now
            page.busy_changed.connect(self.refresh_state)
        run_task(self, lambda _progress, _abort: (reference or load_reference(store),
                                                  received_plan_view(store, plan_id)),
                 quiet=True, on_success=lambda result: self._show(*result), on_failure=self._read_failed)

    def _buttons(self) -> QHBoxLayout:
        self.pdf_button = QPushButton(self.tr("Open the &PDF"))
        self.pdf_button.setObjectName("open-pdf")
        self.pdf_button.setToolTip(self.tr("Open the PDF the city signed, exactly as it is in the bundle"))
        self.pdf_button.clicked.connect(self.open_pdf)
        self.accept_button = QPushButton(self.tr("&Accept…"))
        self.accept_button.setObjectName("viewer-accept")
        self.return_button = QPushButton(self.tr("&Return…"))
        self.return_button.setObjectName("viewer-return")
        self.accept_button.clicked.connect(self._accept)
        self.return_button.clicked.connect(self._return)
        for button in (self.pdf_button, self.accept_button, self.return_button):
            button.setEnabled(False)  # until the plan is read
        self.accept_button.setVisible(self.page is not None)
        self.return_button.setVisible(self.page is not None)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        buttons.addWidget(close)
        return buttons

    def _read_failed(self, error: AscnError) -> None:
        self.loading = False
        self.banner.setText(visible(error.message))

    def _show(self, reference: ReferenceData, view: ReceivedPlanView) -> None:
        self.loading = False
        self.reference = reference
        self.plan: Plan = view.plan
        self.received, self.revisions = view.received, view.revisions
        self.city_name = reference.city_name(self.plan.city)
        self.setWindowTitle(self.tr("{0} — plan {1}, revision {2} (read only)").format(
            self.city_name, self.plan.cycle, self.plan.revision))
        self.tabs.addTab(self._overview_tab(), self.tr("Overview"))
        self.tabs.addTab(self._projects_tab(), self.tr("Projects ({0})").format(len(self.plan.projects)))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.pdf_button.setEnabled(True)
        self.refresh_state()
        self.loaded.emit()

    # --- what the reviewer reads ---------------------------------------------------

    def refresh_state(self) -> None:
        """The banner (draft, review status) and which decisions are open; after a decision too."""
        if self.loading:
            return
        if self.page is not None:  # the page's newest list (read after every decision)
            self.received = next((p for p in self.page.every if p.plan_id == self.plan_id), self.received)
        parts: list[str] = []
        draft = self.plan.status != "final"
        if draft:
            parts.append(self.tr("Draft: the city has not marked this plan final. Accepting a draft is your "
                                 "explicit choice."))
        if self.received is not None:
            parts.append(self.tr("Review: {0}.").format(self._review_word(self.received.review_status)))
            if not self.received.is_current:
                parts.append(self.tr("A newer revision has been imported; decide on that one."))
        self.banner.setText(" ".join(parts))
        self.banner.setStyleSheet(DRAFT_STYLE if draft else "")
        reviewable = self.page is not None and self.page.is_reviewable(self.received)
        self.accept_button.setEnabled(reviewable and self.received is not None
                                      and self.received.review_status != "accepted")
        self.return_button.setEnabled(reviewable)

    def _review_word(self, status: str) -> str:
        return {"received": self.tr("Not reviewed yet"), "accepted": self.tr("Accepted"),
                "returned": self.tr("Returned")}.get(status, status)

    def _label(self, kind: str, code: str | None) -> str:
        return self.reference.shown_label(kind, code) if code else ""

    def _overview_tab(self) -> QWidget:
        plan = self.plan
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        country = self.reference.cities[plan.city].country if plan.city in self.reference.cities else ""
        status = self.tr("Final") if plan.status == "final" else self.tr("Draft")
        rows = [
            (self.tr("City:"), f"{self.city_name}, {self.reference.country_name(country)}"),
            (self.tr("Title:"), plan.title),
            (self.tr("Cycle:"), plan.cycle),
            (self.tr("Revision:"), str(plan.revision)),
            (self.tr("Status:"), status),
            (self.tr("Vision:"), plan.vision),
            (self.tr("Derived from:"), plan.blueprint),
            (self.tr("Focus areas:"), ", ".join(self._label("focus_areas", c) for c in plan.focus_areas)),
            (self.tr("Strategic outcomes:"), ", ".join(self._label("outcomes", c) for c in plan.outcomes)),
            (self.tr("Projects:"), self.tr("1 project") if len(plan.projects) == 1
             else self.tr("{0} projects").format(len(plan.projects)) if plan.projects
             else self.tr("No projects: this plan is not ready.")),
        ]
        if self.received is not None:
            imported = f"{self.received.imported_at:%Y-%m-%d %H:%M}" if self.received.imported_at else ""
            rows.append((self.tr("Signed by:"), f"{self.received.signer} ({self.received.signer_fingerprint})"))
            rows.append((self.tr("Imported:"), f"{imported} · {self.received.file_name}"))
        for caption, value in rows:
            field = _wrapped(value or self.tr("(none)"))
            field.setObjectName("overview-" + caption.strip(":").lower().replace(" ", "-"))
            form.addRow(caption, field)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _projects_tab(self) -> QWidget:
        self.projects = _table([self.tr("Code"), self.tr("Title"), self.tr("Focus area"), self.tr("Status"),
                                self.tr("Years"), self.tr("Budget")], "viewer-projects")
        _fill(self.projects, [[p.code, p.title, self._label("focus_areas", p.focus_area),
                               self._label("project_statuses", p.status), _years(p),
                               format_amount(p.budget, p.currency) if p.budget is not None else ""]
                              for p in self.plan.projects])
        self.project_details = QTabWidget()
        self.project_details.setObjectName("viewer-project-details")
        self.description = _wrapped("")
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        about = QScrollArea()
        about.setWidgetResizable(True)
        about.setWidget(self.description)
        self.milestones = _table([self.tr("Milestone"), self.tr("Due"), self.tr("Status"), self.tr("Done")],
                                 "viewer-milestones")
        self.indicators = _table([self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline"), self.tr("Targets"),
                                  self.tr("Actuals")], "viewer-indicators")
        self.funding = _table([self.tr("Type"), self.tr("Source"), self.tr("Amount")], "viewer-funding")
        for widget, title in ((about, self.tr("Details")), (self.milestones, self.tr("Milestones")),
                              (self.indicators, self.tr("Indicators")), (self.funding, self.tr("Funding"))):
            self.project_details.addTab(widget, title)
        self.projects.itemSelectionChanged.connect(self._show_project)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.projects)
        splitter.addWidget(self.project_details)
        if not self.plan.projects:
            empty = _wrapped(self.tr("This plan has no projects. A plan without projects is not ready; "
                                     "return it with a reason."))
            empty.setObjectName("viewer-no-projects")
            return empty
        self.projects.selectRow(0)
        return splitter

    def selected_project(self) -> Project | None:
        rows = self.projects.selectionModel().selectedRows()
        return self.plan.projects[rows[0].row()] if rows else None

    def _show_project(self) -> None:
        project = self.selected_project()
        if project is None:
            return
        lines = [project.description or self.tr("(no description)")]
        if project.lead_agency:
            lines.append(self.tr("Lead agency: {0}").format(project.lead_agency))
        if project.sdgs:
            lines.append(self.tr("SDGs: {0}").format(", ".join(str(goal) for goal in project.sdgs)))
        if project.partner:
            lines.append(self.tr("External partner: {0}").format(self.reference.partners.get(project.partner,
                                                                                          project.partner)))
        if project.seeks_private_partner:
            lines.append(self.tr("Seeks a private-sector partner: {0}").format(project.private_sector_need))
        if project.risks:
            lines.append(self.tr("Risks: {0}").format(project.risks))
        if project.budget_usd is not None:
            lines.append(self.tr("Budget in USD: {0}").format(format_amount(project.budget_usd, "USD")))
        self.description.setText("\n\n".join(lines))
        _fill(self.milestones, [[m.title, f"{m.due_year} Q{m.due_quarter}",
                                 self._label("milestone_statuses", m.status), f"{m.percent} %"]
                                for m in project.milestones])

        def series(indicator_values: list[tuple[int, object]]) -> str:
            return ", ".join(f"{year}: {value}" for year, value in indicator_values if value is not None)

        _fill(self.indicators, [[i.name, i.unit,
                                 f"{i.baseline_value} ({i.baseline_year})" if i.baseline_value is not None else "",
                                 series([(v.year, v.target) for v in i.values]),
                                 series([(v.year, v.actual) for v in i.values])] for i in project.indicators])
        _fill(self.funding, [[self._label("funding_types", f.type), f.name, format_amount(f.amount, project.currency)]
                             for f in project.funding])

    def _history_tab(self) -> QWidget:
        revisions = self.revisions
        self.history = _table([self.tr("Revision"), self.tr("Status"), self.tr("Imported"), self.tr("Review"),
                               self.tr("Reason")], "viewer-history")
        _fill(self.history, [[str(r.revision), self.tr("Final") if not r.is_draft else self.tr("Draft"),
                              f"{r.imported_at:%Y-%m-%d %H:%M}" if r.imported_at else "",
                              self._review_word(r.review_status), r.review_reason] for r in revisions])
        self.compare_button = QPushButton(self.tr("&Compare revisions…"))
        self.compare_button.setObjectName("viewer-compare")
        self.compare_button.setEnabled(len(revisions) >= 2)
        self.compare_button.clicked.connect(self.compare)
        hint = _wrapped(self.tr("Every revision of this plan imported here, newest first.") if len(revisions) >= 2
                        else self.tr("Only this revision has been imported; Compare needs two."))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # --- actions ----------------------------------------------------------------------

    def compare(self) -> QDialog:
        from ascn_desktop.gui.receiving.revision_compare import RevisionCompareDialog

        dialog = RevisionCompareDialog(self.store, self.plan.uuid, self, reference=self.reference)
        dialog.open()
        return dialog

    def open_pdf(self) -> None:
        """Copy the signed PDF out of the archived bundle to a temporary folder (on the runner) and open it."""
        store, plan_id = self.store, self.plan_id
        self.pdf_button.setEnabled(False)

        def opened(pdf: Path) -> None:
            self.pdf_button.setEnabled(True)
            self.last_pdf = pdf
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))

        def refused(error: AscnError) -> None:
            self.pdf_button.setEnabled(True)
            self.banner.setText(visible(error.message))

        run_task(self, lambda _progress, _abort: save_received_pdf(store, plan_id,
                                                                   Path(tempfile.mkdtemp(prefix="ascn-pdf-"))),
                 quiet=True, on_success=opened, on_failure=refused)

    def _accept(self) -> None:
        if self.page is not None and self.received is not None:
            self.page.accept_plan(self.received, parent=self)
            self.refresh_state()

    def _return(self) -> None:
        if self.page is not None and self.received is not None:
            self.page.return_plan(self.received, full=self.plan)
