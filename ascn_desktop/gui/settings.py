"""Window state remembered between runs (geometry, splitters, table columns).

The settings live in a file inside the profile folder rather than in the
platform's registry: a profile is then self-contained (tests and a second
profile on the same laptop never share window state).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ascn_desktop.core.profile import Profile

SETTINGS_FILE = "gui-settings.ini"


def profile_settings(profile: Profile) -> QSettings:
    """The QSettings of `profile` (an INI file in the profile folder)."""
    profile.home.mkdir(parents=True, exist_ok=True)
    return QSettings(str(profile.home / SETTINGS_FILE), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A saved Qt state blob, or None when absent or of the wrong type."""
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None
