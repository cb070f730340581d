"""The manifest-level checks of bundle verification (docs/bundle-format.md).

Kept apart from `bundle_verify` (which fixes their order) so each rule reads
on its own: which members each kind of bundle has and how large they may be,
parsing the manifest without trusting it, the signature and member hashes.
The trust registry's checks are in `trust_checks`, the data part's (JSON
Schema, reference data) in `content_checks`.

Every refusal is a `BundleError(code, sentence)`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ascn_desktop.core.bundles import bundle_format, manifest_strict
from ascn_desktop.core.canonical_json import NotCanonical, loads_canonical_fast, loads_strict
from ascn_desktop.core.wording import counted
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_from_b64
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import N_, _

MANIFEST = bundle_format.MANIFEST
SIGNATURE = bundle_format.SIGNATURE
CITY_FOLDER = "cities/"
MAX_MANIFEST = manifest_strict.MEMBER_LIMITS[MANIFEST]
MAX_SIGNATURE = bundle_format.SIGNATURE_SIZE
MAX_DEPTH = 8

# The members of each kind; "cities/*.ascn" only in a national bundle.
KIND_MEMBERS: dict[str, frozenset[str]] = {
    kind: frozenset((MANIFEST, SIGNATURE, *fixed)) for kind, fixed in manifest_strict.FIXED_MEMBERS.items()}
KIND_WORDS = {"city-plan": N_("city plan bundle"), "national": N_("national bundle"), "review-note": N_("review note")}
_ALL_FIXED = frozenset().union(*KIND_MEMBERS.values()) | {bundle_format.REFERENCE_PACK}


def name_allowed_in_any_kind(name: str) -> bool:
    return name in _ALL_FIXED or bool(manifest_strict.CITY_MEMBER.match(name))


def size_limit(name: str) -> int:
    return manifest_strict.member_limit(name)


@dataclass(frozen=True)
class Signer:
    name: str
    role: str
    country: str
    city: str | None
    public_key: bytes
    fingerprint: str
    card: dict[str, Any]


# --- the manifest ----------------------------------------------------------------


def _depth(value: Any, limit: int) -> int:
    stack: list[tuple[Any, int]] = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def parse_json_member(data: bytes, *, what: str, code: str, max_depth: int = MAX_DEPTH,
                      canonical: bool = False, check_depth: bool = True) -> Any:
    """Strict JSON (no floats, duplicates, NaN); a bomb of nesting or digits is refused, not raised."""
    try:
        value = loads_canonical_fast(data) if canonical else loads_strict(data)
    except NotCanonical as error:
        raise BundleError(code, _("The {what} of this bundle cannot be read: {message}").format(
            what=what, message=error.message)) from None
    except (RecursionError, ValueError, MemoryError, UnicodeEncodeError):  # a number with thousands of digits…
        raise BundleError(code, _("The {what} of this bundle is built to overload a reader "
                          "(absurd nesting or numbers); it was refused.").format(what=what)) from None
    if check_depth and _depth(value, max_depth) > max_depth:
        raise BundleError(code, _("The {what} of this bundle is nested far deeper than the format allows; "
                          "it was refused.").format(what=what))
    return value


def readable_manifest(data: bytes) -> tuple[dict[str, Any], bytes]:
    """§5 step 2: the manifest parses as JSON, states a format version this reader knows, and names
    a public key to check the signature with. Nothing else is believed before the signature."""
    manifest = parse_json_member(data, what="manifest", code="manifest-unreadable")
    if not isinstance(manifest, dict):
        raise BundleError("manifest-unreadable", _("The manifest of this bundle is not a JSON object; "
                          "the bundle is damaged or was not written by ASCN Desktop."))
    version = manifest.get("format_version")
    known = {v for versions in manifest_strict.KIND_VERSIONS.values() for v in versions}
    if not isinstance(version, int) or isinstance(version, bool) or version not in known:
        raise BundleError("format-version", _("This bundle uses format version {version}, which this "
                          "version of ASCN Desktop cannot read; update the app or ask the sender for a bundle "
                          "of a version it reads.").format(version=str(version)[:12]))
    signer = manifest.get("signer")
    key = signer.get("public_key") if isinstance(signer, dict) else None
    try:
        raw = public_key_from_b64(key if isinstance(key, str) else "")
    except AscnError:
        raise BundleError("signer-invalid", _("The signer's public key in this bundle's manifest is missing or "
                          "malformed, so its signature cannot be checked; it was refused.")) from None
    return manifest, raw


def check_expected_kind(manifest: dict[str, Any], expect_kind: str | None) -> None:
    kind = manifest["kind"]
    if expect_kind is not None and kind != expect_kind:
        raise BundleError("wrong-kind", _wrong_kind_sentence(kind, expect_kind))


def _wrong_kind_sentence(kind: str, expected: str) -> str:
    """'This is a review note, not a city plan bundle.': one whole sentence per pair of kinds."""
    sentences = {
        ("city-plan", "national"): lambda: _("This is a city plan bundle, not a national bundle."),
        ("city-plan", "review-note"): lambda: _("This is a city plan bundle, not a review note."),
        ("national", "city-plan"): lambda: _("This is a national bundle, not a city plan bundle."),
        ("national", "review-note"): lambda: _("This is a national bundle, not a review note."),
        ("review-note", "city-plan"): lambda: _("This is a review note, not a city plan bundle."),
        ("review-note", "national"): lambda: _("This is a review note, not a national bundle."),
    }
    found = sentences.get((kind, expected))
    if found is not None:
        return found()
    return _("This is a {kind}, not a {expect_kind}.").format(  # a kind this version does not know
        kind=_(KIND_WORDS.get(kind, kind)), expect_kind=_(KIND_WORDS.get(expected, expected)))


def check_member_set(manifest: dict[str, Any], names: set[str]) -> None:
    """The zip holds exactly the members the manifest lists (whose names and order are already checked)."""
    listed = {entry["name"] for entry in manifest["members"]} | {MANIFEST, SIGNATURE}
    for name in sorted(names):
        if name not in listed:
            raise BundleError("extra-member", _("The file “{name}” in this bundle is not listed in its signed "
                              "manifest; it was added after signing.").format(name=name))
    for name in sorted(listed):
        if name not in names:
            raise BundleError("member-missing", _("The file “{name}” listed in the signed manifest is missing "
                              "from this bundle; ask the sender to export it again.").format(name=name))


def signer_of(manifest: dict[str, Any]) -> Signer:
    card = manifest["signer"]
    raw = public_key_from_b64(card["public_key"])
    fingerprint = fingerprint_of(raw)
    if card["fingerprint"] != fingerprint:
        raise BundleError("signer-invalid", _("The fingerprint named in this bundle does not belong to its key; "
                          "the bundle was crafted to mislead."))
    return Signer(name=card["name"], role=card["role"], country=card["country"], city=card["city"],
                  public_key=raw, fingerprint=fingerprint, card=card)


def signed_at(manifest: dict[str, Any]) -> datetime:
    return manifest_strict.timestamp(manifest["created_at"])


def verify_signature(public_key: bytes, manifest_bytes: bytes, signature: bytes) -> None:
    if len(signature) != 64:
        raise BundleError("signature-invalid", _("The signature of this bundle is damaged; the bundle cannot be "
                          "trusted. Ask the sender to export it again."))
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError):
        raise BundleError("signature-invalid", _("The signature of this bundle does not match its manifest: "
                          "manifest.json (or manifest.sig) was changed after it was signed.")) from None


_MEMBER_WORDS = {"plan.pdf": N_("The PDF"), "plan.xlsx": N_("The Excel workbook"), "plan.json": N_("The plan data"),
                 "summary.pdf": N_("The national summary PDF"), "summary.xlsx": N_("The national summary workbook"),
                 "endorsement.json": N_("The endorsement note"), "review.json": N_("The review note")}


def check_member(entry: dict[str, Any], content: bytes) -> None:
    name = entry["name"]
    words = (_(_MEMBER_WORDS[name]) if name in _MEMBER_WORDS
             else _("The city bundle {file}").format(file=name.split("/", 1)[-1]))
    if len(content) != entry["size"] or hashlib.sha256(content).hexdigest() != entry["sha256"]:
        raise BundleError("member-hash-mismatch", _("{words} in this bundle was changed after it was signed.").format(
            words=words))


def valid_sentence(manifest: dict[str, Any], signer_name: str, document: dict[str, Any] | None = None) -> str:
    kind = manifest["kind"]
    if kind == "city-plan":
        city = (document or {}).get("city_name") or manifest["city"]
        return _("Valid: revision {revision} of the {city} plan for {cycle}, signed by {signer}, unchanged "
                 "since signing.").format(revision=manifest["revision"], city=city, cycle=manifest["cycle"],
                                          signer=signer_name)
    if kind == "national":
        count = sum(1 for entry in manifest["members"] if entry["name"].startswith(CITY_FOLDER))
        return _("Valid: national bundle of {country} with {city_plans}, signed by {signer}.").format(
            country=manifest["country"], city_plans=counted(count, "city plan"), signer=signer_name)
    return _("Valid: review note signed by {signer}.").format(signer=signer_name)
