"""What a new project starts with: a code following the plan's own pattern, the cycle's years, the city's currency.

The project page offers these; the officer may change every one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import cache

from ascn_desktop.core.model import Plan, Project
from ascn_desktop.core.reference import ReferenceData


@cache
def _code_pattern() -> re.Pattern[str]:
    return re.compile(r"^(.*?)(\d+)$")  # compiled at first use, not at import (start-up time)


def next_project_code(codes: Iterable[str]) -> str:
    """A code following the plan's own pattern ('HN-06' -> 'HN-07'), 'P-01' for a plan without one."""
    taken = set(codes)
    matches = [match for code in taken if (match := _code_pattern().match(code))]
    patterns = Counter(match.group(1) for match in matches)
    prefix = patterns.most_common(1)[0][0] if patterns else "P-"
    numbers = [int(match.group(2)) for match in matches if match.group(1) == prefix]
    width = max((len(match.group(2)) for match in matches), default=2)
    number = max(numbers, default=0) + 1
    while f"{prefix}{number:0{width}d}" in taken:
        number += 1
    return f"{prefix}{number:0{width}d}"


def new_project(plan: Plan, codes: Iterable[str], reference: ReferenceData, *, title: str,
                today: date | None = None) -> Project:
    """A project to add at the end of `plan`: the next code, this year (within the cycle) to the cycle's end."""
    cycle = reference.cycles.get(plan.cycle)
    city = reference.cities.get(plan.city)
    this_year = (today or date.today()).year
    start = min(max(this_year, cycle.start_year), cycle.end_year) if cycle else None
    return Project(code=next_project_code(codes), title=title, currency=city.currency if city else "",
                   start_year=start, end_year=cycle.end_year if cycle else None)
