"""Help menu: the bundled user guide, diagnostic information for support, and the About box."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from ascn_desktop import APP_NAME, __version__
from ascn_desktop.core.app_log import current_log_file
from ascn_desktop.core.diagnostics import diagnostic_text, safe_store_url
from ascn_desktop.core.resources import resource_path
from ascn_desktop.gui.failure import open_log_folder
from ascn_desktop.gui.icons import icon
from ascn_desktop.gui.tasks import Task, run_task

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow


GUIDES = {"csco": "user-guide.md", "nr": "guide-nr.md", "asec": "guide-asec.md"}  # copies of docs/*.md


def user_guide_text(role: str | None = None) -> str:
    """The bundled guide of `role` (the city officer's when no role is chosen yet)."""
    try:
        return resource_path("guide", GUIDES.get(role or "", "user-guide.md")).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return "# User guide\n\nThe user guide is missing from this installation; reinstall ASCN Desktop.\n"


class UserGuideDialog(QDialog):
    """The user guide, rendered from Markdown; not modal, so the officer can follow it while working."""

    def __init__(self, parent: QWidget | None = None, *, role: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setWindowTitle(self.tr("{0} user guide").format(APP_NAME))
        self.resize(760, 720)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(user_guide_text(role))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def log_folder(window: MainWindow) -> Path:
    return (current_log_file() or window.profile.log_file).parent


def about_text(window: MainWindow) -> str:
    location = str(window.profile.db_path or safe_store_url(window.profile.db_url))
    return translate("About",
        "<h3>{0} {1}</h3>"
        "<p>The offline desktop application of the ASEAN Smart Cities Network.</p>"
        "<p><b>Store:</b> {2}<br><b>Profile folder:</b> {3}<br><b>Log folder:</b> {4}</p>"
        "<p>If something goes wrong, Help → Copy diagnostic information and the log folder's files "
        "are what support asks for.</p>"
    ).format(APP_NAME, __version__, html.escape(location), html.escape(str(window.profile.home)),
             html.escape(str(log_folder(window))))  # rich text


def qt_versions() -> tuple[str, str]:
    return ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__}, platform {QGuiApplication.platformName()})")


def copy_diagnostics(window: MainWindow) -> Task:
    """Put the diagnostic lines (core/diagnostics.py, plus Qt's version) on the clipboard.

    The store's counts are read on the runner; the lines reach the clipboard when they arrive.
    """
    profile, store, qt = window.profile, window.store, qt_versions()

    def copied(text: object) -> None:
        QGuiApplication.clipboard().setText(str(text))
        window.statusBar().showMessage(translate("About", "Diagnostic information copied: paste it into your message "
                                                 "to support."), 8000)

    return run_task(window, lambda _progress, _abort: diagnostic_text(profile, store, extra=[qt]), quiet=True,
                    on_success=copied, on_failure=window.show_error)


def install_help(window: MainWindow) -> None:
    guide = QAction(icon("guide"), translate("About", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)

    def open_guide() -> None:
        dialog = getattr(window, "guide_dialog", None)
        if dialog is None:
            dialog = UserGuideDialog(window, role=window.role)  # each role has its own guide
            window.guide_dialog = dialog  # type: ignore[attr-defined]
        dialog.show()
        dialog.raise_()

    guide.triggered.connect(open_guide)
    about = QAction(icon("about"), translate("About", "&About {0}").format(APP_NAME), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    def open_about() -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("About", "About {0}").format(APP_NAME), about_text(window),
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("about-box")
        box.setIconPixmap(icon("app").pixmap(64, 64))
        window.about_box = box  # type: ignore[attr-defined]
        box.open()

    about.triggered.connect(open_about)
    diagnostics = QAction(translate("About", "&Copy diagnostic information"), window)
    diagnostics.setObjectName("copy-diagnostics")
    diagnostics.setToolTip(translate("About", "Version, system, store schema and folders, for support (no keys, no "
                                     "passphrases)"))
    diagnostics.triggered.connect(lambda: copy_diagnostics(window))
    open_logs = QAction(translate("About", "Open &log folder"), window)
    open_logs.triggered.connect(lambda: open_log_folder(log_folder(window)))
    window.help_menu.addAction(guide)
    window.help_menu.addSeparator()
    window.help_menu.addAction(diagnostics)
    window.help_menu.addAction(open_logs)
    window.help_menu.addSeparator()
    window.help_menu.addAction(about)
    window.copy_diagnostics_action = diagnostics  # type: ignore[attr-defined]
    window.open_log_folder_action = open_logs  # type: ignore[attr-defined]
    window.user_guide_action = guide  # type: ignore[attr-defined]
    window.about_action = about  # type: ignore[attr-defined]
