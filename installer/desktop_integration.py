"""How the built app presents itself to each system: the .ascn file type, its icon, the menu entry.

One place for the names the three systems need, used by build_installer.spec
(macOS Info.plist) and checked by tests/test_desktop_integration.py against the
files that carry them elsewhere: installer/windows/ascn-desktop.iss (Windows
Start-menu entry and file association, per user, no administrator rights) and
resources/ascn-desktop.desktop with resources/mime/ascn-desktop.xml (Linux).
"""

from __future__ import annotations

from typing import Any

BUNDLE_EXTENSION = "ascn"
MIME_TYPE = "application/vnd.ascn.bundle"
TYPE_IDENTIFIER = "org.asean.ascn.bundle"  # macOS uniform type identifier of a bundle
APP_IDENTIFIER = "org.asean.ascn-desktop"
TYPE_DESCRIPTION = "ASCN signed bundle"


def macos_info_plist(version: str) -> dict[str, Any]:
    """Info.plist keys of ASCN Desktop.app: .ascn files open in it (Finder double-click, Open With)."""
    return {
        "CFBundleName": "ASCN Desktop",
        "CFBundleDisplayName": "ASCN Desktop",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": TYPE_IDENTIFIER,
            "UTTypeDescription": TYPE_DESCRIPTION,
            "UTTypeConformsTo": ["public.data", "public.zip-archive"],
            "UTTypeIconFile": "ascn.icns",
            "UTTypeTagSpecification": {"public.filename-extension": [BUNDLE_EXTENSION],
                                       "public.mime-type": [MIME_TYPE]},
        }],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": TYPE_DESCRIPTION,
            "CFBundleTypeRole": "Viewer",  # the app imports and verifies a bundle; it never edits one
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [TYPE_IDENTIFIER],
            "CFBundleTypeIconFile": "ascn.icns",
        }],
    }
