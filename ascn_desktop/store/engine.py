"""Opening the store: checks, SQLite settings, migrations after a backup.

``open_store`` is the only way in. Before anything is created or changed it
checks that the path is usable (not a folder, not read-only, really SQLite),
refuses a store written by a newer version, backs the store up with SQLite's
backup API when a migration is pending, and then migrates.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.profile import Profile, sqlite_path_of
from ascn_desktop.store import migrations, server_store

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Store:
    """An open store: the engine, a session factory and the profile it belongs to."""

    profile: Profile
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One explicit write transaction: committed on success, rolled back on any error."""
        with self._sentences():
            with self.sessions.begin() as session:
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (nothing it does is committed)."""
        with self._sentences():
            with self.sessions() as session:
                yield session

    @contextmanager
    def _sentences(self) -> Iterator[None]:
        """A server store's driver errors leave as one sentence (a conflict as ConflictError, to retry)."""
        try:
            yield
        except DBAPIError as exc:
            if self.engine.dialect.name == "sqlite":
                raise
            error = server_store.translate(exc, self.profile.db_url)
            if error is None:
                raise
            raise error from exc

    def close(self) -> None:
        self.engine.dispose()


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Every connection: WAL for crash safety with concurrent readers, FULL sync
    # so a commit survives power loss, and foreign keys actually enforced.
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's
    # "BEGIN" (emitted in _begin below) is the one explicit transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if server_store.is_server_url(url):
        return server_store.make_server_engine(url)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def check_store_path(path: Path) -> None:
    """Refuse, with one sentence, a store path that cannot be a writable SQLite store."""
    if path.is_dir():
        raise StoreError(f"The store path {path} is a folder, not a store file; give the path of a .sqlite file.")
    if path.exists():
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise StoreError(f"The store path {path} is not a regular file; give the path of a .sqlite file.")
        if not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK):
            raise StoreError(f"The store {path} is read-only; make it writable or copy it somewhere you can write.")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise StoreError(f"The store {path} cannot be read ({exc.strerror}).") from None
        if header and header != SQLITE_MAGIC:
            raise StoreError(f"The file {path} is not an ASCN Desktop store (it is not a SQLite database).")
    else:
        parent = path.parent
        if not parent.is_dir():
            raise StoreError(f"The folder {parent} for the store does not exist; create it first or choose another path.")
        parent_mode = parent.stat().st_mode
        if not (parent_mode & stat.S_IWUSR) or not os.access(parent, os.W_OK):
            raise StoreError(f"The folder {parent} is read-only, so no store can be created there.")


def open_store(profile: Profile, *, create: bool = True, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the profile's store.

    With ``create=False`` a missing store file is an error instead of being made.
    """
    db_path = sqlite_path_of(profile.db_url)
    if db_path is not None:
        if not db_path.exists() and not create:
            raise StoreError(f"There is no store at {db_path}; run 'ascn init' to create one.")
        if db_path.parent == profile.home and not profile.home.exists():
            profile.home.mkdir(parents=True, exist_ok=True)
        check_store_path(db_path)
        if db_path.exists() and db_path.stat().st_size:
            # Read-only look first: opening with our settings would already
            # switch a foreign file to WAL mode, and a refusal must change nothing.
            migrations.precheck_sqlite_file(db_path)
    engine = make_engine(profile.db_url)
    try:
        state = migrations.inspect_state(engine)
        if state.is_newer:
            raise StoreError(
                f"This store was written by a newer version of ASCN Desktop (schema {state.current}); "
                "install that version to open it. The store was left untouched."
            )
        backup: Path | None = None
        if migrate and state.needs_upgrade:
            if state.current is not None and db_path is not None:
                backup = backup_store(db_path, profile.backups_dir, label=f"before-upgrade-from-{state.current}")
            elif state.current is not None:
                backup = server_store.dump_before_upgrade(profile.db_url, profile.backups_dir, current=state.current)
            migrations.upgrade(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        return Store(profile=profile, engine=engine, sessions=sessions, backup_made=backup)
    except StoreError:
        engine.dispose()
        raise
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise StoreError(f"The store {db_path} cannot be opened: {exc}.") from None
    except Exception as exc:  # SQLAlchemy wraps DB-API errors
        engine.dispose()
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.DatabaseError):
            raise StoreError(f"The store {db_path} cannot be opened ({orig}); it may be damaged or not a store.") from None
        server_error = server_store.translate(exc, profile.db_url) if isinstance(exc, DBAPIError) else None
        if server_error is not None and db_path is None:
            raise server_error from None
        raise


def backup_store(db_path: Path, backups_dir: Path, *, label: str) -> Path:
    """A consistent copy of the store via SQLite's backup API (never a file copy)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{db_path.stem}-{stamp}-{label}.sqlite"
    temp = target.with_suffix(".sqlite.tmp")
    try:
        source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(temp)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        raise StoreError(
            f"A backup of the store could not be written to {backups_dir} ({exc}); free some space and try again. "
            "The store was not changed."
        ) from None
    log.info("store backed up to %s", target)
    return target
