"""The benchmarks' synthetic stores hold the rows `save_plan` writes (benchmarks/synthetic.py).

`store_plan` writes a plan's projects in bulk, as the importer does, so that a quick benchmark run
does not spend a third of its time building its stores; every figure measured on those stores is
only honest if they are the stores the app itself would have written.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import text

from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.engine import Store
from benchmarks.synthetic import store_plan, synthetic_plan
from test_imported_rows import _rows

_TIMES = {"id", "created_at", "updated_at"}


def _header(store: Store, plan_id: int) -> dict[str, Any]:
    with store.read() as session:
        row = session.execute(text("SELECT * FROM plans WHERE id = :plan"), {"plan": plan_id}).mappings().one()
        return {key: value for key, value in row.items() if key not in _TIMES}


def test_a_synthetic_store_holds_the_rows_save_plan_writes(store: Store, tmp_path: Path) -> None:
    reference = load_reference(store)
    plan = synthetic_plan(reference.city("VNM-HA-NOI"), 12)
    edge = plan.projects[0]
    plan.projects[0] = replace(edge, budget=None, budget_usd=None, sdgs=[], outcomes=[], milestones=[],
                               funding=[FundingSource(type="municipal", name="Ngân sách", amount=Decimal("0.00"))],
                               indicators=[Indicator(name="Tỷ lệ", unit="%", values=[
                                   IndicatorValue(year=2020),  # holds nothing besides its year: not stored
                                   IndicatorValue(year=2021, target=Decimal("-0.5"))])])
    through_orm = save_plan(store, plan)
    other = open_profile_store(resolve_profile(tmp_path / "bulk"))  # the same plan (same UUIDs) in another store
    try:
        in_bulk = store_plan(other, plan, reference)
        written, bulk = _rows(store, through_orm), _rows(other, in_bulk)
        assert len(bulk["projects"]) == 12 and bulk["indicator_values"] and bulk["progress_notes"]
        assert bulk == written
        assert _header(other, in_bulk) == _header(store, through_orm)
        assert get_plan(other, in_bulk).projects == get_plan(store, through_orm).projects
    finally:
        other.close()
