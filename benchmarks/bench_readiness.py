"""Readiness check of a 10,000-project plan, beside its floors.

The readiness panel and `ascn plan check` load the plan and run the rules;
exports run the rules on the plan they already loaded.

- The rules alone, in memory. Floor: one pass reading every field of every
  project, milestone and indicator (the least a check of each field must do).
- Loading from the store, then the rules. Floor: fetching the same rows with
  plain sqlite3 (`SELECT *` of the plan row, its projects and their children:
  benchmarks/plan_rows.py, the export's floor reads the same).
- Loading alone (`get_plan`), against the same floor: what of the above is the load.
- `export_readiness`, what the export dialog runs when it opens and every export
  runs first (load + rules, errors only), against the same floor.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.plan_rows import read_plan_rows
from benchmarks.harness import QUICK, Result, Sample, in_process, interleaved, runs, timed
from benchmarks.synthetic import store_plan, synthetic_plan
from ascn_desktop.core.bundles.bundle_export import export_readiness
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.readiness import check_plan
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store

PROJECTS = 2_000 if QUICK else 10_000


def _touch_every_field(plan: Any) -> int:
    seen = 0
    for project in plan.projects:
        for item in (project, *project.milestones, *project.indicators, *project.funding):
            for field in dataclasses.fields(item):
                seen += getattr(item, field.name) is not None
    return seen


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        try:
            reference = load_reference(store)
            plan = synthetic_plan(reference.city("VNM-DA-NANG"), PROJECTS)
            plan_id = store_plan(store, plan, reference)
            today = date(2024, 6, 1)
            database = Path(home) / "ascn.sqlite"
            memory = interleaved({
                "rules": lambda: in_process(lambda: check_plan(plan, reference, today=today)),
                "floor": lambda: in_process(lambda: _touch_every_field(plan)),
            }, repeat=runs(5, 2))
            export_readiness(store, plan_id)  # warm: the first query of a kind compiles its statement
            loaded = interleaved({
                "load": lambda: in_process(lambda: check_plan(get_plan(store, plan_id), reference, today=today)),
                "get_plan": lambda: in_process(lambda: get_plan(store, plan_id)),
                "export": lambda: in_process(lambda: export_readiness(store, plan_id)),
                "floor": lambda: _sum(in_process(lambda: read_plan_rows(database, plan_id)),
                                      in_process(lambda: _touch_every_field(plan))),
            }, repeat=runs(3, 1))
        finally:
            store.close()
    return [
        timed("readiness", f"check_plan, {PROJECTS:,} projects in memory", memory["rules"],
              "read every field once", memory["floor"]),
        timed("readiness", f"load + check_plan, {PROJECTS:,} projects from the store", loaded["load"],
              "sqlite3 SELECT of the same rows + read every field", loaded["floor"]),
        timed("readiness", f"get_plan alone, {PROJECTS:,} projects", loaded["get_plan"],
              "sqlite3 SELECT of the same rows + read every field", loaded["floor"]),
        timed("readiness", f"export_readiness (export dialog), {PROJECTS:,} projects", loaded["export"],
              "sqlite3 SELECT of the same rows + read every field", loaded["floor"]),
    ]


def _sum(a: Sample, b: Sample) -> Sample:
    return Sample(a.wall + b.wall, a.cpu + b.cpu)
