"""The Linux build's slim ICU data library (installer/icu_data.py): the package
format is read and written exactly, the filter keeps what Qt reaches for ASEAN's
languages, and Qt really sorts and names time zones with the rebuilt library."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from installer import icu_data
from installer.elf_file import ElfFile

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_LIBRARIES = sorted(QT_LIB.glob("libicudata.so.*"))
needs_qt_icu = pytest.mark.skipif(not ICU_LIBRARIES, reason="this PySide6 carries no ICU (not a Linux wheel)")


@needs_qt_icu
def test_the_full_package_is_rewritten_byte_for_byte() -> None:
    _symbol, blob = icu_data.package_in(ElfFile(ICU_LIBRARIES[0]))
    package = icu_data.read_common_data(blob)
    assert len(package.items) > 3000
    assert icu_data.write_common_data(package) == blob


@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/coll/vi.res", True),
    ("icudt73l/zone/th_TH.res", True),
    ("icudt73l/lang/fil.res", True),
    ("icudt73l/curr/zh_Hans_SG.res", True),
    ("icudt73l/coll/root.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/zone/pool.res", True),
    ("icudt73l/res_index.res", True),
    ("icudt73l/zoneinfo64.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/brkitr/line.brk", True),
    ("icudt73l/coll/de.res", False),
    ("icudt73l/zone/ja_JP.res", False),
    ("icudt73l/ibm-1390_P110-2003.cnv", False),
    ("icudt73l/translit/root.res", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/brkitr/thaidict.dict", False),
])
def test_the_filter_keeps_asean_languages_and_shared_data(name: str, kept: bool) -> None:
    assert icu_data.keep_item(name) is kept


def test_anything_but_icu_common_data_is_refused() -> None:
    for blob in (b"", b"\x7fELF" + bytes(60), b"\x20\x00\xda\x27" + bytes(12) + b"ResB" + bytes(16)):
        with pytest.raises(icu_data.IcuDataError):
            icu_data.read_common_data(blob)


@needs_qt_icu
@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler to assemble the library")
def test_qt_sorts_and_names_time_zones_with_the_slim_library(tmp_path: Path) -> None:
    slim = icu_data.build_slim_library(ICU_LIBRARIES[0], tmp_path)
    assert slim is not None and slim.name == ICU_LIBRARIES[0].name
    assert slim.stat().st_size < ICU_LIBRARIES[0].stat().st_size / 3
    probe = textwrap.dedent("""
        from functools import cmp_to_key
        from PySide6.QtCore import QCollator, QLocale, QTimeZone
        words = ["Ưa", "Ơn", "Oa", "Ông", "Uy", "Ở", "Ôi"]
        print(" ".join(sorted(words, key=cmp_to_key(QCollator(QLocale("vi_VN")).compare))))
        zone = QTimeZone(b"Asia/Bangkok")
        for locale in ("th_TH", "lo_LA", "de_DE"):
            print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)))
    """)
    # The slim library has the same soname, so once preloaded the loader uses it
    # in place of the one beside Qt.
    env = dict(os.environ, LD_PRELOAD=str(slim), QT_QPA_PLATFORM="offscreen")
    lines = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                           check=True, timeout=60).stdout.splitlines()
    assert lines[0] == "Oa Ôi Ông Ở Ơn Uy Ưa"  # Vietnamese collation, not the root order
    thai, lao, german = lines[1:4]
    assert any("\u0e00" <= char <= "\u0e7f" for char in thai)
    assert any("\u0e80" <= char <= "\u0eff" for char in lao)
    assert german == "Indochina Time"  # German was left out: ICU falls back to the root locale (English)


PYICU_LIBS = sorted((Path(str(__import__("icu").__file__)).parent.parent / "pyicu_wheels.libs").glob("libicudata-*"))


@pytest.mark.skipif(not PYICU_LIBS or shutil.which("cc") is None, reason="no PyICU wheel library or no cc")
def test_pyicu_slim_library_breaks_lines_and_converts_zawgyi_as_the_full_one(tmp_path: Path) -> None:
    """PyICU's ICU (another version than Qt's, so not shared) is slimmed too: the four scripts' break
    dictionaries and the transliterators stay, so the PDFs' line breaks and the Zawgyi conversion are
    the same as with the full library."""
    site = Path(str(__import__("icu").__file__)).parent.parent
    shutil.copytree(site / "icu", tmp_path / "icu")
    shutil.copytree(site / "pyicu_wheels.libs", tmp_path / "pyicu_wheels.libs")
    slim = icu_data.build_slim_library(PYICU_LIBS[0], tmp_path / "build", keep=icu_data.PYICU_KEEP)
    assert slim is not None and slim.stat().st_size < PYICU_LIBS[0].stat().st_size / 3
    shutil.copy(slim, tmp_path / "pyicu_wheels.libs" / slim.name)
    probe = textwrap.dedent("""
        import icu, json, sys
        lines = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
        out = []
        for text in ("ប្រព័ន្ធដឹកជញ្ជូនសាធារណៈឆ្លាតវៃ", "ระบบขนส่งสาธารณะอัจฉริยะ", "ລະບົບຂົນສົ່ງສາທາລະນະ",
                     "မြို့တော်စီမံကိန်း", "智能交通系统"):
            lines.setText(text)
            out.append(list(lines))
        out.append(icu.Transliterator.createInstance("Zawgyi-my").transliterate("ေနျပည္ေတာ္"))
        print(json.dumps(out))
    """)
    def run(path: Path) -> str:
        return subprocess.run([sys.executable, "-c", probe], cwd=path, env=dict(os.environ, PYTHONPATH=str(path)),
                              capture_output=True, text=True, check=True).stdout
    slim_answer = run(tmp_path)
    assert slim_answer == run(site) and __import__("json").loads(slim_answer)[-1] == "နေပြည်တော်"


def test_babel_keeps_the_locales_the_app_speaks() -> None:
    import babel
    from babel import Locale
    from babel.core import get_global

    from ascn_desktop.core.language import LANGUAGES
    from installer.babel_data import keep_locale_file, slim_babel_datas, slim_babel_toc

    folder = Path(babel.__file__).parent / "locale-data"
    datas = [(str(path), "babel/locale-data") for path in folder.glob("*.dat")] + [
        (str(Path(babel.__file__).parent / "global.dat"), "babel")]
    kept = {Path(source).name for source, _folder in slim_babel_datas(datas)}
    toc = [(f"{folder}/{Path(source).name}", source, "DATA") for source, folder in datas]  # what Babel's hook adds
    assert {Path(name).name for name, _source, _kind in slim_babel_toc(toc)} == kept
    assert "global.dat" in kept and "root.dat" in kept and "de.dat" not in kept and len(kept) < len(datas) / 4
    for code in [*LANGUAGES, "pt_TL"]:  # Tetum is written as pt_TL (core/i18n)
        if code == "tet":
            continue
        chain, locale = [], Locale.parse(code)
        while True:  # the locale and every parent Babel loads with it
            chain.append(str(locale))
            parent = get_global("parent_exceptions").get(str(locale)) or (
                "_".join(str(locale).split("_")[:-1]) if "_" in str(locale) else "root")
            if parent == "root":
                break
            locale = Locale.parse(parent)
        assert all(keep_locale_file(f"{name}.dat") for name in chain), chain
