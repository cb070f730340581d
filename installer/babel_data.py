"""Babel's CLDR data for the build: only the locales the app can speak.

Babel ships the data of ~1,150 locales (32 MB). The app formats numbers and
dates only in its interface languages (core/language.py) and reads no other
locale; Tetum, which CLDR lacks, is written as Timor-Leste's Portuguese
(core/i18n.py). So the folder keeps the locales of ASEAN's languages
(installer/icu_data.py's KEPT_LANGUAGES: the member states' languages, English,
Chinese, Tamil and Portuguese, with their regional variants, whose parent
chains stay inside the same language) and root, the parent of them all:
about 3 MB. Babel's global data (global.dat: plural rules, currency
fractions, likely subtags) is kept whole.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from installer.icu_data import KEPT_LANGUAGES


def keep_locale_file(name: str, languages: Collection[str] = KEPT_LANGUAGES) -> bool:
    """Whether Babel's `locale-data/<name>` ("vi.dat", "en_150.dat", "root.dat") goes into the folder."""
    stem = name.removesuffix(".dat")
    return stem == "root" or stem.split("_")[0] in languages


def slim_babel_toc(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """An Analysis' data TOC ((name in the folder, source, kind)) without the locales the app never reads:
    PyInstaller's own hook for Babel collects all of them, whatever the spec asks for."""
    return [entry for entry in toc
            if not entry[0].replace("\\", "/").startswith("babel/locale-data/") or not entry[0].endswith(".dat")
            or keep_locale_file(Path(entry[0]).name)]


def slim_babel_datas(datas: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """PyInstaller's (source, destination folder) list for Babel, without the locales the app never reads."""
    return [(source, folder) for source, folder in datas
            if Path(folder).name != "locale-data" or not source.endswith(".dat")
            or keep_locale_file(Path(source).name)]
