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
