"""Fuzz the bundle verifier and the Excel importer for a set time: `make fuzz` (FUZZ_SECONDS, default 120).

    python tests/fuzz/run_fuzz.py --seconds 300 [--seed N] [--target verify|workbook|both] [--out DIR]

Seeds are valid bundles (city and national, built by tests/hostile) and valid
plan workbooks; each execution mutates one seed (tests/fuzz/targets.py) and
checks the rule: the verifier answers with a deliberate refusal or a valid
result, the importer raises nothing but AscnError, each within 5 s. Every
finding is saved in --out (input bytes plus its mutation recipe) and becomes a
test in tests/test_fuzz_regressions.py. Exit status 1 if anything was found.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fuzz.targets import (  # noqa: E402
    HANG_SECONDS,
    Finding,
    check_verifier,
    check_workbook,
    mutate,
    workbook_seeds,
)
from hostile.bundles import national_bundle  # noqa: E402
from hostile.corpus import build_corpus  # noqa: E402
from hostile.setup import make_receiver, sample_plan  # noqa: E402


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--target", choices=("verify", "workbook", "both"), default="both")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "ascn-fuzz-findings")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="ascn-fuzz-"))
    receiver = make_receiver(work)
    ctx = receiver.ctx
    bundle_seeds = [receiver.base, national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": receiver.base}, ctx.national)]
    # A few hostile cases as extra starting points: they sit right at the edges of the checks.
    bundle_seeds += [case.data for case in build_corpus(ctx, receiver.base)[::9] if len(case.data) < 2_000_000]
    from ascn_desktop.core.reference import load_reference

    reference = load_reference(receiver.store)
    plan = sample_plan()
    sheet_seeds = workbook_seeds(plan, reference)
    signal.signal(signal.SIGALRM, _alarm)
    counts: collections.Counter[str] = collections.Counter()
    outcomes: dict[str, collections.Counter[str]] = {"verify": collections.Counter(), "workbook": collections.Counter()}
    findings = 0
    targets = ["verify", "workbook"] if args.target == "both" else [args.target]
    deadline = time.monotonic() + args.seconds
    print(f"fuzzing {', '.join(targets)} for {args.seconds:.0f} s with seed {seed} "
          f"({len(bundle_seeds)} bundle seeds, {len(sheet_seeds)} workbook seeds)", flush=True)
    while time.monotonic() < deadline:
        target = targets[counts.total() % len(targets)]
        seeds = bundle_seeds if target == "verify" else sheet_seeds
        fuzz = mutate(rng, rng.choice(seeds), seeds, ctx.signer if target == "verify" else None)
        counts[target] += 1
        signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
        try:
            if target == "verify":
                outcome = check_verifier(fuzz.data, receiver.store)
            else:
                outcome = check_workbook(fuzz.data, work, reference, plan)
            outcomes[target][outcome] += 1
        except (Finding, Hang) as problem:
            findings += 1
            what = f"hang (over {HANG_SECONDS} s)" if isinstance(problem, Hang) else str(problem)
            digest = hashlib.sha256(fuzz.data).hexdigest()[:16]
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{target}-{digest}.bin").write_bytes(fuzz.data)
            (args.out / f"{target}-{digest}.txt").write_text(
                f"{what}\nseed {seed}\nrecipe: {' | '.join(fuzz.recipe)}\n", encoding="utf-8")
            print(f"FINDING [{target}] {what[:300]}\n  recipe: {' | '.join(fuzz.recipe)[:300]}", flush=True)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    receiver.store.close()
    total = counts.total()
    print(f"fuzz: {total} executions in {args.seconds:.0f} s (seed {seed}): "
          + ", ".join(f"{name} {counts[name]}" for name in targets) + f"; {findings} findings")
    for name in targets:
        common = ", ".join(f"{code} {n}" for code, n in outcomes[name].most_common(12))
        print(f"  {name}: {common}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
