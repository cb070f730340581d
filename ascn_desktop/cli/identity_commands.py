"""`ascn identity create|show|export-card|change-passphrase`: this profile's signing identity."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json
from ascn_desktop.core.signing.identity import (
    change_passphrase,
    create_identity,
    export_card,
    require_identity,
    role_name,
)
from ascn_desktop.core.model import ROLES
from ascn_desktop.core.signing.passphrase import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, obtain_passphrase
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import _


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=_("read the passphrase from the first line of FILE (else {variable}, "
                               "else a prompt that does not echo)").format(variable=ENV_PASSPHRASE))


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    identity = subparsers.add_parser("identity", parents=[common], help=_("your signing identity (key pair)"))
    sub = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)

    create = command(sub, cmd_create, "create", parents=[common], help=_("create this profile's signing identity"))
    create.add_argument("--name", required=True, help=_("your full name"))
    create.add_argument("--role", required=True, choices=ROLES, help=_("csco, nr or asec"))
    create.add_argument("--country", required=True, metavar="ISO3", help=_("member state code, e.g. VNM"))
    create.add_argument("--city", help=_("your city (name or code); required for a csco"))
    add_passphrase_option(create)

    show = command(sub, cmd_show, "show", parents=[common], help=_("name, role, country, city and fingerprint"))
    add_json_flag(show)

    card = command(sub, cmd_export_card, "export-card", parents=[common], help=_("write your public identity card"))
    card.add_argument("--out", required=True, type=Path, metavar="FILE", help=_("card file (or a folder)"))

    change = command(sub, cmd_change_passphrase, "change-passphrase", parents=[common],
                     help=_("protect the key with a new passphrase"))
    add_passphrase_option(change)
    change.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help=_("read the new passphrase from FILE (else {variable}, else a prompt)").format(
                            variable=ENV_NEW_PASSPHRASE))


def cmd_create(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        passphrase = obtain_passphrase(file=args.passphrase_file, prompt="New passphrase (10+ characters): ",
                                       confirm=True)
        identity = create_identity(store, name=args.name, role=args.role, country=args.country, city=args.city,
                                   passphrase=passphrase)
    print(_("Created the signing identity of {name}.").format(name=identity.name))
    print(f"Fingerprint: {identity.fingerprint}")
    print(_("Keep your passphrase safe: without it nobody, not even you, can sign with this key."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        identity = require_identity(store)
        reference = load_reference(store)
    card = identity.card
    city_name = reference.city_name(card.city) if card.city in reference.cities else (card.city or "")
    if args.json:
        print_json({**card.as_json(), "city_name": city_name or None, "key_file": str(identity.key_file)})
        return 0
    print(visible(_("Name:        {name}").format(name=card.name)))
    print(_("Role:        {role} ({code})").format(role=role_name(card.role), code=card.role))
    print(_("Country:     {country} ({code})").format(
        country=reference.country_name(card.country), code=card.country))
    print(_("City:        {city}").format(city=city_name or "-"))
    print(_("Created:     {created_at:%Y-%m-%d %H:%M} UTC").format(created_at=card.created_at))
    print(_("Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
    return 0


def cmd_export_card(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        identity = require_identity(store)
    path = export_card(identity, args.out)
    print(visible(_("Wrote the identity card of {name} to {path}.").format(name=identity.name, path=path)))
    print(_("Fingerprint: {fingerprint}  (read it out to the receiver by phone)").format(
        fingerprint=identity.fingerprint))
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        identity = require_identity(store)
    old = obtain_passphrase(file=args.passphrase_file, prompt="Current passphrase: ")
    new = obtain_passphrase(file=args.new_passphrase_file, env_var=ENV_NEW_PASSPHRASE,
                            prompt="New passphrase (10+ characters): ", confirm=True)
    change_passphrase(identity, old, new)
    print(_("The passphrase was changed; use the new one from now on."))
    return 0
