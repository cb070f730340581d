"""plan.pdf rendering time: the PDF part of the signed-bundle export.

    python benchmarks/run.py --only plan_pdf
    python benchmarks/bench_plan_pdf.py          # same, standalone

Synthetic plans (benchmarks/synthetic.py: 5 milestones and 3 indicators with
8 years of targets and actuals per project) for Hà Nội. 1,000 projects is the
bundle benchmark's size and uses the compact layout; 200 is the largest plan
that gets the full layout (plan_pdf.COMPACT_THRESHOLD). Fonts are registered
before timing (once per process in the app too).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Result, median_of  # noqa: E402
from benchmarks.synthetic import synthetic_plan  # noqa: E402

WHEN = datetime(2026, 11, 26, tzinfo=UTC)


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
    for projects, target in ((1000, "< 1500 ms"), (COMPACT_THRESHOLD, ""), (20, "")):
        plan = synthetic_plan(city, projects)
        sizes: list[int] = []
        cpu: list[float] = []

        def render(plan=plan, sizes=sizes, cpu=cpu) -> None:  # type: ignore[no-untyped-def]
            start = time.process_time()
            sizes.append(len(plan_pdf_bytes(plan, reference, signer_name="Benchmark", signer_fingerprint="X",
                                            generated_at=WHEN)))
            cpu.append(time.process_time() - start)

        seconds = median_of(render, runs=3 if projects >= 1000 else 5)
        layout = "compact" if projects > COMPACT_THRESHOLD else "full"
        what = f"plan.pdf, {projects} projects ({layout} layout, {sizes[-1] // 1024} KiB)"
        results.append(Result("plan_pdf", what, seconds * 1000, "ms", target))
        # CPU time of this process: the same on a busy machine, where wall time is not.
        results.append(Result("plan_pdf", f"{what}, CPU time", statistics.median(cpu) * 1000, "ms", target))
    return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.what}: {result.value:.0f} {result.unit} {result.target}")
