"""`ascn reference …`: the reference data this profile holds, signed packs, and the Secretariat's draft."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ascn_desktop.cli.common import CommandFailed, add_json_flag, command, opened_store, print_json, print_listing
from ascn_desktop.cli.identity_commands import add_passphrase_option
from ascn_desktop.core import reference_editing as editing
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.reference_document import PARTNER_KINDS, current_document
from ascn_desktop.core.reference_packs import import_packs
from ascn_desktop.core.signing.identity import require_identity
from ascn_desktop.core.signing.passphrase import obtain_passphrase
from ascn_desktop.core.i18n import _

if TYPE_CHECKING:
    from ascn_desktop.store.engine import Store


def _year(text: str) -> int:
    if not text.isdigit() or not 1967 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(_("'{text}' is not a year").format(text=text))
    return int(text)


def _term(text: str) -> tuple[str, str]:
    code, sep, label = text.partition("=")
    if not sep or not code.strip() or not label.strip():
        raise argparse.ArgumentTypeError(_("'{text}' is not CODE=Label").format(text=text))
    return code.strip(), label.strip()


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    ref = subparsers.add_parser("reference", parents=[common],
                                help=_("reference data: version held, signed packs, the Secretariat's next pack"))
    sub = ref.add_subparsers(dest="reference_command", metavar="ACTION", required=True)

    show = command(sub, cmd_show, "show", parents=[common], help=_("the reference version held and the draft's changes"))
    add_json_flag(show)

    imp = command(sub, cmd_import, "import", parents=[common], help=_("apply signed reference packs (.ascnref)"))
    imp.add_argument("packs", nargs="+", type=Path, metavar="PACK")
    add_json_flag(imp)

    city = command(sub, cmd_add_city, "add-city", parents=[common], help=_("ASEC: add a city to the next pack"))
    city.add_argument("--country", required=True, help=_("ISO3 code of the member state, e.g. LAO"))
    city.add_argument("--name", required=True, help=_("name in local spelling (Latin script)"))
    city.add_argument("--name-en", default="", help=_("English name (default: --name)"))
    city.add_argument("--name-local", default="", help=_("name in the country's own script"))
    city.add_argument("--joined", type=_year, required=True, help=_("year the city joined the network"))
    city.add_argument("--note", default="", help=_("what is uncertain about the record"))
    city.add_argument("--code", default="", help=_("city code (default: COUNTRY-ENGLISH-NAME)"))

    fix = command(sub, cmd_correct_city, "correct-city", parents=[common],
                         help=_("ASEC: correct a city's join or leaving year, local name or note in the next pack"))
    fix.add_argument("code", metavar="CITY_CODE")
    fix.add_argument("--joined", type=_year, default=None)
    fix.add_argument("--left", type=_year, default=None, help=_("the last year the city was in the network"))
    fix.add_argument("--name-local", default=None)
    fix.add_argument("--note", default=None)

    state = command(sub, cmd_add_member_state, "add-member-state", parents=[common],
                    help=_("ASEC: add a member state to the next pack"))
    state.add_argument("--code", required=True, help=_("ISO 3166-1 alpha-3 code"))
    state.add_argument("--name", required=True)
    state.add_argument("--currency", required=True, help=_("ISO 4217 code"))
    state.add_argument("--joined", type=_year, default=None, help=_("year it joined ASEAN"))

    cycle = command(sub, cmd_add_cycle, "add-cycle", parents=[common],
                           help=_("ASEC: add a planning cycle (or publish the code lists of one without)"))
    cycle.add_argument("--start", type=_year, required=True)
    cycle.add_argument("--end", type=_year, required=True)
    cycle.add_argument("--label", required=True)
    cycle.add_argument("--focus-area", type=_term, action="append", default=[], metavar="CODE=Label")
    cycle.add_argument("--outcome", type=_term, action="append", default=[], metavar="CODE=Label")

    partner = command(sub, cmd_add_partner, "add-partner", parents=[common], help=_("ASEC: add a partner or programme"))
    partner.add_argument("--code", required=True)
    partner.add_argument("--name", required=True)
    partner.add_argument("--kind", choices=PARTNER_KINDS, default="other")
    partner.add_argument("--programme-of", default=None, metavar="PARTNER", help=_("the partner running it"))

    preview = command(sub, cmd_preview, "preview", parents=[common], help=_("ASEC: what the next pack changes"))
    add_json_flag(preview)

    sign = command(sub, cmd_sign, "sign", parents=[common], help=_("ASEC: sign the draft as the next pack and write it"))
    sign.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("folder for the .ascnref file"))
    add_passphrase_option(sign)
    add_json_flag(sign)

    discard = command(sub, cmd_discard, "discard", parents=[common], help=_("ASEC: throw the draft away"))


def cmd_show(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        changes = editing.draft_changes(current_document(store), editing.load_draft(store))
    data = {"reference_version": reference.version, "member_states": len(reference.member_states),
            "cities": len(reference.cities), "cycles": list(reference.cycles), "draft_changes": changes}
    if args.json:
        print_json(data)
        return 0
    print(_("Reference data version {version}: {member_states} member states, "
          "{cities} cities, cycles {cycles}.").format(
              version=reference.version, member_states=len(reference.member_states), cities=len(reference.cities),
               cycles=', '.join(reference.cycles)))
    if changes:
        print(_("Draft of the next pack ({changes} changes); 'ascn reference preview' lists them.").format(
            changes=len(changes)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        outcomes = import_packs(store, list(args.packs))
    if args.json:
        print_json([outcome.to_json() for outcome in outcomes])
    else:
        for outcome in outcomes:
            print(f"{outcome.file}: {outcome.message}")
    if any(outcome.status == "refused" for outcome in outcomes):
        raise CommandFailed(1)
    return 0


def _asec_only(args: argparse.Namespace) -> None:
    with opened_store(args) as store:
        if require_identity(store).card.role != "asec":
            raise ValidationError(_("Only the ASEAN Secretariat edits reference data; this profile's identity is "
                                  "not an ASEC identity."))


def _edit_draft(args: argparse.Namespace, edit: Callable[[Store], str], done: str) -> int:
    """Apply one Secretariat edit to the draft and print `done` (a message with {code}) for what it made."""
    _asec_only(args)
    with opened_store(args) as store:
        code = edit(store)
    print(done.format(code=code))
    return 0


def cmd_add_city(args: argparse.Namespace) -> int:
    return _edit_draft(args, lambda store: editing.add_city(
        store, country=args.country, name=args.name, name_en=args.name_en, name_local=args.name_local,
        joined_year=args.joined, note=args.note, code=args.code),
        _("City {code} added to the draft; 'ascn reference sign' issues the pack."))


def cmd_correct_city(args: argparse.Namespace) -> int:
    return _edit_draft(args, lambda store: editing.correct_city(
        store, args.code, joined_year=args.joined, left_year=args.left, name_local=args.name_local, note=args.note),
        _("City {code} corrected in the draft."))


def cmd_add_member_state(args: argparse.Namespace) -> int:
    return _edit_draft(args, lambda store: editing.add_member_state(
        store, code=args.code, name=args.name, currency=args.currency, joined_year=args.joined),
        _("Member state {code} added to the draft."))


def cmd_add_cycle(args: argparse.Namespace) -> int:
    return _edit_draft(args, lambda store: editing.add_cycle(
        store, start_year=args.start, end_year=args.end, label=args.label, focus_areas=args.focus_area,
        outcomes=args.outcome),
        _("Planning cycle {code} added to the draft."))


def cmd_add_partner(args: argparse.Namespace) -> int:
    return _edit_draft(args, lambda store: editing.add_partner(
        store, code=args.code, name=args.name, kind=args.kind, programme_of=args.programme_of),
        _("Partner {code} added to the draft."))


def cmd_preview(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        changes = editing.draft_changes(current_document(store), editing.load_draft(store))
        version = load_reference(store).version + 1
    return print_listing(args, changes, str, empty=_("The draft holds no change yet."),
                         json_rows={"next_version": version, "changes": changes})


def cmd_sign(args: argparse.Namespace) -> int:
    _asec_only(args)
    with opened_store(args) as store:
        passphrase = obtain_passphrase(file=args.passphrase_file, prompt="Passphrase of your signing key: ")
        signed = editing.sign_draft(store, passphrase=passphrase, out_dir=args.out)
    if args.json:
        print_json({"file": signed.path, "reference_version": signed.version, "changes": signed.changes})
    else:
        print(_("Reference data version {version} signed, applied here and written to {path}; "
              "send it to every profile (it also travels inside your review notes).").format(
                  version=signed.version, path=signed.path))
    return 0


def cmd_discard(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        editing.discard_draft(store)
    print(_("The draft of the next reference pack was thrown away."))
    return 0
