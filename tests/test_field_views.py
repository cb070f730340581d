"""plan.pdf's project blocks and `ascn plan show --json` follow the field declarations (core/fields.py).

Each test moves one declaration and sees the view follow, which is what "declared once" promises: a new
field placed in the PDF or in the summary needs no code in plan_pdf.py or the CLI.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ascn_desktop.core import fields
from ascn_desktop.core.fields import PROJECT, Entity, PdfPlace, pdf_fields, summary_row
from ascn_desktop.core.model import FundingSource, Milestone, Plan, Project
from ascn_desktop.core.plans import create_plan, save_project
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.reports import plan_pdf
from ascn_desktop.store.engine import Store
from tests.conftest import store_args


def _moved(entity: Entity, **changes: dict[str, Any]) -> Entity:
    """`entity` with some fields' declarations changed: {"risks": {"pdf": ...}}."""
    return Entity(entity.name, entity.label, tuple(
        dataclasses.replace(f, **changes[f.name]) if f.name in changes else f for f in entity.fields))


def _project() -> Project:
    return Project(code="P-01", title="Đèn thông minh", lead_agency="Sở Xây dựng", risks="Mưa bão kéo dài",
                   status="in_progress", start_year=2019, end_year=2021, budget=Decimal("1500000"), currency="VND",
                   funding=[FundingSource(type="municipal", name="Ngân sách", amount=Decimal("1500000"))],
                   milestones=[Milestone(title="Khảo sát", due_year=2020, due_quarter=3, status="done", percent=100)])


def _pdf_text(reference: ReferenceData, tmp_path: Path) -> str:
    plan = Plan(city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch", projects=[_project()])
    pdf = plan_pdf.plan_pdf_bytes(plan, reference, signer_name="T", signer_fingerprint="F",
                                  generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(raw.split())


def test_the_facts_of_a_project_are_its_declared_pdf_fields(reference: ReferenceData) -> None:
    ctx = plan_pdf._Context(Plan(city="VNM-HA-NOI", cycle="2018-2025", title="x"), reference)
    facts = dict(plan_pdf._fields(ctx, _project()))
    assert list(facts) == [f.pdf.label or f.label for f in pdf_fields(PROJECT, "facts") if f.pdf]
    assert facts["Period"] == "2019–2021"  # a field shown with another: one value
    assert facts["Budget"] == "1,500,000 VND"
    assert facts["USD equivalent"] == "—"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_field_placed_in_the_pdf_is_printed_where_its_declaration_says(
        reference: ReferenceData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _pdf_text(reference, tmp_path)
    assert "Lead agency Sở Xây dựng" in before and "Risks. Mưa bão kéo dài" in before
    moved = _moved(PROJECT, lead_agency={"pdf": None}, risks={"pdf": PdfPlace("facts", 11, "Main risk")})
    monkeypatch.setattr(plan_pdf, "PROJECT", moved)
    milestone = _moved(fields.MILESTONE, percent={"pdf": None})
    monkeypatch.setattr(plan_pdf, "MILESTONE", milestone)
    after = _pdf_text(reference, tmp_path)
    assert "Lead agency" not in after
    assert "Main risk Mưa bão kéo dài" in after and "Risks." not in after
    assert "100 %" in before and "100 %" not in after  # the milestone table lost its "Done" column


def test_plan_show_json_lists_the_declared_summary_fields(store: Store, run_cli: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    plan_id = create_plan(store, city="VNM-HA-NOI", cycle="2018-2025", title="Kế hoạch")
    save_project(store, plan_id, _project())
    shown = json.loads(run_cli(*store_args(store), "plan", "show", "ha noi", "--json").out)
    assert shown["projects"] == [json.loads(json.dumps(summary_row(PROJECT, _project()), default=str))
                                 | {"budget": "1500000.00"}]
    assert set(shown["projects"][0]) == {"code", "title", "focus_area", "status", "start_year", "end_year", "budget"}
    from ascn_desktop.cli import store_commands

    monkeypatch.setattr(store_commands, "PROJECT", _moved(PROJECT, lead_agency={"summary": True}))
    shown = json.loads(run_cli(*store_args(store), "plan", "show", "ha noi", "--json").out)
    assert shown["projects"][0]["lead_agency"] == "Sở Xây dựng"
