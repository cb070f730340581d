"""Windows and macOS builds: icons made from the SVG, the .ascn file type declared alike for the
three systems, a double-clicked bundle imported, and the CI build matrix."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ascn_desktop.gui import app as gui_app
from ascn_desktop.gui.receiving import import_dialog
from ascn_desktop.gui.file_open import FileOpenHandler
from ascn_desktop.gui.main_window import MainWindow
from gui_settle import ready
from ascn_desktop.store.engine import Store
from installer import desktop_integration as integration
from installer.app_icons import ICNS_SIZES, ICO_SIZES, build_icons

REPO = Path(__file__).resolve().parent.parent


def test_icons_for_windows_and_macos_are_drawn_from_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    written = build_icons(tmp_path)
    with Image.open(written["ico"]) as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in ICO_SIZES]
    with Image.open(written["icns"]) as icns:
        assert icns.size == (max(ICNS_SIZES), max(ICNS_SIZES))
        assert {size[0] for size in icns.info["sizes"]} >= {16, 32, 128, 256, 512}
    with Image.open(written["png"]) as png:
        assert png.size == (512, 512) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0 and png.getpixel((256, 256))[3] == 255  # transparent corner, solid middle


def test_macos_info_plist_makes_ascn_files_open_in_the_app() -> None:
    info = integration.macos_info_plist("1.2.3")
    plistlib.loads(plistlib.dumps(info))  # only types a plist can hold
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["ascn"]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]] == [integration.TYPE_IDENTIFIER]
    assert info["CFBundleShortVersionString"] == "1.2.3"
    spec = (REPO / "build_installer.spec").read_text(encoding="utf-8")
    assert "info_plist=macos_info_plist(__version__)" in spec and "bundle_identifier=APP_IDENTIFIER" in spec


def test_windows_installer_script_declares_the_same_file_type_and_a_start_menu_entry() -> None:
    script = (REPO / "installer" / "windows" / "ascn-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script  # no administrator rights
    assert r'Subkey: "Software\Classes\.ascn"' in script and f'ValueData: "{integration.MIME_TYPE}"' in script
    assert f'ValueData: "{integration.TYPE_DESCRIPTION}"' in script
    assert r'ValueData: """{app}\ascn-desktop.exe"" ""%1"""' in script  # the double-clicked file is passed on
    assert r'Name: "{userprograms}\ASCN Desktop"; Filename: "{app}\ascn-desktop.exe"' in script
    assert "ChangesAssociations=yes" in script


def test_linux_menu_entry_and_mime_type_agree() -> None:
    desktop = (REPO / "resources" / "ascn-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=ascn-desktop %F" in desktop and f"MimeType={integration.MIME_TYPE};" in desktop
    mime = (REPO / "resources" / "mime" / "ascn-desktop.xml").read_text(encoding="utf-8")
    assert f'<mime-type type="{integration.MIME_TYPE}">' in mime and '<glob pattern="*.ascn"/>' in mime


def test_ci_workflow_builds_on_three_systems() -> None:
    workflow = (REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    for needed in ("ubuntu-", "windows-", "macos-", "build_installer.spec", "--self-test", "iscc",
                   "hdiutil", "make test", "upload-artifact"):
        assert needed in workflow, needed


def test_a_bundle_given_on_the_command_line_or_by_the_system_is_imported(
        qtbot: QtBot, qapp: QApplication, hanoi_demo: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    imported: list[list[Path]] = []
    # file_open loads the importer only when a file comes (not at start-up): the fake goes where it is loaded from.
    monkeypatch.setattr(import_dialog, "start_import", lambda _window, paths: imported.append(list(paths)))
    assert gui_app.parse_args(["--home", "x", "Bản kế hoạch Đà Nẵng.ascn"]).files == ["Bản kế hoạch Đà Nẵng.ascn"]
    handler = FileOpenHandler(qapp)
    try:
        handler.open(["early.ascn"])  # macOS at launch: no window yet, so it waits
        QApplication.sendEvent(qapp, QFileOpenEvent("/Users/lan/Downloads/VNM-Da-Nang-2018-2025-r3.ascn"))
        assert imported == [] and len(handler.pending) == 2
        window = ready(MainWindow(hanoi_demo))
        qtbot.addWidget(window)
        window.show()
        handler.flush()
        assert imported == [[Path("early.ascn"), Path("/Users/lan/Downloads/VNM-Da-Nang-2018-2025-r3.ascn")]]
        QApplication.sendEvent(qapp, QFileOpenEvent("/tmp/second.ascn"))  # the app is already running
        assert imported[-1] == [Path("/tmp/second.ascn")]
    finally:
        qapp.removeEventFilter(handler)
        handler.setParent(None)
