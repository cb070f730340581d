"""`ascn verify` and `ascn import`: checking and bringing in bundles from cities, NRs and reviewers."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, opened_store, print_json, write_control
from ascn_desktop.core.bundles.bundle_import import bundle_files, import_bundles
from ascn_desktop.core.bundles.bundle_verify import overall_exit_status, verify_bundle
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.visible_text import visible
from ascn_desktop.core.i18n import N_, _

_STATUS_WORDS = {"valid": N_("VALID"), "untrusted": N_("NOT TRUSTED"), "invalid": N_("REFUSED")}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    verify = command(subparsers, cmd_verify,
        "verify", parents=[common], help=_("check signed bundles without importing them"),
        description=_("Exit status: 0 all valid and trusted; 2 signatures valid but a signer is not in the trust "
                    "registry; 1 anything invalid (tampered, damaged, unsafe, revoked)."))
    verify.add_argument("bundles", nargs="+", metavar="BUNDLE", help=_(".ascn files or folders holding them"))
    add_json_flag(verify)

    importer = command(subparsers, cmd_import,
        "import", parents=[common], help=_("verify and import bundles (city plans, national bundles, review notes)"),
        description=_("Each bundle is verified and imported in its own transaction; a refused bundle is reported "
                    "and skipped. Exit status 0 when nothing was refused, 1 otherwise."))
    importer.add_argument("bundles", nargs="+", metavar="BUNDLE|FOLDER")
    add_json_flag(importer)

    review = command(subparsers, cmd_import, "import-review", parents=[common],
                                   help=_("import a review note about one of your plans (same as 'ascn import')"))
    review.add_argument("bundles", nargs="+", metavar="FILE")
    add_json_flag(review)


def _files(paths: list[str]) -> list[str]:
    files = [str(path) for path in bundle_files(paths)]
    if not files:
        raise AscnError(_("No .ascn bundle was found in what you named; give bundle files or a folder holding them."))
    return files


def cmd_verify(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        results = [verify_bundle(path, store) for path in _files(args.bundles)]
    if args.json:
        print_json([result.to_json() for result in results])
    else:
        for result in results:
            print(f"{_(_STATUS_WORDS[result.status]):<12} {visible(result.path)}")
            print(f"             {visible(result.reason)}")
            for city in result.inner:
                print(f"             - {visible(city.path.split('/', 1)[-1])}: {visible(city.reason)}")
    return overall_exit_status(results)


def cmd_import(args: argparse.Namespace) -> int:
    files = _files(args.bundles)
    with opened_store(args) as store:
        interactive = sys.stderr.isatty() and not args.json

        def progress(fraction: float, message: str) -> None:
            if interactive:
                # The carriage return is the CLI's own (it rewrites the progress line); the message is shown.
                write_control(sys.stderr, "\r")
                print(f"{int(fraction * 100):3d}%  {visible(message)[:70]:<70}", end="", file=sys.stderr, flush=True)

        outcomes = import_bundles(store, files, progress=progress)
        if interactive:
            print(file=sys.stderr)
    if args.json:
        print_json([outcome.to_json() for outcome in outcomes])
    else:
        for outcome in outcomes:
            print(f"{visible(outcome.file)}: {visible(outcome.message)}")
            for detail in outcome.details:
                print(f"    {visible(detail)}")
        counts = {status: sum(o.status == status for o in outcomes) for status in ("imported", "already", "refused")}
        print(_("{imported} imported, {already} already here, {refused} refused.").format(
            imported=counts["imported"], already=counts["already"], refused=counts["refused"]))
    return 1 if any(outcome.status == "refused" for outcome in outcomes) else 0
