"""Babel's CLDR data for the build: only the locales the app can speak.

Babel ships the data of ~1,150 locales (32 MB). The core formats numbers and
dates only in its interface languages (core/language.py: Babel's locale of each
code, Tetum written as Timor-Leste's Portuguese, core/i18n.py) and reads no
other locale. So the folder keeps exactly those locales and the parents Babel
loads with them (pt_TL → pt_PT → pt → root): 13 files, about 2 MB. Babel's
global data (global.dat: plural rules, currency fractions, likely subtags, the
parent exceptions) is kept whole.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from pathlib import Path


@cache
def app_locales() -> frozenset[str]:
    """The locale identifiers Babel loads for the app's languages, parents included."""
    from babel.core import get_global

    from ascn_desktop.core.i18n import _LOCALE_DATA  # the one place that maps a language to its locale data
    from ascn_desktop.core.language import LANGUAGES

    parents = get_global("parent_exceptions")
    kept = {"root"}
    for code in LANGUAGES:
        locale = _LOCALE_DATA.get(code, code)
        while locale != "root":
            kept.add(locale)
            locale = parents.get(locale) or ("_".join(locale.split("_")[:-1]) if "_" in locale else "root")
    return frozenset(kept)


def keep_locale_file(name: str, locales: Collection[str] | None = None) -> bool:
    """Whether Babel's `locale-data/<name>` ("vi.dat", "pt_TL.dat", "root.dat") goes into the folder."""
    return name.removesuffix(".dat") in (app_locales() if locales is None else locales)


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
