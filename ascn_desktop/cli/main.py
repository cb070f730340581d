"""Entry point of the `ascn` command.

Each feature registers its subcommands from its own module (see COMMAND_MODULES).
Errors reach the user as one plain sentence on stderr and a non-zero exit
status; tracebacks go to the profile's log file, never to the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from ascn_desktop import __version__
from ascn_desktop.cli.common import CommandFailed, common_options
from ascn_desktop.core.errors import AscnError

# One module per feature; each defines `register(subparsers, common)`.
COMMAND_MODULES = (
    "ascn_desktop.cli.store_commands",
    "ascn_desktop.cli.readiness_commands",
    "ascn_desktop.cli.monitoring_commands",
    "ascn_desktop.cli.receive_commands",
    "ascn_desktop.cli.review_commands",
    "ascn_desktop.cli.identity_commands",
    "ascn_desktop.cli.trust_commands",
    "ascn_desktop.cli.export_commands",
    "ascn_desktop.cli.workbook_commands",
)

log = logging.getLogger("ascn_desktop")


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="ascn",
        description="ASCN Desktop command line: action plans, signed bundles, review and monitoring, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ascn {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        result = args.handler(args)
        return int(result or 0)
    except CommandFailed as exc:
        return exc.status
    except AscnError as exc:
        print(f"ascn: {exc.message}", file=sys.stderr)
        for detail in exc.details:
            print(f"  - {detail}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ascn: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `ascn monitor | head`: the reader has seen enough; not a bug
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 0
    except Exception as exc:  # a bug: one sentence for the user, the traceback to the log
        log.exception("unexpected error in 'ascn %s'", args.command)
        print(f"ascn: unexpected error ({type(exc).__name__}: {exc}); please report it with the log file.",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
