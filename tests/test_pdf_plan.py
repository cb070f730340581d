"""plan.pdf: Vietnamese text survives, metadata, outline, page numbers, sample banner, determinism."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ascn_desktop.core.i18n import _, set_language
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reports import plan_pdf
from ascn_desktop.core.reports.plan_pdf import plan_pdf_bytes
from ascn_desktop.store.engine import Store

WHEN = datetime(2026, 11, 26, 6, 30, tzinfo=UTC)
FINGERPRINT = "7QKD 2M4X PZ9A LL3C"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")


@pytest.fixture
def reference(store: Store) -> ReferenceData:
    return load_reference(store)


def _project(code: str, title: str, *, focus: str | None = "BI") -> Project:
    return Project(
        code=code, title=title, description="Đèn đường LED & cảm biến <thông minh>.", focus_area=focus,
        outcomes=["CE"], sdgs=[9, 11], start_year=2019, end_year=2024, status="in_progress",
        lead_agency="Sở Xây dựng", budget=Decimal("1234567000"), currency="VND", budget_usd=Decimal("49382.68"),
        funding=[FundingSource(type="municipal", name="Ngân sách thành phố", amount=Decimal("1000000000")),
                 FundingSource(type="private_ppp", name="PPP", amount=Decimal("234567000"))],
        seeks_private_partner=True, private_sector_need="Sensor vendor", risks="Procurement delays",
        milestones=[Milestone(title="Khảo sát hiện trạng", due_year=2020, due_quarter=3, status="done", percent=100)],
        indicators=[Indicator(name="Đèn thông minh", unit="%", baseline_year=2017, baseline_value=Decimal("2.50"),
                              values=[IndicatorValue(year=2019, target=Decimal("40"), actual=Decimal("37.5"))])],
        progress_notes=[ProgressNote(year=2023, text="Giai đoạn 1 hoàn thành.")],
    )


def _plan(*, sample: bool = False, projects: int = 2) -> Plan:
    chosen = [_project("HN-01", "Chiếu sáng Đà Nẵng và Hồ Chí Minh"),
              _project("HN-02", "Trung tâm điều hành", focus="SS")]
    chosen += [_project(f"HN-{n:02d}", f"Dự án số {n}", focus=None) for n in range(3, projects + 1)]
    return Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch thành phố thông minh Hà Nội",
                vision="Hà Nội xanh", focus_areas=["BI", "SS"], outcomes=["CE"], revision=7, status="final",
                is_sample=sample, projects=chosen[:projects])


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(raw.split())  # line breaks fall where the layout wraps; compare words


def _pdfinfo(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], check=True, capture_output=True,
                          text=True).stdout


def _outline(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "outline.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftohtml", "-stdout", "-xml", "-i", "-enc", "UTF-8", str(path)], check=True,
                            capture_output=True, text=True).stdout
    return result[result.index("<outline>"):]


def _pdf(plan: Plan, reference: ReferenceData) -> bytes:
    return plan_pdf_bytes(plan, reference, signer_name="Nguyễn Văn An", signer_fingerprint=FINGERPRINT,
                          generated_at=WHEN)


@needs_poppler
def test_vietnamese_names_fields_and_signature_come_back_out(reference: ReferenceData, tmp_path: Path) -> None:
    pdf = _pdf(_plan(), reference)
    assert pdf.startswith(b"%PDF-")
    text = _text(pdf, tmp_path)
    for expected in ("Hà Nội", "Đà Nẵng", "Hồ Chí Minh", "Kế hoạch thành phố thông minh Hà Nội",
                     "Viet Nam", "Revision", "Final", "26 November 2026", "Khảo sát hiện trạng",
                     "Ngân sách thành phố", "Nguyễn Văn An", FINGERPRINT, "Giai đoạn 1 hoàn thành.",
                     "<thông minh>", "Built Infrastructure", "Safety and Security"):
        assert expected in text, expected
    # VND has no minor unit: whole amounts, exact, with separators; USD keeps its cents.
    assert "1,234,567,000 VND" in text and "49,382.68 USD" in text
    assert "1,234,567,000.00" not in text
    assert "37.5" in text and "2.5" in text and "in 2017" in text
    assert "SAMPLE DATA" not in text
    pages = int(next(line.split()[-1] for line in _pdfinfo(pdf, tmp_path).splitlines()
                     if line.startswith("Pages:")))
    assert f"Page 2 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "Page 1 of" not in text  # the cover carries no header or footer


@needs_poppler
def test_metadata_and_outline(reference: ReferenceData, tmp_path: Path) -> None:
    pdf = _pdf(_plan(), reference)
    info = _pdfinfo(pdf, tmp_path)
    assert "Title:           Kế hoạch thành phố thông minh Hà Nội" in info
    assert "Author:          Nguyễn Văn An" in info
    assert "Subject:" in info and "Hà Nội, Viet Nam" in info and "revision 7" in info
    assert "CreationDate:    Thu Nov 26 06:30:00 2026" in info
    outline = _outline(pdf, tmp_path)
    for entry in ("Plan overview", "Summary by focus area", "Projects", "Built Infrastructure (1)",
                  "HN-01 · Chiếu sáng Đà Nẵng và Hồ Chí Minh", "HN-02 · Trung tâm điều hành", "Signature"):
        assert f">{entry}</item>" in outline, entry
    # Each entry leads to its own page (not all to page 1): overview after the cover, signature last.
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert '<item page="2">Plan overview</item>' in outline
    assert f'<item page="{pages}">Signature</item>' in outline and pages > 2


@needs_poppler
def test_sample_plan_is_marked_on_cover_and_pages(reference: ReferenceData, tmp_path: Path) -> None:
    text = _text(_pdf(_plan(sample=True), reference), tmp_path)
    assert "SAMPLE DATA — illustrative, not an official plan" in text
    assert text.count("SAMPLE DATA") >= 3  # banner plus every body page's header


def test_same_input_gives_the_same_bytes(reference: ReferenceData) -> None:
    plan = _plan()
    first = _pdf(plan, reference)
    _pdf(_plan(sample=True, projects=3), reference)  # another document in between shares no font state
    assert _pdf(plan, reference) == first
    later = plan_pdf_bytes(plan, reference, signer_name="Nguyễn Văn An", signer_fingerprint=FINGERPRINT,
                           generated_at=datetime(2026, 11, 27, tzinfo=UTC))
    assert later != first


@needs_poppler
def test_large_plans_use_the_compact_layout_with_every_fact(reference: ReferenceData, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_pdf, "COMPACT_THRESHOLD", 2)
    pdf = _pdf(_plan(projects=4), reference)
    text = _text(pdf, tmp_path)
    assert "compact layout" in text
    for expected in ("Dự án số 4", "Khảo sát hiện trạng", "2020 Q3", "Ngân sách thành phố", "Sensor vendor",
                     "Procurement delays", "Giai đoạn 1 hoàn thành.", "37.5", "1,234,567,000 VND",
                     "No focus area"):
        assert expected in text, expected
    outline = _outline(pdf, tmp_path)
    assert ">HN-04 · Dự án số 4</item>" in outline


@needs_poppler
def test_the_compact_layout_renders_in_another_language(reference: ReferenceData, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The compact layout once read each indicator value through its translated label ("គោលដៅ"
    for "Target"): a large plan's PDF, and so its signed bundle, failed in Khmer."""
    monkeypatch.setattr(plan_pdf, "COMPACT_THRESHOLD", 2)
    set_language("km")
    try:
        text = _text(_pdf(_plan(projects=4), reference), tmp_path)
        target, actual = _("Target"), _("Actual")
    finally:
        set_language("en")
    assert target != "Target" and target in text and actual in text and "37.5" in text


@needs_poppler
def test_plan_without_projects_still_renders(reference: ReferenceData, tmp_path: Path) -> None:
    plan = Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Đà Nẵng draft")
    text = _text(_pdf(plan, reference), tmp_path)
    assert "This plan has no projects yet." in text and "Đà Nẵng" in text and "Signature" in text


def test_rendering_reports_progress_and_can_be_cancelled(reference: ReferenceData,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from ascn_desktop.core.progress import Cancelled

    monkeypatch.setattr(plan_pdf, "_CHECK_EVERY", 2)
    seen: list[tuple[float, str]] = []
    plan = _plan(projects=8)
    plan_pdf_bytes(plan, reference, signer_name="A", signer_fingerprint="B", generated_at=WHEN,
                   progress=lambda fraction, message: seen.append((fraction, message)))
    assert seen and seen[0][0] == 0.0 and all(0 <= f < 1 for f, _ in seen)
    assert {message for _, message in seen} == {f"PDF: project {n} of 8" for n in (1, 3, 5, 7)}
    abort = threading.Event()

    def cancel_midway(fraction: float, _message: str) -> None:
        if fraction > 0.3:
            abort.set()

    with pytest.raises(Cancelled):
        plan_pdf_bytes(plan, reference, signer_name="A", signer_fingerprint="B", generated_at=WHEN,
                       abort=abort, progress=cancel_midway)


@needs_poppler
def test_huge_imported_texts_render_in_full(reference: ReferenceData, tmp_path: Path) -> None:
    plan = _plan(projects=2)
    huge = " ".join(f"từ{n}" for n in range(700))  # ~4,000 characters: taller than a page in a table cell
    project = plan.projects[0]
    project.title = project.lead_agency = project.indicators[0].name = huge
    plan.projects[1].milestones[0].title = huge[:1900]
    plan.projects[1].description = huge * 3
    text = _text(_pdf(plan, reference), tmp_path)
    assert text.count("từ699") >= 3  # title, lead agency and indicator name, none cut
    assert "từ698 từ699" in text and "Khảo sát hiện trạng" in text


@needs_poppler
@pytest.mark.parametrize("compact", [False, True])
def test_thai_and_lao_text_is_drawn_with_embedded_fallback_fonts(reference: ReferenceData, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 compact: bool) -> None:
    if compact:
        monkeypatch.setattr(plan_pdf, "COMPACT_THRESHOLD", 1)
    plan = _plan()
    plan.city, plan.title = "THA-BANGKOK", "แผนเมืองอัจฉริยะ กรุงเทพมหานคร"
    project = plan.projects[0]
    project.title, project.lead_agency = "ระบบไฟถนนอัจฉริยะ Smart lighting", "สำนักการโยธา"
    project.milestones[0].title, project.funding[0].name = "สำรวจพื้นที่ ວຽງຈັນ", "ຫຼວງພະບາງ budget"
    pdf = plan_pdf_bytes(plan, reference, signer_name="สมชาย ใจดี", signer_fingerprint=FINGERPRINT,
                         generated_at=WHEN)
    text = _text(pdf, tmp_path)
    for expected in ("แผนเมืองอัจฉริยะ กรุงเทพมหานคร", "ระบบไฟถนนอัจฉริยะ Smart lighting", "สำนักการโยธา",
                     "สำรวจพื้นที่ ວຽງຈັນ", "ຫຼວງພະບາງ budget", "signed by สมชาย ใจดี"):
        assert expected in text, expected
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    for name in ("NotoSansThai-Regular", "NotoSansThai-Bold", "NotoSansLao-Regular", "DejaVuSans"):
        assert f"+{name} " in fonts, name  # embedded subsets


SCRIPT_TEXTS = {
    "Vietnamese": ("Hệ thống giao thông công cộng thông minh Đà Nẵng", "DejaVuSans"),
    "Thai": ("ระบบขนส่งสาธารณะอัจฉริยะกรุงเทพมหานคร", "NotoSansThai-Bold"),
    "Lao": ("ລະບົບຂົນສົ່ງສາທາລະນະອັດສະລິຍະນະຄອນຫຼວງວຽງຈັນ", "NotoSansLao-Bold"),
    "Khmer": ("ប្រព័ន្ធដឹកជញ្ជូនសាធារណៈឆ្លាតវៃភ្នំពេញ", "NotoSansKhmer-Bold"),
    "Myanmar": ("မြို့ပြ အများပြည်သူ သယ်ယူပို့ဆောင်ရေးစနစ် ရန်ကုန်", "NotoSansMyanmar-Bold"),
}


@needs_poppler
@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("script", sorted(SCRIPT_TEXTS))
def test_every_script_is_embedded_and_extracts_exactly_as_typed(reference: ReferenceData, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch, script: str,
                                                                compact: bool) -> None:
    if compact:
        monkeypatch.setattr(plan_pdf, "COMPACT_THRESHOLD", 1)
    typed, font = SCRIPT_TEXTS[script]
    plan = _plan()
    plan.title = typed
    plan.projects[0].title = typed
    plan.projects[0].description = " ".join([typed] * 6)  # long enough to wrap
    text = _text(_pdf(plan, reference), tmp_path)
    assert typed in text
    # Wrapped lines rejoin into the typed text (pdftotext puts a newline where a line ends).
    assert " ".join([typed] * 6).replace(" ", "") in text.replace(" ", "")
    path = tmp_path / "fonts.pdf"
    path.write_bytes(_pdf(plan, reference))
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert f"+{font} " in fonts  # an embedded subset of the font covering the script
