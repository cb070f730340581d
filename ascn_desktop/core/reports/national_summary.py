"""The national summary: what a National Representative endorses, as plain data.

A ``NationalSummary`` holds everything the national summary PDF (and Excel)
prints, already labelled, so the renderers need no store and no reference
data. Build it from the country's plans with ``build_national_summary``::

    reviews = {rp.uuid: PlanReview(status=rp.review_status, signer_name=rp.signer,
                                   signer_fingerprint=rp.signer_fingerprint, received_at=rp.imported_at)
               for rp in received_plans(store, country="VNM")}
    plans = [get_plan(store, rp.plan_id) for rp in accepted]
    summary = build_national_summary(plans, reference, country="VNM", cycle="2018-2025",
                                     endorsement_note=text, reviews=reviews)
    pdf = national_summary_pdf_bytes(summary, signer_name=…, signer_fingerprint=…, generated_at=…)

Amounts stay ``Decimal`` in each city's own currency (cities of one member
state normally share it; the renderers total per currency, never across).
Codes (focus areas, funding types) are kept as codes, with their labels in
``focus_area_labels`` / ``funding_type_labels`` in reference order.
Pure: no Qt, no store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ascn_desktop.core.model import Plan
from ascn_desktop.core.reference import ReferenceData

__all__ = ["CitySummary", "NationalSummary", "PlanReview", "PrivatePartnerProject", "build_national_summary",
           "city_summary"]


@dataclass(frozen=True)
class PlanReview:
    """What the receiving side knows about a plan beyond its content."""

    status: str = ""  # "received" | "accepted" | "returned" | "" (not reviewed)
    signer_name: str = ""  # the CSCO who signed the city bundle
    signer_fingerprint: str = ""
    received_at: datetime | None = None


@dataclass(frozen=True)
class CitySummary:
    """One city's plan, summarised: one row of the national tables."""

    city_code: str
    city_name: str  # local spelling, e.g. "Hà Nội"
    plan_title: str
    plan_uuid: str
    revision: int
    plan_status: str  # "draft" | "final"
    review_status: str  # see PlanReview.status
    project_count: int
    currency: str  # the city's currency (ISO 4217); amounts below are in it
    total_budget: Decimal  # sum of project budgets in `currency`
    total_budget_usd: Decimal | None  # sum of the projects' USD equivalents where given; None if none was
    budget_by_funding_type: dict[str, Decimal] = field(default_factory=dict)  # funding-type code -> amount
    projects_by_focus_area: dict[str, int] = field(default_factory=dict)  # focus-area code -> count
    projects_seeking_partner: int = 0
    signer_name: str = ""
    signer_fingerprint: str = ""
    received_at: datetime | None = None
    is_sample: bool = False


@dataclass(frozen=True)
class PrivatePartnerProject:
    """A project that seeks a private-sector solution provider (ASCN goal: bankable projects)."""

    city_code: str
    city_name: str
    project_code: str
    title: str
    focus_area: str  # code ("" if none)
    need: str  # what the private partner is sought for
    budget: Decimal | None
    currency: str
    budget_usd: Decimal | None


@dataclass(frozen=True)
class NationalSummary:
    country: str  # ISO 3166-1 alpha-3
    country_name: str
    cycle: str  # cycle code, e.g. "2018-2025"
    cycle_label: str
    cities: tuple[CitySummary, ...]
    private_partner_projects: tuple[PrivatePartnerProject, ...] = ()
    endorsement_note: str = ""  # the NR's endorsement text (may hold several paragraphs)
    focus_area_labels: dict[str, str] = field(default_factory=dict)  # code -> label, reference order
    funding_type_labels: dict[str, str] = field(default_factory=dict)
    currency_decimals: dict[str, int] = field(default_factory=dict)  # e.g. {"VND": 0, "USD": 2}

    @property
    def is_sample(self) -> bool:
        return any(city.is_sample for city in self.cities)

    @property
    def project_count(self) -> int:
        return sum(city.project_count for city in self.cities)

    def totals_by_currency(self) -> dict[str, Decimal]:
        """Total budget per currency over all cities."""
        totals: dict[str, Decimal] = {}
        for city in self.cities:
            totals[city.currency] = totals.get(city.currency, Decimal(0)) + city.total_budget
        return totals

    def total_usd(self) -> Decimal | None:
        """The USD equivalents given, summed over all cities; None when no city gave any."""
        given = [city.total_budget_usd for city in self.cities if city.total_budget_usd is not None]
        return sum(given, Decimal(0)) if given else None

    def decimals(self, currency: str) -> int:
        return self.currency_decimals.get(currency, 2)


def city_summary(plan: Plan, reference: ReferenceData, *, review: PlanReview | None = None) -> CitySummary:
    """Summarise one plan. Amounts in a currency other than the city's are left out of its totals
    (a plan normally budgets every project in the city's currency; mixing is never summed)."""
    review = review or PlanReview()
    city = reference.cities.get(plan.city)
    currency = city.currency if city else ""
    total = Decimal(0)
    usd: Decimal | None = None  # stays None when no project gave a USD equivalent: "—", not "0.00 USD"
    funding: dict[str, Decimal] = {}
    focus: dict[str, int] = {}
    for project in plan.projects:
        in_currency = (project.currency or currency) == currency
        if project.budget is not None and in_currency:
            total += project.budget
        if project.budget_usd is not None:
            usd = (usd or Decimal(0)) + project.budget_usd
        if in_currency:
            for source in project.funding:
                funding[source.type] = funding.get(source.type, Decimal(0)) + source.amount
        code = project.focus_area or ""
        focus[code] = focus.get(code, 0) + 1
    return CitySummary(
        city_code=plan.city, city_name=reference.city_name(plan.city), plan_title=plan.title,
        plan_uuid=plan.uuid, revision=plan.revision, plan_status=plan.status, review_status=review.status,
        project_count=len(plan.projects), currency=currency, total_budget=total, total_budget_usd=usd,
        budget_by_funding_type=funding, projects_by_focus_area=focus,
        projects_seeking_partner=sum(1 for p in plan.projects if p.seeks_private_partner),
        signer_name=review.signer_name, signer_fingerprint=review.signer_fingerprint,
        received_at=review.received_at, is_sample=plan.is_sample,
    )


def build_national_summary(plans: Sequence[Plan], reference: ReferenceData, *, country: str, cycle: str,
                           endorsement_note: str = "",
                           reviews: Mapping[str, PlanReview] | None = None) -> NationalSummary:
    """The summary of `plans` (one per city; those of other countries or cycles are ignored),
    cities in reference order. `reviews` is keyed by plan UUID."""
    reviews = reviews or {}
    order = {code: position for position, code in enumerate(reference.cities)}
    chosen = sorted((plan for plan in plans if plan.cycle == cycle and plan.city in reference.cities
                     and reference.cities[plan.city].country == country),
                    key=lambda plan: (order.get(plan.city, len(order)), plan.city))
    partner_projects: list[PrivatePartnerProject] = []
    for plan in chosen:
        city = reference.cities[plan.city]
        for project in plan.projects:
            if project.seeks_private_partner:
                partner_projects.append(PrivatePartnerProject(
                    city_code=plan.city, city_name=reference.city_name(plan.city), project_code=project.code,
                    title=project.title,
                    focus_area=project.focus_area or "", need=project.private_sector_need,
                    budget=project.budget, currency=project.currency or city.currency,
                    budget_usd=project.budget_usd))
    return NationalSummary(  # names and labels in the reader's language (its own script for a city)
        country=country, country_name=reference.country_name(country) or country, cycle=cycle,
        cycle_label=reference.cycle_label(cycle),
        cities=tuple(city_summary(plan, reference, review=reviews.get(plan.uuid)) for plan in chosen),
        private_partner_projects=tuple(partner_projects), endorsement_note=endorsement_note,
        focus_area_labels=dict(reference.vocab.get("focus_areas", {})),
        funding_type_labels=dict(reference.vocab.get("funding_types", {})),
        currency_decimals=dict(reference.currency_decimals),
    )
