"""The profile: the folder that holds a user's store, keys and archived bundles.

Default: the platform's user data folder (platformdirs). Overridden by
``--home DIR`` or ``ASCN_HOME``; ``--db URL`` or ``ASCN_DB`` overrides only the
store (a SQLite file path or a SQLAlchemy URL).
"""

from __future__ import annotations

import os
from pathlib import Path

from ascn_desktop import APP_ID

STORE_FILE = "ascn.sqlite"


class Profile:
    """The profile's folder and its store's URL; never changed once made.

    A plain class rather than a frozen dataclass: every start of `ascn` (even `ascn --help`, which
    reads the language chosen in the profile) makes one, and `dataclasses` imports `inspect`, about a
    third of a bare interpreter's start-up.
    """

    __slots__ = ("db_url", "home")
    home: Path
    db_url: str

    def __init__(self, home: Path, db_url: str) -> None:
        object.__setattr__(self, "home", home)
        object.__setattr__(self, "db_url", db_url)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Profile is not changed; make another ({name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Profile is not changed; make another ({name})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and (self.home, self.db_url) == (other.home, other.db_url)

    def __hash__(self) -> int:
        return hash((self.home, self.db_url))

    def __reduce__(self) -> tuple[type[Profile], tuple[Path, str]]:  # copy and pickle make it anew
        return Profile, (self.home, self.db_url)

    def __repr__(self) -> str:
        return f"Profile(home={self.home!r}, db_url={self.db_url!r})"

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
    import platformdirs  # only when no folder is given (it imports tempfile and shutil on Linux)

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
