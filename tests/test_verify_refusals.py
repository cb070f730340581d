"""Every refusal of the verifier: its own code, its own sentence, and the store left exactly as it was."""

from __future__ import annotations

import copy
import io
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import bundle_factory as bf
from ascn_desktop.core.bundles import bundle_format as fmt
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.signing_time import note_first_seen
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.bundles.zip_safety import MAX_ENTRIES
from ascn_desktop.store.engine import Store
from store_dump import dump_store


class Case:
    """A valid bundle's parts, to break one thing at a time."""

    def __init__(self, store: Store) -> None:
        self.reference = bf.load(store)
        self.signer = bf.make_signer(seed=7)
        self.plan = bf.demo_plan(self.reference)
        self.members = bf.city_members(self.plan, self.reference)
        self.manifest = fmt.build_manifest(
            bundle_uuid="0b7c0c3e-1111-4222-8333-444455556666", plan_uuid=self.plan.uuid, city=self.plan.city,
            country="VNM", cycle=self.plan.cycle, revision=self.plan.revision, created_at=bf.SIGNED_AT,
            app_version="test", signer_card=self.signer.card,
            members=[fmt.member_entry(name, self.members[name]) for name in fmt.SIGNED_MEMBERS])
        self.valid = bf.city_bundle(self.plan, self.reference, self.signer,
                                    bundle_uuid=self.manifest["bundle_uuid"])

    def signed(self, manifest: dict[str, Any] | None = None, members: dict[str, bytes] | None = None,
               *, relist: bool = True, extra: list[tuple[str, bytes]] = ()) -> bytes:
        """A bundle re-signed by the right key: only the broken part is wrong."""
        manifest = copy.deepcopy(manifest or self.manifest)
        members = members or self.members
        if relist:
            manifest["members"] = [fmt.member_entry(n, members[n]).as_json() for n in fmt.SIGNED_MEMBERS
                                   if n in members]
        manifest_data, signature = bf.sign_manifest(self.signer, manifest)
        ordered = [(fmt.MANIFEST, manifest_data), (fmt.SIGNATURE, signature)]
        ordered += [(n, members[n]) for n in fmt.SIGNED_MEMBERS if n in members]
        return bf.zip_members(ordered + list(extra))

    def parts(self) -> list[tuple[str, bytes]]:
        with zipfile.ZipFile(io.BytesIO(self.valid)) as archive:
            return [(name, archive.read(name)) for name in archive.namelist()]

    def replaced(self, name: str, data: bytes) -> bytes:
        return bf.zip_members([(n, data if n == name else d) for n, d in self.parts()])

    def plan_document(self, change: Callable[[dict[str, Any]], None]) -> bytes:
        from ascn_desktop.core.bundles.plan_document import plan_to_document

        document = plan_to_document(self.plan, self.reference)
        change(document)
        return self.signed(members={**self.members, fmt.PLAN_JSON: canonical_bytes(document)})


def _zip_with(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some cases
        with zipfile.ZipFile(buffer, "w") as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def _info(name: str, **attrs: Any) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


def _overlapping(case: Case) -> bytes:
    data = bytearray(case.valid)
    # Point the last central-directory entry at the first local entry's bytes.
    cd_start = data.rfind(b"PK\x01\x02", 0, data.rfind(b"PK\x05\x06"))
    struct.pack_into("<I", data, cd_start + 42, 0)
    return bytes(data)


def _reordered_directory(case: Case) -> bytes:
    data = case.valid
    eocd = data.rfind(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack("<II", data[eocd + 12:eocd + 20])
    records, position = [], cd_offset
    while position < cd_offset + cd_size:
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[position + 28:position + 34])
        end = position + 46 + name_len + extra_len + comment_len
        records.append(data[position:end])
        position = end
    return data[:cd_offset] + b"".join(reversed(records)) + data[cd_offset + cd_size:]


def _encrypted(case: Case) -> bytes:
    """The valid bundle with the 'encrypted' flag set on plan.pdf (zipfile cannot write one)."""
    data = bytearray(case.valid)
    local = data.find(b"PK\x03\x04plan.pdf"[:4], data.find(b"plan.pdf") - 30)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"plan.pdf"))
    struct.pack_into("<H", data, local + 6, struct.unpack_from("<H", data, local + 6)[0] | 1)
    struct.pack_into("<H", data, central + 8, struct.unpack_from("<H", data, central + 8)[0] | 1)
    return bytes(data)


def _incompressible_text(length: int) -> str:
    import base64
    import random

    return base64.b32encode(random.Random(1).randbytes(length * 5 // 8)).decode()[:length]


def _bomb() -> bytes:
    zeros = b"\0" * (16 * 1024 * 1024)
    return _zip_with([(_info("manifest.json", compress_type=zipfile.ZIP_DEFLATED), b"{}"),
                      (_info("plan.json", compress_type=zipfile.ZIP_DEFLATED), zeros)])


def _many_entries() -> bytes:
    return _zip_with([(f"f{n}", b"") for n in range(MAX_ENTRIES + 1)])


def _deep(case: Case) -> bytes:
    manifest = copy.deepcopy(case.manifest)
    nested: Any = "x"
    for _ in range(50):
        nested = [nested]
    manifest["app_version"] = nested
    return case.signed(manifest)


def _with(key: str, value: Any) -> Callable[[Case], bytes]:
    def make(case: Case) -> bytes:
        manifest = copy.deepcopy(case.manifest)
        manifest[key] = value
        return case.signed(manifest)
    return make


def _other_key_signature(case: Case) -> bytes:
    manifest_data = fmt.manifest_bytes(case.manifest)
    wrong = bf.make_signer(seed=9).key.sign(manifest_data)
    return case.replaced(fmt.SIGNATURE, wrong)


def _schema(change: Callable[[dict[str, Any]], None]) -> Callable[[Case], bytes]:
    return lambda case: case.plan_document(change)


def _set_project(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["projects"][0][key] = value
    return change


CASES: dict[str, tuple[Callable[[Case], bytes], str, str]] = {
    # name: (make, code, words the sentence must contain)
    "not a zip": (lambda c: b"hello, this is not a zip at all" * 10, "not-a-zip", "not a zip"),
    "truncated": (lambda c: c.valid[: len(c.valid) // 2], "not-a-zip", "not a zip"),
    "pdf changed": (lambda c: c.replaced("plan.pdf", bf.PDF_STAND_IN.replace(b"1.7", b"1.6")),
                    "member-hash-mismatch", "The PDF in this bundle was changed after it was signed."),
    "excel changed": (lambda c: c.replaced("plan.xlsx", bf.XLSX_STAND_IN + b"x"), "member-hash-mismatch",
                      "Excel workbook"),
    "manifest changed": (lambda c: c.replaced("manifest.json", fmt.manifest_bytes(
        {**c.manifest, "revision": 9})), "signature-invalid", "changed after it was signed"),
    "signature by another key": (_other_key_signature, "signature-invalid", "does not match"),
    "signature truncated": (lambda c: c.replaced(fmt.SIGNATURE, b"\0" * 10), "signature-invalid", "damaged"),
    "member missing": (lambda c: c.signed(members={k: v for k, v in c.members.items() if k != "plan.pdf"},
                                          relist=False), "member-missing", "plan.pdf"),
    "member not in manifest": (lambda c: c.signed(
        {**c.manifest, "members": c.manifest["members"][:2]}, relist=False), "manifest-member-order",
        "plan.json, plan.xlsx, plan.pdf"),
    "unknown member": (lambda c: c.signed(extra=[("notes.txt", b"hi")]), "unexpected-member", "notes.txt"),
    "member of another kind": (lambda c: c.signed(extra=[("review.json", b"{}")]), "extra-member",
                               "review.json"),
    "renamed member": (lambda c: bf.zip_members([("plan.PDF" if n == "plan.pdf" else n, d)
                                                 for n, d in c.parts()]), "unexpected-member", "plan.PDF"),
    "duplicate member": (lambda c: _zip_with([(n, d) for n, d in c.parts()] + [("plan.pdf", b"evil")]),
                         "duplicate-member", "twice"),
    "dot-dot name": (lambda c: _zip_with([("../plan.pdf", b"x")]), "unsafe-name", "climbs out"),
    "absolute name": (lambda c: _zip_with([("/etc/passwd", b"x")]), "unsafe-name", "absolute path"),
    "backslash name": (lambda c: _zip_with([("..\\plan.pdf", b"x")]), "unsafe-name", "backslash"),
    "drive letter name": (lambda c: _zip_with([("C:plan.pdf", b"x")]), "unsafe-name", "absolute path"),
    "symlink": (lambda c: _zip_with([(_info("plan.pdf", create_system=3, external_attr=0o120777 << 16),
                                      b"/etc/passwd")]), "link-member", "link"),
    "encrypted": (lambda c: _encrypted(c), "encrypted-member", "encrypted"),
    "bomb by ratio": (lambda c: _bomb(), "zip-bomb", "zip bomb"),
    "bomb by entry count": (lambda c: _many_entries(), "zip-too-many-entries", "far more"),
    "overlapping entries": (_overlapping, "zip-overlap", "overlapping"),
    "reordered directory": (_reordered_directory, "zip-layout", "reordered"),
    "trailing data": (lambda c: c.valid + b"junk", "not-a-zip", "not a zip"),
    "format version 2": (_with("format_version", 2), "format-version", "format version 2"),
    "revision is text": (_with("revision", "7"), "manifest-revision", "revision"),
    "huge revision": (_with("revision", 10 ** 30), "manifest-revision", "1,000,000"),
    "deep nesting": (_deep, "manifest-unreadable", "nested"),
    "manifest not object": (lambda c: c.replaced("manifest.json", b"[1,2,3]"), "manifest-unreadable", "object"),
    "manifest float": (lambda c: c.replaced("manifest.json", b'{"revision": 1.5}'), "manifest-unreadable",
                       "fractional"),
    "plan revision differs": (lambda c: c.signed({**c.manifest, "revision": 2}), "manifest-plan-mismatch",
                              "disagree"),
    "schema: wrong type": (_schema(_set_project("start_year", "2020")), "plan-schema", "does not follow"),
    "schema: unknown field": (_schema(lambda d: d.update(evil=1)), "plan-schema", "does not follow"),
    "unknown focus area": (_schema(_set_project("focus_area", "ZZ")), "plan-content", "focus area"),
    "negative amount": (_schema(_set_project("budget", "-5.00")), "plan-schema", "budget"),
    "10 MB string": (_schema(_set_project("description", _incompressible_text(10 * 1024 * 1024))), "plan-content",
                     "characters"),
    # Escaped quotes do not end a text: 101,000 characters in one label, a quote every thousand.
    "long text of quotes": (_schema(lambda d: d["labels"].setdefault("partners", {}).update(
        ZZ=('"' + "x" * 999) * 101)), "plan-content", "101,000 characters"),
}


@pytest.fixture(scope="module")
def case(module_store: Store) -> Case:
    made = Case(module_store)
    bf.trust(module_store, made.signer)
    return made


def test_the_untouched_bundle_is_valid(case: Case, module_store: Store, tmp_path: Path) -> None:
    result = verify_bundle(bf.write(tmp_path, "ok.ascn", case.valid), module_store)
    assert (result.status, result.code) == ("valid", "ok"), result.reason


@pytest.mark.parametrize("name", list(CASES))
def test_each_refusal_has_its_code_and_sentence_and_changes_nothing(
        name: str, case: Case, module_store: Store, tmp_path: Path) -> None:
    make, code, words = CASES[name]
    path = bf.write(tmp_path / "in", "bad.ascn", make(case))
    before = dump_store(module_store)
    result = verify_bundle(path, module_store)
    assert (result.status, result.code) == ("invalid", code), result.reason
    assert words in result.reason
    [outcome] = import_bundles(module_store, [path])
    assert outcome.status == "refused" and outcome.code == code
    assert dump_store(module_store) == before


def test_refusal_codes_are_distinct_per_reason() -> None:
    sentences = {(code, words) for _make, code, words in CASES.values()}
    assert len({code for code, _ in sentences}) >= 18


def test_unknown_signer_is_untrusted_not_invalid(store: Store, tmp_path: Path) -> None:
    made = Case(store)  # signer deliberately not trusted
    result = verify_bundle(bf.write(tmp_path, "a.ascn", made.valid), store)
    assert (result.status, result.code) == ("untrusted", "signer-unknown")
    assert made.signer.fingerprint in result.reason and "trust registry" in result.reason


def test_revoked_key_refused_after_revocation_but_valid_before(store: Store, tmp_path: Path) -> None:
    made = Case(store)
    bf.trust(store, made.signer, revoked_at=bf.SIGNED_AT - timedelta(days=1))
    result = verify_bundle(bf.write(tmp_path, "a.ascn", made.valid), store)
    assert (result.status, result.code) == ("invalid", "signer-revoked")
    assert "revoked" in result.reason
    bf.trust(store, made.signer, revoked_at=bf.SIGNED_AT + timedelta(days=1))
    # Its own date is before the revocation, but this store first sees it now, after: refused.
    result = verify_bundle(tmp_path / "a.ascn", store)
    assert (result.status, result.code) == ("invalid", "signer-revoked")
    assert "first saw this bundle now" in result.reason
    # A bundle this store saw before the revocation stays valid.
    with store.transaction() as session:
        note_first_seen(session, sha256=result.sha256, fingerprint=made.signer.fingerprint, at=bf.SIGNED_AT)
    assert verify_bundle(tmp_path / "a.ascn", store).status == "valid"


def test_trusted_fingerprint_with_another_key_is_refused(store: Store, tmp_path: Path) -> None:
    made = Case(store)
    impostor = bf.make_signer(seed=3)
    card = {**impostor.card, "fingerprint": made.signer.fingerprint}
    bf.trust(store, made.signer)
    manifest = {**made.manifest, "signer": card}
    result = verify_bundle(bf.write(tmp_path, "a.ascn", bf.Signer(impostor.key, card) and
                                    _signed_by(impostor, manifest, made)), store)
    assert (result.status, result.code) == ("invalid", "signer-invalid")


def _signed_by(signer: bf.Signer, manifest: dict[str, Any], made: Case) -> bytes:
    data, signature = bf.sign_manifest(signer, manifest)
    return bf.zip_members([(fmt.MANIFEST, data), (fmt.SIGNATURE, signature)]
                          + [(n, made.members[n]) for n in fmt.SIGNED_MEMBERS])


def test_missing_file_and_folder_are_refused_in_words(store: Store, tmp_path: Path) -> None:
    assert verify_bundle(tmp_path / "nothing.ascn", store).code == "file-missing"
    assert verify_bundle(tmp_path, store).code == "not-a-file"


def test_bomb_is_refused_without_inflating(case: Case, store: Store, tmp_path: Path) -> None:
    data = _bomb()
    assert len(data) < 100_000 and zlib.crc32(data)
    result = verify_bundle(bf.write(tmp_path, "bomb.ascn", data), store)
    assert result.code == "zip-bomb" and result.members == {}


def test_the_long_text_scan_misses_no_run_near_the_limit() -> None:
    # content_checks._may_hold_long_text looks at windows of the bytes; it must find every run of more than
    # MAX_TEXT bytes without a quote wherever it lies, and no other.
    from ascn_desktop.core.bundles.content_checks import MAX_TEXT, _WINDOW, _may_hold_long_text

    for length in (MAX_TEXT - 1, MAX_TEXT, MAX_TEXT + 1, MAX_TEXT + 2, 2 * MAX_TEXT):
        for start in (1, 2, _WINDOW - 1, _WINDOW, _WINDOW + 1, 2 * _WINDOW - 1, 3 * _WINDOW // 2):
            for raw in (b'"a",' * (start // 4) + b'"' * (start % 4 or 1) + b"x" * length + b'","b"' * 40_000,
                        b'"' + b"y" * (start + _WINDOW) + b'"' + b"x" * length):
                assert _may_hold_long_text(raw) == (max(map(len, raw.split(b'"'))) > MAX_TEXT), (length, start)
    assert _may_hold_long_text(b'"' + b'\\"x' * MAX_TEXT + b'"')  # escaped quotes do not end a text
    assert not _may_hold_long_text(b'"' + b'\\\\"x' * MAX_TEXT + b'"')  # an escaped backslash does not escape
