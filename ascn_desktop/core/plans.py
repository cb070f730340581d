"""Reading and writing plans: the functions the editor, the CLI and imports share.

Every function here is one explicit transaction: an edit accepted by the user
is in the store when the function returns (no "save" step exists).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import cast

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.money import from_units
from ascn_desktop.core.plan_loading import load_whole_plan
from ascn_desktop.core.model import Plan, PlanSummary, Project, ProjectLine, new_id
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import fill_plan_header, fill_project_row, plan_from_row, project_from_row
from ascn_desktop.store.mapping import project_line_columns
from ascn_desktop.store.models import City, IndicatorRow, MemberState, MilestoneRow, PlanRow, ProjectRow
from ascn_desktop.store.types import utc_now
from ascn_desktop.core.i18n import _
from ascn_desktop.core.language import shown_city_name


@dataclass(frozen=True)
class ProjectListRow(ProjectLine):
    """What the projects table shows for one project (no child rows loaded)."""

    milestone_count: int
    indicator_count: int
    search_text: str
    carried_over: bool


# ProjectListRow's fields but the last, in order: the columns project_rows selects first (Row slices lose types).
_ListColumns = tuple[str, int, str, str, str | None, str, int | None, int | None, Decimal | None, str,
                     Decimal | None, bool, str | None, str, int, int, str]


def _exact_total(total: Decimal | None) -> Decimal:
    """The summed budget as the Money column type hands it back (a plan without projects has none)."""
    return total if total is not None else from_units(0)


def list_plans(store: Store, *, origin: str | None = None, current_only: bool = True) -> list[PlanSummary]:
    """All plans with their project counts and total budgets, ordered by country and city."""
    project_stats = (
        select(ProjectRow.plan_id, func.count(ProjectRow.id).label("n"),
               func.coalesce(func.sum(ProjectRow.budget), 0).label("total"))
        .group_by(ProjectRow.plan_id)
        .subquery()
    )
    query = (
        select(PlanRow, City, project_stats.c.n, project_stats.c.total)
        .join(City, City.code == PlanRow.city)
        .outerjoin(project_stats, project_stats.c.plan_id == PlanRow.id)
        .order_by(City.country, City.position, PlanRow.cycle, PlanRow.revision)
    )
    if origin is not None:
        query = query.where(PlanRow.origin == origin)
    if current_only:
        query = query.where(PlanRow.is_current.is_(True))
    with store.read() as session:
        currencies = _country_currencies(session)
        return [
            PlanSummary(
                id=plan.id, uuid=plan.uuid, city=plan.city, country=city.country,
                city_name=shown_city_name(city.country, city.name, city.name_local),
                cycle=plan.cycle, title=plan.title, status=plan.status, revision=plan.revision,
                origin=plan.origin, project_count=int(count or 0), total_budget=_exact_total(total),
                currency=currencies.get(city.country, ""), updated_at=plan.updated_at, is_sample=plan.is_sample,
            )
            for plan, city, count, total in session.execute(query)
        ]


def _country_currencies(session: Session) -> dict[str, str]:
    return {state.code: state.currency for state in session.scalars(select(MemberState))}


def get_plan(store: Store, plan_id: int) -> Plan:
    """The whole plan with every project and child row (flat queries, see core/plan_loading.py)."""
    return load_whole_plan(store, plan_id)


def get_plan_header(store: Store, plan_id: int) -> Plan:
    """The plan without its projects (fast, for overview screens)."""
    with store.read() as session:
        row = session.get(PlanRow, plan_id)
        if row is None:
            raise NotFoundError(_("There is no plan number {plan_id} in this store.").format(plan_id=plan_id))
        return plan_from_row(row, with_projects=False)


def find_plan_id(store: Store, city: str, cycle: str | None = None, *, origin: str | None = None) -> int | None:
    """The current plan of `city` (newest cycle first, local before imported), or None."""
    query = select(PlanRow.id).where(PlanRow.city == city, PlanRow.is_current.is_(True))
    if cycle is not None:
        query = query.where(PlanRow.cycle == cycle)
    if origin is not None:
        query = query.where(PlanRow.origin == origin)
    query = query.order_by(PlanRow.cycle.desc(), (PlanRow.origin == "local").desc(), PlanRow.revision.desc())
    with store.read() as session:
        return session.scalars(query.limit(1)).first()


def create_plan(store: Store, *, city: str, cycle: str, title: str = "", by: str = "") -> int:
    """Create the first (local, draft) plan of `city` for `cycle`; returns its id."""
    if find_plan_id(store, city, cycle, origin="local") is not None:
        raise ValidationError(_("{city} already has a plan for the {cycle} cycle.").format(city=city, cycle=cycle))
    plan = Plan(city=city, cycle=cycle, title=title or f"Smart city action plan {cycle}", updated_by=by)
    return save_plan(store, plan)


def save_plan(store: Store, plan: Plan, *, origin: str = "local") -> int:
    """Insert a whole plan with its projects (demo data, carried-over plans, imports)."""
    now = utc_now()
    with store.transaction() as session:
        row = fill_plan_header(PlanRow(origin=origin, created_at=plan.created_at or now), plan)
        row.updated_at = plan.updated_at or now
        row.projects = [fill_project_row(ProjectRow(), project, n) for n, project in enumerate(plan.projects)]
        session.add(row)
        session.flush()
        return row.id


def start_next_cycle(store: Store, plan_id: int, cycle: str, *, by: str = "") -> int:
    """A new draft plan for `cycle`, its projects carried over from plan `plan_id` (marked as such)."""
    previous = get_plan(store, plan_id)
    if find_plan_id(store, previous.city, cycle, origin="local") is not None:
        raise ValidationError(_("{city} already has a plan for the {cycle} cycle.").format(
            city=previous.city, cycle=cycle))
    carried = [
        replace(project, id=new_id(), carried_over_from=project.id, milestones=[], indicators=[],
                progress_notes=[], funding=[replace(f, id=new_id()) for f in project.funding],
                start_year=None, end_year=None, status="planned")
        for project in previous.projects
        if project.status not in ("completed", "cancelled")
    ]
    plan = replace(previous, uuid=new_id(), cycle=cycle, status="draft", revision=0, projects=carried,
                   carried_over_from=previous.uuid, is_sample=False, created_at=None, updated_at=None,
                   updated_by=by)
    return save_plan(store, plan)


def reopen_if_final(row: PlanRow) -> bool:
    """A final plan whose content is edited becomes a draft again (docs/readiness-rules.md); True if it did.

    Its content no longer is what was checked and marked final, so the officer marks it final again.
    """
    if row.status != "final":
        return False
    row.status = "draft"
    return True


def header_content(plan: Plan | PlanRow) -> tuple[object, ...]:
    """The plan's own content an officer edits (not its status, revision or stamps)."""
    return (plan.title, plan.vision, plan.blueprint, list(plan.focus_areas), list(plan.outcomes))


def save_plan_header(store: Store, plan_id: int, plan: Plan) -> None:
    """Store the plan's own fields (title, vision, focus areas, status...)."""
    with store.transaction() as session:
        row = _plan_row(session, plan_id)
        edited = header_content(row) != header_content(plan)
        was_final = row.status == "final"
        fill_plan_header(row, plan)
        if edited and was_final:
            reopen_if_final(row)
        row.updated_at = utc_now()


def save_project(store: Store, plan_id: int, project: Project, *, position: int | None = None) -> None:
    """Insert or replace one project (matched by its stable id) with all its child rows."""
    with store.transaction() as session:
        plan_row = _plan_row(session, plan_id)
        row = session.scalars(
            select(ProjectRow).where(ProjectRow.plan_id == plan_id, ProjectRow.uuid == project.id)
        ).first()
        if row is None:
            if position is None:
                last = session.scalar(
                    select(func.coalesce(func.max(ProjectRow.position), -1)).where(ProjectRow.plan_id == plan_id)
                )
                position = int(last if last is not None else -1) + 1
            else:
                _shift_positions(session, plan_id, position, +1)
            row = ProjectRow(plan_id=plan_id)
            session.add(row)
        elif plan_row.status == "final" and project_from_row(row) == project:
            return  # nothing changed: a final plan stays final
        fill_project_row(row, project, row.position if position is None else position)
        reopen_if_final(plan_row)
        plan_row.updated_at = utc_now()


def delete_project(store: Store, plan_id: int, project_id: str) -> tuple[Project, int]:
    """Delete a project; returns it and its position so that undo can put it back."""
    with store.transaction() as session:
        plan_row = _plan_row(session, plan_id)
        row = session.scalars(
            select(ProjectRow).where(ProjectRow.plan_id == plan_id, ProjectRow.uuid == project_id)
        ).first()
        if row is None:
            raise NotFoundError(_("That project no longer exists in this plan."))
        project, position = project_from_row(row), row.position
        session.delete(row)
        session.flush()
        _shift_positions(session, plan_id, position, -1)
        reopen_if_final(plan_row)
        plan_row.updated_at = utc_now()
        return project, position


def get_project(store: Store, plan_id: int, project_id: str) -> Project:
    with store.read() as session:
        row = session.scalars(
            select(ProjectRow).where(ProjectRow.plan_id == plan_id, ProjectRow.uuid == project_id)
        ).first()
        if row is None:
            raise NotFoundError(_("That project no longer exists in this plan."))
        return project_from_row(row)


def project_codes(store: Store, plan_id: int) -> dict[str, str]:
    """Each project's code by its id, in plan order (what a new or edited code must not repeat)."""
    query = select(ProjectRow.uuid, ProjectRow.code).where(ProjectRow.plan_id == plan_id).order_by(ProjectRow.position)
    with store.read() as session:
        return {uuid: code for uuid, code in session.execute(query)}


def project_rows(store: Store, plan_id: int) -> list[ProjectListRow]:
    """The projects of a plan for tables, in plan order, without loading child rows.

    Counts are correlated subqueries on the child tables' project_id indexes
    (not GROUP BY over every plan's milestones), and the query runs on a Core
    connection: no ORM identity map is needed for read-only rows, and at
    10,000 projects that halves the time.
    """
    milestone_count = (
        select(func.count()).select_from(MilestoneRow).where(MilestoneRow.project_id == ProjectRow.id)
        .scalar_subquery()
    )
    indicator_count = (
        select(func.count()).select_from(IndicatorRow).where(IndicatorRow.project_id == ProjectRow.id)
        .scalar_subquery()
    )
    query = (
        select(*project_line_columns(), milestone_count, indicator_count, ProjectRow.search_text,
               ProjectRow.carried_over_from)
        .where(ProjectRow.plan_id == plan_id)
        .order_by(ProjectRow.position)
    )
    with store.read() as session:
        return [
            ProjectListRow(*cast(_ListColumns, values[:17]), carried_over=values[17] is not None)
            for values in session.execute(query)
        ]


def _plan_row(session: Session, plan_id: int) -> PlanRow:
    row = session.get(PlanRow, plan_id)
    if row is None:
        raise NotFoundError(_("There is no plan number {plan_id} in this store.").format(plan_id=plan_id))
    return row


def _shift_positions(session: Session, plan_id: int, from_position: int, delta: int) -> None:
    session.execute(
        update(ProjectRow)
        .where(ProjectRow.plan_id == plan_id, ProjectRow.position >= from_position)
        .values(position=ProjectRow.position + delta)
    )
