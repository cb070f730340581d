"""The ASCN annual progress report: its tables (annual_report_files.py writes them as PDF and Excel).

`ascn report --cycle 2018-2025 --year 2024 --out DIR` and the GUI's "Annual
report…" both call ``annual_report_files.write_annual_report``. The content comes from the
monitoring tables (core/monitoring/) of the *imported* plans (local plans
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

from ascn_desktop.core.i18n import N_, _, label
from ascn_desktop.core.monitoring import Monitoring, MonitoringFilter, compute, load_snapshot
from ascn_desktop.core.reference import ReferenceData
from ascn_desktop.store.engine import Store

Cell = str | int | Decimal | None

# English, marked for the catalogue; shown through _() (state_label) once the language is set.
STATE_LABELS = {"on_time": N_("On time"), "late": N_("Late"), "missing": N_("Not received"),
                "not_due": N_("Not yet due"), "joined": N_("Joined this year")}
REVIEW_LABELS = {"received": N_("Received"), "accepted": N_("Accepted"), "returned": N_("Returned"), None: ""}


def reference_label(reference: ReferenceData, kind: str, code: str | None) -> str:
    """A reference code's label ("focus_areas", "BI") in the current language; "" for no code."""
    return label(kind, code, reference.label(kind, code)) if code else ""


def country_label(reference: ReferenceData, code: str) -> str:
    """A member state's name in the current language."""
    return label("member_states", code, reference.member_states.get(code, code))


def state_label(state: str) -> str:
    """A reporting state ("on_time") in the current language."""
    return _(STATE_LABELS[state]) if state in STATE_LABELS else state


def _review_label(status: str | None) -> str:
    english = REVIEW_LABELS.get(status, status or "")
    return _(english) if english else ""


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
        (_("Cities expected to report"), s.cities_expected),
        (_("Cities that reported"), s.cities_reported),
        (_("… on time"), s.on_time),
        (_("… late"), s.late),
        (_("Not received"), s.missing),
        (_("Not yet due"), s.not_due),
        (_("Joined the network this year"), s.joined_this_year),
        (_("Plans monitored"), s.plans),
        (_("Projects"), s.projects),
        (_("Total budget, USD (where given)"), s.budget_usd),
        (_("Milestones overdue"), s.milestones_overdue),
        (_("Indicators assessed"), s.indicators_assessed),
        (_("Indicators behind target"), s.indicators_behind),
        (_("Seeking a private-sector partner"), s.seeking_private_partner),
        (_("Partner pairings (partner × city)"), s.partner_pairings),
    ]


SECRETARIAT_STATUS_LABELS = (N_("Ongoing"), N_("Planning"), N_("Completed"))
DIMENSION_LABELS = {"country": N_("Country"), "city": N_("City"), "focus_area": N_("Focus area")}


def _joined_text(codes: tuple[str, ...], reference: ReferenceData) -> str:
    if codes and all(reference.cities[code].pilot for code in codes if code in reference.cities):
        return _("the {0} pilot cities").format(len(codes))
    return ", ".join(reference.city_name(code) for code in codes)


def _growth_and_breakdowns(m: Monitoring, reference: ReferenceData) -> list[ReportTable]:
    """The network's growth and the Secretariat's breakdowns (core/monitoring_breakdown.py)."""
    statuses = tuple(_(label) for label in SECRETARIAT_STATUS_LABELS)
    growth = _table("Growth", _("The network's growth by year"),
                    (_("Year"), _("Cities"), _("Member states"), _("Joined that year")),
                    [(g.year, g.cities, g.member_states, _joined_text(g.joined, reference)) for g in m.growth],
                    numeric=(0, 1, 2))
    per_year: dict[int, list[int]] = {}
    for row in m.breakdowns:
        if row.dimension == "country":
            totals = per_year.setdefault(row.year, [0, 0, 0])
            for index, value in enumerate((row.ongoing, row.planning, row.completed)):
                totals[index] += value
    yearly = _table("Projects by year", _("Projects of the cities' reports, by year and status"),
                    (_("Year"), *statuses, _("Total")),
                    [(year, *totals, sum(totals)) for year, totals in sorted(per_year.items())],
                    numeric=range(0, 5))
    tables = [growth, yearly]
    for dimension, label in DIMENSION_LABELS.items():
        tables.append(_table(
            f"Reported by {dimension.replace('_', ' ')}",
            _("Projects of the reports on {0} by {1} and status").format(m.year, _(label).lower()),
            (_(label), *statuses, _("Total")),
            [(row.name, row.ongoing, row.planning, row.completed, row.total)
             for row in m.breakdowns if row.year == m.year and row.dimension == dimension],
            numeric=range(1, 5)))
    tables.append(_table(
        "Breakdowns", _("Projects of the cities' reports by year, country, city and focus area"),
        (_("Year"), _("Breakdown"), _("Code"), _("Name"), *statuses, _("Total")),
        [(row.year, _(DIMENSION_LABELS[row.dimension]), row.code, row.name, row.ongoing, row.planning,
          row.completed, row.total) for row in m.breakdowns], numeric=(0, 4, 5, 6, 7)))
    return tables


def annual_report_tables(m: Monitoring, reference: ReferenceData) -> dict[str, ReportTable]:
    """Every table of the report, in report order."""
    city_name = {code: reference.city_name(code) for code in reference.cities}
    tables = [*_reporting_tables(m), *_growth_and_breakdowns(m, reference), *_status_tables(m, reference),
              *_progress_tables(m, reference, city_name), *_funding_tables(m, reference, city_name),
              _projects_annex(m, reference, city_name)]
    return {table.key: table for table in tables}


def _reporting_tables(m: Monitoring) -> list[ReportTable]:
    """The executive summary and who reported on the year."""
    return [
        _table("Summary", _("Executive summary"), (_("Figure"), _("Value")), list(summary_pairs(m)), numeric=(1,)),
        _table("Completeness", _("Completeness of reporting on {0}").format(m.year),
               (_("Country"), _("City"), _("Report"), _("Signed"), _("Rev."), _("Latest rev."), _("Latest signed"),
                _("Review")),
               [(r.country, r.city_name, state_label(r.state), _when(r.reported_at), r.report_revision,
                 r.latest_revision, _when(r.latest_at), _review_label(r.review_status))
                for r in m.completeness], numeric=(4, 5)),
    ]


def _status_tables(m: Monitoring, reference: ReferenceData) -> list[ReportTable]:
    """Projects by focus area and status, per country then per city."""
    statuses = reference.vocab.get("project_statuses", {})
    status_codes = list(statuses) or ["planned", "in_progress", "completed", "on_hold", "cancelled"]
    tables: list[ReportTable] = []
    for key, title, rows in (("By country", _("Projects by focus area and status, per country"), m.by_country),
                             ("By city", _("Projects by focus area and status, per city"), m.by_city)):
        tables.append(_table(
            key, title, (_("Country") if key == "By country" else _("City"), _("Focus area"),
                         *(reference_label(reference, "project_statuses", s) for s in status_codes), _("Total")),
            [(country_label(reference, r.group) if key == "By country" else r.group_name,
              reference_label(reference, "focus_areas", r.focus_area) or "—",
              *(r.counts.get(s, 0) for s in status_codes), r.total) for r in rows],
            numeric=range(2, 3 + len(status_codes))))
    return tables


def _progress_tables(m: Monitoring, reference: ReferenceData, city_name: dict[str, str]) -> list[ReportTable]:
    """Overdue milestones and indicators against target."""
    return [
        _table("Overdue milestones", _("Milestones overdue on {0}").format(m.as_of.isoformat()),
               (_("Country"), _("City"), _("Project"), _("Milestone"), _("Due"), _("Status"), _("Done %"),
                _("Days late")),
               [(o.country, city_name.get(o.city, o.city), f"{o.project_code} {o.project_title}", o.milestone,
                 f"{o.due_year} Q{o.due_quarter}", reference_label(reference, "milestone_statuses", o.status),
                 o.percent, o.days_overdue) for o in m.overdue], numeric=(6, 7)),
        _table("Indicators", _("Indicators against target (latest year up to {0})").format(m.year),
               (_("Country"), _("City"), _("Project"), _("Indicator"), _("Unit"), _("Year"), _("Target"), _("Actual"),
                _("Better"), _("Behind")),
               [(i.country, city_name.get(i.city, i.city), i.project_code, i.indicator, i.unit, i.year, i.target,
                 i.actual, _("higher") if i.direction == "higher" else _("lower") if i.direction == "lower"
                 else i.direction, _("Behind") if i.behind else _("On track")) for i in m.indicators],
               numeric=(5, 6, 7)),
    ]


def _funding_tables(m: Monitoring, reference: ReferenceData, city_name: dict[str, str]) -> list[ReportTable]:
    """Budgets by funding type, projects seeking a private partner, and external-partner pairings."""
    return [
        _table("Funding", _("Budgets by funding type (per country and currency)"),
               (_("Country"), _("Currency"), _("Funding type"), _("Amount"), _("Amount, USD"), _("Sources")),
               [(f.country, f.currency, reference_label(reference, "funding_types", f.funding_type), f.amount,
                 f.amount_usd, f.sources) for f in m.funding], numeric=(5,), money=(3, 4)),
        _table("Funding USD", _("Funding by type, USD equivalent (where given)"), (_("Funding type"), _("Amount, USD")),
               [(reference_label(reference, "funding_types", k), v) for k, v in m.funding_usd_by_type.items()],
               money=(1,)),
        _table("Private partner", _("Bankable projects seeking a private-sector partner"),
               (_("Country"), _("City"), _("Code"), _("Project"), _("Focus area"), _("Status"), _("Budget"),
                _("Currency"), _("Budget, USD"), _("What is sought")),
               [(p.country, city_name.get(p.city, p.city), p.code, p.title,
                 reference_label(reference, "focus_areas", p.focus_area),
                 reference_label(reference, "project_statuses", p.status), p.budget, p.currency, p.budget_usd,
                 p.private_sector_need)
                for p in m.seeking_private], money=(6, 8)),
        _table("Partners", _("External-partner pairings"), (_("Partner"), _("Country"), _("City"), _("Projects"),
                                                            _("Codes"), _("Budget, USD")),
               [(p.partner_name, p.country, city_name.get(p.city, p.city), p.projects, ", ".join(p.project_codes),
                 p.budget_usd) for p in m.pairings], numeric=(3,), money=(5,)),
    ]


def _projects_annex(m: Monitoring, reference: ReferenceData, city_name: dict[str, str]) -> ReportTable:
    return _table("Projects", _("Annex: all projects"),
                  (_("Country"), _("City"), _("Code"), _("Project"), _("Focus area"), _("Status"), _("Start"), _("End"),
                   _("Budget"), _("Currency"), _("Budget, USD"), _("Partner"), _("Seeks private partner")),
                  [(p.country, city_name.get(p.city, p.city), p.code, p.title,
                    reference_label(reference, "focus_areas", p.focus_area),
                    reference_label(reference, "project_statuses", p.status), p.start_year, p.end_year, p.budget,
                    p.currency, p.budget_usd, reference.partners.get(p.partner, p.partner) if p.partner else "",
                    _("Yes") if p.seeks_private_partner else "") for p in m.projects],
                  numeric=(6, 7), money=(8, 10))


def build_annual_report(store: Store, reference: ReferenceData, *, cycle: str, year: int,
                        wanted: MonitoringFilter = MonitoringFilter(), as_of: date | None = None,
                        include_local: bool = False, generated_at: datetime | None = None) -> AnnualReport:
    snapshot = load_snapshot(store, reference, cycle=cycle, include_local=include_local)
    monitoring = compute(snapshot, reference, year=year, wanted=wanted, as_of=as_of)
    return AnnualReport(cycle=cycle, year=year, generated_at=generated_at or datetime.now(UTC),
                        monitoring=monitoring, reference=reference,
                        sample=any(plan.is_sample for plan in snapshot.plans),
                        tables=annual_report_tables(monitoring, reference))
