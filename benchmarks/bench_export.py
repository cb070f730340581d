"""Export of a 1,000-project plan (5 milestones, 3 indicators each) to a signed bundle.

Time split as the export reports it (ExportResult.timings): load (the plan from
the store and the readiness check), unlock (scrypt N=2^17, slow on purpose),
plan.json (document, content hash, canonical bytes), Excel, PDF, signing
(manifest + Ed25519), writing the zip, and the total of export_bundle.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result
from benchmarks.synthetic import generate

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.signing.identity import create_identity
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store

PASS = "benchmark passphrase"
RUNS = 3


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(Path(home) / "profile"))
        try:
            (plan_id,) = generate(store, cities=1, projects=1000, milestones=5, indicators=3)
            create_identity(store, name="Bench Officer", role="csco", country="BRN", city="Bandar Seri Begawan",
                            passphrase=PASS)
            out = Path(home) / "out"
            out.mkdir()
            runs, cpu = [], []
            for _ in range(RUNS):
                before = time.process_time()  # CPU time does not depend on what else the machine runs
                runs.append(export_bundle(store, plan_id, out, as_draft=True, passphrase=PASS))
                cpu.append(time.process_time() - before)
        finally:
            store.close()
    parts = ("load", "unlock", "json", "excel", "pdf", "signing", "write", "total")
    median = {part: statistics.median(r.timings.get(part, 0.0) for r in runs) for part in parts}
    size = runs[-1].size
    results = [Result("export", f"1,000-project bundle: {part}", median[part] * 1000, "ms",
                      "< 3000 ms" if part == "total" else "") for part in parts]
    results.append(Result("export", "1,000-project bundle: total CPU time", statistics.median(cpu) * 1000, "ms",
                          "< 3000 ms"))
    results.append(Result("export", "bundle size", size / 1024 / 1024, "MiB"))
    return results
