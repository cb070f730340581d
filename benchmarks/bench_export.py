"""Export of a 1,000-project plan (5 milestones, 3 indicators each) to a signed bundle, beside its floor.

(300 projects with `--quick`.)

Product: `export_bundle` (key unlock, load and readiness check, plan.json,
Excel, PDF, signing, writing the zip), exported as a draft on purpose (the
synthetic plan is not marked final). Its time split is reported as the export
reports it (ExportResult.cpu_timings and .timings).

Floor (benchmarks/export_floor.py): the same content written minimally, in the
same process, alternating with the product: the plan's rows read with plain
sqlite3, the same identity found and its key unlocked, plan.json's canonical
bytes, an openpyxl write-only workbook with one row per project, milestone,
indicator and funding source, a reportlab canvas drawing every text line once,
the Ed25519 signature and the zip. It is given the plan.json document (it
writes it, it does not build it).

The key unlock is in both, the same work: signing with a stored,
passphrase-protected key needs its scrypt derivation, so the floor unlocks the
same key file of the same identity with the same passphrase and parameters
(the same `require_identity` and `unlock` calls). It is also timed alone and
printed.

Warm and cold: one untimed round of each runs first, so that the timed rounds
(medians of 5, or 3 with `--quick`) compare the work of an export, not which
of the two happened to import openpyxl and reportlab and read the fonts first.
The first export in a fresh process is measured too, against the floor in a
fresh process (the "cold" row, benchmarks/bench_export_child.py): each child
opens the store, then times everything it does from before it imports its
export module (the product) or its floor module's openpyxl, reportlab and key
unlock (the floor). The children read compiled bytecode from one cache, as an
installed app does; one untimed pair writes it first. Each child also reads its
own peak memory (VmHWM), printed beside the floor child's: the benchmark's own
process has built the store and run every round (in `make bench`, every
benchmark before it too), so its peak says nothing about an export.

Memory (full runs only; `python -m benchmarks.bench_export --memory` alone):
the peak resident memory (VmHWM) of a fresh process exporting a plan of
1,000, 2,500 and 5,000 projects, read by that process itself. Target: under
250 MiB at 5,000 projects, growing linearly.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.harness import QUICK, Floor, Result, Sample, in_process, interleaved, peak_memory_mib, runs, timed
from benchmarks.export_floor import PASS, canonical, floor_export
from benchmarks.synthetic import generate

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.bundles.plan_document import plan_to_document
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.signing.identity import create_identity, require_identity, unlock
from ascn_desktop.core.startup import open_profile_store


def run() -> list[Result]:
    projects = 300 if QUICK else 1000  # over 200 projects plan.pdf takes its compact layout, as at 1,000
    with tempfile.TemporaryDirectory() as home:
        profile = resolve_profile(Path(home) / "profile")
        store = open_profile_store(profile)
        try:
            (plan_id,) = generate(store, cities=1, projects=projects, milestones=5, indicators=3)
            create_identity(store, name="Bench Officer", role="csco", country="BRN", city="Bandar Seri Begawan",
                            passphrase=PASS)
            reference = load_reference(store)
            document = plan_to_document(get_plan(store, plan_id), reference)
            identity = require_identity(store)
            database = profile.db_path
            assert database is not None
            (Path(home) / "document.json").write_bytes(canonical(document))  # the cold floor's, given as in-process
            out = Path(home) / "out"
            out.mkdir()
            results: list[Any] = []

            def product() -> Sample:
                return in_process(lambda: results.append(export_bundle(store, plan_id, out, passphrase=PASS,
                                                                       as_draft=True)))

            def floor() -> Sample:
                return in_process(lambda: floor_export(document, store, database, plan_id, out))

            # One untimed round of each first: the first export in a process also imports openpyxl and
            # reportlab and reads the fonts, which the floor run after it would then get for free. The
            # first export in a fresh process, against the floor in a fresh process, is the "cold" row.
            product()
            floor()
            results.clear()
            medians = interleaved({"export": product, "floor": floor}, repeat=runs(5, 3))
            scrypt = interleaved({"unlock": lambda: in_process(lambda: unlock(identity, PASS))}, repeat=runs(3, 1))
        finally:
            store.close()
        cold, peaks = _cold_pair(Path(home), plan_id, repeat=runs(3, 1))
    parts = ("unlock", "load", "json", "excel", "pdf", "signing", "write")
    cpu = {part: statistics.median(r.cpu_timings.get(part, 0.0) for r in results) for part in parts}
    wall = {part: statistics.median(r.timings.get(part, 0.0) for r in results) for part in parts}
    size = results[-1].size
    what = f"signed export, {projects:,} projects"
    floor_what = ("sqlite3 read of the plan's rows; the same key unlocked; openpyxl + reportlab, same content, "
                  "minimally; sign; zip")
    rows = [timed("export", what, medians["export"], floor_what, medians["floor"], target="<= 1.2x")]
    rows += [Result("export", f"  step: {part}", wall[part] * 1000, "ms", cpu=cpu[part] * 1000) for part in parts]
    rows.append(Result("export", "  key unlock alone (scrypt, the same in both)", scrypt["unlock"].wall * 1000, "ms",
                       cpu=scrypt["unlock"].cpu * 1000))
    rows.append(timed("export", f"first export in a fresh process (cold), {projects:,} projects", cold["export"],
                      "the floor in a fresh process (imports and fonts included in both)", cold["floor"]))
    rows.append(Result("export", "  bundle size", size / 1024 / 1024, "MiB"))
    rows.append(Result("export", f"  peak memory of the fresh process exporting {projects:,} projects (its own VmHWM)",
                       peaks["export"], "MiB", floor=Floor("the floor's fresh process (its own VmHWM)", peaks["floor"])))
    if not QUICK:
        rows += memory_rows()
    return rows


def _cold_pair(home: Path, plan_id: int, *, repeat: int) -> tuple[dict[str, Sample], dict[str, float]]:
    """The export and the floor each in a fresh process (bench_export_child.py), alternating, after one
    untimed pair that writes the compiled bytecode both then read; with the highest peak memory each
    child read of itself over the timed rounds."""
    peaks: dict[str, list[float]] = {"export": [], "floor": []}
    with tempfile.TemporaryDirectory() as cache:
        env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def child(which: str) -> Sample:
            output = subprocess.run([sys.executable, "-m", "benchmarks.bench_export_child", which, str(home),
                                     str(plan_id)], check=True, capture_output=True, text=True, cwd=_ROOT,
                                    env=env).stdout
            figures = json.loads(output)
            peaks[which].append(figures["peak_mb"])
            return Sample(figures["wall"], figures["cpu"])

        child("export")
        child("floor")
        peaks["export"].clear()
        peaks["floor"].clear()
        medians = interleaved({"export": lambda: child("export"), "floor": lambda: child("floor")}, repeat=repeat)
        return medians, {which: max(values) for which, values in peaks.items()}


_ROOT = Path(__file__).resolve().parents[1]


MEMORY_SIZES = (1000, 2500, 5000)


def memory_rows() -> list[Result]:
    """Peak memory of a fresh process exporting plans of each size (its own VmHWM)."""
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for projects in MEMORY_SIZES:
            home = Path(work) / f"home-{projects}"
            store = open_profile_store(resolve_profile(home / "profile"))
            try:
                generate(store, cities=1, projects=projects, milestones=5, indicators=3)
                create_identity(store, name="Bench Officer", role="csco", country="BRN",
                                city="Bandar Seri Begawan", passphrase=PASS)
            finally:
                store.close()
            output = subprocess.run([sys.executable, "-m", "benchmarks.bench_export", "--export-child", str(home)],
                                    check=True, capture_output=True, text=True, cwd=_ROOT).stdout
            figures = json.loads(output)
            rows.append(Result("export", f"  peak memory exporting {projects:,} projects (fresh process, VmHWM; "
                                         f"{figures['cpu']:.1f} s CPU)", figures["peak_mb"], "MiB",
                               "< 250 at 5,000, linear" if projects == 5000 else ""))
    return rows


def _export_child(home: Path) -> dict[str, float]:
    import time

    from ascn_desktop.core.plans import list_plans

    store = open_profile_store(resolve_profile(home / "profile"))
    try:
        out = home / "out"
        out.mkdir(exist_ok=True)
        cpu = time.process_time()
        export_bundle(store, list_plans(store)[0].id, out, passphrase=PASS, as_draft=True)
        cpu = time.process_time() - cpu
    finally:
        store.close()
    return {"peak_mb": peak_memory_mib(), "cpu": cpu}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--export-child":
        print(json.dumps(_export_child(Path(sys.argv[2]))))
    elif sys.argv[1:] == ["--memory"]:
        for row in memory_rows():
            print(row)
    else:
        for row in run():
            print(row)
