"""Plugs signing into the main window: Tools → Signing identity…, the trust registry page,
and Plan → Export signed bundle…."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ascn_desktop.core.errors import AscnError
from ascn_desktop.gui.tasks import read_before_opening

# The signing modules (and `cryptography` under them) load when a person first signs, exports or opens
# the identity wizard, not with the window: the first screen shows a plan and signs nothing.

translate = QCoreApplication.translate  # explicit contexts: lupdate and the lookup agree

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.signing.export_dialog import ExportDialog


def open_export_dialog(window: MainWindow) -> ExportDialog | None:
    """Export the current plan; creates the identity first if there is none. Returns the (open) dialog."""
    plan_id = window.current_plan_id()
    if plan_id is None:
        window.show_error(translate("KeysFeature", "Choose a plan first, then export it."))
        return None
    from ascn_desktop.core.signing.identity import active_identity, require_identity
    from ascn_desktop.core.workplace import identity_role

    store = window.store
    try:
        identity = read_before_opening(lambda: active_identity(store))  # which dialog opens: read on the runner
        if identity is None:
            if not run_identity_wizard(window):
                return None
            identity = read_before_opening(lambda: require_identity(store))
            if not window.follows(identity_role(identity.card)):
                window.reopen_for_active_role()  # the new identity is not this window's city officer
                return None
    except AscnError as error:
        window.show_error(error)
        return None
    from ascn_desktop.gui.signing.export_dialog import ExportDialog  # loads reports and workbooks: on first use

    dialog = ExportDialog(window.store, plan_id, identity, window.reference, parent=window)
    dialog.exported.connect(lambda _result: window.store_changed.emit())  # the revision was recorded
    dialog.open()
    return dialog


def run_identity_wizard(window: MainWindow) -> bool:
    """The identity wizard (gui/signing/identity_wizard.py), its module loaded at its first use."""
    from ascn_desktop.gui.signing.identity_wizard import run_identity_wizard as run

    return run(window)


def signing_identity(window: MainWindow) -> MainWindow:
    """Tools → Signing identity…; a new identity with another role or city reopens the window for it.

    Returns this window; the role is read on the background runner, and a window for another role
    or city then replaces it (``window.successor``).
    """
    if run_identity_wizard(window):
        window.follow_active_role()
    else:
        window.refresh_title()
    return window


def offer_signing_identity(window: MainWindow) -> MainWindow:
    """First run: offer the identity wizard at once (the bundle export needs it); Later leaves it in Tools."""
    answer = QMessageBox.question(
        window, translate("KeysFeature", "Signing identity"),
        translate("KeysFeature", "Create your signing identity now? You need it to sign the plans and reviews you send; "
                  "it takes a minute. You can also do it later with Tools → Signing identity…"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return window
    return signing_identity(window)


def install(window: MainWindow) -> None:
    identity_action = QAction(translate("KeysFeature", "Signing &identity…"), window)
    identity_action.setObjectName("action-signing-identity")
    identity_action.triggered.connect(lambda: signing_identity(window))
    window.tools_menu.addAction(identity_action)

    export_action = QAction(translate("KeysFeature", "&Export signed bundle…"), window)
    export_action.setObjectName("action-export-bundle")
    export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export_action.triggered.connect(lambda: open_export_dialog(window))
    window.plan_menu.addAction(export_action)
    window.file_menu.insertAction(window.quit_action, export_action)
    window.export_bundle_action = export_action  # type: ignore[attr-defined]
    # Receivers review plans and sign national bundles or review notes; they never export a city plan.
    export_action.setVisible(window.role in (None, "csco"))
    # Nothing to export until a plan is open (a city's first run, a cycle without a plan).
    export_action.setEnabled(window.current_plan_id() is not None)
    window.plan_changed.connect(lambda _plan_id: export_action.setEnabled(True))
    window.store_changed.connect(lambda: export_action.setEnabled(window.current_plan_id() is not None))

    window.add_page("trust", translate("KeysFeature", "Trust registry"), lambda: _trust_page(window), roles=None,
                    icon_name="trust")


def _trust_page(window: MainWindow) -> QWidget:
    """Built the first time it is shown (gui/window_pages.py), its module loaded then."""
    from ascn_desktop.gui.signing.trust_page import TrustPage

    return TrustPage(window.store, show_error=window.show_error, reference=window.reference)
