"""Trust that follows the hierarchy (docs/bundle-format.md §8): the Secretariat trusts Viet Nam's NR
once, and through the NR's format-2 national bundle the city keys the NR vouches for; revocations
travel the same way; a card of another member state needs the user's confirmation."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.consolidation.national_bundle import consolidate
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import find_received_plan, review_plan
from ascn_desktop.core.signing.identity import card_from_json, create_identity, require_identity
from ascn_desktop.core.signing.trust import OtherCountryCard, add_card, get_key, list_keys, revoke
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.gui.signing.trust_page import TrustPage
from ascn_desktop.store.engine import Store
from store_dump import dump_store

PASSPHRASE = "national secret phrase"
CITIES = ("VNM-DA-NANG", "VNM-HA-NOI")


@pytest.fixture
def signers() -> dict[str, bf.Signer]:
    made = {code: bf.make_signer(f"Officer of {code}", city=code, seed=41 + n) for n, code in enumerate(CITIES)}
    made["THA-BANGKOK"] = bf.make_signer("สมชาย ใจดี", country="THA", city="THA-BANGKOK", seed=49)
    return made


@pytest.fixture
def nr_store(store: Store, signers: dict[str, bf.Signer], tmp_path: Path) -> Store:
    """Viet Nam's NR: trusts its two cities (and, confirmed, Bangkok's officer), accepts both plans."""
    create_identity(store, name="Lê Văn Cường", role="nr", country="VNM", city=None, passphrase=PASSPHRASE,
                    now=datetime(2026, 1, 1, tzinfo=UTC))
    for code in CITIES:
        add_card(store, card_from_json(signers[code].card))
    add_card(store, card_from_json(signers["THA-BANGKOK"].card), other_country=True)
    reference = bf.load(store)
    for code in CITIES:
        bf.write(tmp_path / "in", f"{code}.ascn", bf.city_bundle(bf.demo_plan(reference, code), reference,
                                                                 signers[code]))
    assert all(o.status == "imported" for o in import_bundles(store, [tmp_path / "in"]))
    for code in CITIES:
        review_plan(store, find_received_plan(store, code), "accepted")
    return store


@pytest.fixture
def asec_store(tmp_path: Path, nr_store: Store) -> Iterator[Store]:
    """The Secretariat trusts the NR's card, and nobody else's."""
    opened = open_profile_store(resolve_profile(tmp_path / "asec"))
    add_card(opened, require_identity(nr_store).card)
    yield opened
    opened.close()


def _national(nr_store: Store, tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    out.mkdir()
    return consolidate(nr_store, "VNM", out, passphrase=PASSPHRASE, endorsement="Endorsed.").path


def test_the_nr_vouches_for_its_own_country_city_keys_only(nr_store: Store, signers: dict[str, bf.Signer],
                                                            tmp_path: Path) -> None:
    national = _national(nr_store, tmp_path, "out")
    with zipfile.ZipFile(national) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        endorsement = json.loads(archive.read("endorsement.json"))
    assert manifest["format_version"] == 2 and endorsement["document_version"] == 2
    assert sorted(card["fingerprint"] for card in endorsement["vouches"]) == sorted(
        signers[code].fingerprint for code in CITIES)
    assert endorsement["revocations"] == []


def test_the_secretariat_trusts_the_nr_once_and_sees_who_vouched(asec_store: Store, nr_store: Store,
                                                                 signers: dict[str, bf.Signer], tmp_path: Path,
                                                                 run_cli) -> None:  # type: ignore[no-untyped-def]
    national = _national(nr_store, tmp_path, "out")
    result = verify_bundle(national, asec_store)
    assert (result.status, result.code) == ("valid", "ok"), result.reason
    [outcome] = import_bundles(asec_store, [national])
    assert outcome.status == "imported" and len(outcome.plan_ids) == 2
    assert any("vouched for 2 new city keys" in line for line in outcome.details)
    nr = require_identity(nr_store)
    vouched = {entry.fingerprint: entry.vouched_by for entry in list_keys(asec_store) if entry.role == "csco"}
    assert vouched == {signers[code].fingerprint: nr.fingerprint for code in CITIES}
    assert asec_store.profile.db_path is not None
    listing = run_cli("trust", "list", "--db", str(asec_store.profile.db_path))
    assert f"vouched for by Lê Văn Cường ({nr.fingerprint})" in listing.out

    # A later revision sent by the city directly is trusted through the recorded vouch.
    reference = bf.load(asec_store)
    direct = bf.write(tmp_path / "direct", "dn-r2.ascn", bf.city_bundle(
        bf.demo_plan(reference, "VNM-DA-NANG", revision=2, title="Revised"), reference, signers["VNM-DA-NANG"]))
    assert verify_bundle(direct, asec_store).code == "ok"

    # The vouch lasts as long as the NR's key: after its revocation, the city key is no longer trusted.
    revoke(asec_store, nr.fingerprint, reason="NR replaced", at=datetime(2026, 5, 1, tzinfo=UTC))
    late = verify_bundle(direct, asec_store)
    assert (late.status, late.code) == ("untrusted", "signer-voucher-revoked"), late.reason


def test_a_revocation_by_the_nr_reaches_the_secretariat(asec_store: Store, nr_store: Store,
                                                        signers: dict[str, bf.Signer], tmp_path: Path) -> None:
    import_bundles(asec_store, [_national(nr_store, tmp_path, "first")])
    at = datetime(2026, 7, 1, tzinfo=UTC)
    revoke(nr_store, signers["VNM-HA-NOI"].fingerprint, reason="laptop stolen", at=at)
    second = _national(nr_store, tmp_path, "second")
    with zipfile.ZipFile(second) as archive:
        endorsement = json.loads(archive.read("endorsement.json"))
    assert endorsement["revocations"] == [{"fingerprint": signers["VNM-HA-NOI"].fingerprint,
                                           "reason": "laptop stolen", "revoked_at": "2026-07-01T00:00:00Z"}]
    [outcome] = import_bundles(asec_store, [second])
    assert outcome.status == "imported", outcome.message
    entry = get_key(asec_store, signers["VNM-HA-NOI"].fingerprint)
    assert entry is not None and entry.revoked_at == at
    assert entry.revoke_reason is not None and entry.revoke_reason.startswith("Revoked by Lê Văn Cường")


def test_an_untrusted_nr_vouches_for_nobody(tmp_path: Path, nr_store: Store) -> None:
    stranger = open_profile_store(resolve_profile(tmp_path / "stranger"))
    try:
        national = _national(nr_store, tmp_path, "out")
        before = dump_store(stranger)
        result = verify_bundle(national, stranger)
        assert (result.status, result.code) == ("untrusted", "signer-unknown")
        assert import_bundles(stranger, [national])[0].status == "refused"
        assert dump_store(stranger) == before
    finally:
        stranger.close()


def test_a_card_of_another_member_state_needs_confirmation(nr_store: Store, tmp_path: Path,
                                                           run_cli) -> None:  # type: ignore[no-untyped-def]
    card = bf.make_signer("Somsak Rattana", role="nr", country="THA", city=None, seed=50).card
    with pytest.raises(OtherCountryCard, match="another member state than yours"):
        add_card(nr_store, card_from_json(card))
    path = tmp_path / "thai-card.json"
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    assert nr_store.profile.db_path is not None
    db = ("--db", str(nr_store.profile.db_path))
    refused = run_cli("trust", "add", str(path), *db)
    assert refused.status == 1 and "--other-country" in refused.err + refused.out
    assert get_key(nr_store, card["fingerprint"]) is None
    accepted = run_cli("trust", "add", str(path), "--other-country", *db)
    assert accepted.status == 0 and "another member state than yours" in accepted.out


def test_gui_asks_before_trusting_a_card_of_another_member_state(qtbot: QtBot, nr_store: Store,
                                                                  tmp_path: Path) -> None:
    card = bf.make_signer("Somsak Rattana", role="nr", country="THA", city=None, seed=51).card
    path = tmp_path / "thai.json"
    path.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    errors: list[object] = []
    page = TrustPage(nr_store, show_error=errors.append, reference=bf.load(nr_store))
    qtbot.addWidget(page)
    page.show()
    page.add_card_file(path)
    qtbot.waitUntil(lambda: page.confirm_dialog is not None, timeout=10_000)
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.other_country_check is not None
    assert any("another member state than yours (Viet Nam)" in label.text() for label in dialog.findChildren(QLabel))
    assert not dialog.trust_button.isEnabled()
    dialog.grab().save(str(tmp_path / "other-country.png"))
    qtbot.mouseClick(dialog.other_country_check, Qt.MouseButton.LeftButton)
    assert dialog.trust_button.isEnabled()
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card["fingerprint"] in {page.table.item(row, 4).text()  # written on the runner,
                                                    for row in range(page.table.rowCount())}, timeout=10_000)  # read again
    assert get_key(nr_store, card["fingerprint"]) is not None and errors == []


def test_gui_trust_page_shows_which_nr_vouched(qtbot: QtBot, asec_store: Store, nr_store: Store,
                                               tmp_path: Path) -> None:
    import_bundles(asec_store, [_national(nr_store, tmp_path, "out")])
    page = TrustPage(asec_store, show_error=lambda error: None, reference=bf.load(asec_store))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)  # the registry is read on the runner
    column = [page.table.horizontalHeaderItem(n).text() for n in range(page.table.columnCount())].index(
        "Vouched for by")
    vouchers = sorted(page.table.item(row, column).text() for row in range(page.table.rowCount()))
    assert vouchers == ["", "Lê Văn Cường", "Lê Văn Cường"]
