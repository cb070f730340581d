"""First run offers the signing-identity wizard right after the city question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop.core.signing.identity import active_identity, create_identity
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready, window_after
from ascn_desktop.gui.signing import keys_feature
from ascn_desktop.gui.tasks import run_task
from ascn_desktop.store.engine import Store


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_later_leaves_the_window_and_creates_nothing(qtbot: QtBot, demo_store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window = ready(MainWindow(demo_store, role="csco", city="VNM-DA-NANG"))
    qtbot.addWidget(window)
    assert keys_feature.offer_signing_identity(window) is window
    assert "Tools → Signing identity" in asked[0]
    assert active_identity(demo_store) is None


def test_yes_runs_the_wizard_and_the_window_follows_the_new_identity(
        qtbot: QtBot, demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    def wizard(window: MainWindow) -> bool:  # what the officer completes in the wizard's pages (made on the runner)
        task = run_task(window, lambda _progress, _abort: create_identity(
            window.store, name="Nguyễn Thị Lan", role="nr", country="VNM", city=None,
            passphrase="correct horse battery"), quiet=True)
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        return True

    monkeypatch.setattr(keys_feature, "run_identity_wizard", wizard)
    window = ready(MainWindow(demo_store, city="VNM-DA-NANG"))
    qtbot.addWidget(window)
    assert keys_feature.offer_signing_identity(window) is window
    successor = window_after(qtbot, window)  # the role is read on the runner, then the window follows it
    qtbot.addWidget(successor)
    identity = active_identity(demo_store)
    assert identity is not None and identity.name == "Nguyễn Thị Lan"
    assert successor.role == "nr"
    assert successor.page("received") is not None and successor.page("project") is None


@pytest.mark.parametrize("weak", ["1234567890", "password12", "qwertyuiop"])
def test_passphrase_fields_call_common_passwords_weak(qtbot: QtBot, weak: str) -> None:
    from gui_typing import type_text

    from ascn_desktop.gui.signing.passphrase_dialog import PassphraseFields

    fields = PassphraseFields(new=True)
    qtbot.addWidget(fields)
    for edit in (fields.first, fields.second):
        type_text(edit, weak)
    assert fields.hint.text().startswith("Weak") and not fields.is_acceptable()
    for edit in (fields.first, fields.second):
        edit.clear()
        type_text(edit, "Mưa rơi trên sông Hàn")
    assert fields.hint.text() == "Strong." and fields.is_acceptable()
