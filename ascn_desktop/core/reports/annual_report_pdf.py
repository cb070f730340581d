"""The annual report as PDF, laid out with the shared kit (core/reports/pdf_kit.py).

Cover, executive summary with charts, completeness, the network-wide tables,
one section per country with a sub-section per city, and an annex of all
projects. Names stay as the cities wrote them (DejaVu Sans is embedded, so
"Hà Nội" and "Đà Nẵng" print on any reader).
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from ascn_desktop.core.monitoring import reporting_rules
from ascn_desktop.core.progress import check
from ascn_desktop.core.reports import charts
from ascn_desktop.core.reports import pdf_kit as kit
from ascn_desktop.core.reports.annual_report import STATE_LABELS, AnnualReport, ReportTable, summary_pairs
from ascn_desktop.core.reports.fonts import FONT, FONT_BOLD
from ascn_desktop.core.safe_files import atomic_write

mm = kit.mm


def _text(value: Any, *, money: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return kit.money(value, decimals=2) if money else kit.number(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return str(value)


def _cells(table: ReportTable, rows: Sequence[Sequence[Any]], wrap: dict[int, float],
           font_size: float) -> list[list[Any]]:
    """Cell texts; a wrapping Paragraph only where the text is wider than its column (ten times slower)."""
    out = []
    for row in rows:
        cells: list[Any] = []
        for column, value in enumerate(row):
            text = _text(value, money=column in table.money)
            room = wrap.get(column)
            if room is not None and text and stringWidth(text, FONT, font_size) > room:
                cells.append(kit.cell(text))
            else:
                cells.append(text)
        out.append(cells)
    return out


def _render(table: ReportTable, widths_mm: Sequence[float], *, columns: Sequence[int] | None = None,
            rows: Sequence[Sequence[Any]] | None = None, wrap: Sequence[int] = (), font_size: float = 7.5,
            empty: str = "None.") -> list[Flowable]:
    """A report table as a kit table, optionally with only some columns and rows."""
    chosen = list(columns) if columns is not None else list(range(len(table.header)))
    source = table.rows if rows is None else rows
    if not source:
        return [kit.paragraph(kit.esc(empty), kit.styles().small)]
    picked = [[row[c] for c in chosen] for row in source]
    sub = ReportTable(table.key, table.title, tuple(table.header[c] for c in chosen), [],
                      frozenset(n for n, c in enumerate(chosen) if c in table.numeric),
                      frozenset(n for n, c in enumerate(chosen) if c in table.money))
    wrap_room = {n: widths_mm[n] * mm - 6 for n, c in enumerate(chosen) if c in wrap}
    return [kit.data_table(sub.header, _cells(sub, picked, wrap_room, font_size),
                           col_widths=[w * mm for w in widths_mm], numeric_columns=sub.numeric, font_size=font_size)]


def _executive(report: AnnualReport) -> list[Flowable]:
    m = report.monitoring
    st = kit.styles()
    story: list[Flowable] = [kit.heading("Executive summary", level=0, key="summary")]
    s = m.summary
    story.append(kit.paragraph(kit.esc(
        f"For {report.year}, {s.cities_reported} of {s.cities_expected} ASCN cities sent their annual report "
        f"({s.on_time} on time, {s.late} late); {s.missing} reports were not received"
        + (f" and {s.not_due} are not yet due" if s.not_due else "") + ". "
        + (f"{s.joined_this_year} {'city' if s.joined_this_year == 1 else 'cities'} joined the network in "
           f"{report.year} and {'is' if s.joined_this_year == 1 else 'are'} not yet expected to report. "
           if s.joined_this_year else "")
        + (f"The one plan monitored holds {s.projects} projects; " if s.plans == 1 else
           f"The {s.plans} plans monitored hold {s.projects} projects; ")
        + f"{s.milestones_overdue} milestones were overdue "
        f"on {m.as_of.isoformat()} and "
        f"{s.indicators_behind} of {s.indicators_assessed} indicators assessed were behind target."), st.body))
    pairs = [(label, _text(value, money=isinstance(value, Decimal))) for label, value in summary_pairs(m)]
    story.append(kit.key_value_table(pairs, col_widths=(62 * mm, 25 * mm, 62 * mm, 25 * mm)))
    story.append(Spacer(1, 5 * mm))
    states = Counter(row.state for row in m.completeness)
    story.append(charts.bar_chart([(STATE_LABELS[k], Decimal(states[k])) for k in STATE_LABELS],
                                  title=f"Cities by reporting state, {report.year}"))
    story.append(Spacer(1, 4 * mm))
    focus = report.reference.vocab.get("focus_areas", {})
    per_focus = Counter(p.focus_area or "" for p in m.projects)
    story.append(charts.bar_chart([(label, Decimal(per_focus[code])) for code, label in focus.items()],
                                  title="Projects by focus area"))
    story.append(Spacer(1, 4 * mm))
    story.append(charts.pie_chart(
        [(report.reference.label("funding_types", k), v) for k, v in m.funding_usd_by_type.items()],
        title="Funding by type, USD equivalent", value_text=lambda v: kit.money(v, "USD", decimals=2)))
    return story


def _network(report: AnnualReport) -> list[Flowable]:
    t = report.tables
    story: list[Flowable] = [kit.heading("Completeness of reporting", level=0, key="completeness")]
    rules = reporting_rules()
    story.append(kit.paragraph(kit.esc(
        f"The report on {report.year} is the first plan revision a city signed on or after "
        f"{rules.opens(report.year).isoformat()}; it is on time if signed by {rules.deadline(report.year).isoformat()}."),
        kit.styles().small))
    story += _render(t["Completeness"], (16, 36, 22, 22, 12, 18, 24, 24))
    story += [kit.heading("The network's growth", level=0, key="growth"),
              *_render(t["Growth"], (16, 18, 26, 110), wrap=(3,))]
    story += [kit.heading("Projects as the Secretariat counts them", level=0, key="breakdowns"),
              Paragraph(kit.esc(
                  "The projects of each city's report on a year, by status as the Secretariat's monitoring "
                  "reports count them: ongoing (in progress, on hold), planning (planned), completed; "
                  "cancelled projects are not counted."), kit.styles().small),
              *_render(t["Projects by year"], (20, 24, 24, 24, 20)), Spacer(1, 3 * mm),
              *_render(t["Reported by country"], (50, 24, 24, 24, 20)), Spacer(1, 3 * mm),
              *_render(t["Reported by focus area"], (50, 24, 24, 24, 20)), Spacer(1, 3 * mm),
              *_render(t["Reported by city"], (50, 24, 24, 24, 20))]
    story += [kit.heading("Projects by focus area and status", level=0, key="projects"),
              *_render(t["By country"], (30, 36, 18, 20, 19, 18, 18, 15))]
    story += [kit.heading("Milestones overdue and indicators behind target", level=0, key="progress"),
              kit.paragraph(kit.esc("Per country; each city's section lists its overdue milestones and the indicators "
                                "behind target."), kit.styles().small),
              *_progress_by_country(report)]
    story += [kit.heading("Budgets by funding type", level=0, key="funding"),
              *_render(t["Funding"], (16, 16, 36, 46, 40, 20)), Spacer(1, 3 * mm),
              *_render(t["Funding USD"], (60, 50))]
    story += [kit.heading("Projects seeking a private-sector partner", level=0, key="private"),
              *_render(t["Private partner"], (12, 30, 16, 46, 30, 20, 20), columns=(0, 1, 2, 3, 4, 5, 8), wrap=(3,))]
    story += [kit.heading("External-partner pairings", level=0, key="partners"),
              *_render(t["Partners"], (46, 16, 30, 16, 38, 28), wrap=(4,))]
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
        (name, overdue[code], len(late_cities[code]), assessed[code], behind[code])
        for code, name in report.reference.member_states.items() if overdue[code] or assessed[code]]
    rows.append(("All countries", sum(overdue.values()), sum(len(v) for v in late_cities.values()),
                 sum(assessed.values()), sum(behind.values())))
    table = ReportTable("progress", "", ("Country", "Overdue milestones", "Cities affected",
                                         "Indicators assessed", "Behind target"), rows, frozenset({1, 2, 3, 4}))
    flow = _render(table, (46, 32, 30, 34, 32))
    for item in flow:
        if hasattr(item, "setStyle"):
            item.setStyle([("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5)])
    return flow


def _countries(report: AnnualReport, abort: threading.Event | None) -> list[Flowable]:
    m, reference = report.monitoring, report.reference
    t = report.tables
    story: list[Flowable] = [kit.heading("Countries and cities", level=0, key="countries")]
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
        overdue_rows[city_code].append((project_label, count, f"{year} Q{quarter}", days))
    overdue_table = ReportTable("overdue", "", ("Project", "Milestones overdue", "Oldest due", "Most days late"),
                                [], frozenset({1, 3}))
    behind_rows = defaultdict(list)
    for indicator_row, indicator in zip(t["Indicators"].rows, m.indicators, strict=True):
        if indicator.behind:
            behind_rows[indicator.city].append(indicator_row)
    by_country = t["By country"].rows
    for code, country_name in reference.member_states.items():
        if not city_rows.get(code):
            continue
        check(abort)
        story.append(kit.heading(country_name, level=1, key=f"country-{code}"))
        rows = city_rows[code]
        reported = sum(1 for r in rows if r.state in ("on_time", "late"))
        count = sum(len(project_rows[r.city]) for r in rows)
        story.append(kit.paragraph(kit.esc(f"{reported} of {len(rows)} cities reported on {report.year}; "
                                       f"{count} projects in the plans monitored."), st.body))
        mine = [row for row in by_country if row[0] == country_name]
        if mine:
            story += _render(t["By country"], (48, 20, 22, 21, 20, 22, 21), columns=range(1, 8), rows=mine)
        for city in rows:
            story.append(kit.heading(city.city_name, level=2, key=f"city-{city.city}"))
            state = STATE_LABELS.get(city.state, city.state)
            latest = (f"latest revision {city.latest_revision} signed {city.latest_at:%Y-%m-%d}"
                      if city.latest_at and city.latest_revision is not None else "no plan received")
            story.append(kit.paragraph(kit.esc(f"Report on {report.year}: {state}; {latest}."), st.small))
            if project_rows[city.city]:
                story += _render(t["Projects"], (16, 56, 34, 20, 32, 16), columns=(2, 3, 4, 5, 8, 9),
                                 rows=project_rows[city.city], wrap=(3, 4))
            if overdue_rows[city.city]:
                story.append(kit.paragraph("Milestones overdue", st.h3))
                story += _render(overdue_table, (100, 26, 22, 26), rows=overdue_rows[city.city], wrap=(0,))
            if behind_rows[city.city]:
                story.append(kit.paragraph("Indicators behind target", st.h3))
                story += _render(t["Indicators"], (18, 60, 20, 14, 20, 20), columns=(2, 3, 4, 5, 6, 7),
                                 rows=behind_rows[city.city], wrap=(3,))
    return story


def build_story(report: AnnualReport, *, abort: threading.Event | None = None) -> tuple[list[Flowable], kit.ReportInfo]:
    m = report.monitoring
    rules = reporting_rules()
    info = kit.ReportInfo(
        title=f"ASCN annual progress report {report.year}", author="ASEAN Secretariat (ASCN)",
        subject=f"Progress of the ASCN smart city action plans, {report.cycle} cycle, year {report.year}",
        generated_at=report.generated_at, header=f"Annual progress report {report.year} · cycle {report.cycle}",
        footer=f"Generated {kit.utc_stamp(report.generated_at)} by ASCN Desktop", sample=report.sample)
    cycle = report.reference.cycles.get(report.cycle)
    story = kit.cover_page(info, lines=[
        ("Planning cycle", cycle.label if cycle else report.cycle),
        ("Reporting year", str(report.year)),
        ("Report deadline", rules.deadline(report.year).isoformat()),
        ("Cities reported", f"{m.summary.cities_reported} of {m.summary.cities_expected}"),
        ("Status as of", m.as_of.isoformat()),
        ("Generated", kit.utc_stamp(report.generated_at)),
    ], note="Source: the current revisions of the city plans imported into this ASCN Desktop store. "
            "Amounts are in each project's own currency; USD figures are the cities' own equivalents.")
    story += _executive(report)
    story += _network(report)
    check(abort)
    story += _countries(report, abort)
    story += [kit.heading("Annex: all projects", level=0, key="annex"),
              *_render(report.tables["Projects"], (11, 22, 14, 45, 24, 16, 10, 10, 22),
                       columns=(0, 1, 2, 3, 4, 5, 6, 7, 10), wrap=(3,), font_size=7)]
    return story, info


def write_pdf(report: AnnualReport, target: Path, *, abort: threading.Event | None = None) -> None:
    story, info = build_story(report, abort=abort)
    check(abort)
    atomic_write(target, kit.build_pdf(story, info))
