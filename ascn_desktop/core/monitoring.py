"""Secretariat monitoring: what ASEC sees for a planning cycle and a year.

Pure functions over a read-only *snapshot* of the store (no Qt): the
dashboard, the annual report and the data export all start from
``load_snapshot`` and compute the same tables.

Decisions (see docs/data-export.md and the annual report's notes):

* Which plans: the *current* imported revision of each city's plan for the
  cycle (what cities sent). ``include_local=True`` adds the current local plan
  of any city that has no imported plan (the demo, or an analyst trying the
  app on one laptop); such plans are marked ``origin="local"``.
* Reporting: the report on year Y is the first revision the city *signed* on
  or after ``window_opens`` of Y (resources/reference/reporting.json); it is
  on time if signed on or before ``annual_deadline`` of Y+1. A local plan's
  date is its last change. Cities expected to report on Y: every city in the
  network in Y (joined in or before Y and not left before it) plus any city
  that has a plan in the cycle. A city that joined in Y and sent nothing is
  "joined this year" (state ``joined``), never "not received": it is not
  counted among the cities expected to report.
* Milestones are overdue when the last day of their due quarter is before the
  as-of date and they are neither done nor cancelled. The default as-of date
  is 31 December of the year (or today, if earlier). Without an explicit
  as-of date, a city's report counts as not received once today is past its
  deadline (the deadline falls in the next year).
* Indicators: direction is read from the plan itself: if the target is below
  the baseline the indicator is "lower is better" (response times), else
  "higher is better". The latest year <= Y with both a target and an actual is
  assessed; it is behind when the actual is on the wrong side of the target.
* Money is summed per currency (never across currencies); the USD figures use
  the project's own USD equivalent, spread over funding sources pro rata.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache

from sqlalchemy import select

from ascn_desktop.core.errors import NotFoundError, ValidationError
from ascn_desktop.core.model import FUNDING_TYPES, PROJECT_STATUSES, PlanLine, ProjectLine
from ascn_desktop.store.mapping import project_line_columns
from ascn_desktop.core.monitoring_breakdown import BreakdownRow, GrowthRow, ReportedProject, network_growth
from ascn_desktop.core.monitoring_breakdown import project_breakdowns
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.core.resources import resource_path
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import FundingRow, ImportedBundle, IndicatorRow, IndicatorValueRow, MilestoneRow, PlanRow
from ascn_desktop.store.models import ProjectRow
from ascn_desktop.core.i18n import _

CENT = Decimal("0.01")
COMPLETENESS_STATES = ("on_time", "late", "missing", "not_due", "joined")
OPEN_PROJECT_STATUSES = ("planned", "in_progress", "on_hold")


# --- reporting rules ---------------------------------------------------------------


@dataclass(frozen=True)
class ReportingRules:
    window_opens: tuple[int, int]  # (month, day) in year Y
    annual_deadline: tuple[int, int]  # (month, day) in year Y + 1

    def opens(self, year: int) -> date:
        return date(year, *self.window_opens)

    def deadline(self, year: int) -> date:
        return date(year + 1, *self.annual_deadline)


def _month_day(text: str) -> tuple[int, int]:
    month, day = (int(part) for part in text.split("-"))
    date(2001, month, day)  # validates (no 29 February deadlines)
    return month, day


@cache
def reporting_rules() -> ReportingRules:
    """The reporting calendar from resources/reference/reporting.json."""
    with resource_path("reference", "reporting.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return ReportingRules(window_opens=_month_day(data["window_opens"]),
                          annual_deadline=_month_day(data["annual_deadline"]))


# --- the snapshot ------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionFacts:
    """One stored revision of a plan (imported history included)."""

    plan_id: int
    uuid: str
    city: str
    revision: int
    origin: str
    is_current: bool
    status: str
    review_status: str | None
    submitted_at: datetime | None  # bundle signed_at; a local plan's last change
    imported_at: datetime | None


@dataclass(frozen=True)
class PlanFacts(PlanLine):
    plan_id: int
    status: str
    origin: str
    review_status: str | None
    submitted_at: datetime | None
    imported_at: datetime | None
    is_sample: bool


@dataclass(frozen=True)
class ProjectFacts(ProjectLine):
    project_id: int
    plan_id: int
    city: str
    country: str
    private_sector_need: str

    def usd_share(self, amount: Decimal) -> Decimal | None:
        """`amount` (in the project's currency) in USD, at the project's own rate."""
        if self.budget_usd is None or not self.budget:
            return None
        return (amount * self.budget_usd / self.budget).quantize(CENT)


@dataclass(frozen=True)
class MilestoneFacts:
    project: ProjectFacts
    uuid: str
    position: int
    title: str
    due_year: int
    due_quarter: int
    status: str
    percent: int

    def due_date(self) -> date:
        """Last day of the due quarter."""
        month = 3 * max(1, min(4, self.due_quarter))
        return date(self.due_year, month, 31 if month in (3, 12) else 30)


@dataclass(frozen=True)
class IndicatorFacts:
    project: ProjectFacts
    uuid: str
    position: int
    name: str
    unit: str
    baseline_year: int | None
    baseline_value: Decimal | None
    values: tuple[tuple[int, Decimal | None, Decimal | None], ...]  # (year, target, actual)


@dataclass(frozen=True)
class FundingFacts:
    project: ProjectFacts
    uuid: str
    position: int
    type: str
    name: str
    amount: Decimal


@dataclass(frozen=True)
class Snapshot:
    cycle: str
    revisions: tuple[RevisionFacts, ...]
    plans: tuple[PlanFacts, ...]
    projects: tuple[ProjectFacts, ...]
    milestones: tuple[MilestoneFacts, ...]
    indicators: tuple[IndicatorFacts, ...]
    funding: tuple[FundingFacts, ...]
    # plan id of every revision above -> (focus area, status) of its projects (the yearly breakdowns)
    revision_projects: dict[int, tuple[tuple[str | None, str], ...]] = field(default_factory=dict)


def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo is not None else value.replace(tzinfo=UTC)


def load_snapshot(store: Store, reference: ReferenceData, *, cycle: str, include_local: bool = False) -> Snapshot:
    """Everything monitoring needs for `cycle`, read in a handful of column queries."""
    if cycle not in reference.cycles:
        raise NotFoundError(_("There is no planning cycle {cycle}; the cycles are {cycles}.").format(
            cycle=cycle, cycles=', '.join(reference.cycles)))
    with store.read() as session:
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
        plan_by_id = {plan.plan_id: plan for plan in plans}
        plan_ids = list(plan_by_id)

        projects: list[ProjectFacts] = []
        for p_row in session.execute(
            select(ProjectRow.id, ProjectRow.plan_id, ProjectRow.private_sector_need, *project_line_columns())
            .where(ProjectRow.plan_id.in_(plan_ids))
        ):
            plan = plan_by_id[p_row.plan_id]
            line = dict(p_row._mapping)
            line.update(currency=p_row.currency or reference.country_currency.get(plan.country, ""),
                        seeks_private_partner=bool(p_row.seeks_private_partner), lead_agency=p_row.lead_agency or "",
                        private_sector_need=p_row.private_sector_need or "")
            projects.append(ProjectFacts(project_id=line.pop("id"), city=plan.city, country=plan.country, **line))
        plan_order = {plan_id: n for n, plan_id in enumerate(plan_ids)}
        projects.sort(key=lambda p: (plan_order[p.plan_id], p.position))
        project_by_id = {project.project_id: project for project in projects}
        in_plans = ProjectRow.plan_id.in_(plan_ids)

        milestones = [
            MilestoneFacts(project_by_id[row.project_id], row.uuid, row.position, row.title, row.due_year,
                           row.due_quarter, row.status, row.percent)
            for row in session.execute(
                select(MilestoneRow.project_id, MilestoneRow.uuid, MilestoneRow.position, MilestoneRow.title,
                       MilestoneRow.due_year, MilestoneRow.due_quarter, MilestoneRow.status, MilestoneRow.percent)
                .join(ProjectRow, ProjectRow.id == MilestoneRow.project_id).where(in_plans))
        ]
        values: dict[int, list[tuple[int, Decimal | None, Decimal | None]]] = defaultdict(list)
        for v_row in session.execute(
            select(IndicatorValueRow.indicator_id, IndicatorValueRow.year, IndicatorValueRow.target,
                   IndicatorValueRow.actual)
            .join(IndicatorRow, IndicatorRow.id == IndicatorValueRow.indicator_id)
            .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id).where(in_plans)
        ):
            values[v_row.indicator_id].append((v_row.year, v_row.target, v_row.actual))
        indicators = [
            IndicatorFacts(project_by_id[row.project_id], row.uuid, row.position, row.name, row.unit,
                           row.baseline_year, row.baseline_value, tuple(sorted(values.get(row.id, []))))
            for row in session.execute(
                select(IndicatorRow.id, IndicatorRow.project_id, IndicatorRow.uuid, IndicatorRow.position,
                       IndicatorRow.name, IndicatorRow.unit, IndicatorRow.baseline_year, IndicatorRow.baseline_value)
                .join(ProjectRow, ProjectRow.id == IndicatorRow.project_id).where(in_plans))
        ]
        funding = [
            FundingFacts(project_by_id[row.project_id], row.uuid, row.position, row.type, row.name, row.amount)
            for row in session.execute(
                select(FundingRow.project_id, FundingRow.uuid, FundingRow.position, FundingRow.type, FundingRow.name,
                       FundingRow.amount)
                .join(ProjectRow, ProjectRow.id == FundingRow.project_id).where(in_plans))
        ]
        revision_projects: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
        for r_row in session.execute(
            select(ProjectRow.plan_id, ProjectRow.focus_area, ProjectRow.status)
            .where(ProjectRow.plan_id.in_([revision.plan_id for revision in revisions]))
            .order_by(ProjectRow.plan_id, ProjectRow.position)
        ):
            revision_projects[r_row.plan_id].append((r_row.focus_area, r_row.status))
    project_order = {project.project_id: n for n, project in enumerate(projects)}
    milestones.sort(key=lambda m: (project_order[m.project.project_id], m.position))
    indicators.sort(key=lambda i: (project_order[i.project.project_id], i.position))
    funding.sort(key=lambda f: (project_order[f.project.project_id], f.position))
    return Snapshot(cycle, tuple(revisions), tuple(plans), tuple(projects), tuple(milestones), tuple(indicators),
                    tuple(funding), {plan_id: tuple(rows) for plan_id, rows in revision_projects.items()})


# --- filters -----------------------------------------------------------------------


@dataclass(frozen=True)
class MonitoringFilter:
    """Narrow every table to a country, a city and/or a focus area (None = all)."""

    country: str | None = None
    city: str | None = None
    focus_area: str | None = None

    def keeps_city(self, city: str, country: str) -> bool:
        return (self.country is None or country == self.country) and (self.city is None or city == self.city)

    def keeps_project(self, project: ProjectFacts) -> bool:
        return self.keeps_city(project.city, project.country) and (
            self.focus_area is None or project.focus_area == self.focus_area)


def filter_snapshot(snapshot: Snapshot, wanted: MonitoringFilter, reference: ReferenceData) -> Snapshot:
    def city_ok(code: str) -> bool:
        city = reference.cities.get(code)
        return wanted.keeps_city(code, city.country if city else "")

    return replace(
        snapshot,
        revisions=tuple(r for r in snapshot.revisions if city_ok(r.city)),
        plans=tuple(p for p in snapshot.plans if wanted.keeps_city(p.city, p.country)),
        projects=tuple(p for p in snapshot.projects if wanted.keeps_project(p)),
        milestones=tuple(m for m in snapshot.milestones if wanted.keeps_project(m.project)),
        indicators=tuple(i for i in snapshot.indicators if wanted.keeps_project(i.project)),
        funding=tuple(f for f in snapshot.funding if wanted.keeps_project(f.project)),
    )


# --- the tables ----------------------------------------------------------------------


@dataclass(frozen=True)
class CompletenessRow:
    country: str
    city: str
    city_name: str
    state: str  # one of COMPLETENESS_STATES
    reported_at: datetime | None  # signature date of the report on the year
    report_revision: int | None
    latest_revision: int | None
    latest_at: datetime | None
    review_status: str | None
    deadline: date


@dataclass(frozen=True)
class StatusCountRow:
    group: str  # country code, city code or "" for all
    group_name: str
    focus_area: str | None
    counts: dict[str, int]  # project status -> count
    total: int


@dataclass(frozen=True)
class OverdueMilestone:
    country: str
    city: str
    project_code: str
    project_title: str
    milestone: str
    due_year: int
    due_quarter: int
    status: str
    percent: int
    days_overdue: int


@dataclass(frozen=True)
class IndicatorAssessment:
    country: str
    city: str
    project_code: str
    project_title: str
    indicator: str
    unit: str
    year: int
    target: Decimal
    actual: Decimal
    direction: str  # higher | lower (is better)
    behind: bool


@dataclass(frozen=True)
class FundingTotal:
    country: str
    currency: str
    funding_type: str
    amount: Decimal
    amount_usd: Decimal | None  # None when no project gave a USD equivalent
    sources: int


@dataclass(frozen=True)
class PartnerPairing:
    partner: str
    partner_name: str
    country: str
    city: str
    projects: int
    project_codes: tuple[str, ...]
    budget_usd: Decimal | None  # None when none of these projects gave a USD equivalent


@dataclass(frozen=True)
class Summary:
    cities_expected: int
    cities_reported: int
    on_time: int
    late: int
    missing: int
    not_due: int
    joined_this_year: int
    plans: int
    projects: int
    budget_usd: Decimal | None  # None when no project gave a USD equivalent (a report says so, not "0.00")
    milestones_overdue: int
    indicators_assessed: int
    indicators_behind: int
    seeking_private_partner: int
    partner_pairings: int


@dataclass(frozen=True)
class Monitoring:
    cycle: str
    year: int
    as_of: date
    wanted: MonitoringFilter
    summary: Summary
    completeness: list[CompletenessRow]
    by_country: list[StatusCountRow]
    by_city: list[StatusCountRow]
    overdue: list[OverdueMilestone]
    indicators: list[IndicatorAssessment]
    funding: list[FundingTotal]
    funding_usd_by_type: dict[str, Decimal]  # only the funding types some project gave a USD equivalent for
    seeking_private: list[ProjectFacts]
    pairings: list[PartnerPairing]
    projects: list[ProjectFacts] = field(default_factory=list)
    growth: list[GrowthRow] = field(default_factory=list)
    breakdowns: list[BreakdownRow] = field(default_factory=list)


def _history(snapshot: Snapshot) -> dict[str, list[RevisionFacts]]:
    """Each city's revisions, oldest signature first."""
    by_city: dict[str, list[RevisionFacts]] = defaultdict(list)
    for revision in snapshot.revisions:
        by_city[revision.city].append(revision)
    for history in by_city.values():
        history.sort(key=lambda r: (r.submitted_at or datetime.min.replace(tzinfo=UTC), r.revision))
    return by_city


def _report_on(history: list[RevisionFacts], year: int) -> RevisionFacts | None:
    """The city's report on `year`: its first revision signed on or after the window opened."""
    opens = reporting_rules().opens(year)
    return next((r for r in history if r.submitted_at and r.submitted_at.date() >= opens), None)


def _report_in_season(history: list[RevisionFacts], year: int) -> RevisionFacts | None:
    """The revision a city signed in year Y's reporting season (from its window to the next one's)."""
    rules = reporting_rules()
    opens, closes = rules.opens(year), rules.opens(year + 1)
    return next((r for r in history if r.submitted_at and opens <= r.submitted_at.date() < closes), None)


def yearly_breakdowns(snapshot: Snapshot, reference: ReferenceData, years: range,
                      wanted: MonitoringFilter = MonitoringFilter()) -> list[BreakdownRow]:
    """The Secretariat's breakdowns of each year's reports (core/monitoring_breakdown.py)."""
    history = _history(snapshot)
    reports: dict[int, list[ReportedProject]] = {}
    for year in years:
        reported: list[ReportedProject] = reports.setdefault(year, [])
        for city_code, revisions in history.items():
            city = reference.cities.get(city_code)
            report = _report_in_season(revisions, year)
            if city is None or report is None:
                continue
            reported.extend((city.country, city_code, focus, status)
                            for focus, status in snapshot.revision_projects.get(report.plan_id, ())
                            if wanted.focus_area is None or focus == wanted.focus_area)
    return project_breakdowns(reports, reference)


def completeness(snapshot: Snapshot, reference: ReferenceData, *, year: int, as_of: date,
                 wanted: MonitoringFilter = MonitoringFilter()) -> list[CompletenessRow]:
    deadline = reporting_rules().deadline(year)
    by_city = _history(snapshot)
    rows: list[CompletenessRow] = []
    for city in reference.cities.values():
        if not (city.in_network(year) or city.code in by_city) or not wanted.keeps_city(city.code, city.country):
            continue
        history = by_city.get(city.code, [])
        report = _report_on(history, year)
        current = next((r for r in reversed(history) if r.is_current), history[-1] if history else None)
        if report is not None and report.submitted_at is not None:
            state = "on_time" if report.submitted_at.date() <= deadline else "late"
        elif city.joined_year == year:
            state = "joined"
        else:
            state = "missing" if as_of > deadline else "not_due"
        rows.append(CompletenessRow(
            city.country, city.code, reference.city_name(city.code), state,  # in its own script in its language
            report.submitted_at if report else None, report.revision if report else None,
            current.revision if current else None, current.submitted_at if current else None,
            current.review_status if current else None, deadline))
    return rows


def _status_rows(projects: list[ProjectFacts], key: str, names: dict[str, str],
                 reference: ReferenceData) -> list[StatusCountRow]:
    counters: dict[tuple[str, str | None], Counter[str]] = defaultdict(Counter)
    for project in projects:
        group = getattr(project, key) if key else ""
        counters[(group, project.focus_area)][project.status] += 1
    focus_order = {code: n for n, code in enumerate(reference.vocab.get("focus_areas", {}))}
    group_order = {code: n for n, code in enumerate(names)}
    ordered = sorted(counters, key=lambda k: (group_order.get(k[0], len(group_order)),
                                              focus_order.get(k[1] or "", len(focus_order))))
    return [StatusCountRow(group, names.get(group, group), focus, {s: counters[(group, focus)][s]
                                                                  for s in PROJECT_STATUSES},
                           sum(counters[(group, focus)].values()))
            for group, focus in ordered]


def overdue_milestones(snapshot: Snapshot, *, as_of: date) -> list[OverdueMilestone]:
    rows = []
    for m in snapshot.milestones:
        if m.status in ("done", "cancelled"):
            continue
        due = m.due_date()
        if due < as_of:
            rows.append(OverdueMilestone(m.project.country, m.project.city, m.project.code, m.project.title, m.title,
                                         m.due_year, m.due_quarter, m.status, m.percent, (as_of - due).days))
    return rows


def assess_indicators(snapshot: Snapshot, *, year: int) -> list[IndicatorAssessment]:
    rows = []
    for indicator in snapshot.indicators:
        assessed = [(y, t, a) for y, t, a in indicator.values if y <= year and t is not None and a is not None]
        if not assessed:
            continue
        y, target, actual = assessed[-1]
        assert target is not None and actual is not None
        final_target = next((t for _, t, _ in reversed(indicator.values) if t is not None), target)
        lower = indicator.baseline_value is not None and final_target < indicator.baseline_value
        behind = actual > target if lower else actual < target
        p = indicator.project
        rows.append(IndicatorAssessment(p.country, p.city, p.code, p.title, indicator.name, indicator.unit, y,
                                        target, actual, "lower" if lower else "higher", behind))
    return rows


def funding_totals(snapshot: Snapshot) -> tuple[list[FundingTotal], dict[str, Decimal]]:
    amounts: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    usd: dict[tuple[str, str, str], Decimal | None] = {}
    counts: Counter[tuple[str, str, str]] = Counter()
    usd_by_type: dict[str, Decimal] = {kind: Decimal("0.00") for kind in FUNDING_TYPES}  # in this order
    given: set[str] = set()
    for source in snapshot.funding:
        key = (source.project.country, source.project.currency, source.type)
        amounts[key] += source.amount
        counts[key] += 1
        share = source.project.usd_share(source.amount)
        if share is not None:
            usd[key] = (usd.get(key) or Decimal("0.00")) + share
            usd_by_type[source.type] = usd_by_type.get(source.type, Decimal("0.00")) + share
            given.add(source.type)
        else:
            usd.setdefault(key, None)
    type_order = {kind: n for n, kind in enumerate(FUNDING_TYPES)}
    keys = sorted(amounts, key=lambda k: (k[0], k[1], type_order.get(k[2], len(type_order))))
    return [FundingTotal(c, cur, t, amounts[(c, cur, t)], usd.get((c, cur, t)), counts[(c, cur, t)])
            for c, cur, t in keys], {kind: amount for kind, amount in usd_by_type.items() if kind in given}


def usd_total(projects: Iterable[ProjectFacts]) -> Decimal | None:
    """The sum of the USD equivalents the projects gave; None when none gave one (not a fake zero)."""
    given = [p.budget_usd for p in projects if p.budget_usd is not None]
    return sum(given, Decimal("0.00")) if given else None


def partner_pairings(snapshot: Snapshot, reference: ReferenceData) -> list[PartnerPairing]:
    grouped: dict[tuple[str, str, str], list[ProjectFacts]] = defaultdict(list)
    for project in snapshot.projects:
        if project.partner:
            grouped[(project.partner, project.country, project.city)].append(project)
    partner_order = {code: n for n, code in enumerate(reference.partners)}
    city_order = {code: n for n, code in enumerate(reference.cities)}
    keys = sorted(grouped, key=lambda k: (partner_order.get(k[0], len(partner_order)), city_order.get(k[2], 0)))
    return [PartnerPairing(partner, reference.partners.get(partner, partner), country, city, len(grouped[key]),
                           tuple(p.code for p in grouped[key]),
                           usd_total(grouped[key]))
            for key in keys for partner, country, city in [key]]


def default_as_of(year: int, *, today: date | None = None) -> date:
    today = today or datetime.now(UTC).date()
    return min(today, date(year, 12, 31))


def compute(snapshot: Snapshot, reference: ReferenceData, *, year: int, wanted: MonitoringFilter = MonitoringFilter(),
            as_of: date | None = None) -> Monitoring:
    """Every monitoring table for `year`, narrowed by `wanted`."""
    cycle = reference.cycle(snapshot.cycle)
    if year not in cycle.years:
        raise ValidationError(_("{year} is not a year of the {code} cycle; choose a year from "
                              "{start_year} to {end_year}.").format(
                                  year=year, code=cycle.code, start_year=cycle.start_year, end_year=cycle.end_year))
    # Milestones are judged at the end of the year reported on; whether a report is missing is judged
    # today (its deadline is in the next year, so 31 December would call every absent report "not yet due").
    reported_by = as_of or datetime.now(UTC).date()
    as_of = as_of or default_as_of(year)
    seen = filter_snapshot(snapshot, wanted, reference)
    table = completeness(seen, reference, year=year, as_of=reported_by, wanted=wanted)
    overdue = overdue_milestones(seen, as_of=as_of)
    indicators = assess_indicators(seen, year=year)
    funding, usd_by_type = funding_totals(seen)
    projects = list(seen.projects)
    seeking = [p for p in projects if p.seeks_private_partner and p.status in OPEN_PROJECT_STATUSES]
    pairings = partner_pairings(seen, reference)
    states = Counter(row.state for row in table)
    city_names = {code: reference.city_name(code) for code in reference.cities}
    summary = Summary(
        cities_expected=len(table) - states["joined"], cities_reported=states["on_time"] + states["late"],
        on_time=states["on_time"], late=states["late"], missing=states["missing"], not_due=states["not_due"],
        joined_this_year=states["joined"], plans=len(seen.plans),
        projects=len(projects), budget_usd=usd_total(projects),
        milestones_overdue=len(overdue), indicators_assessed=len(indicators),
        indicators_behind=sum(1 for i in indicators if i.behind), seeking_private_partner=len(seeking),
        partner_pairings=len(pairings))
    return Monitoring(
        cycle=snapshot.cycle, year=year, as_of=as_of, wanted=wanted, summary=summary, completeness=table,
        by_country=_status_rows(projects, "country", dict(reference.member_states), reference),
        by_city=_status_rows(projects, "city", city_names, reference),
        overdue=overdue, indicators=indicators, funding=funding, funding_usd_by_type=usd_by_type,
        seeking_private=seeking, pairings=pairings, projects=projects,
        growth=network_growth(reference, range(cycle.start_year, year + 1)),
        breakdowns=yearly_breakdowns(seen, reference, range(cycle.start_year, year + 1), wanted))


def monitor(store: Store, reference: ReferenceData, *, cycle: str, year: int,
            wanted: MonitoringFilter = MonitoringFilter(), as_of: date | None = None,
            include_local: bool = False) -> Monitoring:
    """Load and compute in one call (CLI, report, tests)."""
    snapshot = load_snapshot(store, reference, cycle=cycle, include_local=include_local)
    return compute(snapshot, reference, year=year, wanted=wanted, as_of=as_of)


def has_imported_plans(store: Store) -> bool:
    """True once any plan was imported (the dashboard then shows imported plans only by default)."""
    with store.read() as session:
        return session.scalars(select(PlanRow.id).where(PlanRow.origin == "imported").limit(1)).first() is not None
