"""The General tab: code, title, description, focus area, outcomes, SDGs, years, status, lead agency, risks.

Its rows come from the field declarations (project_form_rows.py); this tab adds the rule of the years
(each within the cycle, an end before the start said at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from ascn_desktop.core.fields import PROJECT
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import Project
from ascn_desktop.core.project_fields import check_year
from ascn_desktop.gui.editor.project_editor_form import Section
from ascn_desktop.gui.editor.project_form_rows import FormRows, RowWords, setter
from ascn_desktop.gui.editor.widgets_fields import FieldMessage, TextBlockEdit, YearSpinBox

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor


class GeneralSection(Section):
    # Made by FormRows from the declarations (core/fields.py), named as the words below say.
    code_edit: QLineEdit
    title_edit: QLineEdit
    description_edit: TextBlockEdit
    focus_combo: QComboBox
    outcome_boxes: dict[str, QCheckBox]
    sdg_boxes: dict[int, QCheckBox]
    start_spin: YearSpinBox
    end_spin: YearSpinBox
    status_combo: QComboBox
    agency_edit: QLineEdit
    risks_edit: TextBlockEdit
    code_message: FieldMessage
    title_message: FieldMessage
    tags_message: FieldMessage
    years_message: FieldMessage

    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        form = QFormLayout()
        self.rows = FormRows(self, form, "general", self._words())
        self.start_spin.valueChanged.connect(lambda _v: self._year_changed(self.start_spin, "start_year"))
        self.end_spin.valueChanged.connect(lambda _v: self._year_changed(self.end_spin, "end_year"))
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _words(self) -> dict[str, RowWords]:
        return {
            "code": RowWords(self.tr("&Code"), self.tr("Project code"), "code_edit", what="code"),
            "title": RowWords(self.tr("&Title"), self.tr("Project title"), "title_edit", what="title"),
            "description": RowWords(self.tr("&Description"), self.tr("Description"), "description_edit",
                                    what="description"),
            "focus_area": RowWords(self.tr("&Focus area"), self.tr("Focus area"), "focus_combo",
                                   empty=self.tr("— choose a focus area —")),
            "outcomes": RowWords(self.tr("Strategic outcomes"), "", "outcome_boxes",
                                 message="outcomes_message"),
            "sdgs": RowWords(self.tr("SDGs"), "", "sdg_boxes", message="tags_message"),
            "start_year": RowWords(self.tr("&Years"), self.tr("Start year"), "start_spin", between=self.tr("to"),
                                   message="years_message"),
            "end_year": RowWords("", self.tr("End year"), "end_spin"),
            "status": RowWords(self.tr("&Status"), self.tr("Project status"), "status_combo"),
            "lead_agency": RowWords(self.tr("&Lead agency"), self.tr("Lead agency"), "agency_edit",
                                    what="lead agency"),
            "risks": RowWords(self.tr("&Risks"), self.tr("Risks"), "risks_edit", what="risks text"),
        }

    def fill(self, project: Project) -> None:
        self.rows.fill(project)
        first, _last = self.editor.years
        for spin, year in ((self.start_spin, project.start_year), (self.end_spin, project.end_year)):
            spin.setProperty("first_year", first)
            spin.set_year(year)

    def _year_changed(self, spin: YearSpinBox, attribute: str) -> None:
        first, last = self.editor.years

        def check() -> int | None:
            year = spin.year()
            if year is None:
                return None
            check_year(year, first=first, last=last)
            return year

        accepted = self.accept(self.years_message, check, setter(attribute), _(PROJECT[attribute].label))
        if accepted:
            self._hint_order()

    def _hint_order(self) -> None:
        # End before start is kept (the officer may be moving a project) but said at once;
        # the readiness check lists it as an error until fixed.
        start, end = self.start_spin.year(), self.end_spin.year()
        if start is not None and end is not None and end < start:
            self.years_message.show_message(self.tr("The end year is before the start year"))

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        return self.rows.widget(name)
