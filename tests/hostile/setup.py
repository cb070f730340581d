"""The receiving side of the hostile-bundle tests: a store, trusted keys, a valid plan and its bundle."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, Project
from ascn_desktop.core.bundles.plan_document import plan_to_document
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card_json, revoke
from ascn_desktop.store.engine import Store
from bundle_factory import make_signer
from hostile.bundles import city_bundle
from hostile.corpus import CorpusContext

REVOKED_AT = datetime(2026, 3, 1, tzinfo=UTC)  # before the corpus's signing date (2026-06-01)
BASE_BUNDLE_UUID = "5b0c2f4e-9a51-4c3e-8f0d-2a6b7c8d9e01"


def sample_plan() -> Plan:
    project = Project(
        code="DN-01", title="Chiếu sáng đô thị thông minh", description="Đèn LED nối mạng cho Đà Nẵng",
        focus_area="BI", outcomes=["CE", "SE"], sdgs=[9, 11], start_year=2019, end_year=2024,
        status="in_progress", lead_agency="Sở Xây dựng", budget=Decimal("250000000000.00"), currency="VND",
        funding=[FundingSource(type="municipal", name="Ngân sách thành phố", amount=Decimal("250000000000.00"))],
        milestones=[Milestone(title="Thí điểm quận Hải Châu", due_year=2020, due_quarter=2, status="done",
                              percent=100)],
        indicators=[Indicator(name="Đèn trên mạng", unit="%", baseline_year=2018, baseline_value=Decimal(0),
                              values=[IndicatorValue(year=2025, target=Decimal(90))])],
    )
    return Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch hành động thành phố thông minh Đà Nẵng",
                vision="Đà Nẵng thông minh", focus_areas=["BI"], outcomes=["CE"], status="final", revision=2,
                projects=[project], uuid="0d5a7c3e-1f2b-4c6d-8e9f-a0b1c2d3e4f5")


@dataclass
class Receiver:
    store: Store
    ctx: CorpusContext
    base: bytes
    folder: Path


def make_receiver(tmp: Path) -> Receiver:
    store = open_profile_store(resolve_profile(tmp / "receiver"))
    reference = load_reference(store)
    document = plan_to_document(sample_plan(), reference)
    signer = make_signer("Nguyễn Văn An")
    stranger = make_signer("Mallory")
    revoked = make_signer("Trần Thị Bình")
    national = make_signer("Lê Minh Châu", role="nr", city=None)
    for card in (signer.card, revoked.card, national.card):
        add_card_json(store, card)
    # The revoked key's last bundle known good: named in the revocation, so it stays acceptable.
    last_good = city_bundle(document, revoked, created_at=datetime(2026, 2, 1, tzinfo=UTC))
    revoke(store, revoked.fingerprint, reason="laptop stolen", at=REVOKED_AT,
           last_good=hashlib.sha256(last_good).hexdigest())
    ctx = CorpusContext(document=document, signer=signer, stranger=stranger, revoked=revoked, national=national,
                        extra={"base_bundle_uuid": BASE_BUNDLE_UUID, "revoked_last_good": last_good})
    base = city_bundle(document, signer, bundle_uuid=BASE_BUNDLE_UUID)
    folder = tmp / "incoming"
    folder.mkdir()
    first = folder / "VNM-Da-Nang-2018-2025-r2.ascn"
    first.write_bytes(base)
    outcome = import_bundles(store, [first])[0]
    assert outcome.status == "imported", outcome.message
    return Receiver(store=store, ctx=ctx, base=base, folder=folder)
