"""`ascn template` and `ascn import-xlsx`, and the one-transaction apply underneath."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.plans import get_plan, save_plan
from ascn_desktop.core.plans_replace import replace_plan_content
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.workbook import layout
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan, set_cell


@pytest.fixture
def plan_id(store: Store) -> int:
    return save_plan(store, base_plan())


def _template(run_cli, profile: Profile, tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "dn.xlsx"
    result = run_cli("--home", str(profile.home), "template", "da nang", "--out", str(out), *extra)
    assert result.status == 0, result.err
    assert out.is_file() and "Đà Nẵng" in result.out
    return out


def test_template_has_lists_protection_and_hidden_ids(run_cli: Any, profile: Profile, plan_id: int,
                                                      tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_template(run_cli, profile, tmp_path))
    assert book.sheetnames[0] == layout.INSTRUCTIONS
    assert book[layout.LISTS].sheet_state == "hidden"
    projects = book[layout.PROJECTS]
    assert projects.protection.sheet and not projects.protection.password
    assert not projects.protection.insertRows and not projects.protection.deleteRows  # allowed
    assert projects.column_dimensions["A"].hidden and projects["A1"].value == "Project ID"
    assert projects["A2"].value == "p-0001" and projects["A2"].protection.locked  # structure: locked
    assert not projects["C2"].protection.locked  # input: unlocked
    formulas = {dv.formula1 for dv in projects.data_validations.dataValidation}
    assert any("Lists!$A$" in f for f in formulas)  # focus areas
    assert any("Lists!$G$" in f for f in formulas)  # currencies
    assert any("Lists!$H$" in f for f in formulas)  # years of the cycle
    lists = book[layout.LISTS]
    assert [lists.cell(n, 8).value for n in range(2, 10)] == list(range(2018, 2026))
    milestones = {dv.formula1 for dv in book[layout.MILESTONES].data_validations.dataValidation}
    assert any("Lists!$D$" in f for f in milestones)  # milestone status
    funding = {dv.formula1 for dv in book[layout.FUNDING].data_validations.dataValidation}
    assert any("Lists!$E$" in f for f in funding)  # funding type


def test_empty_template_has_no_project_rows(run_cli: Any, profile: Profile, plan_id: int,
                                            tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_template(run_cli, profile, tmp_path, "--empty"))
    assert book[layout.PROJECTS].max_row == 1
    assert book[layout.OVERVIEW]["B17"].value == layout.WORKBOOK_KIND_EMPTY


def test_unchanged_workbook_imports_nothing(run_cli: Any, profile: Profile, plan_id: int,
                                           tmp_path: Path) -> None:
    out = _template(run_cli, profile, tmp_path)
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "Đà Nẵng")
    assert result.status == 0
    assert "nothing to import" in result.out


def _edited(path: Path) -> Path:
    book = openpyxl.load_workbook(path)
    set_cell(book, layout.PROJECTS, "Title", 3, "Hệ thống cảnh báo lũ")
    set_cell(book, layout.PROJECTS, "Budget", 3, "2,000,000")
    book[layout.PROJECTS].append([None, "DN-03", "Xe buýt điện", None, "BI"])
    book.save(path)
    return path


def test_dry_run_shows_changes_and_writes_nothing(run_cli: Any, profile: Profile, store: Store,
                                                  plan_id: int, tmp_path: Path) -> None:
    before = get_plan(store, plan_id)
    out = _edited(_template(run_cli, profile, tmp_path))
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "VNM-DA-NANG", "--dry-run")
    assert result.status == 0, result.err
    assert "Hệ thống cảnh báo lũ" in result.out and "Budget 1,500,000.00 USD → 2,000,000.00 USD" in result.out
    assert "projects: 1 added, 1 changed." in result.out and "Dry run" in result.out
    assert get_plan(store, plan_id) == before


def test_import_applies_in_one_go(run_cli: Any, profile: Profile, store: Store, plan_id: int,
                                  tmp_path: Path) -> None:
    out = _edited(_template(run_cli, profile, tmp_path))
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "da nang", "--json")
    assert result.status == 0, result.err
    data = json.loads(result.out)
    assert data["applied"] is True and data["errors"] == []
    assert data["changes"]["summary"] == "projects: 1 added, 1 changed."
    after = get_plan(store, plan_id)
    assert [p.code for p in after.projects] == ["DN-01", "DN-02", "DN-03"]
    assert after.projects[1].budget == Decimal("2000000.00") and after.projects[2].focus_area == "BI"
    assert after.revision == 0 and after.uuid == base_plan().uuid


def test_errors_exit_1_with_every_cell_and_nothing_written(run_cli: Any, profile: Profile, store: Store,
                                                           plan_id: int, tmp_path: Path) -> None:
    before = get_plan(store, plan_id)
    out = _template(run_cli, profile, tmp_path)
    book = openpyxl.load_workbook(out)
    set_cell(book, layout.PROJECTS, "Title", 2, "Changed")
    set_cell(book, layout.PROJECTS, "Budget", 2, "lots")
    set_cell(book, layout.MILESTONES, "Due quarter", 3, "Q7")
    book.save(out)
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "Da Nang")
    assert result.status == 1
    assert "has 2 problems; nothing was imported" in result.err
    assert "Projects!O2 (Budget): found 'lots', expected an amount in VND." in result.err
    assert "Milestones!G3 (Due quarter): found 'Q7', expected a quarter 1 to 4" in result.err
    assert get_plan(store, plan_id) == before
    as_json = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "Da Nang", "--json")
    assert as_json.status == 1
    assert [e["cell"] for e in json.loads(as_json.out)["errors"]] == ["O2", "G3"]


def test_not_a_workbook_is_one_sentence(run_cli: Any, profile: Profile, plan_id: int,
                                        tmp_path: Path) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello", encoding="utf-8")
    result = run_cli("--home", str(profile.home), "import-xlsx", str(bad), "--city", "Da Nang")
    assert result.status == 1
    assert result.err.strip().startswith("ascn: notes.xlsx is not an Excel workbook")
    assert len(result.err.strip().splitlines()) == 1


def test_workbook_of_another_city_is_refused(run_cli: Any, profile: Profile, plan_id: int, tmp_path: Path) -> None:
    out = _template(run_cli, profile, tmp_path)
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "Ha Noi", "--cycle", "2018-2025")
    assert result.status == 1
    assert result.err.strip() == (f"ascn: {out.name} holds the plan of Đà Nẵng, not Hà Nội; leave out --city or "
                                  "name the city the workbook is for.")


def test_city_defaults_to_the_one_the_workbook_names(run_cli: Any, profile: Profile, store: Store, plan_id: int,
                                                    tmp_path: Path) -> None:
    out = _edited(_template(run_cli, profile, tmp_path))
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--dry-run")
    assert result.status == 0, result.err
    assert "Changes in Đà Nẵng's 2018-2025 plan" in result.out
    assert "Dry run: nothing was changed." in result.out


def test_first_plan_of_a_city_from_an_empty_template(run_cli: Any, profile: Profile, store: Store,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "hn.xlsx"
    assert run_cli("--home", str(profile.home), "template", "Hà Nội", "--out", str(out), "--empty",
                   "--cycle", "2026-2035").status == 0
    book = openpyxl.load_workbook(out)
    book[layout.PROJECTS].append([None, "HN-01", "Xe buýt điện", None, "Built Infrastructure"])
    book.save(out)
    result = run_cli("--home", str(profile.home), "import-xlsx", str(out), "--city", "ha noi", "--cycle",
                     "2026-2035")
    assert result.status == 0, result.err
    assert "has no 2026-2035 plan of its own yet" in result.out
    from ascn_desktop.core.plans import find_plan_id

    created = find_plan_id(store, "VNM-HA-NOI", "2026-2035", origin="local")
    assert created is not None
    plan = get_plan(store, created)
    assert [p.code for p in plan.projects] == ["HN-01"] and plan.title == "Smart city action plan 2026-2035"


def test_replace_is_all_or_nothing(store: Store, plan_id: int) -> None:
    before = get_plan(store, plan_id)
    broken = replace(before, title="New", projects=[replace(before.projects[0], budget=Decimal("0.001"))])
    with pytest.raises(AscnError):
        replace_plan_content(store, plan_id, broken)
    assert get_plan(store, plan_id) == before


def test_replace_keeps_identity_and_unchanged_rows(store: Store, plan_id: int) -> None:
    before = get_plan(store, plan_id)
    changed = replace(before, title="Kế hoạch mới", status="final",
                      projects=[before.projects[1], replace(before.projects[0], title="Đèn LED")])
    replace_plan_content(store, plan_id, changed)
    after = get_plan(store, plan_id)
    assert (after.uuid, after.revision, after.city) == (before.uuid, before.revision, before.city)
    assert after.title == "Kế hoạch mới" and after.status == "final"
    assert [p.code for p in after.projects] == ["DN-02", "DN-01"]
    assert after.projects[1].milestones == before.projects[0].milestones
    replace_plan_content(store, plan_id, before)
    assert replace(get_plan(store, plan_id), updated_at=None) == replace(before, updated_at=None)


def test_replace_with_a_stale_previous_compares_with_the_store(store: Store, plan_id: int) -> None:
    from ascn_desktop.core.plans import save_project

    before = get_plan(store, plan_id)
    save_project(store, plan_id, replace(before.projects[0], title="Edited in the editor meanwhile"))
    target = replace(before, projects=[before.projects[0], replace(before.projects[1], title="From Excel")])
    replace_plan_content(store, plan_id, target, previous=before)  # `before` is no longer what the store holds
    after = get_plan(store, plan_id)
    assert after.projects[0].title == before.projects[0].title
    assert after.projects[1].title == "From Excel"
