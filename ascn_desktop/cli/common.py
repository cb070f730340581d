"""What every `ascn` command shares: profile options, opening the store, output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from ascn_desktop.core.i18n import _
from ascn_desktop.core.profile import Profile, resolve_profile
from ascn_desktop.core.visible_text import terminal_safe

# `ascn --help` imports this module: what only commands need (JSON output, the store) is imported
# where it is used.

TYPE_CHECKING = False  # typing.TYPE_CHECKING, which mypy reads as True, without importing typing (`ascn --help`)
if TYPE_CHECKING:
    from typing import Any, TypeVar

    from ascn_desktop.store.engine import Store

    Row = TypeVar("Row")


class CommandFailed(Exception):
    """Exit with `status` after the command has already told the user why."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class HelpFormatter(argparse.HelpFormatter):
    """argparse's own formatter, told the terminal's width instead of asking `shutil.get_terminal_size`.

    argparse imports shutil for that one question, and shutil loads the bz2, lzma and zlib libraries
    for its archives: about a tenth of `ascn --help`. The width is found the same way: COLUMNS, else
    the terminal of the standard output, else 80 columns; argparse then leaves two columns free."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns() -> int:
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, formatter_class=HelpFormatter)
    group = common.add_argument_group(_("profile"))
    group.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                       help=_("profile folder (default: ASCN_HOME or the platform's user data folder)"))
    group.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                       help=_("store: a SQLite file path or SQLAlchemy URL (default: ASCN_DB or the profile's store)"))
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help=_("also print the traceback of an error on the terminal (or set ASCN_DEBUG=1)"))
    return common


def profile_of(args: argparse.Namespace) -> Profile:
    return resolve_profile(getattr(args, "home", None), getattr(args, "db", None))


@contextmanager
def opened_store(args: argparse.Namespace, *, create: bool = True) -> Iterator[Store]:
    from ascn_desktop.core.startup import open_profile_store  # the store stack loads for commands that use it

    store = open_profile_store(profile_of(args), create=create)
    try:
        yield store
    finally:
        store.close()


def print_json(data: Any) -> None:
    import json

    from ascn_desktop.core.jsonutil import to_jsonable

    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], handler: Callable[..., int],
            name: str, **options: Any) -> argparse.ArgumentParser:
    """The subcommand `name` (add_parser's `options`), run by `handler`: every `ascn` command is made here."""
    parser = subparsers.add_parser(name, **options)
    parser.set_defaults(handler=handler)
    return parser


def print_listing(args: argparse.Namespace, rows: Sequence[Row], line: Callable[[Row], str], *, empty: str,
                  json_rows: Any = None) -> int:
    """A listing command's output: with --json the rows (or `json_rows`), else one `line` a row, or the
    sentence `empty` when there is none."""
    if args.json:
        print_json(rows if json_rows is None else json_rows)
        return 0
    if not rows:
        print(empty)
    for row in rows:
        print(line(row))
    return 0


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))


class _VisibleStream:
    """A text stream that shows control characters instead of sending them to the terminal.

    Every CLI print goes through it (see `guard_output`), so an escape sequence or carriage return in a
    file name, title or signer's name can never rewrite what the terminal shows (core/visible_text.py).
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, encoding, isatty, buffer …
        return getattr(self._inner, name)


def write_control(stream: Any, text: str) -> None:
    """Write the CLI's own control characters (a progress line's carriage return) past the guard."""
    getattr(stream, "_inner", stream).write(text)


def guard_output() -> Callable[[], None]:
    """Route stdout and stderr through `_VisibleStream` until the returned function is called."""
    saved = sys.stdout, sys.stderr
    if not isinstance(sys.stdout, _VisibleStream):
        sys.stdout = _VisibleStream(sys.stdout)
    if not isinstance(sys.stderr, _VisibleStream):
        sys.stderr = _VisibleStream(sys.stderr)

    def restore() -> None:
        sys.stdout, sys.stderr = saved
    return restore
