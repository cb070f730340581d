"""Review: received → accepted / returned, the signed review note, and its import by the city."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.review import find_received_plan, received_plans, review_plan
from ascn_desktop.core.review_comments import latest_received_review
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.store.engine import Store
from conftest import store_args
from store_dump import dump_store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

PASSPHRASE = "correct horse battery"


@pytest.fixture
def nr_store(store: Store, tmp_path: Path) -> Store:
    """The NR's profile: an identity, the city's key trusted, the city's bundle imported."""
    create_identity(store, name="Trần Thị Bình", role="nr", country="VNM", city=None, passphrase=PASSPHRASE)
    city_signer = bf.make_signer(seed=21)
    bf.trust(store, city_signer)
    reference = bf.load(store)
    bundle = bf.city_bundle(bf.demo_plan(reference), reference, city_signer)
    [outcome] = import_bundles(store, [bf.write(tmp_path / "in", "VNM-Da-Nang-2018-2025-r1.ascn", bundle)])
    assert outcome.status == "imported"
    return store


@pytest.fixture
def city_store(tmp_path: Path, nr_store: Store) -> Iterator[Store]:
    """The city's own profile: its local plan, and the NR's card in its trust registry."""
    opened = open_profile_store(resolve_profile(tmp_path / "city-profile"))
    save_workplace(opened.profile, Workplace(country="VNM", city="VNM-DA-NANG"))
    reference = bf.load(opened)
    save_plan(opened, replace(bf.demo_plan(reference), revision=1))
    from ascn_desktop.core.signing.identity import require_identity

    add_card(opened, require_identity(nr_store).card)
    yield opened
    opened.close()


def test_received_plan_starts_as_received(nr_store: Store) -> None:
    [plan] = received_plans(nr_store)
    assert (plan.city_name, plan.revision, plan.review_status) == ("Đà Nẵng", 1, "received")
    assert plan.signer == "Nguyễn Văn An" and plan.imported_at is not None


def test_return_writes_signed_note_that_the_city_imports(nr_store: Store, city_store: Store, tmp_path: Path) -> None:
    plan_id = find_received_plan(nr_store, "da nang")
    out = tmp_path / "notes"
    out.mkdir()
    note = review_plan(nr_store, plan_id, "returned", reason="Add milestones for the flood project.",
                       note_dir=out, passphrase=PASSPHRASE)
    assert note is not None and note.name == "VNM-Da-Nang-2018-2025-r1-review.ascn"
    [plan] = received_plans(nr_store)
    assert (plan.review_status, plan.review_reason) == ("returned", "Add milestones for the flood project.")

    [outcome] = import_bundles(city_store, [note])
    assert outcome.status == "imported" and "returned" in outcome.message
    received = latest_received_review(city_store, plan.uuid)
    assert received is not None
    assert (received.status, received.reason, received.reviewer_name, received.revision) == (
        "returned", "Add milestones for the flood project.", "Trần Thị Bình", 1)
    before = dump_store(city_store)
    [again] = import_bundles(city_store, [note])
    assert again.status == "already" and dump_store(city_store) == before


def test_tampered_note_and_note_for_unknown_plan_are_refused(nr_store: Store, city_store: Store,
                                                             tmp_path: Path) -> None:
    note = review_plan(nr_store, find_received_plan(nr_store, "VNM-DA-NANG"), "accepted", note_dir=tmp_path,
                       passphrase=PASSPHRASE)
    assert note is not None
    before = dump_store(nr_store)
    [outcome] = import_bundles(nr_store, [note])  # the NR has no local plan of Đà Nẵng
    assert (outcome.status, outcome.code) == ("refused", "review-plan-unknown")
    assert dump_store(nr_store)[0] == before[0]
    data = bytearray(note.read_bytes())
    data[-60] ^= 0xFF
    tampered = bf.write(tmp_path, "tampered.ascn", bytes(data))
    before = dump_store(city_store)
    [outcome] = import_bundles(city_store, [tampered])
    assert outcome.status == "refused"
    assert dump_store(city_store) == before


def test_wrong_passphrase_or_missing_reason_changes_nothing(nr_store: Store, tmp_path: Path) -> None:
    plan_id = find_received_plan(nr_store, "Đà Nẵng")
    before = dump_store(nr_store)
    with pytest.raises(AscnError, match="reason"):
        review_plan(nr_store, plan_id, "returned", reason="  ", note_dir=tmp_path, passphrase=PASSPHRASE)
    with pytest.raises(AscnError, match="[Pp]assphrase"):
        review_plan(nr_store, plan_id, "returned", reason="Too vague.", note_dir=tmp_path, passphrase="wrong one!!")
    assert dump_store(nr_store)[0] == before[0]
    assert not list(tmp_path.glob("*.ascn"))


def test_cli_review_accept_and_return(nr_store: Store, tmp_path: Path, run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    home = store_args(nr_store)
    result = run_cli("review", "Da Nang", "--accept", *home)
    assert result.status == 0 and "accepted" in result.out
    assert received_plans(nr_store)[0].review_status == "accepted"
    monkeypatch.setenv("ASCN_PASSPHRASE", PASSPHRASE)
    result = run_cli("review", "Da Nang", "--return", "--reason", "Budget missing.", "--out", str(tmp_path), *home)
    assert result.status == 0 and (tmp_path / "VNM-Da-Nang-2018-2025-r1-review.ascn").is_file()
    result = run_cli("received", "--json", *home)
    assert json.loads(result.out)[0]["review_status"] == "returned"
    result = run_cli("review", "Da Nang", "--return", *home)
    assert result.status == 1 and "Say why" in result.err


def test_nr_cannot_decide_on_another_member_states_city(nr_store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """Trusting a Thai officer's card lets Bangkok's bundle in; the Viet Nam NR still may not accept it."""
    thai = bf.make_signer("Somchai Phan", country="THA", city="THA-BANGKOK", seed=23)
    bf.trust(nr_store, thai)
    reference = bf.load(nr_store)
    bundle = bf.city_bundle(bf.demo_plan(reference, "THA-BANGKOK"), reference, thai)
    [outcome] = import_bundles(nr_store, [bf.write(tmp_path / "th", "THA-Bangkok-2018-2025-r1.ascn", bundle)])
    assert outcome.status == "imported"
    before = dump_store(nr_store)
    result = run_cli("review", "Bangkok", "--accept", *store_args(nr_store))
    assert result.status == 1
    assert "Bangkok belongs to Thailand; as the National Representative of Viet Nam" in result.err
    assert "Traceback" not in result.err and dump_store(nr_store)[0] == before[0]
    with pytest.raises(AscnError, match="only your own country's city plans"):
        review_plan(nr_store, find_received_plan(nr_store, "Bangkok"), "accepted")


def test_undo_acceptance_until_consolidated(nr_store: Store, tmp_path: Path) -> None:
    from ascn_desktop.core.consolidation.national_bundle import consolidate
    from ascn_desktop.core.review import can_undo_acceptance, undo_acceptance

    plan_id = find_received_plan(nr_store, "Da Nang")
    review_plan(nr_store, plan_id, "accepted")
    [plan] = received_plans(nr_store)
    assert can_undo_acceptance(nr_store, plan)
    undo_acceptance(nr_store, plan_id)
    assert received_plans(nr_store)[0].review_status == "received"
    with pytest.raises(AscnError, match="not accepted"):
        undo_acceptance(nr_store, plan_id)
    review_plan(nr_store, plan_id, "accepted")
    consolidate(nr_store, "VNM", tmp_path, passphrase=PASSPHRASE)
    [plan] = received_plans(nr_store)
    assert not can_undo_acceptance(nr_store, plan)
    with pytest.raises(AscnError, match="already in a national bundle"):
        undo_acceptance(nr_store, plan_id)
    assert received_plans(nr_store)[0].review_status == "accepted"
