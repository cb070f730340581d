"""Signing times the signer cannot choose freely (docs/bundle-format.md, "Signing time and revocation").

A manifest's `created_at` is written by whoever holds the key, so on its own
it proves nothing about when the bundle was made. The receiver therefore:

* refuses a signing time later than its own clock plus `CLOCK_SKEW`;
* refuses a signing time before the key was created (the creation time of the
  card in the trust registry, or of this profile's own identity), less the skew;
* judges a revoked key's bundle by the time *this store first saw it* (kept in
  `bundle_first_seen` when a bundle is imported), not by the date it carries:
  a bundle first seen at or after the revocation is refused, unless the
  revocation names it as the last bundle known good.

Why 10 minutes: a laptop's clock that is set by hand or drifts for months off
line is minutes wrong, rarely more; a larger window would give a thief a longer
future to sign into. A bundle refused as "in the future" imports once the
receiver's clock has passed its time, so the sentence says when.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.store.direct_rows import insert_values, stored_value
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import BundleFirstSeen, IdentityRow, TrustedKey
from ascn_desktop.core.i18n import _

if TYPE_CHECKING:
    from ascn_desktop.core.signing.trust import RegistrySnapshot

CLOCK_SKEW = timedelta(minutes=10)


def _stamp(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def check_not_in_future(signed_at: datetime, *, now: datetime) -> None:
    """Refuse a signing time beyond this computer's clock plus the allowed skew."""
    if signed_at > now + CLOCK_SKEW:
        raise BundleError("signed-in-future",
                          _("This bundle says it was signed on {signed_at}, later than the time on this "
                          "computer ({now}); a signing time in the future is refused. Check the date and "
                          "time of both computers (it can be imported after {importable_at}).").format(
                              signed_at=_stamp(signed_at), now=_stamp(now), importable_at=_stamp(signed_at - CLOCK_SKEW)))


def check_key_times(store: Store, *, fingerprint: str, card_created_at: object, signed_at: datetime,
                    sha256: str, now: datetime, registry: RegistrySnapshot | None = None) -> None:
    """For a signer the registry (or this profile) trusts: key creation and revocation, by times it holds.

    `registry`: the registry as read once for a batch of bundles (else it is read here)."""
    if registry is None:
        with store.read() as session:
            row = session.get(TrustedKey, fingerprint)
            own = None if row is not None else session.scalars(
                select(IdentityRow).where(IdentityRow.fingerprint == fingerprint)).first()
            session.expunge_all()  # read after the session: keep them as loaded
    else:
        row = registry.keys.get(fingerprint)
        own = None if row is not None else registry.own.get(fingerprint)
    created = _created_at(row, own, card_created_at)
    name = row.name if row is not None else own.name if own is not None else "the signer"
    if created is not None and signed_at < created - CLOCK_SKEW:
        raise BundleError("signed-before-key",
                          _("This bundle says it was signed on {signed_at}, before {name}'s key was "
                          "created ({created}); its date was set back, so it is refused.").format(
                              signed_at=_stamp(signed_at), name=name, created=_stamp(created)))
    if row is None or row.revoked_at is None or sha256 == row.last_good_sha256:
        return
    with store.read() as session:
        seen = session.get(BundleFirstSeen, sha256)
        first_seen = seen.first_seen_at if seen is not None else now
        if first_seen >= row.revoked_at:
            when = "now" if seen is None else f"on {_stamp(first_seen)}"
            raise BundleError("signer-revoked",
                              _("{name}'s key was revoked on {revoked_at} and this computer first "
                              "saw this bundle {when}; the date it carries ({signed_at}) is chosen by "
                              "whoever holds the key, so it cannot be accepted. Ask for the plan signed with "
                              "the successor's key.").format(
                                  name=row.name, revoked_at=_stamp(row.revoked_at), when=when, signed_at=_stamp(signed_at)))


def _created_at(row: TrustedKey | None, own: IdentityRow | None, card_created_at: object) -> datetime | None:
    """The key's creation time from the card the receiver trusted (else from the bundle's own card)."""
    if own is not None:
        return own.created_at
    stated = card_created_at
    if row is not None:
        try:
            stated = json.loads(row.card_json).get("created_at")
        except (ValueError, AttributeError):
            stated = None
    if not isinstance(stated, str):
        return None
    try:
        return datetime.strptime(stated, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def note_first_seen(session: Session, *, sha256: str, fingerprint: str, at: datetime) -> None:
    """Remember when this store first saw a bundle (an earlier sighting is kept). Written at once with
    a plain INSERT (the import's hot path), not left for the session's next flush."""
    if stored_value(session, BundleFirstSeen.sha256, BundleFirstSeen.sha256, sha256) is None:
        insert_values(session, BundleFirstSeen,
                      {"sha256": sha256, "first_seen_at": at, "signer_fingerprint": fingerprint})
