"""`ascn template` and `ascn import-xlsx`: the plan as an Excel workbook and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import CommandFailed, add_json_flag, command, opened_store, print_json
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _, format_number
from ascn_desktop.core.reference import CityInfo, ReferenceData, load_reference
from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.core.workbook.importing import (
    apply_preview,
    preview_new_plan_import,
    WorkbookImportPreview,
    preview_workbook_import,
    template_plan,
    write_template,
)
from ascn_desktop.core.workbook.reader import workbook_city
from ascn_desktop.core.visible_text import visible
from ascn_desktop.store.engine import Store


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    template = command(subparsers, cmd_template, "template", parents=[common],
                                     help=_("write the Excel template of a city's plan to fill in offline"))
    template.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
    template.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("workbook to write"))
    template.add_argument("--empty", action="store_true",
                          help=_("no projects: rows filled in are added to the plan, nothing is removed"))
    template.add_argument("--cycle", help=_("planning cycle (default: the city's newest plan)"))

    importing = command(subparsers, cmd_import_xlsx, "import-xlsx", parents=[common],
                                      help=_("import a filled-in plan workbook (shows the changes first)"))
    importing.add_argument("file", metavar="FILE.xlsx", type=Path)
    importing.add_argument("--city", help=_("the city whose plan the workbook holds (default: the city its "
                           "Overview sheet names)"))
    importing.add_argument("--cycle", help=_("planning cycle (default: the city's newest plan)"))
    importing.add_argument("--dry-run", action="store_true", help=_("show the changes, write nothing"))
    importing.add_argument("--convert-zawgyi", action="store_true",
                           help=_("convert Burmese typed in the Zawgyi encoding to Unicode (without it, such text "
                                "stops the import)"))
    add_json_flag(importing)


def cmd_template(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city = reference.find_city(args.city)
        plan = template_plan(store, city, reference, cycle=args.cycle)
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_suffix(".xlsx")
    write_template(out, plan, reference, empty=args.empty)
    if args.empty or not plan.projects:
        sentence = _("Wrote the empty template of {city}'s {cycle} plan to {path}.")
    elif len(plan.projects) == 1:
        sentence = _("Wrote the template with 1 project of {city}'s {cycle} plan to {path}.")
    else:
        sentence = _("Wrote the template with {count} projects of {city}'s {cycle} plan to {path}.")
    print(sentence.format(city=city.name, cycle=plan.cycle, path=out, count=format_number(len(plan.projects))))
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city = _workbook_city(args, reference)
        preview = _preview(store, args, city, reference)
        applied = False
        if preview.result.ok and not preview.diff.is_empty and not args.dry_run:
            apply_preview(store, preview)
            applied = True
    if args.json:
        data = preview.to_dict()
        data["applied"] = applied
        data["dry_run"] = bool(args.dry_run)
        print_json(data)
        if not preview.result.ok:
            raise CommandFailed(1)
        return 0
    for notice in preview.result.notices:
        print(visible(f"note: {notice}"))
    if not preview.result.ok:
        _print_problems(args.file, preview.result.errors)
        raise CommandFailed(1)
    _print_changes(args, preview, city, reference)
    return 0


def _workbook_city(args: argparse.Namespace, reference: ReferenceData) -> CityInfo:
    """The city named by --city (which must be the workbook's own, when it names one), else the workbook's."""
    named = workbook_city(args.file, reference=reference) if args.city is None else None
    city = named or reference.find_city(args.city)
    if named is None:
        try:
            in_workbook = workbook_city(args.file, reference=reference)
        except AscnError:  # the workbook names no city (or an unknown one): the reader checks the rest
            in_workbook = city
        if in_workbook.code != city.code:
            raise AscnError(_("{file} holds the plan of {workbook_city}, not {city}; "
                            "leave out --city or name the city the workbook is for.").format(
                                file=args.file.name, workbook_city=in_workbook.name, city=city.name))
    return city


def _preview(store: Store, args: argparse.Namespace, city: CityInfo,
             reference: ReferenceData) -> WorkbookImportPreview:
    """What the import would change (Zawgyi texts converted only when asked; else refused)."""
    plan_id = find_plan_id(store, city.code, args.cycle, origin="local")
    if plan_id is None:  # a city's first plan, filled in from an (empty) template
        preview = preview_new_plan_import(store, args.file, city=city, reference=reference, cycle=args.cycle)
    else:
        preview = preview_workbook_import(store, args.file, plan_id=plan_id, reference=reference)
    if preview.zawgyi and args.convert_zawgyi:
        return preview.with_unicode()
    if preview.zawgyi:
        raise AscnError(_("{0} texts in {1} look like Burmese typed in the Zawgyi encoding ({2}); import again "
                          "with --convert-zawgyi to convert them to Unicode. Nothing was changed.").format(
            len(preview.zawgyi), args.file.name, ", ".join(preview.zawgyi[:3])))
    return preview


def _print_problems(file: Path, errors: list[Any]) -> None:
    sentence = (_("ascn: {file} has 1 problem; nothing was imported. Fix these cells and import again:")
                if len(errors) == 1 else
                _("ascn: {file} has {count} problems; nothing was imported. Fix these cells and import again:"))
    print(visible(sentence.format(file=file.name, count=len(errors))), file=sys.stderr)
    for error in errors:
        print(visible(f"  - {error}"), file=sys.stderr)


def _print_changes(args: argparse.Namespace, preview: WorkbookImportPreview, city: CityInfo,
                   reference: ReferenceData) -> None:
    if preview.diff.is_empty:
        print(visible(_("{file} matches {city}'s plan; there is nothing to import.").format(
            file=args.file.name, city=city.name)))
        return
    if preview.plan_id is None:
        print(visible(_("{city} has no {cycle} plan of its own yet; {file} creates it:").format(
            city=city.name, cycle=preview.base.cycle, file=args.file.name)))
    else:
        print(visible(_("Changes in {city}'s {cycle} plan from {file}:").format(
            city=city.name, cycle=preview.base.cycle, file=args.file.name)))
    for line in preview.diff.lines(reference=reference, city_currency=city.currency):
        print(visible(f"  {line}"))
    print(preview.diff.summary())
    print("Dry run: nothing was changed." if args.dry_run else "Imported: the plan now holds these changes.")
    if preview.base.status == "final":
        print((_("The plan would become a draft again; mark it final with 'ascn plan final \"{city}\"' when it is "
                 "ready.") if args.dry_run else
               _("The plan was final and is a draft again; mark it final with 'ascn plan final \"{city}\"' when it "
                 "is ready.")).format(city=city.name))
