"""The network's growth and the Secretariat's breakdowns, year by year.

The Secretariat's public monitoring reports count, for each year, the
network's cities and the projects of the cities' reports by country, city,
focus area and status (ongoing, planning, completed). These functions give the
same figures so the two can be compared line by line:

* **Growth**: for each year of the cycle, the cities in the network (joined in
  or before the year and not left before it), those that joined that year and
  the member states with at least one city.
* **Breakdowns**: for each year Y up to the one monitored, the projects of each
  city's report in Y's reporting season (the first revision it signed from Y's
  window opening to the next year's; a city that sent nothing in that season
  adds nothing to Y, so a late report is never counted twice), grouped by country, city and
  focus area, counted by the Secretariat's three statuses. Our five statuses
  map onto them as ``SECRETARIAT_STATUSES`` says; cancelled projects are not
  counted, as in the Secretariat's reports.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ascn_desktop.core.reference import ReferenceData

SECRETARIAT_STATUSES: dict[str, tuple[str, ...]] = {
    "ongoing": ("in_progress", "on_hold"),
    "planning": ("planned",),
    "completed": ("completed",),
}
_SECRETARIAT_STATUS = {ours: theirs for theirs, codes in SECRETARIAT_STATUSES.items() for ours in codes}
DIMENSIONS = ("country", "city", "focus_area")


@dataclass(frozen=True)
class GrowthRow:
    year: int
    cities: int
    member_states: int
    joined: tuple[str, ...]  # city codes that joined this year
    left: tuple[str, ...]  # city codes whose last year was the one before


@dataclass(frozen=True)
class BreakdownRow:
    year: int
    dimension: str  # country | city | focus_area
    code: str
    name: str
    ongoing: int
    planning: int
    completed: int

    @property
    def total(self) -> int:
        return self.ongoing + self.planning + self.completed


def network_growth(reference: ReferenceData, years: range) -> list[GrowthRow]:
    rows = []
    for year in years:
        present = reference.cities_in(year)
        rows.append(GrowthRow(
            year, len(present), len({city.country for city in present}),
            tuple(city.code for city in present if city.joined_year == year),
            tuple(code for code, city in reference.cities.items() if city.left_year == year - 1)))
    return rows


ReportedProject = tuple[str, str, str | None, str]  # (country, city, focus area, our status)


def project_breakdowns(reports: dict[int, list[ReportedProject]], reference: ReferenceData) -> list[BreakdownRow]:
    """Rows per year and dimension, in reference order (countries, cities, focus areas)."""
    names = {"country": dict(reference.member_states),
             "city": {code: city.name for code, city in reference.cities.items()},
             "focus_area": dict(reference.vocab.get("focus_areas", {}))}
    rows: list[BreakdownRow] = []
    for year in sorted(reports):
        for dimension_index, dimension in enumerate(DIMENSIONS):
            counts: dict[str, Counter[str]] = {}
            for project in reports[year]:
                status = _SECRETARIAT_STATUS.get(project[3])
                if status is None:
                    continue
                key = project[dimension_index] or ""
                counts.setdefault(key, Counter())[status] += 1
            order = {code: n for n, code in enumerate(names[dimension])}
            for key in sorted(counts, key=lambda k: (order.get(k, len(order)), k)):
                count = counts[key]
                rows.append(BreakdownRow(year, dimension, key, names[dimension].get(key, key or "—"),
                                         count["ongoing"], count["planning"], count["completed"]))
    return rows
