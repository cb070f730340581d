"""The Excel import keeps a plan inside its years and speaks the workbook's language (issue 19).

Years outside the plan's cycle are refused as the editor refuses them, each error names the cell
the value came from with the header the person sees, and the changes are listed with those headers
and with amounts as the person reads them ('625,000,000,000.00 VND'), never 'start_year' or
'625000000000.00'. Every workbook is built here with openpyxl and imported through `ascn import-xlsx`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.workbook import layout
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, workbook_with_cells

P, M, I, N = layout.PROJECTS, layout.MILESTONES, layout.INDICATORS, layout.PROGRESS


@pytest.fixture
def plan_id(store: Store) -> int:
    return save_plan(store, base_plan())


def _workbook(store: Store, tmp_path: Path, *cells: tuple[str, str, int, object]) -> Path:
    return workbook_with_cells(tmp_path / "dn.xlsx", base_plan(), load_reference(store), *cells)


def _import(run_cli: Any, profile: Profile, path: Path, *extra: str) -> Any:
    return run_cli("--home", str(profile.home), "import-xlsx", str(path), *extra)


def test_years_after_the_plan_are_refused_naming_cell_header_and_allowed_years(
        run_cli: Any, profile: Profile, store: Store, plan_id: int, tmp_path: Path) -> None:
    before = get_plan(store, plan_id)
    path = _workbook(store, tmp_path, (P, "Start year", 2, 2031), (P, "End year", 2, 2032))
    result = _import(run_cli, profile, path)
    assert result.status == 1
    assert "Projects!J2 (Start year): found '2031', expected a year from 2018 to 2025, the years of the plan." \
        in result.err
    assert "Projects!K2 (End year): found '2032', expected a year from 2018 to 2025, the years of the plan." \
        in result.err
    assert "start_year" not in result.err and "end_year" not in result.err
    assert get_plan(store, plan_id) == before


@pytest.mark.parametrize(("sheet", "header", "row", "value", "cell"), [
    (M, "Due year", 2, 2031, "Milestones!F2 (Due year)"),
    (N, "Year", 2, "2017", "Progress!E2 (Year)"),
    (P, "Start year", 3, "FY2030", "Projects!J3 (Start year)"),
])
def test_every_year_of_the_plan_is_kept_in_its_cycle(run_cli: Any, profile: Profile, store: Store, plan_id: int,
                                                     tmp_path: Path, sheet: str, header: str, row: int,
                                                     value: object, cell: str) -> None:
    result = _import(run_cli, profile, _workbook(store, tmp_path, (sheet, header, row, value)), "--json")
    assert result.status == 1
    import json

    [error] = json.loads(result.out)["errors"]
    assert error["message"].startswith(f"{cell}: found '{value}', expected a year from 2018 to 2025")
    assert error["column"] == header


def test_a_baseline_before_the_plan_is_fine_after_it_is_refused(run_cli: Any, profile: Profile, store: Store,
                                                                plan_id: int, tmp_path: Path) -> None:
    early = _import(run_cli, profile, _workbook(store, tmp_path, (I, "Baseline year", 2, 2010)), "--dry-run")
    assert early.status == 0, early.err
    late = _import(run_cli, profile, _workbook(store, tmp_path, (I, "Baseline year", 2, 2027)))
    assert late.status == 1
    assert "Indicators!G2 (Baseline year): found '2027', expected a year from 1900 to 2025, no later than the " \
           "plan's last year." in late.err


def test_end_before_start_names_both_cells_and_a_refused_start_is_blamed_on_its_own(
        run_cli: Any, profile: Profile, store: Store, plan_id: int, tmp_path: Path) -> None:
    swapped = _import(run_cli, profile, _workbook(store, tmp_path, (P, "Start year", 2, 2023),
                                                  (P, "End year", 2, 2020)))
    assert "Projects!K2 (End year): found '2020', expected a year not before the start year 2023 in " \
           "Projects!J2." in swapped.err
    # The start year is the wrong one: only its cell is named, not the (valid) end year beside it.
    wrong_start = _import(run_cli, profile, _workbook(store, tmp_path, (P, "Start year", 2, 2031),
                                                      (P, "End year", 2, 2024)))
    assert "Projects!J2 (Start year): found '2031'" in wrong_start.err
    assert "Projects!K2" not in wrong_start.err


def test_changes_are_listed_with_headers_and_amounts_as_people_read_them(
        run_cli: Any, profile: Profile, store: Store, plan_id: int, tmp_path: Path) -> None:
    path = _workbook(store, tmp_path, (P, "Start year", 2, 2020), (P, "Budget", 2, "625.000.000.000"),
                     (M, "Percent done", 3, 55))
    result = _import(run_cli, profile, path, "--dry-run")
    assert result.status == 0, result.err
    assert ("Project 'DN-01 Chiếu sáng đô thị thông minh' changed: Start year 2019 → 2020; "
            "Budget 250,000,000,000.00 VND → 625,000,000,000.00 VND") in result.out
    assert "Milestone 'Rollout' (project DN-01) changed: Percent done 40 → 55" in result.out
    for internal in ("start_year", "budget ", "625000000000", "percent 40"):
        assert internal not in result.out
