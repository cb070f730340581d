"""Start-up of the desktop window: paint first, then open the store on the background runner.

The window's frame (menus, sidebar, status bar) is shown as soon as Qt is up,
before SQLAlchemy and the ORM are even imported. The store is opened (migrated
if needed, reference data loaded) and the window's role read by
``core.startup.open_for_desktop`` on the runner; then the pages are built and
the first screen reads its data, again on the runner. What needs a person
comes in between, on the GUI thread: the damaged-store dialog (restore the
backup, then try again) and, on the first run, the question which city this is.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ascn_desktop import APP_NAME
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.tasks import run_task, tasks_running

if TYPE_CHECKING:
    from ascn_desktop.core.startup import OpenedProfile
    from ascn_desktop.gui.main_window import MainWindow

log = logging.getLogger("ascn_desktop")


class FirstPaintProbe(QObject):
    """Prints 'first-paint <time>' at the watched window's first paint (start-up benchmark); may quit then."""

    def __init__(self, window: MainWindow, *, quit_at_paint: bool) -> None:
        super().__init__(window)
        self._quit = quit_at_paint
        self._painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            print(f"first-paint {time.perf_counter():.6f}", flush=True)
            if self._quit:
                QTimer.singleShot(0, QCoreApplication.quit)
        return False


def when_first_screen_shown(window: MainWindow, then: Callable[[], None]) -> QTimer:
    """Call `then` once the first screen shows the store's data: the pages listed and every read they
    asked for delivered. Returns the timer that watches for it (stop it to give up)."""
    def check() -> None:
        if window.is_ready() and tasks_running() == 0:
            timer.stop()
            then()

    timer = QTimer(window)
    timer.setInterval(20)  # often enough to time it, rarely enough not to add to the CPU time it measures
    timer.timeout.connect(check)
    timer.start()
    return timer


def report_ready_and_quit(window: MainWindow) -> None:
    """Print 'ready <time>' and quit: the first screen shows the store's data (start-up benchmark)."""
    window.repaint()  # the data on screen, painted
    print(f"ready {time.perf_counter():.6f}", flush=True)
    QCoreApplication.quit()


class WindowStart(QObject):
    """Opens the profile's store for `window` on the runner; `on_open(opened)` once the pages are built."""

    def __init__(self, window: MainWindow, profile: Profile, *, ask_first_run: bool,
                 on_open: Callable[[OpenedProfile], None]) -> None:
        super().__init__(window)
        self._window, self._profile = window, profile
        self._ask_first_run = ask_first_run
        self._on_open = on_open
        self.opened: OpenedProfile | None = None
        self._started = False

    def start_after_paint(self) -> None:
        """Open the store once the frame has painted (or after a moment, should no paint come)."""
        self._window.installEventFilter(self)
        QTimer.singleShot(500, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self._started:
            QTimer.singleShot(0, self.start)  # the import of the store's modules must not delay the paint
        return False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._window.removeEventFilter(self)
        self._open()

    def _open(self) -> None:
        profile = self._profile

        def open_store(_progress: object, _abort: object) -> OpenedProfile:
            from ascn_desktop.core.startup import open_for_desktop  # SQLAlchemy and the ORM load here, off the GUI thread

            return open_for_desktop(profile)

        run_task(self._window, open_store, quiet=True, on_success=self._store_opened, on_failure=self._not_opened)

    def _not_opened(self, error: AscnError) -> None:
        from ascn_desktop.store.db_errors import StoreDamagedError

        if isinstance(error, StoreDamagedError):
            from ascn_desktop.gui.damaged_store_dialog import offer_restore

            if offer_restore(error, self._profile, parent=self._window):
                self._open()  # the backup is back in place: open it
                return
        else:
            log.info("the store could not be opened: %s", error.message)
            QMessageBox.critical(self._window, APP_NAME, visible(error.message))  # a path may hold controls
        QApplication.exit(1)

    def _store_opened(self, opened: OpenedProfile) -> None:
        if opened.first_run and self._ask_first_run:
            from ascn_desktop.gui.first_run import choose_workplace

            choose_workplace(opened.store, opened.reference, parent=self._window)  # cancelled: asked again later
            store = opened.store
            from ascn_desktop.core.workplace import active_role

            run_task(self._window, lambda _progress, _abort: active_role(store), quiet=True,
                     on_success=lambda active: self._attach(opened, active),
                     on_failure=self._not_opened)
            return
        self._attach(opened, opened.active)

    def _attach(self, opened: OpenedProfile, active: object) -> None:
        from ascn_desktop.core.workplace import ActiveRole

        self.opened = opened
        self._window.attach_store(opened.store, opened.reference, active if isinstance(active, ActiveRole) else None)
        self._on_open(opened)
