"""`ascn-desktop --self-test`: prove that this build works, end to end, offscreen.

Run by `make installer-test` on the frozen program (not the source): it
creates a temporary city profile, loads the demo, creates a signing identity,
exports a signed bundle, verifies and imports it into a second temporary
profile (the receiver, who trusts the city's identity card), renders every main
screen of both, and exits 0 only if all of that worked. Each step prints one
line, so a failing build says where it failed.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from collections.abc import Callable
from functools import cmp_to_key
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, QTimeZone
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ascn_desktop import __version__
from ascn_desktop.core.bundles.bundle_export import export_bundle
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.bundle_verify import verify_bundle
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.signing.identity import create_identity, export_card, read_card_file
from ascn_desktop.core.plans import find_plan_id, get_plan, list_plans
from ascn_desktop.core.app_log import log_unexpected
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reports.fonts import register_fonts
from ascn_desktop.core.reports.line_breaks import pieces
from ascn_desktop.core.reports.plan_pdf import plan_pdf_bytes
from ascn_desktop.core.reports.shaping import shaped
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.signing.trust import add_card
from ascn_desktop.store.engine import Store

PASSPHRASE = "self-test passphrase"
# Vietnamese sorts Ô and Ơ as letters of their own after O (and Ư after U);
# the root collation (the fallback for a locale whose data is missing) does not.
VIETNAMESE_WORDS = ["Ưa", "Ơn", "Oa", "Ông", "Uy", "Ở", "Ôi"]
VIETNAMESE_ORDER = ["Oa", "Ôi", "Ông", "Ở", "Ơn", "Uy", "Ưa"]
SELF_TEST_CITY = "Đà Nẵng"


class SelfTestFailed(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _render_pages(store: Store, *, role: str, city: str | None, folder: Path) -> list[str]:
    """Show every page of the main window for `role` and check that each paints something."""
    from ascn_desktop.gui.main_window import MainWindow
    from ascn_desktop.gui.screenshot import settle_window

    window = MainWindow(store, role=role, city=city)
    window.resize(1280, 800)
    window.show()
    settle_window()  # its role and reference data are read on the background runner, then the pages listed
    rendered = []
    try:
        for row in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(row)
            settle_window()  # the page's reads on the background runner are shown
            name = window.sidebar.item(row).text()
            image = window.grab().toImage()
            _check(not image.isNull() and _distinct_colours(image) > 8, f"the {name} screen painted nothing")
            target = folder / f"{role}-{row:02d}.png"
            _check(image.save(str(target)), f"the {name} screen could not be saved as PNG")
            rendered.append(name)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    _check(bool(rendered), f"the main window offers no screens to a {role}")
    return rendered


def _distinct_colours(image: QImage) -> int:
    colours = set()
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            colours.add(image.pixel(x, y))
    return len(colours)


def _check_text_services() -> str:
    """Qt sorts, changes case and names time zones through ICU on Linux, and the
    Linux build carries ICU data slimmed to ASEAN's languages and English
    (installer/icu_data.py): prove that the data the app relies on is there."""
    collator = QCollator(QLocale("vi_VN"))
    ordered = sorted(VIETNAMESE_WORDS, key=cmp_to_key(collator.compare))
    _check(ordered == VIETNAMESE_ORDER, f"Vietnamese words sort wrongly: {', '.join(ordered)}")
    _check(QLocale("vi_VN").toUpper("đà nẵng") == "ĐÀ NẴNG", "Vietnamese text does not change case")
    if not sys.platform.startswith("linux"):
        return "Vietnamese sorting and case"
    zone = QTimeZone(b"Asia/Bangkok")
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("th_TH"))
    _check(any("\u0e00" <= char <= "\u0e7f" for char in name), f"the Thai name of Bangkok's time zone is {name!r}")
    return "Vietnamese sorting and case, Thai time-zone names"


KHMER_TITLE = "ប្រព័ន្ធដឹកជញ្ជូនសាធារណៈឆ្លាតវៃ"  # "smart public transport system"
# Word breaks from ICU's dictionaries ("smart public transport system", "capital city plan") and
# Burmese typed in Zawgyi ("Nay Pyi Taw, Yangon city") with its Unicode form.
THAI_WORDS = ("ระบบ", "ขนส่ง", "สาธารณะ", "อัจฉริยะ")
BURMESE_WORDS = ("မြို့တော်", "စီမံကိန်း")
ZAWGYI_TEXT, ZAWGYI_UNICODE = "ေနျပည္ေတာ္ ရန္ကုန္ၿမိဳ႕", "နေပြည်တော် ရန်ကုန်မြို့"


def _check_word_breaks() -> str:
    """Thai and Burmese lines break between words (ICU's dictionaries in the build's ICU data), Burmese
    typed in Zawgyi is found and converted (the detector's model, ICU's Zawgyi-my transform), and
    Python hashes through OpenSSL (the build shares one OpenSSL between Python and psycopg)."""
    import hashlib

    from ascn_desktop.core.zawgyi import is_zawgyi, to_unicode

    for words in (THAI_WORDS, BURMESE_WORDS):
        found = pieces("".join(words))
        _check(found == words, f"words are not found (ICU's dictionaries are missing): {found}")
    _check(is_zawgyi(ZAWGYI_TEXT) and to_unicode(ZAWGYI_TEXT) == ZAWGYI_UNICODE, "Zawgyi text is not converted")
    _check(type(hashlib.sha256()).__module__ == "_hashlib", "Python does not hash through OpenSSL")
    return "Thai and Burmese word breaks, Zawgyi converted, hashes through OpenSSL"


def _check_khmer_pdf(store: Store, plan_id: int, folder: Path) -> str:
    """A plan PDF titled in Khmer: the build carries HarfBuzz (shaping), ICU's dictionaries (word
    breaks) and the Khmer font, embedded in the PDF."""
    register_fonts()
    glyphs, _width = shaped(KHMER_TITLE, "NotoSansKhmer")
    _check(getattr(glyphs, "__shapeData__", None) is not None, "Khmer text is not shaped (no HarfBuzz)")
    words = pieces(KHMER_TITLE)
    _check(len(words) == 4, f"Khmer words are not found (ICU's dictionaries are missing): {words}")
    plan = get_plan(store, plan_id)
    plan.title = KHMER_TITLE
    pdf = plan_pdf_bytes(plan, load_reference(store), signer_name="Self-test officer", signer_fingerprint="",
                         generated_at=datetime.now(UTC))
    _check(b"+NotoSansKhmer" in pdf, "the plan PDF does not embed the Khmer font")
    (folder / "khmer-plan.pdf").write_bytes(pdf)
    return f"{len(pdf):,} bytes, shaped, {len(words)} words found by ICU"


def run_self_test(out: Callable[[str], None] = print) -> int:
    """All steps; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    out(f"ASCN Desktop {__version__} self-test")
    try:
        with tempfile.TemporaryDirectory(prefix="ascn-self-test-") as temp:
            root = Path(temp)
            city_store = open_profile_store(resolve_profile(root / "city"))
            receiver_store = open_profile_store(resolve_profile(root / "secretariat"))
            try:
                out(f"ok  text services: {_check_text_services()}")
                out(f"ok  scripts: {_check_word_breaks()}")
                _check(load_demo(city_store) == 26, "the demo did not load 26 sample plans")
                out("ok  demo loaded: 26 sample plans")
                city = load_reference(city_store).find_city(SELF_TEST_CITY)
                identity = create_identity(city_store, name="Self-test officer", role="csco",
                                           country=city.country, city=city.code, passphrase=PASSPHRASE)
                out(f"ok  signing identity created: {identity.fingerprint}")
                plan_id = find_plan_id(city_store, city.code, origin="local")
                _check(plan_id is not None, f"no plan for {city.name} in the demo")
                assert plan_id is not None
                (root / "out").mkdir()
                exported = export_bundle(city_store, plan_id, root / "out", as_draft=True, passphrase=PASSPHRASE)
                out(f"ok  signed bundle exported: {exported.path.name} ({exported.size} bytes)")
                out(f"ok  Khmer plan PDF: {_check_khmer_pdf(city_store, plan_id, root / 'out')}")

                card = export_card(identity, root / "card.json")
                add_card(receiver_store, read_card_file(card))
                verified = verify_bundle(exported.path, receiver_store)
                _check(verified.status == "valid", f"the bundle did not verify: {verified.reason}")
                out("ok  bundle verified by the receiver (signature, hashes, trust, schema)")
                outcomes = import_bundles(receiver_store, [exported.path])
                _check([o.status for o in outcomes] == ["imported"], f"import failed: {outcomes[0].message}")
                received = [p for p in list_plans(receiver_store, origin="imported") if p.city == city.code]
                _check(len(received) == 1 and received[0].city_name == city.name,
                       "the imported plan is not in the receiver's store")
                out(f"ok  bundle imported into a second profile: {received[0].city_name}, r{received[0].revision}")

                shots = root / "screens"
                shots.mkdir()
                for role, store, role_city in (("csco", city_store, city.code), ("nr", receiver_store, None),
                                               ("asec", receiver_store, None)):
                    names = _render_pages(store, role=role, city=role_city, folder=shots)
                    out(f"ok  {role} screens rendered: {', '.join(names)}")
            finally:
                city_store.close()
                receiver_store.close()
    except SelfTestFailed as exc:
        out(f"FAILED: {exc}")
        return 1
    except Exception as exc:  # any error at all fails the self-test, with its reason (traceback in the log)
        log_unexpected(exc, context="in the self-test")
        out(f"FAILED: {type(exc).__name__}: {exc}")
        return 1
    out("self-test passed")
    return 0
