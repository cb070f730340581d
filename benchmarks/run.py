"""`make bench`: run every benchmarks/bench_*.py and print one table.

    python benchmarks/run.py [--quick] [--only NAME ...]

Each timed row shows the product beside its floor, both in CPU time and wall
time, measured in the same run (see benchmarks/harness.py); the ratio is taken
on CPU time. `--quick` (`make bench-quick`, or `make bench QUICK=1`) runs fewer
rounds on smaller inputs: under two minutes on a quiet 2-core machine, for a
first look, not for docs/performance.md. Inputs that several benchmarks use are
built once per run (harness.shared). Each benchmark's wall and CPU time (this
process and its children) is printed as it ends, and the totals at the end.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def machine() -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"load average {load:.1f} at the start")


def cpu_seconds() -> float:
    """CPU (user + system) of this process and of the children it has waited for: the benchmarks run
    most of their work in child processes (the importer, the app's start-up, the cold export)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.1f}"


def table(results: list[object]) -> str:
    from benchmarks.harness import Result

    rows = [["group", "what", "CPU", "wall", "unit", "floor", "floor CPU", "floor wall", "ratio (CPU)", "target"]]
    for r in results:
        assert isinstance(r, Result)
        ratio = r.ratio
        rows.append([r.group, r.what, _number(r.cpu), _number(r.value), r.unit,
                     r.floor.what if r.floor else "", _number(r.floor.cpu) if r.floor else "",
                     _number(r.floor.value) if r.floor else "", f"{ratio:.2f}x" if ratio else "", r.target])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="run only these bench modules (e.g. startup export)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds on smaller inputs (under two minutes)")
    args = parser.parse_args()
    if args.quick:
        os.environ["ASCN_BENCH_QUICK"] = "1"  # read by benchmarks.harness and the children it starts
    # The children read and write bytecode as an installed app's Python does: under a shell that sets
    # PYTHONDONTWRITEBYTECODE, every child (the importer, each start-up, the fresh-process export, and
    # their floors) compiled the app's sources again. bench_startup gives its children a cache of their own.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    # A benchmark is a bench_*.py module with a run(); others (bench_export_child.py) are its helpers.
    names = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py") if "\ndef run(" in p.read_text())
    if args.only:
        names = [n for n in names if n.removeprefix("bench_") in args.only or n in args.only]
    print(f"Machine: {machine()}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="ascn-bench-") as inputs:
        os.environ["ASCN_BENCH_SHARED"] = inputs  # inputs built once for several benchmarks (harness.shared)
        return run_all(names)


def run_all(names: list[str]) -> int:
    results: list[object] = []
    failed: list[str] = []
    began, began_cpu = time.perf_counter(), cpu_seconds()
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        start, start_cpu = time.perf_counter(), cpu_seconds()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            results.extend(module.run())
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
        print(f"  {name}: {time.perf_counter() - start:,.0f} s wall, {cpu_seconds() - start_cpu:,.0f} s CPU",
              file=sys.stderr, flush=True)
    print(f"\nMachine: {machine().replace('at the start', 'at the end')}; "
          f"{time.perf_counter() - began:,.0f} s wall, {cpu_seconds() - began_cpu:,.0f} s CPU in all "
          "(this process and its children)\n")
    print(table(results))
    if failed:
        print(f"\nFailed (traceback above): {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
