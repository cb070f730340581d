"""Verify and import 300 signed city bundles of 50 projects each (5 milestones, 3 indicators per project).

Building 300 real exports would spend minutes rendering 300 PDFs and
workbooks that the verifier only hashes. So the bundles are built with the
format module (core/bundles/bundle_format.py) exactly as `export_bundle` builds them:
each has its own plan.json (a different synthetic plan, its own plan UUID),
while plan.xlsx and plan.pdf are the real Excel and PDF rendered ONCE from the
first plan and reused (their hashes are still in each signed manifest). Signing
uses one in-memory Ed25519 key per city (only a city's own officer may sign
its plan), each trusted in the receiving store.

The measured part runs in a fresh child process (`--child`) so that its peak
memory (ru_maxrss) is the importer's alone: verify + import of every bundle
in a folder through `import_bundles`, one transaction per bundle.

    python -m benchmarks.bench_import            # prints the table rows
"""

from __future__ import annotations

import io
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.harness import Result  # noqa: E402

BUNDLES = 300
PROJECTS = 50


def build_bundles(folder: Path, home: Path, *, count: int = BUNDLES, projects: int = PROJECTS) -> None:
    """Write `count` signed bundles into `folder`; trust their signers in the profile at `home`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ascn_desktop.core.bundles import bundle_format as fmt
    from ascn_desktop.core.bundles.bundle_export import render_pdf, render_workbook
    from ascn_desktop.core.bundles.canonical_json import canonical_bytes
    from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_to_b64
    from ascn_desktop.core.bundles.plan_document import plan_to_document
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.reference import load_reference
    from ascn_desktop.core.startup import open_profile_store
    from ascn_desktop.store.models import TrustedKey
    from benchmarks.synthetic import synthetic_plan

    store = open_profile_store(resolve_profile(home))
    reference = load_reference(store)
    moment = datetime(2026, 6, 1, 8, 0, 0, tzinfo=UTC)
    cities = list(reference.cities.values())
    # One trusted officer per city: a city plan signed by another city's key is refused
    # (docs/bundle-format.md §5 step 7), so each bundle is signed by its own city's key.
    signers: dict[str, tuple[Ed25519PrivateKey, dict[str, object]]] = {}
    with store.transaction() as session:
        for city in cities:
            key = Ed25519PrivateKey.generate()
            raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            card: dict[str, object] = {
                "kind": "ascn-identity-card", "format_version": 1, "name": f"Officer of {city.name}",
                "role": "csco", "country": city.country, "city": city.code, "public_key": public_key_to_b64(raw),
                "fingerprint": fingerprint_of(raw), "created_at": "2026-01-01T00:00:00Z"}
            session.add(TrustedKey(fingerprint=card["fingerprint"], name=card["name"], role="csco",
                                   country=city.country, city=city.code, public_key=card["public_key"],
                                   card_json=json.dumps(card, ensure_ascii=False), added_at=moment))
            signers[city.code] = (key, card)
    first = replace(synthetic_plan(cities[0], projects, seed=0), revision=1, status="final",
                    created_at=moment, updated_at=moment)
    xlsx = render_workbook(first, reference)
    first_card = signers[cities[0].code][1]
    pdf = render_pdf(first, reference, signer_name=str(first_card["name"]),
                     signer_fingerprint=str(first_card["fingerprint"]),
                     generated_at=moment)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        city = cities[n % len(cities)]
        key, card = signers[city.code]
        plan = replace(synthetic_plan(city, projects, seed=n), revision=1, status="final", created_at=moment,
                       updated_at=moment, uuid=str(uuid.uuid4()))
        members = {fmt.PLAN_JSON: canonical_bytes(plan_to_document(plan, reference)), fmt.PLAN_XLSX: xlsx,
                   fmt.PLAN_PDF: pdf}
        manifest = fmt.build_manifest(
            bundle_uuid=str(uuid.uuid4()), plan_uuid=plan.uuid, city=city.code, country=city.country,
            cycle=plan.cycle, revision=1, created_at=moment, app_version="bench", signer_card=card,
            members=[fmt.member_entry(name, members[name]) for name in fmt.SIGNED_MEMBERS])
        manifest_data = fmt.manifest_bytes(manifest)
        buffer = io.BytesIO()
        fmt.write_bundle_zip(buffer, manifest=manifest_data, signature=key.sign(manifest_data), members=members,
                             created_at=moment)
        (folder / f"{n:03d}-{city.code}.ascn").write_bytes(buffer.getvalue())
    store.close()


def child(folder: Path, home: Path) -> dict[str, float]:
    from ascn_desktop.core.bundles.bundle_import import import_bundles
    from ascn_desktop.core.profile import resolve_profile
    from ascn_desktop.core.startup import open_profile_store

    store = open_profile_store(resolve_profile(home))
    start, cpu_start = time.perf_counter(), time.process_time()
    outcomes = import_bundles(store, [folder])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    store.close()
    imported = sum(outcome.status == "imported" for outcome in outcomes)
    if imported != len(outcomes):
        raise SystemExit(f"only {imported} of {len(outcomes)} imported: {outcomes[0].message}")
    return {"seconds": seconds, "cpu_seconds": cpu, "bundles": imported,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as work:
        folder, home = Path(work) / "bundles", Path(work) / "home"
        started = time.perf_counter()
        build_bundles(folder, home)
        build_s = time.perf_counter() - started
        size_mb = sum(path.stat().st_size for path in folder.iterdir()) / (1024 * 1024)
        output = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", "--child", str(folder), str(home)],
                                check=True, capture_output=True, text=True, cwd=ROOT).stdout
        figures = json.loads(output)
    rate = figures["bundles"] / figures["seconds"]
    return [
        Result("import", f"verify + import {BUNDLES} bundles x {PROJECTS} projects ({size_mb:.0f} MiB)",
               rate, "bundles/s", ">= 60"),
        Result("import", "  same, total time", figures["seconds"], "s"),
        # The machine is shared: CPU seconds of the importer say what it costs when it gets a core.
        Result("import", "  same, per CPU second of the importing process", figures["bundles"]
               / max(figures["cpu_seconds"], 1e-9), "bundles/s"),
        Result("import", "  peak memory of the importing process", figures["peak_mb"], "MiB", "< 300"),
        Result("import", "  (building the bundles, not measured)", build_s, "s"),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        for row in run():
            print(row)
