"""`make bench`: run every benchmarks/bench_*.py and print one table.

    python benchmarks/run.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.harness import Result  # noqa: E402


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="run only these bench modules (e.g. startup export)")
    args = parser.parse_args()
    names = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only or n in args.only]
    results: list[Result] = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        results.extend(module.run())
    print(f"\nMachine: {machine()}\n")
    width = max((len(r.what) for r in results), default=10)
    print(f"| {'group':<10} | {'what':<{width}} | {'value':>10} | unit | target |")
    print(f"|{'-' * 12}|{'-' * (width + 2)}|{'-' * 12}|------|--------|")
    for r in results:
        print(f"| {r.group:<10} | {r.what:<{width}} | {r.value:>10.1f} | {r.unit:<4} | {r.target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
