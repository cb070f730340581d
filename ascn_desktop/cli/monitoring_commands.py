"""`ascn monitor`, `ascn report`, `ascn export-data`: the Secretariat's view of the network."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json
from ascn_desktop.core.data_export import FORMATS, export_data
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.monitoring import MonitoringFilter, monitor
from ascn_desktop.core.reference import ReferenceData, load_reference
from ascn_desktop.core.reports.annual_report import STATE_LABELS
from ascn_desktop.core.reports.annual_report_files import write_annual_report
from ascn_desktop.core.i18n import _


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a year").format(text=text)) from None


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a date like 2025-06-30").format(text=text)) from None


def _cycle_and_year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", default="2018-2025", help=_("planning cycle (default: 2018-2025)"))
    parser.add_argument("--year", type=_year, default=None, help=_("reporting year (default: last year)"))
    parser.add_argument("--as-of", type=_as_of, default=None, metavar="DATE",
                        help=_("date for overdue milestones (default: 31 December of the year, or today)"))
    parser.add_argument("--include-local", action="store_true",
                        help=_("also count local plans of cities with no imported plan (demo stores)"))


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    mon = command(subparsers, cmd_monitor, "monitor", parents=[common],
                                help=_("which cities reported, overdue milestones, indicators behind target"))
    _cycle_and_year(mon)
    mon.add_argument("--country", help=_("ISO3 country code, e.g. VNM"))
    mon.add_argument("--city", help=_("city name or code"))
    mon.add_argument("--focus-area", help=_("focus-area code, e.g. BI"))
    add_json_flag(mon)

    report = command(subparsers, cmd_report, "report", parents=[common],
                                   help=_("the ASCN annual progress report (PDF and Excel) from the imported plans"))
    _cycle_and_year(report)
    report.add_argument("--out", required=True, metavar="DIR", help=_("folder for the PDF and the workbook"))
    add_json_flag(report)

    data = command(subparsers, cmd_export_data, "export-data", parents=[common],
                                 help=_("flat tables for other systems (see docs/data-export.md)"))
    data.add_argument("--format", choices=FORMATS, required=True, help=_("json, csv (one file per table) or xlsx"))
    data.add_argument("--out", required=True, metavar="DIR", help=_("folder to write into"))
    data.add_argument("--cycle", default=None, help=_("only plans of this cycle (default: all cycles)"))
    data.add_argument("--all-revisions", action="store_true", help=_("also imported revisions that were superseded"))
    add_json_flag(data)


def _default_year(reference: ReferenceData, cycle: str, year: int | None) -> int:
    if year is not None:
        return year
    info = reference.cycle(cycle)
    return max(info.start_year, min(info.end_year, datetime.now(UTC).year - 1))


def _filter(reference: ReferenceData, args: argparse.Namespace) -> MonitoringFilter:
    country = args.country.upper() if args.country else None
    if country is not None and country not in reference.member_states:
        raise ValidationError(_("There is no ASEAN member state with code {country}; 'ascn cities' lists them.").format(
            country=args.country))
    city = reference.find_city(args.city).code if args.city else None
    focus = args.focus_area.upper() if args.focus_area else None
    if focus is not None and focus not in reference.vocab.get("focus_areas", {}):
        raise ValidationError(_("There is no focus area {focus_area}; the codes are "
                              "{codes}.").format(
                                  focus_area=args.focus_area, codes=', '.join(reference.vocab.get('focus_areas', {}))))
    return MonitoringFilter(country=country, city=city, focus_area=focus)


def cmd_monitor(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        year = _default_year(reference, args.cycle, args.year)
        result = monitor(store, reference, cycle=args.cycle, year=year, wanted=_filter(reference, args),
                         as_of=args.as_of, include_local=args.include_local)
    if args.json:
        print_json({"cycle": result.cycle, "year": result.year, "as_of": result.as_of, "summary": result.summary,
                    "completeness": result.completeness, "overdue_milestones": result.overdue,
                    "indicators": result.indicators, "funding": result.funding,
                    "funding_usd_by_type": result.funding_usd_by_type, "partner_pairings": result.pairings,
                    "growth": result.growth,
                    "breakdowns": [{"year": row.year, "by": row.dimension, "code": row.code, "name": row.name,
                                    "ongoing": row.ongoing, "planning": row.planning, "completed": row.completed,
                                    "total": row.total} for row in result.breakdowns],
                    "seeking_private_partner": [{"city": p.city, "code": p.code, "title": p.title}
                                                for p in result.seeking_private]})
        return 0
    s = result.summary
    print(_("Cycle {cycle}, report on {year} (milestones as of {as_of}):").format(
        cycle=result.cycle, year=result.year, as_of=result.as_of))
    reported = _("{reported} of {expected} cities reported ({on_time} on time, {late} late), {missing} not "
                 "received, {not_due} not yet due").format(reported=s.cities_reported, expected=s.cities_expected,
                                                           on_time=s.on_time, late=s.late, missing=s.missing,
                                                           not_due=s.not_due)
    if s.joined_this_year:
        reported = _("{reported}; {joined} joined the network this year").format(reported=reported,
                                                                                 joined=s.joined_this_year)
    print(f"  {reported}")
    print("  " + (_("1 plan, {projects} projects, {overdue} milestones overdue, {behind} of {assessed} indicators "
                    "behind target") if s.plans == 1 else
                  _("{plans} plans, {projects} projects, {overdue} milestones overdue, {behind} of {assessed} "
                    "indicators behind target")).format(
        plans=s.plans, projects=s.projects, overdue=s.milestones_overdue, behind=s.indicators_behind,
        assessed=s.indicators_assessed))
    for row in result.completeness:
        latest = f"r{row.latest_revision} {row.latest_at:%Y-%m-%d}" if row.latest_at else "-"
        state = _(STATE_LABELS[row.state])
        print(f"  {row.country}  {row.city_name:<24} {state:<13} " + _("latest {revision}").format(revision=latest))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        year = _default_year(reference, args.cycle, args.year)
        files = write_annual_report(store, cycle=args.cycle, year=year, out_dir=Path(args.out), as_of=args.as_of,
                                    include_local=args.include_local)
    if args.json:
        print_json({"pdf": files.pdf, "xlsx": files.xlsx, "year": year, "cycle": args.cycle})
    else:
        print(_("Annual report {year} written to {pdf} and {xlsx}.").format(
            year=year, pdf=files.pdf, xlsx=files.xlsx))
    return 0


def cmd_export_data(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        written = export_data(store, fmt=args.format, out_dir=Path(args.out), cycle=args.cycle,
                              all_revisions=args.all_revisions)
    if args.json:
        print_json({"files": written})
    else:
        names = ", ".join(p.name for p in written)
        print(_("Wrote 1 file to {folder}: {names}.").format(folder=Path(args.out), names=names) if len(written) == 1
              else _("Wrote {count} files to {folder}: {names}.").format(count=len(written), folder=Path(args.out),
                                                                        names=names))
    return 0
