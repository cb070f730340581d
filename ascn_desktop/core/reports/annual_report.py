"""The ASCN annual progress report: its tables (annual_report_files.py writes them as PDF and Excel).

`ascn report --cycle 2018-2025 --year 2024 --out DIR` and the GUI's "Annual
report…" both call ``annual_report_files.write_annual_report``. The content comes from the
monitoring tables (core/monitoring.py) of the *imported* plans (local plans
only with ``include_local``), so the report and the dashboard never disagree.
``annual_report_tables`` turns them into plain rows once; the PDF
(annual_report_pdf.py) and the workbook (annual_report_xlsx.py) lay out the
same rows, which is why the Excel file holds "the same tables".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from ascn_desktop.core.monitoring import Monitoring, MonitoringFilter, compute, load_snapshot
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store

Cell = str | int | Decimal | None

STATE_LABELS = {"on_time": "On time", "late": "Late", "missing": "Not received", "not_due": "Not yet due",
                "joined": "Joined this year"}
REVIEW_LABELS = {"received": "Received", "accepted": "Accepted", "returned": "Returned", None: ""}


@dataclass(frozen=True)
class ReportTable:
    """One table of the report, as plain cells (Decimal amounts, int counts, text)."""

    key: str  # also the Excel sheet name (<= 31 characters)
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    numeric: frozenset[int] = frozenset()  # columns to right-align
    money: frozenset[int] = frozenset()  # columns holding amounts


@dataclass(frozen=True)
class AnnualReport:
    cycle: str
    year: int
    generated_at: datetime
    monitoring: Monitoring
    reference: ReferenceData
    sample: bool
    tables: dict[str, ReportTable] = field(default_factory=dict)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d") if moment else ""


def _table(key: str, title: str, header: Sequence[str], rows: list[tuple[Cell, ...]], *,
           numeric: Sequence[int] = (), money: Sequence[int] = ()) -> ReportTable:
    return ReportTable(key, title, tuple(header), rows, frozenset(numeric) | frozenset(money), frozenset(money))


def summary_pairs(m: Monitoring) -> list[tuple[str, Cell]]:
    s = m.summary
    return [
        ("Cities expected to report", s.cities_expected),
        ("Cities that reported", s.cities_reported),
        ("… on time", s.on_time),
        ("… late", s.late),
        ("Not received", s.missing),
        ("Not yet due", s.not_due),
        ("Joined the network this year", s.joined_this_year),
        ("Plans monitored", s.plans),
        ("Projects", s.projects),
        ("Total budget, USD (where given)", s.budget_usd),
        ("Milestones overdue", s.milestones_overdue),
        ("Indicators assessed", s.indicators_assessed),
        ("Indicators behind target", s.indicators_behind),
        ("Seeking a private-sector partner", s.seeking_private_partner),
        ("Partner pairings (partner × city)", s.partner_pairings),
    ]


SECRETARIAT_STATUS_LABELS = ("Ongoing", "Planning", "Completed")
DIMENSION_LABELS = {"country": "Country", "city": "City", "focus_area": "Focus area"}


def _joined_text(codes: tuple[str, ...], reference: ReferenceData) -> str:
    if codes and all(reference.cities[code].pilot for code in codes if code in reference.cities):
        return f"the {len(codes)} pilot cities"
    return ", ".join(reference.cities[code].name if code in reference.cities else code for code in codes)


def _growth_and_breakdowns(m: Monitoring, reference: ReferenceData) -> list[ReportTable]:
    """The network's growth and the Secretariat's breakdowns (core/monitoring_breakdown.py)."""
    growth = _table("Growth", "The network's growth by year",
                    ("Year", "Cities", "Member states", "Joined that year"),
                    [(g.year, g.cities, g.member_states, _joined_text(g.joined, reference)) for g in m.growth],
                    numeric=(0, 1, 2))
    per_year: dict[int, list[int]] = {}
    for row in m.breakdowns:
        if row.dimension == "country":
            totals = per_year.setdefault(row.year, [0, 0, 0])
            for index, value in enumerate((row.ongoing, row.planning, row.completed)):
                totals[index] += value
    yearly = _table("Projects by year", "Projects of the cities' reports, by year and status",
                    ("Year", *SECRETARIAT_STATUS_LABELS, "Total"),
                    [(year, *totals, sum(totals)) for year, totals in sorted(per_year.items())],
                    numeric=range(0, 5))
    tables = [growth, yearly]
    for dimension, label in DIMENSION_LABELS.items():
        tables.append(_table(
            f"Reported by {dimension.replace('_', ' ')}",
            f"Projects of the reports on {m.year} by {label.lower()} and status",
            (label, *SECRETARIAT_STATUS_LABELS, "Total"),
            [(row.name, row.ongoing, row.planning, row.completed, row.total)
             for row in m.breakdowns if row.year == m.year and row.dimension == dimension],
            numeric=range(1, 5)))
    tables.append(_table(
        "Breakdowns", "Projects of the cities' reports by year, country, city and focus area",
        ("Year", "Breakdown", "Code", "Name", *SECRETARIAT_STATUS_LABELS, "Total"),
        [(row.year, DIMENSION_LABELS[row.dimension], row.code, row.name, row.ongoing, row.planning,
          row.completed, row.total) for row in m.breakdowns], numeric=(0, 4, 5, 6, 7)))
    return tables


def annual_report_tables(m: Monitoring, reference: ReferenceData) -> dict[str, ReportTable]:
    """Every table of the report, in report order."""
    city_name = {code: city.name for code, city in reference.cities.items()}
    focus = reference.vocab.get("focus_areas", {})
    statuses = reference.vocab.get("project_statuses", {})
    status_codes = list(statuses) or ["planned", "in_progress", "completed", "on_hold", "cancelled"]
    tables = [
        _table("Summary", "Executive summary", ("Figure", "Value"), list(summary_pairs(m)), numeric=(1,)),
        _table("Completeness", f"Completeness of reporting on {m.year}",
               ("Country", "City", "Report", "Signed", "Rev.", "Latest rev.", "Latest signed", "Review"),
               [(r.country, r.city_name, STATE_LABELS.get(r.state, r.state), _when(r.reported_at), r.report_revision,
                 r.latest_revision, _when(r.latest_at), REVIEW_LABELS.get(r.review_status, r.review_status or ""))
                for r in m.completeness], numeric=(4, 5)),
    ]
    tables += _growth_and_breakdowns(m, reference)
    for key, title, rows in (("By country", "Projects by focus area and status, per country", m.by_country),
                             ("By city", "Projects by focus area and status, per city", m.by_city)):
        tables.append(_table(
            key, title, ("Country" if key == "By country" else "City", "Focus area",
                         *(statuses.get(s, s) for s in status_codes), "Total"),
            [(r.group_name, focus.get(r.focus_area or "", r.focus_area or "—"),
              *(r.counts.get(s, 0) for s in status_codes), r.total) for r in rows],
            numeric=range(2, 3 + len(status_codes))))
    tables += [
        _table("Overdue milestones", f"Milestones overdue on {m.as_of.isoformat()}",
               ("Country", "City", "Project", "Milestone", "Due", "Status", "Done %", "Days late"),
               [(o.country, city_name.get(o.city, o.city), f"{o.project_code} {o.project_title}", o.milestone,
                 f"{o.due_year} Q{o.due_quarter}", reference.label("milestone_statuses", o.status), o.percent,
                 o.days_overdue) for o in m.overdue], numeric=(6, 7)),
        _table("Indicators", f"Indicators against target (latest year up to {m.year})",
               ("Country", "City", "Project", "Indicator", "Unit", "Year", "Target", "Actual", "Better", "Behind"),
               [(i.country, city_name.get(i.city, i.city), i.project_code, i.indicator, i.unit, i.year, i.target,
                 i.actual, i.direction, "Behind" if i.behind else "On track") for i in m.indicators],
               numeric=(5, 6, 7)),
        _table("Funding", "Budgets by funding type (per country and currency)",
               ("Country", "Currency", "Funding type", "Amount", "Amount, USD", "Sources"),
               [(f.country, f.currency, reference.label("funding_types", f.funding_type), f.amount, f.amount_usd,
                 f.sources) for f in m.funding], numeric=(5,), money=(3, 4)),
        _table("Funding USD", "Funding by type, USD equivalent (where given)", ("Funding type", "Amount, USD"),
               [(reference.label("funding_types", k), v) for k, v in m.funding_usd_by_type.items()], money=(1,)),
        _table("Private partner", "Bankable projects seeking a private-sector partner",
               ("Country", "City", "Code", "Project", "Focus area", "Status", "Budget", "Currency", "Budget, USD",
                "What is sought"),
               [(p.country, city_name.get(p.city, p.city), p.code, p.title, focus.get(p.focus_area or "", ""),
                 statuses.get(p.status, p.status), p.budget, p.currency, p.budget_usd, p.private_sector_need)
                for p in m.seeking_private], money=(6, 8)),
        _table("Partners", "External-partner pairings", ("Partner", "Country", "City", "Projects", "Codes",
                                                         "Budget, USD"),
               [(p.partner_name, p.country, city_name.get(p.city, p.city), p.projects, ", ".join(p.project_codes),
                 p.budget_usd) for p in m.pairings], numeric=(3,), money=(5,)),
        _table("Projects", "Annex: all projects",
               ("Country", "City", "Code", "Project", "Focus area", "Status", "Start", "End", "Budget", "Currency",
                "Budget, USD", "Partner", "Seeks private partner"),
               [(p.country, city_name.get(p.city, p.city), p.code, p.title, focus.get(p.focus_area or "", ""),
                 statuses.get(p.status, p.status), p.start_year, p.end_year, p.budget, p.currency, p.budget_usd,
                 reference.partners.get(p.partner, p.partner) if p.partner else "",
                 "Yes" if p.seeks_private_partner else "") for p in m.projects],
               numeric=(6, 7), money=(8, 10)),
    ]
    return {table.key: table for table in tables}


def build_annual_report(store: Store, reference: ReferenceData, *, cycle: str, year: int,
                        wanted: MonitoringFilter = MonitoringFilter(), as_of: date | None = None,
                        include_local: bool = False, generated_at: datetime | None = None) -> AnnualReport:
    snapshot = load_snapshot(store, reference, cycle=cycle, include_local=include_local)
    monitoring = compute(snapshot, reference, year=year, wanted=wanted, as_of=as_of)
    return AnnualReport(cycle=cycle, year=year, generated_at=generated_at or datetime.now(UTC),
                        monitoring=monitoring, reference=reference,
                        sample=any(plan.is_sample for plan in snapshot.plans),
                        tables=annual_report_tables(monitoring, reference))
