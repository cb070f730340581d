"""The main window: a sidebar of pages chosen by the user's role, menus, status bar.

Features plug in through ``gui/features.py``: each adds pages with
``add_page`` and actions to the menus exposed here. The window itself holds no
business rules. Every edit is written to the store when it is accepted, so the
window never asks "save?"; closing it only remembers its geometry.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from typing import TYPE_CHECKING

from ascn_desktop import APP_NAME
from ascn_desktop.core.app_log import UnexpectedError, log_refusal
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.settings import profile_settings, read_bytes

if TYPE_CHECKING:  # the window paints before these (SQLAlchemy, the ORM) are imported; see attach_store
    from ascn_desktop.core.model import Plan
    from ascn_desktop.core.reference import ReferenceData
    from ascn_desktop.core.workplace import ActiveRole
    from ascn_desktop.store.engine import Store


START_PAGES = {"nr": "received", "asec": "monitoring"}  # the page a role sees first
DEFAULT_SIZE = (1240, 700)  # fits a 1366x768 screen with its task bar, title bar and status bar visible


def default_size() -> tuple[int, int]:
    """The first window size: DEFAULT_SIZE, or less on a smaller screen (1024x600 netbooks)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    available = screen.availableGeometry()
    # leave room for the window frame and title bar, which availableGeometry does not include
    return min(DEFAULT_SIZE[0], available.width() - 16), min(DEFAULT_SIZE[1], available.height() - 48)
_OPEN_WINDOWS: list[MainWindow] = []  # windows that replaced the first one (kept alive here)


def _scrolling(page: QWidget) -> QScrollArea:
    """Every page sits in a scroll area: on a 1024x600 screen or at 125 % a page that needs more
    room scrolls inside the window instead of making the window bigger than the screen."""
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it scrolls to the focused field
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidget(page)
    return holder


def _held(holder: QWidget | None) -> QWidget | None:
    return holder.widget() if isinstance(holder, QScrollArea) else holder


def _forget(window: MainWindow) -> None:
    if window in _OPEN_WINDOWS:
        _OPEN_WINDOWS.remove(window)


class MainWindow(QMainWindow):
    store_changed = Signal()  # emit after anything wrote to the store outside a page (imports...)
    plan_changed = Signal(int)  # the plan the user is working on
    saved = Signal()  # a page committed an edit to the store (status bar, title)
    store_attached = Signal()  # the store is open and the pages are built (attach_store)

    store: Store  # set by attach_store
    reference: ReferenceData
    active: ActiveRole | None

    def __init__(self, store: Store | None = None, *, role: str | None = None, city: str | None = None,
                 profile: Profile | None = None) -> None:
        """The window of `store` (its reference data and role read here), or, given only `profile`, the
        window's frame, shown at once while the store opens on the background runner (``attach_store``)."""
        super().__init__()
        if store is None and profile is None:
            raise ValueError("MainWindow needs a store or a profile")
        self.profile: Profile = store.profile if store is not None else profile  # type: ignore[assignment]
        self._wanted_role, self._wanted_city = role, city  # an explicit role (tests, NR/ASEC pages) wins
        self.role: str | None = None
        self.city: str | None = None
        self.country: str | None = None
        self.undo_stack = QUndoStack(self)
        self.settings = profile_settings(self.profile)
        self._current_plan_id: int | None = None
        self._current_header: Plan | None = None
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(*default_size())

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setMaximumWidth(240)
        self.pages = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)

        self._build_menus()
        self._build_status_bar()
        # Bound methods, not lambdas: Qt drops these connections when the window is destroyed.
        self.plan_changed.connect(self._on_plan_changed)
        self.saved.connect(self._on_saved)
        self.store_changed.connect(self._on_saved)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        self._restore_geometry()
        if store is not None:
            from ascn_desktop.core.reference import load_reference
            from ascn_desktop.core.workplace import active_role

            self.attach_store(store, load_reference(store), active_role(store))

    def is_ready(self) -> bool:
        """True once the store is attached and the pages are built."""
        return hasattr(self, "store")

    def attach_store(self, store: Store, reference: ReferenceData, active: ActiveRole | None) -> None:
        """Build the pages of the store's role (features plug in here); the frame was shown before."""
        self.store, self.reference, self.active = store, reference, active
        self.role = self._wanted_role if self._wanted_role is not None else (active.role if active else None)
        self.city = self._wanted_city if self._wanted_city is not None else (active.city if active else None)
        if self.city is not None and self.city in reference.cities:
            self.country = reference.cities[self.city].country
        else:
            self.country = active.country if active else None
        from ascn_desktop.gui.features import install_features

        install_features(self)
        self._finish_menus()
        self._fit_sidebar()
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)
        start = START_PAGES.get(self.role or "")
        if start is not None:
            self.show_page(start)  # a receiver's day starts with what came in, not with a plan list
        self.refresh_title()
        self._restore_splitter()
        self.store_attached.emit()

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
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self._add_text_actions()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        for action in (self.undo_action, self.redo_action):
            # "Undo edit lead agency of '…'" would push the toolbar off screen: icon here, words in the tooltip.
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addSeparator()

        self.quit_action = QAction(icon("quit"), self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

    def _add_text_actions(self) -> None:
        """Edit → Cut, Copy, Paste, Select All: act on the field or table that has the keyboard focus.

        The focused widget handles its own shortcuts first (a line edit overrides Ctrl+C),
        so these menu items never compete with typing; they make the commands findable.
        """
        self.text_actions: dict[str, QAction] = {}
        for name, label, key in (("cut", self.tr("Cu&t"), QKeySequence.StandardKey.Cut),
                                 ("copy", self.tr("&Copy"), QKeySequence.StandardKey.Copy),
                                 ("paste", self.tr("&Paste"), QKeySequence.StandardKey.Paste),
                                 ("selectAll", self.tr("Select &All"), QKeySequence.StandardKey.SelectAll)):
            action = QAction(label, self)
            action.setObjectName(f"action-{name}")
            action.setShortcut(key)
            action.triggered.connect(lambda _checked=False, slot=name: self._on_focused(slot))
            self.edit_menu.addAction(action)
            self.text_actions[name] = action
        self.edit_menu.addSeparator()

    def _on_focused(self, slot: str) -> None:
        widget = QApplication.focusWidget()
        method = getattr(widget, slot, None) if widget is not None else None
        if callable(method):
            method()
        elif slot == "copy" and isinstance(widget, QAbstractItemView):
            self._copy_cells(widget)

    @staticmethod
    def _copy_cells(view: QAbstractItemView) -> None:
        """Copy the selected cells of a table as tab-separated text (what a spreadsheet pastes)."""
        indexes = sorted(view.selectedIndexes(), key=lambda index: (index.row(), index.column()))
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(str(index.data() or ""))
        clipboard = QApplication.clipboard()
        if rows and clipboard is not None:
            clipboard.setText("\n".join("\t".join(cells) for cells in rows.values()))

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest page name ("Monitoring", "Trust registry") at any font size."""
        bold = QFont(self.sidebar.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen page is drawn semi-bold (app.qss)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(self.sidebar.item(n).text())
                      for n in range(self.sidebar.count())), default=120)
        # icon, the item's padding and accent bar (app.qss: 12 + 12 + 3 px), icon spacing, a scroll bar's room
        width = widest + self.sidebar.iconSize().width() + 60
        self.sidebar.setMinimumWidth(width)
        self.sidebar.setMaximumWidth(max(width, 240))
        self.splitter.setSizes([width, max(self.width() - width, 400)])

    def _finish_menus(self) -> None:
        """Items that belong at the end of their menus, after the features added theirs."""
        from ascn_desktop.gui.recent_files import install as install_recent_files

        actions = self.file_menu.actions()
        if actions and not actions[-1].isSeparator():  # a feature may have ended the menu with one
            self.file_menu.addSeparator()
        install_recent_files(self)  # File › Open Recent, just above Quit as in most programs
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from ascn_desktop.gui.about import install_help

        install_help(self)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.plan_menu, self.tools_menu):
            # A receiver's Plan menu may hold nothing they can use: no empty menu in the bar.
            usable = any(a.isVisible() and not a.isSeparator() for a in menu.actions())
            menu.menuAction().setVisible(usable)

    # --- status bar -------------------------------------------------------------

    def _build_status_bar(self) -> None:
        location = self.profile.store_location
        self.store_label = QLabel(self.tr("Store: {0}").format(location))
        self.store_label.setAccessibleName(self.tr("Store location"))
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel(self.tr("All changes saved"))
        self.saved_label.setObjectName("save-state")
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._last_save = ""  # the time of the last committed edit, shown once nothing is refused
        self._refused: dict[int, tuple[str, str]] = {}  # id of a field's message -> (field, why it was refused)

    def _on_plan_changed(self, _plan_id: int) -> None:
        self.refresh_title()

    def _on_undo_index(self, _index: int) -> None:
        self._on_saved()

    def _on_saved(self) -> None:
        # Edits are committed when accepted, so reaching here means the store holds them.
        self._last_save = datetime.now().strftime("%H:%M:%S")
        self._show_save_state()
        self.refresh_title()

    def field_refused(self, message: QWidget, field: str, text: str) -> None:
        """A field's message (gui/editor/widgets_fields.FieldMessage) shows `text`, or '' when it cleared.

        While a typed value is refused, it is not in the store: the status bar says so, naming the field,
        instead of "All changes saved", until the value is fixed or the field is left as stored.
        """
        key = id(message)
        if text:
            if key not in self._refused:
                message.destroyed.connect(lambda _object=None, k=key: self._forget_refusal(k))
            self._refused[key] = (field, text)
        else:
            self._refused.pop(key, None)
        self._show_save_state()

    def _forget_refusal(self, key: int) -> None:
        if self._refused.pop(key, None) is not None:
            self._show_save_state()

    def _show_save_state(self) -> None:
        if self._refused:
            field, text = next(reversed(self._refused.values()))  # the latest refusal
            what = self.tr("{0}: {1}").format(field, text) if field else text
            self.saved_label.setText(self.tr("Not saved — {0}").format(what))
            self.saved_label.setStyleSheet("color: #c62828;")  # the field message's red
        else:
            self.saved_label.setStyleSheet("")
            self.saved_label.setText(self.tr("All changes saved · last save {0}").format(self._last_save)
                                     if self._last_save else self.tr("All changes saved"))

    # --- pages ------------------------------------------------------------------

    def offers(self, roles: tuple[str, ...] | None) -> bool:
        """Whether pages meant for `roles` belong in this window (ask before building them)."""
        return roles is None or self.role is None or self.role in roles

    def add_page(self, key: str, title: str, widget: QWidget, *, roles: tuple[str, ...] | None,
                 icon_name: str | None = None) -> None:
        """Add a page to the sidebar; `roles=None` shows it to everyone."""
        if not self.offers(roles):
            return
        self._pages[key] = widget
        self.pages.addWidget(_scrolling(widget))
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if icon_name:
            item.setIcon(icon(icon_name))
        self.sidebar.addItem(item)
        number = self.sidebar.count()
        action = QAction(title, self)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
        self.view_menu.addAction(action)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        widget = self._pages.get(key)
        if widget is not None:
            holder = next((self.pages.widget(n) for n in range(self.pages.count())
                           if _held(self.pages.widget(n)) is widget), None)
            if holder is not None:
                self.sidebar.setCurrentRow(self.pages.indexOf(holder))

    def current_page_key(self) -> str | None:
        return next((key for key, page in self._pages.items() if page is self.current_page()), None)

    def current_page(self) -> QWidget | None:
        """The page on screen (not the scroll area that holds it)."""
        return _held(self.pages.currentWidget())

    # --- shared state -----------------------------------------------------------

    def current_plan_id(self) -> int | None:
        return self._current_plan_id

    def set_current_plan(self, plan_id: int | None, *, header: Plan | None = None) -> None:
        """The plan the officer works on; `header`, already read on the runner, spares the title a read."""
        self._current_header = header if header is not None and plan_id is not None else None
        if plan_id != self._current_plan_id:
            self._current_plan_id = plan_id
            if plan_id is not None:
                self.plan_changed.emit(plan_id)
                return
        self.refresh_title()

    def refresh_title(self) -> None:
        """'City — plan title (rN)', or the app name when no plan is open."""
        if not self.is_ready():
            self.setWindowTitle(APP_NAME)
            return
        parts: list[str] = []
        city_code = self.city
        plan_part = ""
        if self._current_plan_id is not None:
            plan = self._current_header
            if plan is None:  # a page that did not pass the header (the receivers' viewers)
                from ascn_desktop.core.plans import get_plan_header

                try:
                    plan = get_plan_header(self.store, self._current_plan_id)
                except AscnError:
                    plan = None
            if plan is not None:
                city_code = plan.city
                plan_part = f"{plan.title} (r{plan.revision})"
        if city_code and city_code in self.reference.cities:
            parts.append(self.reference.city_name(city_code))
        if plan_part:
            parts.append(plan_part)
        if self.role in ("nr", "asec"):
            from ascn_desktop.core.signing.identity import role_name

            # Receivers browse many cities' plans; the title says whose window it is:
            # "ASCN Desktop — National Representative, Viet Nam".
            who = role_name(self.role)
            if self.role == "nr" and self.country:
                who = f"{who}, {self.reference.country_name(self.country)}"
            parts = [APP_NAME, who]
        self.setWindowTitle(" — ".join(parts) if parts else APP_NAME)

    def follows_active_role(self) -> bool:
        """True when the window's role and city are those of the profile (identity, else remembered city)."""
        from ascn_desktop.core.workplace import active_role

        active = active_role(self.store)
        if active is None:
            return self.role is None
        # from_identity too: before an identity the officer may still change city (File → Change my city…).
        was_from_identity = self.active is not None and self.active.from_identity
        return (active.role, active.city, active.from_identity) == (self.role, self.city, was_from_identity)

    def reopen_for_active_role(self) -> MainWindow:
        """A new window built for the profile's current role (the pages depend on it); this one closes.

        Called after a signing identity was created: a National Representative's
        or the Secretariat's window offers other pages than a city officer's.
        """
        self.commit_pending_edits()
        self.save_state()  # the successor restores this geometry
        successor = MainWindow(self.store)
        _OPEN_WINDOWS.append(successor)  # the app's main() holds only the first window
        successor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # then forgotten (destroyed)
        successor.destroyed.connect(lambda _obj=None, w=successor: _forget(w))
        successor.resize(self.size())
        if self.isVisible():
            successor.show()
        self.close()
        return successor

    def show_error(self, error: AscnError | str) -> None:
        if isinstance(error, UnexpectedError):  # a bug, already logged: the sentence and "Open log folder"
            from ascn_desktop.gui.failure import UnexpectedErrorDialog

            dialog = UnexpectedErrorDialog(visible(error.message), (error.log_file or self.profile.log_file).parent, self)
            dialog.open()
            return
        if isinstance(error, AscnError):
            log_refusal(error, context="the desktop app")
        # Messages quote file names, titles and signers' names: controls are shown, and never read as HTML.
        message = visible(error.message if isinstance(error, AscnError) else error)
        details = "\n".join(f"• {visible(d)}" for d in getattr(error, "details", [])[:30])
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("error-box")
        if details:
            box.setDetailedText(details)
        box.open()

    # --- remembered state ---------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = read_bytes(self.settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = read_bytes(self.settings, "window/state")
        if state is not None:
            self.restoreState(state)

    def _restore_splitter(self) -> None:
        splitter = read_bytes(self.settings, "window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", QByteArray(self.saveGeometry()))
        self.settings.setValue("window/state", QByteArray(self.saveState()))
        self.settings.setValue("window/splitter", QByteArray(self.splitter.saveState()))
        for widget in self._pages.values():
            remember = getattr(widget, "save_state", None)
            if callable(remember):
                remember()
        self.settings.sync()

    def commit_pending_edits(self) -> None:
        """Ask every page to commit the field being typed (closing must lose nothing)."""
        for widget in self._pages.values():
            for name in ("commit_pending", "flush_pending"):  # pages use either name
                commit = getattr(widget, name, None)
                if callable(commit):
                    commit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        from ascn_desktop.gui.tasks import wait_for_tasks

        self.commit_pending_edits()
        wait_for_tasks()  # the saves just started (and any before them) reach the store before it closes
        self.save_state()
        event.accept()
