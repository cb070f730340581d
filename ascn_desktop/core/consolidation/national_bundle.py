"""The NR's national bundle: the accepted city bundles byte for byte, a summary, an endorsement.

`consolidate` (docs/bundle-format.md, "National bundle") writes one signed
zip of kind "national": every accepted, current city plan of the country as
the exact bundle file the city signed (taken from the profile's archive and
checked against the hash recorded at import), the national summary as Excel
and PDF, and the NR's endorsement note. The manifest lists every member with
its size and SHA-256 and is signed by the NR, so ASEC verifies two layers:
the NR's signature over the whole, and each city's signature over its own
bundle. The file is built in memory and renamed into place only when complete.
"""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from ascn_desktop import __version__
from ascn_desktop.core.timestamps import utc_seconds
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.bundles.bundle_archive import read_archived
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.signing.identity import Identity, require_identity, unlock
from ascn_desktop.core.model import new_id
from ascn_desktop.core.consolidation.national_summary_data import (
    accepted_plans,
    summary_from_store,
    summary_workbook_bytes,
)
from ascn_desktop.core.progress import ProgressCallback, check, no_progress
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reference_packs import newest_pack_bytes
from ascn_desktop.core.review import ReceivedPlan, record_consolidation
from ascn_desktop.core.safe_files import FileWriteError, atomic_writer
from ascn_desktop.core.text import slug
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ImportedBundle, PlanRow, TrustedKey
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _

KIND = "national"
SUMMARY_XLSX = "summary.xlsx"
SUMMARY_PDF = "summary.pdf"
ENDORSEMENT = "endorsement.json"
CITY_FOLDER = "cities/"
MAX_ENDORSEMENT = 20_000
# Version 2: the endorsement carries the NR's vouches for the country's city keys (docs/bundle-format.md §8).
NATIONAL_FORMAT_VERSION = 2


def city_keys_vouched(store: Store, country: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The identity cards of `country`'s city officers this NR trusts, and the city keys it revoked.

    The Secretariat trusts the NR once and, through these, the city keys the NR checked by phone;
    a revocation the NR records reaches the Secretariat with the next national bundle."""
    vouches: list[dict[str, object]] = []
    revocations: list[dict[str, object]] = []
    with store.read() as session:
        rows = session.scalars(select(TrustedKey).where(TrustedKey.role == "csco", TrustedKey.country == country)
                               .order_by(TrustedKey.fingerprint)).all()
        for row in rows:
            if row.revoked_at is not None:
                revocations.append({"fingerprint": row.fingerprint, "revoked_at": utc_seconds(row.revoked_at),
                                    "reason": (row.revoke_reason or "")[:1000]})
            elif row.city is not None and row.city.startswith(country + "-"):
                vouches.append(json.loads(row.card_json))
    return vouches, revocations


@dataclass(frozen=True)
class ConsolidationResult:
    path: Path
    bundle_uuid: str
    cities: tuple[str, ...]  # city codes carried
    size: int


def national_file_name(country: str, cycle: str, moment: datetime) -> str:
    return f"{country}-national-{slug(cycle)}-{moment:%Y%m%d-%H%M}{fmt.BUNDLE_SUFFIX}"


def _render_pdf(summary: object, *, signer_name: str, signer_fingerprint: str, generated_at: datetime) -> bytes:
    from ascn_desktop.core.reports.national_pdf import national_summary_pdf_bytes

    return national_summary_pdf_bytes(summary, signer_name=signer_name,  # type: ignore[arg-type]
                                      signer_fingerprint=signer_fingerprint, generated_at=generated_at)


def consolidate(store: Store, country: str, out_dir: Path, *, passphrase: str, endorsement: str = "",
                cycle: str | None = None, progress: ProgressCallback = no_progress,
                abort: threading.Event | None = None, now: datetime | None = None) -> ConsolidationResult:
    """Write the signed national bundle of `country` into `out_dir`; returns where it is."""
    country = country.strip().upper()
    out_dir = Path(out_dir)
    endorsement = endorsement.strip()
    reference = load_reference(store)
    identity, chosen = _check_request(store, reference, country, out_dir, endorsement, cycle)
    progress(0.05, "Unlocking your signing key…")
    private_key = unlock(identity, passphrase)
    check(abort)
    moment = (now or utc_now()).replace(microsecond=0)

    progress(0.1, "Collecting the accepted city bundles…")
    members, cities = _city_members(store, reference, country, chosen, abort)
    progress(0.3, "Writing the national summary (Excel)…")
    summary = summary_from_store(store, country, cycle=chosen[0].cycle, endorsement_note=endorsement,
                                 reference=reference)
    members[SUMMARY_XLSX] = summary_workbook_bytes(summary)
    check(abort)
    progress(0.5, "Writing the national summary (PDF)…")
    members[SUMMARY_PDF] = _render_pdf(summary, signer_name=identity.name, signer_fingerprint=identity.fingerprint,
                                       generated_at=moment)
    check(abort)
    cities.sort(key=lambda entry: str(entry["file"]))
    members[ENDORSEMENT] = _endorsement_bytes(store, country, chosen[0].cycle, endorsement, identity, moment, cities)

    progress(0.85, "Signing…")
    bundle_uuid = new_id()
    data = _signed_zip(store, members, {
        "format_version": NATIONAL_FORMAT_VERSION, "kind": KIND, "bundle_uuid": bundle_uuid, "country": country,
        "cycle": chosen[0].cycle, "created_at": utc_seconds(moment), "app_version": __version__,
        "signer": identity.card.as_json(), "cities": cities,
    }, reference.version, private_key, moment)
    check(abort)
    progress(0.95, "Saving the national bundle…")
    target = out_dir / national_file_name(country, chosen[0].cycle, moment)
    with atomic_writer(target) as handle:
        handle.write(data)
    record_consolidation(store, chosen, national_file=target.name, at=moment)
    progress(1.0, "Done.")
    return ConsolidationResult(path=target, bundle_uuid=bundle_uuid, cities=tuple(str(c["city"]) for c in cities),
                               size=len(data))


def _check_request(store: Store, reference: ReferenceData, country: str, out_dir: Path, endorsement: str,
                   cycle: str | None) -> tuple[Identity, list[ReceivedPlan]]:
    """This profile's identity and the plans to carry, once the request is one an NR may make here."""
    if country not in reference.member_states:
        raise ValidationError(_("{country} is not an ASEAN member state code (e.g. VNM, THA, IDN).").format(
            country=country))
    if not out_dir.is_dir():
        raise FileWriteError(_("The folder {out_dir} does not exist; choose an existing folder.").format(
            out_dir=out_dir))
    if len(endorsement) > MAX_ENDORSEMENT:
        raise ValidationError(_("The endorsement note is too long; keep it under {max_endorsement:,} characters.").format(
            max_endorsement=MAX_ENDORSEMENT))
    identity = require_identity(store)
    if identity.card.role != "nr" or identity.card.country != country:
        raise ValidationError(_("Only the National Representative of {member_states} can sign "
                              "its national bundle; this profile's identity is not.").format(
                                  member_states=reference.member_states[country]))
    chosen = accepted_plans(store, country, cycle)
    if not chosen:
        raise NotFoundError(_("No accepted city plan of {member_states} is in this store; "
                            "accept the cities' plans before consolidating.").format(
                                member_states=reference.member_states[country]))
    return identity, chosen


def _city_members(store: Store, reference: ReferenceData, country: str, chosen: list[ReceivedPlan],
                  abort: threading.Event | None) -> tuple[dict[str, bytes], list[dict[str, object]]]:
    """Each accepted city bundle exactly as archived at import (hash checked), and its line in the manifest."""
    members: dict[str, bytes] = {}
    cities: list[dict[str, object]] = []
    bundles = _bundles_of(store, [plan.plan_id for plan in chosen])
    for plan in chosen:
        bundle = bundles[plan.plan_id]
        if bundle is None:
            raise NotFoundError(_("The bundle of {city_name} is not recorded in this store; import it again.").format(
                city_name=plan.city_name))
        data = read_archived(store.profile, bundle.archive_path, sha256=bundle.sha256)
        city = reference.city(plan.city)
        name = CITY_FOLDER + fmt.bundle_file_name(country=country, city_name_en=city.name_en, cycle=plan.cycle,
                                                  revision=plan.revision)
        members[name] = data
        cities.append({"file": name, "city": plan.city, "plan_uuid": plan.uuid, "revision": plan.revision,
                       "bundle_uuid": bundle.bundle_uuid, "signer_fingerprint": bundle.signer_fingerprint})
        check(abort)
    return members, cities


def _endorsement_bytes(store: Store, country: str, cycle: str, text: str, identity: Identity, moment: datetime,
                       cities: list[dict[str, object]]) -> bytes:
    """The NR's endorsement: the note, the plans it covers, and the city keys the NR vouches for or revoked."""
    vouches, revocations = city_keys_vouched(store, country)
    return canonical_bytes({
        "kind": "ascn-endorsement", "document_version": 2, "country": country, "cycle": cycle,
        "text": text, "endorsed_by": {"name": identity.name, "fingerprint": identity.fingerprint},
        "endorsed_at": utc_seconds(moment),
        "cities": [{"city": c["city"], "plan_uuid": c["plan_uuid"], "revision": c["revision"]} for c in cities],
        "vouches": vouches, "revocations": revocations})


def _signed_zip(store: Store, members: dict[str, bytes], manifest: dict[str, object], reference_version: int,
                private_key: Ed25519PrivateKey, moment: datetime) -> bytes:
    """The bundle's bytes: the signed manifest listing every member, then the members in their set order."""
    pack = newest_pack_bytes(store)  # the Secretariat's update travels with the mail to every laptop
    if pack is not None:
        members[fmt.REFERENCE_PACK] = pack
    order = ([ENDORSEMENT, SUMMARY_XLSX, SUMMARY_PDF] + ([fmt.REFERENCE_PACK] if pack is not None else [])
             + sorted(n for n in members if n.startswith(CITY_FOLDER)))
    manifest = {**manifest, "members": [fmt.member_entry(name, members[name]).as_json() for name in order],
                "reference_version": reference_version}
    manifest_data = fmt.manifest_bytes(manifest)
    signature = private_key.sign(manifest_data)
    buffer = io.BytesIO()
    fmt.write_members_zip(buffer, [(fmt.MANIFEST, manifest_data), (fmt.SIGNATURE, signature)]
                          + [(name, members[name]) for name in order], created_at=moment)
    return buffer.getvalue()


def _bundles_of(store: Store, plan_ids: list[int]) -> dict[int, ImportedBundle | None]:
    """The imported-bundle row each plan came from (detached, for plain reading)."""
    found: dict[int, ImportedBundle | None] = {}
    with store.read() as session:
        for plan_id in plan_ids:
            plan = session.get(PlanRow, plan_id)
            bundle = session.get(ImportedBundle, plan.bundle_id) if plan and plan.bundle_id else None
            if bundle is not None:
                session.expunge(bundle)
            found[plan_id] = bundle
    return found
