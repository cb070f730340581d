"""The reporting calendar: when a year's reporting window opens and when its report is due."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from ascn_desktop.core.resources import resource_path

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
