"""One export, or its floor, in a fresh process: bench_export's "cold" rows.

    python -m benchmarks.bench_export_child export|floor HOME PLAN_ID

Prints {"wall": s, "cpu": s} of the timed part, and "peak_mb": the child's own peak memory (VmHWM). Before the clock starts: the store is opened, and
the floor is given its plan.json document (written by the parent as HOME/document.json). Nothing
else of the project is imported before it (the benchmarks' own modules would bring the plan model
and loading with them, work the export would then get for free). After it: everything an export does in a
process that has not exported yet, imports included: the product imports its export module (and
with it the key unlock, the plan load, and then openpyxl, reportlab, the report modules, the fonts),
the floor imports what it uses (benchmarks/export_floor.py: openpyxl, reportlab, the key unlock).

The parent runs each child with bytecode written to and read from one cache (PYTHONPYCACHEPREFIX,
without PYTHONDONTWRITEBYTECODE), as an installed app reads its own compiled modules: a shell that
sets PYTHONDONTWRITEBYTECODE would otherwise have the export compile some twenty of its modules from
source at every run, a cost no installed copy pays.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.export_floor import PASS

from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store


def main(which: str, home: Path, plan_id: int) -> dict[str, float]:
    profile = resolve_profile(home / "profile")
    store = open_profile_store(profile)
    try:
        out = home / "out"
        out.mkdir(exist_ok=True)
        document = json.loads((home / "document.json").read_bytes()) if which == "floor" else None
        wall, cpu = time.perf_counter(), time.process_time()
        if which == "floor":
            from benchmarks.export_floor import floor_export

            assert document is not None and profile.db_path is not None
            floor_export(document, store, profile.db_path, plan_id, out)
        else:
            from ascn_desktop.core.bundles.bundle_export import export_bundle

            export_bundle(store, plan_id, out, passphrase=PASS, as_draft=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()
    return {"wall": wall, "cpu": cpu, "peak_mb": _peak_mib()}


def _peak_mib() -> float:
    """This process's peak resident memory, VmHWM (as harness.peak_memory_mib, which is not imported here:
    the harness's modules would be imported before the clock)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]))))
