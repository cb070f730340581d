"""The main window: a sidebar of pages chosen by the user's role, menus, status bar.

Features plug in through ``gui/features.py``: each adds pages with
``add_page`` and actions to the menus exposed here. The window itself holds no
business rules.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ascn_desktop import APP_NAME
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.store.engine import Store


class MainWindow(QMainWindow):
    store_changed = Signal()  # emit after anything wrote to the store outside a page (imports...)
    plan_changed = Signal(int)  # the plan the user is working on

    def __init__(self, store: Store, *, role: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.profile = store.profile
        self.reference: ReferenceData = load_reference(store)
        self.role = role  # csco | nr | asec | None (no identity yet)
        self.undo_stack = QUndoStack(self)
        self._current_plan_id: int | None = None
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setMaximumWidth(220)
        self.pages = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)

        self._build_menus()
        self.statusBar().showMessage(self.tr("Store: {0}").format(store.profile.db_path or store.profile.db_url))

        from ascn_desktop.gui.features import install_features

        install_features(self)
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    # --- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.addToolBar(self.toolbar)

        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

    # --- pages ------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget, *, roles: tuple[str, ...] | None) -> None:
        """Add a page to the sidebar; `roles=None` shows it to everyone."""
        if roles is not None and self.role is not None and self.role not in roles:
            return
        self._pages[key] = widget
        self.pages.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        widget = self._pages.get(key)
        if widget is not None:
            self.sidebar.setCurrentRow(self.pages.indexOf(widget))

    # --- shared state -----------------------------------------------------------

    def current_plan_id(self) -> int | None:
        return self._current_plan_id

    def set_current_plan(self, plan_id: int | None) -> None:
        if plan_id != self._current_plan_id:
            self._current_plan_id = plan_id
            if plan_id is not None:
                self.plan_changed.emit(plan_id)

    def show_error(self, error: AscnError | str) -> None:
        message = error.message if isinstance(error, AscnError) else error
        details = "\n".join(f"• {d}" for d in getattr(error, "details", [])[:30])
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        box.open()
