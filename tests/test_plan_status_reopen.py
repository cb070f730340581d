"""Editing a final plan's content makes it a draft again; saving it unchanged keeps it final."""

from __future__ import annotations

from dataclasses import replace

from ascn_desktop.core.plans import delete_project, get_plan, save_plan, save_plan_header, save_project
from ascn_desktop.core.plans_replace import replace_plan_content
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan


def _final_plan(store: Store) -> int:
    return save_plan(store, replace(base_plan(), status="final"))


def test_unchanged_saves_keep_a_final_plan_final(store: Store) -> None:
    plan_id = _final_plan(store)
    plan = get_plan(store, plan_id)
    save_plan_header(store, plan_id, plan)
    save_project(store, plan_id, plan.projects[0])
    replace_plan_content(store, plan_id, plan)
    assert get_plan(store, plan_id).status == "final"


def test_header_edit_reopens_a_final_plan(store: Store) -> None:
    plan_id = _final_plan(store)
    save_plan_header(store, plan_id, replace(get_plan(store, plan_id), title="Kế hoạch mới"))
    after = get_plan(store, plan_id)
    assert (after.status, after.title) == ("draft", "Kế hoạch mới")


def test_project_edit_and_delete_reopen_a_final_plan(store: Store) -> None:
    plan_id = _final_plan(store)
    project = get_plan(store, plan_id).projects[0]
    save_project(store, plan_id, replace(project, title="Đèn đường LED"))
    assert get_plan(store, plan_id).status == "draft"

    save_plan_header(store, plan_id, replace(get_plan(store, plan_id), status="final"))
    delete_project(store, plan_id, project.id)
    assert get_plan(store, plan_id).status == "draft"


def test_replacing_content_reopens_and_undo_restores_final(store: Store) -> None:
    plan_id = _final_plan(store)
    before = get_plan(store, plan_id)
    edited = replace(before, projects=[replace(before.projects[0], title="Đèn đường LED"), *before.projects[1:]])
    replace_plan_content(store, plan_id, edited)
    assert get_plan(store, plan_id).status == "draft"
    replace_plan_content(store, plan_id, before)  # the Excel import's undo puts back the final plan
    assert get_plan(store, plan_id).status == "final"
