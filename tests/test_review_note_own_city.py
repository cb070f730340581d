"""A review note arrives only for a local plan of this profile's own city, at a revision it reached."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.model import Plan
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.bundles.review_note import build_review_note, review_document
from ascn_desktop.core.workplace import Workplace, save_workplace
from ascn_desktop.store.engine import Store
from store_dump import dump_store


@pytest.fixture
def nr(store: Store) -> bf.Signer:
    made = bf.make_signer("Trần Thị Bình", role="nr", city=None, seed=51)
    bf.trust(store, made)
    return made


def _local(store: Store, city: str, revision: int = 1) -> Plan:
    plan = replace(bf.demo_plan(bf.load(store), city), revision=revision)
    save_plan(store, plan)
    return plan


def _note(signer: bf.Signer, plan: Plan, folder: Path, *, revision: int = 1) -> Path:
    when = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    document = review_document(plan_uuid=plan.uuid, city=plan.city, cycle=plan.cycle, revision=revision,
                               decision="returned", reason="Add milestones.", reviewer=signer.card,
                               reviewed_at=when)
    return bf.write(folder, f"{plan.city}-r{revision}.ascn",
                    build_review_note(document, country="VNM", signer_card=signer.card, sign=signer.key.sign,
                                      created_at=when))


def test_note_about_another_citys_local_plan_is_refused(store: Store, nr: bf.Signer, tmp_path: Path) -> None:
    save_workplace(store.profile, Workplace(country="VNM", city="VNM-HA-NOI"))
    danang = _local(store, "VNM-DA-NANG")  # e.g. a demo profile holds other cities' plans locally
    before = dump_store(store)
    [outcome] = import_bundles(store, [_note(nr, danang, tmp_path)])
    assert (outcome.status, outcome.code) == ("refused", "review-not-own-city")
    assert outcome.message == ("Refused: This review note is about the plan of Đà Nẵng, not Hà Nội's own plan; "
                               "import it in the profile of Đà Nẵng's officer.")
    assert dump_store(store) == before


def test_note_without_a_city_of_ones_own_is_refused(store: Store, nr: bf.Signer, tmp_path: Path) -> None:
    [outcome] = import_bundles(store, [_note(nr, _local(store, "VNM-DA-NANG"), tmp_path)])
    assert (outcome.status, outcome.code) == ("refused", "review-not-own-city")
    assert "no city of its own" in outcome.message


def test_note_for_a_revision_not_reached_is_refused_own_revision_imports(store: Store, nr: bf.Signer,
                                                                        tmp_path: Path) -> None:
    save_workplace(store.profile, Workplace(country="VNM", city="VNM-DA-NANG"))
    plan = _local(store, "VNM-DA-NANG", revision=2)
    [ahead] = import_bundles(store, [_note(nr, plan, tmp_path, revision=3)])
    assert (ahead.status, ahead.code) == ("refused", "review-revision-unknown")
    [ok] = import_bundles(store, [_note(nr, plan, tmp_path, revision=2)])
    assert ok.status == "imported" and "your plan" in ok.message
