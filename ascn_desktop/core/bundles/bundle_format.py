"""The submission bundle, format version 1: names, limits, manifest, zip layout.

This module is the code side of docs/bundle-format.md; the two must agree.
The writer (core/bundles/bundle_export.py) and the verifier (issue 5) share these
constants so that what one writes the other accepts.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from ascn_desktop.core.timestamps import utc_seconds
from ascn_desktop.core.canonical_json import canonical_bytes
from ascn_desktop.core.resources import resource_path
from ascn_desktop.core.text import slug

FORMAT_VERSION = 1
KIND_CITY_PLAN = "city-plan"
BUNDLE_SUFFIX = ".ascn"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PLAN_JSON = "plan.json"
PLAN_XLSX = "plan.xlsx"
PLAN_PDF = "plan.pdf"
# Order in the zip; the manifest first so a streaming reader meets it first.
CITY_PLAN_MEMBERS = (MANIFEST, SIGNATURE, PLAN_JSON, PLAN_XLSX, PLAN_PDF)
SIGNED_MEMBERS = (PLAN_JSON, PLAN_XLSX, PLAN_PDF)  # listed in the manifest with size and SHA-256
SIGNATURE_SIZE = 64  # raw Ed25519 signature

# Limits a verifier enforces (docs/bundle-format.md, "Archive rules").
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 64  # refuse before looking at any name; city-plan bundles have exactly 5
MAX_MEMBER_BYTES = {
    MANIFEST: 1024 * 1024,
    SIGNATURE: SIGNATURE_SIZE,
    PLAN_JSON: 64 * 1024 * 1024,
    PLAN_XLSX: 64 * 1024 * 1024,
    PLAN_PDF: 128 * 1024 * 1024,
}
MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 64 * 1024
ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)

REFERENCE_PACK = "reference.ascnref"  # optional member of national bundles and review notes
MANIFEST_FIELDS = ("format_version", "kind", "bundle_uuid", "plan_uuid", "city", "country", "cycle", "revision",
                   "created_at", "app_version", "signer", "members")
CARD_FIELDS = ("kind", "format_version", "name", "role", "country", "city", "public_key", "fingerprint",
               "created_at")


def bundle_file_name(*, country: str, city_name_en: str, cycle: str, revision: int) -> str:
    """'VNM-Da-Nang-2018-2025-r7.ascn': a person sees country, city, cycle and revision."""
    return f"{country}-{slug(city_name_en)}-{slug(cycle)}-r{revision}{BUNDLE_SUFFIX}"


@dataclass(frozen=True)
class MemberEntry:
    name: str
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


def member_entry(name: str, data: bytes) -> MemberEntry:
    return MemberEntry(name=name, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def build_manifest(*, bundle_uuid: str, plan_uuid: str, city: str, country: str, cycle: str, revision: int,
                   created_at: datetime, app_version: str, signer_card: dict[str, Any],
                   members: list[MemberEntry], reference_version: int | None = None) -> dict[str, Any]:
    manifest = {
        "format_version": FORMAT_VERSION,
        "kind": KIND_CITY_PLAN,
        "bundle_uuid": bundle_uuid,
        "plan_uuid": plan_uuid,
        "city": city,
        "country": country,
        "cycle": cycle,
        "revision": revision,
        "created_at": utc_seconds(created_at),
        "app_version": app_version,
        "signer": dict(signer_card),
        "members": [entry.as_json() for entry in members],
    }
    if reference_version is not None:  # the reference data the bundle was made with (docs/reference-packs.md)
        manifest["reference_version"] = reference_version
    return manifest


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest is canonical JSON too, so the same manifest always has the same bytes."""
    return canonical_bytes(manifest)


def _zip_info(name: str, when: datetime, compress: int) -> zipfile.ZipInfo:
    stamp = when.astimezone(UTC)
    info = zipfile.ZipInfo(name, date_time=(max(stamp.year, 1980), stamp.month, stamp.day,
                                            stamp.hour, stamp.minute, stamp.second))
    info.compress_type = compress
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    info.create_system = 3  # Unix, so the mode above means what it says
    return info


def write_members_zip(handle: BinaryIO, members: list[tuple[str, bytes]], *, created_at: datetime) -> None:
    """The zip of any kind of bundle, members in the order given. JSON is deflated;
    everything else (xlsx, pdf, the city bundles a national bundle carries) is
    stored: it is compressed already, and stored members stay readable byte for byte."""
    with zipfile.ZipFile(handle, "w", allowZip64=False) as archive:
        for name, data in members:
            archive.writestr(_zip_info(name, created_at, _compression(name)), data, compresslevel=6)


class MemberSpool:
    """The signed members of a bundle, each set aside as soon as it is produced, so that none waits in
    memory for the others (a 5,000-project plan's three members are tens of megabytes).

    Each member goes to an anonymous temporary file (in the bundle's own folder, so the bytes stay on
    the disk the bundle is written to); its size and SHA-256 are taken from the bytes written, which
    are the bytes the archive will hold: what the manifest lists. The manifest, signed last, comes
    first in the zip (§3), so the members are copied into the archive after it, a chunk at a time.
    Close the spool (or use it as a context manager) to delete the temporary file.
    """

    _CHUNK = 1024 * 1024

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 - closed by close()
        self._members: dict[str, tuple[int, MemberEntry]] = {}  # name -> (offset in the file, entry)

    def __enter__(self) -> MemberSpool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def add(self, name: str, data: bytes | Iterable[bytes]) -> MemberEntry:
        """Set `data` aside as member `name` (bytes, or the member's bytes in pieces, which are then
        never joined); its manifest entry."""
        digest, size = hashlib.sha256(), 0
        offset = self._file.seek(0, io.SEEK_END)
        for piece in [data] if isinstance(data, bytes) else data:
            digest.update(piece)
            self._file.write(piece)
            size += len(piece)
        entry = MemberEntry(name=name, size=size, sha256=digest.hexdigest())
        self._members[name] = (offset, entry)
        return entry

    def entries(self, names: Sequence[str]) -> list[MemberEntry]:
        return [self._members[name][1] for name in names]

    def write_zip(self, handle: BinaryIO, heading: list[tuple[str, bytes]], names: Sequence[str], *,
                  created_at: datetime) -> None:
        """The zip: the `heading` members (manifest, signature) from memory, then the spooled `names`,
        with the same names, order, compression and layout as ``write_members_zip``."""
        with zipfile.ZipFile(handle, "w", allowZip64=False) as archive:
            for name, data in heading:
                archive.writestr(_zip_info(name, created_at, _compression(name)), data, compresslevel=6)
            for name in names:
                offset, entry = self._members[name]
                info = _zip_info(name, created_at, _compression(name))
                info.file_size = entry.size
                self._file.seek(offset)
                left = entry.size
                with archive.open(info, "w") as member:
                    while left:
                        chunk = self._file.read(min(left, self._CHUNK))
                        if not chunk:
                            raise OSError(errno.EIO, "the temporary copy of a bundle member was cut short")
                        member.write(chunk)
                        left -= len(chunk)


def _compression(name: str) -> int:
    return zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED


def write_bundle_zip(handle: BinaryIO, *, manifest: bytes, signature: bytes, members: dict[str, bytes],
                     created_at: datetime) -> None:
    """Write a city plan's five members in their fixed order."""
    contents = {MANIFEST: manifest, SIGNATURE: signature, **members}
    write_members_zip(handle, [(name, contents[name]) for name in CITY_PLAN_MEMBERS], created_at=created_at)


@cache
def plan_schema() -> dict[str, Any]:
    with resource_path("schema", "plan.schema.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def plan_schema_errors(document: Any, *, limit: int = 20) -> list[str]:
    """Schema violations of a plan.json document, as short readable lines (empty list = valid)."""
    from jsonschema import Draft202012Validator  # imported here: only exports and verification need it

    validator = Draft202012Validator(plan_schema(), format_checker=None)
    errors = []
    for error in validator.iter_errors(document):
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        errors.append(f"{where}: {error.message}")
        if len(errors) >= limit:
            break
    return errors
