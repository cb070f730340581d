"""The Milestones tab (title, due year and quarter, status, percent) and the Progress notes tab."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ascn_desktop.core import limits
from ascn_desktop.core.model import Milestone, ProgressNote, Project
from ascn_desktop.core.project_fields import FieldError, check_text, parse_whole_text, parse_year_text
from ascn_desktop.gui.editor.project_editor_form import RowsBlock, Section
from ascn_desktop.gui.editor.project_editor_tables import Column

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor


def _required_year(text: str, first: int, last: int) -> int:
    year = parse_year_text(text, first=first, last=last)
    if year is None:
        raise FieldError(f"Enter a year within {first}–{last}")
    return year


class MilestonesSection(Section):
    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        statuses = editor.reference.shown_vocab("milestone_statuses")
        quarters = [(str(q), f"Q{q}") for q in range(1, 5)]
        columns = [
            Column(self.tr("Milestone"), lambda m: m.title,
                   parse=lambda text: check_text(text, what="milestone title", max_length=limits.TITLE,
                                                 required=True).strip(),
                   apply=lambda m, text: setattr(m, "title", text), field="title", stretch=True),
            Column(self.tr("Due year"), lambda m: str(m.due_year),
                   parse=lambda text: _required_year(text, *editor.years),
                   apply=lambda m, year: setattr(m, "due_year", year), field="due_year", align_right=True),
            Column(self.tr("Quarter"), lambda m: f"Q{m.due_quarter}", parse=lambda code: int(code),
                   apply=lambda m, q: setattr(m, "due_quarter", q), choices=lambda: quarters,
                   code_of=lambda m: str(m.due_quarter), field="due_quarter"),
            Column(self.tr("Status"), lambda m: statuses.get(m.status, m.status), parse=lambda code: code,
                   apply=lambda m, code: setattr(m, "status", code), choices=lambda: list(statuses.items()),
                   code_of=lambda m: m.status, field="status"),
            Column(self.tr("% done"), lambda m: f"{m.percent}", edit_text=lambda m: str(m.percent),
                   parse=lambda text: parse_whole_text(text, first=0, last=100, what="percent done"),
                   apply=lambda m, n: setattr(m, "percent", n), field="percent", align_right=True),
        ]
        self.block = RowsBlock(self, columns=columns, rows_of=lambda p: p.milestones, name=self.tr("Milestones"),
                               add_label=self.tr("Add milestone"), make_row=self._new_milestone,
                               describe=lambda m: m.title)
        self.block.view.setColumnWidth(0, 320)
        hint = QLabel(self.tr("Double-click a cell to change it. Due years must lie within the planning cycle."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.block, 1)

    def _new_milestone(self, project: Project) -> Milestone:
        first, _last = self.editor.years
        return Milestone(title=self.tr("New milestone"), due_year=project.end_year or project.start_year or first,
                         due_quarter=4)

    def fill(self, project: Project) -> None:
        self.block.reload()

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        if name != "milestones":
            return None
        return self.block.select(index or 0, self.block.model.column_of(sub or "title"))


class ProgressSection(Section):
    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        columns = [
            Column(self.tr("Year"), lambda n: str(n.year), parse=lambda text: _required_year(text, *editor.years),
                   apply=lambda n, year: setattr(n, "year", year), field="year", align_right=True),
            Column(self.tr("What happened this year"), lambda n: n.text,
                   parse=lambda text: check_text(text, what="note"),
                   apply=lambda n, text: setattr(n, "text", text), field="text", stretch=True),
        ]
        self.block = RowsBlock(self, columns=columns, rows_of=lambda p: p.progress_notes, name=self.tr("Progress notes"),
                               add_label=self.tr("Add progress note"), make_row=self._new_note,
                               describe=lambda n: str(n.year))
        hint = QLabel(self.tr("One note per year of the cycle: what was done, what slipped and why."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.block, 1)

    def _new_note(self, project: Project) -> ProgressNote:
        first, last = self.editor.years
        taken = {note.year for note in project.progress_notes}
        wanted = min(max(date.today().year - 1, first), last)
        year = next((y for y in range(wanted, first - 1, -1) if y not in taken), wanted)
        return ProgressNote(year=year, text="")

    def fill(self, project: Project) -> None:
        self.block.reload()

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        if name != "progress_notes":
            return None
        return self.block.select(index or 0, self.block.model.column_of(sub or "text"))

