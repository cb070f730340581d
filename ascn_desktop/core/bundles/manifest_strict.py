"""The manifest as the contract fixes it: exact fields, types, ranges, member order (docs/bundle-format.md §3).

`check_manifest` runs after the signature has been verified (§5 step 4): a
manifest that fails here was signed as it is, by a writer that does not follow
the format, so each refusal names the field and the rule, with its own code:

- `manifest-not-canonical`  the bytes are not canonical JSON;
- `manifest-unknown-field`  a field the kind and version do not have (also inside the card and member entries);
- `manifest-field-missing`  a required field is absent;
- `manifest-field-invalid`  a field of the wrong type, form or range;
- `manifest-timestamp`      `created_at` not `YYYY-MM-DDTHH:MM:SSZ` (no fractions, no offset) or not a real instant;
- `manifest-revision`       `revision` not an integer from 1 to 1,000,000;
- `manifest-member-order`   `members` not exactly the kind's members in the specified order.

Unknown fields are refused in every version: a reader that ignored one would
sign off on a statement it never checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.canonical_json import NotCanonical, loads_canonical_fast
from ascn_desktop.core.bundles.zip_safety import BundleError
from ascn_desktop.core.i18n import _

MAX_REVISION = 1_000_000
MAX_REFERENCE_VERSION = 1_000_000
MAX_CITIES = 60  # carried city bundles; the entry limit (64) leaves room for the five fixed members
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
CITY = re.compile(r"^[A-Z]{3}-[A-Z0-9][A-Z0-9-]{0,60}$")
CYCLE = re.compile(r"^[0-9]{4}-[0-9]{4}$")
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")
PUBLIC_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")
TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
CITY_MEMBER = re.compile(r"^cities/[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.ascn$")
ROLES = ("csco", "nr", "asec")

# Which format versions each kind has (§10): the national bundle became version 2 when the
# endorsement began to carry the NR's vouches; nothing else changed, so the others stay at 1.
KIND_VERSIONS: dict[str, tuple[int, ...]] = {"city-plan": (1,), "review-note": (1,), "national": (1, 2)}
WRITE_VERSION = {"city-plan": 1, "review-note": 1, "national": 2}

COMMON_FIELDS = ("format_version", "kind", "bundle_uuid", "country", "cycle", "created_at", "app_version",
                 "signer", "members")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "city-plan": ("plan_uuid", "city", "revision"),
    "review-note": ("plan_uuid", "city", "revision"),
    "national": ("cities",),
}
# Present in bundles written from reference-data packs on (issue 14), absent before: never required.
OPTIONAL_FIELDS = ("reference_version",)
FIXED_MEMBERS: dict[str, tuple[str, ...]] = {
    "city-plan": (fmt.PLAN_JSON, fmt.PLAN_XLSX, fmt.PLAN_PDF),
    "review-note": ("review.json",),
    "national": ("endorsement.json", "summary.xlsx", "summary.pdf"),
}
CARD_FIELDS = fmt.CARD_FIELDS
MEMBER_FIELDS = ("name", "size", "sha256")
CITY_ENTRY_FIELDS = ("file", "city", "plan_uuid", "revision", "bundle_uuid", "signer_fingerprint")

MB = 1024 * 1024
# The largest each member may be, uncompressed (§4); cities/*.ascn is any carried city bundle.
MEMBER_LIMITS: dict[str, int] = {
    fmt.MANIFEST: MB, fmt.SIGNATURE: fmt.SIGNATURE_SIZE,
    fmt.PLAN_JSON: 64 * MB, fmt.PLAN_XLSX: 64 * MB, fmt.PLAN_PDF: 128 * MB,
    "review.json": MB, "endorsement.json": MB, "summary.xlsx": 64 * MB, "summary.pdf": 128 * MB,
    fmt.REFERENCE_PACK: 8 * MB,
}
# Kinds that may carry the Secretariat's newest reference pack right after their fixed members (issue 14).
PACK_CARRIERS = ("national", "review-note")
CITY_BUNDLE_LIMIT = 64 * MB


def _format_version_sentence(kind: str) -> str:
    """The refusal of a format version this app cannot read, one whole sentence per kind ({manifest}: it)."""
    return {
        "city-plan": lambda: _("This city plan bundle states format version {manifest}, which this version of "
                               "ASCN Desktop cannot read; update the app or ask the sender for a bundle of a "
                               "version it reads."),
        "national": lambda: _("This national bundle states format version {manifest}, which this version of "
                              "ASCN Desktop cannot read; update the app or ask the sender for a bundle of a "
                              "version it reads."),
        "review-note": lambda: _("This review note states format version {manifest}, which this version of "
                                 "ASCN Desktop cannot read; update the app or ask the sender for a bundle of a "
                                 "version it reads."),
    }[kind]()

def member_limit(name: str) -> int:
    return MEMBER_LIMITS.get(name, CITY_BUNDLE_LIMIT)


def _refuse(code: str, message: str) -> BundleError:
    return BundleError(code, _("The signed manifest of this bundle {message}; it does not follow the bundle "
                       "format, so it was refused.").format(message=message))


def _show(value: Any) -> str:
    return repr(value)[:40]


def exact_fields(value: Any, *, required: tuple[str, ...], optional: tuple[str, ...] = (), where: str) -> None:
    """`value` is an object with every required field and no other (optional ones allowed)."""
    if not isinstance(value, dict):
        raise _refuse("manifest-field-invalid", f"has {where} that is not a JSON object")
    for key in value:
        if key not in required and key not in optional:
            raise _refuse("manifest-unknown-field", f"has the field “{str(key)[:40]}” in {where}, which the "
                          "format does not have")
    for key in required:
        if key not in value:
            raise _refuse("manifest-field-missing", f"has no “{key}” field in {where}")


def _integer(value: Any, key: str, lowest: int, highest: int, *, code: str = "manifest-field-invalid") -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not lowest <= value <= highest:
        raise _refuse(code, f"gives “{key}” as {_show(value)}, not a whole number from {lowest:,} to {highest:,}")
    return value


def _text(value: Any, key: str, pattern: re.Pattern[str] | None = None, *, longest: int = 200) -> str:
    if not isinstance(value, str) or len(value) > longest or (pattern is not None and not pattern.match(value)):
        raise _refuse("manifest-field-invalid", f"gives “{key}” as {_show(value)}, which is not of the form "
                      "the format specifies")
    return value


def timestamp(value: Any, key: str = "created_at") -> datetime:
    """UTC to the second, 'YYYY-MM-DDTHH:MM:SSZ', and a real instant."""
    if not isinstance(value, str) or not TIMESTAMP.match(value):
        raise _refuse("manifest-timestamp", f"gives “{key}” as {_show(value)}; it must be UTC to the second, "
                      "like 2026-11-26T03:00:00Z")
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise _refuse("manifest-timestamp", f"gives “{key}” as {_show(value)}, which is not a real date") from None


def check_card(card: Any, *, where: str = "the signer's card") -> None:
    exact_fields(card, required=CARD_FIELDS, where=where)
    if card["kind"] != "ascn-identity-card" or card["format_version"] != 1 or isinstance(card["format_version"],
                                                                                           bool):
        raise _refuse("manifest-field-invalid", f"holds {where} that is not a version 1 identity card")
    _text(card["name"], "name")
    if not card["name"].strip():
        raise _refuse("manifest-field-invalid", f"holds {where} without a name")
    if card["role"] not in ROLES:
        raise _refuse("manifest-field-invalid", f"holds {where} with the unknown role {_show(card['role'])}")
    _text(card["country"], "country", COUNTRY)
    if card["city"] is not None:
        _text(card["city"], "city", CITY)
    _text(card["public_key"], "public_key", PUBLIC_KEY)
    _text(card["fingerprint"], "fingerprint", FINGERPRINT)
    timestamp(card["created_at"], "created_at of the card")


def _check_members(manifest: dict[str, Any]) -> None:
    kind = manifest["kind"]
    members = manifest["members"]
    if not isinstance(members, list) or len(members) > len(FIXED_MEMBERS[kind]) + 1 + MAX_CITIES:
        raise _refuse("manifest-field-invalid", "has a “members” list of the wrong form or length")
    for entry in members:
        exact_fields(entry, required=MEMBER_FIELDS, where="an entry of “members”")
        name = _text(entry["name"], "name", longest=160)
        _integer(entry["size"], f"size of {name}", 0, member_limit(name))
        _text(entry["sha256"], f"sha256 of {name}", SHA256)
    names = [entry["name"] for entry in members]
    fixed = list(FIXED_MEMBERS[kind])
    carried = names[len(fixed):]
    if kind in PACK_CARRIERS and carried[:1] == [fmt.REFERENCE_PACK]:
        carried = carried[1:]
    in_order = names[:len(fixed)] == fixed and (
        not carried if kind != "national"
        else bool(carried) and all(CITY_MEMBER.match(n) for n in carried) and carried == sorted(set(carried)))
    if not in_order:
        expected = ", ".join(fixed) + (f" (then {fmt.REFERENCE_PACK}, if carried)" if kind in PACK_CARRIERS else "") \
            + (", then each cities/….ascn in name order" if kind == "national" else "")
        raise _refuse("manifest-member-order", f"lists its files as {', '.join(n[:60] for n in names)[:300]}; "
                      f"the format lists exactly {expected}")


def _check_cities(manifest: dict[str, Any]) -> None:
    """The national manifest's signed city list: one entry per carried bundle, in the members' order."""
    cities = manifest["cities"]
    if not isinstance(cities, list):
        raise _refuse("manifest-field-invalid", "has a “cities” field that is not a list")
    for entry in cities:
        exact_fields(entry, required=CITY_ENTRY_FIELDS, where="an entry of “cities”")
        _text(entry["file"], "file", CITY_MEMBER, longest=160)
        _text(entry["city"], "city", CITY)
        _text(entry["plan_uuid"], "plan_uuid", UUID)
        _integer(entry["revision"], "revision", 1, MAX_REVISION, code="manifest-revision")
        _text(entry["bundle_uuid"], "bundle_uuid", UUID)
        _text(entry["signer_fingerprint"], "signer_fingerprint", FINGERPRINT)
    files = [entry["file"] for entry in cities]
    carried = [entry["name"] for entry in manifest["members"] if entry["name"].startswith("cities/")]
    if sorted(files) != carried:  # carried is in name order, each name once (_check_members)
        raise BundleError("national-city-list", _("The signed city list of this national bundle does not name "
                          "each city bundle it carries exactly once; it was refused."))


def check_manifest(manifest_bytes: bytes, *, parse: Callable[[bytes], Any] = loads_canonical_fast) -> dict[str, Any]:
    """The validly signed manifest, checked field by field; returns it parsed."""
    try:
        manifest = parse(manifest_bytes)
    except NotCanonical as error:
        raise _refuse("manifest-not-canonical", f"is not canonical JSON ({error.message.rstrip('.')})") from None
    kind = manifest.get("kind")
    if kind not in KIND_FIELDS:
        raise _refuse("manifest-field-invalid", f"names the unknown kind {_show(kind)}")
    exact_fields(manifest, required=COMMON_FIELDS + KIND_FIELDS[kind], optional=OPTIONAL_FIELDS,
                 where="the manifest")
    if manifest["format_version"] not in KIND_VERSIONS[kind]:
        raise BundleError("format-version", _format_version_sentence(kind).format(
            manifest=_show(manifest["format_version"])))
    _text(manifest["bundle_uuid"], "bundle_uuid", UUID)
    _text(manifest["country"], "country", COUNTRY)
    _text(manifest["cycle"], "cycle", CYCLE)
    timestamp(manifest["created_at"])
    _text(manifest["app_version"], "app_version", longest=64)
    if "reference_version" in manifest:
        _integer(manifest["reference_version"], "reference_version", 1, MAX_REFERENCE_VERSION)
    if kind != "national":
        _text(manifest["plan_uuid"], "plan_uuid", UUID)
        _text(manifest["city"], "city", CITY)
        _integer(manifest["revision"], "revision", 1, MAX_REVISION, code="manifest-revision")
        if not manifest["city"].startswith(manifest["country"] + "-"):
            raise _refuse("manifest-field-invalid", f"names the city {manifest['city']} as one of "
                          f"{manifest['country']}, which its code says it is not")
    check_card(manifest["signer"])
    _check_members(manifest)
    if kind == "national":
        _check_cities(manifest)
    return manifest
