"""Where the application's bundled files are, however it was started.

One function answers for all three ways the app runs:

* from a source checkout (``make run``, tests): the repository's ``resources/``
  and ``db/`` folders;
* from an installed wheel: the same folders shipped as ``ascn_desktop/_bundled``
  (setup.py copies them there when the wheel is built);
* from the frozen PyInstaller folder: ``sys._MEIPASS`` holds ``resources/`` and ``db/``.

Nothing is ever resolved relative to the current directory, and a checkout is
recognised by its pyproject.toml: an installed package never takes a stray
``resources/`` or ``db/`` folder in site-packages for its own.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from ascn_desktop.core.errors import AscnError

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def _roots() -> tuple[Path, ...]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_bundled")  # installed wheel
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():  # source checkout or editable install
        roots.append(checkout)
    return tuple(roots)


class MissingResourceError(AscnError, FileNotFoundError):
    """A folder the installation must carry is absent: the installation is broken, not the user's data."""


def _find(top: str) -> Path:
    for root in _roots():
        candidate = root / top
        if candidate.is_dir():
            return candidate
    # English on purpose: without the resources folder there is no catalogue to translate it with.
    raise MissingResourceError(f"The application's '{top}' folder is missing; reinstall ASCN Desktop.")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("reference", "cities.json")``."""
    return _find("resources").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic script folder (``db/``)."""
    return _find("db")
