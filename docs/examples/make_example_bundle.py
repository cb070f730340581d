"""Regenerate the worked example of docs/bundle-format.md (byte-stable).

    .venv/bin/python docs/examples/make_example_bundle.py

(tests/test_bundle_export_spec.py regenerates it into a temporary folder and
checks that the committed files are still exactly what the code writes.)

Writes into docs/examples/: the bundle VNM-Da-Nang-2018-2025-r1.ascn, its
manifest.json and plan.json (for reading), the signer's identity card, and
prints the values quoted in the spec. The key is derived from a published
seed: it is an example key, and nobody should ever trust it. plan.xlsx and
plan.pdf are tiny stand-ins so that the example's hashes do not change when
the workbook or report layout changes; real bundles carry the real files.
"""

from __future__ import annotations

import hashlib
import io
import sys
import tempfile
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from ascn_desktop.core.bundles import bundle_format as fmt  # noqa: E402
from ascn_desktop.core.canonical_json import canonical_bytes  # noqa: E402
from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_to_b64  # noqa: E402
from ascn_desktop.core.signing.identity import IdentityCard  # noqa: E402
from ascn_desktop.core.model import (  # noqa: E402
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.bundles.plan_document import plan_to_document  # noqa: E402
from ascn_desktop.core.profile import resolve_profile  # noqa: E402
from ascn_desktop.core.reference import load_reference  # noqa: E402
from ascn_desktop.core.startup import open_profile_store  # noqa: E402

OUT = Path(__file__).resolve().parent
SEED = hashlib.sha256(b"ASCN Desktop worked example key; public, never trust it").digest()
MOMENT = datetime(2026, 11, 26, 3, 0, 0, tzinfo=UTC)
XLSX_STAND_IN = b"(example stand-in for plan.xlsx)\n"
PDF_STAND_IN = b"(example stand-in for plan.pdf)\n"


def example_plan() -> Plan:
    return Plan(
        uuid="0b7e4c1a-5d2f-4e8a-9c3b-2f6d8e1a7b90", city="VNM-DA-NANG", cycle="2018-2025",
        title="Kế hoạch hành động thành phố thông minh Đà Nẵng", vision="Đà Nẵng — a liveable smart city",
        blueprint="Đề án xây dựng thành phố thông minh 2018–2025", focus_areas=["BI", "QE"], outcomes=["SE"],
        status="final", revision=1, created_at=MOMENT, updated_at=MOMENT, updated_by="Nguyễn Thị Lan",
        projects=[Project(
            id="5a1c2e3f-4b5d-4e6f-8a7b-9c0d1e2f3a4b", code="DN-01", title="Chiếu sáng đô thị thông minh",
            description="Smart street lighting", focus_area="BI", outcomes=["SE"], sdgs=[7, 11],
            start_year=2019, end_year=2024, status="in_progress", lead_agency="Sở Xây dựng",
            budget=Decimal("250000000000.00"), currency="VND", budget_usd=Decimal("10000000.00"),
            funding=[FundingSource(id="6b2d3f4a-5c6e-4f7a-8b9c-0d1e2f3a4b5c", type="municipal",
                                   name="Ngân sách thành phố", amount=Decimal("250000000000.00"))],
            milestones=[Milestone(id="7c3e4a5b-6d7f-4a8b-9c0d-1e2f3a4b5c6d", title="Pilot district lit",
                                  due_year=2020, due_quarter=4, status="done", percent=100)],
            indicators=[Indicator(id="8d4f5b6c-7e8a-4b9c-8d0e-1f2a3b4c5d6e", name="Street lights on the network",
                                  unit="%", baseline_year=2018, baseline_value=Decimal("0"),
                                  values=[IndicatorValue(year=2024, target=Decimal("80"), actual=Decimal("62.5"))])],
            progress_notes=[ProgressNote(id="9e5a6c7d-8f9b-4c0d-9e1f-2a3b4c5d6e7f", year=2024,
                                         text="62,5 % of street lights connected.")],
        )],
    )


def main(out: Path = OUT) -> None:
    private_key = Ed25519PrivateKey.from_private_bytes(SEED)
    public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    card = IdentityCard(name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG",
                        public_key=public_key_to_b64(public), fingerprint=fingerprint_of(public), created_at=MOMENT)
    with tempfile.TemporaryDirectory() as home:
        store = open_profile_store(resolve_profile(home))
        reference = load_reference(store)
        store.close()
    plan_json = canonical_bytes(plan_to_document(example_plan(), reference))
    members = {fmt.PLAN_JSON: plan_json, fmt.PLAN_XLSX: XLSX_STAND_IN, fmt.PLAN_PDF: PDF_STAND_IN}
    manifest = fmt.build_manifest(
        bundle_uuid="3f9a8b7c-6d5e-4f3a-9b2c-1d0e9f8a7b6c", plan_uuid=example_plan().uuid, city="VNM-DA-NANG",
        country="VNM", cycle="2018-2025", revision=1, created_at=MOMENT, app_version="0.1.0",
        signer_card=card.as_json(), members=[fmt.member_entry(n, members[n]) for n in fmt.SIGNED_MEMBERS])
    manifest_data = fmt.manifest_bytes(manifest)
    signature = private_key.sign(manifest_data)
    buffer = io.BytesIO()
    fmt.write_bundle_zip(buffer, manifest=manifest_data, signature=signature, members=members, created_at=MOMENT)
    name = fmt.bundle_file_name(country="VNM", city_name_en="Da Nang", cycle="2018-2025", revision=1)
    (out / name).write_bytes(buffer.getvalue())
    (out / "example-manifest.json").write_bytes(manifest_data)
    (out / "example-plan.json").write_bytes(plan_json)
    (out / "example-identity-card.json").write_bytes(card.to_bytes())
    print("bundle:", name, len(buffer.getvalue()), "bytes, sha256", hashlib.sha256(buffer.getvalue()).hexdigest())
    print("public key (base64):", card.public_key)
    print("SHA-256(public key):", hashlib.sha256(public).hexdigest())
    print("fingerprint:", card.fingerprint)
    for entry in manifest["members"]:
        print("member:", entry)
    print("manifest bytes:", len(manifest_data), "sha256", hashlib.sha256(manifest_data).hexdigest())
    print("signature (hex):", signature.hex())


if __name__ == "__main__":
    main()
