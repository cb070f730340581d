"""The evidence link of an indicator's yearly value: the field added to prove core/fields.py.

Declared once (core/fields.py), stored by migration 0007; everything else (store mapping, plan.json and its
schema, the bundle import, the workbook, the revision diff and the data export) follows the declaration.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.workbook.workbook import Workbook

import bundle_factory as bf
from ascn_desktop.core.bundles.bundle_format import plan_schema_errors
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.bundles.plan_document import content_hash, plan_from_document, plan_to_document
from ascn_desktop.core.data_export import collect_tables
from ascn_desktop.core.model import IndicatorValue, Plan
from ascn_desktop.core.plan_diff import diff_plans, field_label
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.reader import read_plan_workbook
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, edit_workbook

LINK = "https://stats.danang.gov.vn/2021/air-quality?table=3"


def _with_evidence(plan: Plan) -> Plan:
    changed = copy.deepcopy(plan)
    indicator = next(i for p in changed.projects for i in p.indicators)
    indicator.value_for(2021).evidence = LINK
    # A year that holds nothing but its evidence is kept too.
    empty_year = min(set(range(2018, 2026)) - {v.year for v in indicator.values})
    indicator.value_for(empty_year).evidence = "https://example.org/report.pdf"
    return changed


def _empty_year(plan: Plan) -> int:
    indicator = next(i for p in plan.projects for i in p.indicators)
    return min(set(range(2018, 2026)) - {v.year for v in indicator.values})


def _value(plan: Plan, year: int) -> IndicatorValue:
    indicator = next(i for p in plan.projects for i in p.indicators)
    return next(v for v in indicator.values if v.year == year)


def test_plan_json_carries_it_only_when_set_and_old_documents_read(reference: ReferenceData) -> None:
    plan = bf.demo_plan(reference)
    document = plan_to_document(plan, reference)
    assert all("evidence" not in v for p in document["projects"] for i in p["indicators"] for v in i["values"])
    changed = _with_evidence(plan)
    new_document = plan_to_document(changed, reference)
    assert plan_schema_errors(new_document) == [] and plan_schema_errors(document) == []
    assert _value(plan_from_document(new_document), 2021).evidence == LINK
    assert _value(plan_from_document(document), 2021).evidence == ""  # a version 1 document without it
    # A plan that does not use it keeps its content hash; using it is a change of content.
    assert content_hash(changed, reference) != content_hash(plan, reference)


@pytest.mark.parametrize("bad", ["stats.danang.gov.vn/table", "https://has space.org", "ftp://x.org/a",
                                 "https://" + "a" * 2000])
def test_the_schema_refuses_what_is_not_a_web_address(reference: ReferenceData, bad: str) -> None:
    document = plan_to_document(_with_evidence(bf.demo_plan(reference)), reference)
    value = next(v for p in document["projects"] for i in p["indicators"] for v in i["values"] if "evidence" in v)
    value["evidence"] = bad
    assert plan_schema_errors(document)


def test_store_keeps_it_and_a_year_with_only_evidence(store: Store) -> None:
    reference = bf.load(store)
    plan = bf.demo_plan(reference)
    year = _empty_year(plan)
    loaded = get_plan(store, save_plan(store, _with_evidence(plan)))
    assert _value(loaded, 2021).evidence == LINK
    assert _value(loaded, year) == IndicatorValue(year=year, evidence="https://example.org/report.pdf")


def test_a_signed_bundle_brings_it_into_the_receiving_store(store: Store, tmp_path: Path) -> None:
    signer = bf.make_signer(seed=11)
    bf.trust(store, signer)
    reference = bf.load(store)
    plan = bf.demo_plan(reference)
    year = _empty_year(plan)
    path = bf.write(tmp_path, "evidence.ascn", bf.city_bundle(_with_evidence(plan), reference, signer))
    [outcome] = import_bundles(store, [path])
    assert outcome.status == "imported", outcome.message
    imported = get_plan(store, outcome.plan_ids[0])
    assert _value(imported, 2021).evidence == LINK and _value(imported, year).target is None
    [row] = [r for r in collect_tables(store)["indicators"] if r["year"] == 2021 and r["evidence"]]
    assert row["evidence"] == LINK


def test_the_revision_diff_names_it() -> None:
    old = base_plan()
    new = _with_evidence(old)
    changes = [c for row in diff_plans(old, new).rows for c in row.changes]
    assert any(c.field == "evidence 2021" and c.new == LINK for c in changes)
    assert field_label("evidence") == "Evidence"


def _set_evidence(value: str) -> object:
    def edit(book: Workbook) -> None:
        sheet = book[layout.INDICATORS]
        headers = [cell.value for cell in sheet[1]]
        sheet.cell(row=2, column=headers.index("Evidence 2021") + 1, value=value)
    return edit


def test_the_workbook_has_a_column_per_year_and_reads_it_back(reference: ReferenceData, tmp_path: Path) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / "evidence.xlsx", base, reference, _set_evidence(f" {LINK} "))
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    assert result.ok, [str(e) for e in result.errors]
    assert _value(result.plan, 2021) == IndicatorValue(year=2021, evidence=LINK)  # kept: it holds evidence
    assert _value(result.plan, 2019) == _value(base, 2019)
    assert any(c.header == "Evidence 2021" for c in layout.indicator_columns(range(2018, 2026)))


def test_a_workbook_cell_that_is_not_a_web_address_is_named(reference: ReferenceData, tmp_path: Path) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / "bad.xlsx", base, reference, _set_evidence("see the annual report"))
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    messages = [str(error) for error in result.errors]
    assert any(m.startswith("Indicators!") and "web address" in m for m in messages), messages
    assert [v.year for v in result.plan.projects[0].indicators[0].values] == [2019, 2020]  # left as it was


def test_the_value_is_exact_whatever_else_the_year_holds() -> None:
    value = IndicatorValue(year=2021, target=Decimal("12.5"), evidence=LINK)
    assert (value.target, value.actual, value.evidence) == (Decimal("12.5"), None, LINK)
