"""Export of a 1,000-project plan (5 milestones, 3 indicators each) to a signed bundle, beside its floor.

(300 projects with `--quick`.)

Product: `export_bundle` (key unlock, load and readiness check, plan.json,
Excel, PDF, signing, writing the zip), exported as a draft on purpose (the
synthetic plan is not marked final). Its time split is reported as the export
reports it (ExportResult.cpu_timings and .timings).

Floor: the same content written minimally, in the same process, alternating
with the product: plan.json's canonical bytes, an openpyxl write-only workbook
with one row per project, milestone, indicator and funding source, a
reportlab canvas drawing every text line once, the Ed25519 signature and the
zip. It is given the plan as a document (it reads nothing from the store).

The key unlock is in both, the same work: signing with a stored,
passphrase-protected key needs its scrypt derivation, so the floor unlocks the
same key file of the same identity with the same passphrase and parameters
(the same `unlock` call). It is also timed alone and printed.

Warm and cold: one untimed round of each runs first, so that the timed rounds
(medians of 5, or 3 with `--quick`) compare the work of an export, not which
of the two happened to import openpyxl and reportlab and read the fonts first.
The first export in a fresh process is measured too, against the floor in a
fresh process, each child timing itself from before its imports (the "cold"
row; the store is open and, for the floor, the document made before).

Memory (full runs only; `python -m benchmarks.bench_export --memory` alone):
the peak resident memory (VmHWM) of a fresh process exporting a plan of
1,000, 2,500 and 5,000 projects, read by that process itself. Target: under
250 MiB at 5,000 projects, growing linearly.
"""

from __future__ import annotations

import hashlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from benchmarks.harness import QUICK, Result, Sample, in_process, interleaved, peak_memory_mib, runs, timed
from benchmarks.bench_plan_pdf import floor_pdf
from benchmarks.synthetic import generate

from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.bundles.plan_document import plan_to_document
from ascn_desktop.core.plans import get_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.signing.identity import create_identity, require_identity, unlock
from ascn_desktop.core.startup import open_profile_store

PASS = "benchmark passphrase, quite long 4711"


def _floor_export(document: dict[str, Any], unlock: Any, out: Path) -> None:
    from openpyxl import Workbook

    from ascn_desktop.core.reports.fonts import register_fonts

    plan_json = canonical_bytes(document)
    workbook = Workbook(write_only=True)
    sheets = {name: workbook.create_sheet(name) for name in ("projects", "milestones", "indicators", "funding")}
    lines: list[str] = [str(document.get("title", "")), str(document.get("vision", ""))]
    for project in document["projects"]:
        scalars = [value for value in project.values() if not isinstance(value, (list, dict))]
        sheets["projects"].append(scalars)
        lines.extend(str(value) for value in scalars if isinstance(value, str) and value)
        for kind in ("milestones", "indicators", "funding"):
            for item in project.get(kind, []):
                row = [value for value in item.values() if not isinstance(value, (list, dict))]
                sheets[kind].append(row)
                lines.append(" ".join(str(value) for value in row))
    book = io.BytesIO()
    workbook.save(book)
    register_fonts()
    pdf = floor_pdf([line[:120] for line in lines])
    members = {"plan.json": plan_json, "plan.xlsx": book.getvalue(), "plan.pdf": pdf}
    manifest = canonical_bytes({name: hashlib.sha256(data).hexdigest() for name, data in members.items()})
    signature = unlock().sign(manifest)
    with zipfile.ZipFile(out / "floor.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {"manifest.json": manifest, "manifest.sig": signature, **members}.items():
            archive.writestr(name, data)


def run() -> list[Result]:
    projects = 300 if QUICK else 1000  # over 200 projects plan.pdf takes its compact layout, as at 1,000
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(Path(home) / "profile"))
        try:
            (plan_id,) = generate(store, cities=1, projects=projects, milestones=5, indicators=3)
            create_identity(store, name="Bench Officer", role="csco", country="BRN", city="Bandar Seri Begawan",
                            passphrase=PASS)
            reference = load_reference(store)
            document = plan_to_document(get_plan(store, plan_id), reference)
            identity = require_identity(store)
            out = Path(home) / "out"
            out.mkdir()
            results: list[Any] = []

            def product() -> Sample:
                return in_process(lambda: results.append(export_bundle(store, plan_id, out, passphrase=PASS,
                                                                       as_draft=True)))

            def floor() -> Sample:
                return in_process(lambda: _floor_export(document, lambda: unlock(identity, PASS), out))

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
        cold = _cold_pair(Path(home), repeat=runs(3, 1))
    parts = ("unlock", "load", "json", "excel", "pdf", "signing", "write")
    cpu = {part: statistics.median(r.cpu_timings.get(part, 0.0) for r in results) for part in parts}
    wall = {part: statistics.median(r.timings.get(part, 0.0) for r in results) for part in parts}
    size = results[-1].size
    what = f"signed export, {projects:,} projects"
    floor_what = "openpyxl + reportlab, same content, minimally; the same key unlocked; sign; zip"
    rows = [timed("export", what, medians["export"], floor_what, medians["floor"], target="<= 1.2x")]
    rows += [Result("export", f"  step: {part}", wall[part] * 1000, "ms", cpu=cpu[part] * 1000) for part in parts]
    rows.append(Result("export", "  key unlock alone (scrypt, the same in both)", scrypt["unlock"].wall * 1000, "ms",
                       cpu=scrypt["unlock"].cpu * 1000))
    rows.append(timed("export", f"first export in a fresh process (cold), {projects:,} projects", cold["export"],
                      "the floor in a fresh process (imports and fonts included in both)", cold["floor"]))
    rows.append(Result("export", "  bundle size", size / 1024 / 1024, "MiB"))
    rows.append(Result("export", "  peak memory of this process so far", peak_memory_mib(), "MiB"))
    if not QUICK:
        rows += memory_rows()
    return rows


def _cold_pair(home: Path, *, repeat: int) -> dict[str, Sample]:
    """The export and the floor each in a fresh process, alternating; each child times itself from
    before it imports what it needs (the store is already open) to the end."""
    def child(which: str) -> Sample:
        output = subprocess.run([sys.executable, "-m", "benchmarks.bench_export", "--cold-child", which, str(home)],
                                check=True, capture_output=True, text=True, cwd=_ROOT).stdout
        figures = json.loads(output)
        return Sample(figures["wall"], figures["cpu"])

    return interleaved({"export": lambda: child("export"), "floor": lambda: child("floor")}, repeat=repeat)


def _cold_child(which: str, home: Path) -> dict[str, float]:
    import time

    from ascn_desktop.core.plans import list_plans

    store = open_profile_store(resolve_profile(home / "profile"))
    try:
        plan_id = list_plans(store)[0].id
        out = home / "out"
        out.mkdir(exist_ok=True)
        if which == "floor":
            document = plan_to_document(get_plan(store, plan_id), load_reference(store))  # as in-process: given
            identity = require_identity(store)
            wall, cpu = time.perf_counter(), time.process_time()
            _floor_export(document, lambda: unlock(identity, PASS), out)
        else:
            wall, cpu = time.perf_counter(), time.process_time()
            export_bundle(store, plan_id, out, passphrase=PASS, as_draft=True)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()
    return {"wall": wall, "cpu": cpu}


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
    elif len(sys.argv) == 4 and sys.argv[1] == "--cold-child":
        print(json.dumps(_cold_child(sys.argv[2], Path(sys.argv[3]))))
    elif sys.argv[1:] == ["--memory"]:
        for row in memory_rows():
            print(row)
    else:
        for row in run():
            print(row)
