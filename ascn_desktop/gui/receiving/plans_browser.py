"""A read-only browser of every plan in the store (first window; the editor replaces it for officers).

The list and the chosen plan's projects are read on the background runner (gui/tasks.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QSplitter, QTableView, QVBoxLayout, QWidget

from ascn_desktop.core.model import Plan, PlanSummary
from ascn_desktop.core.plans import ProjectListRow, get_plan_header, list_plans, project_rows
from ascn_desktop.gui.tasks import NewestRead
from ascn_desktop.gui.editor.projects_model import ProjectsTableModel
from ascn_desktop.core.visible_text import visible

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow


class PlansBrowser(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(self.tr("Plans"))
        self.plan_heading = QLabel()
        self.plan_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_heading.setWordWrap(True)
        self.projects_model = ProjectsTableModel(window.reference, self)
        self.projects_view = QTableView()
        self.projects_view.setModel(self.projects_model)
        self.projects_view.setAccessibleName(self.tr("Projects"))
        self.projects_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.projects_view.horizontalHeader().setStretchLastSection(True)
        self.projects_view.verticalHeader().setVisible(False)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.plan_heading)
        layout.addWidget(self.projects_view)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.plan_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.plan_list.currentItemChanged.connect(self._show_selected_plan)
        # Double-clicking a plan (or one of its projects) opens the read-only viewer: the whole plan to read.
        self.plan_list.itemDoubleClicked.connect(lambda _item: self.view_current())
        self.projects_view.doubleClicked.connect(lambda _index: self.view_current())
        self.viewer: QDialog | None = None
        self.list_reads, self.plan_reads = NewestRead(self), NewestRead(self)
        window.store_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the list of plans on the background runner; the list keeps what it shows until it arrives."""
        store = self._window.store
        self.list_reads.ask(lambda: list_plans(store), self._plans_arrived, self._window.show_error)

    def _plans_arrived(self, plans: list[PlanSummary]) -> None:
        self.plan_list.clear()
        reference = self._window.reference
        for plan in plans:
            name = reference.city_name(plan.city) if plan.city in reference.cities else plan.city_name
            item = QListWidgetItem(f"{name} ({plan.country}) — {plan.cycle} r{plan.revision}")
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.plan_list.addItem(item)
        if self.plan_list.count():
            self._fit_list()
            self.plan_list.setCurrentRow(0)
        else:
            self.plan_heading.setText(self.tr("No plans yet: import the bundles you received with "
                                              "File → Import bundles…, or drop them on this window."))

    def _fit_list(self) -> None:
        """The list as wide as its longest plan (at most a third of the page): the projects get the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        frame = 2 * self.plan_list.frameWidth() + self.plan_list.verticalScrollBar().sizeHint().width() + 8
        wanted = min(self.plan_list.sizeHintForColumn(0) + frame, total // 3)
        self.splitter.setSizes([wanted, total - wanted])

    def view_current(self) -> QDialog | None:
        from ascn_desktop.gui.receiving.plan_viewer import PlanViewer

        item = self.plan_list.currentItem()
        if item is None:
            return None
        received = self._window.page("received")
        page = received if received is not None and hasattr(received, "accept_plan") else None
        self.viewer = PlanViewer(self._window.store, int(item.data(Qt.ItemDataRole.UserRole)),
                                 page, self, reference=self._window.reference)  # type: ignore[arg-type]
        self.viewer.open()
        return self.viewer

    def _show_selected_plan(self, item: QListWidgetItem | None) -> None:
        """The chosen plan's heading and projects, read on the runner (only the newest choice is shown)."""
        if item is None:
            self.plan_reads.forget()
            self.projects_model.set_rows([])
            return
        store, plan_id = self._window.store, int(item.data(Qt.ItemDataRole.UserRole))
        self.plan_reads.ask(lambda: (get_plan_header(store, plan_id), project_rows(store, plan_id)),
                            lambda answer: self._plan_arrived(plan_id, *answer), self._window.show_error)

    def _plan_arrived(self, plan_id: int, plan: Plan, rows: list[ProjectListRow]) -> None:
        reference = self._window.reference
        status = self.tr("final") if plan.status == "final" else self.tr("draft")
        self.plan_heading.setText(self.tr("{0}\n{1} · {2} · {3} · revision {4}").format(
            visible(plan.title), reference.city_name(reference.city(plan.city).code), plan.cycle, status,
            plan.revision))
        self.projects_model.set_rows(rows)
        self.projects_view.resizeColumnsToContents()
        self._window.set_current_plan(plan_id, header=plan)


def install(window: MainWindow) -> None:
    # Officers work on their own plan (overview + projects); receivers browse every plan.
    if window.role not in (None, "nr", "asec"):
        return
    # Built when first shown; it reloads when the window's store changes (imported bundles appear at once).
    window.add_page("plans", translate("PlansBrowser", "All plans"), lambda: PlansBrowser(window), roles=("nr", "asec"),
                    icon_name="plans")
