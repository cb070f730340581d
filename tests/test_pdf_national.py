"""National summary: the data built from plans, and its PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ascn_desktop.core.model import FundingSource, Plan, Project
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reports.national_pdf import national_summary_pdf_bytes
from ascn_desktop.core.reports.national_summary import NationalSummary, PlanReview, build_national_summary
from ascn_desktop.store.engine import Store

WHEN = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed: apt-get install poppler-utils")


@pytest.fixture
def reference(store: Store) -> ReferenceData:
    return load_reference(store)


def _project(code: str, focus: str | None, budget: str, *, seeks: bool = False, currency: str = "") -> Project:
    amount = Decimal(budget)
    return Project(code=code, title=f"Dự án {code}", focus_area=focus, budget=amount, currency=currency,
                   budget_usd=(amount / 25000).quantize(Decimal("0.01")), seeks_private_partner=seeks,
                   private_sector_need="Nhà cung cấp cảm biến" if seeks else "",
                   funding=[FundingSource(type="municipal", name="City", amount=amount - 1),
                            FundingSource(type="private_ppp", name="PPP", amount=Decimal(1))])


def _plans() -> list[Plan]:
    return [
        Plan(city="VNM-HO-CHI-MINH-CITY", cycle="2018-2025", title="Kế hoạch Hồ Chí Minh", revision=4,
             status="final", projects=[_project("HCM-1", "BI", "3000000000000", seeks=True)]),
        Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng", revision=7, status="final",
             projects=[_project("DN-1", "BI", "12345678901234"), _project("DN-2", "QE", "5", seeks=True),
                       _project("DN-3", None, "10")]),
        Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội", revision=2, is_sample=True,
             projects=[_project("HN-1", "HW", "1000")]),
        Plan(city="VNM-HA-NOI", cycle="2026-2035", title="Next cycle, ignored"),
        Plan(city="THA-BANGKOK", cycle="2018-2025", title="Other country, ignored",
             projects=[_project("BK-1", "BI", "1")]),
    ]


def _summary(reference: ReferenceData) -> NationalSummary:
    plans = _plans()
    reviews = {plans[0].uuid: PlanReview(status="accepted", signer_name="Lê Văn Cường",
                                         signer_fingerprint="HCMC 0000 1111", received_at=WHEN),
               plans[1].uuid: PlanReview(status="returned", signer_name="Phạm Thị Dung",
                                         signer_fingerprint="DNNG 2222 3333")}
    return build_national_summary(plans, reference, country="VNM", cycle="2018-2025",
                                  endorsement_note="Tôi xác nhận các kế hoạch.\n\nĐoạn thứ hai.", reviews=reviews)


def test_summary_is_built_exactly_from_the_country_plans(reference: ReferenceData) -> None:
    summary = _summary(reference)
    assert summary.country_name == "Viet Nam" and summary.cycle_label.endswith("2018–2025")
    assert [city.city_name for city in summary.cities] == ["Đà Nẵng", "Hà Nội", "Hồ Chí Minh"]  # reference order
    da_nang = summary.cities[0]
    assert da_nang.total_budget == Decimal("12345678901249") and da_nang.currency == "VND"
    assert da_nang.budget_by_funding_type == {"municipal": Decimal("12345678901246"), "private_ppp": Decimal(3)}
    assert da_nang.projects_by_focus_area == {"BI": 1, "QE": 1, "": 1}
    assert (da_nang.review_status, da_nang.signer_name, da_nang.revision) == ("returned", "Phạm Thị Dung", 7)
    assert summary.cities[1].review_status == "" and summary.is_sample
    assert summary.project_count == 5
    assert summary.totals_by_currency() == {"VND": Decimal("15345678902249")}
    assert [(p.city_name, p.project_code) for p in summary.private_partner_projects] == [
        ("Đà Nẵng", "DN-2"), ("Hồ Chí Minh", "HCM-1")]
    assert summary.decimals("VND") == 0 and summary.decimals("USD") == 2


def _text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "national.pdf"
    path.write_bytes(pdf)
    tool = args[0] if args else "pdftotext"
    command = [tool, *args[1:], str(path)] + (["-"] if tool == "pdftotext" else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return " ".join(out.split()) if tool == "pdftotext" else out


@needs_poppler
def test_national_pdf_shows_cities_budgets_partners_and_signature(reference: ReferenceData,
                                                                 tmp_path: Path) -> None:
    pdf = national_summary_pdf_bytes(_summary(reference), signer_name="Trần Thị Bình",
                                     signer_fingerprint="NR12 3456 7890", generated_at=WHEN)
    text = _text(pdf, tmp_path)
    for expected in ("National summary of ASCN action plans — Viet Nam", "SAMPLE DATA", "Đà Nẵng", "Hà Nội",
                     "Hồ Chí Minh", "Tôi xác nhận các kế hoạch.", "Đoạn thứ hai.", "Trần Thị Bình",
                     "NR12 3456 7890", "Phạm Thị Dung", "DNNG 2222 3333", "Returned", "Accepted",
                     "12,345,678,901,249 VND", "15,345,678,902,249 VND", "Viet Nam total",
                     "DN-2 · Dự án DN-2", "Nhà cung cấp cảm biến", "Built Infrastructure", "No focus area",
                     "2 projects seek a private-sector solution provider."):
        assert expected in text, expected
    pages = text.count("endorsed by Trần Thị Bình")
    assert f"Page {pages + 1} of {pages + 1}" in text
    info = _text(pdf, tmp_path, "pdfinfo")
    assert "Author:          Trần Thị Bình" in info and "Subject:         ASCN national summary, Viet Nam" in info
    outline = _text(pdf, tmp_path, "pdftohtml", "-stdout", "-xml", "-i")
    for entry in ("Endorsement", "Cities", "Budgets by funding type", "Projects by focus area",
                  "Projects seeking a private-sector partner", "Signature"):
        assert f">{entry}</item>" in outline, entry


def test_national_pdf_is_deterministic_and_handles_no_cities(reference: ReferenceData) -> None:
    summary = _summary(reference)
    first = national_summary_pdf_bytes(summary, signer_name="NR", signer_fingerprint="F", generated_at=WHEN)
    assert national_summary_pdf_bytes(summary, signer_name="NR", signer_fingerprint="F", generated_at=WHEN) == first
    empty = build_national_summary([], reference, country="LAO", cycle="2018-2025")
    assert empty.cities == () and not empty.is_sample
    assert national_summary_pdf_bytes(empty, signer_name="NR", signer_fingerprint="F",
                                      generated_at=WHEN).startswith(b"%PDF-")


@needs_poppler
def test_a_draft_accepted_by_the_nr_says_so_and_never_reads_as_a_bare_accepted(reference: ReferenceData,
                                                                                tmp_path: Path) -> None:
    plans = [Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch Đà Nẵng", revision=2, status="draft",
                  projects=[_project("DN-1", "BI", "10")]),
             Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch Hà Nội", revision=3, status="final",
                  projects=[_project("HN-1", "BI", "10")])]
    reviews = {plan.uuid: PlanReview(status="accepted", signer_name="X", signer_fingerprint="F") for plan in plans}
    summary = build_national_summary(plans, reference, country="VNM", cycle="2018-2025", reviews=reviews)
    text = _text(national_summary_pdf_bytes(summary, signer_name="NR", signer_fingerprint="F", generated_at=WHEN),
                 tmp_path)
    assert "Accepted as drafts 1 of 2" in text
    # a table row read in layout order (the raw order follows pdftotext's column guesses)
    rows = _text(national_summary_pdf_bytes(summary, signer_name="NR", signer_fingerprint="F", generated_at=WHEN),
                 tmp_path, "pdftotext", "-layout")
    assert "Draft Accepted (draft)" in rows and "Final Accepted" in rows
    assert "Accepted (draft): the city sent this plan as a draft" in text
    assert "Draft Accepted 1" not in text
