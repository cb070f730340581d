"""The readiness panel: every finding of the current plan, a click away from the field to fix.

The rules are `core.readiness.check_plan` (the same the CLI and exports use),
run with the plan's read by `core.project_editing.plan_readiness` on the
background runner; the panel lists the answer, keeping the previous list
(under "Checking the plan…") until it arrives. It re-checks when the plan or
the store changes, but only while visible (a 10,000-project plan is not
re-checked on every keystroke behind the officer's back): a hidden panel just
remembers it is stale.
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

from ascn_desktop.core.project_editing import PlanReadiness, plan_readiness
from ascn_desktop.core.readiness import Finding, readiness_summary
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.core.visible_text import visible

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole


class ReadinessPanel(QWidget):
    """Lists findings; activating one opens the project editor on that field."""

    finding_activated = Signal(object)  # the Finding

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main_window = window
        self.findings: list[Finding] = []
        self._stale = True
        self._generation = 0  # grows with every check asked for: an older answer is dropped
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
        """Re-run the check on the current plan (on the background runner) and list what it finds, errors first."""
        self._stale = False
        self._generation += 1
        plan_id = self.main_window.current_plan_id()
        if plan_id is None:
            self._show([], self.tr("No plan chosen yet."))
            return
        store, reference, generation = self.main_window.store, self.main_window.reference, self._generation
        self.summary.setText(self.tr("Checking the plan…"))
        run_task(self, lambda _progress, _abort: plan_readiness(store, plan_id, reference), quiet=True,
                 on_success=lambda result: self._checked(generation, result),
                 on_failure=lambda problem: self._not_checked(generation, problem.message))

    def _checked(self, generation: int, result: PlanReadiness) -> None:
        if generation != self._generation:
            return  # an older check finished after a newer one started
        plan, found = result.plan, result.findings
        city = self.main_window.reference.cities.get(plan.city)
        where = f"{self.main_window.reference.city_name(plan.city)}, {plan.cycle}" if city else plan.cycle
        self._show(found, self.tr("{0} ({1}): {2}").format(plan.title, where, readiness_summary(found)))

    def _not_checked(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._show([], visible(message))

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
