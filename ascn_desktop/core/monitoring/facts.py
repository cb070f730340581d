"""What monitoring reads from the store: the snapshot's types, and the filter that narrows it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from ascn_desktop.core.model import PlanLine, ProjectLine
from ascn_desktop.core.reference import ReferenceData

CENT = Decimal("0.01")


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
