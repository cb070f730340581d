"""A trusted key signs only what its role, country and city allow (docs/bundle-format.md §5 step 7)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.bundles.review_note import build_review_note, review_document
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import IdentityRow
from store_dump import dump_store

HANOI_BY_DANANG = ("This bundle was signed by Nguyễn Văn An, the officer of Đà Nẵng. "
                   "Only Hà Nội's officer can sign a plan of Hà Nội.")


def _plan_bundle(store: Store, signer: bf.Signer, folder: Path, city: str) -> Path:
    reference = bf.load(store)
    return bf.write(folder, f"{city}.ascn", bf.city_bundle(bf.demo_plan(reference, city), reference, signer))


def test_plan_signed_by_another_citys_officer_is_refused(store: Store, tmp_path: Path) -> None:
    danang = bf.make_signer(seed=41)
    bf.trust(store, danang)
    path = _plan_bundle(store, danang, tmp_path, "VNM-HA-NOI")
    result = verify_bundle(path, store)
    assert (result.status, result.code, result.reason) == ("invalid", "signer-not-allowed", HANOI_BY_DANANG)
    before = dump_store(store)
    [outcome] = import_bundles(store, [path])
    assert (outcome.status, outcome.code) == ("refused", "signer-not-allowed")
    assert dump_store(store) == before
    assert verify_bundle(_plan_bundle(store, danang, tmp_path, "VNM-DA-NANG"), store).status == "valid"


def test_the_registry_entry_decides_not_the_card_in_the_bundle(store: Store, tmp_path: Path) -> None:
    bf.trust(store, bf.make_signer(seed=42))  # registered as Đà Nẵng's officer
    claims_hanoi = bf.make_signer(seed=42, city="VNM-HA-NOI")  # same key, card rewritten
    result = verify_bundle(_plan_bundle(store, claims_hanoi, tmp_path, "VNM-HA-NOI"), store)
    assert (result.code, result.reason) == ("signer-not-allowed", HANOI_BY_DANANG)


def test_national_representative_cannot_sign_a_city_plan(store: Store, tmp_path: Path) -> None:
    nr = bf.make_signer("Trần Thị Bình", role="nr", city=None, seed=43)
    bf.trust(store, nr)
    result = verify_bundle(_plan_bundle(store, nr, tmp_path, "VNM-DA-NANG"), store)
    assert result.code == "signer-not-allowed"
    assert "the National Representative of Viet Nam." in result.reason and "Only Đà Nẵng's officer" in result.reason


def test_own_identity_follows_the_same_rule(store: Store, tmp_path: Path) -> None:
    own = bf.make_signer(seed=44)  # this profile's own Đà Nẵng identity, not in the registry
    with store.transaction() as session:
        session.add(IdentityRow(name=own.card["name"], role="csco", country="VNM", city="VNM-DA-NANG",
                                public_key=own.card["public_key"], fingerprint=own.fingerprint, key_file="k",
                                created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    assert verify_bundle(_plan_bundle(store, own, tmp_path, "VNM-DA-NANG"), store).status == "valid"
    result = verify_bundle(_plan_bundle(store, own, tmp_path, "VNM-HA-NOI"), store)
    assert (result.code, result.reason) == ("signer-not-allowed", HANOI_BY_DANANG)


def _note(store: Store, signer: bf.Signer, folder: Path, name: str) -> Path:
    reference = bf.load(store)
    plan = bf.demo_plan(reference)
    when = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    document = review_document(plan_uuid=plan.uuid, city=plan.city, cycle=plan.cycle, revision=1,
                               decision="accepted", reason="", reviewer=signer.card, reviewed_at=when)
    data = build_review_note(document, country="VNM", signer_card=signer.card, sign=signer.key.sign,
                             created_at=when)
    return bf.write(folder, name, data)


def test_review_note_only_by_the_countrys_nr_or_the_secretariat(store: Store, tmp_path: Path) -> None:
    signers = {"csco": bf.make_signer(seed=45),
               "nr-tha": bf.make_signer("Somchai", role="nr", country="THA", city=None, seed=46),
               "nr-vnm": bf.make_signer("Trần Thị Bình", role="nr", city=None, seed=47),
               "asec": bf.make_signer("ASEC", role="asec", country="IDN", city=None, seed=48)}
    for made in signers.values():
        bf.trust(store, made)
    results = {key: verify_bundle(_note(store, made, tmp_path, f"{key}.ascn"), store)
               for key, made in signers.items()}
    assert {key: result.code for key, result in results.items()} == {
        "csco": "signer-not-allowed", "nr-tha": "signer-not-allowed", "nr-vnm": "ok", "asec": "ok"}
    assert results["nr-tha"].reason == (
        "This bundle was signed by Somchai, the National Representative of Thailand. "
        "Only Viet Nam's National Representative or the ASCN Secretariat can review the plan of Đà Nẵng.")
