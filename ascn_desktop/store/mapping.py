"""Translation between store rows and the domain dataclasses of core/model.py."""

from __future__ import annotations

from typing import Any

from ascn_desktop.core.model import (
    FundingSource,
    Indicator,
    IndicatorValue,
    Milestone,
    Plan,
    ProgressNote,
    Project,
)
from ascn_desktop.core.text import fold
from ascn_desktop.store.models import (
    FundingRow,
    IndicatorRow,
    IndicatorValueRow,
    MilestoneRow,
    PlanRow,
    ProgressNoteRow,
    ProjectRow,
)


def search_text(code: str, title: str, lead_agency: str, description: str) -> str:
    """The folded text the projects filter matches against (stored per project)."""
    return fold(" ".join((code, title, lead_agency, description)))


def search_text_of(project: Project) -> str:
    return search_text(project.code, project.title, project.lead_agency, project.description)


def project_from_fields(row: Any, *, funding: list[FundingSource], milestones: list[Milestone],
                        indicators: list[Indicator], progress_notes: list[ProgressNote]) -> Project:
    """The Project of a project's own columns and its converted children.

    `row` is a ProjectRow or a selected row with the same column names: core/plan_loading
    reads the children flat (no ORM objects) and only the project's own fields come from here.
    """
    return Project(
        id=row.uuid,
        code=row.code,
        title=row.title,
        description=row.description,
        focus_area=row.focus_area,
        outcomes=list(row.outcomes or []),
        sdgs=[int(goal) for goal in row.sdgs or []],
        start_year=row.start_year,
        end_year=row.end_year,
        status=row.status,
        lead_agency=row.lead_agency,
        budget=row.budget,
        currency=row.currency,
        budget_usd=row.budget_usd,
        funding=funding,
        seeks_private_partner=row.seeks_private_partner,
        private_sector_need=row.private_sector_need,
        partner=row.partner,
        risks=row.risks,
        milestones=milestones,
        indicators=indicators,
        progress_notes=progress_notes,
        carried_over_from=row.carried_over_from,
    )


def project_from_row(row: ProjectRow) -> Project:
    return project_from_fields(
        row,
        funding=[FundingSource(id=f.uuid, type=f.type, name=f.name, amount=f.amount) for f in row.funding],
        milestones=[
            Milestone(id=m.uuid, title=m.title, due_year=m.due_year, due_quarter=m.due_quarter,
                      status=m.status, percent=m.percent)
            for m in row.milestones
        ],
        indicators=[
            Indicator(
                id=i.uuid, name=i.name, unit=i.unit, baseline_year=i.baseline_year,
                baseline_value=i.baseline_value,
                values=[IndicatorValue(year=v.year, target=v.target, actual=v.actual) for v in i.values],
            )
            for i in row.indicators
        ],
        progress_notes=[ProgressNote(id=n.uuid, year=n.year, text=n.text) for n in row.progress_notes],
    )


def fill_project_row(row: ProjectRow, project: Project, position: int) -> ProjectRow:
    """Write every field of `project` into `row`, replacing its child rows."""
    row.uuid = project.id
    row.position = position
    row.code = project.code
    row.title = project.title
    row.description = project.description
    row.focus_area = project.focus_area
    row.outcomes = list(project.outcomes)
    row.sdgs = [int(goal) for goal in project.sdgs]
    row.start_year = project.start_year
    row.end_year = project.end_year
    row.status = project.status
    row.lead_agency = project.lead_agency
    row.budget = project.budget
    row.currency = project.currency
    row.budget_usd = project.budget_usd
    row.seeks_private_partner = project.seeks_private_partner
    row.private_sector_need = project.private_sector_need
    row.partner = project.partner
    row.risks = project.risks
    row.carried_over_from = project.carried_over_from
    row.search_text = search_text_of(project)
    row.funding = [
        FundingRow(uuid=f.id, position=n, type=f.type, name=f.name, amount=f.amount)
        for n, f in enumerate(project.funding)
    ]
    row.milestones = [
        MilestoneRow(uuid=m.id, position=n, title=m.title, due_year=m.due_year, due_quarter=m.due_quarter,
                     status=m.status, percent=m.percent)
        for n, m in enumerate(project.milestones)
    ]
    row.indicators = [
        IndicatorRow(
            uuid=i.id, position=n, name=i.name, unit=i.unit, baseline_year=i.baseline_year,
            baseline_value=i.baseline_value,
            values=[IndicatorValueRow(year=v.year, target=v.target, actual=v.actual)
                    for v in sorted(i.values, key=lambda v: v.year)
                    if v.target is not None or v.actual is not None],
        )
        for n, i in enumerate(project.indicators)
    ]
    row.progress_notes = [ProgressNoteRow(uuid=p.id, year=p.year, text=p.text) for p in project.progress_notes]
    return row


def plan_from_row(row: PlanRow, *, with_projects: bool = True) -> Plan:
    return Plan(
        uuid=row.uuid,
        city=row.city,
        cycle=row.cycle,
        title=row.title,
        vision=row.vision,
        blueprint=row.blueprint,
        focus_areas=list(row.focus_areas or []),
        outcomes=list(row.outcomes or []),
        status=row.status,
        revision=row.revision,
        is_sample=row.is_sample,
        carried_over_from=row.carried_over_from,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        projects=[project_from_row(p) for p in row.projects] if with_projects else [],
    )


def fill_plan_header(row: PlanRow, plan: Plan) -> PlanRow:
    """Write the plan's own fields (not its projects) into `row`."""
    row.uuid = plan.uuid
    row.city = plan.city
    row.cycle = plan.cycle
    row.title = plan.title
    row.vision = plan.vision
    row.blueprint = plan.blueprint
    row.focus_areas = list(plan.focus_areas)
    row.outcomes = list(plan.outcomes)
    row.status = plan.status
    row.revision = plan.revision
    row.is_sample = plan.is_sample
    row.carried_over_from = plan.carried_over_from
    row.updated_by = plan.updated_by
    return row
