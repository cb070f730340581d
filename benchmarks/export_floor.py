"""The signed export's floor (benchmarks/bench_export.py): the same content written minimally.

What an export cannot avoid, each done the least costly way:

- reading the plan's rows from the store: a plain sqlite3 ``SELECT`` of the plan row, its projects,
  their milestones, indicators, funding sources, progress notes and indicator values;
- finding the profile's identity and unlocking its key: the same ``require_identity`` and ``unlock``
  the export calls (scrypt is slow on purpose, and the same in both);
- plan.json: ``json.dumps`` with the canonical options (no walk looking for floats: the export does
  not walk either, its types guarantee there is none);
- plan.xlsx: an openpyxl write-only workbook with one row per project, milestone, indicator and
  funding source;
- plan.pdf: a reportlab canvas drawing every text line once in the one font it registers;
- the manifest of the members' SHA-256, its Ed25519 signature, the zip;
- with Python's cyclic garbage collector paused, as the export pauses it.

The document itself is given (built before timing): the floor writes it, it does not build it.

This module imports nothing at its top that the floor does not use, so that the fresh process
measuring it (bench_export_child.py) imports what the floor needs inside its timed part, as the
export's does.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.plan_rows import read_plan_rows

if TYPE_CHECKING:
    from ascn_desktop.store.engine import Store

PASS = "benchmark passphrase, quite long 4711"


def canonical(value: Any) -> bytes:
    """Canonical JSON bytes (docs/bundle-format.md), as the export encodes its own values."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def floor_export(document: dict[str, Any], store: Store, database: Path, plan_id: int, out: Path) -> None:
    """The floor of one signed export of plan `plan_id` (whose plan.json document is `document`), with
    the cyclic garbage collector paused as the export pauses it (otherwise the floor, run in the
    benchmark's large process, would pay collections walking objects it did not make)."""
    from ascn_desktop.core.collector import collector_paused

    with collector_paused():
        _write(document, store, database, plan_id, out)


def _write(document: dict[str, Any], store: Store, database: Path, plan_id: int, out: Path) -> None:
    from openpyxl import Workbook

    from ascn_desktop.core.signing.identity import require_identity, unlock

    read_plan_rows(database, plan_id)
    private_key = unlock(require_identity(store), PASS)
    plan_json = canonical(document)
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
    pdf = _floor_pdf([line[:120] for line in lines])
    members = {"plan.json": plan_json, "plan.xlsx": book.getvalue(), "plan.pdf": pdf}
    manifest = canonical({name: hashlib.sha256(data).hexdigest() for name, data in members.items()})
    signature = private_key.sign(manifest)
    with zipfile.ZipFile(out / "floor.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {"manifest.json": manifest, "manifest.sig": signature, **members}.items():
            archive.writestr(name, data)


def _floor_pdf(lines: list[str]) -> bytes:
    """The plan.pdf benchmark's floor (one drawString a line), with the one font it draws in registered."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ascn_desktop.core.resources import resource_path
    from benchmarks.pdf_floor import floor_pdf

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource_path("fonts", "DejaVuSans.ttf"))))
    return floor_pdf(lines)
