"""Entry point of the `ascn-desktop` GUI (and of `python -m ascn_desktop`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ascn_desktop import APP_ID, APP_NAME, __version__
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store

log = logging.getLogger("ascn_desktop")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ascn-desktop", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--home", metavar="DIR", help="profile folder (default: ASCN_HOME or the user data folder)")
    parser.add_argument("--db", metavar="URL", help="store: SQLite path or SQLAlchemy URL (default: ASCN_DB)")
    parser.add_argument("--version", action="version", version=f"ascn-desktop {__version__}")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="quit as soon as the main window has been painted (start-up benchmark)")
    return parser.parse_args(list(argv))


class _FirstPaintProbe(QObject):
    """Quits the application after the watched window's first paint (for start-up timing)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.perf_counter():.6f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ASEAN Smart Cities Network")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    profile = resolve_profile(args.home, args.db)
    try:
        store = open_profile_store(profile)
    except AscnError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1

    from ascn_desktop.gui.main_window import MainWindow  # after QApplication exists

    window = MainWindow(store)
    if args.exit_after_paint:
        probe = _FirstPaintProbe(window)
        window.installEventFilter(probe)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    sys.exit(main())
