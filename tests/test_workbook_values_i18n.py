"""Workbook cell values in the workbook's language: the plan status word (Draft/Final) on the Overview and
in its drop-down list is written in the interface's language, and the import accepts it in English, in any
shipped language, or as its code."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ascn_desktop.core.i18n import _, set_language
from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.workbook import layout, plan_workbook_bytes
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fixtures.workbooks.workbook_factory import base_plan


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    set_language("en")


def _status_cell(book: openpyxl.Workbook) -> str:
    sheet = book[layout.sheet_title(layout.OVERVIEW)]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, layout.OVERVIEW_KEY_COLUMN).value == "status")
    return f"B{row}"


def test_khmer_status_from_its_drop_down_imports_to_the_code(reference: ReferenceData, tmp_path: Path,
                                                            speaking: None) -> None:
    plan = base_plan()
    set_language("km")
    final = _("Final")
    assert final != "Final"  # km.po translates it
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(plan, reference, template=True)))
    where = _status_cell(book)
    overview = book[layout.sheet_title(layout.OVERVIEW)]
    assert overview[where].value == layout.plan_status_labels()[plan.status]
    lists = [cell.value for row in book[layout.LISTS].iter_rows() for cell in row]
    assert final in lists and "Final" not in lists  # the drop-down offers the Khmer words
    for typed in (final, "Final", "final"):
        overview[where] = typed
        path = tmp_path / f"plan-{typed}.xlsx"
        book.save(path)
        for code in ("en", "vi", "km"):
            set_language(code)
            result = read_plan_workbook(path, reference=reference, base_plan=plan)
            assert result.ok, [str(error) for error in result.errors]
            assert result.plan.status == "final"
        set_language("km")


def test_an_english_and_a_vietnamese_workbook_round_trip(reference: ReferenceData, tmp_path: Path,
                                                         speaking: None) -> None:
    plan = base_plan()
    for code in ("en", "vi"):
        set_language(code)
        path = tmp_path / f"plan-{code}.xlsx"
        path.write_bytes(plan_workbook_bytes(plan, reference, template=False))
        result = read_plan_workbook(path, reference=reference, base_plan=plan)
        assert result.ok, [str(error) for error in result.errors]
        assert result.plan.status == plan.status
        assert diff_plans(plan, result.plan).is_empty, diff_plans(plan, result.plan).summary()
