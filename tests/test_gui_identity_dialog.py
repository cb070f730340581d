"""GUI: Tools → Signing identity… with an identity: change the passphrase and export the card, off the GUI thread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.signing import identity as identity_module
from ascn_desktop.core.signing.identity import Identity, create_identity, unlock
from ascn_desktop.gui.signing import identity_wizard
from ascn_desktop.gui.signing.identity_wizard import IdentityDialog
from ascn_desktop.store.engine import Store

OLD, NEW = "correct horse battery", "Mưa rơi trên sông Hàn"


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> IdentityDialog:
    monkeypatch.setattr(identity_module, "SCRYPT_N", 2**10)
    identity = create_identity(store, name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                               passphrase=OLD)
    shown = IdentityDialog(store, identity, load_reference(store))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, _title, text, *_args, kind=kind: said.append((kind, text))))
    return said


def _answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    queue = list(typed)
    monkeypatch.setattr(identity_wizard, "ask_passphrase", lambda *_args, **_kwargs: queue.pop(0))


def test_change_passphrase_runs_on_the_runner(qtbot: QtBot, dialog: IdentityDialog,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    said = _messages(monkeypatch)
    _answers(monkeypatch, OLD, NEW)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.change_button.isEnabled()  # scrypt runs off the GUI thread
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [("information", "The passphrase was changed.")] and dialog.change_button.isEnabled()
    assert unlock(dialog.identity, NEW) is not None


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(qtbot: QtBot, dialog: IdentityDialog,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    said = _messages(monkeypatch)
    _answers(monkeypatch, "not my passphrase", NEW)
    before = dialog.identity.key_file.read_bytes()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [("warning", "The passphrase is wrong; nothing was changed, try again.")]
    assert dialog.identity.key_file.read_bytes() == before and dialog.change_button.isEnabled()


def test_export_card_writes_it_on_the_runner(qtbot: QtBot, dialog: IdentityDialog, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    said = _messages(monkeypatch)
    target = tmp_path / "lan.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0][0] == "information" and said[0][1].startswith(f"Saved {target}.")
    identity: Identity = dialog.identity
    assert json.loads(target.read_text(encoding="utf-8"))["fingerprint"] == identity.fingerprint
