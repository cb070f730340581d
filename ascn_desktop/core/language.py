"""The interface language: the officer's choice, or the system's, among the catalogues shipped.

The choice lives in ``language.json`` in the profile folder, so the GUI and
the CLI speak the same language; without a choice the system's language is
used when a catalogue exists for it, else English. Catalogues: the GUI's in
``resources/translations`` (Qt .ts, compiled to .qm by the build), the
core's in ``resources/locale`` (gettext .po, see ``core/i18n``).

Signed bundles never depend on it: they hold codes, not labels.
"""

from __future__ import annotations

import os

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.i18n import _, current_language

__all__ = ["COUNTRY_LANGUAGES", "LANGUAGES", "shown_city_name", "effective_language", "load_language_choice", "save_language_choice",
           "system_language"]

LANGUAGE_FILE = "language.json"
# Every language with a catalogue, by code, in its own name. English is the source language.
LANGUAGES = {
    "en": "English",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "th": "ไทย",
    "km": "ខ្មែរ",
    "lo": "ລາວ",
    "my": "မြန်မာ",
    "ms": "Bahasa Melayu",
    "fil": "Filipino",
    "tet": "Tetun",
}
_ALIASES = {"tl": "fil", "in": "id", "bur": "my"}
# The language each member state's cities are named in (their local-script names, core/reference).
COUNTRY_LANGUAGES = {"BRN": "ms", "KHM": "km", "IDN": "id", "LAO": "lo", "MYS": "ms", "MMR": "my", "PHL": "fil",
                     "SGP": "en", "THA": "th", "TLS": "tet", "VNM": "vi"}


def shown_city_name(country: str, name: str, name_local: str) -> str:
    """A city's name for the reader: in its own script when the interface speaks its country's language
    (ភ្នំពេញ in Khmer, กรุงเทพมหานคร in Thai), else its usual name (Phnom Penh, Bangkok)."""
    if name_local and COUNTRY_LANGUAGES.get(country) == current_language():
        return name_local
    return name


def _code(tag: str) -> str | None:
    """The catalogue code for a locale tag ("km_KH.UTF-8", "vi-VN", "tl"), or None."""
    base = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The system's language if a catalogue exists for it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for tag in os.environ.get(variable, "").split(":"):
            if tag and (code := _code(tag)):
                return code
    import locale  # only when the environment names no language (`ascn --help` usually does without)

    tag = locale.getlocale()[0] or ""
    return _code(tag) or "en"


def load_language_choice(profile: Profile) -> str | None:
    """The language chosen in this profile, or None (follow the system)."""
    try:
        text = (profile.home / LANGUAGE_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    import json  # only when there is a choice to read: `ascn --help` in a fresh profile does without

    try:
        data = json.loads(text)
    except ValueError:
        return None
    code = data.get("language") if isinstance(data, dict) else None
    return code if code in LANGUAGES else None


def save_language_choice(profile: Profile, code: str | None) -> None:
    """Remember `code` for this profile (None: follow the system)."""
    if code is not None and code not in LANGUAGES:
        raise ValidationError(_("There is no catalogue for the language {code!r}; choose one of "
                              "{languages}.").format(code=code, languages=', '.join(LANGUAGES)))
    from ascn_desktop.core.safe_files import atomic_write  # not loaded by every start that reads the choice

    profile.home.mkdir(parents=True, exist_ok=True)
    import json

    atomic_write(profile.home / LANGUAGE_FILE, json.dumps({"language": code}).encode("utf-8"))


def effective_language(profile: Profile) -> str:
    """The language the interface uses: the profile's choice, else the system's."""
    return load_language_choice(profile) or system_language()
