"""The annual report: PDF and Excel from the imported plans, with the expected figures and names."""

from __future__ import annotations

import json

import shutil
import subprocess
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_monitoring_dataset import build_dataset

from ascn_desktop.core.progress import Cancelled
from ascn_desktop.core.reports.annual_report_files import write_annual_report
from ascn_desktop.store.engine import Store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    return " ".join(text.split())  # line breaks fall anywhere in wrapped paragraphs


def test_report_pdf_and_xlsx(store: Store, tmp_path: Path) -> None:
    build_dataset(store)
    seen: list[float] = []
    files = write_annual_report(store, cycle="2018-2025", year=2024, out_dir=tmp_path / "out",
                                as_of=date(2025, 6, 30), generated_at=datetime(2025, 7, 1, tzinfo=UTC),
                                progress=lambda fraction, _message: seen.append(fraction))
    assert seen[-1] == 1.0
    assert files.pdf.name == "ascn-annual-report-2024.pdf" and files.xlsx.exists()
    text = _pdf_text(files.pdf)
    for expected in ("Annual progress report 2024", "Hà Nội", "Đà Nẵng", "Chiếu sáng đô thị thông minh",
                     "2 of 29 ASCN cities sent", "2 cities joined the network in 2024", "Not received",
                     "Annex: all projects", "Viet Nam", "The network's growth", "Chiang Mai, Khon Kaen, Rayong",
                     "Projects as the Secretariat counts them"):
        assert expected in text, expected
    assert "Local only" not in text  # the local plan is not part of the report by default

    workbook = load_workbook(files.xlsx, read_only=True)
    assert {"About", "Summary", "Completeness", "Projects", "Funding", "Indicators"} <= set(workbook.sheetnames)
    summary = {row[0]: row[1] for row in workbook["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Cities that reported"] == 2 and summary["Projects"] == 4
    assert summary["Indicators behind target"] == 2
    assert Decimal(str(summary["Total budget, USD (where given)"])) == Decimal("120")
    completeness = {row[1]: row[2] for row in workbook["Completeness"].iter_rows(min_row=2, values_only=True)}
    assert completeness["Hà Nội"] == "On time" and completeness["Đà Nẵng"] == "Late"
    growth = {row[0]: row[1] for row in workbook["Growth"].iter_rows(min_row=2, values_only=True)}
    assert (growth[2018], growth[2023], growth[2024]) == (26, 29, 31)
    breakdowns = list(workbook["Breakdowns"].iter_rows(min_row=2, values_only=True))
    assert (2024, "Country", "VNM", "Viet Nam") in {row[:4] for row in breakdowns}
    assert sum(row[7] for row in breakdowns if row[:2] == (2024, "City")) == 3
    projects = [row[2] for row in workbook["Projects"].iter_rows(min_row=2, values_only=True)]
    assert projects == ["JK-01", "DN-01", "HN-01", "HN-02"]  # reference order: IDN before VNM
    workbook.close()


def test_monitor_json_gives_growth_and_breakdowns(store: Store, run_cli) -> None:  # type: ignore[no-untyped-def]
    build_dataset(store)
    result = run_cli("--db", store.profile.db_url, "monitor", "--json", "--year", "2024",
                     "--as-of", "2025-06-30")
    assert result.status == 0, result.err
    data = json.loads(result.out)
    assert [row["cities"] for row in data["growth"]][-2:] == [29, 31]
    assert data["summary"]["joined_this_year"] == 2
    vnm = next(row for row in data["breakdowns"] if (row["year"], row["by"], row["code"]) == (2024, "country", "VNM"))
    assert vnm["total"] == vnm["ongoing"] + vnm["planning"] + vnm["completed"] == 3
    assert {row["by"] for row in data["breakdowns"]} == {"country", "city", "focus_area"}


def test_report_cli_and_cancel(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    build_dataset(store)
    db = store.profile.db_url
    result = run_cli("--db", db, "report", "--cycle", "2018-2025", "--year", "2024", "--out", str(tmp_path / "r"))
    assert result.status == 0, result.err
    assert (tmp_path / "r" / "ascn-annual-report-2024.xlsx").exists()
    bad = run_cli("--db", db, "report", "--year", "2031", "--out", str(tmp_path / "x"))
    assert bad.status == 1 and "not a year of the 2018-2025 cycle" in bad.err
    abort = threading.Event()
    abort.set()
    with pytest.raises(Cancelled):
        write_annual_report(store, cycle="2018-2025", year=2024, out_dir=tmp_path / "c", abort=abort)
    assert not (tmp_path / "c" / "ascn-annual-report-2024.pdf").exists()
