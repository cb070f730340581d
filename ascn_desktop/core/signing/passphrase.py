"""Passphrases: the rules for new ones and where the CLI gets them.

A passphrase comes from (first that applies) a file named on the command line,
the ASCN_PASSPHRASE environment variable, or a prompt on the terminal that
never echoes. The GUI asks in its own dialog and calls the core directly.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ascn_desktop.core.errors import AscnError, ValidationError

MIN_LENGTH = 10
ENV_PASSPHRASE = "ASCN_PASSPHRASE"
ENV_NEW_PASSPHRASE = "ASCN_NEW_PASSPHRASE"


class WrongPassphrase(AscnError):
    """The passphrase does not open the signing key."""

    def __init__(self) -> None:
        super().__init__("The passphrase is wrong; nothing was changed, try again.")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too weak to protect a signing key (one sentence)."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(f"The passphrase must have at least {MIN_LENGTH} characters.")
    if len(set(passphrase)) < 4:
        raise ValidationError("The passphrase repeats too few different characters; choose a longer phrase.")


def strength_hint(passphrase: str) -> str:
    """A short word for the GUI's strength label: 'too short', 'weak', 'fair', 'strong'."""
    if len(passphrase) < MIN_LENGTH:
        return "too short"
    kinds = sum(any(test(ch) for ch in passphrase)
                for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum()))
    if len(set(passphrase)) < 4:
        return "weak"
    if len(passphrase) >= 16 or kinds >= 3:
        return "strong"
    return "fair"


def read_passphrase_file(path: Path) -> str:
    """The first line of `path`, without its line ending."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AscnError(f"The passphrase file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AscnError(f"The passphrase file {path} cannot be read ({exc.__class__.__name__}).") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise AscnError(f"The passphrase file {path} is empty.")
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
        raise AscnError(f"No passphrase given; use --passphrase-file FILE, set {env_var}, or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm:
        second = getpass.getpass("Repeat it: ")
        if first != second:
            raise AscnError("The two passphrases differ; nothing was changed.")
    return first
