"""A small hand-made set of *imported* plans whose monitoring numbers are known exactly.

Shared by the monitoring, annual report, data export and dashboard tests
(`from test_monitoring_dataset import build_dataset`). What C1's import writes
is imitated directly: plans saved with origin="imported", a bundle row with
its signature date, review status, and older revisions kept as history.

Year 2024 of the 2018-2025 cycle; the report is due 2025-03-31:
* Hà Nội: revision 1 signed 2024-02-01 (history), revision 2 signed 2025-03-15 -> on time, accepted.
* Đà Nẵng: revision 1 signed 2025-05-02 -> late, received.
* DKI Jakarta: revision 1 signed 2023-06-01 -> missing for 2024.
* Phnom Penh: a local (not imported) plan, only seen with include_local.
"""

from __future__ import annotations

import pytest

from datetime import UTC, datetime
from decimal import Decimal

from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, Project
from ascn_desktop.core.plans import save_plan
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle, PlanRow, ReviewRow

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

D = Decimal


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _import(store: Store, plan: Plan, *, signed: str, current: bool, review: str | None, country: str) -> int:
    plan_id = save_plan(store, plan, origin="imported")
    with store.transaction() as session:
        bundle = ImportedBundle(
            bundle_uuid=f"00000000-0000-4000-8000-{plan_id:012d}", sha256=f"{plan_id:064d}", kind="city-plan",
            file_name=f"{plan.city}-r{plan.revision}.ascn", archive_path=f"bundles/{plan_id}.ascn", size=1000,
            signer_fingerprint="SHA256:test", signed_at=_at(signed), imported_at=_at(signed),
            plan_uuid=plan.uuid, revision=plan.revision, city=plan.city, country=country, details={})
        session.add(bundle)
        session.flush()
        row = session.get(PlanRow, plan_id)
        assert row is not None
        row.bundle_id = bundle.id
        row.is_current = current
        row.review_status = review
        if review in ("accepted", "returned"):
            session.add(ReviewRow(plan_uuid=plan.uuid, revision=plan.revision, direction="given", status=review,
                                  reason="" if review == "accepted" else "Budget missing", reviewer_name="ASEC",
                                  reviewer_fingerprint="SHA256:asec", created_at=_at("2025-04-01")))
    return plan_id


def build_dataset(store: Store) -> dict[str, int]:
    """Insert the dataset; returns the plan ids by name."""
    p1 = Project(code="HN-01", title="Chiếu sáng đô thị thông minh", focus_area="BI", status="in_progress",
                 start_year=2020, end_year=2025, budget=D(1000), currency="VND", budget_usd=D("40.00"),
                 funding=[FundingSource(type="municipal", name="Ngân sách thành phố Hà Nội", amount=D(600)),
                          FundingSource(type="private_ppp", name="PPP", amount=D(400))],
                 seeks_private_partner=True, private_sector_need="Đối tác công nghệ", partner="ADB",
                 lead_agency="Sở Xây dựng",
                 milestones=[Milestone(title="Đấu thầu", due_year=2024, due_quarter=2, status="in_progress",
                                       percent=40),
                             Milestone(title="Roll-out", due_year=2024, due_quarter=4),
                             Milestone(title="Study", due_year=2023, due_quarter=1, status="done", percent=100)],
                 indicators=[Indicator(name="Smart lights", unit="%", baseline_year=2019, baseline_value=D(10),
                                       values=[IndicatorValue(2023, D(20), D(25)), IndicatorValue(2024, D(30), D(25))]),
                             Indicator(name="Response time", unit="minutes", baseline_year=2019, baseline_value=D(30),
                                       values=[IndicatorValue(2024, D(25), D(28)), IndicatorValue(2025, D(20))])])
    p2 = Project(code="HN-02", title="Hồ sơ sức khỏe điện tử", focus_area="HW", status="completed",
                 start_year=2019, end_year=2023, budget=D(500), currency="VND",
                 funding=[FundingSource(type="national", name="Chương trình quốc gia", amount=D(500))],
                 seeks_private_partner=True,
                 indicators=[Indicator(name="Records", unit="%", baseline_year=2018, baseline_value=D(0),
                                       values=[IndicatorValue(2024, D(10), D(12)), IndicatorValue(2025, D(20))])])
    hanoi = Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch thành phố thông minh Hà Nội", revision=2,
                 status="final", uuid="11111111-1111-4111-8111-111111111111", projects=[p1, p2])
    hanoi_old = Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội (r1)", revision=1,
                     status="final", uuid=hanoi.uuid,
                     projects=[Project(code="HN-OLD", title="Old", focus_area="SS", status="planned")])
    p3 = Project(code="DN-01", title="Hệ thống cảnh báo sớm lũ lụt", focus_area="BI", status="planned",
                 start_year=2024, end_year=2025, budget=D(2000), currency="VND", budget_usd=D("80.00"),
                 funding=[FundingSource(type="external_partner", name="Grant", amount=D(2000))], partner="ADB",
                 milestones=[Milestone(title="Design", due_year=2025, due_quarter=1)])
    danang = Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng", revision=1, status="final",
                  uuid="22222222-2222-4222-8222-222222222222", projects=[p3])
    p4 = Project(code="JK-01", title="Sistem amaran awal banjir", focus_area="QE", status="on_hold",
                 start_year=2021, end_year=2025, budget=D(300), currency="IDR",
                 funding=[FundingSource(type="municipal", name="APBD", amount=D(300))], partner="WB",
                 seeks_private_partner=True)
    jakarta = Plan(city="IDN-DKI-JAKARTA", cycle="2018-2025", title="Jakarta smart city plan", revision=1,
                   status="final", uuid="33333333-3333-4333-8333-333333333333", projects=[p4])
    local = Plan(city="KHM-PHNOM-PENH", cycle="2018-2025", title="Phnom Penh draft",
                 updated_at=_at("2025-01-10"), created_at=_at("2024-01-10"),
                 projects=[Project(code="PP-01", title="Local only", focus_area="CS", status="planned")])
    return {
        "hanoi_old": _import(store, hanoi_old, signed="2024-02-01", current=False, review="accepted", country="VNM"),
        "hanoi": _import(store, hanoi, signed="2025-03-15", current=True, review="accepted", country="VNM"),
        "danang": _import(store, danang, signed="2025-05-02", current=True, review="received", country="VNM"),
        "jakarta": _import(store, jakarta, signed="2023-06-01", current=True, review="returned", country="IDN"),
        "local": save_plan(store, local),
    }


def test_dataset_builds(store: Store) -> None:
    ids = build_dataset(store)
    with store.read() as session:
        row = session.get(PlanRow, ids["hanoi_old"])
        assert row is not None and row.is_current is False and row.bundle_id is not None
