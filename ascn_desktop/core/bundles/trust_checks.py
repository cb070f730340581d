"""The trust checks of bundle verification: the signer's key in the trust registry (or this profile's
own identity), and what that key's role lets it sign (docs/bundle-format.md §5 steps 7-8).

Kept apart from `manifest_checks` (the manifest, signature and members) and `content_checks` (the
data part); `bundle_verify` fixes their order. Every refusal is a `BundleError(code, sentence)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ascn_desktop.core.bundles.manifest_checks import Signer
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store

if TYPE_CHECKING:
    from ascn_desktop.core.signing.trust import RegistrySnapshot
    from ascn_desktop.store.models import IdentityRow, TrustedKey


def registry_trust(store: Store, signer: Signer, when: datetime, *,
                   registry: RegistrySnapshot | None = None) -> tuple[str, str, str]:
    """("valid"|"untrusted"|"invalid", code, sentence) for `signer` signing at `when` (core/signing/trust.py rules).

    `registry`: the registry as read once for a batch of bundles (else it is read here)."""
    from ascn_desktop.core.signing.trust import trust_status

    if registry is None:
        state, row = trust_status(store, signer.fingerprint, when)
        own_key = _is_own_key(store, signer) if row is None else False
    else:
        state, row = registry.status(signer.fingerprint, when)
        own = registry.own.get(signer.fingerprint)
        own_key = row is None and own is not None and own.public_key == signer.card.get("public_key")
    if row is None and own_key:
        return ("valid", "ok", "")  # signed with this profile's own identity
    if row is None:
        return ("untrusted", "signer-unknown",
                f"The bundle is intact, but its signer {signer.name or '(unnamed)'} "
                f"({signer.fingerprint}) is not in your trust registry; check the fingerprint with the "
                "sender by phone and add their identity card before importing.")
    if row.public_key != signer.card.get("public_key"):
        return ("invalid", "signer-key-mismatch", "The bundle names a trusted fingerprint with a different "
                "key; it was crafted to impersonate a trusted signer.")
    if state == "voucher-revoked":
        return ("untrusted", "signer-voucher-revoked",
                f"The bundle is intact, but its signer {row.name} ({signer.fingerprint}) was trusted only because "
                f"a National Representative ({row.vouched_by}) vouched for the key, and that NR's key was revoked "
                "before the bundle was signed; check the fingerprint by phone and add the card yourself.")
    if state == "revoked":
        assert row.revoked_at is not None
        return ("invalid", "signer-revoked",
                f"The bundle was signed by {row.name} on {when:%Y-%m-%d}, after that key was revoked "
                f"on {row.revoked_at:%Y-%m-%d}; it cannot be accepted.")
    return ("valid", "ok", "")


@dataclass(frozen=True)
class Standing:
    """Who a trusted signer is, from the trust registry (or this profile's own identity), not the card."""

    name: str
    role: str
    country: str
    city: str | None


def signer_standing(store: Store, signer: Signer, *, registry: RegistrySnapshot | None = None) -> Standing | None:
    """The registry entry (else own identity) of `signer`'s key; None when neither holds it.

    `registry`: the registry as read once for a batch of bundles (else it is read here)."""
    from ascn_desktop.store.models import IdentityRow, TrustedKey

    public_key = signer.card.get("public_key")
    if registry is not None:
        return _standing_of(registry.keys.get(signer.fingerprint), registry.own.get(signer.fingerprint),
                            public_key)
    with store.read() as session:
        row = session.get(TrustedKey, signer.fingerprint)
        if row is not None and row.public_key == public_key:
            return _standing_of(row, None, public_key)
        own = session.scalars(select(IdentityRow).where(IdentityRow.fingerprint == signer.fingerprint)).first()
        return _standing_of(None, own, public_key)


def _standing_of(row: TrustedKey | None, own: IdentityRow | None, public_key: object) -> Standing | None:
    if row is not None and row.public_key == public_key:
        return Standing(name=row.name, role=row.role, country=row.country, city=row.city)
    if own is not None and own.public_key == public_key:
        return Standing(name=own.name, role=own.role, country=own.country, city=own.city)
    return None


def check_signer_standing(manifest: dict[str, Any], standing: Standing, *, reference: ReferenceData) -> None:
    """A trusted key may sign only what its role allows (docs/bundle-format.md §5 step 8):
    a city plan its own city's officer, a national bundle its country's NR, a review note an NR
    of the plan's country or the Secretariat. Refused with code `signer-not-allowed`."""
    kind, country, city = manifest["kind"], manifest.get("country"), manifest.get("city")

    def city_name(code: str | None) -> str:
        return reference.city_name(code) if code else _("no city")

    def country_name(code: str | None) -> str:
        return reference.country_name(code) if code else _("no country")

    # Two whole sentences in every language: who signed (per role), then who may sign (per kind).
    def signer() -> str:
        if standing.role == "csco":
            return _("This bundle was signed by {name}, the officer of {city}.").format(
                name=standing.name, city=city_name(standing.city))
        if standing.role == "nr":
            return _("This bundle was signed by {name}, the National Representative of {country}.").format(
                name=standing.name, country=country_name(standing.country))
        if standing.role == "asec":
            return _("This bundle was signed by {name} of the ASCN Secretariat.").format(name=standing.name)
        return _("This bundle was signed by {name}, whose role is “{role}”.").format(
            name=standing.name, role=standing.role[:8])
    if kind == "city-plan":
        if standing.role != "csco" or standing.country != country or standing.city != city:
            raise BundleError("signer-not-allowed", signer() + " " + _(
                "Only {city}'s officer can sign a plan of {city}.").format(city=city_name(city)))
    elif kind == "national":
        if standing.role != "nr" or standing.country != country:
            raise BundleError("signer-not-allowed", signer() + " " + _(
                "Only {country}'s National Representative can sign a national bundle of {country}.").format(
                    country=country_name(country)))
    elif kind == "review-note":
        if not (standing.role == "asec" or (standing.role == "nr" and standing.country == country)):
            raise BundleError("signer-not-allowed", signer() + " " + _(
                "Only {country}'s National Representative or the ASCN Secretariat can review the plan of "
                "{city}.").format(city=city_name(city), country=country_name(country)))


def _is_own_key(store: Store, signer: Signer) -> bool:
    from ascn_desktop.store.models import IdentityRow

    with store.read() as session:
        own = session.scalars(select(IdentityRow).where(IdentityRow.fingerprint == signer.fingerprint)).first()
        return own is not None and own.public_key == signer.card.get("public_key")
