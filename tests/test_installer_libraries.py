"""installer/shared_libraries.py: the Linux build keeps a library only if a
module or plugin it keeps loads it, directly or through another library."""

from __future__ import annotations

from pathlib import Path

import pytest

from installer.elf_file import ElfFile, NotAnElfFile
from installer.shared_libraries import missing_libraries, prune_unreached

PYSIDE = Path(__import__("PySide6").__file__).parent
QT_LIB = PYSIDE / "Qt" / "lib"
SYSTEM_LIB = next((path for path in (Path("/lib/x86_64-linux-gnu"), Path("/lib/aarch64-linux-gnu"),
                                     Path("/usr/lib64")) if (path / "libglib-2.0.so.0").exists()), None)
pytestmark = pytest.mark.skipif(not (QT_LIB / "libQt6Core.so.6").exists() or SYSTEM_LIB is None,
                                reason="needs PySide6's Linux wheel and the system's glib")


def test_reads_the_libraries_a_library_loads() -> None:
    needed = ElfFile(QT_LIB / "libQt6Core.so.6").needed()
    assert "libglib-2.0.so.0" in needed and any(name.startswith("libicuuc.so") for name in needed)


def test_a_file_that_is_not_elf_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a library", encoding="utf-8")
    with pytest.raises(NotAnElfFile):
        ElfFile(text)


def test_only_what_a_kept_module_reaches_stays() -> None:
    assert SYSTEM_LIB is not None
    core_module = next(PYSIDE.glob("QtCore.*.so"))
    icu = [("PySide6/Qt/lib/" + path.name, str(path), "BINARY") for path in QT_LIB.glob("libicu*.so.*")]
    toc = [
        ("PySide6/" + core_module.name, str(core_module), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(QT_LIB / "libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", str(QT_LIB / "libQt6OpenGL.so.6"), "BINARY"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libglib-2.0.so.0", str(SYSTEM_LIB / "libglib-2.0.so.0"), "BINARY"),
        ("libgio-2.0.so.0", str(SYSTEM_LIB / "libgio-2.0.so.0"), "BINARY"),
        ("libthai.so.0", str(SYSTEM_LIB / "libthai.so.0"), "BINARY"),
        *icu,
    ]
    kept = {name for name, _source, _kind in prune_unreached(toc)}
    assert {"PySide6/Qt/lib/libQt6Core.so.6", "libQt6Core.so.6", "libglib-2.0.so.0"} <= kept
    assert {name for name, _source, _kind in icu} <= kept  # Qt Core loads ICU
    assert "libthai.so.0" in kept  # opened with dlopen() by Qt Gui, so never pruned
    assert not kept & {"PySide6/Qt/lib/libQt6OpenGL.so.6", "libQt6OpenGL.so.6", "libgio-2.0.so.0"}


def test_a_platform_plugin_library_the_build_machine_lacks_is_named() -> None:
    xcb = PYSIDE / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    toc = [("PySide6/Qt/plugins/platforms/libqxcb.so", str(xcb), "BINARY"),
           ("PySide6/Qt/lib/libQt6XcbQpa.so.6", str(QT_LIB / "libQt6XcbQpa.so.6"), "BINARY")]
    system_provides = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    missing = missing_libraries(toc, carried=lambda soname: soname not in system_provides,
                                under="PySide6/Qt/plugins/")
    assert "libQt6XcbQpa.so.6" not in missing  # in the folder
    assert {"libQt6Core.so.6", "libQt6Gui.so.6"} <= set(missing)  # loaded by the plugin, not in this folder
    assert not set(missing) & system_provides
