"""Diagnostic information for support: what a helper needs to know, and nothing secret.

Help -> "Copy diagnostic information" in the app and `ascn diagnostics` print the
same lines: the version, how the app was installed, Python, the operating
system, the store (its URL with any password hidden) and its schema, and the
folders (profile, log, resources). Keys, passphrases, environment variables and
plan contents are never part of it.
"""

from __future__ import annotations

import locale
import platform
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import make_url

from ascn_desktop import APP_NAME, __version__
from ascn_desktop.core.app_log import current_log_file
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.profile import Profile
from ascn_desktop.core.resources import migrations_path, resource_path
from ascn_desktop.store.engine import Store
from ascn_desktop.store.migrations import inspect_state

Line = tuple[str, str]


def installation_kind() -> str:
    """How this copy runs: the frozen folder, an installed package, or a source checkout."""
    if getattr(sys, "frozen", False):
        return "one-folder build"
    try:
        resources = resource_path()
    except AscnError:
        return "broken installation (resources missing)"
    return "installed package" if "_bundled" in resources.parts else "source checkout"


def safe_store_url(url: str) -> str:
    """The store's URL with any password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (an unparsable URL): say so rather than show it
        return "(a URL that could not be read)"


def _schema(store: Store | None, problem: str | None) -> str:
    if store is None:
        return problem or "the store is not open"
    try:
        state = inspect_state(store.engine)
    except Exception as exc:  # noqa: BLE001 (diagnostics must work when the store does not)
        return f"could not be read ({type(exc).__name__})"
    return f"{state.current or 'empty'} (newest this version knows: {state.head})"


def _folder_or_error(find: Sequence[str] | None = None, *, migrations: bool = False) -> str:
    try:
        return str(migrations_path() if migrations else resource_path(*(find or ())))
    except AscnError as exc:
        return exc.message


def _free_space(folder: Path) -> str:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return f"{shutil.disk_usage(candidate).free / 1e9:.1f} GB free on the profile's drive"
    return "unknown"


def diagnostic_lines(profile: Profile, store: Store | None, *, extra: Sequence[Line] = (),
                     store_problem: str | None = None) -> list[Line]:
    """(label, value) pairs; `extra` (e.g. the Qt version from the GUI) goes after the Python line;
    `store_problem` says why `store` is None."""
    language, encoding = locale.getlocale()
    lines: list[Line] = [
        (APP_NAME, __version__),
        ("Installed as", installation_kind()),
        ("Python", f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"),
        *extra,
        ("Operating system", f"{platform.platform()} ({platform.machine() or 'unknown machine'})"),
        ("Language and encoding", f"{language or 'unset'}, {encoding or 'unset'}; "
                                  f"file names {sys.getfilesystemencoding()}"),
        ("Store", safe_store_url(profile.db_url)),
        ("Store schema", _schema(store, store_problem)),
        ("Profile folder", str(profile.home)),
        ("Disk space", _free_space(profile.home)),
        ("Log folder", str((current_log_file() or profile.log_file).parent)),
        ("Resources folder", _folder_or_error()),
        ("Migrations folder", _folder_or_error(migrations=True)),
    ]
    return lines


def diagnostic_text(profile: Profile, store: Store | None, *, extra: Sequence[Line] = (),
                    store_problem: str | None = None) -> str:
    lines = diagnostic_lines(profile, store, extra=extra, store_problem=store_problem)
    return "".join(f"{label}: {value}\n" for label, value in lines)
