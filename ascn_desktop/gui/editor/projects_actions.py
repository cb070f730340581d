"""Plan › New project, Open project, Delete project, Edit › Find projects, and their toolbar buttons.

They exist from start-up, before the projects table is built (it is built the
first time it is shown, gui/window_pages.py): triggering one builds the table
through ``window.page("projects")`` and acts there. The table enables them
once it knows the plan and its selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ascn_desktop.gui.icons import icon

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate  # the words keep the table's context: "ProjectsPage"


class ProjectsActions:
    """The four actions of the projects table, in the window's menus and toolbar."""

    def __init__(self, window: MainWindow) -> None:
        def on_table(method: str) -> Callable[[], None]:
            def act() -> None:
                page = window.page("projects")  # built now if it was not yet
                if page is not None:
                    getattr(page, method)()
            return act

        self.new = QAction(icon("new"), translate("ProjectsPage", "&New project"), window)
        self.new.setShortcut(QKeySequence.StandardKey.New)
        self.new.triggered.connect(on_table("request_new_project"))
        self.delete = QAction(icon("delete"), translate("ProjectsPage", "&Delete project"), window)
        self.delete.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the table has focus: Delete in a text field must still delete a character.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.setEnabled(False)  # acts on the table's selection
        self.find = QAction(icon("find"), translate("ProjectsPage", "&Find projects"), window)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.triggered.connect(on_table("focus_filter"))
        self.open = QAction(translate("ProjectsPage", "&Open project"), window)
        self.open.setEnabled(False)
        self.new.setEnabled(window.current_plan_id() is not None)
        window.plan_changed.connect(lambda _plan_id: self.new.setEnabled(True))  # a plan just created
        window.plan_menu.addAction(self.new)
        window.plan_menu.addAction(self.open)
        window.plan_menu.addAction(self.delete)
        window.edit_menu.addAction(self.find)
        window.toolbar.addAction(self.new)
        window.toolbar.addAction(self.delete)
        window.toolbar.addAction(self.find)
