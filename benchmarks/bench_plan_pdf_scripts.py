"""plan.pdf in Khmer and Thai as a ratio to the same plan in Latin text, measured in one run.

    python benchmarks/run.py --only plan_pdf_scripts [--quick]

The 1,000-project synthetic plan (benchmarks/synthetic.py) as generated (Latin
titles and descriptions), and with every project's title and description
rewritten in Khmer and in Thai (words drawn from small lists, so texts repeat
as real plans' words do). Khmer and Thai are shaped (HarfBuzz) and broken into
lines at word boundaries (ICU); the target is at most 1.5 times the Latin time.

The three are rendered in turn, Latin, Khmer, Thai, Latin, ... (five rounds,
two with ``--quick``) after one untimed round that loads the fonts, ICU and
HarfBuzz: a busy moment of the shared machine falls on all three alike. Each
round's Khmer and Thai plans have texts of their own (another draw from the
word lists), so no paragraph's segmentation is remembered from a round before,
as in a real export, where every paragraph is new to the process. CPU time
(the ratio's figure) and wall time of this process, medians over the rounds.
"""

from __future__ import annotations

import random
import statistics
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.harness import Result, Sample, in_process, runs, timed  # noqa: E402
from benchmarks.synthetic import synthetic_plan  # noqa: E402

WHEN = datetime(2026, 11, 26, tzinfo=UTC)
PROJECTS = 1000
WORDS = {
    "Khmer": ["ប្រព័ន្ធ", "ដឹកជញ្ជូន", "សាធារណៈ", "ឆ្លាតវៃ", "ភ្លើង", "បំភ្លឺ", "ផ្លូវ", "ទីក្រុង", "ទឹកស្អាត",
              "សំណល់", "ថាមពល", "សុវត្ថិភាព", "ឌីជីថល", "សេវា", "ប្រជាពលរដ្ឋ", "គម្រោង"],
    "Thai": ["ระบบ", "ขนส่ง", "สาธารณะ", "อัจฉริยะ", "ไฟถนน", "เมือง", "น้ำประปา", "ขยะ", "พลังงาน",
             "ความปลอดภัย", "ดิจิทัล", "บริการ", "ประชาชน", "โครงการ", "สะพาน", "ศูนย์กลาง"],
}


def _in_script(plan, words: list[str], seed: int = 7):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
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
    latin = synthetic_plan(city, PROJECTS)

    def plan_in(script: str, round_: int):  # type: ignore[no-untyped-def]
        return latin if script == "Latin" else _in_script(synthetic_plan(city, PROJECTS), WORDS[script], seed=round_)

    scripts = ["Latin", *WORDS]
    samples: dict[str, list[Sample]] = {script: [] for script in scripts}
    for round_ in range(runs(5, 2) + 1):
        for script in scripts:
            plan = plan_in(script, round_)  # made outside the timing
            sample = in_process(lambda: plan_pdf_bytes(plan, reference, signer_name="Benchmark",
                                                        signer_fingerprint="X", generated_at=WHEN))
            if round_:  # round 0 only loads fonts, ICU and HarfBuzz
                samples[script].append(sample)
    median = {script: Sample(statistics.median(s.wall for s in got), statistics.median(s.cpu for s in got))
              for script, got in samples.items()}
    results = [Result("scripts", f"plan.pdf, {PROJECTS:,} projects in Latin", median["Latin"].wall * 1000, "ms",
                      cpu=median["Latin"].cpu * 1000)]
    results += [timed("scripts", f"plan.pdf, {PROJECTS:,} projects in {script}", median[script],
                      "the same plan in Latin", median["Latin"], target="<= 1.5x") for script in WORDS]
    return results


if __name__ == "__main__":
    for result in run():
        ratio = f"  {result.ratio:.2f}x Latin (CPU) {result.target}" if result.ratio else ""
        print(f"{result.what}: CPU {result.cpu:,.0f} ms, wall {result.value:,.0f} ms{ratio}")
