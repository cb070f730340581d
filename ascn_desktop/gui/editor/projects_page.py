"""Projects page: the current plan's projects in a sortable, filterable table.

Columns can be hidden (header context menu) and dragged into another order;
the header's state is remembered in the profile's settings. Double-click or
Enter opens the project editor; New project (Ctrl+N) and Delete are undoable
commands on the window's undo stack.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, QObject, QPoint, QRunnable, QThreadPool, QTimer, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ascn_desktop.core.wording import counted
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.model import Project
from ascn_desktop.core.plans import ProjectListRow, get_plan_header, project_rows
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.editor.projects_model import HIDDEN_BY_DEFAULT, Column, ProjectFilter, ProjectsTableModel
from ascn_desktop.gui.settings import read_bytes
from ascn_desktop.store.engine import Store

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

HEADER_KEY = "projects/header"
CODE_PATTERN = re.compile(r"^(.*?)(\d+)$")
ASYNC_ROWS = 2_000  # above this many projects, edits refresh the visible table from a background read
ANY_YEAR = 0  # the spin boxes' "Any" value


class _RowsSignals(QObject):
    loaded = Signal(int, int, object)  # plan id, generation, list[ProjectListRow]


class _RowsJob(QRunnable):
    """Reads a plan's table rows off the GUI thread (a 10,000-project plan takes a few hundred ms)."""

    def __init__(self, store: Store, plan_id: int, generation: int, signals: _RowsSignals) -> None:
        super().__init__()
        self.store, self.plan_id, self.generation, self.signals = store, plan_id, generation, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            rows: list[ProjectListRow] = project_rows(self.store, self.plan_id)
            self.signals.loaded.emit(self.plan_id, self.generation, rows)
        except Exception:  # noqa: BLE001 (store closed, page gone): the page reads again when shown
            return


class ProjectsPage(QWidget):
    open_requested = Signal(str)  # project uuid: the editor should show it

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("projects-page")
        self._window = window
        self.store = window.store
        self.reference = window.reference
        self.plan_id: int | None = None
        self._dirty = True
        self._generation = 0  # grows whenever the store may have changed; stale background reads are dropped
        self._rows_signals = _RowsSignals(self)
        self._rows_signals.loaded.connect(self._rows_loaded)
        self.editor: QWidget | None = None
        self.model = ProjectsTableModel(window.reference, self)
        self._build()
        self._build_actions()
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
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter projects"))
        self.filter_edit.setPlaceholderText(self.tr("Find projects (code, title, agency, description)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.focus_combo = QComboBox()
        self.focus_combo.setAccessibleName(self.tr("Filter by focus area"))
        self.focus_combo.addItem(self.tr("All focus areas"), None)
        for code, label in self.reference.shown_vocab("focus_areas").items():
            self.focus_combo.addItem(label, code)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for code, label in self.reference.shown_vocab("project_statuses").items():
            self.status_combo.addItem(label, code)
        first = min((c.start_year for c in self.reference.cycles.values()), default=2018)
        last = max((c.end_year for c in self.reference.cycles.values()), default=2035)
        self.year_from = self._year_box(self.tr("From year"), first, last)
        self.year_to = self._year_box(self.tr("To year"), first, last)
        self.private_check = QCheckBox(self.tr("Seeks private partner"))
        self.private_check.setAccessibleName(self.tr("Only projects seeking a private partner"))
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        for combo in (self.focus_combo, self.status_combo):
            # Long labels must not make the window wider than a small laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.private_check)
        fields = QHBoxLayout()
        fields.addWidget(self.focus_combo, 1)
        fields.addWidget(self.status_combo, 1)
        years_label = QLabel(self.tr("&Years:"))
        years_label.setBuddy(self.year_from)
        fields.addWidget(years_label)
        fields.addWidget(self.year_from)
        fields.addWidget(QLabel("–"))
        fields.addWidget(self.year_to)

        self.view = QTableView()
        self.view.setObjectName("projects-table")
        self.view.setAccessibleName(self.tr("Projects"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a header is clicked
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints for 10,000 rows
        vertical.setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        widths = {Column.CODE: 90, Column.TITLE: 340, Column.FOCUS_AREA: 150, Column.STATUS: 100,
                  Column.YEARS: 90, Column.BUDGET: 170, Column.LEAD_AGENCY: 180, Column.SEEKS_PRIVATE: 80}
        for column in Column:
            header.resizeSection(column, widths.get(column, 110))
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
        state = read_bytes(self._window.settings, HEADER_KEY)
        if state is not None:
            header.restoreState(state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addLayout(fields)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.filter_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.focus_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.year_from.valueChanged.connect(lambda _v: self.apply_filter())
        self.year_to.valueChanged.connect(lambda _v: self.apply_filter())
        self.private_check.toggled.connect(lambda _c: self.apply_filter())
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_count)
        for previous, following in ((self.filter_edit, self.focus_combo), (self.focus_combo, self.status_combo),
                                    (self.status_combo, self.year_from), (self.year_from, self.year_to),
                                    (self.year_to, self.private_check), (self.private_check, self.view)):
            self.setTabOrder(previous, following)

    def _year_box(self, name: str, first: int, last: int) -> QSpinBox:
        box = QSpinBox()
        box.setAccessibleName(name)
        box.setRange(ANY_YEAR, last)
        box.setSpecialValueText(self.tr("Any"))
        box.setValue(ANY_YEAR)
        box.setMinimumWidth(72)
        box.setProperty("first_year", first)
        # Stepping up from "Any" jumps to the first cycle's first year, not to year 1.
        box.editingFinished.connect(lambda b=box, f=first: b.setValue(f) if 0 < b.value() < f else None)
        return box

    def _build_actions(self) -> None:
        window = self._window
        self.new_action = QAction(icon("new"), self.tr("&New project"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_project)
        self.delete_action = QAction(icon("delete"), self.tr("&Delete project"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the table has focus: Delete in a text field must still delete a character.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.find_action = QAction(icon("find"), self.tr("&Find projects"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        self.open_action = QAction(self.tr("&Open project"), self)
        self.open_action.triggered.connect(self._open_current)
        window.plan_menu.addAction(self.new_action)
        window.plan_menu.addAction(self.open_action)
        window.plan_menu.addAction(self.delete_action)
        window.edit_menu.addAction(self.find_action)
        window.toolbar.addAction(self.new_action)
        window.toolbar.addAction(self.delete_action)
        window.toolbar.addAction(self.find_action)
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
        """Reload now if the table is on screen and small; otherwise read the rows in the background.

        A big visible table keeps showing its rows until the new ones arrive, so an
        edit never freezes the window for the few hundred ms a 10,000-row read takes.
        """
        if self.isVisible() and self.model.total_count() < ASYNC_ROWS:
            self.reload()
        else:
            self.prefetch()

    def prefetch(self) -> None:
        """Read the current plan's rows off the GUI thread so that opening the page is instant."""
        plan_id = self._window.current_plan_id()
        if plan_id is None or not self._dirty:
            return
        QThreadPool.globalInstance().start(_RowsJob(self.store, plan_id, self._generation, self._rows_signals))

    def _rows_loaded(self, plan_id: int, generation: int, rows: list[ProjectListRow]) -> None:
        if not self._dirty or generation != self._generation or plan_id != self._window.current_plan_id():
            return  # the store changed again since, or the page already reloaded
        try:
            plan = get_plan_header(self.store, plan_id)
        except AscnError:
            return
        selected = self.selected_uuids()
        scroll = self.view.verticalScrollBar().value()
        self._show_rows(plan_id, plan.title, rows)
        self._select(selected)
        self.view.verticalScrollBar().setValue(scroll)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.reload()
        self._update_actions()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._update_actions()

    def reload(self) -> None:
        """Reload the current plan's rows, keeping the selection and the scroll position."""
        self._dirty = False
        self.plan_id = self._window.current_plan_id()
        selected = self.selected_uuids()
        scroll = self.view.verticalScrollBar().value()
        if self.plan_id is None:
            self._show_rows(None, "", [])
        else:
            try:
                plan = get_plan_header(self.store, self.plan_id)
                rows = project_rows(self.store, self.plan_id)
            except AscnError:
                self._show_rows(None, "", [])
            else:
                self._show_rows(self.plan_id, plan.title, rows)
        self._select(selected)
        self.view.verticalScrollBar().setValue(scroll)
        self._update_actions()

    def _show_rows(self, plan_id: int | None, title: str, rows: list[ProjectListRow]) -> None:
        self._dirty = False
        self.plan_id = plan_id
        if plan_id is None:
            self.heading.setText(self.tr("No plan open: create one on the Plan overview page."))
        else:
            self.heading.setText(self.tr("Projects · {0}").format(title))
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
        year_from, year_to = self.year_from.value(), self.year_to.value()
        return ProjectFilter(
            text=self.filter_edit.text(),
            focus_area=self.focus_combo.currentData(),
            status=self.status_combo.currentData(),
            year_from=year_from if year_from != ANY_YEAR else None,
            year_to=year_to if year_to != ANY_YEAR else None,
            seeks_private_partner=self.private_check.isChecked(),
        )

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

    def new_project(self) -> str | None:
        """Add a project at the end of the plan (undoable) and open it; returns its id."""
        from ascn_desktop.gui.editor.project_commands import AddProjectCommand

        plan_id = self.plan_id or self._window.current_plan_id()
        if plan_id is None:
            return None
        plan = get_plan_header(self.store, plan_id)
        cycle = self.reference.cycles.get(plan.cycle)
        city = self.reference.cities.get(plan.city)
        this_year = date.today().year
        start = min(max(this_year, cycle.start_year), cycle.end_year) if cycle else None
        project = Project(
            code=self._next_code(), title=self.tr("New project"), currency=city.currency if city else "",
            start_year=start, end_year=cycle.end_year if cycle else None,
        )
        self._window.undo_stack.push(AddProjectCommand(self.store, plan_id, project))
        self.reload()
        self.select_project(project.id)
        self.open_requested.emit(project.id)
        return project.id

    def _next_code(self) -> str:
        """A suggested code following the plan's own pattern ('HN-06' -> 'HN-07'); the officer may change it."""
        taken = set(self.model.codes())
        patterns = Counter(match.group(1) for code in taken if (match := CODE_PATTERN.match(code)))
        prefix = patterns.most_common(1)[0][0] if patterns else "P-"
        numbers = [int(m.group(2)) for code in taken if (m := CODE_PATTERN.match(code)) and m.group(1) == prefix]
        width = max((len(m.group(2)) for code in taken if (m := CODE_PATTERN.match(code))), default=2)
        number = max(numbers, default=0) + 1
        while f"{prefix}{number:0{width}d}" in taken:
            number += 1
        return f"{prefix}{number:0{width}d}"

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
        from ascn_desktop.gui.editor.project_commands import DeleteProjectCommand, short_title

        plan_id = self.plan_id
        uuids = self.selected_uuids()
        if plan_id is None or not uuids:
            return 0
        rows = {row.uuid: row for row in (self.model.row_at(n) for n in range(self.model.rowCount()))}
        titles = [rows[uuid].title or rows[uuid].code for uuid in uuids]
        if not self.confirm_delete(titles):
            return 0
        stack = self._window.undo_stack
        try:
            if len(uuids) == 1:
                row = rows[uuids[0]]
                stack.push(DeleteProjectCommand(self.store, plan_id, row.uuid,
                                                title=short_title(Project(code=row.code, title=row.title))))
            else:
                stack.beginMacro(self.tr("delete {0} projects").format(len(uuids)))
                for uuid in uuids:
                    row = rows[uuid]
                    stack.push(DeleteProjectCommand(self.store, plan_id, uuid,
                                                    title=short_title(Project(code=row.code, title=row.title))))
                stack.endMacro()
        except AscnError as error:
            self._window.show_error(error)
        self.schedule_reload()
        self._reload_timer.stop()
        self._refresh()  # at once for a normal plan, from a background read for a huge one
        return len(uuids)


def install(window: MainWindow) -> None:
    if window.role not in (None, "csco"):
        return
    page = ProjectsPage(window)
    window.add_page("projects", translate("ProjectsPage", "Projects"), page, roles=("csco",), icon_name="projects")
