"""Leave out the shared libraries that nothing left in the folder loads.

PyInstaller collects the dependencies of every binary it finds, before the spec
drops the parts the app does not use (the GTK theme, QtNetwork, the OpenGL
integrations, …). Their dependencies stay behind: GTK's cairo, pango and
gdk-pixbuf, glib's gio, the Kerberos libraries QtNetwork needs, Qt's OpenGL
library: about 11 MB nothing will ever load.

This walks DT_NEEDED from every module and plugin the folder keeps and drops
the libraries it does not reach (the ones PyInstaller copied from the system
into the top level, and Qt's own in PySide6/Qt/lib), and the symbolic links
whose target is gone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from installer.elf_file import ElfFile, NotAnElfFile

TocEntry = tuple[str, str, str]

# Libraries loaded with dlopen(), which DT_NEEDED does not show: Qt Gui opens
# libthai for Thai line breaking (libdatrie is libthai's own dependency), and the
# bootloader opens libpython.
LOADED_AT_RUN_TIME = re.compile(r"^(libpython3[.\d]*\.so|libthai\.so|libdatrie\.so)")


def is_dependency(entry: TocEntry) -> bool:
    """A library kept only if something loads it: a copy of a system library in
    the folder's top level, or one of Qt's libraries. Python modules, Qt plugins
    and the libraries other packages carry for themselves are kept as they are."""
    name, _source, kind = entry
    library = "/" not in name or name.startswith("PySide6/Qt/lib/")
    return kind == "BINARY" and library and not LOADED_AT_RUN_TIME.match(Path(name).name)


def prune_unreached(binaries: list[TocEntry]) -> list[TocEntry]:
    by_soname: dict[str, TocEntry] = {}
    for entry in binaries:
        name, _source, kind = entry
        if kind in ("BINARY", "EXTENSION"):
            by_soname.setdefault(Path(name).name, entry)
    for name, target, kind in binaries:
        if kind == "SYMLINK" and Path(target).name in by_soname:
            by_soname.setdefault(Path(name).name, by_soname[Path(target).name])

    roots = [entry for entry in binaries if entry[2] in ("BINARY", "EXTENSION") and not is_dependency(entry)]
    reached = {entry[0] for entry in roots}
    pending = list(roots)
    while pending:
        for soname in _needed(pending.pop()[1]):
            found = by_soname.get(soname)
            if found is not None and found[0] not in reached:
                reached.add(found[0])
                pending.append(found)

    kept = [entry for entry in binaries if not is_dependency(entry) or entry[0] in reached]
    present = {entry[0] for entry in kept}
    return [entry for entry in kept if entry[2] != "SYMLINK" or entry[1] in present]


def _needed(path: str) -> list[str]:
    try:
        return ElfFile(Path(path)).needed()
    except (NotAnElfFile, OSError):
        return []


def missing_libraries(binaries: list[TocEntry], *, carried: Callable[[str], bool], under: str) -> list[str]:
    """Libraries the binaries under `under` (e.g. Qt's platform plugins) load
    that the folder should carry (`carried(soname)`) but does not, because the
    build machine lacks them. A folder built like that cannot open a window on
    a laptop that lacks them too, so the build stops and says what to install."""
    present = {Path(name).name for name, _source, _kind in binaries}
    missing = {
        soname
        for name, source, kind in binaries
        if kind == "BINARY" and name.startswith(under)
        for soname in _needed(source)
        if soname not in present and carried(soname)
    }
    return sorted(missing)


OPENSSL_VERSION = re.compile(rb"OpenSSL (\d+)\.(\d+)\.(\d+) ")


def share_openssl(binaries: list[TocEntry]) -> list[TocEntry]:
    """One OpenSSL instead of two. Python's `_ssl` and `_hashlib` load the build machine's libcrypto.so.3
    and libssl.so.3, which PyInstaller copies into the top level; psycopg's wheel carries its own,
    newer copy of the same major version (5.9 + 1.0 MB), which keeps every function and symbol version
    of the older one. The top-level names become links to psycopg's copy, when its libcrypto is of
    the same major version and at least as new."""
    by_name = {entry[0]: entry for entry in binaries}
    links: dict[str, TocEntry] = {}
    for name in ("libcrypto.so.3", "libssl.so.3"):
        stem = name.split(".")[0] + "-"
        carried = next((entry[0] for entry in binaries if entry[2] == "BINARY"
                        and entry[0].startswith("psycopg_binary.libs/") and Path(entry[0]).name.startswith(stem)), None)
        if name in by_name and carried is not None:
            links[name] = (name, carried, "SYMLINK")
    if len(links) != 2:
        return binaries
    ours = _openssl_version(Path(by_name["libcrypto.so.3"][1]))
    theirs = _openssl_version(Path(by_name[links["libcrypto.so.3"][1]][1]))
    if ours is None or theirs is None or theirs[0] != ours[0] or theirs < ours:
        return binaries
    return [links.get(entry[0], entry) for entry in binaries]


def _openssl_version(library: Path) -> tuple[int, int, int] | None:
    """The version of the OpenSSL a libcrypto belongs to ("OpenSSL 3.0.19 27 Jan 2026")."""
    match = OPENSSL_VERSION.search(library.read_bytes())
    return None if match is None else (int(match.group(1)), int(match.group(2)), int(match.group(3)))


def replace_padded(binaries: list[TocEntry], *, system_library: Callable[[str], str | None],
                   most_padding: int = 1 << 20) -> list[TocEntry]:
    """A library a wheel carries (renamed by auditwheel: libXau-154567c4.so.6.0.0) whose file is
    mostly padding is swapped for the build machine's copy of the same library (libXau.so.6).
    auditwheel's patchelf can leave a 2 MB hole between two segments: Pillow's libXau is 2.1 MB on
    disk for 16 kB of content. The file keeps its name, so whatever loads it still finds it."""
    swapped = []
    for name, source, kind in binaries:
        match = re.match(r"^(lib[\w+]+)-[0-9a-f]{8}(\.so\.\d+)", Path(name).name)
        if kind == "BINARY" and match is not None and _padding(Path(source)) > most_padding:
            replacement = system_library(match.group(1) + match.group(2))
            if replacement is not None and _padding(Path(replacement)) <= most_padding:
                source = replacement
        swapped.append((name, source, kind))
    return swapped


def _padding(path: Path) -> int:
    try:
        return ElfFile(path).unused_bytes()
    except (NotAnElfFile, OSError):
        return 0
