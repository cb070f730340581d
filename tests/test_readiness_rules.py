"""The readiness rules: each rule, each severity, and 'mark final' refused while errors remain."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Milestone, Plan, ProgressNote, Project
from ascn_desktop.core.plan_status import set_plan_draft, set_plan_final
from ascn_desktop.core.plans import create_plan, get_plan_header, save_project
from ascn_desktop.core.readiness import Finding, check_plan, errors, readiness_summary, warnings
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.store.engine import Store

TODAY = date(2024, 6, 1)


def good_project(code: str = "DN-01") -> Project:
    return Project(
        code=code, title="Chiếu sáng đô thị thông minh Đà Nẵng", focus_area="BI", outcomes=["CE"], sdgs=[9, 11],
        start_year=2020, end_year=2024, status="in_progress", budget=Decimal("1000000"), currency="VND",
        budget_usd=Decimal("40.50"),
        funding=[FundingSource(type="municipal", name="City budget", amount=Decimal("600000"))],
        partner="ADB",
        milestones=[Milestone(title="Pilot district", due_year=2021, due_quarter=2, status="done", percent=100)],
        indicators=[Indicator(name="Smart lights", unit="%", baseline_year=2019, baseline_value=Decimal(0),
                              values=[IndicatorValue(2021, Decimal(10), Decimal(8))])],
        progress_notes=[ProgressNote(year=2023, text="Phase two started.")],
    )


def good_plan() -> Plan:
    return Plan(city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch hành động", vision="A liveable city.",
                projects=[good_project()])


def codes(findings: list[Finding]) -> set[tuple[str, str, str | None]]:
    return {(f.severity, f.code, f.field) for f in findings}


def test_a_complete_plan_has_no_findings(reference: ReferenceData) -> None:
    findings = check_plan(good_plan(), reference, today=TODAY)
    assert findings == []
    assert readiness_summary(findings).startswith("Ready")


def _set(attribute: str, value: object) -> Callable[[Project], None]:
    return lambda project: setattr(project, attribute, value)


ERROR_CASES: list[tuple[str, Callable[[Project], None], str, str]] = [
    ("missing focus area", _set("focus_area", None), "project.no-focus-area", "focus_area"),
    ("unknown focus area", _set("focus_area", "XX"), "project.unknown-focus-area", "focus_area"),
    ("end before start", _set("end_year", 2019), "project.end-before-start", "end_year"),
    ("start outside cycle", _set("start_year", 2016), "project.year-outside-cycle", "start_year"),
    ("end outside cycle", _set("end_year", 2030), "project.year-outside-cycle", "end_year"),
    ("indicator without unit", lambda p: setattr(p.indicators[0], "unit", " "), "indicator.no-unit",
     "indicators[0].unit"),
    ("negative budget", _set("budget", Decimal(-5)), "project.negative-amount", "budget"),
    ("negative funding", lambda p: setattr(p.funding[0], "amount", Decimal(-1)), "project.negative-amount",
     "funding[0].amount"),
    ("funding exceeds budget", lambda p: p.funding.append(FundingSource("national", "Ministry", Decimal(500000))),
     "project.funding-exceeds-budget", "funding"),
    ("milestone after project", lambda p: setattr(p.milestones[0], "due_year", 2025),
     "milestone.outside-project", "milestones[0].due_year"),
    ("milestone outside cycle", lambda p: setattr(p.milestones[0], "due_year", 2031), "milestone.outside-cycle",
     "milestones[0].due_year"),
    ("percent above 100", lambda p: setattr(p.milestones[0], "percent", 101), "milestone.percent-out-of-range",
     "milestones[0].percent"),
    ("empty title", _set("title", "  "), "project.no-title", "title"),
    ("empty code", _set("code", ""), "project.no-code", "code"),
    ("title too long", _set("title", "x" * 100_000), "project.title-too-long", "title"),
    ("unknown outcome", _set("outcomes", ["ZZ"]), "project.unknown-outcome", "outcomes"),
    ("unknown status", _set("status", "dreaming"), "project.unknown-status", "status"),
    ("unknown partner", _set("partner", "NOPE"), "project.unknown-partner", "partner"),
    ("unknown currency", _set("currency", "XYZ"), "project.unknown-currency", "currency"),
    ("VND with decimals", _set("budget", Decimal("1000.5")), "project.too-many-decimals", "budget"),
    ("USD with 3 decimals", _set("budget_usd", Decimal("1.005")), "project.too-many-decimals", "budget_usd"),
]


@pytest.mark.parametrize(("change", "code", "field"), [case[1:] for case in ERROR_CASES],
                         ids=[case[0] for case in ERROR_CASES])
def test_each_error_rule(reference: ReferenceData, change: Callable[[Project], None], code: str,
                         field: str) -> None:
    plan = good_plan()
    change(plan.projects[0])
    found = check_plan(plan, reference, today=TODAY)
    assert ("error", code, field) in codes(found)
    finding = next(f for f in found if f.code == code)
    assert finding.project_id == plan.projects[0].id
    assert "DN-01" in finding.message or code == "project.no-code"
    assert errors(found)


def test_plan_level_errors_and_duplicates(reference: ReferenceData) -> None:
    plan = good_plan()
    plan.title = ""
    plan.projects.append(copy.deepcopy(good_project()))
    plan.projects[1].id = "other"
    found = check_plan(plan, reference, today=TODAY)
    assert ("error", "plan.no-title", "title") in codes(found)
    duplicate = [f for f in found if f.code == "project.duplicate-code"]
    assert len(duplicate) == 1 and duplicate[0].project_id == "other"


WARNING_CASES: list[tuple[str, Callable[[Plan], None], str, str | None]] = [
    ("no milestones", lambda plan: setattr(plan.projects[0], "milestones", []), "project.no-milestones",
     "milestones"),
    ("no indicators", lambda plan: setattr(plan.projects[0], "indicators", []), "project.no-indicators",
     "indicators"),
    ("no progress note for last year", lambda plan: setattr(plan.projects[0], "progress_notes", []),
     "project.no-progress-note", "progress_notes"),
    ("no vision", lambda plan: setattr(plan, "vision", ""), "plan.no-vision", "vision"),
    ("private need missing", lambda plan: setattr(plan.projects[0], "seeks_private_partner", True),
     "project.private-need-missing", "private_sector_need"),
    ("four Malaysian cities", lambda plan: setattr(plan, "city", "MYS-KUCHING"), "plan.country-city-count", None),
]


@pytest.mark.parametrize(("change", "code", "field"), [case[1:] for case in WARNING_CASES],
                         ids=[case[0] for case in WARNING_CASES])
def test_each_warning_rule(reference: ReferenceData, change: Callable[[Plan], None], code: str,
                           field: str | None) -> None:
    plan = good_plan()
    change(plan)
    found = check_plan(plan, reference, today=TODAY)
    assert ("warning", code, field) in codes(found)
    assert errors(found) == []  # warnings never block


def test_city_count_taken_from_caller_and_planned_projects_need_no_note(reference: ReferenceData) -> None:
    plan = good_plan()
    found = check_plan(plan, reference, today=TODAY, country_city_count=4)
    assert [f.code for f in warnings(found)] == ["plan.country-city-count"]
    plan.projects[0].progress_notes = []
    plan.projects[0].status = "planned"
    assert not [f for f in check_plan(plan, reference, today=TODAY) if f.code == "project.no-progress-note"]


def test_mark_final_refused_with_errors_allowed_without(store: Store, run_cli) -> None:  # type: ignore[no-untyped-def]
    reference = load_reference(store)
    plan_id = create_plan(store, city="VNM-DA-NANG", cycle="2018-2025", title="Kế hoạch")
    bad = good_project()
    bad.focus_area = None
    save_project(store, plan_id, bad)
    with pytest.raises(ValidationError) as refused:
        set_plan_final(store, plan_id, reference, today=TODAY)
    assert "cannot be marked final" in refused.value.message
    assert any("no focus area" in detail for detail in refused.value.details)
    assert get_plan_header(store, plan_id).status == "draft"
    home = str(store.profile.home)
    checked = run_cli("--home", home, "plan", "check", "Đà Nẵng")
    assert checked.status == 1 and "ERROR" in checked.out and "no focus area" in checked.out
    refused_cli = run_cli("--home", home, "plan", "final", "da nang")
    assert refused_cli.status == 1 and "cannot be marked final" in refused_cli.err
    assert "no focus area" in refused_cli.err and get_plan_header(store, plan_id).status == "draft"
    bad.focus_area = "BI"
    save_project(store, plan_id, bad)
    remaining = set_plan_final(store, plan_id, reference, today=TODAY)
    assert errors(remaining) == [] and any(f.code == "plan.no-vision" for f in remaining)
    assert get_plan_header(store, plan_id).status == "final"
    set_plan_draft(store, plan_id)
    assert get_plan_header(store, plan_id).status == "draft"
    marked = run_cli("--home", home, "plan", "final", "Đà Nẵng")
    assert marked.status == 0 and "now final" in marked.out and get_plan_header(store, plan_id).status == "final"
    assert run_cli("--home", home, "plan", "draft", "Đà Nẵng").status == 0
    assert get_plan_header(store, plan_id).status == "draft"


def test_cli_plan_check(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home = str(tmp_path / "cli-home")
    assert run_cli("--home", home, "demo").status == 0
    ok = run_cli("--home", home, "plan", "check", "da nang")
    assert ok.status == 0 and "Đà Nẵng" in ok.out
    as_json = run_cli("--home", home, "plan", "check", "Đà Nẵng", "--json")
    assert as_json.status == 0 and '"ready": true' in as_json.out
    missing = run_cli("--home", home, "plan", "check", "Atlantis")
    assert missing.status == 1 and "Atlantis" in missing.err


def test_the_city_count_warning_names_the_country_in_the_readers_language(reference: ReferenceData) -> None:
    """#18: the Khmer and Thai warning said "Cambodia"/"Thailand" in the middle of a Khmer or Thai sentence."""
    from ascn_desktop.core.i18n import set_language

    plan = good_plan()
    set_language("th")
    try:
        found = check_plan(plan, reference, today=TODAY, country_city_count=4)
        shown = reference.country_name(reference.cities[plan.city].country)
    finally:
        set_language("en")
    warning = next(f for f in found if f.code == "plan.country-city-count")
    assert shown != reference.member_states[reference.cities[plan.city].country]  # the catalogue has the name
    assert shown in warning.message
