"""The one exception type a user ever sees.

Every failure that a person can cause or fix (a wrong file, a bad passphrase,
a full disk) is raised as an `AscnError` carrying one plain sentence that says
what is wrong and what to do. The CLI prints it; the GUI shows it in a dialog.
Anything else reaching the top level is a bug and is logged, not shown raw.
"""

from __future__ import annotations


class AscnError(Exception):
    """A problem explained to the user in one plain sentence."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        # Optional list of specific findings (e.g. readiness errors, cell errors).
        self.details: list[str] = list(details or [])

    def __str__(self) -> str:
        return self.message


class StoreError(AscnError):
    """The store cannot be opened or written."""


class NotFoundError(AscnError):
    """A city, plan or other named thing does not exist."""


class ValidationError(AscnError):
    """Input that breaks a domain rule; `details` lists each finding."""
