"""argparse's own words ("usage:", "options", "show this help message and exit", its error sentences) in
the interface's language.

argparse looks its words up with gettext's ``_`` and ``ngettext``, bound in its module, at the moment it
writes them. ``speak_argparse`` points those two names at the core's catalogue (core/i18n), where the
words below are listed so that ``make translations`` extracts them (Python ships no catalogue for
argparse in any ASEAN language). The placeholders (``%(prog)s``, ``%s``) are argparse's and stay as they are.
"""

from __future__ import annotations

import argparse

from ascn_desktop.core.i18n import N_, _, ngettext

__all__ = ["ARGPARSE_WORDS", "speak_argparse"]

# The words argparse (Python 3.11) shows to a person using `ascn`; its programming errors are left out.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _plural_words(singular: str, plural: str, count: int) -> str:
    if (singular, plural) == ("expected %s argument", "expected %s arguments"):  # written out for extraction
        return ngettext("expected %s argument", "expected %s arguments", count)
    return ngettext(singular, plural, count)


def speak_argparse() -> None:
    """From now on argparse writes its words in the current language (core/i18n's ``set_language``)."""
    setattr(argparse, "_", _)  # noqa: B010 (argparse's module global, looked up at each use)
    setattr(argparse, "ngettext", _plural_words)  # noqa: B010
