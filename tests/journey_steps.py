"""Steps the journey tests share: screens to PNG, the identity wizard via the menu."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ascn_desktop.gui.signing import keys_feature
from ascn_desktop.gui.signing.identity_wizard import IdentityWizard
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import window_after

PASS = "correct horse battery"


def snap(widget: QWidget, name: str) -> None:
    folder = os.environ.get("ASCN_JOURNEY_PNG")
    if folder:
        from ascn_desktop.gui.screenshot import settle_window

        settle_window()  # layouts and the background runner's reads done, as a person would see the screen
        widget.grab().save(str(Path(folder) / f"{name}.png"))




def fill_wizard(qtbot: QtBot, wizard: IdentityWizard, *, name: str, role: str, country: str,
                city: str | None) -> None:
    wizard.who.name_edit.setText(name)
    wizard.who.role_combo.setCurrentIndex(wizard.who.role_combo.findData(role))
    wizard.who.country_combo.setCurrentIndex(wizard.who.country_combo.findData(country))
    wizard.who.city_combo.setCurrentIndex(wizard.who.city_combo.findData(city))
    snap(wizard, f"wizard-{role}")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.secret.fields.first.setText(PASS)
    wizard.secret.fields.second.setText(PASS)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=30_000)  # the key is made on the runner
    snap(wizard, f"wizard-{role}-done")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def run_wizard_through_menu(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, **who: str | None
                            ) -> MainWindow:
    """Tools → Signing identity… with the wizard filled in as a person would; the window open afterwards."""
    def exec_filled(wizard: IdentityWizard) -> int:
        wizard.show()
        fill_wizard(qtbot, wizard, **who)  # type: ignore[arg-type]
        return int(wizard.result())

    monkeypatch.setattr(IdentityWizard, "exec", exec_filled)
    keys_feature.signing_identity(window)
    after = window_after(qtbot, window)  # the role is read on the runner; a new role gets its own window
    if after is not window:
        qtbot.addWidget(after)
    return after
