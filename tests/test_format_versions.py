"""Version policy (docs/bundle-format.md §10): a reader of version N reads every earlier version.

Tested with stored bytes written by earlier releases, never regenerated: the worked example
(docs/examples/, a version 1 city plan), and a version 1 national bundle and review note
(tests/fixtures/bundles-v1/, written by the writers of b6ffd89).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.signing.identity import card_from_json
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.store.engine import Store
from tests.conftest import FIXTURES, REPO_ROOT

V1 = FIXTURES / "bundles-v1"
EXAMPLE = REPO_ROOT / "docs" / "examples" / "VNM-Da-Nang-2018-2025-r1.ascn"


def _trust_v1_signers(store: Store) -> None:
    add_card(store, card_from_json(json.loads((V1 / "nr-card.json").read_text(encoding="utf-8"))))
    for card in json.loads((V1 / "city-cards.json").read_text(encoding="utf-8")).values():
        add_card(store, card_from_json(card))


def test_the_version_1_worked_example_verifies_and_imports(store: Store) -> None:
    add_card(store, card_from_json(json.loads((EXAMPLE.parent / "example-identity-card.json").read_text("utf-8"))))
    assert verify_bundle(EXAMPLE, store).code == "ok"
    [outcome] = import_bundles(store, [EXAMPLE])
    assert (outcome.status, outcome.city, outcome.revision) == ("imported", "VNM-DA-NANG", 1)


def test_a_version_1_national_bundle_verifies_and_imports_with_both_cities(store: Store) -> None:
    _trust_v1_signers(store)
    national = V1 / "VNM-national-2018-2025-v1.ascn"
    result = verify_bundle(national, store)
    assert (result.status, result.code, (result.manifest or {})["format_version"]) == ("valid", "ok", 1)
    assert [inner.code for inner in result.inner] == ["ok", "ok"]
    [outcome] = import_bundles(store, [national])
    assert outcome.status == "imported" and len(outcome.plan_ids) == 2, outcome.details


def test_a_version_1_national_bundle_needs_every_city_key_trusted(store: Store) -> None:
    """Version 1 carries no vouches: the reader must trust each city's card itself."""
    add_card(store, card_from_json(json.loads((V1 / "nr-card.json").read_text(encoding="utf-8"))))
    result = verify_bundle(V1 / "VNM-national-2018-2025-v1.ascn", store)
    assert (result.status, result.code) == ("untrusted", "inner-signer-unknown")


def test_a_version_1_review_note_verifies_and_imports_in_the_city_profile(tmp_path: Path) -> None:
    city = open_profile_store(resolve_profile(tmp_path / "city"))
    try:
        save_workplace(city.profile, Workplace(country="VNM", city="VNM-DA-NANG"))
        save_plan(city, replace(bf.demo_plan(bf.load(city)), revision=1))
        _trust_v1_signers(city)
        note = V1 / "VNM-Da-Nang-2018-2025-r1-review-v1.ascn"
        assert verify_bundle(note, city).code == "ok"
        [outcome] = import_bundles(city, [note])
        assert outcome.status == "imported", outcome.message
    finally:
        city.close()
