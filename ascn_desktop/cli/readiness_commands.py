"""`ascn plan check CITY`, `ascn plan final CITY`, `ascn plan draft CITY`: readiness and the draft/final status.

`check` exits 1 while readiness errors remain; `final` refuses (exit 1, each
error listed) in the same case, exactly as the editor does.
"""

from __future__ import annotations

import argparse
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json
from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.plans import find_plan_id, get_plan
from ascn_desktop.core.plan_status import set_plan_draft, set_plan_final
from ascn_desktop.core.readiness import check_plan, errors, readiness_summary
from ascn_desktop.core.reference import CityInfo, ReferenceData, load_reference
from ascn_desktop.store.engine import Store
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import _


def _plan_actions(subparsers: Any, common: argparse.ArgumentParser) -> Any:
    """The sub-actions of `ascn plan`, shared with other modules (created here if nobody has yet)."""
    plan = subparsers.choices.get("plan")
    if plan is None:
        plan = subparsers.add_parser("plan", parents=[common], help=_("plans of the store"))
    for action in plan._actions:  # argparse offers no public accessor for an existing subparsers action
        if isinstance(action, argparse._SubParsersAction):
            return action
    return plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    actions = _plan_actions(subparsers, common)
    check = command(actions, cmd_plan_check, "check", parents=[common],
                               help=_("readiness check of a city's plan (exit status 1 while errors remain)"))
    check.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
    check.add_argument("--cycle", help=_("planning cycle (default: the city's newest)"))
    add_json_flag(check)

    if "final" not in actions.choices:
        final = command(actions, cmd_plan_final, "final", parents=[common],
                                   help=_("mark a city's plan final (refused while readiness errors remain)"))
        final.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
        final.add_argument("--cycle", help=_("planning cycle (default: the city's newest)"))
    if "draft" not in actions.choices:
        draft = command(actions, cmd_plan_draft, "draft", parents=[common],
                        help=_("reopen a city's final plan as a draft"))
        draft.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
        draft.add_argument("--cycle", help=_("planning cycle (default: the city's newest)"))


def _local_plan(store: Store, reference: ReferenceData, city_text: str, cycle: str | None,
                *, origin: str | None = None) -> tuple[CityInfo, int]:
    city = reference.find_city(city_text)
    plan_id = find_plan_id(store, city.code, cycle, origin=origin)
    if plan_id is None:
        if cycle:
            sentence = (_("{city} has no local plan for the {cycle} cycle in this store yet.") if origin
                        else _("{city} has no plan for the {cycle} cycle in this store yet."))
        else:
            sentence = (_("{city} has no local plan in this store yet.") if origin
                        else _("{city} has no plan in this store yet."))
        raise NotFoundError(sentence.format(city=city.name, cycle=cycle))
    return city, plan_id


def cmd_plan_final(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city, plan_id = _local_plan(store, reference, args.city, args.cycle, origin="local")
        remaining = set_plan_final(store, plan_id, reference)
    print(_("The plan of {name} is now final.").format(name=city.name))
    for finding in remaining:
        print(visible(f"  warning {finding.message}"))
    return 0


def cmd_plan_draft(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city, plan_id = _local_plan(store, reference, args.city, args.cycle, origin="local")
        set_plan_draft(store, plan_id)
    print(_("The plan of {name} is a draft again.").format(name=city.name))
    return 0


def cmd_plan_check(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city, plan_id = _local_plan(store, reference, args.city, args.cycle)
        plan = get_plan(store, plan_id)
    findings = check_plan(plan, reference)
    failed = bool(errors(findings))
    if args.json:
        print_json({"city": city.code, "city_name": city.name, "cycle": plan.cycle, "plan_uuid": plan.uuid,
                    "ready": not failed, "summary": readiness_summary(findings),
                    "findings": [{"severity": f.severity, "code": f.code, "message": f.message,
                                  "project_id": f.project_id, "field": f.field} for f in findings]})
        return 1 if failed else 0
    print(visible(f"{plan.title} — {city.name}, {plan.cycle}: {readiness_summary(findings)}"))
    for finding in findings:
        mark = "ERROR  " if finding.severity == "error" else "warning"
        print(visible(f"  {mark} {finding.message}"))
    return 1 if failed else 0
