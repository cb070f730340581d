"""The main window: the store's plans on the left, the selected plan's projects on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop import APP_NAME
from ascn_desktop.core.plans import get_plan_header, list_plans, project_rows
from ascn_desktop.core.reference import load_reference
from ascn_desktop.gui.projects_model import ProjectsTableModel
from ascn_desktop.store.engine import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._reference = load_reference(store)
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)

        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(self.tr("Plans"))
        self.plan_heading = QLabel()
        self.plan_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_heading.setWordWrap(True)
        self.projects_model = ProjectsTableModel(self._reference, self)
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
        self.setCentralWidget(splitter)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)
        self.statusBar().showMessage(self.tr("Store: {0}").format(store.profile.db_path or store.profile.db_url))

        self.plan_list.currentItemChanged.connect(self._show_selected_plan)
        self.reload_plans()

    def reload_plans(self) -> None:
        self.plan_list.clear()
        for plan in list_plans(self._store):
            label = f"{plan.city_name} ({plan.country}) — {plan.cycle} r{plan.revision}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.plan_list.addItem(item)
        if self.plan_list.count():
            self.plan_list.setCurrentRow(0)
        else:
            self.plan_heading.setText(self.tr("No plans yet. Run 'ascn demo' to load the sample plans."))

    def _show_selected_plan(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.projects_model.set_rows([])
            return
        plan_id = int(item.data(Qt.ItemDataRole.UserRole))
        plan = get_plan_header(self._store, plan_id)
        city = self._reference.city(plan.city)
        self.plan_heading.setText(f"{plan.title}\n{city.name} · {plan.cycle} · {plan.status} · revision {plan.revision}")
        self.projects_model.set_rows(project_rows(self._store, plan_id))
        self.projects_view.resizeColumnsToContents()
        self.setWindowTitle(f"{city.name} — {plan.title} (r{plan.revision}) — {APP_NAME}")
