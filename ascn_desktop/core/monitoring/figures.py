"""Computing the monitoring tables of a year from a snapshot (pure functions, no store)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal

from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.model import FUNDING_TYPES, PROJECT_STATUSES
from ascn_desktop.core.monitoring.facts import MonitoringFilter, ProjectFacts, RevisionFacts, Snapshot, filter_snapshot
from ascn_desktop.core.monitoring.rules import reporting_rules
from ascn_desktop.core.monitoring.snapshot import load_snapshot
from ascn_desktop.core.monitoring.tables import CompletenessRow, FundingTotal, IndicatorAssessment, Monitoring
from ascn_desktop.core.monitoring.tables import OverdueMilestone, PartnerPairing, StatusCountRow, Summary
from ascn_desktop.core.monitoring_breakdown import BreakdownRow, ReportedProject, network_growth, project_breakdowns
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store

OPEN_PROJECT_STATUSES = ("planned", "in_progress", "on_hold")


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
