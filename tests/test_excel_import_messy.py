"""The Excel import on workbooks as people really fill them in: one table, each case with its outcome.

Every case starts from the workbook of a small Đà Nẵng plan (VND, with a USD
project), changes it the way a person would (openpyxl), imports it onto the
plan, and checks one outcome: a value in the imported plan, an error naming a
cell, a notice, or the preview's summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl.workbook.workbook import Workbook

from ascn_desktop.core.model import Plan
from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fixtures.workbooks.workbook_factory import base_plan, edit_workbook, patch_sheet_xml, set_cell

P, M, I, F, G, O = (layout.PROJECTS, layout.MILESTONES, layout.INDICATORS, layout.FUNDING, layout.PROGRESS,
                    layout.OVERVIEW)


def cell(sheet: str, header: str, row: int, value: Any) -> Callable[[Workbook], None]:
    return lambda book: set_cell(book, sheet, header, row, value)


def both(*edits: Callable[[Workbook], None]) -> Callable[[Workbook], None]:
    def run(book: Workbook) -> None:
        for edit in edits:
            edit(book)
    return run


def p1(plan: Plan) -> Any:
    return plan.projects[0]


def p2(plan: Plan) -> Any:
    return plan.projects[1]


def reverse_rows(sheet: str) -> Callable[[Workbook], None]:
    def run(book: Workbook) -> None:
        ws = book[sheet]
        rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
        for n, values in enumerate(reversed(rows), start=2):
            for m, value in enumerate(values, start=1):
                ws.cell(n, m).value = value
    return run


def insert_blank_rows(book: Workbook) -> None:
    book[P].insert_rows(3, 2)
    book[M].insert_rows(2, 1)


def title_row_above_header(book: Workbook) -> None:
    book[M].insert_rows(1, 1)
    book[M]["A1"] = "Milestones of Đà Nẵng"


def extra_column(book: Workbook) -> None:
    ws = book[P]
    ws.cell(1, ws.max_column + 1, "My notes")
    ws.cell(2, ws.max_column, "call the ministry")


def extra_sheet(book: Workbook) -> None:
    book.create_sheet("Scratch")["A1"] = "working notes"


def new_project(book: Workbook) -> None:
    ws = book[P]
    ws.append([None, "DN-03", "Cổng dịch vụ công", None, "Civic and Social", None, "High Quality of Life", None,
               "16", 2022, 2024, "Planned", None, None, "3.000.000.000"])
    book[M].append([None, None, "dn-03 ", None, "Launch", 2023, "Q2", "Not started", 0])


def projects_without_codes(book: Workbook) -> None:
    ws = book[P]
    for title in ("Cổng dịch vụ công", "Bản đồ số"):  # a plan typed without project codes
        ws.append([None, None, title, None, "Civic & Social", None, "Quality of Life", None,
                   "16", 2022, 2024, "Ongoing", None, None, "3.000.000.000"])


def copy_row_with_new_code(book: Workbook) -> None:
    ws = book[P]
    values = [c.value for c in ws[2]]
    values[1] = "DN-01B"
    ws.append(values)


def delete_project_row(book: Workbook) -> None:
    book[P].delete_rows(3, 1)
    book[M].delete_rows(4, 1)


def percent_formatted(book: Workbook) -> None:
    set_cell(book, M, "Percent done", 3, 0.5)
    book[M]["I3"].number_format = "0%"


# (id, edit, kind, check): kind 'value' -> check(plan) == expected; 'error' -> (cell, text in message);
# 'notice' -> text in a notice; 'summary' -> text in diff summary.
CASES: list[tuple[str, Callable[[Workbook], None], str, Any]] = [
    ("unchanged", lambda book: None, "summary", "No changes."),
    ("vnd-dot-thousands", cell(P, "Budget", 2, "1.000.000"), "value", (lambda p: p1(p).budget, Decimal("1000000"))),
    ("vnd-comma-decimals", cell(P, "Budget", 2, "1.000.000,50"), "value",
     (lambda p: p1(p).budget, Decimal("1000000.50"))),
    ("vnd-sign-and-nbsp", cell(P, "Budget", 2, "₫\u00a02\u00a0500\u00a0000 "), "value",
     (lambda p: p1(p).budget, Decimal("2500000"))),
    ("vnd-code-suffix", cell(P, "Budget", 2, "7.000.000 VND"), "value", (lambda p: p1(p).budget, Decimal("7000000"))),
    ("usd-comma-thousands", cell(P, "Budget", 3, "1,000,000.25"), "value",
     (lambda p: p2(p).budget, Decimal("1000000.25"))),
    ("usd-dollar-sign", cell(P, "Budget", 3, "$1,500"), "value", (lambda p: p2(p).budget, Decimal("1500"))),
    ("idr-rupiah", both(cell(P, "Currency", 2, "idr"), cell(P, "Budget", 2, "Rp 5.000.000")), "value",
     (lambda p: (p1(p).currency, p1(p).budget), ("IDR", Decimal("5000000")))),
    ("float-noise-rounded", cell(P, "Budget", 3, 0.1 + 0.2), "value", (lambda p: p2(p).budget, Decimal("0.30"))),
    ("negative-amount", cell(P, "Budget", 2, "-5"), "error", ("Projects!O2", "zero or more")),
    ("not-a-number", cell(P, "Budget", 2, "about a billion"), "error", ("Projects!O2", "an amount in VND")),
    ("bad-grouping", cell(P, "Budget", 3, "1,00,0"), "error", ("Projects!O3", "an amount in USD")),
    ("three-decimals", cell(P, "Budget", 3, 1234.567), "error", ("Projects!O3", "at most 2 decimals")),
    ("trailing-spaces-kept-out", cell(P, "Title", 3, "Flood early-warning system   "), "summary", "No changes."),
    ("code-with-nbsp", cell(P, "Code", 2, "DN-01\u00a0"), "summary", "No changes."),
    ("focus-label-lowercase", cell(P, "Focus area", 2, "quality environment"), "value",
     (lambda p: p1(p).focus_area, "QE")),
    ("focus-code-in-label-column", cell(P, "Focus area", 2, "ii"), "value", (lambda p: p1(p).focus_area, "II")),
    ("focus-code-column-only", both(cell(P, "Focus area", 2, None), cell(P, "Focus area code", 2, "CS")), "value",
     (lambda p: p1(p).focus_area, "CS")),
    ("focus-unknown", cell(P, "Focus area", 2, "Môi trường"), "error", ("Projects!E2", "a focus area")),
    ("status-code", cell(P, "Status", 3, "on_hold"), "value", (lambda p: p2(p).status, "on_hold")),
    ("status-upper", cell(P, "Status", 3, "COMPLETED"), "value", (lambda p: p2(p).status, "completed")),
    ("outcomes-commas", cell(P, "Strategic outcomes", 3, "ce, ql"), "value", (lambda p: p2(p).outcomes, ["CE", "QL"])),
    ("sdgs-prefixed", cell(P, "SDGs", 3, "SDG 9, SDG 11"), "value", (lambda p: p2(p).sdgs, [9, 11])),
    ("sdg-label", cell(P, "SDGs", 3, "Climate Action; Life on Land"), "value", (lambda p: p2(p).sdgs, [13, 15])),
    ("sdg-number-cell", cell(P, "SDGs", 3, 6), "value", (lambda p: p2(p).sdgs, [6])),
    ("sdg-out-of-range", cell(P, "SDGs", 3, "18"), "error", ("Projects!I3", "1 to 17")),
    ("year-as-text", cell(P, "Start year", 3, " 2021 "), "value", (lambda p: p2(p).start_year, 2021)),
    ("year-as-float", cell(P, "Start year", 3, 2021.0), "value", (lambda p: p2(p).start_year, 2021)),
    ("year-as-date", cell(P, "Start year", 3, datetime(2021, 3, 1)), "value", (lambda p: p2(p).start_year, 2021)),
    ("end-before-start", cell(P, "End year", 3, 2019), "error", ("Projects!K3", "not before the start year 2020")),
    ("year-garbage", cell(P, "End year", 3, "20x5"), "error", ("Projects!K3", "a year")),
    ("yes-variants", cell(P, "Seeks private partner", 3, "y"), "value",
     (lambda p: p2(p).seeks_private_partner, True)),
    ("no-vietnamese", cell(P, "Seeks private partner", 2, "không"), "value",
     (lambda p: p1(p).seeks_private_partner, False)),
    ("yes-no-garbage", cell(P, "Seeks private partner", 2, "maybe"), "error", ("Projects!Q2", "Yes or No")),
    ("partner-by-code", cell(P, "External partner", 3, "adb"), "value", (lambda p: p2(p).partner, "ADB")),
    ("currency-lowercase", cell(P, "Currency", 3, "usd"), "summary", "No changes."),
    ("quarter-q3", cell(M, "Due quarter", 2, "Q3"), "value", (lambda p: p1(p).milestones[0].due_quarter, 3)),
    ("percent-text", cell(M, "Percent done", 3, "55%"), "value", (lambda p: p1(p).milestones[1].percent, 55)),
    ("percent-formatted", percent_formatted, "value", (lambda p: p1(p).milestones[1].percent, 50)),
    ("percent-too-big", cell(M, "Percent done", 3, 150), "error", ("Milestones!I3", "0 to 100")),
    ("due-date-text", both(cell(M, "Due year", 3, "2022-08-15"), cell(M, "Due quarter", 3, None)), "value",
     (lambda p: (p1(p).milestones[1].due_year, p1(p).milestones[1].due_quarter), (2022, 3))),
    ("milestone-unknown-project", cell(M, "Project code", 4, "ZZ-99"), "error",
     ("Milestones!C4", "the code of a project")),
    ("milestone-status-label", cell(M, "Status", 4, "delayed"), "value",
     (lambda p: p2(p).milestones[0].status, "delayed")),
    ("indicator-decimal-comma", cell(I, "Target 2021", 2, "1.234,5"), "value",
     (lambda p: p1(p).indicators[0].value_for(2021).target, Decimal("1234.5"))),
    ("indicator-garbage", cell(I, "Actual 2020", 2, "n/a"), "error", ("Indicators!S2", "a number")),
    ("funding-type-label", cell(F, "Funding type", 2, "private / ppp"), "value",
     (lambda p: p1(p).funding[0].type, "private_ppp")),
    ("funding-amount-missing", cell(F, "Amount", 2, None), "error", ("Funding!G2", "an amount in VND")),
    ("progress-year-text", cell(G, "Year", 2, "2021"), "value", (lambda p: p1(p).progress_notes[0].year, 2021)),
    ("overview-title", cell(O, "Value", 5, "Đà Nẵng smart city plan"), "value",
     (lambda p: p.title, "Đà Nẵng smart city plan")),
    ("overview-focus-labels", cell(O, "Value", 8, "civic and social; BI"), "value",
     (lambda p: p.focus_areas, ["CS", "BI"])),
    ("overview-status-final", cell(O, "Value", 10, "final"), "value", (lambda p: p.status, "final")),
    ("overview-other-city", cell(O, "Code", 2, "VNM-HA-NOI"), "error", ("Overview!C2", "another city")),
    ("rows-reordered", both(reverse_rows(P), reverse_rows(M)), "summary", "No changes."),
    ("blank-rows", insert_blank_rows, "summary", "No changes."),
    ("title-row-above-header", title_row_above_header, "summary", "No changes."),
    ("extra-column", extra_column, "notice", "'My notes' (column U) is not part of the plan"),
    ("extra-sheet", extra_sheet, "notice", "The sheet 'Scratch' is not part of the plan"),
    ("new-project-with-milestone", new_project, "summary", "projects: 1 added; milestones: 1 added"),
    ("copied-row-becomes-new", copy_row_with_new_code, "notice", "a copied row"),
    ("duplicate-code", cell(P, "Code", 3, "dn-01"), "error", ("Projects!B3", "row 2 has it too")),
    ("deleted-project", delete_project_row, "summary", "projects: 1 removed; milestones: 1 removed"),
    ("missing-title", cell(P, "Title", 3, None), "error", ("Projects!C3", "a project title")),
    # the Secretariat's spellings are the same codes (aliases in the reference data)
    ("secretariat-civic-and-social", cell(P, "Focus area", 2, "Civic & Social"), "value",
     (lambda p: p1(p).focus_area, "CS")),
    ("secretariat-health-and-well-being", cell(P, "Focus area", 2, "Health & Well-Being"), "value",
     (lambda p: p1(p).focus_area, "HW")),
    ("secretariat-status-ongoing", cell(P, "Status", 3, "Ongoing"), "value", (lambda p: p2(p).status, "in_progress")),
    ("codes-proposed", projects_without_codes, "notice", "2 projects on Projects had no code; P-01 to P-02 were "
     "proposed"),
    ("formula-without-saved-result", cell(P, "Lead agency", 3, '=UPPER("donre")'), "error",
     ("Projects!M3", "no saved result")),
]


def _apply_formula_with_value(path: Path) -> None:
    # Projects is sheet 3 in the template (after Instructions and Overview): O3 = formula with saved 2,000,000.
    patch_sheet_xml(path, 3, r'<c r="O3"[^>]*>.*?</c>', '<c r="O3"><f>1000000*2</f><v>2000000</v></c>')


@pytest.mark.parametrize(("name", "edit", "kind", "check"), CASES, ids=[case[0] for case in CASES])
def test_messy_workbook(name: str, edit: Callable[[Workbook], None], kind: str, check: Any,
                        reference: ReferenceData, tmp_path: Path) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / f"{name}.xlsx", base, reference, edit)
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    messages = [str(error) for error in result.errors]
    if kind == "error":
        where, text = check
        assert any(m.startswith((where + ":", where + " (")) and text in m for m in messages), messages
        return
    assert not messages, messages
    if kind == "value":
        getter, expected = check
        assert getter(result.plan) == expected
    elif kind == "notice":
        assert any(check in notice for notice in result.notices), result.notices
    else:
        assert check in diff_plans(base, result.plan).summary()


def test_formula_with_saved_result_uses_the_value(reference: ReferenceData, tmp_path: Path) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / "formula.xlsx", base, reference, lambda book: None)
    _apply_formula_with_value(path)
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    assert result.ok, [str(e) for e in result.errors]
    assert result.plan.projects[1].budget == Decimal("2000000")


def test_all_errors_are_listed_together(reference: ReferenceData, tmp_path: Path) -> None:
    base = base_plan()
    path = edit_workbook(tmp_path / "many.xlsx", base, reference, both(
        cell(P, "Budget", 2, "lots"), cell(M, "Percent done", 2, "all"), cell(F, "Funding type", 2, "gift")))
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    assert [e.where for e in result.errors] == ["Projects!O2", "Milestones!I2", "Funding!E2"]
    assert str(result.errors[0]) == "Projects!O2 (Budget): found 'lots', expected an amount in VND."


@pytest.mark.parametrize(("xml", "outcome"), [
    ('<c r="O3" t="e"><f>1/0</f><v>#DIV/0!</v></c>', "Projects!O3 (Budget): found '#DIV/0!', expected an amount in USD."),
    ('<c r="C3" t="inlineStr"><is><r><t>Flood </t></r><r><t>warning_x000D__x000A_v2</t></r></is></c>',
     "Flood warning\r\nv2"),
    ('<c r="O3" t="str"><f>TEXT(2000000,"#,##0")</f><v>2,000,000</v></c>', Decimal("2000000")),
])
def test_cells_as_excel_writes_them(xml: str, outcome: Any, reference: ReferenceData, tmp_path: Path) -> None:
    """Error cells, rich text with Excel's _xHHHH_ escapes, formulas with a text result."""
    base = base_plan()
    path = edit_workbook(tmp_path / "excel.xlsx", base, reference, lambda book: None)
    column = xml[6]
    patch_sheet_xml(path, 3, rf'<c r="{column}3"[^>]*>.*?</c>', xml)
    result = read_plan_workbook(path, reference=reference, base_plan=base)
    if isinstance(outcome, str) and outcome.startswith("Projects!"):
        assert [str(e) for e in result.errors] == [outcome]
    elif isinstance(outcome, str):
        assert result.ok and result.plan.projects[1].title == outcome
    else:
        assert result.ok and result.plan.projects[1].budget == outcome
