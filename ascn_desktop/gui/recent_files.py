"""File › Open Recent: the files a person brought in or wrote, to reach them again in one click.

What a user expects here is "the file I worked with last", and in this app a file is either something
that came in (a bundle, a review note, a reference pack, an Excel workbook) or something written (a
signed bundle, an Excel template). So the list holds both, newest first, each saying which it was:

- a file that came in is imported again the way it came: a workbook shows its preview (nothing is
  written before Apply), a bundle is verified again (importing the same bundle twice changes nothing);
- a file that was written opens with the program the system uses for it (Excel, a PDF reader), or for
  a signed bundle, which no other program opens, its folder.

The list lives in the profile's settings (gui/settings.py), so each profile keeps its own; Clear empties
it. A file that was moved or deleted stays in the list, disabled, with a sentence saying so (hover or
the status bar), so the person knows why it cannot be opened rather than finding it gone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

translate = QCoreApplication.translate
SETTINGS_KEY = "recent/files"
MAX_ENTRIES = 10

# kind -> what it was, as the menu says it
WORKBOOK, BUNDLE, WRITTEN = "workbook", "bundle", "written"


@dataclass(frozen=True)
class RecentFile:
    path: Path
    kind: str  # WORKBOOK (imported from Excel), BUNDLE (imported), WRITTEN (exported)


def read_recent(settings: QSettings) -> list[RecentFile]:
    """The remembered files, newest first; anything unreadable in the settings is skipped."""
    raw = settings.value(SETTINGS_KEY, "")
    try:
        entries = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        return []
    found = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str) and entry.get("kind") in (
                WORKBOOK, BUNDLE, WRITTEN):
            found.append(RecentFile(Path(entry["path"]), entry["kind"]))
    return found


def _write(settings: QSettings, files: list[RecentFile]) -> None:
    settings.setValue(SETTINGS_KEY, json.dumps([{"path": str(f.path), "kind": f.kind} for f in files],
                                               ensure_ascii=False))
    settings.sync()


def remember(widget: QWidget | None, path: Path | str, kind: str) -> None:
    """Put `path` at the top of the window's recent files (`widget` is the window or one of its widgets)."""
    window = widget.window() if widget is not None else None
    settings = getattr(window, "settings", None)
    if not isinstance(settings, QSettings):
        return
    entry = RecentFile(Path(path).absolute(), kind)
    files = [entry] + [f for f in read_recent(settings) if f.path != entry.path]
    _write(settings, files[:MAX_ENTRIES])


def clear(settings: QSettings) -> None:
    _write(settings, [])


def install(window: MainWindow) -> None:
    """File › Open Recent, filled each time it opens (files may have moved since)."""
    menu = QMenu(translate("RecentFiles", "Open &Recent"), window)
    menu.setObjectName("menu-recent-files")
    menu.aboutToShow.connect(lambda: fill_menu(window, menu))
    quit_action = getattr(window, "quit_action", None)
    if quit_action is not None and quit_action in window.file_menu.actions():
        window.file_menu.insertMenu(quit_action, menu)
    else:
        window.file_menu.addMenu(menu)
    window.recent_menu = menu  # type: ignore[attr-defined]
    fill_menu(window, menu)


def fill_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    files = read_recent(window.settings)
    if not files:
        empty = menu.addAction(translate("RecentFiles", "No recent files"))
        empty.setEnabled(False)
    for number, entry in enumerate(files, start=1):
        menu.addAction(_entry_action(window, menu, entry, number))
    menu.addSeparator()
    clear_action = menu.addAction(translate("RecentFiles", "&Clear recent files"))
    clear_action.setObjectName("action-clear-recent")
    clear_action.setEnabled(bool(files))
    clear_action.triggered.connect(lambda: _clear(window, menu))


def _clear(window: MainWindow, menu: QMenu) -> None:
    clear(window.settings)
    fill_menu(window, menu)


def _entry_action(window: MainWindow, menu: QMenu, entry: RecentFile, number: int) -> QAction:
    what = {WORKBOOK: translate("RecentFiles", "Excel workbook, imported"),
            BUNDLE: translate("RecentFiles", "imported"),
            WRITTEN: translate("RecentFiles", "written")}[entry.kind]
    shortcut = f"&{number} " if number < 10 else ""
    # '&' in a file name would become an accelerator: doubled, it is shown as typed.
    action = QAction(f"{shortcut}{entry.path.name.replace('&', '&&')}  ({what})", menu)
    action.setData(str(entry.path))
    if entry.path.exists():
        action.setToolTip(str(entry.path))
        action.setStatusTip(str(entry.path))
        action.triggered.connect(lambda _checked=False: open_recent(window, entry))
    else:
        action.setEnabled(False)
        gone = translate("RecentFiles", "{0} is no longer there: it was moved, renamed or deleted.").format(
            entry.path)
        action.setToolTip(gone)
        action.setStatusTip(gone)
    menu.setToolTipsVisible(True)
    return action


def register_opener(window: MainWindow, kind: str, opener: Callable[[Path], object]) -> None:
    """How the feature that brings files of `kind` in opens one again (it knows how; this module does not)."""
    openers: dict[str, Callable[[Path], object]] = getattr(window, "recent_openers", {})
    openers[kind] = opener
    window.recent_openers = openers  # type: ignore[attr-defined]


def open_recent(window: MainWindow, entry: RecentFile) -> None:
    """Bring a file in again the way it came, or open a written file (see the module's doc)."""
    if not entry.path.exists():
        window.show_error(translate("RecentFiles", "{0} is no longer there: it was moved, renamed or deleted.")
                          .format(entry.path))
        return
    if entry.kind == WRITTEN:
        _open_written(entry.path)
        return
    opener = getattr(window, "recent_openers", {}).get(entry.kind)
    if opener is None:  # e.g. a workbook in the list of a window without the city officer's Excel import
        window.show_error(translate("RecentFiles", "{0} cannot be opened in this window.").format(entry.path.name))
        return
    opener(entry.path)


def _open_written(path: Path) -> None:
    # A signed bundle is opened by this app's import, not by another program: show where it is.
    target = path if path.suffix.lower() in (".xlsx", ".pdf", ".csv", ".zip") else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
