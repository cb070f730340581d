"""Excel import of a 1,000-project plan workbook (5 milestones, 3 indicators each).

The workbook is the plan's template with 100 projects retitled and 10 added
(as an officer's edits would be). Measured: writing the workbook; reading it
onto the stored plan (safety scan, sheets, cell parsing) plus the preview diff;
applying it (one transaction); and the whole import (read + diff + apply).
Wall-clock medians, each with its CPU time, which depends far less on what
else the machine runs.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.harness import Floor, Result, Sample, in_process, runs
from benchmarks.synthetic import generate, synthetic_project

from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.plans_replace import replace_plan_content
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.core.workbook.writer import plan_workbook_bytes

RUNS = runs(3, 1)


def _floor_read(path: Path) -> int:
    """openpyxl reading every cell of the same workbook (read-only), the least an import must parse."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for _ in row)
    finally:
        book.close()


def run() -> list[Result]:
    import random

    write_s, read_s, apply_s, total_s = [], [], [], []
    write_cpu, read_cpu, apply_cpu, total_cpu = [], [], [], []
    floor_samples: list[Sample] = []
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(Path(home) / "profile"))
        try:
            (plan_id,) = generate(store, cities=1, projects=1000, milestones=5, indicators=3)
            reference = load_reference(store)
            base = get_plan(store, plan_id)
            rng = random.Random(7)
            edited = replace(base, projects=[
                replace(p, title=p.title + " (revised)") if n % 10 == 0 else p for n, p in enumerate(base.projects)
            ] + [synthetic_project(rng, 2000 + n, base.projects[0].currency) for n in range(10)])
            path = Path(home) / "plan.xlsx"
            for _ in range(RUNS):
                started, cpu = time.perf_counter(), time.process_time()
                data = plan_workbook_bytes(edited, reference, template=True)
                write_s.append(time.perf_counter() - started)
                write_cpu.append(time.process_time() - cpu)
            path.write_bytes(data)
            for _ in range(RUNS):
                replace_plan_content(store, plan_id, base)  # back to the stored plan before each import
                current = get_plan(store, plan_id)
                cpu = time.process_time()
                started = time.perf_counter()
                result = read_plan_workbook(path, reference=reference, base_plan=current)
                diff = diff_plans(current, result.plan)
                read_done, read_done_cpu = time.perf_counter(), time.process_time()
                assert result.ok and diff.summary().startswith("projects: 10 added, 100 changed"), diff.summary()
                replace_plan_content(store, plan_id, result.plan, previous=current)
                finished, finished_cpu = time.perf_counter(), time.process_time()
                total_cpu.append(finished_cpu - cpu)
                read_cpu.append(read_done_cpu - cpu)
                apply_cpu.append(finished_cpu - read_done_cpu)
                read_s.append(read_done - started)
                apply_s.append(finished - read_done)
                total_s.append(finished - started)
                floor_samples.append(in_process(lambda: _floor_read(path)))  # alternating with the import
        finally:
            store.close()
    ms = 1000
    return [
        Result("excel", "1,000-project workbook: write (template)", statistics.median(write_s) * ms, "ms",
               cpu=statistics.median(write_cpu) * ms),
        Result("excel", "1,000-project import: read + preview diff", statistics.median(read_s) * ms, "ms",
               cpu=statistics.median(read_cpu) * ms),
        Result("excel", "1,000-project import: apply (110 projects)", statistics.median(apply_s) * ms, "ms",
               cpu=statistics.median(apply_cpu) * ms),
        Result("excel", "1,000-project import: read + preview + apply", statistics.median(total_s) * ms, "ms",
               "< 3000 ms", cpu=statistics.median(total_cpu) * ms,
               floor=Floor("openpyxl read-only pass over every cell", statistics.median(f.wall for f in floor_samples)
                           * ms, statistics.median(f.cpu for f in floor_samples) * ms)),
        Result("excel", "workbook size", len(data) / 1024 / 1024, "MiB"),
    ]
