"""The flat plan loader (core/plan_loading.py) against the ORM's relationships, field by field, on both engines.

The loader reads child tables as plain rows and converts each column itself; the ORM path
(store/mapping.plan_from_row walking every relationship) is the reference it must equal.
"""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal
from typing import Any

import pytest

from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote
from ascn_desktop.core.plan_loading import load_whole_plan
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import plan_from_row
from ascn_desktop.store.models import PlanRow
from benchmarks.synthetic import synthetic_plan

pytestmark = pytest.mark.both_engines


def _varied(plan: Plan, seed: int) -> Plan:
    """Empty and missing values, odd scales, Unicode, gaps and ties, so every conversion has something to do."""
    rng = random.Random(seed)
    for n, project in enumerate(plan.projects):
        if n % 4 == 0:
            project.budget = project.budget_usd = None
            project.focus_area = project.partner = None
            project.outcomes, project.sdgs = [], []
            project.start_year = project.end_year = None
        if n % 5 == 1:
            project.funding, project.milestones, project.indicators, project.progress_notes = [], [], [], []
            continue
        project.partner = "ADB" if n % 3 == 0 else project.partner
        project.risks = "Lũ lụt · ស្ថានភាព · น้ำท่วม" if n % 2 else ""
        project.carried_over_from = f"00000000-0000-4000-8000-{n:012d}" if n % 7 == 0 else None
        project.funding.append(FundingSource(type="external_partner", name="", amount=Decimal("-0.05")))
        project.milestones.insert(0, Milestone(title="", due_year=2020, due_quarter=4, status="delayed"))
        project.indicators.append(Indicator(name="Khmer ឯកតា", unit="", baseline_value=Decimal("1E+3")))
        project.indicators[0].baseline_value = Decimal("0.000001")
        project.indicators[0].values = [
            IndicatorValue(year=2019, target=Decimal("12.50"), actual=None, evidence="https://example.org/a"),
            IndicatorValue(year=2024, target=None, actual=Decimal("-3.1415926535897932384626"), evidence=""),
        ]
        project.progress_notes = [ProgressNote(year=rng.choice([2022, 2023]), text=f"note {k} ✓") for k in range(3)]
    return plan


def _orm_plan(store: Store, plan_id: int) -> Plan:
    with store.read() as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        return plan_from_row(row)


def _differences(a: Any, b: Any, where: str = "plan") -> list[str]:
    """Every place where a and b differ in value or in type (Decimal('1.0') == 1 would hide a type change)."""
    if dataclasses.is_dataclass(a) and dataclasses.is_dataclass(b) and type(a) is type(b):
        return [d for f in dataclasses.fields(a)
                for d in _differences(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for n, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{where}[{n}]")]
    same = type(a) is type(b) and a == b and (not isinstance(a, Decimal) or a.as_tuple() == b.as_tuple())
    return [] if same else [f"{where}: {a!r} != {b!r}"]


def test_flat_loader_equals_the_orm_field_by_field(store: Store) -> None:
    reference = load_reference(store)
    plans = [_varied(synthetic_plan(reference.city(city), 60, seed=seed), seed)
             for seed, city in enumerate(("VNM-DA-NANG", "THA-BANGKOK"))]
    plan_ids = [save_plan(store, plan) for plan in plans]
    empty_id = save_plan(store, Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Empty"), origin="imported")
    for plan_id in (*plan_ids, empty_id):
        loaded, expected = load_whole_plan(store, plan_id), _orm_plan(store, plan_id)
        assert _differences(loaded, expected) == []
    # The store's own order: projects by position, children by position, values by year, notes by year.
    first = load_whole_plan(store, plan_ids[0])
    assert [p.code for p in first.projects] == [p.code for p in plans[0].projects]
    assert [m.title for m in first.projects[2].milestones] == [m.title for m in plans[0].projects[2].milestones]
    with pytest.raises(NotFoundError):
        load_whole_plan(store, 10**6)
