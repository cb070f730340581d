"""Entry point of the `ascn-desktop` GUI (and of `python -m ascn_desktop`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ascn_desktop import APP_ID, APP_NAME, __version__
from ascn_desktop.core.app_log import debug_requested, setup_logging
from ascn_desktop.core.collector import CollectorPause

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile, resolve_profile
from ascn_desktop.core.visible_text import visible
from ascn_desktop.gui.screenshot import SCREENS

if TYPE_CHECKING:  # imported when used: the window paints before SQLAlchemy loads
    from ascn_desktop.core.startup import OpenedProfile
    from ascn_desktop.gui.file_open import FileOpenHandler
    from ascn_desktop.store.engine import Store

log = logging.getLogger("ascn_desktop")

# The longest the collector stays paused at start-up (core/collector.py) when the first screen does not
# show its data by then: a first-run question or a damaged store's dialog is waiting for a person.
STARTUP_PAUSE_LIMIT_MS = 10_000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ascn-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--home", metavar="DIR", help="profile folder (default: ASCN_HOME or the user data folder)")
    parser.add_argument("--db", metavar="URL", help="store: SQLite path or SQLAlchemy URL (default: ASCN_DB)")
    parser.add_argument("--version", action="version", version=f"ascn-desktop {__version__}")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="quit as soon as the main window has been painted (start-up benchmark)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit once the first screen shows the store's data (start-up benchmark)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render one screen of the profile offscreen to FILE.png and exit")
    parser.add_argument("--screen", default="overview",
                        choices=SCREENS,
                        help="which screen --screenshot renders (default: overview; received, plans, monitoring, "
                             "reference and trust need a profile whose role has them)")
    parser.add_argument("--size", default="1280x800", metavar="WxH",
                        help="window size of --screenshot, e.g. 1366x768 or 1024x600 (default: 1280x800)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation end to end in temporary profiles (offscreen) and exit")
    parser.add_argument("--language", metavar="CODE",
                        help="interface language for this run (vi, id, th, km, lo, my, ms, fil, tet, en; "
                             "default: the one chosen in Tools › Language, else the system's)")
    parser.add_argument("files", nargs="*", metavar="BUNDLE",
                        help="signed bundles (.ascn) to import, e.g. a double-clicked file")
    parser.add_argument("--debug", action="store_true",
                        help="also print the traceback of an unexpected error on stderr (or set ASCN_DEBUG=1)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Logging first (core/app_log.py), so that any failure from here on ends in the log and one sentence.

    The cyclic collector is paused from here until the first screen shows its data: nearly every object
    made meanwhile (modules, classes, Qt wrappers, the ORM's mappers) lives as long as the process."""
    pause = CollectorPause()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    debug = debug_requested(args.debug)
    profile = resolve_profile(args.home, args.db)
    setup_logging(profile, program="ascn-desktop")
    previous_hooks = sys.excepthook, threading.excepthook
    try:
        return _run(args, profile, pause, debug=debug)
    except Exception as exc:  # a bug before or after the event loop: one sentence, the traceback to the log
        from ascn_desktop.gui.failure import show_fatal_error

        return show_fatal_error(exc, fallback_folder=profile.log_dir, debug=debug)
    finally:
        pause.end()
        sys.excepthook, threading.excepthook = previous_hooks
        _remove_file_open_handlers()


def _remove_file_open_handlers() -> None:
    from ascn_desktop.gui.file_open import FileOpenHandler

    app = QApplication.instance()
    if app is None:
        return
    for handler in app.findChildren(FileOpenHandler):
        app.removeEventFilter(handler)
        handler.setParent(None)


def _run(args: argparse.Namespace, profile: Profile, pause: CollectorPause, *, debug: bool) -> int:
    if (args.screenshot or args.self_test) and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot never needs a display
    if QApplication.instance() is None:
        # Fractional screen scales (125 %, 150 %) render at their true size; the SVG icons stay sharp.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ASEAN Smart Cities Network")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from ascn_desktop.gui.style import apply_style

    apply_style(app)
    from ascn_desktop.gui.icons import icon

    app.setWindowIcon(icon("app"))
    from ascn_desktop.gui.failure import install_failure_handler

    install_failure_handler(fallback_folder=profile.log_dir, debug=debug)
    from ascn_desktop.gui.translation import install_translations

    install_translations(app, profile, language=args.language)
    if args.self_test or args.screenshot:
        pause.end()  # not a start-up to wait for: a run of its own
    if args.self_test:
        from ascn_desktop.gui.self_test import run_self_test

        return run_self_test()
    from ascn_desktop.gui.file_open import FileOpenHandler

    # macOS may send a double-clicked bundle before the window exists; only macOS sends FileOpen events
    # (Qt's Cocoa platform): Windows and Linux pass the file as an argument (args.files).
    opened_files = FileOpenHandler(app, listen=sys.platform == "darwin")
    if args.screenshot:
        store = _open_or_restore(profile)  # no window to paint first: open, render, leave
        return 1 if store is None else _screenshot(store, args.screenshot, args.screen, args.size)
    return _show_window(app, args, profile, opened_files, pause)


def _show_window(app: QApplication, args: argparse.Namespace, profile: Profile, opened_files: FileOpenHandler,
                 pause: CollectorPause) -> int:
    """Paint the window's frame at once; the store opens on the background runner, then the pages fill in."""
    from ascn_desktop.gui.main_window import MainWindow  # after QApplication exists
    from ascn_desktop.gui.window_start import (FirstPaintProbe, WindowStart, report_ready_and_quit,
                                               when_first_screen_shown)

    window = MainWindow(profile=profile)
    timing = args.exit_after_paint or args.exit_when_ready  # a timing run must never wait for a person
    if timing:
        FirstPaintProbe(window, quit_at_paint=args.exit_after_paint)

    def shown() -> None:
        pause.end()  # the collector runs again (its young collection counted in the benchmark's time)
        if args.exit_when_ready:
            report_ready_and_quit(window)

    watch = when_first_screen_shown(window, shown)

    def give_up() -> None:  # not tied to the window: a window replaced meanwhile must not keep the pause on
        pause.end()
        if shiboken6.isValid(watch):
            watch.stop()

    if not args.exit_when_ready:  # a timing run never waits for a person
        QTimer.singleShot(STARTUP_PAUSE_LIMIT_MS, give_up)

    def opened(result: OpenedProfile) -> None:
        opened_files.open(args.files)  # a double-clicked bundle: imported into the window now built
        if result.first_run and not timing:
            from ascn_desktop.gui.signing.keys_feature import offer_signing_identity

            QTimer.singleShot(0, lambda: offer_signing_identity(window))

    start = WindowStart(window, profile, ask_first_run=not timing, on_open=opened)
    if not args.exit_after_paint:  # that run measures the paint alone
        start.start_after_paint()
    window.show()
    try:
        return app.exec()
    finally:
        from ascn_desktop.gui.tasks import wait_for_tasks

        wait_for_tasks()  # nothing may still be writing when the store closes
        if start.opened is not None:
            start.opened.store.close()


def _open_or_restore(profile: Profile) -> Store | None:
    """The profile's store, opened on the runner before any window exists (``--screenshot``); a damaged
    one is offered its backup first (None: the person quit)."""
    from ascn_desktop.gui.damaged_store_dialog import offer_restore
    from ascn_desktop.gui.tasks import read_before_opening
    from ascn_desktop.store.db_errors import StoreDamagedError

    def open_store() -> Store:
        from ascn_desktop.core.startup import open_profile_store

        return open_profile_store(profile)

    while True:
        try:
            return read_before_opening(open_store)
        except StoreDamagedError as exc:
            if not offer_restore(exc, profile):
                return None
        except AscnError as exc:
            log.info("the store could not be opened: %s", exc.message, exc_info=True)
            QMessageBox.critical(None, APP_NAME, visible(exc.message))  # a path may hold control characters
            return None


def _screenshot(store: Store, target: str, screen: str, size: str) -> int:
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.screenshot import parse_size, save_screenshot
    from ascn_desktop.gui.tasks import read_before_opening

    try:
        width_height = parse_size(size)
        city = read_before_opening(lambda: _city_to_show(store))  # no window yet: read on the runner, then build it
        window = MainWindow(store, city=city, role="csco" if city else None)  # its role read on the runner too
        save_screenshot(window, screen, Path(target), size=width_height)
        window.close()
    except AscnError as exc:
        print(visible(exc.message), file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"wrote {target}")
    return 0


def _city_to_show(store: Store) -> str | None:
    """A profile without a city (a first run, a demo store): the first local plan's city, to show something
    real rather than an empty first run; None when the profile has its city (runs on the runner)."""
    from ascn_desktop.core.plans import list_plans
    from ascn_desktop.core.workplace import active_role

    role = active_role(store)
    if role is not None and not (role.role == "csco" and role.city is None):
        return None
    plans = list_plans(store, origin="local")
    return plans[0].city if plans else None


if __name__ == "__main__":
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    sys.exit(main())
