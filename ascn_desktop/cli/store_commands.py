"""`ascn init`, `ascn cities`, `ascn demo`, `ascn plan show`: the store and its plans.

A plan's summary (`plan show --json`) lists the plan's and each project's fields declared `summary` in core/fields.py.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json, print_listing
from ascn_desktop.core.demo import load_demo
from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.fields import PLAN, PROJECT, summary_row
from ascn_desktop.core.money import format_amount
from ascn_desktop.core.plans import find_plan_id, get_plan, list_plans
from ascn_desktop.core.review_comments import latest_received_review
from ascn_desktop.core.reference import load_reference
from ascn_desktop.store.migrations import inspect_state
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import _


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    init = command(subparsers, cmd_init, "init", parents=[common], help=_("create or upgrade the store"))

    cities = command(subparsers, cmd_cities, "cities", parents=[common], help=_("member states and their ASCN cities"))
    add_json_flag(cities)

    demo = command(subparsers, cmd_demo, "demo", parents=[common],
                   help=_("load sample plans for the 26 pilot cities (2018–2025 cycle)"))

    plan = subparsers.add_parser("plan", parents=[common], help=_("plans of the store"))
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    show = command(plan_sub, cmd_plan_show, "show", parents=[common], help=_("summary of a city's plan"))
    show.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
    show.add_argument("--cycle", help=_("planning cycle (default: the city's newest)"))
    add_json_flag(show)

    plans = command(plan_sub, cmd_plan_list, "list", parents=[common], help=_("every plan in the store"))
    add_json_flag(plans)


def cmd_init(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        state = inspect_state(store.engine)
        print(_("Store ready at {store_location} (schema {current}).").format(
            store_location=store.profile.store_location, current=state.current))
        if store.backup_made:
            print(_("The previous store was backed up to {backup_made}.").format(backup_made=store.backup_made))
    return 0


def cmd_cities(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
    rows: list[dict[str, Any]] = [
        {"country": code, "country_name": name,
         "cities": [{"code": c.code, "name": c.name, "name_en": c.name_en, "name_local": c.name_local,
                     "pilot": c.pilot, "joined_year": c.joined_year, "left_year": c.left_year, "note": c.note}
                    for c in reference.cities_of(code)]}
        for code, name in reference.member_states.items()
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        names = ", ".join(_city_line(city) for city in row["cities"]) or "(no ASCN city yet)"
        print(f"{row['country']}  {row['country_name']}: {names}")
    count = sum(len(row["cities"]) for row in rows)
    print(_("{count} cities in {rows} member states (reference version {version}).").format(
        count=count, rows=len(rows), version=reference.version))
    return 0


def _city_line(city: dict[str, Any]) -> str:
    """'Chiang Mai (เชียงใหม่, joined 2023)': the local-script name when it differs, the year when not a pilot."""
    extras = [city["name_local"]] if city["name_local"] and city["name_local"] != city["name"] else []
    if not city["pilot"] and city["joined_year"]:
        extras.append(f"joined {city['joined_year']}")
    if city["left_year"]:
        extras.append(f"left {city['left_year']}")
    return f"{city['name']} ({', '.join(extras)})" if extras else str(city["name"])


def cmd_demo(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        added = load_demo(store)
    if added:
        print(_("Loaded sample plans (clearly marked as sample data) for {added} cities.").format(added=added))
    else:
        print(_("Every pilot city already has a plan; nothing was added."))
    return 0


def cmd_plan_show(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city = reference.find_city(args.city)
        plan_id = find_plan_id(store, city.code, args.cycle)
        if plan_id is None:
            cycle_text = f" for the {args.cycle} cycle" if args.cycle else ""
            raise NotFoundError(_("{name} has no plan{cycle_text} in this store yet.").format(
                name=city.name, cycle_text=cycle_text))
        plan = get_plan(store, plan_id)
        review = latest_received_review(store, plan.uuid)
    # The same rule as the plan overview's red box: a returned revision not yet answered by a later export.
    returned = (review is not None and review.status == "returned" and review.revision >= plan.revision)
    budget = sum((p.budget or Decimal(0) for p in plan.projects), start=Decimal(0))  # money: never int
    summary = {
        **summary_row(PLAN, plan), "city_name": city.name, "country": city.country,
        "project_count": len(plan.projects), "total_budget": budget, "currency": city.currency,
        "returned": ({"revision": review.revision, "by": review.reviewer_name, "reason": review.reason}
                     if returned and review is not None else None),
        "projects": [summary_row(PROJECT, project) for project in plan.projects],
    }
    if args.json:
        print_json(summary)
        return 0
    print(visible(f"{plan.title}"))
    print(f"  City:      {city.name} ({city.country})")
    print(_("  Cycle:     {cycle}    Status: {status}    Revision: {revision}").format(
        cycle=plan.cycle, status=_("final") if plan.status == "final" else _("draft"), revision=plan.revision))
    if returned and review is not None:
        print(visible(_("  Returned:  revision {revision} by {reviewer}: {reason}").format(
            revision=review.revision, reviewer=review.reviewer_name or _("the reviewer"), reason=review.reason)))
    print(_("  Focus:     {focus_areas}").format(
        focus_areas=", ".join(reference.shown_label("focus_areas", f) for f in plan.focus_areas) or "-"))
    print(_("  Projects:  {projects}    Total budget: {budget}").format(
        projects=len(plan.projects), budget=format_amount(budget, city.currency)))
    for project in plan.projects:
        years = f"{project.start_year or '?'}–{project.end_year or '?'}"
        status = reference.shown_label("project_statuses", project.status)
        print(visible(f"    {project.code:<8} {project.title}  [{status}, {years}]"))
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        plans = list_plans(store)
    return print_listing(args, plans, lambda plan: (
        f"{plan.country}  {plan.city_name:<22} {plan.cycle}  r{plan.revision}  {plan.status:<6} "
        f"{plan.project_count:>4} projects  {plan.origin}"),
        empty=_("No plans in this store yet; 'ascn demo' loads sample plans, 'ascn import BUNDLE…' adds received ones."))
