"""Just enough of the ELF format to read a Linux shared library's dynamic section
and dynamic symbols: which libraries it loads (DT_NEEDED) and where an exported
data symbol lies in the file. Written here rather than parsing `readelf` output,
whose layout differs between binutils releases."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SHT_DYNAMIC = 6
SHT_NOBITS = 8
SHT_DYNSYM = 11
SHT_GNU_VERDEF = 0x6FFFFFFD
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NULL = 0
DT_NEEDED = 1


class NotAnElfFile(ValueError):
    pass


@dataclass(frozen=True)
class Section:
    kind: int
    address: int
    offset: int
    size: int
    link: int


class ElfFile:
    """A 64-bit little-endian ELF file (x86_64 and aarch64 Linux), read whole."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        if self.data[:4] != b"\x7fELF" or self.data[4] != 2 or self.data[5] != 1:
            raise NotAnElfFile(f"{path} is not a 64-bit little-endian ELF file")
        shoff, = struct.unpack_from("<Q", self.data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", self.data, 0x3A)
        self.sections = [_section_at(self.data, shoff + index * shentsize) for index in range(shnum)]

    def needed(self) -> list[str]:
        """The DT_NEEDED entries: sonames the dynamic loader loads with this file."""
        names: list[str] = []
        for section in self._sections_of(SHT_DYNAMIC):
            strings = self.sections[section.link]
            for entry in range(section.offset, section.offset + section.size, 16):
                tag, value = struct.unpack_from("<qQ", self.data, entry)
                if tag == DT_NULL:
                    break
                if tag == DT_NEEDED:
                    names.append(self._string(strings, value))
        return names

    def unused_bytes(self) -> int:
        """Bytes of the file that no segment, section or header covers (padding)."""
        phoff, = struct.unpack_from("<Q", self.data, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", self.data, 0x36)
        shoff, = struct.unpack_from("<Q", self.data, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", self.data, 0x3A)
        covered = [(0, phoff + phnum * phentsize), (shoff, shoff + shnum * shentsize)]
        for index in range(phnum):
            offset, = struct.unpack_from("<Q", self.data, phoff + index * phentsize + 8)  # p_offset
            size, = struct.unpack_from("<Q", self.data, phoff + index * phentsize + 32)  # p_filesz
            covered.append((offset, offset + size))
        covered += [(section.offset, section.offset + section.size) for section in self.sections
                    if section.kind != SHT_NOBITS]
        used = end = 0
        for start, stop in sorted(covered):
            if stop > end:
                used += stop - max(start, end)
                end = stop
        return len(self.data) - used

    def version_definitions(self) -> set[str]:
        """The symbol versions this library defines (OPENSSL_3.0.0, XZ_5.2, …)."""
        names = set()
        for section in self._sections_of(SHT_GNU_VERDEF):
            strings = self.sections[section.link]
            entry = section.offset
            while True:
                _version, _flags, _index, count, _hash, aux, following = struct.unpack_from("<HHHHIII", self.data, entry)
                if count:
                    name_offset, = struct.unpack_from("<I", self.data, entry + aux)
                    names.add(self._string(strings, name_offset))
                if not following:
                    break
                entry += following
        return names

    def version_needs(self) -> dict[str, set[str]]:
        """The symbol versions this file needs, per library soname ({"libcrypto.so.3": {"OPENSSL_3.0.0"}})."""
        needs: dict[str, set[str]] = {}
        for section in self._sections_of(SHT_GNU_VERNEED):
            strings = self.sections[section.link]
            entry = section.offset
            while True:
                _version, count, file_offset, aux, following = struct.unpack_from("<HHIII", self.data, entry)
                versions = needs.setdefault(self._string(strings, file_offset), set())
                at = entry + aux
                for _ in range(count):
                    _hash, _flags, _other, name_offset, next_aux = struct.unpack_from("<IHHII", self.data, at)
                    versions.add(self._string(strings, name_offset))
                    at += next_aux
                if not following:
                    break
                entry += following
        return needs

    def symbol_bytes(self, name: str) -> bytes:
        """The contents of an exported data symbol (e.g. ICU's `icudt73_dat`)."""
        for symbol, value, size in self._defined_symbols():
            if symbol == name:
                return self._bytes_at(value, size)
        raise KeyError(f"{self.path.name} exports no symbol {name}")

    def symbol_names(self) -> list[str]:
        return [symbol for symbol, _value, _size in self._defined_symbols() if symbol]

    def undefined_symbol_names(self) -> list[str]:
        """The dynamic symbols this file uses from other libraries."""
        names = []
        for section in self._sections_of(SHT_DYNSYM):
            strings = self.sections[section.link]
            for entry in range(section.offset, section.offset + section.size, 24):
                name_offset, _info, _other, shndx, _value, _size = struct.unpack_from("<IBBHQQ", self.data, entry)
                if not shndx and name_offset:
                    names.append(self._string(strings, name_offset))
        return names

    def _defined_symbols(self) -> Iterator[tuple[str, int, int]]:
        """(name, address, size) of each dynamic symbol the file defines."""
        for section in self._sections_of(SHT_DYNSYM):
            strings = self.sections[section.link]
            for entry in range(section.offset, section.offset + section.size, 24):
                name_offset, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", self.data, entry)
                if shndx:
                    yield self._string(strings, name_offset), value, size

    def _sections_of(self, kind: int) -> list[Section]:
        return [section for section in self.sections if section.kind == kind]

    def _string(self, table: Section, offset: int) -> str:
        start = table.offset + offset
        return self.data[start:self.data.index(b"\0", start)].decode("utf-8")

    def _bytes_at(self, address: int, size: int) -> bytes:
        for section in self.sections:
            if section.kind != SHT_NOBITS and section.address <= address < section.address + section.size:
                start = address - section.address + section.offset
                return self.data[start:start + size]
        raise KeyError(f"address {address:#x} is in no section of {self.path.name}")


def _section_at(data: bytes, at: int) -> Section:
    _name, kind, _flags, address, offset, size, link, _info, _align, _entry_size = struct.unpack_from(
        "<IIQQQQIIQQ", data, at)
    return Section(kind, address, offset, size, link)
