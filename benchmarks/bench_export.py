"""Export of a 1,000-project plan (5 milestones, 3 indicators each) to a signed bundle, beside its floor.

Product: `export_bundle` (load and readiness check, key unlock, plan.json,
Excel, PDF, signing, writing the zip), exported as a draft on purpose (the
synthetic plan is not marked final). Its time split is reported as the export
reports it (ExportResult.timings).

Floor: the same content written minimally, in the same process, alternating
with the product: plan.json's canonical bytes, an openpyxl write-only workbook
with one row per project, milestone, indicator and funding source, a
reportlab canvas drawing every text line once, the Ed25519 signature and the
zip. The key unlock (scrypt, slow on purpose) is in both.
"""

from __future__ import annotations

import hashlib
import io
import statistics
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
            out = Path(home) / "out"
            out.mkdir()
            results: list[Any] = []

            def product() -> Sample:
                return in_process(lambda: results.append(export_bundle(store, plan_id, out, passphrase=PASS,
                                                                       as_draft=True)))

            def floor() -> Sample:
                return in_process(lambda: _floor_export(document, lambda: unlock(require_identity(store), PASS), out))

            medians = interleaved({"export": product, "floor": floor}, repeat=runs(3, 1))
        finally:
            store.close()
    parts = ("load", "unlock", "json", "excel", "pdf", "signing", "write")
    split = {part: statistics.median(r.timings.get(part, 0.0) for r in results) for part in parts}
    size = results[-1].size
    what = f"signed export, {projects:,} projects"
    rows = [timed("export", what, medians["export"], "openpyxl + reportlab, same content, minimally; sign; zip",
                  medians["floor"], target="<= 1.2x")]
    rows += [Result("export", f"  {part} (wall)", split[part] * 1000, "ms") for part in parts]
    rows.append(Result("export", "  bundle size", size / 1024 / 1024, "MiB"))
    rows.append(Result("export", "  peak memory of this process so far", peak_memory_mib(), "MiB"))
    return rows
