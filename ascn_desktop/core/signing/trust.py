"""The trust registry: whose signatures this profile accepts, and since/until when.

A key enters the registry from an identity card, after the receiver has checked
its fingerprint with the sender by phone. A revocation carries an instant:
bundles signed (manifest `created_at`) at or after it are refused, and so is
every bundle this store first sees at or after it, whatever date it carries
(core/bundles/signing_time.py), except the one the revocation names as the
last bundle known good. A replaced officer's key can name its successor:
`add_card(..., succeeds=OLD)` trusts the new card, links the old key to it and,
unless the old key is already revoked, revokes it from now on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Literal

from sqlalchemy import select

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.signing.fingerprint import normalize_fingerprint
from ascn_desktop.core.signing.identity import IdentityCard, card_from_json
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import IdentityRow, ImportedBundle, TrustedKey
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _

TrustState = Literal["trusted", "unknown", "revoked", "voucher-revoked"]
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TrustEntry:
    """One key of the registry, as lists and dialogs show it."""

    fingerprint: str
    name: str
    role: str
    country: str
    city: str | None
    public_key: str
    added_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None
    successor_fingerprint: str | None
    vouched_by: str | None = None  # the NR whose national bundle vouched for this key; None: added by hand
    last_good_sha256: str | None = None

    @property
    def status(self) -> str:
        return "revoked" if self.revoked_at is not None else "trusted"


def _entry(row: TrustedKey) -> TrustEntry:
    return TrustEntry(fingerprint=row.fingerprint, name=row.name, role=row.role, country=row.country,
                      city=row.city, public_key=row.public_key, added_at=row.added_at, revoked_at=row.revoked_at,
                      revoke_reason=row.revoke_reason, successor_fingerprint=row.successor_fingerprint,
                      vouched_by=row.vouched_by, last_good_sha256=row.last_good_sha256)


@dataclass(frozen=True)
class KnownBundle:
    """A bundle this store imported, for naming a revoked key's last bundle known good."""

    sha256: str
    file_name: str
    kind: str
    revision: int | None
    imported_at: datetime


def parse_when(text: str) -> datetime:
    """'2026-11-01' (midnight UTC) or '2026-11-01T08:30:00Z' / with an offset -> aware UTC datetime."""
    cleaned = text.strip()
    try:
        if len(cleaned) == 10:
            return datetime.combine(date.fromisoformat(cleaned), time(0, 0), tzinfo=UTC)
        moment = datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(_("'{text}' is not a date; write it like 2026-11-01 or 2026-11-01T08:30:00Z.").format(
            text=text)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class OtherCountryCard(ValidationError):
    """The card is of another member state than this profile's: trusted only when the user says so."""


def other_country_of(store: Store, card: IdentityCard) -> str | None:
    """This profile's own country when `card` is of another one (a city officer's or an NR's profile);
    None when the card is of the same country or the profile has no country to keep to (the Secretariat)."""
    from ascn_desktop.core.signing.identity import active_identity

    identity = active_identity(store)
    if identity is None or identity.card.role == "asec" or identity.card.country == card.country:
        return None
    return identity.card.country


def add_card(store: Store, card: IdentityCard, *, expected_fingerprint: str | None = None,
             succeeds: str | None = None, other_country: bool = False, now: datetime | None = None) -> TrustEntry:
    """Trust `card`. `expected_fingerprint` (what the sender read out) must match if given.

    A card of another member state than this profile's own is refused unless `other_country`
    says the user confirmed it: an NR vouches for its own country's city keys, and a key of
    another country trusted by mistake would let that country's officers sign here."""
    if expected_fingerprint is not None and normalize_fingerprint(expected_fingerprint) != card.fingerprint:
        raise ValidationError(_("The fingerprint you were given does not match this card; do not trust it, "
                              "and ask the sender for their card again."))
    own_country = other_country_of(store, card)
    if own_country is not None and not other_country:
        raise OtherCountryCard(_("{name}'s card is of {country}, another member state than yours "
                               "({own_country}); trust it only if you expect their bundles, and confirm it "
                               "(ascn trust add --other-country).").format(
                                   name=card.name, country=card.country, own_country=own_country))
    moment = now or utc_now()
    with store.transaction() as session:
        existing = session.get(TrustedKey, card.fingerprint)
        if existing is not None:
            raise ValidationError(_("{name}'s key {fingerprint} is already in the trust registry.").format(
                name=existing.name, fingerprint=card.fingerprint))
        old: TrustedKey | None = None
        if succeeds is not None:
            old = session.get(TrustedKey, normalize_fingerprint(succeeds))
            if old is None:
                raise NotFoundError(_("The key {succeeds} is not in the trust registry, so nothing can succeed it.").format(
                    succeeds=succeeds))
            if old.role != card.role or old.country != card.country:
                raise ValidationError(_("A successor must have the same role and country as {name} "
                                      "({role}, {country}).").format(
                                          name=old.name, role=old.role, country=old.country))
            if old.successor_fingerprint:
                raise ValidationError(_("{name}'s key already has a successor ({successor_fingerprint}).").format(
                    name=old.name, successor_fingerprint=old.successor_fingerprint))
        row = TrustedKey(fingerprint=card.fingerprint, name=card.name, role=card.role, country=card.country,
                         city=card.city, public_key=card.public_key,
                         card_json=json.dumps(card.as_json(), ensure_ascii=False, sort_keys=True),
                         added_at=moment)
        session.add(row)
        if old is not None:
            old.successor_fingerprint = card.fingerprint
            if old.revoked_at is None:
                old.revoked_at = moment
                old.revoke_reason = f"Replaced by {card.name} ({card.fingerprint})."
        session.flush()
        return _entry(row)


def add_card_json(store: Store, data: object, **options: object) -> TrustEntry:
    return add_card(store, card_from_json(data), **options)  # type: ignore[arg-type]


def revoke(store: Store, fingerprint: str, *, reason: str, at: datetime | None = None,
           last_good: str | None = None) -> TrustEntry:
    """Revoke a key from `at` (default now): bundles it signed, or this store first sees, from then on are refused.

    `last_good` (the SHA-256 of a bundle file) names the last bundle known good: it is accepted whenever it arrives.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(_("Give a reason for the revocation (for example 'laptop stolen')."))
    if last_good is not None:
        last_good = last_good.strip().lower()
        if not _SHA256.fullmatch(last_good):
            raise ValidationError(_("The last bundle known good must be named by its SHA-256 (64 hexadecimal "
                                  "characters) or given as the bundle file itself."))
    wanted = normalize_fingerprint(fingerprint)
    with store.transaction() as session:
        row = session.get(TrustedKey, wanted)
        if row is None:
            raise NotFoundError(_("The key {wanted} is not in the trust registry; 'ascn trust list' shows it.").format(
                wanted=wanted))
        if row.revoked_at is not None:
            raise ValidationError(_("{name}'s key was already revoked on {revoked_at:%Y-%m-%d %H:%M} UTC.").format(
                name=row.name, revoked_at=row.revoked_at))
        row.revoked_at = (at or utc_now()).astimezone(UTC)
        row.revoke_reason = reason
        row.last_good_sha256 = last_good
        session.flush()
        return _entry(row)


def known_bundles(store: Store, fingerprint: str) -> list[KnownBundle]:
    """The bundles signed by `fingerprint` that this store imported, newest first."""
    with store.read() as session:
        rows = session.scalars(select(ImportedBundle).where(
            ImportedBundle.signer_fingerprint == normalize_fingerprint(fingerprint))
            .order_by(ImportedBundle.imported_at.desc(), ImportedBundle.id.desc())).all()
        return [KnownBundle(sha256=row.sha256, file_name=row.file_name, kind=row.kind, revision=row.revision,
                            imported_at=row.imported_at) for row in rows]


def list_keys(store: Store) -> list[TrustEntry]:
    with store.read() as session:
        rows = session.scalars(select(TrustedKey).order_by(TrustedKey.country, TrustedKey.name,
                                                           TrustedKey.added_at)).all()
        return [_entry(row) for row in rows]


def get_key(store: Store, fingerprint: str) -> TrustEntry | None:
    with store.read() as session:
        row = session.get(TrustedKey, normalize_fingerprint(fingerprint))
        return None if row is None else _entry(row)


@dataclass(frozen=True)
class RegistrySnapshot:
    """The trust registry and this profile's own identities, read once (rows detached, by fingerprint).

    For verifying a batch of bundles: a bundle asks who signed it, whether that key was trusted when
    it signed, and when the key was made; three reads of the store per bundle otherwise. Nothing in
    a batch's verification writes to either table, so one read answers the whole batch.
    """

    keys: dict[str, TrustedKey]
    own: dict[str, IdentityRow]

    def status(self, fingerprint: str, signed_at: datetime) -> tuple[TrustState, TrustedKey | None]:
        """`trust_status` from the snapshot."""
        row = self.keys.get(fingerprint)
        voucher = self.keys.get(row.vouched_by) if row is not None and row.vouched_by else None
        return status_at(row, voucher, signed_at)


def read_registry(store: Store) -> RegistrySnapshot:
    with store.read() as session:
        keys = list(session.scalars(select(TrustedKey)))
        own = list(session.scalars(select(IdentityRow)))
        session.expunge_all()
    return RegistrySnapshot(keys={row.fingerprint: row for row in keys},
                            own={row.fingerprint: row for row in reversed(own)})  # the first one wins, as .first()


def trust_status(store: Store, fingerprint: str, signed_at: datetime) -> tuple[TrustState, TrustedKey | None]:
    """Is a signature by `fingerprint` made at `signed_at` acceptable? For the verifier.

    "trusted": in the registry and not revoked at `signed_at`; "revoked": the
    revocation instant is at or before `signed_at`; "unknown": not in the registry;
    "voucher-revoked": a key an NR vouched for, signing when the NR's key was revoked (or removed).
    The TrustedKey returned is detached from its session (plain attribute access only).
    """
    with store.read() as session:
        row = session.get(TrustedKey, fingerprint)
        if row is None:
            return "unknown", None
        voucher = session.get(TrustedKey, row.vouched_by) if row.vouched_by else None
        session.expunge(row)
    return status_at(row, voucher, signed_at)


def status_at(row: TrustedKey | None, voucher: TrustedKey | None,
              signed_at: datetime) -> tuple[TrustState, TrustedKey | None]:
    """`trust_status` of a registry entry already read (`voucher`: the entry of the NR who vouched for it)."""
    if row is None:
        return "unknown", None
    if row.revoked_at is not None and signed_at.astimezone(UTC) >= row.revoked_at:
        return "revoked", row
    if row.vouched_by is not None and (voucher is None or (voucher.revoked_at is not None
                                                           and signed_at.astimezone(UTC) >= voucher.revoked_at)):
        return "voucher-revoked", row  # a vouch lasts as long as the NR's own key
    return "trusted", row
