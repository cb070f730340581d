"""installer/icu_shim.py: the Linux folder carries one ICU. Qt Core's calls into
ICU 73 are forwarded to PyICU's ICU, whose data (icu_data.SHARED_KEEP) serves
both: Qt still sorts Vietnamese and names time zones in Thai and Lao, and PyICU
still breaks lines and converts Zawgyi exactly as with its full data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from installer import icu_data
from installer.icu_shim import ShimError, build_shim, icu_calls, shim_source

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
SITE = Path(str(__import__("icu").__file__)).parent.parent
QT_ICU = sorted(QT_LIB.glob("libicu*.so.*"))
PYICU_ICU = sorted((SITE / "pyicu_wheels.libs").glob("libicu*"))
pytestmark = pytest.mark.skipif(not QT_ICU or not PYICU_ICU or shutil.which("cc") is None,
                                reason="needs PySide6's and PyICU's Linux wheels (both carry ICU) and cc")

QT_PROBE = textwrap.dedent("""
    from functools import cmp_to_key
    from PySide6.QtCore import QCollator, QLocale, QTimeZone
    words = ["Ưa", "Ơn", "Oa", "Ông", "Uy", "Ở", "Ôi"]
    print(" ".join(sorted(words, key=cmp_to_key(QCollator(QLocale("vi_VN")).compare))))
    print(QLocale("vi_VN").toUpper("đà nẵng"))
    zone = QTimeZone(b"Asia/Bangkok")
    for locale in ("th_TH", "lo_LA"):
        print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)))
    print(" ".join(sorted({line.split()[-1].rsplit("/", 1)[-1] for line in open("/proc/self/maps")
                           if "libicuuc" in line})))
""")
PYICU_PROBE = textwrap.dedent("""
    import icu, json
    lines = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
    characters = icu.BreakIterator.createCharacterInstance(icu.Locale.getRoot())
    out = []
    for text in ("ប្រព័ន្ធដឹកជញ្ជូនសាធារណៈឆ្លាតវៃ និងការគ្រប់គ្រងទឹកស្អាតក្នុងទីក្រុងភ្នំពេញ",
                 "ระบบขนส่งสาธารณะอัจฉริยะและการจัดการน้ำเสียของกรุงเทพมหานคร",
                 "ລະບົບຂົນສົ່ງສາທາລະນະອັດສະລິຍະຂອງນະຄອນຫຼວງວຽງຈັນ",
                 "မြို့တော်စီမံကိန်း ရန်ကုန်မြို့ စမတ်သယ်ယူပို့ဆောင်ရေးစနစ်",
                 "Hệ thống giao thông công cộng thông minh, Đà Nẵng 2026", "智能交通系统"):
        for iterator in (lines, characters):
            iterator.setText(text)
            out.append(list(iterator))
    out.append(icu.Transliterator.createInstance("Zawgyi-my").transliterate("ေနျပည္ေတာ္ ရန္ကုန္ၿမိဳ႕"))
    print(json.dumps(out))
""")


def test_the_shim_forwards_every_icu_function_qt_core_calls(tmp_path: Path) -> None:
    shim = build_shim([QT_LIB / "libQt6Core.so.6"], QT_ICU, PYICU_ICU, tmp_path, runpath=str(PYICU_ICU[0].parent))
    assert shim.library.name.startswith("libicuuc.so.") and len(shim.sonames) == 3
    assert {"ucol_open", "ucal_getTimeZoneDisplayName", "u_strToUpper"} <= set(shim.functions)
    assert shim.library.stat().st_size < 100_000


def test_a_function_missing_from_the_other_icu_stops_the_shim(tmp_path: Path) -> None:
    with pytest.raises(ShimError, match="lacks"):
        build_shim([QT_LIB / "libQt6Core.so.6"], QT_ICU, [PYICU_ICU[0]], tmp_path, runpath=".")  # data only


def test_icu_calls_and_source() -> None:
    assert "ucol_strcoll" in icu_calls([QT_LIB / "libQt6Core.so.6"], "73" if "73" in QT_ICU[0].name else
                                       QT_ICU[0].name.rsplit(".", 1)[-1])
    assert "jmp ucol_open_77@PLT" in shim_source(["ucol_open"], "73", "77")


def test_qt_runs_on_pyicus_icu_with_the_shared_slim_data(tmp_path: Path) -> None:
    libs = tmp_path / "pyicu_wheels.libs"
    shutil.copytree(SITE / "icu", tmp_path / "icu")
    shutil.copytree(SITE / "pyicu_wheels.libs", libs)
    data = next(libs.glob("libicudata-*"))
    slim = icu_data.build_slim_library(data, tmp_path / "build", keep=icu_data.SHARED_KEEP)
    assert slim is not None and slim.stat().st_size < data.stat().st_size * 0.75
    shutil.copy(slim, data)
    shim = build_shim([QT_LIB / "libQt6Core.so.6"], QT_ICU, sorted(libs.glob("libicu*")), tmp_path / "shim",
                      runpath=str(libs))
    # As in the folder: the shim under Qt's three ICU names, found before Qt's own (LD_LIBRARY_PATH
    # comes before Qt Core's search path).
    for soname in shim.sonames[1:]:
        (shim.library.parent / soname).symlink_to(shim.library.name)
    env = dict(os.environ, LD_LIBRARY_PATH=str(shim.library.parent), QT_QPA_PLATFORM="offscreen")
    collated, upper, thai, lao, loaded = subprocess.run(
        [sys.executable, "-c", QT_PROBE], capture_output=True, text=True, env=env, check=True, timeout=60,
    ).stdout.splitlines()
    assert collated == "Oa Ôi Ông Ở Ơn Uy Ưa" and upper == "ĐÀ NẴNG"
    assert any("\u0e00" <= char <= "\u0e7f" for char in thai) and any("\u0e80" <= char <= "\u0eff" for char in lao)
    assert ".so.77" in loaded  # the answers came from PyICU's ICU

    def pyicu(path: Path) -> list[object]:
        return json.loads(subprocess.run([sys.executable, "-c", PYICU_PROBE], cwd=path, capture_output=True,
                                         env=dict(os.environ, PYTHONPATH=str(path)), text=True, check=True,
                                         timeout=60).stdout)

    answer = pyicu(tmp_path)
    assert answer == pyicu(SITE) and answer[-1] == "နေပြည်တော် ရန်ကုန်မြို့"
