"""`ascn diagnostics`: what support needs to know (the same lines as the app's Help menu copies)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, print_json, profile_of
from ascn_desktop.core.diagnostics import diagnostic_lines
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.i18n import _
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.engine import Store

log = logging.getLogger(__name__)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    diagnostics = command(subparsers, cmd_diagnostics,
        "diagnostics", parents=[common],
        help=_("version, system, store schema and folders for support (no keys, no passphrases)"))
    add_json_flag(diagnostics)


def cmd_diagnostics(args: argparse.Namespace) -> int:
    profile = profile_of(args)
    store: Store | None = None
    problem: str | None = None
    try:
        store = open_profile_store(profile, create=False)  # never creates a store just to describe it
    except AscnError as exc:
        problem = exc.message
    except Exception as exc:  # noqa: BLE001 (diagnostics must work when the store does not)
        log.info("diagnostics without the store", exc_info=True)
        problem = f"could not be opened ({type(exc).__name__})"
    try:
        lines = diagnostic_lines(profile, store, store_problem=problem)
    finally:
        if store is not None:
            store.close()
    if args.json:
        print_json(dict(lines))
    else:
        for label, value in lines:
            print(f"{label}: {value}")
    return 0
