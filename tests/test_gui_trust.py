"""GUI: the trust registry page adds a card after showing its fingerprint, and revokes with a reason."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_to_b64
from ascn_desktop.core.signing.identity import IdentityCard
from ascn_desktop.core.signing.trust import get_key, trust_status
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.gui.signing.trust_page import TrustPage
from ascn_desktop.store.engine import Store


def _card(tmp_path: Path, name: str) -> tuple[IdentityCard, Path]:
    public = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                    serialization.PublicFormat.Raw)
    card = IdentityCard(name=name, role="nr", country="THA", city=None, public_key=public_key_to_b64(public),
                        fingerprint=fingerprint_of(public), created_at=datetime(2026, 1, 1, tzinfo=UTC))
    path = tmp_path / f"{name}.json"
    path.write_bytes(card.to_bytes())
    return card, path


def test_add_card_shows_fingerprint_then_revoke(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    errors: list[object] = []
    page = TrustPage(store, show_error=errors.append)
    qtbot.addWidget(page)
    page.show()
    card, path = _card(tmp_path, "Somchai Prasert")

    page.add_card_file(path)  # the card and the registry are read on the runner, then the dialog opens
    qtbot.waitUntil(lambda: page.confirm_dialog is not None, timeout=10_000)
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert card.fingerprint in texts
    assert "Check this fingerprint with the sender by phone before you trust it." in texts
    dialog.grab().save(str(tmp_path / "confirm.png"))
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert not page.add_button.isEnabled()  # while the card is written
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.add_button.isEnabled(), timeout=10_000)
    assert page.table.item(0, 4).text() == card.fingerprint
    assert page.table.item(0, 5).text() == "trusted"

    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.revoke_dialog is not None, timeout=10_000)
    revoke = page.revoke_dialog
    assert revoke is not None and not revoke.revoke_button.isEnabled()  # a reason is required
    qtbot.keyClicks(revoke.reason_edit, "left the post")
    revoke.date_edit.setDate(QDate(2030, 1, 2))
    qtbot.mouseClick(revoke.revoke_button, Qt.MouseButton.LeftButton)
    assert not page.revoke_button.isEnabled()  # while the revocation is written
    qtbot.waitUntil(lambda: "revoked from" in page.table.item(0, 5).text(), timeout=10_000)
    entry = get_key(store, card.fingerprint)
    assert entry is not None and entry.revoked_at == datetime(2030, 1, 2, tzinfo=UTC)
    assert entry.revoke_reason == "left the post"
    assert "revoked from 2030-01-02" in page.table.item(0, 5).text()
    assert trust_status(store, card.fingerprint, datetime(2029, 12, 31, tzinfo=UTC))[0] == "trusted"
    assert errors == []


def test_cancel_adds_nothing_and_a_bad_file_is_one_sentence(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    errors: list[object] = []
    page = TrustPage(store, show_error=errors.append)
    qtbot.addWidget(page)
    _, path = _card(tmp_path, "Nobody")
    page.add_card_file(path)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None, timeout=10_000)
    assert page.confirm_dialog is not None
    page.confirm_dialog.reject()
    assert page.table.rowCount() == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with qtbot.waitSignal(page.add_card_file(bad).finished, timeout=10_000):
        pass
    assert page.confirm_dialog is None and len(errors) == 1 and "not an ASCN identity card" in str(errors[0])


def test_window_has_the_page_and_the_menu_actions(qtbot: QtBot, store: Store) -> None:
    window = ready(MainWindow(store, role="nr"))
    qtbot.addWidget(window)
    assert isinstance(window.page("trust"), TrustPage)
    names = {action.objectName() for action in window.tools_menu.actions() + window.plan_menu.actions()}
    assert {"action-signing-identity", "action-export-bundle"} <= names


def test_every_column_fits_at_1024x600_without_a_horizontal_scroll(qtbot: QtBot, store: Store,
                                                                    tmp_path: Path) -> None:
    from ascn_desktop.core.signing.trust import add_card, revoke

    card, _path = _card(tmp_path, "Nguyễn Văn Phúc Thịnh")
    add_card(store, card, other_country=True)
    revoke(store, card.fingerprint, reason="the laptop was stolen on the way home",
           at=datetime(2026, 3, 1, tzinfo=UTC))
    window = MainWindow(store, role="csco")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_page("trust")  # shown once the window has read its role and reference data
    qtbot.waitUntil(lambda: isinstance(window.page("trust"), TrustPage), timeout=10_000)
    page = window.page("trust")
    assert isinstance(page, TrustPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    qtbot.wait(50)  # the header sizes its sections on the next layout pass
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0  # Status and "Vouched for by" show without scrolling
    widths = sum(table.columnWidth(column) for column in range(table.columnCount()))
    assert widths <= table.viewport().width()
    assert table.item(0, 5).toolTip().startswith("revoked from 2026-03-01")  # the elided text, whole
