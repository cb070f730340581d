"""`ascn received`, `ascn review CITY --accept|--return`: deciding on plans received from cities."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json, print_listing
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.consolidation.national_bundle import consolidate
from ascn_desktop.core.signing.passphrase import obtain_passphrase
from ascn_desktop.core.review import ReceivedPlan, find_received_plan, received_plans, review_plan
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import _


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    listing = command(subparsers, cmd_received, "received", parents=[common],
                      help=_("plans imported from cities, with review status"))
    listing.add_argument("--all", action="store_true", help=_("every revision, not only the current ones"))
    add_json_flag(listing)

    review = command(subparsers, cmd_review,
        "review", parents=[common], help=_("accept or return a city's imported plan"),
        description=_("Accept or return the current imported plan of CITY. Returning needs --reason and --out: a "
                    "signed review note is written there for the city to import."))
    review.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
    decision = review.add_mutually_exclusive_group(required=True)
    decision.add_argument("--accept", action="store_true", help=_("accept the plan"))
    decision.add_argument("--return", dest="return_", action="store_true", help=_("return the plan to the city"))
    review.add_argument("--reason", default="", help=_("why (required when returning)"))
    review.add_argument("--comment", action="append", default=[], metavar="WHERE: TEXT",
                        help=_("a comment on the plan or one field, carried in the signed note; WHERE is plan, "
                             "plan.vision, a project code (DN-02) or a project field (DN-02.budget); repeatable"))
    review.add_argument("--out", type=Path, metavar="DIR", help=_("folder for the signed review note"))
    review.add_argument("--cycle", help=_("planning cycle (default: the newest)"))
    review.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=_("file whose first line is your passphrase (else ASCN_PASSPHRASE, else a prompt)"))
    add_json_flag(review)

    national = command(subparsers, cmd_consolidate,
        "consolidate", parents=[common], help=_("NR: sign a national bundle of the country's accepted city plans"),
        description=_("Writes a signed national bundle: every accepted city bundle byte for byte, the national "
                    "summary (Excel and PDF) and your endorsement note."))
    national.add_argument("--country", required=True, metavar="ISO3", help=_("member state code, e.g. VNM"))
    national.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("folder for the national bundle"))
    national.add_argument("--cycle", help=_("planning cycle (default: the newest with accepted plans)"))
    national.add_argument("--endorsement", default="", metavar="TEXT", help=_("your endorsement note"))
    national.add_argument("--endorsement-file", type=Path, metavar="FILE", help=_("read the endorsement note from FILE"))
    national.add_argument("--passphrase-file", type=Path, metavar="FILE",
                          help=_("file whose first line is your passphrase (else ASCN_PASSPHRASE, else a prompt)"))
    add_json_flag(national)


def cmd_received(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        plans = received_plans(store, current_only=not args.all)
    return print_listing(args, plans, _received_line, empty=_("No plan has been imported yet; use 'ascn import BUNDLE…'."))


def _received_line(plan: ReceivedPlan) -> str:
    imported = f"{plan.imported_at:%Y-%m-%d}" if plan.imported_at else "?"
    return visible(_("{country}  {city_name:<24} {cycle}  r{revision:<3} "
                     "{review_status:<9} signed by {signer}, imported {imported}").format(
                         country=plan.country, city_name=plan.city_name, cycle=plan.cycle, revision=plan.revision,
                         review_status=plan.review_status, signer=plan.signer or "?", imported=imported))


def cmd_review(args: argparse.Namespace) -> int:
    decision = "accepted" if args.accept else "returned"
    with opened_store(args) as store:
        plan_id = find_received_plan(store, args.city, args.cycle)
        comments = []
        if args.comment:
            from ascn_desktop.core.plans import get_plan
            from ascn_desktop.core.review_comments import comment_from_text

            reviewed = get_plan(store, plan_id)
            comments = [comment_from_text(reviewed, text) for text in args.comment]
        passphrase = obtain_passphrase(file=args.passphrase_file) if args.out is not None else None
        note = review_plan(store, plan_id, decision, reason=args.reason, note_dir=args.out, passphrase=passphrase,
                           comments=comments)
        [plan] = [p for p in received_plans(store) if p.plan_id == plan_id]
    if args.json:
        print_json({"plan_id": plan_id, "city": plan.city, "revision": plan.revision, "decision": decision,
                    "reason": args.reason, "note": str(note) if note else None})
        return 0
    print(visible(f"{plan.city_name} revision {plan.revision}: {decision}."))
    if note is not None:
        print(visible(_("Review note for the city: {note}").format(note=note)))
    return 0


def cmd_consolidate(args: argparse.Namespace) -> int:
    endorsement = args.endorsement
    if args.endorsement_file is not None:
        try:
            endorsement = args.endorsement_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise AscnError(_("The endorsement file {endorsement_file} cannot be read "
                            "({name__}).").format(
                                endorsement_file=args.endorsement_file, name__=type(exc).__name__)) from None
    with opened_store(args) as store:
        passphrase = obtain_passphrase(file=args.passphrase_file)
        result = consolidate(store, args.country, args.out, passphrase=passphrase, endorsement=endorsement,
                             cycle=args.cycle)
    if args.json:
        print_json({"path": str(result.path), "bundle_uuid": result.bundle_uuid, "cities": list(result.cities),
                    "size": result.size})
        return 0
    plans = "1 city plan" if len(result.cities) == 1 else f"{len(result.cities)} city plans"
    print(_("National bundle with {plans}: {path}").format(plans=plans, path=result.path))
    return 0
