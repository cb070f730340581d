"""The project editor: every field of one project, each edit committed at once and undoable.

The editor keeps the project as last stored (`self.project`). A section that
accepts a value calls `commit(mutate, text)`: the editor applies `mutate` to a
copy, saves it through `core.plans.save_project` (so the edit is in the store
before the call returns), then pushes an `EditProjectCommand` named after the
edit onto the window's undo stack. A refused value never reaches `commit`: the
section shows the reason next to the field (rules in `core.project_fields`).

Sections live in ``project_editor_*.py``; each offers `populate(project)` and
`focus(name, index, sub)` so the readiness panel can jump to a field.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import get_plan_header, get_project, project_rows
from ascn_desktop.core.readiness import Finding, check_project, errors, readiness_summary
from ascn_desktop.core.reference import CycleInfo
from ascn_desktop.gui.editor.review_comments_box import FIELD_OUTLINE, ReviewCommentsBox
from ascn_desktop.gui.editor.project_commands import DeleteProjectCommand, EditProjectCommand, short_title
from ascn_desktop.core.visible_text import visible

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

Mutator = Callable[[Project], None]
_FIELD_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$")


class ProjectEditor(QWidget):
    """Edits one project of one plan; `load(plan_id, project_id)` chooses which."""

    project_saved = Signal(str)  # project id, after every committed edit

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        from ascn_desktop.gui.editor.project_editor_budget import BudgetSection
        from ascn_desktop.gui.editor.project_editor_general import GeneralSection
        from ascn_desktop.gui.editor.project_editor_indicators import IndicatorsSection
        from ascn_desktop.gui.editor.project_editor_milestones import MilestonesSection, ProgressSection

        self.main_window = window
        self.store = window.store
        self.reference = window.reference
        self.plan_id: int | None = None
        self.project: Project | None = None
        self.cycle: CycleInfo | None = None
        self.city_currency = ""
        self._own_write = False  # True while our own commit notifies store_changed
        self.setObjectName("project-editor")

        self.placeholder = QLabel(self.tr("Choose a project on the Projects page to edit it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness_label = QLabel()  # this project's own findings, at a glance
        self.readiness_label.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setObjectName("project-readiness")
        self.delete_button = QPushButton(self.tr("Delete project…"))
        self.delete_button.setAccessibleName(self.tr("Delete this project"))
        self.delete_button.clicked.connect(self.delete_current)

        self.general = GeneralSection(self)
        self.budget = BudgetSection(self)
        self.milestones = MilestonesSection(self)
        self.indicators = IndicatorsSection(self)
        self.progress = ProgressSection(self)
        self.sections = [self.general, self.budget, self.milestones, self.indicators, self.progress]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.budget, self.tr("Budget and partners"))
        self.tabs.addTab(self.milestones, self.tr("Milestones"))
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(self.progress, self.tr("Progress notes"))

        editing = QWidget()
        layout = QVBoxLayout(editing)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        titles.addWidget(self.readiness_label)
        top.addLayout(titles, 1)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.comments_box = ReviewCommentsBox(self.store)  # the reviewer's comments on this project
        self._outlined: list[tuple[QWidget, str, str]] = []  # (widget, its style sheet, its tooltip)
        layout.addWidget(self.comments_box)
        layout.addWidget(self.tabs, 1)
        # A scroll area, so the editor never makes the window taller than a 600-pixel (or 125 %) screen:
        # the form scrolls inside the page instead of pushing the status bar off screen.
        scroller = QScrollArea()
        scroller.setObjectName("project-scroller")
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(editing)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(scroller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        window.store_changed.connect(self._store_changed)
        # Commands pushed by other pages (add/delete from the projects table) may not notify the
        # store; every step of the shared undo stack is therefore a reason to re-read the project.
        window.undo_stack.indexChanged.connect(lambda _index: self._store_changed())

    # --- never lose the field being typed -------------------------------------------

    def flush_pending(self) -> None:
        """Commit what is typed in the focused field (page switch, window close, app quit)."""
        from ascn_desktop.gui.editor.widgets_fields import TextBlockEdit

        for text_block in self.findChildren(TextBlockEdit):
            text_block.finish()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self.isAncestorOf(focused) and focused.isModified():
            focused.editingFinished.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self.project is not None:
            self.flush_pending()
        super().hideEvent(event)

    # --- loading ----------------------------------------------------------------

    def load(self, plan_id: int, project_id: str) -> None:
        """Show project `project_id` of plan `plan_id` (raises NotFoundError if it is gone)."""
        header = get_plan_header(self.store, plan_id)
        project = get_project(self.store, plan_id, project_id)
        self.plan_id = plan_id
        self.cycle = self.reference.cycles.get(header.cycle)
        city = self.reference.cities.get(header.city)
        self.city_currency = city.currency if city else "USD"
        self._show(project)

    def load_first(self, plan_id: int) -> bool:
        """Show the plan's first project (screenshots, a fresh start); False when it has none."""
        rows = project_rows(self.store, plan_id)
        if not rows:
            self.clear()
            return False
        self.load(plan_id, rows[0].uuid)
        return True

    def clear(self) -> None:
        self.plan_id, self.project = None, None
        self.stack.setCurrentIndex(0)

    def _show(self, project: Project) -> None:
        self.project = project
        for section in self.sections:
            section.populate(project)
        self._update_heading()
        self._show_comments(project)
        self.stack.setCurrentIndex(1)

    def _show_comments(self, project: Project) -> None:
        """The reviewer's comments on this project above the tabs; each commented field outlined."""
        for widget, style, tip in self._outlined:
            widget.setStyleSheet(style)
            widget.setToolTip(tip)
        self._outlined.clear()
        plan_uuid = None
        if self.plan_id is not None:
            try:
                plan_uuid = get_plan_header(self.store, self.plan_id).uuid
            except AscnError:
                plan_uuid = None
        self.comments_box.show_for(plan_uuid, project_id=project.id, whole_plan=False)
        for comment in self.comments_box.comments:
            if comment.field is None or comment.field in ("milestones", "indicators", "funding", "progress_notes"):
                continue
            for section in (self.general, self.budget):
                found = section.focus(comment.field, None, None)
                if found is not None:
                    self._outlined.append((found, found.styleSheet(), found.toolTip()))
                    found.setStyleSheet(FIELD_OUTLINE)
                    found.setToolTip(self.tr("Reviewer: {0}").format(comment.text))
                    break

    def _update_heading(self) -> None:
        project = self.project
        if project is None:
            return
        self.heading.setText(f"{project.code} — {project.title}")
        notes = []
        if self.cycle is not None:
            notes.append(self.tr("Planning cycle {0}–{1}").format(self.cycle.start_year, self.cycle.end_year))
        if project.carried_over_from:
            notes.append(self.tr("carried over from the previous cycle"))
        self.subheading.setText(" · ".join(notes))
        found: list[Finding] = []
        check_project(project, self.reference, cycle=self.cycle, city_currency=self.city_currency,
                      today=date.today(), out=found)
        problems = errors(found)
        if problems:
            self.readiness_label.setStyleSheet("color: #c62828;")
            self.readiness_label.setText(self.tr("Readiness: {0} — {1}").format(
                readiness_summary(found), visible(problems[0].message)))
        else:
            self.readiness_label.setStyleSheet("")
            summary = readiness_summary(found)
            self.readiness_label.setText(summary if not found else self.tr("Readiness: {0}").format(summary))
        self.readiness_label.setToolTip("\n".join(f"• {finding.message}" for finding in found))

    def reload(self) -> None:
        """Re-read the project from the store (after undo/redo or a change made elsewhere)."""
        if self.plan_id is None or self.project is None:
            return
        try:
            project = get_project(self.store, self.plan_id, self.project.id)
        except NotFoundError:
            self.clear()
            return
        self._show(project)

    def _store_changed(self) -> None:
        if not self._own_write:
            self.reload()

    # --- what sections need -----------------------------------------------------

    @property
    def years(self) -> tuple[int, int]:
        """First and last year of the plan's cycle (the bounds for every year field)."""
        if self.cycle is None:
            return (2018, 2025)
        return (self.cycle.start_year, self.cycle.end_year)

    def currency(self) -> str:
        return (self.project.currency if self.project else "") or self.city_currency

    def currency_decimals(self, currency: str | None = None) -> int:
        return self.reference.currency_decimals.get(currency or self.currency(), 2)

    def taken_codes(self) -> set[str]:
        """Codes of the plan's other projects (a code must be unique within a plan)."""
        if self.plan_id is None or self.project is None:
            return set()
        own = self.project.id
        return {row.code.strip() for row in project_rows(self.store, self.plan_id) if row.uuid != own}

    def commit(self, mutate: Mutator, text: str) -> bool:
        """Apply `mutate` to a copy of the project, store it, and push a named undo command."""
        if self.project is None or self.plan_id is None:
            return False
        before = self.project
        after = copy.deepcopy(before)
        mutate(after)
        if after == before:
            return True
        from ascn_desktop.core.plans import save_project

        try:
            save_project(self.store, self.plan_id, copy.deepcopy(after))
        except AscnError as refused:
            self.main_window.show_error(refused)
            return False
        self.project = after
        command = EditProjectCommand(self.store, self.plan_id, before, after,
                                     self.tr("{0} of '{1}'").format(text, short_title(before)),
                                     on_change=self.main_window.store_changed.emit, applied=True)
        self._own_write = True
        try:
            self.main_window.undo_stack.push(command)
        finally:
            self._own_write = False
        self._update_heading()
        self.project_saved.emit(after.id)
        return True

    # --- deleting ---------------------------------------------------------------

    def confirm_delete(self, title: str) -> bool:
        """Ask once; tests replace this method."""
        answer = QMessageBox.question(
            self, self.tr("Delete project"),
            self.tr("Delete the project '{0}'? You can undo this with Edit → Undo.").format(title))
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        if self.project is None or self.plan_id is None:
            return
        title = short_title(self.project)
        if not self.confirm_delete(title):
            return
        command = DeleteProjectCommand(self.store, self.plan_id, self.project.id, title=title,
                                       on_change=self.main_window.store_changed.emit)
        self.main_window.undo_stack.push(command)

    # --- jumping to a field -----------------------------------------------------

    def focus_field(self, field: str | None) -> QWidget | None:
        """Show the tab holding `field` (a readiness path like 'indicators[0].unit') and focus it."""
        if not field:
            widget: QWidget | None = self.general.title_edit
        else:
            match = _FIELD_PATH.match(field)
            if match is None:
                return None
            name, index, sub = match.group(1), match.group(2), match.group(3)
            widget = None
            for section in self.sections:
                widget = section.focus(name, int(index) if index is not None else None, sub)
                if widget is not None:
                    self.tabs.setCurrentWidget(section)
                    break
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget


def open_project(window: MainWindow, plan_id: int, project_id: str, *, field: str | None = None) -> None:
    """Show the editor on a project (and a field of it); what the projects table calls on double-click."""
    editor = window.page("project")
    if not isinstance(editor, ProjectEditor):
        return
    try:
        editor.load(plan_id, project_id)
    except AscnError as problem:
        window.show_error(problem)
        return
    window.show_page("project")
    if field:
        editor.focus_field(field)


def open_project_editor(window: MainWindow, plan_id: int, project_id: str) -> ProjectEditor | None:
    """Show the editor page on a project; the projects table calls this on Enter / double-click."""
    open_project(window, plan_id, project_id)
    editor = window.page("project")
    return editor if isinstance(editor, ProjectEditor) else None
