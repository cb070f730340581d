"""installer/shared_libraries.py: the Linux build keeps a library only if a
module or plugin it keeps loads it, directly or through another library."""

from __future__ import annotations

from pathlib import Path

import pytest

from installer.elf_file import ElfFile, NotAnElfFile
from installer.shared_libraries import missing_libraries, prune_unreached, replace_padded, share_duplicates

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


SITE = PYSIDE.parent
PSYCOPG_LIBS = SITE / "psycopg_binary.libs"
DYNLOAD = Path(__import__("_ssl").__file__).parent


@pytest.mark.skipif(not PSYCOPG_LIBS.exists() or not (SYSTEM_LIB / "libcrypto.so.3").exists(),
                    reason="needs psycopg's binary wheel and the system's OpenSSL 3")
def test_a_library_carried_twice_is_kept_once() -> None:
    """psycopg's libpq asks only for OpenSSL 3.0's symbols, as Python's _ssl and _hashlib do: the
    system's smaller copies serve all of them, once psycopg's libssl (which needs a newer libcrypto)
    is itself a link."""
    assert SYSTEM_LIB is not None
    crypto = next(PSYCOPG_LIBS.glob("libcrypto-*.so.3"))
    ssl = next(PSYCOPG_LIBS.glob("libssl-*.so.3"))
    libpq = next(PSYCOPG_LIBS.glob("libpq-*.so.*"))
    toc = [
        ("libcrypto.so.3", str(SYSTEM_LIB / "libcrypto.so.3"), "BINARY"),
        ("libssl.so.3", str(SYSTEM_LIB / "libssl.so.3"), "BINARY"),
        (f"psycopg_binary.libs/{crypto.name}", str(crypto), "BINARY"),
        (f"psycopg_binary.libs/{ssl.name}", str(ssl), "BINARY"),
        (f"psycopg_binary.libs/{libpq.name}", str(libpq), "BINARY"),
        *[(f"python3.11/lib-dynload/{path.name}", str(path), "EXTENSION")
          for path in (*DYNLOAD.glob("_ssl.*.so"), *DYNLOAD.glob("_hashlib.*.so"))],
    ]
    shared = {name: (source, kind) for name, source, kind in share_duplicates(toc)}
    assert shared[f"psycopg_binary.libs/{crypto.name}"] == ("../libcrypto.so.3", "SYMLINK")
    assert shared[f"psycopg_binary.libs/{ssl.name}"] == ("../libssl.so.3", "SYMLINK")
    assert shared["libcrypto.so.3"][1] == "BINARY" and shared[f"psycopg_binary.libs/{libpq.name}"][1] == "BINARY"


def test_a_copy_lacking_a_symbol_version_its_users_need_is_not_shared() -> None:
    """psycopg's libssl needs OpenSSL 3.2's symbols, which the system's libcrypto 3.0 lacks: while that
    libssl stays, its libcrypto stays too (or the system's name points to it)."""
    if not PSYCOPG_LIBS.exists() or SYSTEM_LIB is None or not (SYSTEM_LIB / "libcrypto.so.3").exists():
        pytest.skip("needs psycopg's binary wheel and the system's OpenSSL 3")
    crypto = next(PSYCOPG_LIBS.glob("libcrypto-*.so.3"))
    ssl = next(PSYCOPG_LIBS.glob("libssl-*.so.3"))
    toc = [("libcrypto.so.3", str(SYSTEM_LIB / "libcrypto.so.3"), "BINARY"),
           (f"psycopg_binary.libs/{crypto.name}", str(crypto), "BINARY"),
           (f"psycopg_binary.libs/{ssl.name}", str(ssl), "BINARY")]
    shared = {name: (source, kind) for name, source, kind in share_duplicates(toc)}
    assert shared[f"psycopg_binary.libs/{crypto.name}"][1] == "BINARY"
    assert shared["libcrypto.so.3"] == (f"psycopg_binary.libs/{crypto.name}", "SYMLINK")


def test_a_library_that_is_mostly_padding_is_taken_from_the_build_machine() -> None:
    padded = next((SITE / "pillow.libs").glob("libXau-*.so.*"), None)
    if padded is None or ElfFile(padded).unused_bytes() < 1 << 20:
        pytest.skip("this Pillow wheel carries no padded libXau")
    system = str(SYSTEM_LIB / "libXau.so.6") if SYSTEM_LIB and (SYSTEM_LIB / "libXau.so.6").exists() else None
    toc = [(f"pillow.libs/{padded.name}", str(padded), "BINARY")]
    (name, source, _kind), = replace_padded(toc, system_library=lambda soname: system if soname == "libXau.so.6" else None)
    assert name == f"pillow.libs/{padded.name}" and source == (system or str(padded))
