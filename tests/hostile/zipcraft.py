"""A zip writer that does whatever it is told, for building hostile archives.

`zipfile` refuses (or warns about) most of what an attacker does on purpose:
duplicate names, lies about sizes, a central directory in another order than
the entries, overlapping entries. `craft_zip` writes local headers, data,
central directory and end record from explicit `Entry` values, so each hostile
case says exactly which single thing it breaks.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass, field, replace

LOCAL = struct.Struct("<4sHHHHHIIIHH")
CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
END = struct.Struct("<4sHHHHIIH")
UNIX_FILE = 0o100644 << 16
UNIX_LINK = 0o120777 << 16


@dataclass
class Entry:
    name: str | bytes
    data: bytes  # uncompressed content
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0x800  # UTF-8 names
    external_attr: int = UNIX_FILE
    create_system: int = 3
    # Overrides written into the headers instead of the true values (lies).
    crc: int | None = None
    compressed: bytes | None = None  # the bytes stored as data, if not the deflated `data`
    declared_size: int | None = None
    declared_compressed_size: int | None = None
    local_name: str | bytes | None = None  # a different name in the local header
    extra: bytes = b""
    extract_version: int = 20  # "version needed to extract" in the central directory

    def name_bytes(self) -> bytes:
        return self.name if isinstance(self.name, bytes) else self.name.encode("utf-8")

    def payload(self) -> bytes:
        if self.compressed is not None:
            return self.compressed
        if self.method == zipfile.ZIP_DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -15)
            return packer.compress(self.data) + packer.flush()
        return self.data


@dataclass
class Layout:
    """How the archive is put together around its entries."""

    central_order: list[int] | None = None  # indexes into the entries; default: same order
    central_offsets: dict[int, int] = field(default_factory=dict)  # entry index -> forged local offset
    extra_central: list[tuple[int, str]] = field(default_factory=list)  # (entry index, name): 2nd CD record
    prefix: bytes = b""
    between: bytes = b""  # bytes between the last entry and the central directory
    suffix: bytes = b""
    comment: bytes = b""
    count: int | None = None  # forged entry count in the end record
    disk: int = 0
    directory_offset_lie: int = 0  # added to the central directory's offset in the end record


def craft_zip(entries: list[Entry], layout: Layout | None = None) -> bytes:
    layout = layout or Layout()
    out = bytearray(layout.prefix)
    offsets: list[int] = []
    for entry in entries:
        payload = entry.payload()
        crc = entry.crc if entry.crc is not None else zlib.crc32(entry.data)
        size = entry.declared_size if entry.declared_size is not None else len(entry.data)
        csize = entry.declared_compressed_size if entry.declared_compressed_size is not None else len(payload)
        local_name = entry.local_name if entry.local_name is not None else entry.name
        name = local_name if isinstance(local_name, bytes) else local_name.encode("utf-8")
        offsets.append(len(out))
        out += LOCAL.pack(b"PK\x03\x04", 20, entry.flags, entry.method, 0, 0x21, crc, csize, size,
                          len(name), len(entry.extra))
        out += name + entry.extra + payload
    out += layout.between
    central_start = len(out)
    order = layout.central_order if layout.central_order is not None else list(range(len(entries)))
    records = [(index, entries[index].name_bytes()) for index in order]
    records += [(index, name.encode("utf-8")) for index, name in layout.extra_central]
    for index, name in records:
        entry = entries[index]
        payload = entry.payload()
        crc = entry.crc if entry.crc is not None else zlib.crc32(entry.data)
        size = entry.declared_size if entry.declared_size is not None else len(entry.data)
        csize = entry.declared_compressed_size if entry.declared_compressed_size is not None else len(payload)
        offset = layout.central_offsets.get(index, offsets[index])
        out += CENTRAL.pack(b"PK\x01\x02", (entry.create_system << 8) | 20, entry.extract_version, entry.flags,
                            entry.method, 0,
                            0x21, crc, csize, size, len(name), len(entry.extra), 0, 0, 0,
                            entry.external_attr, offset)
        out += name + entry.extra
    central_size = len(out) - central_start
    count = layout.count if layout.count is not None else len(records)
    out += END.pack(b"PK\x05\x06", layout.disk, layout.disk, count, count, central_size,
                    central_start + layout.directory_offset_lie, len(layout.comment))
    out += layout.comment + layout.suffix
    return bytes(out)


def entries_of(data: bytes) -> list[Entry]:
    """The entries of a well-formed zip (a valid bundle), as `Entry` values to alter and re-craft."""
    import io

    entries = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            entries.append(Entry(name=info.filename, data=archive.read(info), method=info.compress_type,
                                 external_attr=info.external_attr, create_system=info.create_system))
    return entries


def with_entry(entries: list[Entry], name: str, **changes: object) -> list[Entry]:
    """A copy of `entries` with the entry called `name` changed."""
    return [replace(entry, **changes) if entry.name == name else replace(entry) for entry in entries]
