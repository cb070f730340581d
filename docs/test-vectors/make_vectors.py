"""Generate the published test vectors of the ASCN bundle format (docs/test-vectors/README.md).

    python docs/test-vectors/make_vectors.py            # rewrite the folder
    python docs/test-vectors/make_vectors.py --check    # exit 1 if the folder differs from a fresh run

Everything is deterministic: keys come from published seeds (never trust
them), identifiers from UUIDv5 of a label, every timestamp is fixed, so a
regeneration gives the same bytes. The plan documents start from the worked
example's plan.json (docs/examples/example-plan.json); the Excel and PDF
members are short text stand-ins (a verifier hashes them, never parses them).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import struct
import sys
import uuid
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from ascn_desktop.core.canonical_json import canonical_bytes  # noqa: E402

SIGNED_AT = "2026-06-01T08:00:00Z"
LATER = "2026-09-01T08:00:00Z"
REVOKED_AT = "2026-07-01T00:00:00Z"
ZIP_TIME = (2026, 6, 1, 8, 0, 0)
XLSX = b"plan.xlsx stand-in (a verifier hashes it, never parses it)\n"
PDF = b"%PDF-1.7 plan.pdf stand-in (a verifier hashes it, never parses it)\n"
SUMMARY_XLSX = b"summary.xlsx stand-in\n"
SUMMARY_PDF = b"%PDF-1.7 summary.pdf stand-in\n"
CITY_NAMES = {"VNM-DA-NANG": ("Đà Nẵng", "Da Nang", "VNM", "Viet Nam", "VND"),
              "VNM-HA-NOI": ("Hà Nội", "Ha Noi", "VNM", "Viet Nam", "VND"),
              "VNM-HO-CHI-MINH-CITY": ("Hồ Chí Minh", "Ho Chi Minh City", "VNM", "Viet Nam", "VND"),
              "THA-BANGKOK": ("กรุงเทพมหานคร", "Bangkok", "THA", "Thailand", "THB")}


# --- keys and cards --------------------------------------------------------------------


class Key:
    def __init__(self, label: str, *, name: str, role: str, country: str, city: str | None) -> None:
        seed = hashlib.sha256(f"ASCN test vector key {label}; public, never trust it".encode()).digest()
        self.private = Ed25519PrivateKey.from_private_bytes(seed)
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        b32 = base64.b32encode(hashlib.sha256(raw).digest()[:20]).decode()
        self.label = label
        self.card = {"kind": "ascn-identity-card", "format_version": 1, "name": name, "role": role,
                     "country": country, "city": city, "public_key": base64.b64encode(raw).decode(),
                     "fingerprint": "-".join(b32[i:i + 4] for i in range(0, 32, 4)),
                     "created_at": "2026-01-01T00:00:00Z"}

    @property
    def fingerprint(self) -> str:
        return str(self.card["fingerprint"])

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


KEYS = {
    "csco-da-nang": Key("csco-da-nang", name="Nguyễn Thị Lan", role="csco", country="VNM", city="VNM-DA-NANG"),
    "csco-ha-noi": Key("csco-ha-noi", name="Phạm Văn Hùng", role="csco", country="VNM", city="VNM-HA-NOI"),
    "csco-hcmc": Key("csco-hcmc", name="Võ Thị Mai", role="csco", country="VNM", city="VNM-HO-CHI-MINH-CITY"),
    "csco-bangkok": Key("csco-bangkok", name="สมชาย ใจดี", role="csco", country="THA", city="THA-BANGKOK"),
    "csco-da-nang-old": Key("csco-da-nang-old", name="Trần Văn Bình", role="csco", country="VNM",
                            city="VNM-DA-NANG"),
    "nr-vnm": Key("nr-vnm", name="Lê Văn Cường", role="nr", country="VNM", city=None),
    "nr-tha": Key("nr-tha", name="Somsak Rattana", role="nr", country="THA", city=None),
    "asec": Key("asec", name="Siti Rahma", role="asec", country="IDN", city=None),
    "stranger": Key("stranger", name="Mallory", role="csco", country="VNM", city="VNM-HA-NOI"),
}
# What the reader trusts: every key but csco-hcmc (known only through the NR's vouch) and the stranger.
TRUSTED = ("csco-da-nang", "csco-ha-noi", "csco-bangkok", "csco-da-nang-old", "nr-vnm", "nr-tha", "asec")
REVOKED = {"csco-da-nang-old": REVOKED_AT}


def ident(label: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:ascn:test-vectors:{label}"))


# --- zip ---------------------------------------------------------------------------------


def zip_bytes(members: list[tuple[str, bytes]], *, deflate: Callable[[str], bool] | None = None,
              tweak: Callable[[zipfile.ZipInfo], None] | None = None) -> bytes:
    """The members in order, as the app writes them (JSON deflated, the rest stored)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=False) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            use_deflate = deflate(name) if deflate else name.endswith(".json")
            info.compress_type = zipfile.ZIP_DEFLATED if use_deflate else zipfile.ZIP_STORED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            if tweak is not None:
                tweak(info)
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


def set_flag_bit(data: bytes, name: str, bit: int) -> bytes:
    """Set a general-purpose flag bit of `name` in both its local and central header."""
    out = bytearray(data)
    encoded = name.encode()
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        position = out.find(signature)
        while position >= 0:
            if out[position + name_at:position + name_at + len(encoded)] == encoded:
                struct.pack_into("<H", out, position + flag_at, struct.unpack_from("<H", out, position + flag_at)[0]
                                 | bit)
            position = out.find(signature, position + 4)
    return bytes(out)


# --- documents and bundles -----------------------------------------------------------------


def plan_document(city: str = "VNM-DA-NANG", *, revision: int = 1, cycle: str = "2018-2025") -> dict[str, Any]:
    document: dict[str, Any] = json.loads((HERE.parent / "examples" / "example-plan.json").read_text("utf-8"))
    name, name_en, country, country_name, currency = CITY_NAMES[city]
    start, end = (int(year) for year in cycle.split("-"))
    document.update(city=city, city_name=name, city_name_en=name_en, country=country, country_name=country_name,
                    currency=currency, uuid=ident(f"plan/{city}/{cycle}"), revision=revision, cycle=cycle,
                    cycle_start_year=start, cycle_end_year=end)
    return document


def city_file(city: str, revision: int, cycle: str = "2018-2025") -> str:
    name_en, country = CITY_NAMES[city][1], CITY_NAMES[city][2]
    return f"{country}-{name_en.replace(' ', '-')}-{cycle}-r{revision}.ascn"


Edit = Callable[[dict[str, Any]], None]


def signed_bundle(manifest: dict[str, Any], members: list[tuple[str, bytes]], key: Key, *,
                  manifest_edit: Edit | None = None, relist: bool = True, raw_manifest: bytes | None = None,
                  signature: bytes | None = None, zip_members: Callable[[list[tuple[str, bytes]]],
                                                                       list[tuple[str, bytes]]] | None = None,
                  deflate: Callable[[str], bool] | None = None) -> bytes:
    if relist:
        manifest["members"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                               for n, d in members]
    if manifest_edit is not None:
        manifest_edit(manifest)
    data = canonical_bytes(manifest) if raw_manifest is None else raw_manifest
    entries = [("manifest.json", data), ("manifest.sig", key.sign(data) if signature is None else signature)]
    entries += members
    return zip_bytes(zip_members(entries) if zip_members else entries, deflate=deflate)


def city_bundle(document: dict[str, Any] | None = None, key: Key | None = None, *, plan_json: bytes | None = None,
                created_at: str = SIGNED_AT, label: str = "city", **options: Any) -> bytes:
    document = document or plan_document()
    key = key or KEYS["csco-da-nang"]
    manifest = {"format_version": 1, "kind": "city-plan", "bundle_uuid": ident(f"bundle/{label}"),
                "plan_uuid": document["uuid"], "city": document["city"], "country": document["country"],
                "cycle": document["cycle"], "revision": document["revision"], "created_at": created_at,
                "app_version": "test-vectors", "signer": dict(key.card), "members": []}
    members = [("plan.json", canonical_bytes(document) if plan_json is None else plan_json), ("plan.xlsx", XLSX),
               ("plan.pdf", PDF)]
    return signed_bundle(manifest, members, key, **options)


def inner_manifest(bundle: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        found: dict[str, Any] = json.loads(archive.read("manifest.json"))
        return found


def national_bundle(carried: dict[str, bytes], key: Key | None = None, *, label: str = "national",
                    country: str = "VNM", cycle: str = "2018-2025", version: int = 2,
                    vouches: list[str] = ("csco-hcmc",), revocations: list[dict[str, Any]] = (),
                    endorsement_edit: Edit | None = None, city_edit: Callable[[list[dict[str, Any]]], None] | None
                    = None, **options: Any) -> bytes:
    """A national bundle carrying {file name: city bundle}; its statements follow the carried bundles."""
    key = key or KEYS["nr-vnm"]
    cities = []
    for file, data in sorted(carried.items()):
        inner = inner_manifest(data)
        cities.append({"file": f"cities/{file}", "city": inner["city"], "plan_uuid": inner["plan_uuid"],
                       "revision": inner["revision"], "bundle_uuid": inner["bundle_uuid"],
                       "signer_fingerprint": inner["signer"]["fingerprint"]})
    if city_edit is not None:
        city_edit(cities)
    endorsed = ("city", "plan_uuid", "revision") if version == 2 else ("city", "revision")
    endorsement: dict[str, Any] = {
        "kind": "ascn-endorsement", "document_version": version, "country": country, "cycle": cycle,
        "text": "Việt Nam endorses these plans.",
        "endorsed_by": {"name": key.card["name"], "fingerprint": key.fingerprint}, "endorsed_at": SIGNED_AT,
        "cities": [{k: entry[k] for k in endorsed} for entry in cities]}
    if version == 2:
        endorsement["vouches"] = [dict(KEYS[label_].card) for label_ in vouches]
        endorsement["revocations"] = list(revocations)
    if endorsement_edit is not None:
        endorsement_edit(endorsement)
    members = [("endorsement.json", canonical_bytes(endorsement)), ("summary.xlsx", SUMMARY_XLSX),
               ("summary.pdf", SUMMARY_PDF)]
    members += [(f"cities/{file}", data) for file, data in sorted(carried.items())]
    manifest = {"format_version": version, "kind": "national", "bundle_uuid": ident(f"bundle/{label}"),
                "country": country, "cycle": cycle, "created_at": SIGNED_AT, "app_version": "test-vectors",
                "signer": dict(key.card), "cities": cities, "members": []}
    return signed_bundle(manifest, members, key, deflate=lambda n: n.endswith(".json"), **options)


def review_note(key: Key | None = None, *, decision: str = "returned", reason: str = "Add milestones.",
                label: str = "review", document_edit: Edit | None = None, **options: Any) -> bytes:
    key = key or KEYS["nr-vnm"]
    plan = plan_document()
    document: dict[str, Any] = {
        "kind": "ascn-review-note", "document_version": 1, "plan_uuid": plan["uuid"], "city": plan["city"],
        "cycle": plan["cycle"], "revision": 1, "decision": decision, "reason": reason,
        "reviewer": {"name": key.card["name"], "role": key.card["role"], "fingerprint": key.fingerprint},
        "reviewed_at": SIGNED_AT}
    if document_edit is not None:
        document_edit(document)
    manifest = {"format_version": 1, "kind": "review-note", "bundle_uuid": ident(f"bundle/{label}"),
                "plan_uuid": plan["uuid"], "city": plan["city"], "country": plan["country"], "cycle": plan["cycle"],
                "revision": 1, "created_at": SIGNED_AT, "app_version": "test-vectors", "signer": dict(key.card),
                "members": []}
    return signed_bundle(manifest, [("review.json", canonical_bytes(document))], key, **options)


# --- the vectors -----------------------------------------------------------------------------


def flip(data: bytes, needle: bytes, replacement: bytes) -> bytes:
    assert needle in data, needle
    return data.replace(needle, replacement, 1)


def replace_member(bundle: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        members = [(n, archive.read(n)) for n in archive.namelist()]
    return zip_bytes([(n, change(d) if n == name else d) for n, d in members])


def vectors() -> list[tuple[str, str, str, str, bytes]]:
    """(file, kind, expected code, description, bytes); the expected status follows from the code."""
    dn, hn, hcmc, bkk = (plan_document(c) for c in ("VNM-DA-NANG", "VNM-HA-NOI", "VNM-HO-CHI-MINH-CITY",
                                                      "THA-BANGKOK"))
    good = city_bundle(label="good")
    hanoi = city_bundle(hn, KEYS["csco-ha-noi"], label="hanoi")
    vouched_city = city_bundle(hcmc, KEYS["csco-hcmc"], label="hcmc")
    carried = {city_file("VNM-DA-NANG", 1): good, city_file("VNM-HA-NOI", 1): hanoi}
    out: list[tuple[str, str, str, str, bytes]] = []

    def add(name: str, kind: str, code: str, description: str, data: bytes) -> None:
        out.append((f"{name}.ascn", kind, code, description, data))

    def city(name: str, code: str, description: str, **options: Any) -> None:
        add(f"city-{name}", "city-plan", code, description, city_bundle(label=name, **options))

    def cm(edit: Edit) -> Edit:
        return edit

    # City plans: good.
    add("city-good", "city-plan", "ok", "A valid city plan signed by the city's trusted officer.", good)
    add("city-good-ha-noi", "city-plan", "ok", "Another city's valid plan.", hanoi)
    city("good-stored-json", "ok", "JSON members stored instead of deflated (either method is allowed).",
         deflate=lambda n: False)
    city("good-reference-version", "ok", "The optional reference_version field (integer >= 1).",
         manifest_edit=lambda m: m.update(reference_version=3))
    city("good-revision-max", "ok", "Revision 1,000,000, the largest allowed.",
         document=plan_document(revision=1_000_000))
    city("good-before-revocation", "ok", "Signed by a key before its revocation instant.",
         key=KEYS["csco-da-nang-old"], created_at="2026-06-30T23:59:59Z")
    # Archive.
    add("city-not-a-zip", "city-plan", "not-a-zip", "Not a zip archive at all.", b"hello, not a zip" * 8)
    add("city-truncated", "city-plan", "not-a-zip", "The bundle cut in half.", good[: len(good) // 2])
    add("city-trailing-data", "city-plan", "not-a-zip", "Bytes appended after the end record.", good + b"junk")
    add("city-unsafe-name", "city-plan", "unsafe-name", "A member named ../plan.pdf.",
        zip_bytes([("manifest.json", b"{}"), ("../plan.pdf", PDF)]))
    add("city-unknown-member", "city-plan", "unexpected-member", "An extra member notes.txt.",
        zip_bytes(zip_members_of(good) + [("notes.txt", b"hi")]))
    add("city-duplicate-member", "city-plan", "duplicate-member", "plan.pdf twice.",
        zip_bytes_dup(zip_members_of(good) + [("plan.pdf", PDF)]))
    add("city-encrypted", "city-plan", "encrypted-member", "plan.pdf flagged as encrypted.",
        set_flag_bit(good, "plan.pdf", 1))
    add("city-too-many-entries", "city-plan", "zip-too-many-entries", "65 entries.",
        zip_bytes([(f"f{n}", b"") for n in range(65)]))
    add("city-member-too-large", "city-plan", "member-too-large", "manifest.sig of 65 bytes.",
        replace_member(good, "manifest.sig", lambda d: d + b"\0"))
    # Manifest readable.
    add("city-manifest-not-json", "city-plan", "manifest-unreadable", "manifest.json is not JSON.",
        replace_member(good, "manifest.json", lambda d: b"not json"))
    add("city-manifest-float", "city-plan", "manifest-unreadable", "A fraction in the manifest.",
        replace_member(good, "manifest.json", lambda d: d.replace(b'"revision":1', b'"revision":1.0')))
    add("city-manifest-duplicate-key", "city-plan", "manifest-unreadable", "A key twice in the manifest.",
        replace_member(good, "manifest.json", lambda d: d[:-1] + b',"kind":"city-plan"}'))
    add("city-format-version-3", "city-plan", "format-version", "format_version 3, unknown to this reader.",
        city_bundle(label="fv3", manifest_edit=lambda m: m.update(format_version=3)))
    add("city-key-malformed", "city-plan", "signer-invalid", "The signer's public key is not base64 of 32 bytes.",
        city_bundle(label="badkey", manifest_edit=lambda m: m["signer"].update(public_key="AAAA")))
    # Signature.
    add("city-manifest-byte-flipped", "city-plan", "signature-invalid",
        "One byte of the manifest changed after signing (plan.pdf renamed plan.pdg).",
        replace_member(good, "manifest.json", lambda d: flip(d, b'"plan.pdf"', b'"plan.pdg"')))
    add("city-manifest-revision-raised", "city-plan", "signature-invalid", "The revision edited after signing.",
        replace_member(good, "manifest.json", lambda d: flip(d, b'"revision":1', b'"revision":2')))
    add("city-signature-flipped", "city-plan", "signature-invalid", "One bit of manifest.sig flipped.",
        replace_member(good, "manifest.sig", lambda d: bytes([d[0] ^ 1]) + d[1:]))
    add("city-signature-short", "city-plan", "signature-invalid", "manifest.sig of 63 bytes.",
        replace_member(good, "manifest.sig", lambda d: d[:63]))
    add("city-signed-by-other-key", "city-plan", "signature-invalid", "Signed by a key other than the card's.",
        city_bundle(label="otherkey", signature=KEYS["stranger"].sign(b"x")))
    # Strict manifest.
    city("unknown-field", "manifest-unknown-field", "An extra manifest field.",
         manifest_edit=lambda m: m.update(comment="hi"))
    city("unknown-card-field", "manifest-unknown-field", "An extra field in the signer's card.",
         manifest_edit=lambda m: m["signer"].update(email="a@b.c"))
    city("unknown-member-field", "manifest-unknown-field", "An extra field in a member entry.",
         manifest_edit=lambda m: m["members"][0].update(mode=420))
    city("missing-field", "manifest-field-missing", "No app_version.",
         manifest_edit=lambda m: m.pop("app_version"))
    city("members-out-of-order", "manifest-member-order", "members listed pdf, xlsx, json.",
         manifest_edit=lambda m: m["members"].reverse())
    city("member-unlisted", "manifest-member-order", "plan.pdf not listed in the manifest.",
         manifest_edit=lambda m: m["members"].pop())
    city("fractional-seconds", "manifest-timestamp", "created_at with fractional seconds.",
         manifest_edit=lambda m: m.update(created_at="2026-06-01T08:00:00.5Z"))
    city("offset-timestamp", "manifest-timestamp", "created_at with +07:00 instead of Z.",
         manifest_edit=lambda m: m.update(created_at="2026-06-01T15:00:00+07:00"))
    city("impossible-date", "manifest-timestamp", "created_at on 31 June.",
         manifest_edit=lambda m: m.update(created_at="2026-06-31T08:00:00Z"))
    city("revision-0", "manifest-revision", "Revision 0.", document=plan_document(revision=1),
         manifest_edit=lambda m: m.update(revision=0))
    city("revision-too-large", "manifest-revision", "Revision 1,000,001.",
         manifest_edit=lambda m: m.update(revision=1_000_001))
    city("revision-text", "manifest-revision", "Revision as the string \"1\".",
         manifest_edit=lambda m: m.update(revision="1"))
    city("size-negative", "manifest-field-invalid", "A member size of -1.",
         manifest_edit=lambda m: m["members"][0].update(size=-1))
    city("sha256-upper-case", "manifest-field-invalid", "A member SHA-256 in upper case.",
         manifest_edit=lambda m: m["members"][0].update(sha256=m["members"][0]["sha256"].upper()))
    city("bad-uuid", "manifest-field-invalid", "bundle_uuid is not a UUID.",
         manifest_edit=lambda m: m.update(bundle_uuid="not-a-uuid"))
    city("city-of-other-country", "manifest-field-invalid", "city THA-BANGKOK with country VNM.",
         manifest_edit=lambda m: m.update(city="THA-BANGKOK"))
    city("unknown-kind", "manifest-field-invalid", "kind \"city-plan-v9\".",
         manifest_edit=lambda m: m.update(kind="city-plan-v9"))
    add("city-not-canonical", "city-plan", "manifest-not-canonical", "A validly signed manifest with a space.",
        city_bundle(label="noncanon", raw_manifest=canonical_bytes(city_manifest_of(good)).replace(b",", b", ", 1)))
    city("fingerprint-mismatch", "signer-invalid", "The card's fingerprint is not its key's.",
         manifest_edit=lambda m: m["signer"].update(fingerprint=KEYS["csco-ha-noi"].fingerprint))
    # Members.
    add("city-pdf-changed", "city-plan", "member-hash-mismatch", "plan.pdf changed after signing.",
        replace_member(good, "plan.pdf", lambda d: d.replace(b"1.7", b"1.6")))
    add("city-xlsx-longer", "city-plan", "member-hash-mismatch", "plan.xlsx one byte longer.",
        replace_member(good, "plan.xlsx", lambda d: d + b"x"))
    add("city-pdf-missing", "city-plan", "member-missing", "plan.pdf listed but absent.",
        zip_bytes([m for m in zip_members_of(good) if m[0] != "plan.pdf"]))
    add("city-extra-listed-elsewhere", "city-plan", "extra-member", "review.json added, not listed.",
        zip_bytes(zip_members_of(good) + [("review.json", b"{}")]))
    # Content.
    city("plan-revision-differs", "manifest-plan-mismatch", "plan.json says revision 2, the manifest 1.",
         plan_json=canonical_bytes(plan_document(revision=2)))
    city("plan-city-differs", "manifest-plan-mismatch", "plan.json is Hà Nội's, the manifest Đà Nẵng's.",
         plan_json=canonical_bytes(hn), manifest_edit=lambda m: m.update(plan_uuid=hn["uuid"]))
    city("plan-not-canonical", "plan-invalid", "plan.json with a trailing newline.",
         plan_json=canonical_bytes(dn) + b"\n")
    city("plan-schema-unknown-field", "plan-schema", "plan.json with an unknown field.",
         plan_json=canonical_bytes({**dn, "macro": "=1+1"}))
    city("plan-schema-negative-amount", "plan-schema", "A negative budget (amounts are >= 0).",
         plan_json=canonical_bytes(with_budget(dn, "-5.00")))
    city("plan-schema-minus-zero-amount", "plan-schema", "The amount -0.00.",
         plan_json=canonical_bytes(with_budget(dn, "-0.00")))
    city("plan-schema-amount-too-large", "plan-schema", "An amount of 10^15.",
         plan_json=canonical_bytes(with_budget(dn, "1000000000000000.00")))
    city("good-amount-max", "ok", "The largest amount, 999999999999999.99.",
         document=with_budget(dn, "999999999999999.99"))
    city("plan-schema-minus-zero-decimal", "plan-schema", "An indicator value -0.",
         plan_json=canonical_bytes(with_indicator(dn, "-0")))
    # Trust and standing.
    city("signer-unknown", "signer-unknown", "Signed by a key the reader does not trust (exit 2).",
         document=hn, key=KEYS["stranger"])
    city("signer-revoked", "signer-revoked", "Signed at the revocation instant of its key (exit 1).",
         key=KEYS["csco-da-nang-old"], created_at=REVOKED_AT)
    city("other-city-officer", "signer-not-allowed", "Hà Nội's plan signed by Đà Nẵng's officer.",
         document=hn, key=KEYS["csco-da-nang"])
    city("signed-by-nr", "signer-not-allowed", "A city plan signed by the NR.", key=KEYS["nr-vnm"])
    city("untrusted-and-not-canonical-plan", "plan-invalid",
         "Content is checked before trust: a broken plan.json by an unknown key is invalid, not untrusted.",
         document=hn, key=KEYS["stranger"], plan_json=canonical_bytes(hn) + b" ")

    # Review notes.
    add("review-good-returned", "review-note", "ok", "A returned plan with a reason, by the NR.", review_note())
    add("review-good-accepted", "review-note", "ok", "An accepted plan, by the Secretariat.",
        review_note(KEYS["asec"], decision="accepted", reason="", label="review-asec"))
    add("review-good-comments", "review-note", "ok", "The optional field comments.",
        review_note(label="review-comments", document_edit=lambda d: d.update(
            comments=[{"id": "4f0c8c7e-3b1a-5d2e-9a53-0f8e2b6d1c44", "project_id": None, "field": "vision",
                       "about": "Plan · Vision", "text": "Give the source."}])))
    add("review-comment-malformed", "review-note", "review-invalid", "A field comment without its \"about\".",
        review_note(label="review-comment-bad", document_edit=lambda d: d.update(
            comments=[{"id": "4f0c8c7e-3b1a-5d2e-9a53-0f8e2b6d1c45", "project_id": None, "field": "vision",
                       "text": "Give the source."}])))
    add("review-reviewer-not-signer", "review-note", "review-signer",
        "review.json names Thailand's NR as reviewer; Viet Nam's NR signed it.",
        review_note(label="review-other", document_edit=lambda d: d.update(reviewer={
            "name": KEYS["nr-tha"].card["name"], "role": "nr", "fingerprint": KEYS["nr-tha"].fingerprint})))
    add("review-revision-differs", "review-note", "manifest-plan-mismatch", "review.json about revision 2.",
        review_note(label="review-rev", document_edit=lambda d: d.update(revision=2)))
    add("review-returned-without-reason", "review-note", "review-invalid", "Returned with an empty reason.",
        review_note(label="review-noreason", reason=""))
    add("review-unknown-field", "review-note", "review-invalid", "review.json with an unknown field.",
        review_note(label="review-extra", document_edit=lambda d: d.update(score=3)))
    add("review-by-other-country-nr", "review-note", "signer-not-allowed", "Thailand's NR reviews a Viet Nam plan.",
        review_note(KEYS["nr-tha"], label="review-tha"))
    add("review-by-city-officer", "review-note", "signer-not-allowed", "A city officer signs a review note.",
        review_note(KEYS["csco-ha-noi"], label="review-csco"))
    add("review-unknown-field-in-manifest", "review-note", "manifest-unknown-field", "An extra manifest field.",
        review_note(label="review-mextra", manifest_edit=lambda m: m.update(note="x")))

    # National bundles.
    def national(name: str, code: str, description: str, cities: dict[str, bytes] | None = None,
                 **options: Any) -> None:
        add(f"national-{name}", "national", code, description,
            national_bundle(carried if cities is None else cities, label=name, **options))

    national("good", "ok", "Two trusted cities; the NR vouches for Hồ Chí Minh City's key.")
    national("good-vouched-city", "ok", "A city whose key only the trusted NR vouches for.",
             cities={**carried, city_file("VNM-HO-CHI-MINH-CITY", 1): vouched_city})
    national("good-version-1", "ok", "Format version 1 (endorsement version 1, no vouches).", version=1)
    national("unvouched-city", "inner-signer-unknown",
             "A city whose key nobody vouches for (exit 2).", vouches=[],
             cities={**carried, city_file("VNM-HO-CHI-MINH-CITY", 1): vouched_city})
    national("vouch-revoked", "inner-signer-revoked", "The NR revoked the city key before the city signed.",
             vouches=[], revocations=[{"fingerprint": KEYS["csco-hcmc"].fingerprint,
                                       "revoked_at": "2026-05-01T00:00:00Z", "reason": "laptop stolen"}],
             cities={**carried, city_file("VNM-HO-CHI-MINH-CITY", 1): vouched_city})
    national("vouch-other-country", "vouch-other-country", "The NR vouches for Bangkok's officer.",
             vouches=["csco-bangkok"])
    national("vouch-not-a-city-officer", "vouch-invalid", "The NR vouches for another NR.", vouches=["nr-tha"])
    national("list-revision-differs", "national-city-mismatch",
             "The signed list and the file name say Hà Nội revision 2; the carried bundle is revision 1.",
             cities={city_file("VNM-DA-NANG", 1): good, city_file("VNM-HA-NOI", 2): hanoi},
             city_edit=lambda cs: cs[1].update(revision=2))
    national("list-plan-uuid-differs", "national-city-mismatch", "The signed list names another plan UUID.",
             city_edit=lambda cs: cs[0].update(plan_uuid=ident("other-plan")))
    national("list-signer-differs", "national-city-mismatch", "The signed list names another signer.",
             city_edit=lambda cs: cs[0].update(signer_fingerprint=KEYS["csco-ha-noi"].fingerprint))
    national("file-name-wrong-revision", "national-file-name", "Hà Nội revision 1 carried as …-r2.ascn.",
             cities={city_file("VNM-DA-NANG", 1): good, city_file("VNM-HA-NOI", 2): hanoi})
    national("two-bundles-same-city", "national-duplicate-city", "Two bundles of Đà Nẵng.",
             cities={city_file("VNM-DA-NANG", 1): good,
                     city_file("VNM-DA-NANG", 2): city_bundle(plan_document(revision=2), label="dn2")})
    national("city-of-other-country", "inner-wrong-country", "Bangkok's plan inside Viet Nam's bundle.",
             cities={city_file("VNM-DA-NANG", 1): good,
                     city_file("THA-BANGKOK", 1): city_bundle(bkk, KEYS["csco-bangkok"], label="bkk")})
    national("city-of-other-cycle", "inner-wrong-cycle", "A 2026-2035 plan in a 2018-2025 bundle.",
             cities={city_file("VNM-HA-NOI", 1, "2026-2035"): city_bundle(
                 plan_document("VNM-HA-NOI", cycle="2026-2035"), KEYS["csco-ha-noi"], label="hn-2026")})
    national("endorsement-other-country", "endorsement-country", "The endorsement names Thailand.",
             endorsement_edit=lambda e: e.update(country="THA"))
    national("endorsement-other-cycle", "endorsement-cycle", "The endorsement is for 2026-2035.",
             endorsement_edit=lambda e: e.update(cycle="2026-2035"))
    national("endorsement-no-cities", "endorsement-no-cities", "The endorsement endorses no city.",
             endorsement_edit=lambda e: e.update(cities=[]))
    national("endorsement-other-cities", "endorsement-cities", "The endorsement endorses other revisions.",
             endorsement_edit=lambda e: e["cities"][0].update(revision=5))
    national("endorsement-other-nr", "endorsement-signer", "The endorsement is in Thailand's NR's name.",
             endorsement_edit=lambda e: e.update(endorsed_by={"name": KEYS["nr-tha"].card["name"],
                                                               "fingerprint": KEYS["nr-tha"].fingerprint}))
    national("endorsement-unknown-field", "endorsement-invalid", "An extra endorsement field.",
             endorsement_edit=lambda e: e.update(stamp="official"))
    national("inner-pdf-changed", "inner-member-hash-mismatch", "A carried plan.pdf changed before the NR signed.",
             cities={city_file("VNM-DA-NANG", 1): replace_member(good, "plan.pdf", lambda d: d + b"x")})
    national("inner-manifest-changed", "inner-signature-invalid", "A carried manifest changed before the NR signed.",
             cities={city_file("VNM-DA-NANG", 1): replace_member(good, "manifest.json",
                                                                 lambda d: flip(d, b'"app_version":"test-vectors"',
                                                                                b'"app_version":"test-vectorz"'))})
    national("carries-a-review-note", "inner-wrong-kind", "A review note carried as a city bundle.",
             cities={city_file("VNM-DA-NANG", 1): review_note(label="inner-review")},
             city_edit=lambda cs: None)
    add("national-city-changed-after-signing", "national", "member-hash-mismatch",
        "A carried city bundle replaced after the NR signed.",
        replace_member(national_bundle(carried, label="changed"), "cities/" + city_file("VNM-DA-NANG", 1),
                       lambda d: replace_member(d, "plan.pdf", lambda p: p + b"x")))
    national("list-missing-city", "national-city-list", "The signed city list omits a carried bundle.",
             city_edit=lambda cs: cs.pop())
    national("signed-by-other-nr", "signer-not-allowed", "Viet Nam's bundle signed by Thailand's NR.",
             key=KEYS["nr-tha"])
    national("nr-unknown", "signer-unknown", "Signed by an NR the reader does not trust (exit 2).",
             key=Key("nr-unknown", name="Unknown NR", role="nr", country="VNM", city=None))
    national("format-version-2-endorsement-1", "endorsement-invalid",
             "A version 2 bundle with a version 1 endorsement.",
             endorsement_edit=lambda e: e.update(document_version=1))
    national("members-out-of-order", "manifest-member-order", "summary.pdf listed before summary.xlsx.",
             manifest_edit=lambda m: m["members"].insert(1, m["members"].pop(2)))
    return out


def with_budget(document: dict[str, Any], amount: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["projects"][0]["budget"] = amount
    return changed


def with_indicator(document: dict[str, Any], value: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["projects"][0]["indicators"][0]["baseline_value"] = value
    return changed


def zip_members_of(bundle: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return [(n, archive.read(n)) for n in archive.namelist()]


def zip_bytes_dup(members: list[tuple[str, bytes]]) -> bytes:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return zip_bytes(members)


def city_manifest_of(bundle: bytes) -> dict[str, Any]:
    return inner_manifest(bundle)


STATUS = {"ok": "valid", "signer-unknown": "untrusted", "inner-signer-unknown": "untrusted"}
EXIT = {"valid": 0, "untrusted": 2, "invalid": 1}


def build() -> dict[str, bytes]:
    """Every file of the folder (except README.md and this script), by name."""
    files: dict[str, bytes] = {}
    index = []
    for file, kind, code, description, data in vectors():
        status = STATUS.get(code, "invalid")
        files[f"bundles/{file}"] = data
        index.append({"file": f"bundles/{file}", "kind": kind, "status": status, "code": code,
                      "exit": EXIT[status], "description": description, "sha256": hashlib.sha256(data).hexdigest()})
    trust = [{"card": KEYS[label].card, "revoked_at": REVOKED.get(label), "reason": "laptop stolen"
              if label in REVOKED else None} for label in TRUSTED]
    # A reader first sees every vector now, after each revocation (spec §12), so
    # the revoked key's bundle signed before its revocation is valid only as its last bundle known good.
    for entry in trust:
        if entry["card"] == KEYS["csco-da-nang-old"].card:
            entry["last_good_sha256"] = hashlib.sha256(files["bundles/city-good-before-revocation.ascn"]).hexdigest()
    for label, key in KEYS.items():
        files[f"cards/{label}.json"] = (json.dumps(key.card, ensure_ascii=False, indent=2, sort_keys=True)
                                        + "\n").encode()
    files["trust.json"] = (json.dumps(trust, ensure_ascii=False, indent=2) + "\n").encode()
    files["index.json"] = (json.dumps({"format": "ascn-test-vectors", "version": 1, "trust": "trust.json",
                                       "vectors": index}, ensure_ascii=False, indent=2) + "\n").encode()
    return files


def main() -> int:
    files = build()
    if "--check" in sys.argv:
        stale = [name for name, data in files.items() if not (HERE / name).is_file()
                 or (HERE / name).read_bytes() != data]
        print("\n".join(stale) or "up to date")
        return 1 if stale else 0
    for name, data in files.items():
        target = HERE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"{sum(name.startswith('bundles/') for name in files)} vectors written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
