"""Passphrases: the rules for new ones and where the CLI gets them.

A passphrase comes from (first that applies) a file named on the command line,
the ASCN_PASSPHRASE environment variable, or a prompt on the terminal that
never echoes. The GUI asks in its own dialog and calls the core directly.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ascn_desktop.core.errors import AscnError, ValidationError
from ascn_desktop.core.i18n import _

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's 0..4; 3 = "safely unguessable" (>= 10^8 guesses)
MAX_CHECKED = 128  # zxcvbn looks at this many characters (its time grows with length); the rest only helps
ENV_PASSPHRASE = "ASCN_PASSPHRASE"
ENV_NEW_PASSPHRASE = "ASCN_NEW_PASSPHRASE"


class WrongPassphrase(AscnError):
    """The passphrase does not open the signing key."""

    def __init__(self) -> None:
        super().__init__("The passphrase is wrong; nothing was changed, try again.")


def _estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> dict[str, Any]:
    """zxcvbn's estimate (dictionaries of common passwords, keyboard walks, sequences, dates, leet)."""
    from zxcvbn import zxcvbn

    words = [word for text in user_inputs for word in text.split() if word]
    return dict(zxcvbn(passphrase, user_inputs=words, max_length=MAX_CHECKED))


def check_new_passphrase(passphrase: str, *, user_inputs: Sequence[str] = ()) -> None:
    """Refuse a passphrase too weak to protect a signing key (one sentence).

    `user_inputs` (the officer's name, city) count as guessable words. Why zxcvbn's score 3 ("safely
    unguessable", about 10^8 guesses and up): the key file may be stolen with the laptop, and scrypt
    makes each offline guess cost about 0.3 s, so 10^8 guesses are years of one machine's work.
    """
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(_("The passphrase must have at least {min_length} characters.").format(
            min_length=MIN_LENGTH))
    estimate = _estimate(passphrase, user_inputs)
    if estimate["score"] < MIN_SCORE:
        warning = str(estimate["feedback"].get("warning") or "").rstrip(".")
        why = f" ({warning.lower()})" if warning else ""
        raise ValidationError(_("This passphrase is too easy to guess{why}; use a longer phrase of several "
                              "uncommon words.").format(why=why))


def strength_hint(passphrase: str, *, user_inputs: Sequence[str] = ()) -> str:
    """A short word for the GUI's strength label: 'too short', 'weak', 'fair', 'strong' (zxcvbn's score)."""
    if len(passphrase) < MIN_LENGTH:
        return "too short"
    score = int(_estimate(passphrase, user_inputs)["score"])
    if score < MIN_SCORE:
        return "weak"
    return "fair" if score == MIN_SCORE else "strong"


def read_passphrase_file(path: Path) -> str:
    """The first line of `path`, without its line ending."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AscnError(_("The passphrase file {path} does not exist.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AscnError(_("The passphrase file {path} cannot be read ({name__}).").format(
            path=path, name__=exc.__class__.__name__)) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise AscnError(_("The passphrase file {path} is empty.").format(path=path))
    return lines[0]


def obtain_passphrase(*, file: Path | None, env_var: str = ENV_PASSPHRASE, prompt: str = "Passphrase: ",
                      confirm: bool = False) -> str:
    """A passphrase from `file`, else the environment, else a silent terminal prompt."""
    if file is not None:
        return read_passphrase_file(file)
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise AscnError(_("No passphrase given; use --passphrase-file FILE, set {env_var}, or run in a terminal.").format(
            env_var=env_var))
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass("Repeat it: ")
        if first != second:
            raise AscnError(_("The two passphrases differ; nothing was changed."))
    return first
