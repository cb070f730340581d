"""The main window: a sidebar of pages chosen by the user's role, menus, status bar.

Features plug in through ``gui/features.py``: each adds pages with
``add_page`` and actions to the menus (gui/window_menus.py). The window itself
holds no business rules and reads nothing from the store on the GUI thread:
the role and reference data it is built from come from the background runner
(at start-up through gui/window_start.py, or, around an already open store, read
here by ``core.startup.read_for_desktop``). Every edit is written to the store
when it is accepted, so the window never asks "save?"; closing it only
remembers its geometry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QWidget

from ascn_desktop import APP_NAME
from ascn_desktop.core.app_log import UnexpectedError, log_refusal
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.settings import profile_settings, read_bytes
from ascn_desktop.gui.window_menus import add_page_action, build_menus, finish_menus
from ascn_desktop.gui.window_pages import PageFactory, PageStack
from ascn_desktop.gui.window_status import SaveState

if TYPE_CHECKING:  # the window paints before these (SQLAlchemy, the ORM) are imported; see attach_store
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    from ascn_desktop.core.model import Plan
    from ascn_desktop.core.reference import ReferenceData
    from ascn_desktop.core.startup import OpenedProfile
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


def _forget(window: MainWindow) -> None:
    if window in _OPEN_WINDOWS:
        _OPEN_WINDOWS.remove(window)


class MainWindow(QMainWindow):
    store_changed = Signal()  # emit after anything wrote to the store outside a page (imports...)
    plan_changed = Signal(int)  # the plan the user is working on
    saved = Signal()  # a page committed an edit to the store (status bar, title)
    store_attached = Signal()  # the store is open and the pages are listed (attach_store)

    store: Store  # set by attach_store
    reference: ReferenceData
    active: ActiveRole | None
    # made by gui/window_menus.build_menus
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    plan_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar
    undo_action: QAction
    redo_action: QAction
    quit_action: QAction
    text_actions: dict[str, QAction]

    def __init__(self, store: Store | None = None, *, role: str | None = None, city: str | None = None,
                 profile: Profile | None = None) -> None:
        """The window's frame, shown at once; its pages come once the store's role and reference data are read
        on the background runner: around `store` when given (``read_for_desktop``), else, given only `profile`,
        when gui/window_start.py has opened its store (``attach_store``)."""
        super().__init__()
        if store is None and profile is None:
            raise ValueError("MainWindow needs a store or a profile")
        self.profile: Profile = store.profile if store is not None else profile  # type: ignore[assignment]
        self._wanted_role, self._wanted_city = role, city  # an explicit role (tests, NR/ASEC pages) wins
        self.role: str | None = None
        self.city: str | None = None
        self.country: str | None = None
        self.successor: MainWindow | None = None  # the window that replaced this one (reopen_for_active_role)
        self.undo_stack = QUndoStack(self)
        self.settings = profile_settings(self.profile)
        self._current_plan_id: int | None = None
        self._current_header: Plan | None = None
        self._wanted_page: str | None = None  # asked for before the pages were listed
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.resize(*default_size())

        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.page_stack = PageStack(self.splitter)
        self.sidebar, self.pages = self.page_stack.sidebar, self.page_stack.stack
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.setCentralWidget(self.splitter)

        build_menus(self)
        self.save_state_bar = SaveState(self.statusBar(), self.profile.store_location)
        self.store_label, self.saved_label = self.save_state_bar.store_label, self.save_state_bar.saved_label
        # Bound methods, not lambdas: Qt drops these connections when the window is destroyed.
        self.plan_changed.connect(self._on_plan_changed)
        self.saved.connect(self._on_saved)
        self.store_changed.connect(self._on_saved)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        self._restore_geometry()
        if store is not None:
            self._read_role(store)

    def _read_role(self, store: Store) -> None:
        from ascn_desktop.gui.tasks import run_task

        def read(_progress: object, _abort: object) -> OpenedProfile:
            from ascn_desktop.core.startup import read_for_desktop

            return read_for_desktop(store)

        run_task(self, read, quiet=True, on_success=self._role_read, on_failure=self.show_error)

    def _role_read(self, opened: OpenedProfile) -> None:
        self.attach_store(opened.store, opened.reference, opened.active)

    def is_ready(self) -> bool:
        """True once the store is attached and the pages are listed."""
        return hasattr(self, "store")

    def when_ready(self, then: Callable[[], None]) -> None:
        """Call `then` once the pages are listed (at once if they are)."""
        if self.is_ready():
            then()
        else:
            self.store_attached.connect(then, Qt.ConnectionType.SingleShotConnection)

    def attach_store(self, store: Store, reference: ReferenceData, active: ActiveRole | None) -> None:
        """List the pages of the store's role (features plug in here) and build the first; the frame was shown."""
        self.store, self.reference, self.active = store, reference, active
        self.role = self._wanted_role if self._wanted_role is not None else (active.role if active else None)
        self.city = self._wanted_city if self._wanted_city is not None else (active.city if active else None)
        if self.city is not None and self.city in reference.cities:
            self.country = reference.cities[self.city].country
        else:
            self.country = active.country if active else None
        from ascn_desktop.gui.features import install_features

        install_features(self)
        finish_menus(self)
        self.page_stack.fit_sidebar(self.width())
        self.show_page(self._first_page())  # the only page built now: the others when first shown
        self.refresh_title()
        self._restore_splitter()
        self.store_attached.emit()

    def _first_page(self) -> str:
        start = self._wanted_page or START_PAGES.get(self.role or "")
        if start is not None and self.page_stack.has(start):
            return start  # a receiver's day starts with what came in, not with a plan list
        first = self.sidebar.item(0)
        return str(first.data(Qt.ItemDataRole.UserRole)) if first is not None else ""

    # --- status bar -------------------------------------------------------------

    def _on_plan_changed(self, _plan_id: int) -> None:
        self.refresh_title()

    def _on_undo_index(self, _index: int) -> None:
        self._on_saved()

    def _on_saved(self) -> None:
        # Edits are committed when accepted, so reaching here means the store holds them.
        self.save_state_bar.saved()
        self.refresh_title()

    def field_refused(self, message: QWidget, field: str, text: str) -> None:
        """A field's message (gui/editor/widgets_fields.FieldMessage) shows `text`, or '' when it cleared.

        While a typed value is refused, it is not in the store: the status bar says so, naming the field,
        instead of "All changes saved", until the value is fixed or the field is left as stored.
        """
        self.save_state_bar.field_refused(message, field, text)

    # --- pages ------------------------------------------------------------------

    def offers(self, roles: tuple[str, ...] | None) -> bool:
        """Whether pages meant for `roles` belong in this window (ask before building them)."""
        return roles is None or self.role is None or self.role in roles

    def add_page(self, key: str, title: str, page: QWidget | PageFactory, *, roles: tuple[str, ...] | None,
                 icon_name: str | None = None) -> None:
        """List a page in the sidebar (`roles=None`: for everyone). Given a factory, the page is built
        the first time it is shown or asked for (``page(key)``), not at start-up."""
        if not self.offers(roles):
            return
        row = self.page_stack.add(key, title, page, icon_name=icon_name)
        add_page_action(self, key, title, row + 1)

    def has_page(self, key: str) -> bool:
        """Whether the window lists page `key`; builds nothing."""
        return self.page_stack.has(key)

    def page(self, key: str) -> QWidget | None:
        """Page `key`, built now if it was not yet (None: this window does not offer it)."""
        return self.page_stack.page(key)

    def show_page(self, key: str) -> None:
        if not self.is_ready():
            self._wanted_page = key  # shown once the pages are listed
            return
        self.page_stack.show(key)

    def current_page_key(self) -> str | None:
        return self.page_stack.current_key()

    def current_page(self) -> QWidget | None:
        """The page on screen (not the scroll area that holds it)."""
        return self.page_stack.current()

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
        """'City — plan title (rN)', or the app name when no plan is open (gui/window_title.py)."""
        if not self.is_ready():
            self.setWindowTitle(APP_NAME)
            return
        from ascn_desktop.gui.window_title import window_title

        plan_id = self._current_plan_id
        if plan_id is not None and self._current_header is None and self.role not in ("nr", "asec"):
            self._read_header(plan_id)  # a page that did not pass the header: read on the runner, then shown
        self.setWindowTitle(window_title(self.reference, role=self.role, city=self.city, country=self.country,
                                         plan=self._current_header))

    def _read_header(self, plan_id: int) -> None:
        from ascn_desktop.gui.tasks import run_task

        store = self.store

        def read(_progress: object, _abort: object) -> Plan | None:
            from ascn_desktop.core.plans import get_plan_header

            try:
                return get_plan_header(store, plan_id)
            except AscnError:
                return None  # the plan is gone: the title names the city only

        def arrived(plan: Plan | None) -> None:
            if plan is not None and plan_id == self._current_plan_id and self._current_header is None:
                self._current_header = plan
                self.refresh_title()

        run_task(self, read, quiet=True, on_success=arrived)

    def follows(self, active: ActiveRole | None) -> bool:
        """True when the window's role and city are those of `active` (identity, else remembered city)."""
        if active is None:
            return self.role is None
        # from_identity too: before an identity the officer may still change city (File → Change my city…).
        was_from_identity = self.active is not None and self.active.from_identity
        return (active.role, active.city, active.from_identity) == (self.role, self.city, was_from_identity)

    def follow_active_role(self) -> None:
        """After the profile's identity changed: read its role on the runner, and if it is not this window's,
        open the window for it (``reopen_for_active_role``; `successor` names it)."""
        from ascn_desktop.gui.tasks import run_task

        store = self.store

        def read(_progress: object, _abort: object) -> object:
            from ascn_desktop.core.workplace import active_role

            return active_role(store)

        def arrived(active: ActiveRole | None) -> None:
            if self.follows(active):
                self.refresh_title()
            else:
                self.reopen_for_active_role()

        run_task(self, read, quiet=True, on_success=arrived, on_failure=self.show_error)

    def reopen_for_active_role(self) -> MainWindow:
        """A new window built for the profile's current role (the pages depend on it); this one closes.

        Called after a signing identity was created: a National Representative's
        or the Secretariat's window offers other pages than a city officer's. The
        successor's frame shows at once, its pages once its role is read (``when_ready``).
        """
        self.commit_pending_edits()
        self.save_state()  # the successor restores this geometry
        successor = MainWindow(self.store)
        self.successor = successor
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
        for widget in self.page_stack.built():  # a page never shown has nothing to remember
            remember = getattr(widget, "save_state", None)
            if callable(remember):
                remember()
        self.settings.sync()

    def commit_pending_edits(self) -> None:
        """Ask every page to commit the field being typed (closing must lose nothing)."""
        for widget in self.page_stack.built():
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
