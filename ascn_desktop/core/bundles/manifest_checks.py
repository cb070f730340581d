"""The manifest-level checks of bundle verification (docs/bundle-format.md).

Kept apart from `bundle_verify` (which fixes their order) so each rule reads
on its own: which members each kind of bundle has and how large they may be,
parsing the manifest without trusting it, the signature, member hashes, the
trust registry, and the data part against the JSON Schema.

Every refusal is a `BundleError(code, sentence)`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from collections.abc import Callable
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ascn_desktop.core.bundles import bundle_format, manifest_strict
from ascn_desktop.core.canonical_json import NotCanonical, loads_canonical_fast, loads_strict
from ascn_desktop.core import limits
from ascn_desktop.core.wording import counted
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.signing.fingerprint import fingerprint_of, public_key_from_b64
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.store.engine import Store
from ascn_desktop.core.i18n import N_, _

if TYPE_CHECKING:
    from ascn_desktop.core.signing.trust import RegistrySnapshot
    from ascn_desktop.store.models import IdentityRow, TrustedKey

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


# --- trust ---------------------------------------------------------------------


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


# --- content -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _plan_validator() -> Any:
    # Built once: compiling the schema costs more than validating a 50-project plan.
    # No format checker, exactly like the writer (bundle_format.plan_schema_errors).
    from jsonschema import Draft202012Validator

    return Draft202012Validator(bundle_format.plan_schema(), format_checker=None)


@lru_cache(maxsize=1)
def _fast_plan_validator() -> Any:
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(bundle_format.plan_schema())


def _fast_says_valid(document: Any) -> bool:
    try:
        return bool(_fast_plan_validator().is_valid(document))
    except Exception:  # e.g. a number beyond 64 bits: let the reference validator decide
        return False


def check_plan_document(document: Any) -> None:
    """plan.json against the JSON Schema. The Rust validator answers "valid" fast; anything it
    does not pass is checked again by `jsonschema`, whose finding is the one reported."""
    if _fast_says_valid(document):
        return
    error = next(iter(_plan_validator().iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        message = error.message if len(error.message) < 160 else error.message[:157] + "…"
        raise BundleError("plan-schema", _("The plan data in this bundle does not follow the format "
                          "(at {where}: {message}).").format(where=where, message=message))


MAX_TEXT = 100_000  # characters in one text field; the longest real description is far shorter
_VOCABULARY_FIELDS = (  # (where, key, vocabulary kind) checked against the receiver's reference data
    ("plan", "focus_areas", "focus_areas"), ("plan", "outcomes", "outcomes"),
    ("project", "focus_area", "focus_areas"), ("project", "outcomes", "outcomes"),
    ("project", "status", "project_statuses"),
)


def _longest_text(value: Any) -> int:
    stack, longest = [value], 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            longest = max(longest, len(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)
    return longest


def _content_error(message: str) -> BundleError:
    return BundleError("plan-content", _("The plan data in this bundle {message}; it was refused.").format(
        message=message))


def _may_hold_long_text(raw: bytes) -> bool:
    """False when no JSON string in `raw` can exceed MAX_TEXT characters (cheap, in C).

    A string's character count is at most its byte count, and with its escaped
    quotes and backslashes masked it is a run of bytes without a quote.
    """
    masked = raw.replace(b"\\\\", b"__").replace(b'\\"', b"__")
    return re.search(rb'[^"]{%d,}' % (MAX_TEXT + 1), masked) is not None


def check_plan_semantics(document: dict[str, Any], reference: ReferenceData, *, raw: bytes | None = None) -> None:
    """What the schema cannot say: codes this app knows, no negative money, no absurd text."""
    longest = _longest_text(document) if raw is None or _may_hold_long_text(raw) else 0
    if longest > MAX_TEXT:
        raise _content_error(f"holds a text of {longest:,} characters, far longer than any plan field")
    beyond = None if limits.document_within_limits(document) else next(limits.plan_problems(document), None)
    if beyond is not None:  # the editor's, the Excel import's and the export's limits too (core/limits.py)
        raise _content_error(f"gives the {beyond.field.replace('_', ' ')} of {beyond.where} more characters "
                             f"than this app accepts: it should be {beyond.expected}")
    known: dict[str, set[str]] = {}
    for kind, codes in reference.vocab.items():  # a cycle's own lists ("focus_areas:2026-2035") count as their kind
        known.setdefault(kind.split(":")[0], set()).update(codes)

    def check_codes(value: Any, kind: str) -> None:
        for code in value if isinstance(value, list) else [value]:
            if code is not None and code not in known.get(kind, set()):
                raise _content_error(f"uses the code “{str(code)[:32]}”, which is not a known "
                                     f"{kind.replace('_', ' ').rstrip('s')}")

    for where, key, kind in _VOCABULARY_FIELDS:
        if where == "plan":
            check_codes(document[key], kind)
    for project in document["projects"]:
        for where, key, kind in _VOCABULARY_FIELDS:
            if where == "project":
                check_codes(project[key], kind)
        if project["partner"] is not None and project["partner"] not in reference.partners:
            raise _content_error(f"names the partner “{project['partner'][:32]}”, which is not a known partner")
        if project["currency"] and project["currency"] not in reference.currency_decimals:
            raise _content_error(f"uses the currency “{project['currency']}”, which is not known")
        amounts = [project["budget"], project["budget_usd"], *(f["amount"] for f in project["funding"])]
        if any(isinstance(amount, str) and amount.startswith("-") for amount in amounts):
            raise _content_error(f"gives project {str(project['code'])[:40]} a negative amount")
        for funding in project["funding"]:
            check_codes(funding["type"], "funding_types")
        for milestone in project["milestones"]:
            check_codes(milestone["status"], "milestone_statuses")


def check_content(manifest: dict[str, Any], members: dict[str, bytes], *,
                  reference: Callable[[], ReferenceData]) -> dict[str, Any] | None:
    """Parse and check the data part; return the parsed document (plan, endorsement or review)."""
    kind = manifest["kind"]
    if kind == "city-plan":
        # No depth walk: the schema fixes every level of plan.json and stops at the first wrong one.
        document = parse_json_member(members["plan.json"], what="plan data", code="plan-invalid",
                                     canonical=True, check_depth=False)
        check_plan_document(document)
        check_plan_semantics(document, reference(), raw=members["plan.json"])
        for key, field in (("uuid", "plan_uuid"), ("city", "city"), ("cycle", "cycle"),
                           ("revision", "revision"), ("country", "country")):
            if document.get(key) != manifest.get(field):
                raise BundleError("manifest-plan-mismatch", _("The plan data and the manifest of this bundle "
                                  "disagree about the plan's {key}; the bundle was crafted.").format(key=key))
        return document
    if kind == "review-note":
        from ascn_desktop.core.bundles.review_note import check_review_document

        document = parse_json_member(members["review.json"], what="review note", code="review-invalid",
                                     canonical=True)
        check_review_document(document, manifest)
        return document
    document = parse_json_member(members["endorsement.json"], what="endorsement", code="endorsement-invalid",
                                 canonical=True)
    if not isinstance(document, dict):
        raise BundleError("endorsement-invalid", _("The endorsement of this national bundle is malformed."))
    return document


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
