"""Every xlsx and CSV the app writes keeps any text as text: no formula cell, no CSV field a spreadsheet runs.

A property test per writer puts one drawn string (any Unicode, often starting
with =, +, -, @, tab, CR or LF) into every text the writer takes, then reads
the file back: no worksheet holds a formula element, every string cell that a
spreadsheet could read as a formula has the quote-prefix style, and every CSV
field that starts like a formula carries the OWASP apostrophe.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from ascn_desktop.core.consolidation.national_summary_data import build_national_summary, summary_workbook_bytes
from ascn_desktop.core.data_export import COLUMNS, _write_xlsx, csv_bytes
from ascn_desktop.core.model import FundingSource, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports.annual_report import AnnualReport, build_annual_report
from ascn_desktop.core.reports.annual_report_xlsx import build_workbook
from ascn_desktop.core.spreadsheet_text import FORMULA_TRIGGERS, csv_field, starts_like_formula
from ascn_desktop.core.workbook.writer import plan_workbook_bytes
from ascn_desktop.store.engine import Store

# Any string, and often one that starts like a formula.
hostile_text = st.tuples(st.sampled_from(sorted(FORMULA_TRIGGERS) + ["", "'", " "]), st.text(max_size=40)).map(
    "".join) | st.sampled_from(['=HYPERLINK("http://x","y")', "=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0",
                                "@SUM(1)", "\t=1", "\r=1", "-5", "+3.25"])
WRITER_SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_no_formula(data: bytes) -> int:
    """Checks an xlsx; returns how many string cells start like a formula (all quote-prefixed)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                assert b"<f>" not in xml and b"<f " not in xml, f"{name} holds a formula"
    book = load_workbook(io.BytesIO(data))
    risky = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and starts_like_formula(cell.value):
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    risky += 1
    return risky


def assert_csv_safe(data: bytes) -> None:
    for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
        for field in row:
            assert not starts_like_formula(field), field


def test_the_rule() -> None:
    for text in ("=1+1", "+A1", "-A1", "@SUM(1)", "\t=1", "\r=1", "\n=1"):
        assert starts_like_formula(text) and csv_field(text) == "'" + text
    for text in ("", "Hà Nội", "'=1", " =1", "-5", "+3.25", "12.50", "a=b"):
        assert not starts_like_formula(text) and csv_field(text) == text


def _plan(text: str) -> Plan:
    project = Project(code=text or "P1", title=text, description=text, lead_agency=text, risks=text,
                      private_sector_need=text, seeks_private_partner=True, focus_area="BI", start_year=2019,
                      end_year=2020, funding=[FundingSource(type="municipal", name=text, amount=Decimal(5))],
                      milestones=[Milestone(title=text, due_year=2020, due_quarter=1)],
                      progress_notes=[ProgressNote(year=2020, text=text)])
    return Plan(city="VNM-HA-NOI", cycle="2018-2025", title=text, vision=text, blueprint=text, updated_by=text,
                projects=[project])


@WRITER_SETTINGS
@given(text=hostile_text)
def test_plan_workbook_and_template(reference: ReferenceData, text: str) -> None:
    plan = _plan(text)
    risky = assert_no_formula(plan_workbook_bytes(plan, reference))
    assert_no_formula(plan_workbook_bytes(plan, reference, template=True))
    if starts_like_formula(text):
        assert risky > 0  # the text was written, and written as text


@WRITER_SETTINGS
@given(text=hostile_text)
def test_national_summary_workbook(reference: ReferenceData, text: str) -> None:
    summary = build_national_summary([_plan(text)], reference, country="VNM", cycle="2018-2025",
                                     endorsement_note=text)
    assert_no_formula(summary_workbook_bytes(summary))


@WRITER_SETTINGS
@given(text=hostile_text)
def test_data_export_csv_and_xlsx(tmp_path: Path, text: str) -> None:
    tables = {name: [{column: text for column in columns}] for name, columns in COLUMNS.items()}
    for name, rows in tables.items():
        data = csv_bytes(name, rows)
        assert_csv_safe(data)
        assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1][0] == csv_field(text)
    target = tmp_path / "data.xlsx"
    _write_xlsx(tables, target)
    risky = assert_no_formula(target.read_bytes())
    if starts_like_formula(text):
        assert risky >= sum(len(columns) for columns in COLUMNS.values())


@pytest.fixture(scope="module")
def report(module_store: Store, reference: ReferenceData) -> AnnualReport:
    from test_monitoring_dataset import build_dataset

    build_dataset(module_store)
    return build_annual_report(module_store, reference, cycle="2018-2025", year=2024, as_of=date(2025, 6, 30),
                               generated_at=datetime(2025, 7, 1, tzinfo=UTC))


@WRITER_SETTINGS
@given(text=hostile_text)
def test_annual_report_workbook(report: AnnualReport, text: str) -> None:
    tables = {key: replace(table, title=text, rows=[tuple(text if isinstance(value, str) else value for value in row)
                                                    for row in table.rows[:3]])
              for key, table in report.tables.items()}
    buffer = io.BytesIO()
    build_workbook(replace(report, cycle=text, tables=tables)).save(buffer)
    risky = assert_no_formula(buffer.getvalue())
    if starts_like_formula(text):
        assert risky > len(tables)
