"""Projects page: the current plan's projects in a sortable, filterable table.

Columns can be hidden (header context menu) and dragged into another order;
the header's state is remembered in the profile's settings. Double-click or
Enter opens the project editor; New project (Ctrl+N) and Delete are undoable
commands on the window's undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QTimer, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.plans import ProjectListRow, get_plan_header, project_rows
from ascn_desktop.core.project_defaults import new_project
from ascn_desktop.core.wording import counted
from ascn_desktop.gui.editor.projects_filter_bar import HEADER_KEY, ProjectsFilterBar, projects_view
from ascn_desktop.gui.editor.projects_model import Column, ProjectFilter, ProjectsTableModel
from ascn_desktop.gui.tasks import run_task


if TYPE_CHECKING:
    from ascn_desktop.gui.editor.projects_actions import ProjectsActions
    from ascn_desktop.gui.main_window import MainWindow


class ProjectsPage(QWidget):
    open_requested = Signal(str)  # project uuid: the editor should show it
    loaded = Signal()  # rows read on the background runner are on screen

    def __init__(self, window: MainWindow, actions: ProjectsActions) -> None:
        super().__init__()
        self.setObjectName("projects-page")
        self._window = window
        self.store = window.store
        self.reference = window.reference
        self.plan_id: int | None = None
        self.plan: Plan | None = None  # the header of the plan whose rows are shown
        self.loading = False
        self._select_when_loaded: str | None = None  # a project just added
        self._new_when_loaded = False  # New project asked for before the rows were read
        self._dirty = True
        self._generation = 0  # grows whenever the store may have changed; stale background reads are dropped
        self.editor: QWidget | None = None
        self.model = ProjectsTableModel(window.reference, self)
        self._build()
        self._take_actions(actions)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)  # coalesce the several signals one edit emits
        self._reload_timer.timeout.connect(self._refresh)
        window.plan_changed.connect(self._on_plan_changed)
        window.store_changed.connect(self.schedule_reload)
        window.undo_stack.indexChanged.connect(self._on_undo_index)
        self.open_requested.connect(self.open_project)

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("page-title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.filters = ProjectsFilterBar(self.reference)
        self.filter_edit, self.private_check = self.filters.filter_edit, self.filters.private_check
        self.focus_combo, self.status_combo = self.filters.focus_combo, self.filters.status_combo
        self.year_from, self.year_to = self.filters.year_from, self.filters.year_to
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.view = projects_view(self.model, self._window.settings)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.filters.changed.connect(self.apply_filter)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_count)
        self.setTabOrder(self.private_check, self.view)

    def _take_actions(self, actions: ProjectsActions) -> None:
        """The window's New, Open, Delete and Find (gui/editor/projects_actions.py), made before this table."""
        self.new_action, self.delete_action = actions.new, actions.delete
        self.find_action, self.open_action = actions.find, actions.open
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)  # its shortcut works while the table has the focus
        self.open_action.triggered.connect(self._open_current)
        self._update_actions()

    # --- loading --------------------------------------------------------------------

    def _on_plan_changed(self, _plan_id: int) -> None:
        self.schedule_reload()
        self._update_actions()  # New project works at once on a just-created plan

    def _on_undo_index(self, _index: int) -> None:
        self.schedule_reload()

    def schedule_reload(self) -> None:
        self._dirty = True
        self._generation += 1
        self._reload_timer.start()

    def _refresh(self) -> None:
        """Read the rows again on the background runner, visible or not (then opening the page is instant).

        The table keeps showing its rows until the new ones arrive, so an edit never
        freezes the window for the few hundred ms a 10,000-row read takes.
        """
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty and not self.loading:
            self.reload()
        self._update_actions()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_actions()

    def reload(self) -> None:
        """Read the current plan's rows on the background runner; then show them, keeping the selection
        and the scroll position. Only the newest read is shown."""
        self._generation += 1
        generation, store = self._generation, self.store
        plan_id = self._window.current_plan_id()
        if plan_id is None:
            self._dirty = False
            self._show_rows(None, None, [])
            return
        self.loading = True
        run_task(self, lambda _progress, _abort: (get_plan_header(store, plan_id), project_rows(store, plan_id)),
                 quiet=True, on_success=lambda result: self._rows_arrived(generation, plan_id, *result),
                 on_failure=lambda _error: self._rows_arrived(generation, None, None, []))

    def _rows_arrived(self, generation: int, plan_id: int | None, plan: Plan | None,
                      rows: list[ProjectListRow]) -> None:
        if generation != self._generation:
            return  # the store changed again since: a newer read is on its way
        self.loading = False
        selected = self.selected_uuids()
        scroll = self.view.verticalScrollBar().value()
        self._show_rows(plan_id, plan, rows)
        self._select(selected)
        self.view.verticalScrollBar().setValue(scroll)
        if self._select_when_loaded is not None and self.select_project(self._select_when_loaded):
            self._select_when_loaded = None  # else read before its save landed: the read after it selects it
        self.loaded.emit()
        if self._new_when_loaded:
            self._new_when_loaded = False
            self.new_project()

    def _show_rows(self, plan_id: int | None, plan: Plan | None, rows: list[ProjectListRow]) -> None:
        self._dirty = False
        self.plan_id, self.plan = plan_id, plan
        if plan is None:
            self.heading.setText(self.tr("No plan open: create one on the Plan overview page."))
        else:
            self.heading.setText(self.tr("Projects · {0}").format(plan.title))
        self.model.set_rows(rows)
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(counted(total, "project"))
        else:
            self.count_label.setText(self.tr("{0:,} of {1}").format(shown, counted(total, "project")))

    def _update_actions(self) -> None:
        has_plan = self.plan_id is not None or self._window.current_plan_id() is not None
        self.new_action.setEnabled(has_plan)
        # Delete acts on the table's selection, so only while the table is on screen.
        self.delete_action.setEnabled(bool(self.selected_uuids()) and self.isVisible())
        self.open_action.setEnabled(len(self.selected_uuids()) == 1)

    # --- filter -----------------------------------------------------------------------

    def current_filter(self) -> ProjectFilter:
        return self.filters.current_filter()

    def apply_filter(self) -> None:
        selected = self.selected_uuids()
        self.model.set_filter(self.current_filter())
        self._select(selected)

    def focus_filter(self) -> None:
        self._window.show_page("projects")
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- columns --------------------------------------------------------------------------

    def _header_menu(self, position: QPoint) -> None:
        self.column_menu().popup(self.view.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """A menu of checkable column names (the header's context menu)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
        return menu

    def set_column_visible(self, column: Column, shown: bool) -> None:
        header = self.view.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)
        self.save_state()

    def save_state(self) -> None:
        self._window.settings.setValue(HEADER_KEY, QByteArray(self.view.horizontalHeader().saveState()))

    # --- selection and actions ------------------------------------------------------------

    def selected_uuids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(row).uuid for row in rows if row < self.model.rowCount()]

    def _select(self, uuids: list[str]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = True
        for uuid in uuids:
            row = self.model.row_of(uuid)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def select_project(self, uuid: str) -> bool:
        self._select([uuid])
        row = self.model.row_of(uuid)
        if row is not None:
            self.view.scrollTo(self.model.index(row, 0))
        return row is not None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).uuid)

    def _open_current(self) -> None:
        uuids = self.selected_uuids()
        if len(uuids) == 1:
            self.open_requested.emit(uuids[0])

    def open_project(self, uuid: str) -> None:
        """Show the project editor page on project `uuid`."""
        from ascn_desktop.gui.editor.project_editor import open_project_editor  # the editor imports this page's peers

        if self.plan_id is not None:
            self.editor = open_project_editor(self._window, self.plan_id, uuid) or self.editor

    def request_new_project(self) -> None:
        """Plan › New project (Ctrl+N): at once, or as soon as this table has read the plan's rows."""
        if self.plan_id is not None and self.plan is not None and not self.loading:
            self.new_project()
        elif self._window.current_plan_id() is not None:
            self._new_when_loaded = True
            if not self.loading:
                self.reload()

    def new_project(self) -> str | None:
        """Add a project at the end of the plan (undoable) and open it; returns its id."""
        from ascn_desktop.gui.editor.project_commands import AddProjectCommand

        plan_id, plan = self.plan_id, self.plan
        if plan_id is None or plan is None:
            return None  # no plan, or its rows are not read yet (the action is off until then)
        project = new_project(plan, self.model.codes(), self.reference, title=self.tr("New project"))
        self._window.undo_stack.push(AddProjectCommand(self.store, plan_id, project, owner=self,
                                                       on_change=self._window.store_changed.emit))
        self._select_when_loaded = project.id  # the rows are read again on the runner
        self.reload()
        self.open_requested.emit(project.id)
        return project.id

    def confirm_delete(self, titles: list[str]) -> bool:
        """Ask once before deleting (the delete can also be undone)."""
        if len(titles) == 1:
            text = self.tr("Delete project '{0}'? You can undo this with Edit → Undo.").format(titles[0])
        else:
            text = self.tr("Delete {0} projects? You can undo this with Edit → Undo.").format(len(titles))
        answer = QMessageBox.question(self, self.tr("Delete project"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> int:
        """Delete the selected projects after one question; one undo step. Returns how many."""
        from ascn_desktop.gui.editor import undo_texts
        from ascn_desktop.gui.editor.project_commands import DeleteProjectCommand
        from ascn_desktop.gui.editor.undo_texts import short_title

        plan_id = self.plan_id
        uuids = self.selected_uuids()
        if plan_id is None or not uuids:
            return 0
        rows = {row.uuid: row for row in (self.model.row_at(n) for n in range(self.model.rowCount()))}
        titles = [rows[uuid].title or rows[uuid].code for uuid in uuids]
        if not self.confirm_delete(titles):
            return 0
        stack = self._window.undo_stack
        landed = self._window.store_changed.emit  # each delete's save, once in the store: the pages read again
        if len(uuids) == 1:
            row = rows[uuids[0]]
            stack.push(DeleteProjectCommand(self.store, plan_id, row.uuid, owner=self, on_change=landed,
                                            title=short_title(Project(code=row.code, title=row.title))))
        else:
            stack.beginMacro(undo_texts.delete_projects(len(uuids)))
            for uuid in uuids:
                row = rows[uuid]
                stack.push(DeleteProjectCommand(self.store, plan_id, uuid, owner=self, on_change=landed,
                                                title=short_title(Project(code=row.code, title=row.title))))
            stack.endMacro()
        self.schedule_reload()
        return len(uuids)
