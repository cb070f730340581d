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

import os
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


AUDITWHEEL_NAME = re.compile(r"^(lib[\w+]+)-[0-9a-f]{8}(\.so\.\d+)")


def share_duplicates(binaries: list[TocEntry]) -> list[TocEntry]:
    """One copy of a library carried twice. Wheels bring their own copies of libraries, renamed by
    auditwheel (psycopg's libcrypto-3a0647ea.so.3, Pillow's liblzma-de26b416.so.5.8.4), that
    PyInstaller also copies from the build machine for Python or Qt (libcrypto.so.3, liblzma.so.5).
    Of two copies with the same soname the smaller is kept, else the larger, if it defines every
    symbol and symbol version that the folder's other files take from either copy; the other file
    becomes a link to it, so whatever loads either name finds it. A copy that is itself replaced
    no longer counts as a user (psycopg's libssl needs a newer libcrypto than the system's, but
    once libssl is shared, nothing does), so pairs are decided until nothing changes."""
    by_name = {entry[0]: entry for entry in binaries if entry[2] == "BINARY"}
    pairs = []
    for name in by_name:
        match = AUDITWHEEL_NAME.match(Path(name).name)
        if match is not None and "/" in name and match.group(1) + match.group(2) in by_name:
            pairs.append((name, match.group(1) + match.group(2)))
    linked: dict[str, str] = {}  # a file replaced by a link -> the file it points to
    for choices in (1, 2):  # first keep only the smaller copies, as far as that goes; then either
        changed = True
        while changed:
            changed = False
            for pair in pairs:
                if any(name in linked for name in pair):
                    continue
                users = [entry for entry in binaries if entry[0] not in linked and entry[0] not in pair]
                copies = [Path(by_name[name][1]) for name in pair]
                needs = _needs_of(users, {Path(name).name for name in pair}, copies)
                for kept in sorted(pair, key=lambda name: Path(by_name[name][1]).stat().st_size)[:choices]:
                    if needs is not None and _provides(Path(by_name[kept][1]), needs):
                        linked[pair[1] if kept == pair[0] else pair[0]] = kept
                        changed = True
                        break
    return [(entry[0], os.path.relpath(linked[entry[0]], os.path.dirname(entry[0]) or "."), "SYMLINK")
            if entry[0] in linked else entry for entry in binaries]


def _needs_of(users: list[TocEntry], sonames: set[str], copies: list[Path]) -> tuple[set[str], set[str]] | None:
    """The symbol versions and the symbols that `users` take from a library known by `sonames`
    (symbols: those they leave undefined that one of the `copies` defines). None when a user cannot
    be read."""
    offered = {symbol for copy in copies for symbol in ElfFile(copy).symbol_names()}
    versions: set[str] = set()
    symbols: set[str] = set()
    for _name, source, kind in users:
        if kind not in ("BINARY", "EXTENSION"):
            continue
        try:
            elf = ElfFile(Path(source))
        except NotAnElfFile:
            continue
        except OSError:
            return None
        used = sonames & set(elf.needed())
        if used:
            needs = elf.version_needs()
            for soname in used:
                versions |= needs.get(soname, set())
            symbols |= offered & set(elf.undefined_symbol_names())
    return versions, symbols


def _provides(library: Path, needs: tuple[set[str], set[str]]) -> bool:
    elf = ElfFile(library)
    versions, symbols = needs
    return versions <= elf.version_definitions() and symbols <= set(elf.symbol_names())


def replace_padded(binaries: list[TocEntry], *, system_library: Callable[[str], str | None],
                   most_padding: int = 1 << 20) -> list[TocEntry]:
    """A library a wheel carries (renamed by auditwheel: libXau-154567c4.so.6.0.0) whose file is
    mostly padding is swapped for the build machine's copy of the same library (libXau.so.6).
    auditwheel's patchelf can leave a 2 MB hole between two segments: Pillow's libXau is 2.1 MB on
    disk for 16 kB of content. The file keeps its name, so whatever loads it still finds it."""
    swapped = []
    for name, source, kind in binaries:
        match = AUDITWHEEL_NAME.match(Path(name).name)
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
