"""The tables monitoring computes for a year (the dashboard, the annual report and the export show them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ascn_desktop.core.monitoring.facts import MonitoringFilter, ProjectFacts
from ascn_desktop.core.monitoring_breakdown import BreakdownRow, GrowthRow

COMPLETENESS_STATES = ("on_time", "late", "missing", "not_due", "joined")


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
