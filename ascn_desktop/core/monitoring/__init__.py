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

The package: rules.py (the reporting calendar), facts.py (the snapshot's types and
the filter), snapshot.py (reading it from the store), tables.py (the computed
tables' types), figures.py (computing them). Callers import from here.
"""

from __future__ import annotations

from ascn_desktop.core.monitoring.facts import CENT, FundingFacts, IndicatorFacts, MilestoneFacts, MonitoringFilter
from ascn_desktop.core.monitoring.facts import PlanFacts, ProjectFacts, RevisionFacts, Snapshot, filter_snapshot
from ascn_desktop.core.monitoring.figures import OPEN_PROJECT_STATUSES, assess_indicators, completeness, compute
from ascn_desktop.core.monitoring.figures import default_as_of, funding_totals, monitor, overdue_milestones
from ascn_desktop.core.monitoring.figures import partner_pairings, usd_total, yearly_breakdowns
from ascn_desktop.core.monitoring.rules import ReportingRules, reporting_rules
from ascn_desktop.core.monitoring.snapshot import has_imported_plans, load_snapshot
from ascn_desktop.core.monitoring.tables import COMPLETENESS_STATES, CompletenessRow, FundingTotal, IndicatorAssessment
from ascn_desktop.core.monitoring.tables import Monitoring, OverdueMilestone, PartnerPairing, StatusCountRow, Summary

__all__ = [
    "CENT", "COMPLETENESS_STATES", "OPEN_PROJECT_STATUSES", "CompletenessRow", "FundingFacts", "FundingTotal",
    "IndicatorAssessment", "IndicatorFacts", "MilestoneFacts", "Monitoring", "MonitoringFilter", "OverdueMilestone",
    "PartnerPairing", "PlanFacts", "ProjectFacts", "ReportingRules", "RevisionFacts", "Snapshot", "StatusCountRow",
    "Summary", "assess_indicators", "completeness", "compute", "default_as_of", "filter_snapshot", "funding_totals",
    "has_imported_plans", "load_snapshot", "monitor", "overdue_milestones", "partner_pairings", "reporting_rules",
    "usd_total", "yearly_breakdowns",
]
