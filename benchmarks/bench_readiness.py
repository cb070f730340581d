"""Readiness check of a 10,000-project plan: the rules alone, and loading the plan from the store first.

The readiness panel and `ascn plan check` run both; exports run the rules on
the plan they already loaded.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date

from benchmarks.harness import Result, median_of
from benchmarks.synthetic import synthetic_plan
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.readiness import check_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store

PROJECTS = 10_000


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        try:
            reference = load_reference(store)
            plan = synthetic_plan(reference.city("VNM-DA-NANG"), PROJECTS)
            plan_id = save_plan(store, plan)
            today = date(2024, 6, 1)
            rules_s = median_of(lambda: _time(lambda: check_plan(plan, reference, today=today)), runs=5)
            full_s = median_of(lambda: _time(lambda: check_plan(get_plan(store, plan_id), reference, today=today)),
                               runs=3)
        finally:
            store.close()
    return [
        Result("readiness", f"check_plan, {PROJECTS:,} projects in memory", rules_s * 1000, "ms"),
        Result("readiness", f"load + check_plan, {PROJECTS:,} projects from the store", full_s * 1000, "ms"),
    ]


def _time(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start
