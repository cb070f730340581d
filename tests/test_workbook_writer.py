"""plan.xlsx: layout, formats, text safety and determinism of the plan workbook."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.plans import find_plan_id, get_plan
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.workbook import layout, plan_workbook_bytes
from ascn_desktop.store.engine import Store

# XML 1.0 cannot carry most control characters; the editor never stores them.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t\r"), max_size=40)


def _demo_plan(store: Store, city: str = "Đà Nẵng") -> tuple[Plan, ReferenceData]:
    reference = load_reference(store)
    plan_id = find_plan_id(store, reference.find_city(city).code)
    assert plan_id is not None
    return get_plan(store, plan_id), reference


def test_sheets_headers_and_formats(demo_store: Store) -> None:
    plan, reference = _demo_plan(demo_store)
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference)))
    assert book.sheetnames == list(layout.DATA_SHEETS)
    projects = book[layout.PROJECTS]
    assert projects.freeze_panes == "A2"
    assert projects.auto_filter.ref.startswith("A1:")
    assert projects["B1"].value == "Code" and projects["B1"].font.bold
    assert projects.column_dimensions["A"].hidden  # the stable row id
    headers = [c.value for c in projects[1]]
    budget = projects.cell(2, headers.index("Budget") + 1)
    assert isinstance(budget.value, int | float) and '"VND"' in budget.number_format
    assert "." not in budget.number_format  # VND has no minor unit
    assert projects.cell(2, headers.index("Focus area code") + 1).value in reference.vocab["focus_areas"]
    assert projects.cell(2, headers.index("Focus area") + 1).value in reference.vocab["focus_areas"].values()
    overview = {row[3]: row[1] for row in book[layout.OVERVIEW].iter_rows(min_row=2, values_only=True)}
    assert overview["city"] == "Đà Nẵng"
    assert overview["updated_at"] is not None and hasattr(overview["updated_at"], "year")  # a real date
    indicators = [c.value for c in book[layout.INDICATORS][1]]
    assert "Target 2018" in indicators and "Actual 2025" in indicators
    assert len(list(book[layout.MILESTONES].iter_rows(min_row=2))) == sum(len(p.milestones) for p in plan.projects)


def test_same_plan_gives_same_bytes(demo_store: Store) -> None:
    plan, reference = _demo_plan(demo_store)
    assert plan_workbook_bytes(plan, reference) == plan_workbook_bytes(plan, reference)


def test_amount_beyond_double_precision_is_kept_exactly(demo_store: Store) -> None:
    plan, reference = _demo_plan(demo_store, "Jakarta")
    plan.projects[0].budget = Decimal("999999999999999.99")
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference)))
    headers = [c.value for c in book[layout.PROJECTS][1]]
    assert book[layout.PROJECTS].cell(2, headers.index("Budget") + 1).value == "999999999999999.99"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, prefix=st.sampled_from(["=", "+", "-", "@", ""]))
def test_text_never_becomes_a_formula(store: Store, title: str, prefix: str) -> None:
    reference = load_reference(store)
    text = prefix + title
    plan = Plan(city="VNM-DA-NANG", cycle="2018-2025", title=text,
                projects=[Project(code=text or "P", title=text, description="=1+1")])
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    cell = book[layout.PROJECTS]["C2"]
    assert cell.data_type == "s" if text else cell.value is None
    assert (cell.value or "") == text
    assert book[layout.PROJECTS]["D2"].value == "=1+1" and book[layout.PROJECTS]["D2"].data_type == "s"
