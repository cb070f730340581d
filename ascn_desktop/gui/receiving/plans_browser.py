"""A read-only browser of every plan in the store (first window; the editor replaces it for officers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QSplitter, QTableView, QVBoxLayout, QWidget

from ascn_desktop.core.plans import get_plan_header, list_plans, project_rows
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
        splitter = QSplitter()
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
        window.store_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.plan_list.clear()
        for plan in list_plans(self._window.store):
            reference = self._window.reference
            name = reference.city_name(plan.city) if plan.city in reference.cities else plan.city_name
            label = f"{name} ({plan.country}) — {plan.cycle} r{plan.revision}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.plan_list.addItem(item)
        if self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        else:
            self.plan_heading.setText(self.tr("No plans yet: import the bundles you received with "
                                              "File → Import bundles…, or drop them on this window."))

    def view_current(self) -> QDialog | None:
        from ascn_desktop.gui.receiving.plan_viewer import PlanViewer

        item = self.plan_list.currentItem()
        if item is None:
            return None
        received = self._window.page("received")
        page = received if received is not None and hasattr(received, "accept_plan") else None
        self.viewer = PlanViewer(self._window.store, int(item.data(Qt.ItemDataRole.UserRole)),
                                 page, self)  # type: ignore[arg-type]
        self.viewer.open()
        return self.viewer

    def _show_selected_plan(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.projects_model.set_rows([])
            return
        plan_id = int(item.data(Qt.ItemDataRole.UserRole))
        store = self._window.store
        plan = get_plan_header(store, plan_id)
        city = self._window.reference.city(plan.city)
        status = self.tr("final") if plan.status == "final" else self.tr("draft")
        self.plan_heading.setText(self.tr("{0}\n{1} · {2} · {3} · revision {4}").format(
            visible(plan.title), self._window.reference.city_name(city.code), plan.cycle, status, plan.revision))
        self.projects_model.set_rows(project_rows(store, plan_id))
        self.projects_view.resizeColumnsToContents()
        self._window.set_current_plan(plan_id)


def install(window: MainWindow) -> None:
    # Officers work on their own plan (overview + projects); receivers browse every plan.
    if window.role not in (None, "nr", "asec"):
        return
    browser = PlansBrowser(window)
    window.add_page("plans", translate("PlansBrowser", "All plans"), browser, roles=("nr", "asec"), icon_name="plans")
    window.store_changed.connect(browser.reload)  # imported bundles appear at once
