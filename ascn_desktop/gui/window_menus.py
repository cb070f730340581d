"""The main window's menu bar and toolbar: the menus features add to, Undo/Redo, the text actions, Quit.

``build_menus`` makes the empty menus (File, Edit, View, Plan, Tools, Help) and
the window's own actions before any feature runs; ``finish_menus`` adds what
belongs at the end of them once every feature has added its items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolBar, QToolButton

from ascn_desktop.gui.icons import icon

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate  # the strings keep the context they had in the window: "MainWindow"


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    window.file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    window.view_menu = bar.addMenu(translate("MainWindow", "&View"))
    window.plan_menu = bar.addMenu(translate("MainWindow", "&Plan"))
    window.tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
    window.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
    window.toolbar.setObjectName("main-toolbar")
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(window.toolbar)
    _add_undo_actions(window)
    window.quit_action = QAction(icon("quit"), translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.quit_action.triggered.connect(window.close)


class StepAction(QAction):
    """Undo or Redo: "&Undo" alone, or "&Undo {0}" naming the step it takes back (its tooltip says the same)."""

    def __init__(self, window: MainWindow, plain: str, sentence: str) -> None:
        super().__init__(plain, window)
        self._plain, self._sentence = plain, sentence

    def show_step(self, step: str) -> None:
        self.setText(self._sentence.format(step) if step else self._plain)


def _stack_action(window: MainWindow, plain: str, sentence: str, step: Callable[[], str],
                  can: Callable[[], bool]) -> StepAction:
    action = StepAction(window, plain, sentence)
    action.show_step(step())
    action.setEnabled(can())
    return action


def _add_undo_actions(window: MainWindow) -> None:
    stack = window.undo_stack
    # Not QUndoStack.createUndoAction: it glues its prefix before the step's name; a whole sentence with a
    # placeholder lets the translator order the words ("Undo {0}").
    undo = _stack_action(window, translate("MainWindow", "&Undo"), translate("MainWindow", "&Undo {0}"),
                         stack.undoText, stack.canUndo)
    stack.undoTextChanged.connect(undo.show_step)
    stack.canUndoChanged.connect(undo.setEnabled)
    undo.triggered.connect(stack.undo)
    redo = _stack_action(window, translate("MainWindow", "&Redo"), translate("MainWindow", "&Redo {0}"),
                         stack.redoText, stack.canRedo)
    stack.redoTextChanged.connect(redo.show_step)
    stack.canRedoChanged.connect(redo.setEnabled)
    redo.triggered.connect(stack.redo)
    window.undo_action, window.redo_action = undo, redo
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.setIcon(icon("undo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    window.redo_action.setIcon(icon("redo"))
    window.edit_menu.addAction(window.undo_action)
    window.edit_menu.addAction(window.redo_action)
    window.edit_menu.addSeparator()
    window.text_actions = _add_text_actions(window)
    window.toolbar.addAction(window.undo_action)
    window.toolbar.addAction(window.redo_action)
    for action in (window.undo_action, window.redo_action):
        # "Undo edit lead agency of '…'" would push the toolbar off screen: icon here, words in the tooltip.
        button = window.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.toolbar.addSeparator()


def _add_text_actions(window: MainWindow) -> dict[str, QAction]:
    """Edit → Cut, Copy, Paste, Select All: act on the field or table that has the keyboard focus.

    The focused widget handles its own shortcuts first (a line edit overrides Ctrl+C),
    so these menu items never compete with typing; they make the commands findable.
    """
    actions: dict[str, QAction] = {}
    for name, label, key in (("cut", translate("MainWindow", "Cu&t"), QKeySequence.StandardKey.Cut),
                             ("copy", translate("MainWindow", "&Copy"), QKeySequence.StandardKey.Copy),
                             ("paste", translate("MainWindow", "&Paste"), QKeySequence.StandardKey.Paste),
                             ("selectAll", translate("MainWindow", "Select &All"), QKeySequence.StandardKey.SelectAll)):
        action = QAction(label, window)
        action.setObjectName(f"action-{name}")
        action.setShortcut(key)
        action.triggered.connect(lambda _checked=False, slot=name: _on_focused(slot))
        window.edit_menu.addAction(action)
        actions[name] = action
    window.edit_menu.addSeparator()
    return actions


def _on_focused(slot: str) -> None:
    widget = QApplication.focusWidget()
    method = getattr(widget, slot, None) if widget is not None else None
    if callable(method):
        method()
    elif slot == "copy" and isinstance(widget, QAbstractItemView):
        copy_cells(widget)


def copy_cells(view: QAbstractItemView) -> None:
    """Copy the selected cells of a table as tab-separated text (what a spreadsheet pastes)."""
    indexes = sorted(view.selectedIndexes(), key=lambda index: (index.row(), index.column()))
    rows: dict[int, list[str]] = {}
    for index in indexes:
        rows.setdefault(index.row(), []).append(str(index.data() or ""))
    clipboard = QApplication.clipboard()
    if rows and clipboard is not None:
        clipboard.setText("\n".join("\t".join(cells) for cells in rows.values()))


def add_page_action(window: MainWindow, key: str, title: str, number: int) -> None:
    """View › <page>, Ctrl+1 to Ctrl+9 for the first nine: shows the page (built then if it was not)."""
    action = QAction(title, window)
    if number <= 9:
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    action.triggered.connect(lambda _checked=False, k=key: window.show_page(k))
    window.view_menu.addAction(action)


def finish_menus(window: MainWindow) -> None:
    """Items that belong at the end of their menus, after the features added theirs."""
    from ascn_desktop.gui.about import install_help
    from ascn_desktop.gui.recent_files import install as install_recent_files

    actions = window.file_menu.actions()
    if actions and not actions[-1].isSeparator():  # a feature may have ended the menu with one
        window.file_menu.addSeparator()
    install_recent_files(window)  # File › Open Recent, just above Quit as in most programs
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
    install_help(window)
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.plan_menu, window.tools_menu):
        # A receiver's Plan menu may hold nothing they can use: no empty menu in the bar.
        usable = any(a.isVisible() and not a.isSeparator() for a in menu.actions())
        menu.menuAction().setVisible(usable)
