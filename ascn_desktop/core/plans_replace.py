"""Replacing a plan's whole content in one transaction (Excel import and its undo).

Only the plan's content changes: title, vision, blueprint, focus areas,
outcomes, status and the projects with their rows. Its identity (uuid, city,
cycle) and its revision, which only ever grows, stay as the store has them.
Projects whose content is unchanged are not rewritten, so importing a workbook
that changes three projects of a thousand touches three.
"""

from __future__ import annotations

from sqlalchemy.exc import StatementError
from sqlalchemy.orm import selectinload

from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.model import Plan
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import fill_project_row, project_from_row
from ascn_desktop.store.models import IndicatorRow, PlanRow, ProjectRow
from ascn_desktop.store.types import utc_now


def replace_plan_content(store: Store, plan_id: int, plan: Plan, *, by: str = "") -> None:
    """Make plan `plan_id` hold exactly the content of `plan` (one transaction; all or nothing)."""
    try:
        _replace(store, plan_id, plan, by=by)
    except StatementError as exc:  # a value the store refuses (e.g. an amount with 3 decimals): rolled back
        if isinstance(exc.orig, AscnError):
            raise exc.orig from None
        raise


def _replace(store: Store, plan_id: int, plan: Plan, *, by: str) -> None:
    with store.transaction() as session:
        row = session.get(PlanRow, plan_id, options=[
            selectinload(PlanRow.projects).selectinload(ProjectRow.funding),
            selectinload(PlanRow.projects).selectinload(ProjectRow.milestones),
            selectinload(PlanRow.projects).selectinload(ProjectRow.indicators).selectinload(IndicatorRow.values),
            selectinload(PlanRow.projects).selectinload(ProjectRow.progress_notes),
        ])
        if row is None:
            raise NotFoundError(f"There is no plan number {plan_id} in this store.")
        row.title = plan.title
        row.vision = plan.vision
        row.blueprint = plan.blueprint
        row.focus_areas = list(plan.focus_areas)
        row.outcomes = list(plan.outcomes)
        row.status = plan.status
        if by:
            row.updated_by = by
        existing = {project_row.uuid: project_row for project_row in row.projects}
        rows: list[ProjectRow] = []
        for position, project in enumerate(plan.projects):
            project_row = existing.pop(project.id, None)
            if project_row is None:
                project_row = fill_project_row(ProjectRow(), project, position)
            elif project_row.position != position or project_from_row(project_row) != project:
                fill_project_row(project_row, project, position)
            rows.append(project_row)
        row.projects = rows  # rows left in `existing` are orphans: deleted with their child rows
        row.updated_at = utc_now()
