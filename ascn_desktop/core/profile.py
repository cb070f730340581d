"""The profile: the folder that holds a user's store, keys and archived bundles.

Default: the platform's user data folder (platformdirs). Overridden by
``--home DIR`` or ``ASCN_HOME``; ``--db URL`` or ``ASCN_DB`` overrides only the
store (a SQLite file path or a SQLAlchemy URL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from ascn_desktop import APP_ID

STORE_FILE = "ascn.sqlite"


@dataclass(frozen=True)
class Profile:
    home: Path
    db_url: str

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    @property
    def archive_dir(self) -> Path:
        """Where the original bytes of every imported bundle are kept."""
        return self.home / "archive"

    @property
    def backups_dir(self) -> Path:
        return self.home / "backups"

    @property
    def log_dir(self) -> Path:
        """The rotating log of both programs (core/app_log.py): what support asks for."""
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "ascn.log"

    @property
    def db_path(self) -> Path | None:
        """The SQLite file of the store, or None for a non-file URL."""
        return sqlite_path_of(self.db_url)

    @property
    def store_location(self) -> str:
        """Where the store is, to show a person: the file, or the URL with any password masked."""
        return str(self.db_path) if self.db_path is not None else without_password(self.db_url)


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_profile(home: str | os.PathLike[str] | None = None, db: str | None = None) -> Profile:
    """Profile from explicit arguments, then the environment, then the platform default."""
    home_text = home if home is not None else os.environ.get("ASCN_HOME")
    home_path = Path(home_text).expanduser().resolve() if home_text else default_home()
    db_text = db if db is not None else os.environ.get("ASCN_DB")
    if db_text:
        db_url = db_text if "://" in db_text else sqlite_url(Path(db_text).expanduser().resolve())
    else:
        db_url = sqlite_url(home_path / STORE_FILE)
    return Profile(home=home_path, db_url=db_url)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def without_password(url: str) -> str:
    """The URL with any password replaced by *** (a password never reaches a screen or a log)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (an unparsable URL): say so rather than show it
        return "(a URL that could not be read)"


def sqlite_path_of(url: str) -> Path | None:
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != "sqlite:///:memory:":
        return Path(url[len(prefix):].split("?", 1)[0])
    return None
