"""diff_plans: rows added, changed (field by field), removed, moved; order is not a change."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from ascn_desktop.core.model import FundingSource, IndicatorValue, Milestone, Project
from ascn_desktop.core.plan_diff import FieldChange, diff_plans, display_value, field_label
from ascn_desktop.core.reference import load_reference
from ascn_desktop.store.engine import Store
from fixtures.workbooks.workbook_factory import base_plan


def test_same_plan_and_reordered_rows_are_no_change() -> None:
    plan = base_plan()
    reordered = replace(plan, projects=list(reversed(plan.projects)))
    reordered.projects[1].milestones.reverse()
    assert diff_plans(plan, base_plan()).is_empty
    assert diff_plans(plan, reordered).is_empty
    assert diff_plans(plan, plan).summary() == "No changes."


def test_decimal_scale_is_not_a_change() -> None:
    plan = base_plan()
    other = base_plan()
    other.projects[0].budget = Decimal("250000000000")  # same amount, other scale
    assert diff_plans(plan, other).is_empty


def test_every_kind_of_change() -> None:
    old = base_plan()
    new = base_plan()
    new.title = "Kế hoạch mới"
    p1, p2 = new.projects
    p1.budget = Decimal("1.50")
    p1.milestones[0].percent = 90
    p1.milestones.pop()  # m-0002 removed
    p1.funding.append(FundingSource(id="f-new", type="national", name="Ministry", amount=Decimal(5)))
    p1.indicators[0].value_for(2021).actual = Decimal("12")
    p2.milestones.append(Milestone(id="m-0001-moved", title="x", due_year=2024, due_quarter=1))
    moved = p2.milestones.pop(0)  # m-0003 moves to DN-01
    p1.milestones.append(moved)
    new.projects = [p1, Project(id="p-new", code="DN-09", title="Mới")]  # DN-02 removed
    diff = diff_plans(old, new)
    assert diff.plan_changes == (FieldChange("title", old.title, "Kế hoạch mới"),)
    assert [(r.kind, r.action, r.id) for r in diff.of("project")] == [
        ("project", "changed", "p-0001"), ("project", "added", "p-new"), ("project", "removed", "p-0002")]
    assert diff.of("project", "changed")[0].changes == (FieldChange("budget", Decimal("250000000000.00"),
                                                                    Decimal("1.50")),)
    milestones = {(r.action, r.id): r for r in diff.of("milestone")}
    assert milestones[("changed", "m-0001")].changes == (FieldChange("percent", 100, 90),)
    assert milestones[("changed", "m-0003")].changes[0] == FieldChange("project", "DN-02", "DN-01")
    assert ("removed", "m-0002") in milestones
    assert ("removed", "m-0001-moved") not in milestones  # added to a removed project: never existed
    indicator = diff.of("indicator", "changed")[0]
    assert indicator.changes == (FieldChange("actual 2021", None, Decimal("12")),)
    assert [r.id for r in diff.of("funding", "added")] == ["f-new"]
    assert diff.summary() == ("plan details changed (title); projects: 1 added, 1 changed, 1 removed; "
                              "milestones: 2 changed, 1 removed; indicators: 1 changed; funding rows: 1 added.")
    assert any("Milestone 'Design' (project DN-01) changed: Percent done 100 → 90" == line for line in diff.lines())
    json.dumps(diff.to_dict())  # plain JSON: amounts as strings


def test_indicator_value_cleared_and_added() -> None:
    old = base_plan()
    new = base_plan()
    new.projects[0].indicators[0].values = [IndicatorValue(2019, Decimal("10"), Decimal("8")),
                                           IndicatorValue(2025, Decimal("100"), None)]
    changes = diff_plans(old, new).of("indicator", "changed")[0].changes
    assert changes == (FieldChange("target 2020", Decimal("30.5"), None),
                       FieldChange("target 2025", None, Decimal("100")))


def test_field_labels_and_plain_values_for_people(store: Store) -> None:
    reference = load_reference(store)
    assert [field_label(n) for n in ("title", "focus_area", "budget_usd", "target 2021")] == [
        "Title", "Focus area", "Budget (USD)", "Target 2021"]
    assert display_value("budget", Decimal("15000000000.50"), reference=reference) == "15,000,000,000.50"
    assert display_value("budget", Decimal("250000000000.00")) == "250,000,000,000"
    assert display_value("title", "Đèn  đường", reference=reference) == "Đèn đường"
    assert display_value("focus_area", "BI", reference=reference) == "Built Infrastructure"
    assert display_value("focus_areas", ["BI", "QE"], kind="plan", reference=reference) == \
        "Built Infrastructure, Quality Environment"
    assert display_value("status", "in_progress", reference=reference) == "In progress"
    assert display_value("status", "final", kind="plan", reference=reference) == "Final"
    assert display_value("sdgs", [11], reference=reference) == "SDG 11 Sustainable Cities and Communities"
    assert display_value("seeks_private_partner", True) == "Yes"
    assert display_value("risks", None) == "(empty)"
