"""The hostile-bundle corpus: each case a real .ascn made from a valid bundle and broken in one way.

Nothing here is a stored binary: `build_corpus(ctx)` makes every case from a
valid bundle at test time. Each `Case` names the stable refusal code the
verifier (or, for a replay, the importer) must give, and a few words its
sentence must contain, so a case refused for the wrong reason fails.

Groups (see docs/reliability.md for the list):
- bytes: every member's content flipped (first, middle, last byte) or
  truncated, the raw archive damaged or cut short;
- members: missing, extra, renamed, duplicated, reordered central directory;
- names: absolute, `..`, backslash, drive letter, NUL, folder, symlink;
- bombs: ratio, lying sizes, entry count, overlapping entries, encryption,
  unknown compression, ZIP64, split archives, hidden data;
- manifest: wrong types, huge numbers, deep nesting, wrong format version;
- signatures: untrusted key, revoked key after its revocation date, the right
  key over a different manifest, a forged fingerprint;
- signing time: dated in the future, before the key was created, a revoked
  key's bundle backdated to before the revocation (first seen after it);
- plan.json: valid JSON that breaks the schema or the manifest, oversized text;
- national: a national bundle whose inner city bundle was altered;
- replay: an older revision with other content after a newer one.
"""

from __future__ import annotations

import copy
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from ascn_desktop.core.canonical_json import canonical_bytes
from bundle_factory import Signer
from hostile.bundles import PDF, XLSX, city_bundle, national_bundle
from hostile.zipcraft import UNIX_LINK, Entry, Layout, craft_zip, entries_of

MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    code: str  # the verifier's stable code (or the importer's, for stage "import")
    words: tuple[str, ...] = ()  # fragments the sentence must contain (case-insensitive)
    status: str = "invalid"  # invalid | untrusted
    stage: str = "verify"  # verify | import (the refusal comes from the importer)
    group: str = ""


@dataclass
class CorpusContext:
    document: dict[str, Any]  # a valid plan.json document (revision 2) of a known city
    signer: Signer  # trusted by the receiving store
    stranger: Signer  # not in the receiving store's registry
    revoked: Signer  # trusted, revoked before SIGNED_AT
    national: Signer  # the trusted National Representative
    extra: dict[str, Any] = field(default_factory=dict)

    def bundle(self, **overrides: Any) -> bytes:
        return city_bundle(self.document, self.signer, **overrides)

    def doc(self, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        document = copy.deepcopy(self.document)
        change(document)
        return document


# --- bytes -----------------------------------------------------------------------


def _flip(data: bytes, where: int) -> bytes:
    where = where % len(data)
    return data[:where] + bytes([data[where] ^ 0x01]) + data[where + 1:]


def _member_changed(entries: list[Entry], name: str, change: Callable[[bytes], bytes]) -> list[Entry]:
    """Change a member's content and re-zip it properly (fresh CRC), as a tamperer would."""
    return [replace(entry, data=change(entry.data), compressed=None) if entry.name == name else entry
            for entry in entries]


def byte_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    cases: list[Case] = []
    entries = entries_of(base)
    edits: list[tuple[str, Callable[[bytes], bytes]]] = [
        ("first byte flipped", lambda d: _flip(d, 0)),
        ("middle byte flipped", lambda d: _flip(d, len(d) // 2)),
        ("last byte flipped", lambda d: _flip(d, -1)),
        ("truncated to half", lambda d: d[: len(d) // 2]),
        ("emptied", lambda d: b""),
        ("one byte appended", lambda d: d + b"\n"),
    ]
    signed = {"plan.json": "plan data", "plan.xlsx": "Excel workbook", "plan.pdf": "PDF"}
    for member, words in signed.items():
        for label, change in edits:
            cases.append(Case(f"{member} {label}", craft_zip(_member_changed(entries, member, change)),
                              "member-hash-mismatch", (words, "changed after it was signed"), group="bytes"))
    # The manifest: any change to its bytes breaks either its JSON or its signature.
    manifest_edits: list[tuple[str, Callable[[bytes], bytes], str]] = [
        ("manifest first byte flipped", lambda d: _flip(d, 0), "manifest-unreadable"),
        ("manifest byte inside a value flipped", lambda d: d.replace(b'"app_version":"test"',
                                                                   b'"app_version":"tesu"'), "signature-invalid"),
        ("manifest revision raised", lambda d: d.replace(b'"revision":2', b'"revision":9'), "signature-invalid"),
        ("manifest last byte flipped", lambda d: _flip(d, -1), "manifest-unreadable"),
        ("manifest truncated to half", lambda d: d[: len(d) // 2], "manifest-unreadable"),
        ("manifest emptied", lambda d: b"", "manifest-unreadable"),
        ("manifest with a trailing newline", lambda d: d + b"\n", "signature-invalid"),
    ]
    for label, change, code in manifest_edits:
        cases.append(Case(label, craft_zip(_member_changed(entries, "manifest.json", change)), code,
                          ("manifest",) if code == "manifest-unreadable" else ("signature",), group="bytes"))
    signature_edits: list[tuple[str, Callable[[bytes], bytes], str]] = [
        ("signature first byte flipped", lambda d: _flip(d, 0), "signature-invalid"),
        ("signature last byte flipped", lambda d: _flip(d, -1), "signature-invalid"),
        ("signature truncated to 63 bytes", lambda d: d[:63], "signature-invalid"),
        ("signature emptied", lambda d: b"", "signature-invalid"),
        ("signature zeroed", lambda d: bytes(len(d)), "signature-invalid"),
        ("signature one byte longer", lambda d: d + b"\x00", "member-too-large"),
    ]
    for label, change, code in signature_edits:
        cases.append(Case(label, craft_zip(_member_changed(entries, "manifest.sig", change)), code,
                          ("signature",) if code == "signature-invalid" else ("larger",), group="bytes"))
    # The raw archive, damaged in transit (CRCs no longer match, structures cut).
    pdf_offset = base.find(PDF[:20])
    xlsx_offset = base.find(XLSX[:20])
    cases += [
        Case("raw byte flipped inside the stored PDF (bad CRC)", _flip(base, pdf_offset + 100), "member-damaged",
             ("PDF", "damaged"), group="bytes"),
        Case("raw byte flipped inside the stored workbook (bad CRC)", _flip(base, xlsx_offset + 100),
             "member-damaged", ("plan.xlsx", "damaged"), group="bytes"),
        Case("archive cut in half", base[: len(base) // 2], "not-a-zip", ("not a zip",), group="bytes"),
        Case("archive missing its last byte", base[:-1], "not-a-zip", ("cut short",), group="bytes"),
        Case("archive cut inside the central directory", base[: base.find(b"PK\x01\x02") + 30], "not-a-zip",
             ("not a zip",), group="bytes"),
        Case("empty file", b"", "not-a-zip", ("too short",), group="bytes"),
        Case("a PDF renamed to .ascn", PDF, "not-a-zip", ("not a bundle",), group="bytes"),
        Case("the manifest alone, not zipped", canonical_bytes(ctx.document), "not-a-zip", ("not a bundle",),
             group="bytes"),
    ]
    return cases


# --- members ---------------------------------------------------------------------


def member_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    entries = entries_of(base)

    def without(name: str) -> bytes:
        return craft_zip([entry for entry in entries if entry.name != name])

    cases = [Case(f"{name} missing", without(name), "member-missing", (name, "missing"), group="members")
             for name in ("plan.json", "plan.xlsx", "plan.pdf")]
    cases += [
        Case("manifest.json missing", without("manifest.json"), "member-missing", ("manifest.json",),
             group="members"),
        Case("manifest.sig missing", without("manifest.sig"), "member-missing", ("manifest.sig",), group="members"),
        Case("extra unknown member", craft_zip(entries + [Entry("notes.txt", b"hello")]), "unexpected-member",
             ("notes.txt",), group="members"),
        Case("extra member of another kind (summary.pdf)", craft_zip(entries + [Entry("summary.pdf", PDF)]),
             "extra-member", ("summary.pdf",), group="members"),
        Case("extra member in a folder", craft_zip(entries + [Entry("cities/x.ascn", b"PK")]),
             "extra-member", ("cities/x.ascn",), group="members"),
        Case("member signed out of the manifest but still present",
             ctx.bundle(edit=lambda m: m.update(members=[e for e in m["members"] if e["name"] != "plan.pdf"])),
             "manifest-member-order", ("plan.pdf",), group="members"),
        Case("plan.pdf renamed plan2.pdf",
             craft_zip([replace(e, name="plan2.pdf") if e.name == "plan.pdf" else e for e in entries]),
             "unexpected-member", ("plan2.pdf",), group="members"),
        Case("plan.json renamed PLAN.JSON",
             craft_zip([replace(e, name="PLAN.JSON") if e.name == "plan.json" else e for e in entries]),
             "unexpected-member", ("PLAN.JSON",), group="members"),
        Case("plan.json duplicated", craft_zip(entries + [Entry("plan.json", b"{}")]), "duplicate-member",
             ("twice",), group="members"),
        Case("plan.json duplicated with other case", craft_zip(entries + [Entry("Plan.json", b"{}")]),
             "duplicate-member", ("twice",), group="members"),
        Case("manifest duplicated (second one unsigned)",
             craft_zip(entries + [Entry("manifest.json", b'{"format_version":1}')]), "duplicate-member",
             ("twice",), group="members"),
        Case("central directory in another order than the entries",
             craft_zip(entries, Layout(central_order=[0, 1, 2, 4, 3])), "zip-layout", ("laid out",),
             group="members"),
        Case("two central records for one entry",
             craft_zip(entries, Layout(extra_central=[(2, "plan.json")])), "duplicate-member", ("twice",),
             group="members"),
    ]
    return cases


# --- names -----------------------------------------------------------------------


def name_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    entries = entries_of(base)

    def named(name: str | bytes, **extra: Any) -> bytes:
        return craft_zip(entries + [Entry(name, b"x", **extra)])

    return [
        Case("absolute path", named("/etc/passwd"), "unsafe-name", ("absolute",), group="names"),
        Case("absolute path to a member name", named("/plan.json"), "unsafe-name", ("absolute",), group="names"),
        Case("parent folder", named("../../.bashrc"), "unsafe-name", ("climbs out",), group="names"),
        Case("parent folder inside a folder", named("cities/../../x.ascn"), "unsafe-name", ("climbs out",),
             group="names"),
        Case("backslash name", named("..\\..\\windows\\system.ini"), "unsafe-name", ("backslash",),
             group="names"),
        Case("drive letter", named("C:/Windows/evil.dll"), "unsafe-name", ("absolute",), group="names"),
        Case("drive letter without slash", named("C:evil.dll"), "unsafe-name", ("absolute",), group="names"),
        Case("NUL byte hiding an extension", named(b"plan.pdf\x00.exe"), "unsafe-name", ("control",),
             group="names"),
        Case("folder entry", named("cities/"), "unexpected-member", ("folder",), group="names"),
        Case("control character in a name", named("plan\x1b[2J.pdf"), "unsafe-name", ("name",), group="names"),
        Case("symlink entry as plan.pdf",
             craft_zip([replace(e, external_attr=UNIX_LINK, data=b"/etc/passwd", method=0)
                        if e.name == "plan.pdf" else e for e in entries]), "link-member", ("link",),
             group="names"),
        Case("windows reparse point (junction) as plan.xlsx",
             craft_zip([replace(e, create_system=0, external_attr=0x400 | 0x20) if e.name == "plan.xlsx" else e
                        for e in entries]), "link-member", ("link",), group="names"),
        Case("local header names another file than the central directory",
             craft_zip([replace(e, local_name="plan.exe") if e.name == "plan.pdf" else e for e in entries]),
             "zip-layout", ("two different names",), group="names"),
    ]


# --- bombs and archive tricks ------------------------------------------------------------


def bomb_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    entries = entries_of(base)
    zeros = bytes(60 * MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated_zeros = packer.compress(zeros) + packer.flush()
    del zeros
    small = [e for e in entries if e.name != "plan.pdf"]
    many = [Entry(f"f{n}.txt", b"", method=0) for n in range(1000)]
    overlap_entries = entries
    pdf_index = [e.name for e in entries].index("plan.pdf")
    return [
        Case("zip bomb by ratio (60 MB of zeros as the PDF)",
             craft_zip(small + [Entry("plan.pdf", b"", compressed=deflated_zeros, declared_size=60 * MB,
                                      crc=0)]), "zip-bomb", ("zip bomb",), group="bombs"),
        Case("zip bomb lying about its size (manifest and zip declare 1 KB, inflates to 60 MB; zipfile stops at 1 KB)",
             ctx.bundle(edit=_listed_size("plan.pdf", 1024),
                        entries=lambda es: [replace(e, compressed=deflated_zeros, declared_size=1024, crc=0)
                                            if e.name == "plan.pdf" else e for e in es]),
             "member-damaged", ("plan.pdf", "damaged"), group="bombs"),
        Case("zip declares another size than the manifest (refused before unpacking)",
             craft_zip(small + [Entry("plan.pdf", b"", compressed=deflated_zeros, declared_size=1024, crc=0)]),
             "member-hash-mismatch", ("PDF", "changed after it was signed"), group="bombs"),
        Case("member declared larger than any member may be",
             craft_zip([replace(e, declared_size=200 * MB) if e.name == "plan.pdf" else e for e in entries]),
             "member-too-large", ("larger",), group="bombs"),
        Case("zip bomb by entry count (1000 entries)", craft_zip(entries + many), "zip-too-many-entries",
             ("far more",), group="bombs"),
        Case("end record claims 65535 entries", craft_zip(entries, Layout(count=0xFFFF)), "zip64", ("ZIP64",),
             group="bombs"),
        Case("end record claims 50000 entries", craft_zip(entries, Layout(count=50000)), "zip-too-many-entries",
             ("far more",), group="bombs"),
        Case("overlapping entries (PDF and workbook share bytes)",
             craft_zip([replace(e, declared_size=len(XLSX)) if e.name == "plan.pdf" else e
                        for e in overlap_entries],
                       Layout(central_offsets={pdf_index: _offset_of(base, "plan.xlsx")})),
             "zip-overlap", ("overlapping",), group="bombs"),
        Case("encrypted member (traditional PKWARE flag)",
             craft_zip([replace(e, flags=e.flags | 0x1) if e.name == "plan.json" else e for e in entries]),
             "encrypted-member", ("encrypted",), group="bombs"),
        Case("encrypted member (strong encryption flag)",
             craft_zip([replace(e, flags=e.flags | 0x41) if e.name == "plan.pdf" else e for e in entries]),
             "encrypted-member", ("encrypted",), group="bombs"),
        Case("unknown compression method (bzip2)",
             craft_zip([replace(e, method=zipfile.ZIP_BZIP2, compressed=e.data) if e.name == "plan.json" else e
                        for e in entries]), "unsupported-compression", ("compression",), group="bombs"),
        Case("split (multi-disk) archive", craft_zip(entries, Layout(disk=1)), "zip-multi-disk", ("split",),
             group="bombs"),
        Case("data appended after the archive", base + b"MZ" + bytes(100), "not-a-zip", ("not a zip",),
             group="bombs"),
        Case("archive comment", craft_zip(entries, Layout(comment=b"hidden payload")), "zip-trailing-data",
             ("extra data",), group="bombs"),
        Case("data prepended (self-extractor stub)", craft_zip(entries, Layout(prefix=b"MZ" + bytes(510))),
             "zip-layout", (), group="bombs"),
        Case("hidden data between the entries and the directory", craft_zip(entries, Layout(between=b"x" * 64)),
             "zip-layout", ("hidden",), group="bombs"),
        Case("deflate stream damaged", craft_zip([replace(e, compressed=b"\xff" * 40) if e.name == "plan.json"
                                                  else e for e in entries]),
             "member-damaged", ("damaged",), group="bombs"),
        Case("workbook declared 10 bytes shorter than it is, in the zip and the manifest",
             ctx.bundle(edit=_listed_size("plan.xlsx", len(XLSX) - 10),
                        entries=lambda es: [replace(e, declared_size=len(XLSX) - 10) if e.name == "plan.xlsx"
                                            else e for e in es]),
             "member-damaged", ("plan.xlsx", "damaged"), group="bombs"),
    ]


def _listed_size(name: str, size: int) -> Callable[[dict[str, Any]], None]:
    def edit(manifest: dict[str, Any]) -> None:
        for entry in manifest["members"]:
            if entry["name"] == name:
                entry["size"] = size
    return edit


def _offset_of(data: bytes, name: str) -> int:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.getinfo(name).header_offset


# --- manifest ----------------------------------------------------------------------


def manifest_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    def edited(change: Callable[[dict[str, Any]], None]) -> bytes:
        return ctx.bundle(edit=change)

    def raw(manifest: bytes, *, stored: bool = False) -> bytes:
        # Stored, not deflated: a deflated manifest of repeated bytes is (rightly) refused as a zip bomb first.
        return ctx.bundle(manifest_data=manifest, entries=(lambda es: [
            replace(e, method=0) if e.name == "manifest.json" else e for e in es]) if stored else None)

    def member_field(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
        return lambda m: m["members"][0].update({key: value})

    deep = b"[" * 100_000 + b"]" * 100_000
    return [
        Case("format version 2", edited(lambda m: m.update(format_version=2)), "format-version",
             ("format version 2",), group="manifest"),
        Case("format version 0", edited(lambda m: m.update(format_version=0)), "format-version", ("version",),
             group="manifest"),
        Case("format version as text", edited(lambda m: m.update(format_version="1")), "format-version",
             ("version",), group="manifest"),
        Case("format version true", edited(lambda m: m.update(format_version=True)), "format-version",
             ("version",), group="manifest"),
        Case("format version missing", edited(lambda m: m.pop("format_version")), "format-version",
             ("version",), group="manifest"),
        Case("unknown kind", edited(lambda m: m.update(kind="city-plan-v9")), "manifest-field-invalid",
             ("unknown kind",), group="manifest"),
        Case("revision as text", edited(lambda m: m.update(revision="2")), "manifest-revision", ("revision",),
             group="manifest"),
        Case("revision negative", edited(lambda m: m.update(revision=-1)), "manifest-revision", ("revision",),
             group="manifest"),
        Case("revision huge (10^30)", edited(lambda m: m.update(revision=10**30)), "manifest-revision",
             ("revision",), group="manifest"),
        Case("number with 100000 digits", raw(b'{"format_version":1,"revision":' + b"9" * 100_000 + b"}", stored=True),
             "manifest-unreadable", ("overload",), group="manifest"),
        Case("float in the manifest", raw(b'{"format_version":1,"revision":1.5}'), "manifest-unreadable",
             ("fractional",), group="manifest"),
        Case("NaN in the manifest", raw(b'{"format_version":NaN}'), "manifest-unreadable", ("NaN",),
             group="manifest"),
        Case("nesting 100000 deep", raw(deep, stored=True), "manifest-unreadable", ("overload",), group="manifest"),
        Case("deflated manifest of 200000 brackets (ratio)", raw(deep), "zip-bomb", ("zip bomb",),
             group="manifest"),
        Case("nesting 40 deep inside the signer card",
             edited(lambda m: m["signer"].update(extra=_nested(40))), "manifest-unreadable", ("deeper",),
             group="manifest"),
        Case("manifest is a list", raw(b"[1,2,3]"), "manifest-unreadable", ("not a JSON object",), group="manifest"),
        Case("manifest with a duplicate key", raw(b'{"format_version":1,"format_version":1}'), "manifest-unreadable",
             ("twice",), group="manifest"),
        Case("manifest not UTF-8", raw(b'{"kind":"\xff\xfe"}'), "manifest-unreadable", ("UTF-8",),
             group="manifest"),
        Case("manifest with a byte-order mark", raw(b"\xef\xbb\xbf" + canonical_bytes({"format_version": 1})),
             "manifest-unreadable", ("byte-order",), group="manifest"),
        Case("members not a list", edited(lambda m: m.update(members={"plan.json": 1})), "manifest-field-invalid",
             ("members",), group="manifest"),
        Case("member size as text", edited(member_field("size", "12")), "manifest-field-invalid", ("size",),
             group="manifest"),
        Case("member size huge", edited(member_field("size", 10**20)), "manifest-field-invalid", ("size",),
             group="manifest"),
        Case("member checksum upper-case", edited(lambda m: m["members"][0].update(
            sha256=m["members"][0]["sha256"].upper())), "manifest-field-invalid", ("sha256",), group="manifest"),
        Case("member listed twice", edited(lambda m: m["members"].append(dict(m["members"][0]))),
             "manifest-member-order", ("plan.json, plan.xlsx, plan.pdf, plan.json",), group="manifest"),
        Case("manifest lists itself", edited(lambda m: m["members"].append(
            {"name": "manifest.json", "size": 1, "sha256": "0" * 64})), "manifest-member-order", ("manifest.json",),
             group="manifest"),
        Case("bundle uuid not an identifier", edited(lambda m: m.update(bundle_uuid="../../etc")),
             "manifest-field-invalid", ("bundle_uuid",), group="manifest"),
        Case("created_at not a date", edited(lambda m: m.update(created_at="2026-13-45T99:00:00Z")),
             "manifest-timestamp", ("date",), group="manifest"),
        Case("signer not an object", edited(lambda m: m.update(signer="me")), "signer-invalid", ("signer",),
             group="manifest"),
        Case("signer key malformed", edited(lambda m: m["signer"].update(public_key="not base64!")),
             "signer-invalid", ("malformed",), group="manifest"),
        Case("manifest over 1 MB", edited(lambda m: m.update(padding="x" * (2 * MB))), "member-too-large",
             ("larger",), group="manifest"),
    ]


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


# --- signatures and trust ------------------------------------------------------------


def signature_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    other = ctx.bundle(edit=lambda m: m.update(app_version="other"))
    other_signature = entries_of(other)[1].data
    forged_card = dict(ctx.stranger.card, fingerprint=ctx.signer.fingerprint, name=ctx.signer.card["name"])
    return [
        Case("valid signature by an untrusted key", city_bundle(ctx.document, ctx.stranger), "signer-unknown",
             ("not in your trust registry",), status="untrusted", group="signatures"),
        Case("valid signature by a revoked key after its revocation date",
             city_bundle(ctx.document, ctx.revoked), "signer-revoked", ("revoked",), group="signatures"),
        Case("the right key's signature over a different manifest", ctx.bundle(signature=other_signature),
             "signature-invalid", ("signature",), group="signatures"),
        Case("a stranger signs but the card claims the trusted fingerprint",
             city_bundle(ctx.document, replace(ctx.stranger, card=forged_card)), "signer-invalid",
             ("fingerprint",), group="signatures"),
        Case("a stranger's signature on a manifest naming the trusted key",
             ctx.bundle(signature=ctx.stranger.key.sign(entries_of(base)[0].data),
                        manifest_data=entries_of(base)[0].data), "signature-invalid", ("signature",),
             group="signatures"),
        Case("the trusted key swapped into a stranger-signed manifest",
             city_bundle(ctx.document, ctx.stranger, edit=lambda m: m.update(signer=dict(ctx.signer.card))),
             "signature-invalid", ("signature",), group="signatures"),
    ]


# --- signing times (a signer chooses the date it writes; the receiver does not believe all of it) ------


def signing_time_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    return [
        Case("signed in 2099", ctx.bundle(created_at=datetime(2099, 1, 1, tzinfo=UTC)), "signed-in-future",
             ("in the future", "date and time"), group="signing time"),
        Case("signed before the key was created", ctx.bundle(created_at=datetime(2025, 6, 1, tzinfo=UTC)),
             "signed-before-key", ("before", "key was created"), group="signing time"),
        Case("a revoked key backdates a bundle to before its revocation",
             city_bundle(ctx.document, ctx.revoked, created_at=datetime(2026, 1, 2, tzinfo=UTC)),
             "signer-revoked", ("revoked", "first saw this bundle now"), group="signing time"),
    ]


# --- plan.json ---------------------------------------------------------------------


def plan_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    def project(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
        return lambda d: change(d["projects"][0])

    def schema_case(name: str, change: Callable[[dict[str, Any]], None], words: tuple[str, ...] = (),
                    code: str = "plan-schema") -> Case:
        return Case(name, ctx.bundle(plan_json=canonical_bytes(ctx.doc(change))), code,
                    ("does not follow the format",) + words if code == "plan-schema" else words, group="plan")

    huge = "Đ" * (10 * MB // 2)  # 10 MB of UTF-8
    cases = [
        schema_case("title is a number", lambda d: d.update(title=42), ("title",)),
        schema_case("projects is an object", lambda d: d.update(projects={}), ("projects",)),
        schema_case("project without a title", project(lambda p: p.pop("title")), ("title",)),
        schema_case("budget as a JSON number", project(lambda p: p.update(budget=1500)), ("budget",)),
        schema_case("budget with three decimals", project(lambda p: p.update(budget="1.005")), ("budget",)),
        schema_case("budget beyond 10^15", project(lambda p: p.update(budget="1" + "0" * 16 + ".00")),
                    ("budget",)),
        schema_case("sdg 18", project(lambda p: p.update(sdgs=[18])), ("sdgs",)),
        schema_case("milestone quarter 5", project(lambda p: p["milestones"][0].update(due_quarter=5)),
                    ("due_quarter",)),
        schema_case("milestone 101 percent done", project(lambda p: p["milestones"][0].update(percent=101)),
                    ("percent",)),
        schema_case("year 99999", project(lambda p: p.update(start_year=99999)), ("start_year",)),
        schema_case("unknown field", lambda d: d.update(macro="=cmd|' /C calc'!A0"), ("macro",)),
        schema_case("focus area code with a formula", project(lambda p: p.update(focus_area="=1+1")),
                    ("focus_area",)),
        schema_case("plan status unknown", lambda d: d.update(status="approved"), ("status",)),
        schema_case("wrong document kind", lambda d: d.update(kind="ascn-national"), ("kind",)),
        schema_case("plan uuid differs from the manifest", lambda d: d.update(uuid="0" * 8 + "-0000-4000-8000-"
                                                                               + "0" * 12),
                    ("uuid",), code="manifest-plan-mismatch"),
        schema_case("city differs from the manifest", lambda d: d.update(city="THA-BANGKOK"), ("city",),
                    code="manifest-plan-mismatch"),
        Case("plan.json with a float", ctx.bundle(plan_json=canonical_bytes(ctx.document).replace(
            b'"revision":2', b'"revision":2.0')), "plan-invalid", ("fractional",), group="plan"),
        Case("plan.json not JSON", ctx.bundle(plan_json=b"<plan/>"), "plan-invalid", ("cannot be read",),
             group="plan"),
        # Valid against the schema but not a plan any city could have written.
        schema_case("unknown focus area", project(lambda p: p.update(focus_area="ZZ")), ("not a known focus area",),
                    code="plan-content"),
        schema_case("negative budget", project(lambda p: p.update(budget="-5.00")), ("budget",)),
        schema_case("negative funding amount", project(lambda p: p["funding"][0].update(amount="-1.00")),
                    ("amount",)),
        Case("10 MB title (stored, so the ratio check does not stop it first)",
             ctx.bundle(plan_json=canonical_bytes(ctx.doc(lambda d: d.update(title=huge))),
                        entries=lambda es: [replace(e, method=0) if e.name == "plan.json" else e for e in es]),
             "plan-content", ("far longer",), group="plan"),
        Case("10 MB title deflated (ratio)", ctx.bundle(plan_json=canonical_bytes(ctx.doc(
            lambda d: d.update(title=huge)))), "zip-bomb", ("zip bomb",), group="plan"),
        # The limits every entry applies (core/limits.py): what the editor, Excel import and export refuse.
        schema_case("a project title of 40,000 characters", project(lambda p: p.update(title="T" * 40_000)),
                    ("title of project", "at most 500 characters"), code="plan-content"),
        schema_case("a milestone title of 600 characters",
                    project(lambda p: p["milestones"][0].update(title="M" * 600)),
                    ("milestone", "at most 500 characters"), code="plan-content"),
        schema_case("unknown project status", project(lambda p: p.update(status="finished")),
                    ("not a known project status",), code="plan-content"),
        schema_case("unknown partner", project(lambda p: p.update(partner="EVIL")), ("not a known partner",),
                    code="plan-content"),
    ]
    return cases


# --- national and replay ----------------------------------------------------------------


def national_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    def altered(change: Callable[[bytes], bytes]) -> bytes:
        city = ctx.bundle()
        return national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": change(city)}, ctx.national)

    def plan_changed(city: bytes) -> bytes:
        return craft_zip(_member_changed(entries_of(city), "plan.pdf", lambda d: _flip(d, 500)))

    stranger_city = city_bundle(ctx.document, ctx.stranger)
    return [
        Case("national bundle whose inner city PDF was altered", altered(plan_changed), "inner-member-hash-mismatch",
             ("city bundle", "changed after it was signed", "whole national bundle"), group="national"),
        Case("national bundle whose inner city bundle was re-signed by a stranger",
             national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": stranger_city}, ctx.national),
             "inner-signer-unknown", ("city bundle", "trust registry"), status="untrusted",
             group="national"),
        Case("national bundle whose inner city manifest was altered", altered(
            lambda city: craft_zip(_member_changed(entries_of(city), "manifest.json",
                                                   lambda d: d.replace(b'"revision":2', b'"revision":7')))),
             "inner-signature-invalid", ("city bundle",), group="national"),
        Case("national bundle carrying a national bundle",
             national_bundle({"nested.ascn": national_bundle({"x.ascn": base}, ctx.national)}, ctx.national),
             "inner-wrong-kind", ("city bundle",), group="national"),
        Case("national bundle whose inner city bundle is not listed in its manifest",
             national_bundle({"VNM-Da-Nang-2018-2025-r2.ascn": base}, ctx.national,
                             edit=lambda m: m.update(members=[e for e in m["members"]
                                                              if not e["name"].startswith("cities/")])),
             "manifest-member-order", ("cities/",), group="national"),
    ]


def replay_cases(ctx: CorpusContext, base: bytes) -> list[Case]:
    older = ctx.doc(lambda d: d.update(revision=1, title=d["title"] + " (old draft)"))
    same_revision = ctx.doc(lambda d: d.update(title=d["title"] + " (other content)"))
    return [
        Case("replayed older revision with other content", city_bundle(older, ctx.signer), "replay",
             ("replay",), stage="import", group="replay"),
        Case("same revision again with other content", city_bundle(same_revision, ctx.signer), "replay",
             ("replay",), stage="import", group="replay"),
        Case("bundle identifier reused for other content",
             city_bundle(same_revision, ctx.signer, bundle_uuid=ctx.extra["base_bundle_uuid"]),
             "bundle-uuid-reused", ("replay",), stage="import", group="replay"),
    ]


GROUPS = (byte_cases, member_cases, name_cases, bomb_cases, manifest_cases, signature_cases, signing_time_cases,
          plan_cases, national_cases, replay_cases)


def build_corpus(ctx: CorpusContext, base: bytes) -> list[Case]:
    """Every hostile case made from the valid bundle `base` (signed by `ctx.signer`)."""
    cases = [case for group in GROUPS for case in group(ctx, base)]
    names = [case.name for case in cases]
    assert len(names) == len(set(names)), "case names must be distinct"
    return cases
