"""Signed reference packs: the Secretariat's updates of member states, cities, cycles and lists.

A pack (docs/reference-packs.md) is one canonical-JSON file, ``*.ascnref``,
holding the *whole* reference data at a version number, signed (Ed25519) by an
ASEC identity. Every profile imports it like a bundle; the checks, in order,
each refuse with one sentence and leave the store as it was:

1. the file is a pack of a format version this app reads, within the size limit;
2. the signature is good and the signer's card belongs to the key;
3. the signer is an ASEC key of this profile's trust registry, not revoked when it signed;
4. the version is newer than the profile's (the same pack again is a harmless no-op);
5. every code the profile holds is still there with the same meaning (codes are
   forever: a removed code, a city moved to another country, a cycle's years or
   published classification changed are refused); labels may change;
6. the content has the shape the format specifies.

Applying writes the tables (adds and relabels, never deletes) and keeps the pack
as received (``reference_packs``) in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from ascn_desktop.core.canonical_json import NotCanonical, canonical_bytes, loads_strict
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.reference import apply_document, load_reference
from ascn_desktop.core.reference_document import check_document, codes_kept, current_document
from ascn_desktop.core.signing.fingerprint import fingerprint_of
from ascn_desktop.core.signing.identity import active_identity
from ascn_desktop.core.signing.trust import trust_status
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import ReferencePack
from ascn_desktop.store.types import utc_now

PACK_KIND = "ascn-reference-pack"
PACK_FORMAT_VERSION = 1
PACK_SUFFIX = ".ascnref"
PACK_FIELDS = ("kind", "format_version", "reference_version", "issued_at", "signer", "reference", "signature")
MAX_PACK_BYTES = 8 * 1024 * 1024
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class PackRefused(AscnError):
    """A pack that is not applied; `code` names the rule (for tests and the results list)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PackOutcome:
    file: str
    status: str  # applied | already | refused
    code: str
    message: str
    version: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "code": self.code, "message": self.message,
                "version": self.version}


# --- writing -----------------------------------------------------------------------------


def signed_part(pack: dict[str, Any]) -> bytes:
    """The bytes the signature covers: the canonical pack without its signature."""
    return canonical_bytes({key: value for key, value in pack.items() if key != "signature"})


def build_pack(document: dict[str, Any], *, version: int, signer_card: dict[str, Any], private_key: Ed25519PrivateKey,
               issued_at: datetime) -> bytes:
    """The bytes of a signed pack of `document` at `version`."""
    pack: dict[str, Any] = {
        "kind": PACK_KIND, "format_version": PACK_FORMAT_VERSION, "reference_version": version,
        "issued_at": issued_at.strftime("%Y-%m-%dT%H:%M:%SZ"), "signer": dict(signer_card),
        "reference": document,
    }
    pack["signature"] = base64.b64encode(private_key.sign(signed_part(pack))).decode("ascii")
    return canonical_bytes(pack)


def pack_file_name(version: int) -> str:
    return f"ascn-reference-v{version}{PACK_SUFFIX}"


# --- reading and checking ----------------------------------------------------------------


def _refuse(code: str, message: str) -> PackRefused:
    return PackRefused(code, message)


def parse_pack(data: bytes) -> dict[str, Any]:
    """Steps 1 and 2: a pack of a version this app reads, signed by the key its card names."""
    if len(data) > MAX_PACK_BYTES:
        raise _refuse("pack-too-large", _("This file is larger than any reference pack can be; it was not applied."))
    try:
        pack = loads_strict(data)
    except NotCanonical:
        pack = None
    if not isinstance(pack, dict) or pack.get("kind") != PACK_KIND:
        raise _refuse("not-a-pack", _("This file is not an ASCN reference pack; nothing was changed."))
    if pack.get("format_version") != PACK_FORMAT_VERSION:
        raise _refuse("pack-format", _("This reference pack is of format version {version}, which this version of ASCN Desktop cannot "
                      "read; update the app first.").format(version=str(pack.get('format_version'))[:20]))
    if sorted(pack) != sorted(PACK_FIELDS):
        raise _refuse("pack-fields", _("This reference pack does not have exactly the fields the format specifies; "
                      "it was not applied."))
    version, signer = pack["reference_version"], pack["signer"]
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 1_000_000:
        raise _refuse("pack-fields", _("This reference pack gives no valid version number; it was not applied."))
    if not isinstance(pack["issued_at"], str) or not _TIMESTAMP.match(pack["issued_at"]):
        raise _refuse("pack-fields", _("This reference pack gives no valid issue date; it was not applied."))
    _check_signature(pack, signer)
    return pack


def _check_signature(pack: dict[str, Any], signer: Any) -> None:
    unsigned = _refuse("pack-unsigned", _("This reference pack carries no valid signature, so nobody can vouch "
                       "for it; it was not applied. Ask the Secretariat for the signed pack."))
    if not isinstance(signer, dict) or not isinstance(signer.get("public_key"), str):
        raise unsigned
    try:
        public = base64.b64decode(signer["public_key"], validate=True)
        signature = base64.b64decode(str(pack["signature"]), validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(signature, signed_part(pack))
    except (binascii.Error, ValueError, InvalidSignature):
        raise unsigned from None
    if fingerprint_of(public) != signer.get("fingerprint"):
        raise unsigned


def issued_at_of(pack: dict[str, Any]) -> datetime:
    return datetime.strptime(pack["issued_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def check_pack(store: Store, pack: dict[str, Any]) -> str | None:
    """Steps 3 to 6 for a parsed, validly signed pack. Returns "already" for the same pack again."""
    signer = pack["signer"]
    name = str(signer.get("name", "someone"))[:80]
    own = active_identity(store)
    if own is not None and own.fingerprint == signer.get("fingerprint"):
        role: str | None = own.card.role  # the Secretariat applies the pack it has just signed
    else:
        state, row = trust_status(store, str(signer.get("fingerprint")), issued_at_of(pack))
        role = row.role if state == "trusted" and row is not None else None
    if role is None:
        raise _refuse("pack-untrusted", _("This reference pack is signed by {name}, whose key is not a trusted key "
                      "of this profile's trust registry; import the Secretariat's identity card first (Tools → "
                      "Trust registry), check its fingerprint by phone, then import the pack again.").format(name=name))
    if role != "asec":
        raise _refuse("pack-not-asec", _("This reference pack is signed by {name}, who is not the ASEAN "
                      "Secretariat; only the Secretariat issues reference data, so it was not applied.").format(
                          name=name))
    version = int(pack["reference_version"])
    held = load_reference(store).version
    if version == held and _same_as_stored(store, pack):
        return "already"
    if version <= held:
        raise _refuse("pack-older", _("This reference pack is version {version}, not newer than the version {held} "
                      "this profile already holds; nothing was changed.").format(version=version, held=held))
    problem = check_document(pack["reference"])
    if problem:
        raise _refuse("pack-content", " ".join((problem, _("This reference pack is not valid reference data, "
                      "so it was not applied."))))
    lost = codes_kept(current_document(store), pack["reference"])
    if lost:
        raise _refuse("pack-recodes", " ".join((lost, _("Codes are forever, so this reference pack was not "
                      "applied; ask the Secretariat for a pack that keeps every code (labels may change)."))))
    return None


def _same_as_stored(store: Store, pack: dict[str, Any]) -> bool:
    with store.read() as session:
        row = session.get(ReferencePack, int(pack["reference_version"]))
        return row is not None and row.sha256 == hashlib.sha256(canonical_bytes(pack)).hexdigest()


def apply_pack_bytes(store: Store, data: bytes, *, file_name: str = "") -> PackOutcome:
    """Check and apply one pack (one transaction). Refusals come back as outcomes, never raised."""
    try:
        pack = parse_pack(data)
        if check_pack(store, pack) == "already":
            return PackOutcome(file_name, "already", "already", _("Reference data version {version} was already applied; nothing changed.").format(
                                   version=pack['reference_version']),
                               pack["reference_version"])
    except PackRefused as refused:
        return PackOutcome(file_name, "refused", refused.code, refused.message)
    version = int(pack["reference_version"])
    with store.transaction() as session:
        apply_document(session, pack["reference"])
        session.add(ReferencePack(
            version=version, sha256=hashlib.sha256(canonical_bytes(pack)).hexdigest(),
            issued_at=issued_at_of(pack), signer_name=str(pack["signer"].get("name", "")),
            signer_fingerprint=str(pack["signer"]["fingerprint"]), file_name=Path(file_name).name,
            content=canonical_bytes(pack).decode("utf-8"), imported_at=utc_now()))
    return PackOutcome(file_name, "applied", "applied", _("Reference data version {version} applied: {summary}.").format(
                           version=version, summary=_summary(pack['reference'])), version)


def import_packs(store: Store, paths: list[Path]) -> list[PackOutcome]:
    """Apply each pack named, lowest version first, so a pile of updates goes in whatever the order given."""
    loaded: list[tuple[int, Path, bytes]] = []
    outcomes: list[PackOutcome] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            outcomes.append(PackOutcome(str(path), "refused", "unreadable",
                                        _("{name} cannot be read ({why}); nothing was changed.").format(
                                            name=Path(path).name, why=error.strerror)))
            continue
        loaded.append((_version_hint(data), Path(path), data))
    for _hint, path, data in sorted(loaded, key=lambda item: item[0]):
        outcomes.append(apply_pack_bytes(store, data, file_name=str(path)))
    return outcomes


def _version_hint(data: bytes) -> int:
    try:
        value = json.loads(data).get("reference_version", 0)
    except (ValueError, AttributeError, RecursionError):
        return 0
    return value if isinstance(value, int) else 0


def _summary(document: dict[str, Any]) -> str:
    return _("{states} member states, {cities} cities, {cycles} planning cycles, {partners} partners and "
             "programmes").format(states=len(document.get('member_states', [])), cities=len(document.get('cities', [])),
                                  cycles=len(document.get('cycles', [])), partners=len(document.get('partners', [])))


def newest_pack_bytes(store: Store) -> bytes | None:
    """The newest pack this profile applied, as received (to travel inside a bundle)."""
    with store.read() as session:
        row = session.scalars(select(ReferencePack).order_by(ReferencePack.version.desc()).limit(1)).first()
        return None if row is None else row.content.encode("utf-8")
