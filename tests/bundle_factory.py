"""Signed bundles for tests, made in memory in milliseconds.

Real exports (core/bundles/bundle_export.py) render Excel and PDF and unlock a
scrypt-protected key; verification and import tests need hundreds of bundles
and only care that the members are signed, so this builds them with the
format module (core/bundles/bundle_format.py) and an in-memory Ed25519 key. The
Excel and PDF members are small stand-in bytes: the verifier hashes them and
never parses them.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.demo import sample_plan
from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_to_b64
from ascn_desktop.core.model import Plan
from ascn_desktop.core.bundles.plan_document import plan_to_document
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import TrustedKey

SIGNED_AT = datetime(2026, 6, 1, 8, 0, 0, tzinfo=UTC)
XLSX_STAND_IN = b"PK\x03\x04 stand-in workbook " * 20
PDF_STAND_IN = b"%PDF-1.7 stand-in report\n" * 20


@dataclass(frozen=True)
class Signer:
    key: Ed25519PrivateKey
    card: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        return str(self.card["fingerprint"])


def make_signer(name: str = "Nguyễn Văn An", *, role: str = "csco", country: str = "VNM",
                city: str | None = "VNM-DA-NANG", seed: int | None = None,
                created_at: str = "2026-01-01T00:00:00Z") -> Signer:
    key = (Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32) if seed is not None
           else Ed25519PrivateKey.generate())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    card = {"kind": "ascn-identity-card", "format_version": 1, "name": name, "role": role, "country": country,
            "city": city, "public_key": public_key_to_b64(raw), "fingerprint": fingerprint_of(raw),
            "created_at": created_at}
    return Signer(key, card)


def trust(store: Store, signer: Signer, *, revoked_at: datetime | None = None) -> None:
    """Put `signer` into the store's trust registry (as `ascn trust add` would)."""
    card = signer.card
    with store.transaction() as session:
        session.merge(TrustedKey(fingerprint=card["fingerprint"], name=card["name"], role=card["role"],
                                 country=card["country"], city=card["city"], public_key=card["public_key"],
                                 card_json=canonical_bytes(card).decode(), added_at=SIGNED_AT,
                                 revoked_at=revoked_at, revoke_reason="lost laptop" if revoked_at else None))


def demo_plan(reference: ReferenceData, city_code: str = "VNM-DA-NANG", *, revision: int = 1, projects: int | None = None,
              title: str | None = None) -> Plan:
    plan = sample_plan(reference, reference.city(city_code))
    plan = replace(plan, revision=revision, status="final", is_sample=False,
                   created_at=SIGNED_AT, updated_at=SIGNED_AT, title=title or plan.title)
    if projects is not None:
        source = plan.projects
        plan.projects = [replace(source[n % len(source)], code=f"P{n:03d}",
                                 id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{plan.uuid}/{n}")))
                         for n in range(projects)]
    return plan


def city_members(plan: Plan, reference: ReferenceData) -> dict[str, bytes]:
    return {fmt.PLAN_JSON: canonical_bytes(plan_to_document(plan, reference)),
            fmt.PLAN_XLSX: XLSX_STAND_IN, fmt.PLAN_PDF: PDF_STAND_IN}


def zip_members(ordered: list[tuple[str, bytes]], *, created_at: datetime = SIGNED_AT) -> bytes:
    buffer = io.BytesIO()
    fmt.write_members_zip(buffer, ordered, created_at=created_at)
    return buffer.getvalue()


def sign_manifest(signer: Signer, manifest: dict[str, Any]) -> tuple[bytes, bytes]:
    data = fmt.manifest_bytes(manifest)
    return data, signer.key.sign(data)


def city_bundle(plan: Plan, reference: ReferenceData, signer: Signer, *, bundle_uuid: str | None = None,
                signed_at: datetime = SIGNED_AT, members: dict[str, bytes] | None = None) -> bytes:
    """A valid signed city-plan bundle of `plan` (its revision as given)."""
    members = members or city_members(plan, reference)
    city = reference.city(plan.city)
    manifest = fmt.build_manifest(
        bundle_uuid=bundle_uuid or str(uuid.uuid4()), plan_uuid=plan.uuid, city=plan.city, country=city.country,
        cycle=plan.cycle, revision=plan.revision, created_at=signed_at, app_version="test",
        signer_card=signer.card, members=[fmt.member_entry(name, members[name]) for name in fmt.SIGNED_MEMBERS])
    manifest_data, signature = sign_manifest(signer, manifest)
    buffer = io.BytesIO()
    fmt.write_bundle_zip(buffer, manifest=manifest_data, signature=signature, members=members, created_at=signed_at)
    return buffer.getvalue()


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def load(store: Store) -> ReferenceData:
    return load_reference(store)
