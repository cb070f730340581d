"""One ICU in the Linux folder instead of two.

Qt Core links ICU 73 (PySide6's wheel carries it: 12 MB of libraries and
data), and PyICU, which breaks the lines of Thai, Lao, Khmer and Burmese and
converts Zawgyi, brings ICU 77 (pyicu-wheels). ICU names every C function
with its major version (`ucol_open_73`), so Qt cannot simply load the other
one. But Qt Core calls only about thirty functions of ICU's stable C API
(collation, case mapping, time-zone names, converters), whose signatures and
behaviour ICU keeps from one version to the next.

So the build writes a small library with Qt's ICU sonames whose functions
jump to the same functions of PyICU's ICU (`ucol_open_73` → `ucol_open_77`),
and the folder carries PyICU's ICU only, its data slimmed to what both need
(icu_data.SHARED_KEEP). `libicuuc.so.73` is that library; `libicui18n.so.73`
and `libicudata.so.73` are links to it, so every name Qt Core asks for is
found. Building it needs a C compiler driver (`cc`), as the slim data does;
without one, or when a function Qt calls is missing from PyICU's ICU, the
build keeps Qt's own ICU and says why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from installer.elf_file import ElfFile

ICU_FUNCTION = re.compile(r"^(u[a-z]*_\w+|U[A-Z_]+)_(\d+)$")


class ShimError(ValueError):
    pass


@dataclass(frozen=True)
class Shim:
    library: Path  # with the soname of the first of `sonames`
    sonames: tuple[str, ...]  # the names Qt's libraries ask for: libicuuc.so.73, libicui18n.so.73, …
    functions: tuple[str, ...]  # the forwarded functions, without version


def icu_calls(binaries: list[Path], version: str) -> list[str]:
    """The ICU functions (without their `_73`) that `binaries` call from ICU `version`."""
    called = set()
    for binary in binaries:
        for name in ElfFile(binary).undefined_symbol_names():
            match = ICU_FUNCTION.match(name)
            if match is not None and match.group(2) == version:
                called.add(match.group(1))
    return sorted(called)


def shim_source(functions: list[str], old: str, new: str) -> str:
    """Assembly for x86_64 and aarch64: each `name_old` is a jump to `name_new`."""
    lines = ["\t.text"]
    for name in functions:
        lines += [f"\t.globl {name}_{old}", f"\t.type {name}_{old}, %function", f"{name}_{old}:",
                  "#if defined(__aarch64__)", f"\tb {name}_{new}", "#else", f"\tjmp {name}_{new}@PLT", "#endif"]
    lines.append('\t.section .note.GNU-stack,"",%progbits')
    return "\n".join(lines) + "\n"


def build_shim(qt_binaries: list[Path], qt_icu: list[Path], pyicu_icu: list[Path], workdir: Path,
               *, runpath: str) -> Shim:
    """A library named like Qt's `libicuuc.so.NN` that forwards every ICU function Qt's binaries call to
    PyICU's ICU libraries (`pyicu_icu`, found at run time through `runpath`). Raises ShimError when it
    cannot be built."""
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        raise ShimError("no C compiler (cc)")
    old = _major_version(qt_icu)
    new = _major_version(pyicu_icu)
    functions = icu_calls(qt_binaries, old)
    offered = {name for library in pyicu_icu for name in ElfFile(library).symbol_names()}
    missing = [name for name in functions if f"{name}_{new}" not in offered]
    if missing:
        raise ShimError(f"PyICU's ICU {new} lacks {', '.join(missing)}")
    sonames = tuple(sorted((library.name for library in qt_icu), key=lambda name: not name.startswith("libicuuc")))
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"icu{old}_to_{new}.S"
    source.write_text(shim_source(functions, old, new), encoding="ascii")
    target = workdir / sonames[0]
    subprocess.run(
        # Every one of PyICU's ICU libraries is loaded by the shim itself (no --as-needed), found through
        # its own search path: they carry none, so a library they load would not be found otherwise.
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{sonames[0]}", "-Wl,-z,noexecstack",
         f"-Wl,-rpath,{runpath}", "-o", str(target.resolve()), source.name,
         "-Wl,--no-as-needed", *(str(library.resolve()) for library in pyicu_icu)],
        cwd=workdir, check=True,
    )
    return Shim(target, sonames, tuple(functions))


def _major_version(libraries: list[Path]) -> str:
    versions = {match.group(1) for library in libraries
                if (match := re.search(r"\.so\.(\d+)", library.name)) is not None}
    if len(versions) != 1:
        raise ShimError(f"cannot tell the ICU version of {', '.join(library.name for library in libraries)}")
    return versions.pop()
