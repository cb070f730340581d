"""Verify and import 300 signed city bundles of 50 projects each (5 milestones, 3 indicators per project).

Building 300 real exports would spend minutes rendering 300 PDFs and
workbooks that the verifier only hashes. So the bundles are built with the
format module (core/bundles/bundle_format.py) exactly as `export_bundle` builds them:
each has its own plan.json (a different synthetic plan, its own plan UUID),
while plan.xlsx and plan.pdf are the real Excel and PDF rendered ONCE from the
first plan and reused (their hashes are still in each signed manifest). Signing
uses one in-memory Ed25519 key per city (only a city's own officer may sign
its plan), each trusted in the receiving store.

The measured part runs in a fresh child process (`--child`), its peak memory
read by the child itself (harness.peak_memory_mib): verify + import of every
bundle in a folder through `import_bundles`. Its floor (`--floor`, another
child, run alternately with it) does only what no import can skip: unzip,
SHA-256 of every member, the Ed25519 check, parsing plan.json, and writing
the same rows with `executemany` (every row the importer writes: plan, projects, funding,
milestones, progress notes, indicators, indicator values).

    python -m benchmarks.bench_import            # prints the table rows
"""

from __future__ import annotations

import io
import json
import shutil
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

from benchmarks.harness import (  # noqa: E402
    QUICK, Floor, Result, Sample, interleaved, peak_memory_mib, runs, shared, timed)

BUNDLES = 300
PROJECTS = 50


def build_bundles(folder: Path, home: Path, *, count: int = BUNDLES, projects: int = PROJECTS) -> None:
    """Write `count` signed bundles into `folder`; trust their signers in the profile at `home`."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ascn_desktop.core.bundles import bundle_format as fmt
    from ascn_desktop.core.bundles.bundle_export import render_pdf, render_workbook
    from ascn_desktop.core.canonical_json import canonical_bytes
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


def shared_bundles(count: int, projects: int = PROJECTS) -> tuple[Path, Path]:
    """`count` bundles (a folder) and the profile trusting their signers, built once per run of run.py for
    this benchmark and bench_postgres (a tenth of a quick run's import figures was building them twice).
    Read-only: whoever imports them copies the profile first."""
    place = shared(f"bundles-{count}x{projects}",
                   lambda into: build_bundles(into / "bundles", into / "home", count=count, projects=projects))
    return place / "bundles", place / "home"


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
    return {"seconds": seconds, "cpu_seconds": cpu, "bundles": imported, "peak_mb": peak_memory_mib()}


def _rows(items: list[dict[str, object]], parent: int) -> list[tuple[object, ...]]:
    # One row per item: its scalar fields as they are, lists and objects as their JSON text.
    return [(parent, *(json.dumps(value) if isinstance(value, (list, dict)) else value for value in item.values()))
            for item in items]


FLOOR_TABLES = {"plans": 32, "projects": 32, "funding": 8, "milestones": 10, "notes": 6, "indicators": 10,
                "indicator_values": 8}  # columns: at least as many as plan.json's objects have fields


def floor_child(folder: Path, database_path: Path) -> dict[str, float]:
    """The least an import must do: unzip, SHA-256 every member, check the Ed25519 signature,
    parse plan.json, and write the same rows with executemany (the plan, its projects, funding,
    milestones, progress notes, indicators and indicator values, each a row in its own table),
    20 bundles a transaction."""
    import base64
    import hashlib
    import sqlite3
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    database = sqlite3.connect(database_path)
    for table, width in FLOOR_TABLES.items():
        database.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, "
                         + ", ".join(f"c{n}" for n in range(width)) + ")")
    insert = {table: f"INSERT INTO {table} ({', '.join(f'c{n}' for n in range(width))}) VALUES "
              f"({', '.join('?' * width)})" for table, width in FLOOR_TABLES.items()}

    def write(table: str, rows: list[tuple[object, ...]]) -> None:
        width = FLOOR_TABLES[table]
        database.executemany(insert[table], [(row + (None,) * width)[:width] for row in rows])

    start, cpu_start = time.perf_counter(), time.process_time()
    files = sorted(folder.glob("*.ascn"))
    for n, path in enumerate(files):
        with zipfile.ZipFile(path) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        manifest_data = members.pop("manifest.json")
        signature = members.pop("manifest.sig")
        manifest = json.loads(manifest_data)
        for entry in manifest["members"]:
            if hashlib.sha256(members[entry["name"]]).hexdigest() != entry["sha256"]:
                raise SystemExit(f"{path.name}: hash mismatch")
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["signer"]["public_key"]))
        key.verify(signature, manifest_data)
        plan = json.loads(members["plan.json"])
        projects = plan.pop("projects")
        write("plans", _rows([plan], n))
        children: dict[str, list[tuple[object, ...]]] = {table: [] for table in FLOOR_TABLES}
        indicator_number = 0
        for number, project in enumerate(projects):
            for table, key_name in (("funding", "funding"), ("milestones", "milestones"), ("notes", "progress_notes")):
                children[table].extend(_rows(project.pop(key_name), number))
            indicators = project.pop("indicators")
            for indicator in indicators:
                children["indicator_values"].extend(_rows(indicator.pop("values"), indicator_number))
                indicator_number += 1
            children["indicators"].extend(_rows(indicators, number))
        write("projects", _rows(projects, n))
        for table in ("funding", "milestones", "notes", "indicators", "indicator_values"):
            write(table, children[table])
        if n % 20 == 19:
            database.commit()
    database.commit()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    database.close()
    return {"seconds": seconds, "cpu_seconds": cpu, "bundles": len(files), "peak_mb": peak_memory_mib()}


def run() -> list[Result]:
    count = 60 if QUICK else BUNDLES
    folder, home = shared_bundles(count)
    with tempfile.TemporaryDirectory() as work:
        size_mb = sum(path.stat().st_size for path in folder.iterdir()) / (1024 * 1024)

        def importer() -> Sample:
            fresh = Path(work) / "run-home"
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.copytree(home, fresh)  # the trusted keys, an empty store: every run imports everything
            figures.append(_child("--child", str(folder), str(fresh)))
            return Sample(figures[-1]["seconds"], figures[-1]["cpu_seconds"])

        def floor() -> Sample:
            (Path(work) / "floor.sqlite").unlink(missing_ok=True)
            floor_figures.append(_child("--floor", str(folder), str(Path(work) / "floor.sqlite")))
            return Sample(floor_figures[-1]["seconds"], floor_figures[-1]["cpu_seconds"])

        figures: list[dict[str, float]] = []
        floor_figures: list[dict[str, float]] = []
        medians = interleaved({"import": importer, "floor": floor}, repeat=runs(3, 1))
    product, least = medians["import"], medians["floor"]
    per_cpu = count / product.cpu
    floor_text = "unzip + SHA-256 + Ed25519 + json + executemany, same rows"
    return [
        timed("import", f"verify + import {count} bundles x {PROJECTS} projects ({size_mb:.0f} MiB)", product,
              floor_text, least, target="<= 1.5x", scale=1.0, unit="s"),
        Result("import", f"  bundles per CPU second of the importer (floor: {count / least.cpu:.0f})", per_cpu,
               "bundles/s", ">= 150"),
        Result("import", "  peak memory of the importing process (its own VmHWM)",
               max(f["peak_mb"] for f in figures), "MiB", "flat in bundles",
               floor=Floor("peak memory of the floor", max(f["peak_mb"] for f in floor_figures))),
    ]


def _child(*argv: str) -> dict[str, float]:
    output = subprocess.run([sys.executable, "-m", "benchmarks.bench_import", *argv], check=True,
                            capture_output=True, text=True, cwd=ROOT).stdout
    return dict(json.loads(output))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]))))
    elif len(sys.argv) == 4 and sys.argv[1] == "--floor":
        print(json.dumps(floor_child(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        for row in run():
            print(row)
