"""Replacing a plan's whole content in one transaction (Excel import and its undo).

Only the plan's content changes: title, vision, blueprint, focus areas,
outcomes, status and the projects with their rows. Its identity (uuid, city,
cycle) and its revision, which only ever grows, stay as the store has them.

Only projects whose content changed are rewritten: importing a workbook that
changes three projects of a thousand touches three. With `previous` (the plan
the caller compared against, e.g. the import preview's base) the unchanged
projects are not even loaded; if the store no longer holds `previous` (edited
meanwhile), every project is compared with the store instead.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, selectinload

from ascn_desktop.core.collector import collector_paused
from ascn_desktop.core.errors import AscnError, NotFoundError
from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.plans import header_content, reopen_if_final
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import fill_project_row, project_from_row
from ascn_desktop.store.models import IndicatorRow, PlanRow, ProjectRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _

_CHILDREN = (
    selectinload(ProjectRow.funding),
    selectinload(ProjectRow.milestones),
    selectinload(ProjectRow.indicators).selectinload(IndicatorRow.values),
    selectinload(ProjectRow.progress_notes),
)


def replace_plan_content(store: Store, plan_id: int, plan: Plan, *, previous: Plan | None = None,
                         by: str = "") -> datetime:
    """Make plan `plan_id` hold exactly the content of `plan` (one transaction; all or nothing).

    Returns the plan's new `updated_at`: with it the caller can pass `previous` next time (undo/redo).
    """
    try:
        with collector_paused(), store.transaction() as session:  # thousands of ORM row states at once
            row = session.get(PlanRow, plan_id)
            if row is None:
                raise NotFoundError(_("There is no plan number {plan_id} in this store.").format(plan_id=plan_id))
            was_final = row.status == "final"
            header_edited = header_content(row) != header_content(plan)
            _write_header(row, plan, by=by)
            stored = _stored_projects(session, plan_id, previous if _still_current(row, previous) else None)
            before = {uuid: project for uuid, (_position, project) in stored.items()}
            if was_final and (header_edited or before != {project.id: project for project in plan.projects}):
                reopen_if_final(row)  # a final plan edited (e.g. from Excel) is a draft again
            _write_projects(session, plan_id, plan.projects, stored)
            row.updated_at = stamp = utc_now()
        return stamp
    except StatementError as exc:  # a value the store refuses (e.g. an amount with 3 decimals): rolled back
        if isinstance(exc.orig, AscnError):
            raise exc.orig from None
        raise


def _still_current(row: PlanRow, previous: Plan | None) -> bool:
    return previous is not None and previous.updated_at is not None and row.updated_at == previous.updated_at


def _write_header(row: PlanRow, plan: Plan, *, by: str) -> None:
    row.title = plan.title
    row.vision = plan.vision
    row.blueprint = plan.blueprint
    row.focus_areas = list(plan.focus_areas)
    row.outcomes = list(plan.outcomes)
    row.status = plan.status
    if by:
        row.updated_by = by


def _stored_projects(session: Session, plan_id: int, previous: Plan | None) -> dict[str, tuple[int, Project]]:
    """uuid -> (position, content) of the projects in the store."""
    if previous is not None:
        return {project.id: (n, project) for n, project in enumerate(previous.projects)}
    rows = session.scalars(select(ProjectRow).where(ProjectRow.plan_id == plan_id).options(*_CHILDREN))
    return {r.uuid: (r.position, project_from_row(r)) for r in rows}


def _write_projects(session: Session, plan_id: int, projects: list[Project],
                    stored: dict[str, tuple[int, Project]]) -> None:
    wanted = {project.id for project in projects}
    removed = [uuid for uuid in stored if uuid not in wanted]
    changed = [p for p in projects if p.id in stored and stored[p.id][1] != p]
    rows = {}
    touched = removed + [p.id for p in changed]
    for start in range(0, len(touched), 500):  # SQLite limits the number of bound parameters
        chunk = touched[start:start + 500]
        query = select(ProjectRow).where(ProjectRow.plan_id == plan_id, ProjectRow.uuid.in_(chunk))
        rows.update({r.uuid: r for r in session.scalars(query.options(*_CHILDREN))})
    for uuid in removed:
        if uuid in rows:
            session.delete(rows[uuid])
    session.flush()
    changed_ids = {p.id for p in changed}
    for position, project in enumerate(projects):
        if project.id in changed_ids and project.id in rows:
            fill_project_row(rows[project.id], project, position)
        elif project.id not in stored:
            session.add(fill_project_row(ProjectRow(plan_id=plan_id), project, position))
        elif stored[project.id][0] != position:
            session.execute(update(ProjectRow)
                            .where(ProjectRow.plan_id == plan_id, ProjectRow.uuid == project.id)
                            .values(position=position))
