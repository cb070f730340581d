"""Reading a planning cycle's snapshot from the store, in a handful of column queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.monitoring.facts import FundingFacts, IndicatorFacts, MilestoneFacts, PlanFacts, ProjectFacts
from ascn_desktop.core.monitoring.facts import RevisionFacts, Snapshot
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store
from ascn_desktop.store.mapping import project_line_columns
from ascn_desktop.store.models import FundingRow, ImportedBundle, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProjectRow

def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo is not None else value.replace(tzinfo=UTC)


def load_snapshot(store: Store, reference: ReferenceData, *, cycle: str, include_local: bool = False) -> Snapshot:
    """Everything monitoring needs for `cycle`, read in a handful of column queries."""
    if cycle not in reference.cycles:
        raise NotFoundError(_("There is no planning cycle {cycle}; the cycles are {cycles}.").format(
            cycle=cycle, cycles=', '.join(reference.cycles)))
    with store.read() as session:
        revisions, plans = _read_revisions(session, reference, cycle, include_local)
        projects = _read_projects(session, reference, plans)
        project_by_id = {project.project_id: project for project in projects}
        plan_ids = [plan.plan_id for plan in plans]
        milestones = _read_milestones(session, plan_ids, project_by_id)
        indicators = _read_indicators(session, plan_ids, project_by_id)
        funding = _read_funding(session, plan_ids, project_by_id)
        revision_projects = _read_revision_projects(session, revisions)
    project_order = {project.project_id: n for n, project in enumerate(projects)}
    milestones.sort(key=lambda m: (project_order[m.project.project_id], m.position))
    indicators.sort(key=lambda i: (project_order[i.project.project_id], i.position))
    funding.sort(key=lambda f: (project_order[f.project.project_id], f.position))
    return Snapshot(cycle, tuple(revisions), tuple(plans), tuple(projects), tuple(milestones), tuple(indicators),
                    tuple(funding), revision_projects)


def _read_revisions(session: Session, reference: ReferenceData, cycle: str,
                    include_local: bool) -> tuple[list[RevisionFacts], list[PlanFacts]]:
    """Every revision of the cycle's plans (imported ones; local ones of cities without any), and the current
    revision of each city's plan, in the reference's city order."""
    revision_rows = session.execute(
        select(PlanRow.id, PlanRow.uuid, PlanRow.city, PlanRow.revision, PlanRow.origin, PlanRow.is_current,
               PlanRow.status, PlanRow.review_status, PlanRow.updated_at, ImportedBundle.signed_at,
               ImportedBundle.imported_at, PlanRow.title, PlanRow.is_sample)
        .outerjoin(ImportedBundle, ImportedBundle.id == PlanRow.bundle_id)
        .where(PlanRow.cycle == cycle)
        .order_by(PlanRow.city, PlanRow.revision, PlanRow.id)
    ).all()
    imported_cities = {row.city for row in revision_rows if row.origin == "imported"}
    revisions: list[RevisionFacts] = []
    plans: list[PlanFacts] = []
    for row in revision_rows:
        if row.origin != "imported" and not (include_local and row.city not in imported_cities):
            continue
        submitted = _aware(row.signed_at) if row.origin == "imported" else _aware(row.updated_at)
        revisions.append(RevisionFacts(row.id, row.uuid, row.city, row.revision, row.origin, row.is_current,
                                       row.status, row.review_status, submitted, _aware(row.imported_at)))
        if row.is_current:
            city = reference.cities.get(row.city)
            plans.append(PlanFacts(
                plan_id=row.id, uuid=row.uuid, city=row.city, city_name=city.name if city else row.city,
                country=city.country if city else "", cycle=cycle, title=row.title, status=row.status,
                revision=row.revision, origin=row.origin, review_status=row.review_status,
                submitted_at=submitted, imported_at=_aware(row.imported_at), is_sample=row.is_sample))
    order = {code: n for n, code in enumerate(reference.cities)}
    plans.sort(key=lambda p: (order.get(p.city, len(order)), p.plan_id))
    return revisions, plans


def _read_projects(session: Session, reference: ReferenceData, plans: Sequence[PlanFacts]) -> list[ProjectFacts]:
    """The projects of the current plans, in plan order then position."""
    plan_by_id = {plan.plan_id: plan for plan in plans}
    projects: list[ProjectFacts] = []
    for p_row in session.execute(
        select(ProjectRow.id, ProjectRow.plan_id, ProjectRow.private_sector_need, *project_line_columns())
        .where(ProjectRow.plan_id.in_(list(plan_by_id)))
    ):
        plan = plan_by_id[p_row.plan_id]
        line = dict(p_row._mapping)
        line.update(currency=p_row.currency or reference.country_currency.get(plan.country, ""),
                    seeks_private_partner=bool(p_row.seeks_private_partner), lead_agency=p_row.lead_agency or "",
                    private_sector_need=p_row.private_sector_need or "")
        projects.append(ProjectFacts(project_id=line.pop("id"), city=plan.city, country=plan.country, **line))
    plan_order = {plan_id: n for n, plan_id in enumerate(plan_by_id)}
    projects.sort(key=lambda p: (plan_order[p.plan_id], p.position))
    return projects


def _read_milestones(session: Session, plan_ids: list[int],
                     project_by_id: dict[int, ProjectFacts]) -> list[MilestoneFacts]:
    return [
        MilestoneFacts(project_by_id[row.project_id], row.uuid, row.position, row.title, row.due_year,
                       row.due_quarter, row.status, row.percent)
        for row in session.execute(
            select(MilestoneRow.project_id, MilestoneRow.uuid, MilestoneRow.position, MilestoneRow.title,
                   MilestoneRow.due_year, MilestoneRow.due_quarter, MilestoneRow.status, MilestoneRow.percent)
            .join(ProjectRow, ProjectRow.id == MilestoneRow.project_id).where(ProjectRow.plan_id.in_(plan_ids)))
    ]


def _read_indicators(session: Session, plan_ids: list[int],
                     project_by_id: dict[int, ProjectFacts]) -> list[IndicatorFacts]:
    """The indicators with their (year, target, actual) values, each indicator's values by year."""
    in_plans = ProjectRow.plan_id.in_(plan_ids)
    values: dict[int, list[tuple[int, Decimal | None, Decimal | None]]] = defaultdict(list)
    for v_row in session.execute(
        select(IndicatorValueRow.indicator_id, IndicatorValueRow.year, IndicatorValueRow.target,
               IndicatorValueRow.actual)
        .join(IndicatorRow, IndicatorRow.id == IndicatorValueRow.indicator_id)
        .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id).where(in_plans)
    ):
        values[v_row.indicator_id].append((v_row.year, v_row.target, v_row.actual))
    return [
        IndicatorFacts(project_by_id[row.project_id], row.uuid, row.position, row.name, row.unit,
                       row.baseline_year, row.baseline_value, tuple(sorted(values.get(row.id, []))))
        for row in session.execute(
            select(IndicatorRow.id, IndicatorRow.project_id, IndicatorRow.uuid, IndicatorRow.position,
                   IndicatorRow.name, IndicatorRow.unit, IndicatorRow.baseline_year, IndicatorRow.baseline_value)
            .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id).where(in_plans))
    ]


def _read_funding(session: Session, plan_ids: list[int],
                  project_by_id: dict[int, ProjectFacts]) -> list[FundingFacts]:
    return [
        FundingFacts(project_by_id[row.project_id], row.uuid, row.position, row.type, row.name, row.amount)
        for row in session.execute(
            select(FundingRow.project_id, FundingRow.uuid, FundingRow.position, FundingRow.type, FundingRow.name,
                   FundingRow.amount)
            .join(ProjectRow, ProjectRow.id == FundingRow.project_id).where(ProjectRow.plan_id.in_(plan_ids)))
    ]


def _read_revision_projects(session: Session,
                            revisions: list[RevisionFacts]) -> dict[int, tuple[tuple[str | None, str], ...]]:
    """Plan id of every revision -> (focus area, status) of its projects (the yearly breakdowns)."""
    revision_projects: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    for row in session.execute(
        select(ProjectRow.plan_id, ProjectRow.focus_area, ProjectRow.status)
        .where(ProjectRow.plan_id.in_([revision.plan_id for revision in revisions]))
        .order_by(ProjectRow.plan_id, ProjectRow.position)
    ):
        revision_projects[row.plan_id].append((row.focus_area, row.status))
    return {plan_id: tuple(rows) for plan_id, rows in revision_projects.items()}


def has_imported_plans(store: Store) -> bool:
    """True once any plan was imported (the dashboard then shows imported plans only by default)."""
    with store.read() as session:
        return session.scalars(select(PlanRow.id).where(PlanRow.origin == "imported").limit(1)).first() is not None
