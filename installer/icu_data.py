"""A smaller ICU data library for the Linux build.

Qt Core links ICU, and PySide6's Linux wheel carries ICU's complete data
library (libicudata, 31 MiB: every locale, ~200 legacy character-set tables,
transliterators, the CJK word dictionary). Qt calls ICU for only four things:
case mapping, collation (QCollator, which Qt's file dialog also uses), time-zone
names and character-set converters; the app never asks for a legacy character
set (Python does all text encoding). So the build keeps:

- every item that is not tied to a locale (normalisation, collation root,
  time-zone database, supplemental data, break rules, …);
- the locale items of the languages of ASEAN's member states and of English,
  in every tree (collation, zone names, currencies, languages, regions, units);

and drops the converter tables (`*.cnv`), the transliterators and the word
dictionaries (`*.dict`, used only by ICU's break iterators, which Qt does not
call: Qt breaks lines itself, with libthai for Thai). A locale it does not keep falls back to the root locale, as ICU
does for any locale it lacks.

PyICU (the line breaks of Thai, Lao, Khmer and Burmese in the PDFs, and the
Zawgyi-to-Unicode transform) brings its own ICU (77, where Qt's is 73). The
Linux build normally makes Qt use it too (installer/icu_shim.py), and its data
then keeps what both reach (`SHARED_KEEP`); otherwise each data library is
slimmed with its own needs (`QT_KEEP`, `PYICU_KEEP`: for PyICU the break
iterators' dictionaries of the four scripts and the transliterators stay; the
converter tables and the Chinese/Japanese word dictionary, which a line break
iterator does not use, go).

The kept items are written as an ICU "common data" package (the format
`icupkg` writes: header, table of contents sorted by name, items aligned to
16 bytes) and assembled into a library that exports the same symbol
(`icudt73_dat`) with the same soname. Building it needs a C compiler driver
(`cc`); without one the build keeps the original library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from collections.abc import Collection
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from installer.elf_file import ElfFile

# ASEAN's official and working languages: Malay, Khmer, Indonesian, Lao, Burmese,
# Filipino, English, Thai, Vietnamese, Chinese and Tamil (Singapore), Portuguese
# (Timor-Leste).
KEPT_LANGUAGES = frozenset({"ms", "km", "id", "lo", "my", "fil", "en", "th", "vi", "zh", "ta", "pt"})
DROPPED_TREES = frozenset({"translit"})
DROPPED_EXTENSIONS = frozenset({"cnv", "dict"})
# PyICU's library: line breaks need the dictionaries of the scripts without spaces; Zawgyi needs translit.
PYICU_DICTIONARIES = frozenset({"thaidict.dict", "laodict.dict", "khmerdict.dict", "burmesedict.dict"})
LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
ALIGNMENT = 16
PADDING = b"\xaa"  # what icupkg pads with, so an unfiltered package is rewritten byte for byte


class IcuDataError(ValueError):
    pass


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/vi.res"
    data: bytes


@dataclass(frozen=True)
class CommonData:
    header: bytes
    items: list[Item]


def read_common_data(blob: bytes) -> CommonData:
    """Parse an ICU common data package (data format "CmnD", offset table of contents)."""
    if len(blob) < 32 or blob[2:4] != b"\xda\x27":
        raise IcuDataError("not ICU data (bad magic number)")
    header_size, = struct.unpack_from("<H", blob, 0)
    if blob[12:16] != b"CmnD" or blob[16] != 1 or blob[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package")
    toc = header_size
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * index) for index in range(count)]
    ends = [data_offset for _, data_offset in entries[1:]] + [len(blob) - toc]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends):
        name_start = toc + name_offset
        name = blob[name_start:blob.index(b"\0", name_start)].decode("ascii")
        items.append(Item(name, blob[toc + data_offset:toc + end]))
    return CommonData(blob[:header_size], items)


def write_common_data(package: CommonData) -> bytes:
    """The package as ICU reads it: names sorted (ICU looks items up by binary search)."""
    items = sorted(package.items, key=lambda item: item.name.encode("ascii"))
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    table_size = 4 + 8 * len(items)
    offset = _aligned(table_size + len(names))
    entries = []
    name_offset = table_size
    body = bytearray()
    for item in items:
        entries.append(struct.pack("<II", name_offset, offset + len(body)))
        name_offset += len(item.name) + 1
        body += item.data + PADDING * (_aligned(len(item.data)) - len(item.data))
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += PADDING * (offset - len(toc))
    return package.header + toc + bytes(body)


@dataclass(frozen=True)
class Keep:
    """What a slim library keeps beyond the items tied to no locale."""

    dropped_trees: Collection[str] = DROPPED_TREES
    dropped_extensions: Collection[str] = DROPPED_EXTENSIONS
    kept_files: Collection[str] = frozenset()  # kept even when their extension is dropped
    dropped_files: Collection[str] = ()  # file name patterns (fnmatch), dropped even when tied to no locale


QT_KEEP = Keep()
PYICU_KEEP = Keep(dropped_trees=frozenset(), kept_files=PYICU_DICTIONARIES)
# PyICU's ICU serving Qt as well (installer/icu_shim.py). What the two call:
# - Qt Core: collation (coll), case mapping (code, no data), time-zone names (zone, metaZones,
#   zoneinfo64, timezoneTypes) and converters (cnvalias; no tables, see above);
# - the app through PyICU: the root line and character break iterators with the four scripts'
#   dictionaries (brkitr) and the Zawgyi-my transform (translit/root.res holds every transform's rules).
# Nothing calls the display names of languages, regions, currencies or units, the number spell-out
# rules, IDNA, StringPrep, the spoof checker, case-folding normalisers or character names, the word,
# sentence and title break iterators, nor the Chinese/Japanese line-break variants (chosen by a
# locale keyword the app never sets).
SHARED_KEEP = Keep(
    dropped_trees=frozenset({"curr", "lang", "region", "unit", "rbnf"}),
    kept_files=PYICU_DICTIONARIES,
    dropped_files=("unames.icu", "uts46.nrm", "nfkc_cf.nrm", "nfkc_scf.nrm", "confusables*.cfu", "*.spp",
                   "*_cj.brk", "*_phrase*.brk", "word*.brk", "sent*.brk", "title.brk", "units.res"),
)


def keep_item(name: str, languages: Collection[str] = KEPT_LANGUAGES, *, keep: Keep = QT_KEEP) -> bool:
    parts = name.split("/")
    tree = parts[1] if len(parts) > 2 else ""
    filename = parts[-1]
    stem, _, extension = filename.rpartition(".")
    if filename in keep.kept_files:
        return True
    if any(fnmatch(filename, pattern) for pattern in keep.dropped_files):
        return False
    if extension in keep.dropped_extensions or tree in keep.dropped_trees:
        return False
    if stem in ("root", "pool", "res_index") or not LOCALE_ID.match(stem):
        return True
    return stem.split("_")[0] in languages


def slim_package(blob: bytes, languages: Collection[str] = KEPT_LANGUAGES, *, keep: Keep = QT_KEEP) -> bytes:
    package = read_common_data(blob)
    kept = [item for item in package.items if keep_item(item.name, languages, keep=keep)]
    return write_common_data(CommonData(package.header, kept))


def package_in(library: ElfFile) -> tuple[str, bytes]:
    """The data symbol of an ICU data library (`icudt73_dat`) and its contents."""
    symbol = next(name for name in library.symbol_names() if re.fullmatch(r"icudt\d+_dat", name))
    return symbol, library.symbol_bytes(symbol)


def build_slim_library(original: Path, workdir: Path, *, keep: Keep = QT_KEEP) -> Path | None:
    """Write a slim copy of `original` (libicudata.so.NN) into workdir and return
    its path, or None when there is no C compiler driver to assemble it."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        return None
    symbol, blob = package_in(ElfFile(original))
    workdir.mkdir(parents=True, exist_ok=True)
    package = workdir / f"{symbol}.dat"
    package.write_bytes(slim_package(blob, keep=keep))
    source = workdir / f"{symbol}.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        f"\t.balign {ALIGNMENT}\n"
        f"{symbol}:\n"
        f'\t.incbin "{package.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    target = workdir / original.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-Wl,-z,noexecstack",
         "-o", str(target), source.name],
        cwd=workdir, check=True,
    )
    return target


def _aligned(size: int) -> int:
    return (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT
