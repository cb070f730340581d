"""The Secretariat's Reference data page: add a city, a cycle and a programme, preview, sign and export."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui_settle import settle
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reference_packs import apply_pack_bytes
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready, settle
from ascn_desktop.gui.secretariat import reference_page
from ascn_desktop.gui.secretariat.reference_page import ReferencePage
from ascn_desktop.store.engine import Store
from gui_typing import type_text

PASS = "correct horse battery"


def _click(qtbot: QtBot, tab: QWidget, text: str) -> None:
    button = next(b for b in tab.findChildren(QPushButton) if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the draft is written, and read again, on the background runner


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus()
    type_text(widget, text)


def _shot(window: QWidget, name: str) -> None:
    folder = os.environ.get("ASCN_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / name))


def test_the_secretariat_adds_previews_signs_and_exports(qtbot: QtBot, store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    create_identity(store, name="ASEC IMD", role="asec", country="IDN", city=None, passphrase=PASS)
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("reference")
    page = window.page("reference")
    assert isinstance(page, ReferencePage)
    settle(qtbot)  # the reference data and the draft are read on the background runner
    assert "version 2: 11 member states, 38 cities" in page.status.text()
    assert not page.sign_button.isEnabled()

    page.tabs.setCurrentIndex(0)
    page.city_country.setCurrentIndex(page.city_country.findData("LAO"))
    _type(page.city_name, "Paksé")
    _type(page.city_name_en, "Pakse")
    _type(page.city_name_local, "ປາກເຊ")
    page.city_joined.setValue(2027)
    _click(qtbot, page.tabs.widget(0), "Add city")
    assert page.message.text() == "LAO-PAKSE added to the draft."

    page.tabs.setCurrentIndex(2)
    _type(page.cycle_label, "Third planning cycle 2036–2045")
    _type(page.cycle_focus, "DG = Digital governance")
    _click(qtbot, page.tabs.widget(2), "Add cycle with its classification")
    _type(page.cycle_outcomes, "no equals sign")
    _click(qtbot, page.tabs.widget(2), "Add cycle with its classification")
    assert "CODE = Label" in page.message.text()  # one sentence, nothing added

    page.tabs.setCurrentIndex(3)
    _type(page.partner_code, "ADB-UCCRTF")
    _type(page.partner_name, "Urban Climate Change Resilience Trust Fund")
    page.partner_owner.setCurrentIndex(page.partner_owner.findData("ADB"))
    _click(qtbot, page.tabs.widget(3), "Add partner or programme")
    lines = [page.preview.item(n).text() for n in range(page.preview.count())]
    assert "New: city Paksé / ປາກເຊ (LAO-PAKSE), Lao PDR, joined 2027" in lines
    assert any("planning cycle 2036-2045" in line for line in lines)
    assert any("ADB-UCCRTF" in line and "programme of ADB" in line for line in lines)
    assert page.sign_button.isEnabled()
    _shot(window, "reference-page-1366x768.png")
    window.resize(1024, 600)
    _shot(window, "reference-page-1024x600.png")

    monkeypatch.setattr(reference_page, "ask_passphrase", lambda *a, **k: PASS)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(page, "signed_pack"), timeout=20_000)
    settle(qtbot)  # the new window's page reads the new version on the background runner
    pack = tmp_path / "ascn-reference-v3.ascnref"
    assert pack.is_file()
    assert load_reference(store).version == 3 and "LAO-PAKSE" in load_reference(store).cities
    successor = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w is not window
                     and w.isVisible())
    ready(successor)
    settle(qtbot)
    new_page = successor.page("reference")
    assert isinstance(new_page, ReferencePage)
    assert "version 3" in new_page.status.text() and "written to" in new_page.message.text()
    assert apply_pack_bytes(store, pack.read_bytes()).status == "already"
    successor.close()


def test_the_page_is_only_for_a_secretariat_identity(qtbot: QtBot, store: Store) -> None:
    create_identity(store, name="Lao NR", role="nr", country="LAO", city=None, passphrase=PASS)
    window = ready(MainWindow(store))
    qtbot.addWidget(window)
    assert window.page("reference") is None
