"""Generate large synthetic stores: N cities x M projects with milestones and indicators.

    python benchmarks/synthetic.py --home /tmp/big --cities 26 --projects 400

Used by the benchmarks; also handy for trying the GUI on a big plan.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ascn_desktop.core.bundles.imported_rows import insert_projects  # noqa: E402
from ascn_desktop.core.bundles.plan_document import plan_to_document  # noqa: E402
from ascn_desktop.core.model import (  # noqa: E402
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.plans import save_plan  # noqa: E402
from ascn_desktop.core.profile import resolve_profile  # noqa: E402
from ascn_desktop.core.reference import CityInfo, ReferenceData, load_reference  # noqa: E402
from ascn_desktop.core.startup import open_profile_store  # noqa: E402
from ascn_desktop.store.engine import Store  # noqa: E402

FOCUS = ["CS", "HW", "SS", "QE", "BI", "II"]
WORDS = ["Chiếu sáng", "thông minh", "Hệ thống", "giao thông", "Smart", "Lighting", "Đà Nẵng", "water",
         "flood", "sensor", "portal", "health", "Hồ Chí Minh", "mobility", "waste", "energy"]


def synthetic_project(rng: random.Random, n: int, currency: str, *, milestones: int = 5,
                      indicators: int = 3) -> Project:
    start = rng.randint(2018, 2022)
    end = rng.randint(start, 2025)
    budget = Decimal(rng.randint(1_000, 10**9)) * 1000
    return Project(
        code=f"P-{n:05d}",
        title=" ".join(rng.choice(WORDS) for _ in range(4)) + f" {n}",
        description="Synthetic project for benchmarks. " * 3,
        focus_area=rng.choice(FOCUS),
        outcomes=rng.sample(["CE", "SE", "QL"], rng.randint(1, 2)),
        sdgs=sorted(rng.sample(range(1, 18), 2)),
        start_year=start,
        end_year=end,
        status=rng.choice(["planned", "in_progress", "completed", "on_hold"]),
        lead_agency=rng.choice(["Sở Xây dựng", "City Hall", "Public Works"]),
        budget=budget,
        currency=currency,
        budget_usd=(budget / 25000).quantize(Decimal("0.01")),
        funding=[FundingSource(type="municipal", name="City budget", amount=budget / 2),
                 FundingSource(type="private_ppp", name="PPP", amount=budget / 2)],
        seeks_private_partner=rng.random() < 0.3,
        milestones=[Milestone(title=f"Milestone {k}", due_year=rng.randint(start, end), due_quarter=rng.randint(1, 4),
                              percent=rng.randint(0, 100)) for k in range(milestones)],
        indicators=[Indicator(name=f"Indicator {k}", unit="%", baseline_year=2017, baseline_value=Decimal(k),
                              values=[IndicatorValue(year=y, target=Decimal(y - 2000), actual=Decimal(y - 2001))
                                      for y in range(2018, 2026)]) for k in range(indicators)],
        progress_notes=[ProgressNote(year=2023, text="Synthetic progress note.")],
    )


def synthetic_plan(city: CityInfo, projects: int, *, seed: int = 1, milestones: int = 5,
                   indicators: int = 3) -> Plan:
    rng = random.Random(f"{seed}-{city.code}")
    return Plan(
        city=city.code, cycle="2018-2025", title=f"Synthetic plan of {city.name}", vision="Benchmark data",
        focus_areas=FOCUS, outcomes=["CE", "SE", "QL"],
        projects=[synthetic_project(rng, n, city.currency, milestones=milestones, indicators=indicators)
                  for n in range(projects)],
    )


def store_plan(store: Store, plan: Plan, reference: ReferenceData, *, origin: str = "local") -> int:
    """Write `plan` into the store with the rows `save_plan` writes, about ten times quicker; returns its id.

    The header goes through `save_plan` itself (with no projects); the projects go in as the importer
    writes them, in bulk from their plan.json objects (core/bundles/imported_rows.py), which hold
    exactly what `save_plan`'s ORM rows hold (tests/test_synthetic_store.py compares every column).
    Through the ORM, the stores of a quick benchmark run took 45 of its 140 CPU seconds to write.
    """
    plan_id = save_plan(store, replace(plan, projects=[]), origin=origin)
    projects = plan_to_document(plan, reference)["projects"]
    with store.transaction() as session:
        insert_projects(session, plan_id, projects)
    return plan_id


def generate(store: Store, *, cities: int, projects: int, milestones: int = 5, indicators: int = 3) -> list[int]:
    reference = load_reference(store)
    chosen = list(reference.cities.values())[:cities]
    return [store_plan(store, synthetic_plan(city, projects, milestones=milestones, indicators=indicators), reference)
            for city in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", required=True)
    parser.add_argument("--cities", type=int, default=26)
    parser.add_argument("--projects", type=int, default=100)
    args = parser.parse_args()
    store = open_profile_store(resolve_profile(args.home))
    ids = generate(store, cities=args.cities, projects=args.projects)
    store.close()
    print(f"wrote {len(ids)} plans of {args.projects} projects into {args.home}")


if __name__ == "__main__":
    main()
