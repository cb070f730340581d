"""What a reader of the national summary, annual report and plan PDFs sees: no text drawn over other
text, no two cells run together, wrapped text in the table's own type, no empty chart box, no
made-up "0.00 USD" — read back from the 26-city demo with ``pdftotext -bbox``, in English and Khmer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path

import pytest

from ascn_desktop.core.i18n import _, set_language
from ascn_desktop.core.plans import get_plan, list_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reports.annual_report_files import write_annual_report
from ascn_desktop.core.reports.national_pdf import national_summary_pdf_bytes
from ascn_desktop.core.reports.national_summary import PlanReview, build_national_summary
from ascn_desktop.core.reports.plan_pdf import plan_pdf_bytes
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.engine import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")

WHEN = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
FINGERPRINT = "K7QX-M2PA-9D4R-TB6W-3HZN-Y5CE-VJ8F-L2GS"  # the real shape: 8 groups of 4 (core/signing)
LONG_FINGERPRINT = " ".join(["9F3A 51C2 7B44 E0D1"] * 4)  # longer than any column: must wrap, not overprint


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def words(path: Path) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                         text=True, encoding="utf-8").stdout
    found = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for match in _WORD.finditer(page):
            x0, y0, x1, y1 = map(float, match.groups()[:4])
            found.append(Word(number, x0, y0, x1, y1, unescape(match.group(5))))
    return found


def overlapping(found: list[Word]) -> list[tuple[int, str, str]]:
    """Pairs of words on the same line whose boxes overlap: text drawn over other text."""
    pairs = []
    by_page: dict[int, list[Word]] = {}
    for word in found:
        # A Thai tone mark or a shaped glyph of a chart label is extracted as a "word" of its own over
        # its base letter: that is one cluster, not two texts.
        if all(unicodedata.category(char)[0] == "M" or unicodedata.category(char) == "Co" for char in word.text):
            continue
        by_page.setdefault(word.page, []).append(word)
    for page, on_page in by_page.items():
        on_page.sort(key=lambda word: word.x0)
        for index, first in enumerate(on_page):
            for second in on_page[index + 1:]:
                if second.x0 >= first.x1 - 0.5:
                    break
                shared = min(first.y1, second.y1) - max(first.y0, second.y0)
                if shared > 0.5 * min(first.height, second.height):
                    pairs.append((page, first.text, second.text))
    return pairs


# "CountryCity", "InnovaIn", "3,527,763,256.71Milestones": two cells drawn with no gap read as one word.
_RUN_TOGETHER = re.compile(r"[a-z][A-Z]|\d[A-Za-z]{2,}")


def run_together(found: list[Word]) -> set[str]:
    return {w.text for w in found if _RUN_TOGETHER.search(w.text) and not re.fullmatch(r"[A-Z0-9-]+", w.text)}


@pytest.fixture(scope="module", params=["en", "km"])
def documents(request: pytest.FixtureRequest, demo_template: Path,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The annual report, national summaries and a plan PDF of the 26-city demo, in one language."""
    language = str(request.param)
    folder = tmp_path_factory.mktemp(f"documents-{language}")
    profile = resolve_profile(folder / "profile")
    assert profile.db_path is not None
    profile.db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, profile.db_path)
    set_language(language)
    store = open_profile_store(profile)
    try:
        reference = load_reference(store)
        plans = {summary.city: get_plan(store, summary.id) for summary in list_plans(store)}
        for country, fingerprint in (("BRN", FINGERPRINT), ("LAO", FINGERPRINT), ("MYS", LONG_FINGERPRINT)):
            chosen = [plan for code, plan in plans.items() if code.startswith(country + "-")]
            reviews = {plan.uuid: PlanReview(status="accepted", signer_name="Officer", signer_fingerprint=fingerprint,
                                             received_at=WHEN) for plan in chosen}
            summary = build_national_summary(chosen, reference, country=country, cycle="2018-2025", reviews=reviews)
            (folder / f"national-{country}.pdf").write_bytes(national_summary_pdf_bytes(
                summary, signer_name="Sok Dara", signer_fingerprint=fingerprint, generated_at=WHEN))
        (folder / "plan-LAO.pdf").write_bytes(plan_pdf_bytes(
            plans["LAO-VIENTIANE"], reference, signer_name="Officer", signer_fingerprint=FINGERPRINT,
            generated_at=WHEN))
        write_annual_report(store, cycle="2018-2025", year=2024, out_dir=folder, include_local=True,
                            as_of=date(2025, 3, 1), generated_at=WHEN)
        yield language, folder
    finally:
        store.close()
        set_language("en")


PDFS = ["ascn-annual-report-2024.pdf", "national-BRN.pdf", "national-LAO.pdf", "national-MYS.pdf", "plan-LAO.pdf"]


@pytest.mark.parametrize("name", PDFS)
def test_no_text_is_drawn_over_other_text_or_runs_into_it(documents: tuple[str, Path], name: str) -> None:
    _language, folder = documents
    found = words(folder / name)
    assert found
    assert overlapping(found) == []  # the fingerprint over the date, "Bandar Seri BegaP-02"
    assert run_together(found) == set()  # "CountryCity", "Industry and InnovaIn progress"


def test_the_annex_of_the_annual_report_keeps_each_text_in_its_column(documents: tuple[str, Path]) -> None:
    language, folder = documents
    found = words(folder / "ascn-annual-report-2024.pdf")
    set_language(language)
    try:
        annex_title = _("Annex: all projects").split()[0]
        headers = (_("Country"), _("City"))
    finally:
        set_language("en")
    annex = max(w.page for w in found if w.text == annex_title)
    body = [w for w in found if w.page > annex or (w.page == annex and w.y0 > min(
        x.y0 for x in found if x.page == annex and x.text == annex_title))]
    if language == "en":  # the header reads "Country" and "City", two words in two columns
        assert {"Country", "City"} <= {w.text for w in body}, headers
    # "Bandar Seri Begawan" whole (wrapped inside its column if need be), and the codes beside it whole.
    texts = [w.text for w in body]
    assert "Begawan" in texts and "BSB-01" in texts
    # Wrapped and unwrapped cells print in one type: every word of the table's rows has one height.
    heights = {round(w.height, 1) for w in body if w.text.startswith(("BSB-", "BAT-", "PP-"))}
    titles = {round(w.height, 1) for w in body if w.text in ("Pemantauan", "kutipan", "pepejal")}
    assert len(heights) == 1 and titles == heights, (heights, titles)


def test_usd_figures_nobody_gave_print_a_dash_not_zero(documents: tuple[str, Path]) -> None:
    _language, folder = documents
    for name in ("national-LAO.pdf", "plan-LAO.pdf", "ascn-annual-report-2024.pdf"):
        text = " ".join(w.text for w in words(folder / name))
        assert "0.00 USD" not in text and not re.search(r"(?<![\d,.])0\.00(?![\d])", text), name
    lao = [w.text for w in words(folder / "national-LAO.pdf")]
    assert lao.count("—") >= 3  # both Lao cities and their total: no USD equivalent was given


def test_an_empty_chart_says_so_instead_of_leaving_a_blank_box(store: Store, tmp_path: Path) -> None:
    files = write_annual_report(store, cycle="2018-2025", year=2024, out_dir=tmp_path, as_of=date(2025, 3, 1),
                                generated_at=WHEN)  # a Secretariat that has imported nothing yet
    lines: dict[tuple[int, int], list[Word]] = {}
    for word in words(files.pdf):
        lines.setdefault((word.page, round(word.y0)), []).append(word)
    ordered = [(key, " ".join(w.text for w in sorted(line, key=lambda w: w.x0))) for key, line in sorted(lines.items())]
    texts = [text for _key, text in ordered]
    for title in ("Projects by focus area", "Funding by type, USD equivalent"):
        position = texts.index(title)
        assert texts[position + 1] == "No data yet.", texts[position:position + 3]
        (page, here), (next_page, below) = ordered[position + 1][0], ordered[position + 2][0]
        assert next_page != page or below - here < 40, texts[position:position + 3]  # no blank box below
