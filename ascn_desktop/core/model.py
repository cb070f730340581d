"""The domain: a city's action plan and what it holds.

Plain dataclasses, independent of the store and of Qt. The store maps them to
rows (``store/mapping.py``), bundles serialise them to canonical JSON, the
editor edits copies of them and hands them back to ``core/plans.py``.

Amounts are ``Decimal`` (see ``core/money.py``); codes (focus areas, outcomes,
statuses, funding types, partners) are the stable codes of the reference data,
never their labels.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

PLAN_STATUSES = ("draft", "final")
PROJECT_STATUSES = ("planned", "in_progress", "completed", "on_hold", "cancelled")
MILESTONE_STATUSES = ("not_started", "in_progress", "done", "delayed", "cancelled")
FUNDING_TYPES = ("municipal", "national", "private_ppp", "external_partner", "multilateral_bank")
ROLES = ("csco", "nr", "asec")


def new_id() -> str:
    """A fresh stable identifier (UUID4, lower-case text)."""
    return str(uuid.uuid4())


@dataclass
class FundingSource:
    type: str  # one of FUNDING_TYPES
    name: str
    amount: Decimal
    id: str = field(default_factory=new_id)


@dataclass
class Milestone:
    title: str
    due_year: int
    due_quarter: int  # 1..4
    status: str = "not_started"  # one of MILESTONE_STATUSES
    percent: int = 0  # 0..100
    id: str = field(default_factory=new_id)


@dataclass
class IndicatorValue:
    """Target and actual of an indicator for one year of the cycle."""

    year: int
    target: Decimal | None = None
    actual: Decimal | None = None
    evidence: str = ""  # a web address where the actual value can be checked


@dataclass
class Indicator:
    name: str
    unit: str
    baseline_year: int | None = None
    baseline_value: Decimal | None = None
    values: list[IndicatorValue] = field(default_factory=list)  # sorted by year
    id: str = field(default_factory=new_id)

    def value_for(self, year: int) -> IndicatorValue:
        for value in self.values:
            if value.year == year:
                return value
        value = IndicatorValue(year=year)
        self.values.append(value)
        self.values.sort(key=lambda v: v.year)
        return value


@dataclass
class ProgressNote:
    year: int
    text: str
    id: str = field(default_factory=new_id)


@dataclass
class Project:
    """A project or action line of a plan."""

    code: str
    title: str
    description: str = ""
    focus_area: str | None = None  # focus-area code
    outcomes: list[str] = field(default_factory=list)  # outcome codes
    sdgs: list[int] = field(default_factory=list)  # 1..17
    start_year: int | None = None
    end_year: int | None = None
    status: str = "planned"  # one of PROJECT_STATUSES
    lead_agency: str = ""
    budget: Decimal | None = None  # in `currency`
    currency: str = ""  # ISO 4217; defaults to the city's currency
    budget_usd: Decimal | None = None  # optional USD equivalent
    funding: list[FundingSource] = field(default_factory=list)
    seeks_private_partner: bool = False
    private_sector_need: str = ""
    partner: str | None = None  # external-partner code
    risks: str = ""
    milestones: list[Milestone] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    progress_notes: list[ProgressNote] = field(default_factory=list)
    carried_over_from: str | None = None  # project id in the previous cycle's plan
    id: str = field(default_factory=new_id)


@dataclass
class Plan:
    """A city's action plan for one planning cycle."""

    city: str  # city code
    cycle: str  # cycle code, e.g. "2018-2025"
    title: str
    vision: str = ""
    blueprint: str = ""  # the existing blueprint or plan it derives from
    focus_areas: list[str] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    status: str = "draft"  # one of PLAN_STATUSES
    revision: int = 0  # grows by one at each export of changed content
    is_sample: bool = False  # demo data, clearly marked
    carried_over_from: str | None = None  # uuid of the previous cycle's plan
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str = ""
    projects: list[Project] = field(default_factory=list)
    uuid: str = field(default_factory=new_id)


# --- lines of lists: what each list of plans or projects shows, read without loading a whole plan -------------


@dataclass(frozen=True)
class PlanLine:
    """What every list of plans shows of a plan (the main window's, the received plans', the Secretariat's)."""

    uuid: str
    city: str
    city_name: str  # as the officer's language shows it
    country: str
    cycle: str
    title: str
    revision: int


@dataclass(frozen=True)
class ProjectLine:
    """What every table of projects shows of a project (the projects page, the Secretariat's breakdowns)."""

    uuid: str
    position: int
    code: str
    title: str
    focus_area: str | None
    status: str
    start_year: int | None
    end_year: int | None
    budget: Decimal | None
    currency: str
    budget_usd: Decimal | None
    seeks_private_partner: bool
    partner: str | None
    lead_agency: str


@dataclass(frozen=True)
class PlanSummary(PlanLine):
    """One line per plan for lists: what the main window and `ascn plan show` need."""

    id: int  # store row id
    status: str
    origin: str  # "local" or "imported"
    project_count: int
    total_budget: Decimal
    currency: str
    updated_at: datetime | None
    is_sample: bool
