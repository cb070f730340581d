"""Valid bundles made by hand, so that hostile variants can be re-signed on purpose.

A hostile case that breaks plan.json must still carry a correct manifest and
signature, or the verifier would (rightly) stop at the signature and the
schema check would never be reached. So the corpus builds bundles itself from
the format's own pieces (core/bundles/bundle_format.py) with a key it holds:
`city_bundle` for a city plan, `national_bundle` for a national bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ascn_desktop.core.timestamps import utc_seconds
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.canonical_json import canonical_bytes
from bundle_factory import Signer
from hostile.zipcraft import Entry, Layout, craft_zip

SIGNED_AT = datetime(2026, 6, 1, 8, 0, 0, tzinfo=UTC)
# Stand-ins for the workbook and the report: the verifier checks their hashes, not their content.
XLSX = b"PK\x03\x04 stand-in workbook " + bytes(range(256)) * 8
PDF = b"%PDF-1.7\n% stand-in report\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


ManifestEdit = Callable[[dict[str, Any]], None]


def city_bundle(document: dict[str, Any], signer: Signer, *, plan_json: bytes | None = None,
                xlsx: bytes = XLSX, pdf: bytes = PDF, created_at: datetime = SIGNED_AT,
                bundle_uuid: str | None = None, edit: ManifestEdit | None = None,
                manifest_data: bytes | None = None, signature: bytes | None = None,
                entries: Callable[[list[Entry]], list[Entry]] | None = None,
                layout: Layout | None = None) -> bytes:
    """A city-plan bundle for `document`, signed by `signer`, with any one thing overridden."""
    plan_bytes = canonical_bytes(document) if plan_json is None else plan_json
    members = {fmt.PLAN_JSON: plan_bytes, fmt.PLAN_XLSX: xlsx, fmt.PLAN_PDF: pdf}
    manifest = fmt.build_manifest(
        bundle_uuid=bundle_uuid or str(uuid.uuid4()), plan_uuid=document["uuid"], city=document["city"],
        country=document["country"], cycle=document["cycle"], revision=document["revision"],
        created_at=created_at, app_version="test", signer_card=signer.card,
        members=[fmt.member_entry(name, members[name]) for name in fmt.SIGNED_MEMBERS])
    if edit is not None:
        edit(manifest)
    data = canonical_bytes(manifest) if manifest_data is None else manifest_data
    sig = signer.key.sign(data) if signature is None else signature
    listed = [Entry(fmt.MANIFEST, data), Entry(fmt.SIGNATURE, sig, method=0),
              Entry(fmt.PLAN_JSON, plan_bytes), Entry(fmt.PLAN_XLSX, xlsx, method=0),
              Entry(fmt.PLAN_PDF, pdf, method=0)]
    if entries is not None:
        listed = entries(listed)
    return craft_zip(listed, layout)


def national_bundle(city_bundles: dict[str, bytes], signer: Signer, *, country: str = "VNM",
                    created_at: datetime = SIGNED_AT, edit: ManifestEdit | None = None,
                    vouches: list[dict[str, Any]] | None = None) -> bytes:
    """A format-2 national bundle carrying `city_bundles` ({file name: bytes}) byte for byte, its city
    list and endorsement stating what each carried bundle's manifest says (as far as it can be read)."""
    cities = []
    for name, data in sorted(city_bundles.items()):
        inner = _inner_manifest(data)
        cities.append({"file": f"cities/{name}", "city": inner.get("city", "VNM-DA-NANG"),
                       "plan_uuid": inner.get("plan_uuid", str(uuid.UUID(int=0))),
                       "revision": inner.get("revision", 1),
                       "bundle_uuid": inner.get("bundle_uuid", str(uuid.UUID(int=0))),
                       "signer_fingerprint": (inner.get("signer") or {}).get("fingerprint", signer.fingerprint)})
    endorsement = {"kind": "ascn-endorsement", "document_version": 2, "country": country, "cycle": "2018-2025",
                   "text": "Endorsed by the National Representative.",
                   "endorsed_by": {"name": signer.card["name"], "fingerprint": signer.fingerprint},
                   "endorsed_at": utc_seconds(created_at),
                   "cities": [{"city": c["city"], "plan_uuid": c["plan_uuid"], "revision": c["revision"]}
                              for c in cities],
                   "vouches": vouches or [], "revocations": []}
    members = {"endorsement.json": canonical_bytes(endorsement), "summary.xlsx": XLSX, "summary.pdf": PDF}
    members.update({f"cities/{name}": data for name, data in sorted(city_bundles.items())})
    manifest = {
        "format_version": 2, "kind": "national", "bundle_uuid": str(uuid.uuid4()),
        "country": country, "cycle": "2018-2025", "created_at": utc_seconds(created_at), "app_version": "test",
        "signer": dict(signer.card), "cities": cities,
        "members": [fmt.member_entry(name, data).as_json() for name, data in members.items()],
    }
    if edit is not None:
        edit(manifest)
    data = canonical_bytes(manifest)
    listed = [Entry(fmt.MANIFEST, data), Entry(fmt.SIGNATURE, signer.key.sign(data), method=0)]
    listed += [Entry(name, content, method=0) for name, content in members.items()]
    return craft_zip(listed)


def _inner_manifest(data: bytes) -> dict[str, Any]:
    import io
    import json
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = json.loads(archive.read(fmt.MANIFEST))
    except Exception:  # a hostile inner bundle: the list then states defaults
        return {}
    return found if isinstance(found, dict) else {}
