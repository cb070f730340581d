"""The NR's vouches reach the trust registry (docs/bundle-format.md §8, "Trust through the NR").

A version 2 national bundle carries the identity cards of the city officers
its NR trusts and the city keys the NR revoked. Verification already counted
them (only when the NR's own key is trusted); importing the bundle writes them
into the reader's registry, inside the import's transaction, so the Secretariat
sees which NR vouched for which city key and later bundles sent by the city
directly are trusted too:

- a city key the registry does not hold is added with `vouched_by` = the NR;
- a key another NR vouched for before now names this NR (the newest vouch);
- a key the reader trusted by hand stays as it is (`vouched_by` stays empty);
- a revocation by the NR revokes the key of its country from the stated
  instant, unless the registry already holds an earlier revocation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ascn_desktop.core.bundles.national_checks import Vouches
from ascn_desktop.store.models import TrustedKey


@dataclass(frozen=True)
class VouchOutcome:
    added: int
    revoked: int

    def sentence(self, nr_name: str) -> str:
        return (f"{nr_name} vouched for {self.added} new city key{'s' if self.added != 1 else ''} and revoked "
                f"{self.revoked}; the trust registry shows them.")


def apply_vouches(session: Session, vouches: Vouches, *, nr_fingerprint: str, nr_name: str, country: str,
                  now: datetime) -> VouchOutcome:
    added = revoked = 0
    for fingerprint, card in sorted(vouches.cards.items()):
        row = session.get(TrustedKey, fingerprint)
        if row is None:
            session.add(TrustedKey(fingerprint=fingerprint, name=card["name"], role=card["role"],
                                   country=card["country"], city=card["city"], public_key=card["public_key"],
                                   card_json=json.dumps(card, ensure_ascii=False, sort_keys=True), added_at=now,
                                   vouched_by=nr_fingerprint))
            added += 1
        elif row.vouched_by is not None and row.public_key == card["public_key"]:
            row.vouched_by = nr_fingerprint
    for fingerprint, (at, reason) in sorted(vouches.revoked.items()):
        row = session.get(TrustedKey, fingerprint)
        if row is None or row.country != country or row.role != "csco":
            continue
        if row.revoked_at is None or row.revoked_at > at:
            row.revoked_at = at
            row.revoke_reason = f"Revoked by {nr_name} ({nr_fingerprint}): {reason}"[:1000]
            revoked += 1
    session.flush()
    return VouchOutcome(added=added, revoked=revoked)
