"""The annual report as PDF, laid out with the shared kit (core/reports/pdf_kit.py).

Cover, executive summary with charts, completeness, the network-wide tables,
one section per country with a sub-section per city, and an annex of all
projects. Names stay as the cities wrote them (DejaVu Sans is embedded, so
"Hà Nội" and "Đà Nẵng" print on any reader); the labels are in the language
set with ``core.i18n.set_language``. Columns are sized from their texts, so a
long city name or title wraps inside its column in the table's own type.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ascn_desktop.core.i18n import _, format_long_date
from ascn_desktop.core.monitoring import reporting_rules
from ascn_desktop.core.progress import check
from ascn_desktop.core.reports import charts
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.annual_report import (
    STATE_LABELS,
    AnnualReport,
    ReportTable,
    country_label,
    reference_label,
    state_label,
    summary_pairs,
)
from ascn_desktop.core.reports.pdf_kit import CONTENT_WIDTH
from ascn_desktop.core.safe_files import atomic_write

mm = kit.mm


def _text(value: Any, *, money: bool) -> str:
    """A cell's text; an amount nobody gave is "—", never a made-up "0.00"."""
    if value is None:
        return "—" if money else ""
    if isinstance(value, Decimal):
        return kit.money(value, decimals=2) if money else kit.number(value)
    return str(value)


def _section(title: str, key: str) -> list[Flowable]:
    """A level-0 heading that starts a new page rather than end one alone."""
    return [CondPageBreak(35 * mm), kit.heading(title, level=0, key=key)]


def _render(table: ReportTable, *, columns: Sequence[int] | None = None, rows: Sequence[Sequence[Any]] | None = None,
            font_size: float = 7.5, empty: str = "", total: float = CONTENT_WIDTH, total_row: bool = False,
            title: bool = False) -> list[Flowable]:
    """A report table as a kit table, optionally with only some columns and rows.

    Columns are sized from their texts (``kit.column_widths``): long titles wrap in their column,
    in the table's own type, and no text runs into the next column. `empty` is the sentence shown
    instead of a table without rows; with `title`, the table's title is printed above it."""
    chosen = list(columns) if columns is not None else list(range(len(table.header)))
    source = table.rows if rows is None else rows
    story: list[Flowable] = [kit.paragraph(kit.esc(table.title), kit.styles().h3)] if title else []
    if not source:
        return [*story, kit.paragraph(kit.esc(empty or _("None.")), kit.styles().small)]
    header = [table.header[c] for c in chosen]
    cells = [[_text(row[c], money=c in table.money) for c in chosen] for row in source]
    widths = kit.column_widths(header, cells, total=total, font_size=font_size, total_row=total_row)
    numeric = {n for n, c in enumerate(chosen) if c in table.numeric}
    return [*story, kit.data_table(header, cells, col_widths=widths, numeric_columns=numeric, font_size=font_size,
                                   total_row=total_row)]


def _summary_sentence(report: AnnualReport) -> str:
    m = report.monitoring
    s = m.summary
    sentences = [_("For {0}, {1} of {2} ASCN cities sent their annual report ({3} on time, {4} late); "
                   "{5} reports were not received.").format(report.year, s.cities_reported, s.cities_expected,
                                                            s.on_time, s.late, s.missing)]
    if s.not_due:
        sentences.append(_("{0} reports are not yet due.").format(s.not_due))
    if s.joined_this_year == 1:
        sentences.append(_("One city joined the network in {0} and is not yet expected to report.")
                         .format(report.year))
    elif s.joined_this_year:
        sentences.append(_("{0} cities joined the network in {1} and are not yet expected to report.")
                         .format(s.joined_this_year, report.year))
    sentences.append(_("The one plan monitored holds {0} projects.").format(s.projects) if s.plans == 1 else
                     _("The {0} plans monitored hold {1} projects.").format(s.plans, s.projects))
    sentences.append(_("{0} milestones were overdue on {1} and {2} of {3} indicators assessed were behind target.")
                     .format(s.milestones_overdue, m.as_of.isoformat(), s.indicators_behind, s.indicators_assessed))
    return " ".join(sentences)


def _executive(report: AnnualReport) -> list[Flowable]:
    m = report.monitoring
    st = kit.styles()
    story: list[Flowable] = [*_section(_("Executive summary"), "summary"),
                             kit.paragraph(kit.esc(_summary_sentence(report)), st.body)]
    # Counts are ints; the USD total is a Decimal, or None when no project gave one ("—", not "0.00").
    pairs = [(label, _text(value, money=not isinstance(value, int))) for label, value in summary_pairs(m)]
    story.append(kit.key_value_table(pairs, col_widths=(58 * mm, 29 * mm, 58 * mm, 29 * mm)))
    story.append(Spacer(1, 5 * mm))
    states = Counter(row.state for row in m.completeness)
    story.append(charts.bar_chart([(state_label(k), Decimal(states[k])) for k in STATE_LABELS],
                                  title=_("Cities by reporting state, {0}").format(report.year)))
    story.append(Spacer(1, 4 * mm))
    focus = report.reference.vocab.get("focus_areas", {})
    per_focus = Counter(p.focus_area or "" for p in m.projects)
    story.append(charts.bar_chart([(reference_label(report.reference, "focus_areas", code), Decimal(per_focus[code]))
                                   for code in focus], title=_("Projects by focus area")))
    story.append(Spacer(1, 4 * mm))
    story.append(charts.pie_chart(
        [(reference_label(report.reference, "funding_types", k), v) for k, v in m.funding_usd_by_type.items()],
        title=_("Funding by type, USD equivalent"), value_text=lambda v: kit.money(v, "USD", decimals=2)))
    return story


def _network(report: AnnualReport) -> list[Flowable]:
    t = report.tables
    st = kit.styles()
    story: list[Flowable] = [*_section(_("Completeness of reporting"), "completeness")]
    rules = reporting_rules()
    story.append(kit.paragraph(kit.esc(
        _("The report on {0} is the first plan revision a city signed on or after {1}; it is on time if signed "
          "by {2}.").format(report.year, rules.opens(report.year).isoformat(),
                            rules.deadline(report.year).isoformat())), st.small))
    story += _render(t["Completeness"], empty=_("No city is expected to report."))
    story += [*_section(_("The network's growth"), "growth"), *_render(t["Growth"])]
    not_yet = _("No city report was signed in the reporting season of {0}.").format(report.year)
    story += [*_section(_("Projects as the Secretariat counts them"), "breakdowns"),
              kit.paragraph(kit.esc(_(
                  "The projects of each city's report on a year, by status as the Secretariat's monitoring "
                  "reports count them: ongoing (in progress, on hold), planning (planned), completed; "
                  "cancelled projects are not counted.")), st.small),
              *_render(t["Projects by year"], title=True, empty=_("No city report was signed in a reporting season yet.")),
              *_render(t["Reported by country"], title=True, empty=not_yet),
              *_render(t["Reported by focus area"], title=True, empty=not_yet),
              *_render(t["Reported by city"], title=True, empty=not_yet)]
    story += [*_section(_("Projects by focus area and status"), "projects"),
              *_render(t["By country"], empty=_("No projects."))]
    story += [*_section(_("Milestones overdue and indicators behind target"), "progress"),
              kit.paragraph(kit.esc(_("Per country; each city's section lists its overdue milestones and the "
                                      "indicators behind target.")), st.small),
              *_progress_by_country(report)]
    story += [*_section(_("Budgets by funding type"), "funding"),
              *_render(t["Funding"], empty=_("No funding sources are recorded.")), Spacer(1, 3 * mm),
              *_render(t["Funding USD"], total=110 * mm,
                       empty=_("No project gave a USD equivalent of its budget."))]
    story += [*_section(_("Projects seeking a private-sector partner"), "private"),
              *_render(t["Private partner"], columns=(0, 1, 2, 3, 4, 5, 8),
                       empty=_("No open project seeks a private-sector partner."))]
    story += [*_section(_("External-partner pairings"), "partners"),
              *_render(t["Partners"], empty=_("No project names an external partner."))]
    return story


def _progress_by_country(report: AnnualReport) -> list[Flowable]:
    m = report.monitoring
    overdue = Counter(o.country for o in m.overdue)
    late_cities: dict[str, set[str]] = defaultdict(set)
    for o in m.overdue:
        late_cities[o.country].add(o.city)
    assessed = Counter(i.country for i in m.indicators)
    behind = Counter(i.country for i in m.indicators if i.behind)
    rows: list[tuple[Any, ...]] = [
        (country_label(report.reference, code), overdue[code], len(late_cities[code]), assessed[code], behind[code])
        for code in report.reference.member_states if overdue[code] or assessed[code]]
    if not rows:
        return [kit.paragraph(kit.esc(_("No milestone is overdue and no indicator has been assessed.")),
                              kit.styles().small)]
    rows.append((_("All countries"), sum(overdue.values()), sum(len(v) for v in late_cities.values()),
                 sum(assessed.values()), sum(behind.values())))
    table = ReportTable("progress", "", (_("Country"), _("Overdue milestones"), _("Cities affected"),
                                         _("Indicators assessed"), _("Behind target")), rows, frozenset({1, 2, 3, 4}))
    return _render(table, total_row=True)


def _countries(report: AnnualReport, abort: threading.Event | None) -> list[Flowable]:
    m, reference = report.monitoring, report.reference
    t = report.tables
    story: list[Flowable] = [*_section(_("Countries and cities"), "countries")]
    st = kit.styles()
    city_rows = defaultdict(list)
    for row in m.completeness:
        city_rows[row.country].append(row)
    project_rows = defaultdict(list)
    for project_row, project in zip(t["Projects"].rows, m.projects, strict=True):
        project_rows[project.city].append(project_row)
    # Per project, not per milestone: a city section stays readable; the workbook lists every milestone.
    overdue_rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    by_project: dict[tuple[str, str], list[Any]] = {}
    for overdue in m.overdue:
        key = (overdue.city, f"{overdue.project_code} {overdue.project_title}")
        entry = by_project.setdefault(key, [0, (overdue.due_year, overdue.due_quarter), 0])
        entry[0] += 1
        entry[1] = min(entry[1], (overdue.due_year, overdue.due_quarter))
        entry[2] = max(entry[2], overdue.days_overdue)
    for (city_code, project_label), (count, (year, quarter), days) in by_project.items():
        # Days late is a count: grouped per language ("1,188"), unlike the years that share the int path.
        overdue_rows[city_code].append((project_label, count, f"{year} Q{quarter}", kit.number(days)))
    overdue_table = ReportTable("overdue", "", (_("Project"), _("Milestones overdue"), _("Oldest due"),
                                                _("Most days late")), [], frozenset({1, 3}))
    behind_rows = defaultdict(list)
    for indicator_row, indicator in zip(t["Indicators"].rows, m.indicators, strict=True):
        if indicator.behind:
            behind_rows[indicator.city].append(indicator_row)
    country_rows = defaultdict(list)
    for table_row, status_row in zip(t["By country"].rows, m.by_country, strict=True):
        country_rows[status_row.group].append(table_row)
    for code in reference.member_states:
        if not city_rows.get(code):
            continue
        check(abort)
        story.append(kit.heading(country_label(reference, code), level=1, key=f"country-{code}"))
        rows = city_rows[code]
        reported = sum(1 for r in rows if r.state in ("on_time", "late"))
        count = sum(len(project_rows[r.city]) for r in rows)
        story.append(kit.paragraph(kit.esc(_("{0} of {1} cities reported on {2}; {3} projects in the plans "
                                             "monitored.").format(reported, len(rows), report.year, count)), st.body))
        if country_rows[code]:
            story += _render(t["By country"], columns=range(1, 8), rows=country_rows[code])
        for city in rows:
            story.append(kit.heading(city.city_name, level=2, key=f"city-{city.city}"))
            if city.latest_at and city.latest_revision is not None:
                latest = _("latest revision {0} signed {1}").format(city.latest_revision, f"{city.latest_at:%Y-%m-%d}")
            else:
                latest = _("no plan received")
            story.append(kit.paragraph(kit.esc(_("Report on {0}: {1}; {2}.").format(
                report.year, state_label(city.state), latest)), st.small))
            if project_rows[city.city]:
                story += _render(t["Projects"], columns=(2, 3, 4, 5, 8, 9), rows=project_rows[city.city])
            if overdue_rows[city.city]:
                story.append(kit.paragraph(kit.esc(_("Milestones overdue")), st.h3))
                story += _render(overdue_table, rows=overdue_rows[city.city])
            if behind_rows[city.city]:
                story.append(kit.paragraph(kit.esc(_("Indicators behind target")), st.h3))
                story += _render(t["Indicators"], columns=(2, 3, 4, 5, 6, 7), rows=behind_rows[city.city])
    return story


def build_story(report: AnnualReport, *, abort: threading.Event | None = None) -> tuple[list[Flowable], kit.ReportInfo]:
    m = report.monitoring
    rules = reporting_rules()
    generated = kit.utc_stamp(report.generated_at)
    info = kit.ReportInfo(
        title=_("ASCN annual progress report {0}").format(report.year), author=_("ASEAN Secretariat (ASCN)"),
        subject=_("Progress of the ASCN smart city action plans, {0} cycle, year {1}").format(report.cycle, report.year),
        generated_at=report.generated_at,
        header=_("Annual progress report {0} · cycle {1}").format(report.year, report.cycle),
        footer=_("Generated {0} by ASCN Desktop").format(generated), sample=report.sample)
    story = kit.cover_page(info, lines=[
        (_("Planning cycle"), report.reference.cycle_label(report.cycle)),
        (_("Reporting year"), str(report.year)),
        (_("Report deadline"), format_long_date(rules.deadline(report.year))),
        (_("Cities reported"), _("{0} of {1}").format(m.summary.cities_reported, m.summary.cities_expected)),
        (_("Status as of"), format_long_date(m.as_of)),
        (_("Generated"), generated),
    ], note=_("Source: the current revisions of the city plans imported into this ASCN Desktop store. "
              "Amounts are in each project's own currency; USD figures are the cities' own equivalents."))
    story += _executive(report)
    story += _network(report)
    check(abort)
    story += _countries(report, abort)
    story += [*_section(_("Annex: all projects"), "annex"),
              *_render(report.tables["Projects"], columns=(0, 1, 2, 3, 4, 5, 6, 7, 10), font_size=7,
                       empty=_("No projects."))]
    return story, info


def write_pdf(report: AnnualReport, target: Path, *, abort: threading.Event | None = None) -> None:
    story, info = build_story(report, abort=abort)
    check(abort)
    atomic_write(target, kit.build_pdf(story, info))
