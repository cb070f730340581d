"""The project editor: every field of one project, each edit committed at once and undoable.

The project is read on the background runner (`core.project_editing.project_to_edit`,
with its plan's cycle, the other projects' codes and the reviewer's comments);
what is on screen stays until the answer arrives. The editor keeps the project
as shown (`self.project`). A section that accepts a value calls `commit(mutate,
text)`: the editor applies `mutate` to a copy and pushes an `EditProjectCommand`
named after the edit onto the window's undo stack, whose save
(`core.plans.save_project`) runs on the runner in order, so an undo never
overtakes its edit and closing the window waits for it. A refused value never
reaches `commit`: the section shows the reason next to the field (rules in
`core.project_fields`).

Sections live in ``project_editor_*.py``; each offers `populate(project)` and
`focus(name, index, sub)` so the readiness panel can jump to a field.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.model import Project
from ascn_desktop.core.project_editing import ProjectToEdit, project_to_edit
from ascn_desktop.core.reference import CycleInfo
from ascn_desktop.gui.editor.project_editor_heading import ProjectHeading
from ascn_desktop.gui.editor.review_comments_box import FIELD_OUTLINE, ReviewCommentsBox
from ascn_desktop.gui.editor.project_commands import DeleteProjectCommand, EditProjectCommand
from ascn_desktop.gui.editor.undo_texts import short_title
from ascn_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

Mutator = Callable[[Project], None]
_FIELD_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$")


@dataclass(frozen=True)
class _Read:
    """A read of the project asked on the runner, and what to do once it is on screen (or refused)."""

    plan_id: int
    project_id: str
    then: Callable[[], None] | None = None
    on_failure: Callable[[AscnError], None] | None = None


class ProjectEditor(QWidget):
    """Edits one project of one plan; `load(plan_id, project_id)` chooses which."""

    project_saved = Signal(str)  # project id, after every committed edit
    loaded = Signal()  # a project read on the runner is on screen

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main_window = window
        self.store = window.store
        self.reference = window.reference
        self.plan_id: int | None = None
        self.project: Project | None = None  # as shown, with every committed edit (its save may be on its way)
        self.cycle: CycleInfo | None = None
        self.city_currency = ""
        self._other_codes: frozenset[str] = frozenset()  # read with the project
        self._own_write = False  # True while our own commit notifies store_changed
        self._generation = 0  # grows with every read asked for: an older answer is dropped
        self._asked: _Read | None = None  # the read on its way, if any
        self._outlined: list[tuple[QWidget, str, str]] = []  # (widget, its style sheet, its tooltip)
        self.setObjectName("project-editor")
        self.placeholder = QLabel(self.tr("Choose a project on the Projects page to edit it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._scroller(self._editing_page()))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        window.store_changed.connect(self._store_changed)
        # Commands pushed by other pages (add/delete from the projects table) may not notify the
        # store; every step of the shared undo stack is therefore a reason to re-read the project.
        window.undo_stack.indexChanged.connect(lambda _index: self._store_changed())

    # --- layout -------------------------------------------------------------------

    def _tabs(self) -> QTabWidget:
        from ascn_desktop.gui.editor.project_editor_budget import BudgetSection
        from ascn_desktop.gui.editor.project_editor_general import GeneralSection
        from ascn_desktop.gui.editor.project_editor_indicators import IndicatorsSection
        from ascn_desktop.gui.editor.project_editor_milestones import MilestonesSection, ProgressSection

        self.general = GeneralSection(self)
        self.budget = BudgetSection(self)
        self.milestones = MilestonesSection(self)
        self.indicators = IndicatorsSection(self)
        self.progress = ProgressSection(self)
        self.sections = [self.general, self.budget, self.milestones, self.indicators, self.progress]
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for section, title in zip(self.sections, (self.tr("General"), self.tr("Budget and partners"),
                                                  self.tr("Milestones"), self.tr("Indicators"),
                                                  self.tr("Progress notes"))):
            self.tabs.addTab(section, title)
        return self.tabs

    def _editing_page(self) -> QWidget:
        editing = QWidget()
        layout = QVBoxLayout(editing)
        self.top = ProjectHeading(on_delete=self.delete_current)
        self.heading, self.readiness_label = self.top.heading, self.top.readiness_label  # what tests read
        self.subheading, self.delete_button = self.top.subheading, self.top.delete_button
        layout.addWidget(self.top)
        self.comments_box = ReviewCommentsBox(self.store)  # the reviewer's comments on this project
        layout.addWidget(self.comments_box)
        layout.addWidget(self._tabs(), 1)
        return editing

    @staticmethod
    def _scroller(editing: QWidget) -> QScrollArea:
        # A scroll area, so the editor never makes the window taller than a 600-pixel (or 125 %) screen:
        # the form scrolls inside the page instead of pushing the status bar off screen.
        scroller = QScrollArea()
        scroller.setObjectName("project-scroller")
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(editing)
        return scroller

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

    def load(self, plan_id: int, project_id: str, *, then: Callable[[], None] | None = None,
             on_failure: Callable[[AscnError], None] | None = None) -> None:
        """Show project `project_id` of plan `plan_id`, read on the background runner; what is shown stays
        until it arrives, then `then` runs. A project that is gone calls `on_failure` (default: the editor
        empties when it is gone, other refusals are shown)."""
        self._ask(_Read(plan_id, project_id, then, on_failure))

    def _ask(self, read: _Read) -> None:
        self._generation += 1
        generation, store = self._generation, self.store
        self._asked = read
        # On the in-order lane: after every save asked before it (a project just added, an undo), so it
        # reads them; one project, its plan's codes and comments are short work (about 40 ms of CPU at
        # 10,000 projects), so the saves queued behind it hardly wait.
        run_task(self, lambda _progress, _abort: project_to_edit(store, read.plan_id, read.project_id),
                 quiet=True, in_order=True, on_success=lambda facts: self._arrived(generation, facts),
                 on_failure=lambda error: self._not_read(generation, error))

    def _arrived(self, generation: int, facts: ProjectToEdit) -> None:
        if generation != self._generation:
            return  # asked again since: a newer answer is on its way
        read, self._asked = self._asked, None
        self.plan_id = facts.plan_id
        self.cycle = self.reference.cycles.get(facts.cycle)
        city = self.reference.cities.get(facts.city)
        self.city_currency = city.currency if city else "USD"
        self._other_codes = facts.other_codes
        self._show(facts)
        if read is not None and read.then is not None:
            read.then()
        self.loaded.emit()

    def _not_read(self, generation: int, error: AscnError) -> None:
        if generation != self._generation:
            return
        read, self._asked = self._asked, None
        if read is not None and read.on_failure is not None:
            read.on_failure(error)
        elif isinstance(error, NotFoundError):
            self.clear()  # deleted meanwhile (a delete, the undo of an add)
        else:
            self.main_window.show_error(error)
        self.loaded.emit()

    def clear(self) -> None:
        self._generation += 1  # a read on its way is no longer wanted
        self.plan_id, self.project, self._asked = None, None, None
        self.stack.setCurrentIndex(0)

    def plan_changed(self, plan_id: int) -> None:
        """Another plan became current: a project of the previous one (shown or on its way) goes."""
        wanted = self._asked.plan_id if self._asked is not None else self.plan_id
        if wanted is not None and wanted != plan_id:
            self.clear()

    def _show(self, facts: ProjectToEdit) -> None:
        project = facts.project
        self.project = project
        for section in self.sections:
            section.populate(project)
        self._update_heading()
        self._show_comments(facts)
        self.stack.setCurrentIndex(1)

    def _show_comments(self, facts: ProjectToEdit) -> None:
        """The reviewer's comments on this project above the tabs; each commented field outlined."""
        for widget, style, tip in self._outlined:
            widget.setStyleSheet(style)
            widget.setToolTip(tip)
        self._outlined.clear()
        self.comments_box.show_comments(facts.review_id, facts.comments)
        for comment in facts.comments:
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
        if self.project is not None:
            self.top.show_project(self.project, cycle=self.cycle, reference=self.reference,
                                  city_currency=self.city_currency)

    def reload(self) -> None:
        """Read the project again (after undo/redo or a change made elsewhere); a read on its way is asked again."""
        if self._asked is not None:
            self._ask(self._asked)
        elif self.plan_id is not None and self.project is not None:
            self._ask(_Read(self.plan_id, self.project.id))

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
        return set(self._other_codes) if self.project is not None else set()

    def commit(self, mutate: Mutator, text: str) -> bool:
        """Apply `mutate` to a copy of the project, show it, and push an undo command named `text` that saves it.

        `text` is a whole translated sentence (gui/editor/undo_texts.py) naming the project."""
        if self.project is None or self.plan_id is None:
            return False
        before = self.project
        after = copy.deepcopy(before)
        mutate(after)
        if after == before:
            return True
        self.project = after  # what the next edit starts from, while this one's save is on its way
        command = EditProjectCommand(self.store, self.plan_id, before, after,
                                     text,
                                     owner=self, on_change=self._edit_landed, on_error=self._edit_refused)
        self._own_write = True
        try:
            self.main_window.undo_stack.push(command)  # push runs redo: the save is queued
        finally:
            self._own_write = False
        if self._asked is not None:
            self._ask(self._asked)  # asked before this edit's save, it would show the project without the edit
        self._update_heading()
        self.project_saved.emit(after.id)
        return True

    def _edit_landed(self) -> None:
        """An edit's save (or its undo's) reached the store: the other pages refresh; this one shows it already."""
        self._own_write = True
        try:
            self.main_window.store_changed.emit()
        finally:
            self._own_write = False

    def _edit_refused(self, error: AscnError) -> None:
        """The store refused a save (the project was deleted meanwhile...): say why, show what is stored."""
        self.main_window.show_error(error)
        self.reload()

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
        command = DeleteProjectCommand(self.store, self.plan_id, self.project.id, title=title, owner=self,
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
    """Show the editor on a project (and a field of it) once it is read; what the projects table calls on
    double-click. The page the person is on stays until then; a project that is gone is said so."""
    editor = window.page("project")
    if not isinstance(editor, ProjectEditor):
        return

    def shown() -> None:
        window.show_page("project")
        if field:
            editor.focus_field(field)

    editor.load(plan_id, project_id, then=shown, on_failure=window.show_error)


def open_project_editor(window: MainWindow, plan_id: int, project_id: str) -> ProjectEditor | None:
    """Show the editor page on a project; the projects table calls this on Enter / double-click."""
    open_project(window, plan_id, project_id)
    editor = window.page("project")
    return editor if isinstance(editor, ProjectEditor) else None
