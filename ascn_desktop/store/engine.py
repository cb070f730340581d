"""Opening the store: checks, SQLite settings, migrations after a backup; write transactions.

``open_store`` is the only way in. Before anything is created or changed it
checks that the path is usable (not a folder, not read-only, really SQLite),
runs SQLite's quick check (a damaged store is refused with one sentence that
offers its newest backup, and nothing is written), refuses a store written by
a newer version, backs the store up when a migration is pending, and then
migrates.

Writes (`Store.transaction`) begin with ``BEGIN IMMEDIATE``: the write lock
is taken up front, so a second window or command waits its turn under the
busy timeout instead of failing half-way when its read turns into a write
(SQLite cannot wait there: the snapshot it read may already be stale). Reads
begin a plain deferred ``BEGIN`` and never wait for writers (WAL).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.profile import Profile, sqlite_path_of
from ascn_desktop.store import backups, db_errors, migrations, server_store
from ascn_desktop.store.backups import backup_store
from ascn_desktop.store.integrity import quick_check
from ascn_desktop.core.i18n import _

__all__ = ["Store", "backup_store", "check_store_path", "make_engine", "open_store"]

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another window or command to finish its write before
# the user is told the store is busy. An import batch or an Excel import holds the
# lock for a second or two on a large store; a schema upgrade for longer.
BUSY_TIMEOUT_MS = 20_000
WRITE_OPTION = "ascn_write"  # execution option that makes the "begin" event emit BEGIN IMMEDIATE
NOWAIT_OPTION = "ascn_nowait"  # ... and, with this one too, fail at once instead of waiting for the lock


@dataclass
class Store:
    """An open store: the engine, a session factory and the profile it belongs to."""

    profile: Profile
    engine: Engine
    sessions: sessionmaker[Session]
    backup_made: Path | None = None
    # Whether the first write of this process should first check for (and make) today's backup.
    daily_backup: bool = False
    writes: sessionmaker[Session] = field(init=False)
    writes_now: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.writes = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self.writes_now = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True, NOWAIT_OPTION: True}),
                                       expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One explicit write transaction (BEGIN IMMEDIATE on SQLite): committed on success, rolled back on any error."""
        if self.daily_backup:
            self.daily_backup = False
            self._backup_if_first_write_today()
        with self._sentences():
            with self.writes.begin() as session:
                yield session

    @contextmanager
    def transaction_without_waiting(self) -> Iterator[Session]:
        """A write transaction that raises `StoreBusyError` at once if another window or command is writing.

        For housekeeping that can wait for the next start (removing orphaned archive files).
        """
        with self._sentences():
            with self.writes_now.begin() as session:
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

    def backup(self, *, label: str) -> Path | None:
        """A checked backup of a file store (None for a server database); see store/backups.py."""
        db_path = self.profile.db_path
        if db_path is None or not db_path.exists():
            return None
        return backup_store(db_path, self.profile.backups_dir, label=label)

    def _backup_if_first_write_today(self) -> None:
        db_path = self.profile.db_path
        if db_path is not None and backups.daily_backup_due(db_path, self.profile.backups_dir):
            self.backup(label="daily")

    def close(self) -> None:
        pool = self.engine.pool
        self.engine.dispose()
        if self.engine.dialect.name != "sqlite":
            server_store.close_on_return(pool)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Every connection: WAL for crash safety with concurrent readers, FULL sync
    # so a commit survives power loss, and foreign keys actually enforced.
    # pysqlite's own transaction handling is switched off so that SQLAlchemy's
    # "BEGIN" (emitted in _begin below) is the one explicit transaction
    # (SQLAlchemy's documented recipe for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(connection: Any) -> None:
    options = connection.get_execution_options()
    if not options.get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN")
    elif not options.get(NOWAIT_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")


def make_engine(url: str, *, backups_dir: Path | None = None) -> Engine:
    if server_store.is_server_url(url):
        return server_store.make_server_engine(url)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        db_errors.install(engine, sqlite_path_of(url), backups_dir)
    return engine


def check_store_path(path: Path) -> None:
    """Refuse, with one sentence, a store path that cannot be a writable SQLite store."""
    if path.is_dir():
        raise StoreError(_("The store path {path} is a folder, not a store file; give the path of a .sqlite file.").format(
            path=path))
    if path.exists():
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise StoreError(_("The store path {path} is not a regular file; give the path of a .sqlite file.").format(
                path=path))
        if not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK):
            raise StoreError(_("The store {path} is read-only; make it writable or copy it somewhere you can write.").format(
                path=path))
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise StoreError(_("The store {path} cannot be read ({strerror}).").format(
                path=path, strerror=exc.strerror)) from None
        if header and header != SQLITE_MAGIC:
            raise StoreError(_("The file {path} is not an ASCN Desktop store (it is not a SQLite database).").format(
                path=path))
    else:
        parent = path.parent
        if not parent.is_dir():
            raise StoreError(_("The folder {parent} for the store does not exist; create it first or choose another path.").format(
                parent=parent))
        parent_mode = parent.stat().st_mode
        if not (parent_mode & stat.S_IWUSR) or not os.access(parent, os.W_OK):
            raise StoreError(_("The folder {parent} is read-only, so no store can be created there.").format(
                parent=parent))


def open_store(profile: Profile, *, create: bool = True, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the profile's store.

    With ``create=False`` a missing store file is an error instead of being made.
    """
    db_path = sqlite_path_of(profile.db_url)
    existed = False
    if db_path is not None:
        if not db_path.exists() and not create:
            raise StoreError(_("There is no store at {db_path}; run 'ascn init' to create one.").format(
                db_path=db_path))
        if db_path.parent == profile.home and not profile.home.exists():
            profile.home.mkdir(parents=True, exist_ok=True)
        check_store_path(db_path)
        existed = db_path.exists() and db_path.stat().st_size > 0
        if existed:
            # Read-only look first: opening with our settings would already
            # switch a foreign file to WAL mode, and a refusal must change nothing.
            _precheck(db_path, profile.backups_dir)
    engine = make_engine(profile.db_url, backups_dir=profile.backups_dir)
    try:
        state = migrations.inspect_state(engine)
        if state.is_newer:
            raise StoreError(
                _("This store was written by a newer version of ASCN Desktop (schema {current}); "
                "install that version to open it. The store was left untouched.").format(current=state.current)
            )
        backup: Path | None = None
        if migrate and state.needs_upgrade:
            if state.current is not None and db_path is not None:
                backup = backup_store(db_path, profile.backups_dir, label=f"before-upgrade-from-{state.current}")
            elif state.current is not None:
                backup = server_store.dump_before_upgrade(profile.db_url, profile.backups_dir, current=state.current)
            migrations.upgrade(engine)
        sessions = sessionmaker(engine, expire_on_commit=False)
        return Store(profile=profile, engine=engine, sessions=sessions, backup_made=backup, daily_backup=existed)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:  # SQLAlchemy wraps DB-API errors the classification did not claim
        engine.dispose()
        orig = getattr(exc, "orig", None)
        if orig is not None and orig.__class__.__module__ == "sqlite3":
            raise StoreError(_("The store {db_path} cannot be opened ({orig}); it may be damaged or not a store.").format(
                db_path=db_path, orig=orig)) from None
        server_error = server_store.translate(exc, profile.db_url) if isinstance(exc, DBAPIError) else None
        if server_error is not None and db_path is None:
            raise server_error from None
        raise


def _precheck(db_path: Path, backups_dir: Path) -> None:
    """Foreign, newer and damaged files are refused here, through a read-only connection."""
    import sqlite3

    try:
        migrations.precheck_sqlite_file(db_path)
        findings = quick_check(db_path)
    except sqlite3.Error as exc:
        known = db_errors.classify_sqlite(exc, db_path, backups_dir)
        raise known or StoreError(_("The store {db_path} cannot be opened ({exc}); it may be damaged or not a store.").format(
            db_path=db_path, exc=exc)) from None
    if findings:
        log.error("store %s failed its quick check: %s", db_path, findings)
        raise db_errors.damaged_error(db_path, backups_dir)


