"""The project editor's heading: code and title, the planning cycle, this project's own readiness, Delete.

The readiness line runs `core.readiness.check_project` on the project as
shown (no store involved), so it follows every edit at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ascn_desktop.core.model import Project
from ascn_desktop.core.readiness import Finding, check_project, errors, readiness_summary
from ascn_desktop.core.reference import CycleInfo, ReferenceData
from ascn_desktop.core.visible_text import visible

translate = QCoreApplication.translate  # the editor's context: the catalogues hold these strings there


class ProjectHeading(QWidget):
    def __init__(self, *, on_delete: Callable[[], None]) -> None:
        super().__init__()
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
        self.delete_button = QPushButton(translate("ProjectEditor", "Delete project…"))
        self.delete_button.setAccessibleName(translate("ProjectEditor", "Delete this project"))
        self.delete_button.clicked.connect(lambda _checked=False: on_delete())
        titles = QVBoxLayout()
        for label in (self.heading, self.subheading, self.readiness_label):
            titles.addWidget(label)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(titles, 1)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_project(self, project: Project, *, cycle: CycleInfo | None, reference: ReferenceData,
                     city_currency: str) -> None:
        self.heading.setText(f"{project.code} — {project.title}")
        notes = []
        if cycle is not None:
            notes.append(translate("ProjectEditor", "Planning cycle {0}–{1}").format(cycle.start_year, cycle.end_year))
        if project.carried_over_from:
            notes.append(translate("ProjectEditor", "carried over from the previous cycle"))
        self.subheading.setText(" · ".join(notes))
        found: list[Finding] = []
        check_project(project, reference, cycle=cycle, city_currency=city_currency, today=date.today(), out=found)
        problems = errors(found)
        summary = readiness_summary(found)
        if problems:
            self.readiness_label.setStyleSheet("color: #c62828;")
            self.readiness_label.setText(translate("ProjectEditor", "Readiness: {0} — {1}").format(
                summary, visible(problems[0].message)))
        else:
            self.readiness_label.setStyleSheet("")
            self.readiness_label.setText(summary if not found else translate("ProjectEditor", "Readiness: {0}").format(
                summary))
        self.readiness_label.setToolTip("\n".join(f"• {finding.message}" for finding in found))
