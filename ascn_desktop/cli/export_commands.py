"""`ascn export CITY --out DIR`: write the city's plan as a signed bundle and print its path."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json
from ascn_desktop.cli.identity_commands import add_passphrase_option
from ascn_desktop.core.bundles.bundle_export import check_export_allowed, export_bundle
from ascn_desktop.core.errors import NotFoundError
from ascn_desktop.core.signing.passphrase import obtain_passphrase
from ascn_desktop.core.plans import find_plan_id
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.i18n import _


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    export = command(subparsers, cmd_export, "export", parents=[common],
                     help=_("write a signed submission bundle (.ascn)"))
    export.add_argument("city", metavar="CITY", help=_("city name or code, any case, accents optional"))
    export.add_argument("--out", required=True, type=Path, metavar="DIR", help=_("folder for the bundle"))
    export.add_argument("--cycle", help=_("planning cycle (default: the city's newest)"))
    export.add_argument("--draft", action="store_true",
                        help=_("export a plan that is not final (or still has readiness errors) on purpose; "
                             "it travels marked as a draft"))
    add_passphrase_option(export)
    add_json_flag(export)


def cmd_export(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        reference = load_reference(store)
        city = reference.find_city(args.city)
        plan_id = find_plan_id(store, city.code, args.cycle, origin="local")
        if plan_id is None:
            raise NotFoundError(_("{name} has no plan of its own in this store to export.").format(name=city.name))
        # Refusals (no identity, another city, a draft not chosen as such) come before the passphrase prompt.
        readiness = check_export_allowed(store, plan_id, args.out, as_draft=args.draft)
        passphrase = obtain_passphrase(file=args.passphrase_file, prompt="Passphrase of your signing key: ")
        result = export_bundle(store, plan_id, args.out, passphrase=passphrase, as_draft=args.draft)
    if args.json:
        # ASCN JSON holds no floats: the timings (seconds) go out as decimal strings.
        print_json({"path": str(result.path), "revision": result.revision, "revision_raised": result.revision_raised,
                    "fingerprint": result.fingerprint, "sha256": result.sha256, "bundle_uuid": result.bundle_uuid,
                    "size": result.size,
                    "timings": {step: f"{seconds:.3f}" for step, seconds in result.timings.items()}})
        return 0
    signed = _("Signed with {fingerprint}, revision {revision}").format(fingerprint=result.fingerprint,
                                                                        revision=result.revision)
    if not result.revision_raised:
        signed += _(" (content unchanged since the last export: same revision)")
    if readiness.needs_draft_choice:
        signed += _("; it travels marked as a draft")
    print(signed + ".", file=sys.stderr)
    print(result.path)
    return 0
