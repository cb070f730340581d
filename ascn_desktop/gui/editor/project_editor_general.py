"""The General tab: code, title, description, focus area, outcomes, SDGs, years, status, lead agency, risks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core import limits
from ascn_desktop.core.model import Project
from ascn_desktop.core.project_fields import check_code, check_text, check_title, check_year
from ascn_desktop.gui.editor.project_editor_form import Section, fill_combo, select_data, with_message
from ascn_desktop.gui.editor.widgets_fields import TextBlockEdit, WrappingGrid, YearSpinBox

if TYPE_CHECKING:
    from ascn_desktop.gui.editor.project_editor import ProjectEditor


def _set(attribute: str) -> Any:
    return lambda project, value: setattr(project, attribute, value)


class GeneralSection(Section):
    def __init__(self, editor: ProjectEditor) -> None:
        super().__init__(editor)
        reference = editor.reference
        form = QFormLayout()

        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Project code"))
        box, self.code_message = with_message(self.code_edit)
        self.track(self.code_message)
        form.addRow(self.tr("&Code"), box)
        self.bind_line(self.code_edit, self.code_message,
                       lambda text: check_code(text, taken=editor.taken_codes()), _set("code"), "edit code")

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Project title"))
        box, self.title_message = with_message(self.title_edit)
        self.track(self.title_message)
        form.addRow(self.tr("&Title"), box)
        self.bind_line(self.title_edit, self.title_message, check_title, _set("title"), "edit title")

        self.description_edit = TextBlockEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        box, self.description_message = with_message(self.description_edit)
        self.track(self.description_message)
        form.addRow(self.tr("&Description"), box)
        self.bind_line(self.description_edit, self.description_message,
                       lambda text: check_text(text, what="description"), _set("description"), "edit description")

        self.focus_combo = QComboBox()
        self.focus_combo.setAccessibleName(self.tr("Focus area"))
        fill_combo(self.focus_combo, [(None, self.tr("— choose a focus area —"))]
                   + list(reference.shown_vocab("focus_areas").items()))
        box, self.focus_message = with_message(self.focus_combo)
        self.track(self.focus_message)
        form.addRow(self.tr("&Focus area"), box)
        self.bind_combo(self.focus_combo, self.focus_message, _set("focus_area"), "edit focus area")

        self.outcome_boxes: dict[str, QCheckBox] = {}
        for code, label in reference.shown_vocab("outcomes").items():
            check = QCheckBox(label)
            check.clicked.connect(lambda _on=False: self._tick_outcomes())
            self.outcome_boxes[code] = check
        outcomes_box = WrappingGrid(list(self.outcome_boxes.values()), max_columns=3)  # wraps on small screens
        form.addRow(self.tr("Strategic outcomes"), outcomes_box)

        self.sdg_boxes: dict[int, QCheckBox] = {}
        sdg_labels = reference.shown_vocab("sdgs")
        for goal in range(1, 18):
            label = sdg_labels.get(str(goal), "")
            check = QCheckBox(f"{goal} {label}".strip())
            check.setToolTip(label)
            check.clicked.connect(lambda _on=False: self._tick_sdgs())
            self.sdg_boxes[goal] = check
        sdg_box = WrappingGrid(list(self.sdg_boxes.values()), max_columns=3)
        box, self.tags_message = with_message(sdg_box)
        self.track(self.tags_message)
        form.addRow(self.tr("SDGs"), box)

        self.start_spin = YearSpinBox()
        self.start_spin.setAccessibleName(self.tr("Start year"))
        self.end_spin = YearSpinBox()
        self.end_spin.setAccessibleName(self.tr("End year"))
        years = QWidget()
        years_layout = QHBoxLayout(years)
        years_layout.setContentsMargins(0, 0, 0, 0)
        years_layout.addWidget(self.start_spin)
        years_layout.addWidget(QLabel(self.tr("to")))
        years_layout.addWidget(self.end_spin)
        years_layout.addStretch(1)
        box, self.years_message = with_message(years)
        self.track(self.years_message)
        form.addRow(self.tr("&Years"), box)
        self.start_spin.valueChanged.connect(lambda _v: self._year_changed(self.start_spin, "start_year", "start"))
        self.end_spin.valueChanged.connect(lambda _v: self._year_changed(self.end_spin, "end_year", "end"))

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Project status"))
        fill_combo(self.status_combo, list(reference.shown_vocab("project_statuses").items()))
        box, self.status_message = with_message(self.status_combo)
        self.track(self.status_message)
        form.addRow(self.tr("&Status"), box)
        self.bind_combo(self.status_combo, self.status_message, _set("status"), "edit status")

        self.agency_edit = QLineEdit()
        self.agency_edit.setAccessibleName(self.tr("Lead agency"))
        box, self.agency_message = with_message(self.agency_edit)
        self.track(self.agency_message)
        form.addRow(self.tr("&Lead agency"), box)
        self.bind_line(self.agency_edit, self.agency_message,
                       lambda text: check_text(text, what="lead agency", max_length=limits.TITLE).strip(),
                       _set("lead_agency"), "edit lead agency")

        self.risks_edit = TextBlockEdit()
        self.risks_edit.setAccessibleName(self.tr("Risks"))
        box, self.risks_message = with_message(self.risks_edit)
        self.track(self.risks_message)
        form.addRow(self.tr("&Risks"), box)
        self.bind_line(self.risks_edit, self.risks_message, lambda text: check_text(text, what="risks text"),
                       _set("risks"), "edit risks")

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def fill(self, project: Project) -> None:
        self.code_edit.setText(project.code)
        self.title_edit.setText(project.title)
        self.title_edit.setCursorPosition(0)
        self.description_edit.set_text(project.description)
        select_data(self.focus_combo, project.focus_area)
        for code, box in self.outcome_boxes.items():
            box.setChecked(code in project.outcomes)
        for goal, box in self.sdg_boxes.items():
            box.setChecked(goal in project.sdgs)
        first, _last = self.editor.years
        for spin, year in ((self.start_spin, project.start_year), (self.end_spin, project.end_year)):
            spin.setProperty("first_year", first)
            spin.set_year(year)
        select_data(self.status_combo, project.status)
        self.agency_edit.setText(project.lead_agency)
        self.risks_edit.set_text(project.risks)

    def _tick_outcomes(self) -> None:
        chosen = [code for code, box in self.outcome_boxes.items() if box.isChecked()]
        self.accept(self.tags_message, lambda: chosen, _set("outcomes"), "edit outcomes")

    def _tick_sdgs(self) -> None:
        chosen = [goal for goal, box in self.sdg_boxes.items() if box.isChecked()]
        self.accept(self.tags_message, lambda: chosen, _set("sdgs"), "edit SDGs")

    def _year_changed(self, spin: YearSpinBox, attribute: str, word: str) -> None:
        first, last = self.editor.years

        def check() -> int | None:
            year = spin.year()
            if year is None:
                return None
            check_year(year, first=first, last=last)
            return year

        accepted = self.accept(self.years_message, check, _set(attribute), f"edit {word} year")
        if accepted:
            self._hint_order()

    def _hint_order(self) -> None:
        # End before start is kept (the officer may be moving a project) but said at once;
        # the readiness check lists it as an error until fixed.
        start, end = self.start_spin.year(), self.end_spin.year()
        if start is not None and end is not None and end < start:
            self.years_message.show_message(self.tr("The end year is before the start year"))

    def focus(self, name: str, index: int | None, sub: str | None) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "code": self.code_edit, "title": self.title_edit, "description": self.description_edit,
            "focus_area": self.focus_combo, "start_year": self.start_spin, "end_year": self.end_spin,
            "status": self.status_combo, "lead_agency": self.agency_edit, "risks": self.risks_edit,
        }
        if name == "outcomes" and self.outcome_boxes:
            return next(iter(self.outcome_boxes.values()))
        if name == "sdgs":
            return self.sdg_boxes[1]
        return widgets.get(name)

