"""Entry point of the `ascn` command.

Each feature registers its subcommands from its own module (see COMMAND_INDEX).
Errors reach the user as one plain sentence on stderr and a non-zero exit
status; tracebacks go to the profile's log file (core/app_log.py), never to the
terminal unless asked for with ``--debug`` or ``ASCN_DEBUG=1``. Logging is set
up before a command runs, and by any error before that, so even a broken
installation (a missing folder, a module that fails to import) ends in one
sentence and the log's path; ``ascn --help``, which logs nothing, does without
the logging library (benchmarks/bench_startup.py keeps it near a bare
``import ascn_desktop``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ascn_desktop import __version__

from ascn_desktop.core.i18n import N_, _

TYPE_CHECKING = False  # typing.TYPE_CHECKING, which mypy reads as True, without importing typing (`ascn --help`)
if TYPE_CHECKING:
    import argparse

    from ascn_desktop.core.profile import Profile

# `ascn --version` answers before anything else is imported (packaging scripts call it
# often; benchmarks/bench_startup.py keeps it near a bare `import ascn_desktop`), so the
# modules below are imported in the functions that need them.

# One module per feature; each defines `register(subparsers, common)`. The index
# names the top-level commands each module registers and the line `ascn --help`
# shows for them, so that `ascn --help`, `ascn --version` and every command load
# only the modules they need (a module pulls in its part of the core: reports,
# workbooks, signing). tests/test_cli_index.py checks the index against what the
# modules register; the help line here is the one `ascn --help` shows.
# A new command: its module's register() and a line here.
COMMAND_INDEX: dict[str, tuple[str, str]] = {
    # command: (module under ascn_desktop.cli, help line)
    "init": ("store_commands", N_("create or upgrade the store")),
    "store": ("store_care_commands", N_("check the store, back it up, restore a backup")),
    "cities": ("store_commands", N_("member states and their ASCN cities")),
    "demo": ("store_commands", N_("load sample plans for the 26 pilot cities (2018–2025 cycle)")),
    "plan": ("store_commands readiness_commands", N_("plans of the store")),
    "monitor": ("monitoring_commands", N_("which cities reported, overdue milestones, indicators behind target")),
    "report": ("monitoring_commands", N_("the ASCN annual progress report (PDF and Excel) from the imported plans")),
    "export-data": ("monitoring_commands", N_("flat tables for other systems (see docs/data-export.md)")),
    "verify": ("receive_commands", N_("check signed bundles without importing them")),
    "import": ("receive_commands", N_("verify and import bundles (city plans, national bundles, review notes)")),
    "import-review": ("receive_commands", N_("import a review note about one of your plans (same as 'ascn import')")),
    "received": ("review_commands", N_("plans imported from cities, with review status")),
    "review": ("review_commands", N_("accept or return a city's imported plan")),
    "consolidate": ("review_commands", N_("NR: sign a national bundle of the country's accepted city plans")),
    "identity": ("identity_commands", N_("your signing identity (key pair)")),
    "trust": ("trust_commands", N_("the trust registry of signers' keys")),
    "export": ("export_commands", N_("write a signed submission bundle (.ascn)")),
    "template": ("workbook_commands", N_("write the Excel template of a city's plan to fill in offline")),
    "import-xlsx": ("workbook_commands", N_("import a filled-in plan workbook (shows the changes first)")),
    "diagnostics": ("support_commands", N_("version, system, store schema and folders for support (no keys)")),
    "reference": ("reference_commands", N_("reference data: version held, signed packs, the Secretariat's next pack")),
}



def command_modules(command: str | None = None) -> list[str]:
    """The modules registering `command` (all of them for None), in index order, each once."""
    wanted = [COMMAND_INDEX[command]] if command in COMMAND_INDEX else list(COMMAND_INDEX.values())
    names = [f"ascn_desktop.cli.{module}" for modules, _help in wanted for module in modules.split()]
    return list(dict.fromkeys(names))


def _chosen_command(argv: Sequence[str]) -> str | None:
    # The first word that names a command; options of the profile group take a value.
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in ("--home", "--db"):
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every command listed; the modules of the chosen command only are loaded, and
    no command's parser at all for the top-level help."""
    import argparse
    import importlib

    from ascn_desktop.cli.argparse_words import speak_argparse
    from ascn_desktop.cli.common import HelpFormatter, common_options

    speak_argparse()  # "usage:", "options"… in the interface's language too
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="ascn",
        formatter_class=HelpFormatter,
        description=_("ASCN Desktop command line: action plans, signed bundles, review and monitoring, offline."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ascn {__version__}",
                        help=_("show program's version number and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    chosen = _chosen_command(sys.argv[1:] if argv is None else argv)
    if chosen in COMMAND_INDEX:
        for module_name in command_modules(chosen):
            importlib.import_module(module_name).register(subparsers, common)
    elif chosen is not None:  # a word naming no command: argparse refuses it and names every command
        for command in COMMAND_INDEX:
            subparsers.add_parser(command, add_help=False)
    # The listing `ascn --help` shows, one line per command, the index's, whatever is loaded; no parser is
    # made for a command that is only listed (argparse's own listing entry, as add_parser makes it).
    subparsers._choices_actions[:] = [subparsers._ChoicesPseudoAction(command, (), _(help_line))
                                      for command, (_module, help_line) in COMMAND_INDEX.items()]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        print(f"ascn {__version__}")  # nothing else loaded: packaging scripts call this often
        return 0
    from ascn_desktop.cli.argparse_words import speak_argparse
    from ascn_desktop.cli.common import CommandFailed, common_options, guard_output, profile_of
    from ascn_desktop.core.errors import AscnError
    from ascn_desktop.core.visible_text import visible

    # Before argparse says a word: its own look-ups would search the disk for a gettext catalogue.
    speak_argparse()
    # --home, --db and --debug may stand anywhere; read them before the full parser exists.
    early, _unknown = common_options().parse_known_args(arguments)
    profile = profile_of(early)
    command = "ascn"
    restore_output = guard_output()  # no control character from any text reaches the terminal
    try:
        from ascn_desktop.core.i18n import set_language
        from ascn_desktop.core.language import effective_language

        set_language(effective_language(profile))
        parser = build_parser(arguments)
        args = parser.parse_args(arguments)  # `--help` and a mistyped command end here
        command = f"ascn {args.command}" if getattr(args, "command", None) else "ascn"
        if not getattr(args, "handler", None):
            parser.print_help()
            return 2
        _start_logging(profile)
        return int(args.handler(args) or 0)
    except CommandFailed as exc:
        return exc.status
    except AscnError as exc:
        from ascn_desktop.core.app_log import log_refusal

        _start_logging(profile)
        log_refusal(exc, context=f"'{command}'")
        print(visible(f"ascn: {exc.message}"), file=sys.stderr)
        for detail in exc.details:
            print(visible(f"  - {detail}"), file=sys.stderr)
        _print_traceback_if(early, exc)
        return 1
    except KeyboardInterrupt:
        print(_("ascn: interrupted; nothing was left half-written."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `ascn monitor | head`: the reader has seen enough; not a bug
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 0
    except Exception as exc:  # a bug: one sentence for the user, the traceback to the log
        from ascn_desktop.core.app_log import log_unexpected, unexpected_error_sentence

        _start_logging(profile)
        log_file = log_unexpected(exc, context=f"in '{command}'")
        print(visible(f"ascn: {unexpected_error_sentence(exc, log_file, stopped='command')}"), file=sys.stderr)
        _print_traceback_if(early, exc)
        return 1
    finally:
        restore_output()


def _start_logging(profile: Profile) -> None:
    """The log to the profile's folder: before a command runs, and for the error that stopped one."""
    from ascn_desktop.core.app_log import setup_logging

    setup_logging(profile, program="ascn")  # replaces an earlier set-up: the file goes on where it was


def _print_traceback_if(early: argparse.Namespace, exc: BaseException) -> None:
    from ascn_desktop.core.app_log import debug_requested

    if debug_requested(getattr(early, "debug", False)):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
