"""plan.pdf in Khmer and Thai as a ratio to the same plan in Latin text, measured in one run.

    python benchmarks/run.py --only plan_pdf_scripts

The 1,000-project synthetic plan (benchmarks/synthetic.py) three times: as
generated (Latin titles and descriptions), then with every project's title and
description rewritten in Khmer, then in Thai (words drawn from small lists, so
texts repeat as real plans' words do). Khmer and Thai are shaped (HarfBuzz) and
broken into lines at word boundaries (ICU); the target is at most 1.5 times the
Latin time. CPU time of this process, median of three renders each.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Result  # noqa: E402
from benchmarks.synthetic import synthetic_plan  # noqa: E402

WHEN = datetime(2026, 11, 26, tzinfo=UTC)
PROJECTS = 1000
WORDS = {
    "Khmer": ["ប្រព័ន្ធ", "ដឹកជញ្ជូន", "សាធារណៈ", "ឆ្លាតវៃ", "ភ្លើង", "បំភ្លឺ", "ផ្លូវ", "ទីក្រុង", "ទឹកស្អាត",
              "សំណល់", "ថាមពល", "សុវត្ថិភាព", "ឌីជីថល", "សេវា", "ប្រជាពលរដ្ឋ", "គម្រោង"],
    "Thai": ["ระบบ", "ขนส่ง", "สาธารณะ", "อัจฉริยะ", "ไฟถนน", "เมือง", "น้ำประปา", "ขยะ", "พลังงาน",
             "ความปลอดภัย", "ดิจิทัล", "บริการ", "ประชาชน", "โครงการ", "สะพาน", "ศูนย์กลาง"],
}


def _in_script(plan, words: list[str]):  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    for project in plan.projects:
        project.title = "".join(rng.choice(words) for _ in range(4))
        project.description = " ".join("".join(rng.choice(words) for _ in range(6)) for _ in range(3))
    return plan


def run() -> list[Result]:
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.reference import load_reference
    from ascn_desktop.core.reports.fonts import register_fonts
    from ascn_desktop.core.reports.plan_pdf import plan_pdf_bytes
    from ascn_desktop.core.startup import open_profile_store
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        reference = load_reference(store)
        store.close()
    register_fonts()
    city = reference.cities["VNM-HA-NOI"]
    plans = {"Latin": synthetic_plan(city, PROJECTS)}
    for script, words in WORDS.items():
        plans[script] = _in_script(synthetic_plan(city, PROJECTS), words)
    cpu: dict[str, float] = {}
    for script, plan in plans.items():
        samples = []
        for _ in range(3):
            start = time.process_time()
            plan_pdf_bytes(plan, reference, signer_name="Benchmark", signer_fingerprint="X", generated_at=WHEN)
            samples.append(time.process_time() - start)
        cpu[script] = statistics.median(samples)
    results = [Result("scripts", f"plan.pdf, {PROJECTS} projects in Latin, CPU time", cpu["Latin"] * 1000, "ms")]
    for script in WORDS:
        results.append(Result("scripts", f"plan.pdf, {PROJECTS} projects in {script}, CPU time", cpu[script] * 1000,
                              "ms"))
        results.append(Result("scripts", f"{script} / Latin time ratio", cpu[script] / cpu["Latin"], "x",
                              "<= 1.5"))
    return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.what}: {result.value:.2f} {result.unit} {result.target}")
