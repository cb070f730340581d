"""Opening an untrusted zip without trusting anything in it.

A bundle arrives from outside (e-mail, USB stick) and may be broken by
accident or crafted on purpose. `SafeZip` checks the archive's structure
before a single member is inflated: the end record and the entry count are
read by hand (so a million-entry archive is refused before ``zipfile`` builds
a million objects), then every entry's name, type, flags, method and declared
sizes, then the layout (entries back to back in central-directory order, no
overlaps, no hidden bytes). Members are inflated in chunks with a cap counted
while reading, so a zip bomb is refused after at most `cap` bytes, whatever
its headers claim.

Every refusal is a `BundleError` carrying a stable machine `code` and one
sentence a city officer understands.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from ascn_desktop.core.bundles import bundle_format
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _

EOCD_SIGNATURE = b"PK\x05\x06"
EOCD_SIZE = 22
LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
LOCAL_SIGNATURE = b"PK\x03\x04"
MAX_COMMENT = 0xFFFF

# Limits (docs/bundle-format.md, "Archive rules"; shared with the writer). A city
# bundle has 5 members, a review note 3, a national bundle 5 + one per city.
MAX_ENTRIES = bundle_format.MAX_ENTRIES
MAX_TOTAL_UNCOMPRESSED = bundle_format.MAX_TOTAL_UNCOMPRESSED
# A ratio only a bomb has: JSON of a big plan deflates about 10-30 times.
MAX_RATIO = bundle_format.MAX_RATIO
RATIO_FLOOR = bundle_format.RATIO_FLOOR  # tiny members may compress absurdly well (e.g. all spaces)
CHUNK = 64 * 1024
ALLOWED_METHODS = bundle_format.ALLOWED_COMPRESSION

# Member names: plain relative paths of letters, digits and . _ - (and one
# level of folder for the city bundles inside a national bundle).
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}(/[A-Za-z0-9][A-Za-z0-9._-]{0,150})?$")


class BundleError(AscnError):
    """A bundle was refused; `code` names the reason for programs, the message for people."""

    def __init__(self, code: str, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message, details=details)
        self.code = code


@dataclass(frozen=True)
class SafeEntry:
    name: str
    size: int  # declared uncompressed size (checked again while reading)
    compressed_size: int
    offset: int


def _find_end_record(data: bytes) -> tuple[int, int, int, int]:
    """(offset of the end record, entry count, central directory size, central directory offset)."""
    if len(data) < EOCD_SIZE:
        raise BundleError("not-a-zip", _("This file is not a bundle: it is too short to be a zip archive."))
    start = max(0, len(data) - EOCD_SIZE - MAX_COMMENT)
    position = data.rfind(EOCD_SIGNATURE, start)
    while position >= 0:
        if position + EOCD_SIZE <= len(data):
            (_sig, disk, cd_disk, disk_entries, entries, cd_size, cd_offset,
             comment_length) = struct.unpack("<4sHHHHIIH", data[position:position + EOCD_SIZE])
            if position + EOCD_SIZE + comment_length == len(data):
                if disk != 0 or cd_disk != 0 or disk_entries != entries:
                    raise BundleError("zip-multi-disk", _("This bundle is a split (multi-part) zip archive, "
                                      "which bundles never are; ask the sender for the single .ascn file."))
                if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
                    raise BundleError("zip64", _("This bundle uses ZIP64 extensions that bundles never need; "
                                      "it was not written by ASCN Desktop."))
                if comment_length:
                    raise BundleError("zip-trailing-data", _("This bundle has extra data after its contents; "
                                      "it was not written by ASCN Desktop."))
                return position, entries, cd_size, cd_offset
        position = data.rfind(EOCD_SIGNATURE, start, position)
    raise BundleError("not-a-zip", _("This file is not a bundle: it is not a zip archive, or it was cut short."))


def _is_link(info: zipfile.ZipInfo) -> bool:
    # Unix mode bits; writers that give no file type (zipfile's default 0o600) mean a plain file.
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.create_system == 3 and kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        return True
    # NTFS reparse points (Windows symlinks and junctions) carry attribute 0x400.
    return bool(info.create_system == 0 and info.external_attr & 0x400)


def _central_fields(info: zipfile.ZipInfo) -> tuple[int, ...]:
    """What the local header must repeat of the central directory entry (version, flags, method,
    time, date, CRC, sizes); with a data descriptor (flag bit 3) CRC and sizes are zero locally."""
    year, month, day, hour, minute, second = info.date_time
    dos_time = (second // 2) | (minute << 5) | (hour << 11)
    dos_date = day | (month << 5) | ((year - 1980) << 9)
    if info.flag_bits & 0x08:
        crc, compressed, size = 0, 0, 0
    else:
        crc, compressed, size = info.CRC, info.compress_size, info.file_size
    return (info.extract_version, info.flag_bits, info.compress_type, dos_time, dos_date, crc, compressed, size)


def check_name(name: str) -> None:
    """Refuse a member name that could land outside a folder or mean different files on different systems."""
    if "\\" in name:
        raise BundleError("unsafe-name", _("The bundle holds a file named “{name}” with a backslash, "
                          "which could be written outside its folder; it was refused.").format(name=name[:80]))
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise BundleError("unsafe-name", _("The bundle holds a file with an absolute path (“{name}”), "
                          "which could overwrite files on this computer; it was refused.").format(name=name[:80]))
    if ".." in name.split("/"):
        raise BundleError("unsafe-name", _("The bundle holds a file whose name climbs out of its folder "
                          "(“{name}”); it was refused.").format(name=name[:80]))
    if name.endswith("/"):
        raise BundleError("unexpected-member", _("The bundle holds a folder entry (“{name}”), "
                          "which bundles never have.").format(name=name[:80]))
    if not SAFE_NAME.match(name):
        raise BundleError("unsafe-name", _("The bundle holds a file with a name bundles never use "
                          "(“{name}”); it was refused.").format(name=name[:80]))


def _check_member(info: zipfile.ZipInfo, name_allowed: Callable[[str], bool],
                  size_limit: Callable[[str], int]) -> None:
    """Refuse a member bundles never have: unknown name, link, encrypted, odd compression, too large, a bomb."""
    name = info.filename
    if not name_allowed(name):
        raise BundleError("unexpected-member", _("The bundle holds a file bundles never have "
                          "(“{name}”); it may have been tampered with.").format(name=name))
    if _is_link(info):
        raise BundleError("link-member", _("The bundle holds a link (“{name}”) instead of a file; "
                          "links could point anywhere on this computer, so it was refused.").format(
                              name=name))
    if info.flag_bits & 0x41:
        raise BundleError("encrypted-member", _("The file “{name}” in this bundle is encrypted; "
                          "bundles are signed, never encrypted, so it was refused.").format(name=name))
    if info.compress_type not in ALLOWED_METHODS:
        raise BundleError("unsupported-compression", _("The file “{name}” in this bundle uses a "
                          "compression method bundles never use; it was refused.").format(name=name))
    limit = size_limit(name)
    if info.file_size > limit:
        raise BundleError("member-too-large", _("The file “{name}” in this bundle is larger than any "
                          "bundle file may be; it was refused without being unpacked.").format(name=name))
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise BundleError("zip-bomb", _("The file “{name}” in this bundle would unpack to "
                          "{file_size} times its size, which only "
                          "a zip bomb does; it was refused without being unpacked.").format(
                              name=name, file_size=info.file_size // max(info.compress_size, 1)))


class SafeZip:
    """The checked entries of a zip held in memory; `read(name, cap)` inflates one with a cap."""

    def __init__(self, data: bytes, *, name_allowed: Callable[[str], bool],
                 size_limit: Callable[[str], int]) -> None:
        self._data = data
        infos, cd_offset = self._open_directory(data)
        self.entries: dict[str, SafeEntry] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if info.orig_filename != name and "\\" not in info.orig_filename:
                # zipfile drops anything after a NUL byte: the real name is hostile.
                raise BundleError("unsafe-name", _("The bundle holds a file name with a hidden control "
                                  "character; it was refused."))
            check_name(info.orig_filename)
            if name.casefold() in folded:
                raise BundleError("duplicate-member", _("The bundle holds the file “{name}” twice; "
                                  "it may have been tampered with.").format(name=name))
            folded.add(name.casefold())
            _check_member(info, name_allowed, size_limit)
            total += info.file_size
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise BundleError("zip-bomb", _("This bundle would unpack to more data than any bundle holds; "
                                  "it was refused without being unpacked."))
            self.entries[name] = SafeEntry(name, info.file_size, info.compress_size, info.header_offset)
        self._infos = {info.filename: info for info in infos}
        self._check_layout(infos, cd_offset)

    def _open_directory(self, data: bytes) -> tuple[list[zipfile.ZipInfo], int]:
        """The central directory's entries and where it starts, once its end record and count agree."""
        eocd, count, cd_size, cd_offset = _find_end_record(data)
        if count > MAX_ENTRIES:
            raise BundleError("zip-too-many-entries", _("This bundle claims {count} files, far more than any "
                              "bundle has; it was refused without being opened.").format(count=count))
        if cd_offset + cd_size != eocd:
            raise BundleError("zip-layout", _("This bundle's table of contents is not where it should be "
                              "(extra or hidden data); it was not written by ASCN Desktop."))
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error,
                NotImplementedError, UnicodeDecodeError, KeyError, IndexError) as exc:
            raise BundleError("not-a-zip", _("This file is not a readable bundle: its zip structure is "
                              "damaged ({name__}).").format(name__=type(exc).__name__)) from None
        if len(infos) != count:
            raise BundleError("zip-layout", _("This bundle's table of contents does not match its end record; "
                              "it was damaged or crafted."))
        return infos, cd_offset

    def _check_layout(self, infos: list[zipfile.ZipInfo], cd_offset: int) -> None:
        """Entries must sit back to back from byte 0 in central-directory order: no overlap, no gap."""
        position = 0
        for info in infos:
            if info.header_offset != position:
                code = "zip-overlap" if info.header_offset < position else "zip-layout"
                text = ("Two files in this bundle share the same bytes (overlapping entries, a zip-bomb "
                        "trick); it was refused." if code == "zip-overlap" else
                        "This bundle's files are not laid out the way ASCN Desktop writes them "
                        "(reordered entries or hidden data); it was refused.")
                raise BundleError(code, text)
            header = self._data[position:position + LOCAL_HEADER.size]
            if len(header) < LOCAL_HEADER.size:
                raise BundleError("not-a-zip", _("This bundle was cut short; ask the sender for the file again."))
            fields = LOCAL_HEADER.unpack(header)
            if fields[0] != LOCAL_SIGNATURE:
                raise BundleError("zip-layout", _("A file entry in this bundle is damaged; it was refused."))
            name_length, extra_length = fields[9], fields[10]
            if fields[1:9] != _central_fields(info):
                raise BundleError("zip-layout", _("The entry of “{filename}” disagrees with the bundle's table "
                                  "of contents (different tools would read different files); it was refused.").format(
                                      filename=info.filename))
            local_name = self._data[position + LOCAL_HEADER.size:position + LOCAL_HEADER.size + name_length]
            if local_name != info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437",
                                                        errors="replace"):
                raise BundleError("zip-layout", _("The file “{filename}” has two different names inside "
                                  "this bundle; it was crafted to mislead and was refused.").format(
                                      filename=info.filename))
            position += LOCAL_HEADER.size + name_length + extra_length + info.compress_size
            if info.flag_bits & 0x08:  # data descriptor follows the data
                if self._data[position:position + 4] == b"PK\x07\x08":
                    position += 16
                else:
                    position += 12
            if position > cd_offset:
                raise BundleError("zip-overlap", _("A file in this bundle runs into the table of contents "
                                  "(overlapping entries); it was refused."))
        if position != cd_offset:
            raise BundleError("zip-layout", _("This bundle holds hidden data between its files; it was refused."))

    def names(self) -> set[str]:
        return set(self.entries)

    def read(self, name: str, *, cap: int | None = None) -> bytes:
        """Inflate one member, counting while reading; refuse as soon as it exceeds its declared size or `cap`."""
        entry = self.entries[name]
        limit = min(entry.size, cap) if cap is not None else entry.size
        if entry.size > limit:
            raise BundleError("member-too-large", _("The file “{name}” in this bundle is larger than it may be; "
                              "it was refused.").format(name=name))
        out = bytearray()
        try:
            with self._zip.open(self._infos[name]) as handle:
                # zipfile stops at the declared size; read one byte more to see if the data goes on.
                while True:
                    chunk = handle.read(CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > limit:
                        raise BundleError("zip-bomb", _("The file “{name}” in this bundle unpacks to more "
                                          "than its stated size; it was refused.").format(name=name))
        except BundleError:
            raise
        except zipfile.BadZipFile as exc:
            if "CRC" in str(exc):  # the bytes changed (or were corrupted) after the archive was written
                raise BundleError("member-damaged", _("The file “{name}” in this bundle is damaged: its bytes no "
                                  "longer match the archive's checksum; ask the sender for the bundle again.").format(
                                      name=name)) from None
            raise BundleError("member-damaged", _("The file “{name}” in this bundle is damaged and cannot be "
                              "unpacked; ask the sender for the bundle again.").format(name=name)) from None
        except (zlib.error, EOFError, OSError, ValueError, RuntimeError,
                NotImplementedError, struct.error) as exc:
            raise BundleError("member-damaged", _("The file “{name}” in this bundle is damaged and cannot be "
                              "unpacked ({name__}); ask the sender for the bundle again.").format(
                                  name=name, name__=type(exc).__name__)) from None
        if len(out) != entry.size:
            raise BundleError("member-damaged", _("The file “{name}” in this bundle is shorter than stated; "
                              "it was damaged on the way.").format(name=name))
        return bytes(out)
