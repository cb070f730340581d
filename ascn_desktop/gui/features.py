"""The features that plug into the main window.

Each module listed here defines ``install(window: MainWindow) -> None`` and adds
its pages (``window.add_page``), menu actions and toolbar buttons. Keeping the
list here lets each feature live in its own modules without the main window
knowing about it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ascn_desktop.gui.main_window import MainWindow

FEATURE_MODULES: tuple[str, ...] = (
    "ascn_desktop.gui.editor.plan_overview",
    "ascn_desktop.gui.editor.editor_feature",
    "ascn_desktop.gui.receiving.plans_browser",
    "ascn_desktop.gui.secretariat.monitoring_feature",
    "ascn_desktop.gui.signing.keys_feature",
    "ascn_desktop.gui.receiving.receive_feature",
    "ascn_desktop.gui.workbook.workbook_feature",
    "ascn_desktop.gui.translation",
)


def install_features(window: MainWindow) -> None:
    for name in FEATURE_MODULES:
        importlib.import_module(name).install(window)
