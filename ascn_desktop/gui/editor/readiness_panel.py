"""The readiness panel: every finding of the current plan, a click away from the field to fix.

The rules are `core.readiness.check_plan` (the same the CLI and exports use);
this panel only lists them. It re-checks when the plan or the store changes,
but only while visible (a 10,000-project plan is not re-checked on every
keystroke behind the officer's back): a hidden panel just remembers it is stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plans import get_plan, project_rows
from ascn_desktop.core.readiness import Finding, check_plan, errors, readiness_summary, warnings
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.core.visible_text import visible

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole
BACKGROUND_FROM = 300  # projects; below this the check takes a few milliseconds


class ReadinessPanel(QWidget):
    """Lists findings; activating one opens the project editor on that field."""

    finding_activated = Signal(object)  # the Finding

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main_window = window
        self.findings: list[Finding] = []
        self._stale = True
        self._generation = 0
        self._task: object | None = None
        self.setObjectName("readiness-panel")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary.setWordWrap(True)  # a long summary must not widen the window past a 1024-pixel screen
        self.refresh_button = QPushButton(self.tr("Check again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Readiness findings"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("Errors must be fixed before the plan can be marked final or exported; "
                              "warnings are worth a look. Click a finding to go to the field."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        style = self.style()
        self._icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        window.store_changed.connect(self._changed)
        window.plan_changed.connect(lambda _id: self._changed())
        window.undo_stack.indexChanged.connect(lambda _n: self._changed())

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Re-run the check on the current plan and list what it finds, errors first.

        Small plans (the usual tens of projects) are checked at once; a plan with more than
        BACKGROUND_FROM projects is loaded and checked off the GUI thread.
        """
        self._stale = False
        plan_id = self.main_window.current_plan_id()
        if plan_id is None:
            self._show([], self.tr("No plan chosen yet."))
            return
        store, reference = self.main_window.store, self.main_window.reference

        def check(_progress: object = None, _abort: object = None) -> tuple[Plan, list[Finding]]:
            plan = get_plan(store, plan_id)
            return plan, check_plan(plan, reference)

        try:
            large = len(project_rows(store, plan_id)) > BACKGROUND_FROM
            if not large:
                self._checked(check())
                return
        except AscnError as problem:
            self._show([], visible(problem.message))
            return
        self.summary.setText(self.tr("Checking the plan…"))
        self._generation += 1
        generation = self._generation
        self._task = run_task(self, check, quiet=True,
                              on_success=lambda result: self._checked(result, generation=generation),
                              on_failure=lambda problem: self._show([], visible(problem.message)))

    def _checked(self, result: tuple[Plan, list[Finding]], *, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # an older check finished after a newer one started
        plan, found = result
        city = self.main_window.reference.cities.get(plan.city)
        where = f"{self.main_window.reference.city_name(plan.city)}, {plan.cycle}" if city else plan.cycle
        self._show(errors(found) + warnings(found),
                   self.tr("{0} ({1}): {2}").format(plan.title, where, readiness_summary(found)))

    def _show(self, findings: list[Finding], summary: str) -> None:
        self.findings = findings
        self.summary.setText(summary)
        self.list.clear()
        for finding in self.findings:
            item = QListWidgetItem(self._icons[finding.severity], visible(finding.message))
            item.setData(FINDING_ROLE, finding)
            severity = self.tr("Error") if finding.severity == "error" else self.tr("Warning")
            item.setToolTip(f"{severity}: {finding.message}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {finding.message}")
            self.list.addItem(item)

    def item_for(self, code: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(FINDING_ROLE).code == code:
                return item
        return None

    def _activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)
