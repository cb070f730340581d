"""plan.pdf rendering time: the PDF part of the signed-bundle export.

    python benchmarks/run.py --only plan_pdf
    python benchmarks/bench_plan_pdf.py          # same, standalone

Synthetic plans (benchmarks/synthetic.py: 5 milestones and 3 indicators with
8 years of targets and actuals per project) for Hà Nội, beside a floor: reportlab drawing the same text lines with one
drawString each and no layout. 1,000 projects is the
bundle benchmark's size and uses the compact layout; 200 is the largest plan
that gets the full layout (plan_pdf.COMPACT_THRESHOLD). Fonts are registered
before timing (once per process in the app too).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from typing import Any  # noqa: E402

from benchmarks.harness import QUICK, Result, in_process, interleaved, runs, timed  # noqa: E402
from benchmarks.pdf_floor import floor_pdf  # noqa: E402,F401  (also imported from here by other benchmarks)
from benchmarks.synthetic import synthetic_plan  # noqa: E402

WHEN = datetime(2026, 11, 26, tzinfo=UTC)


def _text_lines(plan: Any) -> list[str]:
    lines = [plan.title, plan.vision]
    for project in plan.projects:
        lines += [f"{project.code} {project.title}", project.description, project.lead_agency,
                  f"{project.budget} {project.currency}"]
        lines += [f"{m.title} {m.due_year} Q{m.due_quarter} {m.status} {m.percent}%" for m in project.milestones]
        for indicator in project.indicators:
            lines.append(f"{indicator.name} ({indicator.unit}) " + " ".join(
                f"{v.year}: {v.target}/{v.actual}" for v in indicator.values))
    return [line[:110] for line in lines if line]


def run() -> list[Result]:
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.reference import load_reference
    from ascn_desktop.core.reports.fonts import register_fonts
    from ascn_desktop.core.reports.plan_pdf import COMPACT_THRESHOLD, plan_pdf_bytes
    from ascn_desktop.core.startup import open_profile_store

    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        reference = load_reference(store)
        store.close()
    register_fonts()
    city = reference.cities["VNM-HA-NOI"]
    results: list[Result] = []
    sizes = ((300, ""), (20, "")) if QUICK else ((1000, ""), (COMPACT_THRESHOLD, ""), (20, ""))
    for projects, target in sizes:
        plan = synthetic_plan(city, projects)
        lines = _text_lines(plan)
        pdf_sizes: list[int] = []
        medians = interleaved({
            "pdf": lambda plan=plan: in_process(lambda: pdf_sizes.append(len(plan_pdf_bytes(
                plan, reference, signer_name="Benchmark", signer_fingerprint="X", generated_at=WHEN)))),
            "floor": lambda lines=lines: in_process(lambda: floor_pdf(lines)),
        }, repeat=runs(3 if projects >= 1000 else 5, 1))
        layout = "compact" if projects > COMPACT_THRESHOLD else "full"
        what = f"plan.pdf, {projects} projects ({layout} layout, {pdf_sizes[-1] // 1024} KiB)"
        results.append(timed("plan_pdf", what, medians["pdf"], "reportlab drawString per line, same text",
                             medians["floor"], target=target))
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
