"""A store on a database server (PostgreSQL): connecting, error sentences, conflicts, backups.

The Secretariat's analysts share one store on PostgreSQL (docs/install.md, "A shared
Secretariat store"); a city officer's SQLite file never comes here. Everything that is
specific to the server engine lives in this module, so core/ never writes dialect SQL:

- every transaction is SERIALIZABLE, so two analysts' writes behave as if one came after
  the other; when the server cannot order them it cancels one (SQLSTATE 40001), and
  `conflict_sentence` + the callers' retries (store/retries.py) turn that into "done", or
  into one sentence after several tries;
- errors of the driver become one plain sentence (`server_error_sentence`): server down,
  wrong password, missing permission, unknown database, lost connection;
- before a migration, `dump_before_upgrade` takes a pg_dump backup, or refuses and says
  how to take one.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import Pool

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.i18n import _

log = logging.getLogger(__name__)

# SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html)
SERIALIZATION_FAILURE = "40001"
DEADLOCK = "40P01"
UNIQUE_VIOLATION = "23505"
INSUFFICIENT_PRIVILEGE = "42501"
READ_ONLY_TRANSACTION = "25006"
DISK_FULL = "53100"
ADMIN_SHUTDOWN = "57P01"
CONNECTION_CLASS = "08"

CONFLICT_SENTENCE = ("Another analyst changed the same data at the same moment, and after several tries this "
                     "change could still not be saved; nothing of it was saved. Try again.")
# One constant key for the advisory lock that lets only one analyst's program migrate at a time.
MIGRATION_LOCK = 0x4153434E  # "ASCN"


class ConflictError(StoreError):
    """Two analysts' transactions collided; the one that got this was undone and may simply be tried again."""


def is_server_url(url: str) -> bool:
    return not url.startswith("sqlite")


def where(url: str) -> str:
    """The store's address for a sentence: host, port and database, never the password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return _("the database server")
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return _("database '{database}' on {host}{port}").format(
        database=parsed.database or "", host=host, port=port)


def make_server_engine(url: str) -> Engine:
    """An engine for a server URL, or one sentence (driver missing, URL unreadable, unknown engine)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(_("The store address given with --db is not a database URL; write it like "
                         "postgresql+psycopg://USER@HOST:5432/DATABASE (docs/install.md).")) from None
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(_("ASCN Desktop keeps its store in SQLite or PostgreSQL, not in "
                         "'{get_backend_name}'; give a postgresql+psycopg:// URL or a .sqlite path.").format(
                             get_backend_name=parsed.get_backend_name()))
    if parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the driver this app ships with
    try:
        engine = create_engine(parsed, isolation_level="SERIALIZABLE", pool_pre_ping=True,
                               connect_args={"connect_timeout": 10, "application_name": "ascn-desktop"})
    except (ImportError, NoSuchModuleError):
        raise StoreError(_("This installation cannot reach a PostgreSQL store: its driver is missing; install "
                         "ASCN Desktop with the PostgreSQL extra (pip install 'ascn-desktop[postgres]').")) from None
    # A store dropped without close() still ends its server sessions (the pool is not part of the engine's cycle).
    weakref.finalize(engine, engine.pool.dispose)
    return engine


def close_on_return(pool: Pool) -> None:
    """After the store is closed, a connection a background task still held is closed when it comes back.

    Disposing the engine closes only the connections resting in its pool; one that a worker
    thread returns later would otherwise stay open (a server session) until garbage collection.
    """
    event.listen(pool, "checkin", _close_connection)


def _close_connection(dbapi_connection: Any, _record: Any) -> None:
    if dbapi_connection is not None:
        dbapi_connection.close()


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_conflict(exc: BaseException) -> bool:
    """A collision with another analyst's transaction, which a fresh try resolves."""
    return _sqlstate(exc) in (SERIALIZATION_FAILURE, DEADLOCK, UNIQUE_VIOLATION)


def server_error_sentence(exc: DBAPIError, url: str) -> str | None:
    """One plain sentence for a driver error of the server store, or None when it is not one of ours."""
    state = _sqlstate(exc) or ""
    message = str(getattr(exc, "orig", exc))
    place = where(url)
    lowered = message.lower()
    if "password authentication failed" in lowered or ("role" in lowered and "does not exist" in lowered):
        return (_("The database server refused the user name or password for the {place}; check the user and "
                "password in the store URL (or in ~/.pgpass).").format(place=place))
    if "database" in lowered and "does not exist" in lowered:
        return (_("There is no {place}; ask the database administrator to create it (docs/install.md, "
                "\"A shared Secretariat store\").").format(place=place))
    if "no pg_hba.conf entry" in lowered:
        return (_("The database server does not let this computer connect to the {place}; ask the database "
                "administrator to allow it in pg_hba.conf.").format(place=place))
    if state == INSUFFICIENT_PRIVILEGE or "permission denied" in lowered:
        return (_("The database user has no permission to do this in the {place}; ask the database administrator "
                "to grant the analysts' role its rights (docs/install.md). Nothing was changed.").format(place=place))
    if state == READ_ONLY_TRANSACTION:
        return _("The {place} is read-only at the moment (a standby server?); nothing was changed.").format(
            place=place)
    if state == DISK_FULL:
        return _("The database server of the {place} has run out of disk space; nothing was changed.").format(
            place=place)
    if state in (SERIALIZATION_FAILURE, DEADLOCK, UNIQUE_VIOLATION):
        return CONFLICT_SENTENCE
    if (state.startswith(CONNECTION_CLASS) or state == ADMIN_SHUTDOWN or "connection refused" in lowered
            or "could not connect" in lowered or "connection failed" in lowered or "timeout expired" in lowered
            or "could not translate host name" in lowered or "server closed the connection" in lowered
            or "connection is closed" in lowered or "terminating connection" in lowered
            or "consuming input failed" in lowered or "the connection is lost" in lowered):
        return (_("The database server for the {place} cannot be reached (it may be stopped, or the network is "
                "down); nothing unfinished was saved. Start it or check the address, then try again.").format(
                    place=place))
    return None


def translate(exc: DBAPIError, url: str) -> StoreError | None:
    sentence = server_error_sentence(exc, url)
    if sentence is None:
        return None
    log.warning("database server error on %s: %s", where(url), exc)
    return ConflictError(sentence) if sentence == CONFLICT_SENTENCE else StoreError(sentence)


# --- migrations ------------------------------------------------------------------


def lock_for_migration(connection: Connection) -> None:
    """Only one analyst's program migrates: the others wait here, then find the store up to date."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def pg_dump_program() -> str | None:
    explicit = os.environ.get("ASCN_PG_DUMP")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    found = shutil.which("pg_dump")
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "pg_dump").is_file():
            return str(folder / "pg_dump")
    return None


def _dump_refusal(url: str, current: str, reason: str) -> StoreError:
    database = make_url(url).database or "DATABASE"
    return StoreError(
        _("The shared store ({url}) needs an upgrade from schema {current}, and ASCN Desktop takes a backup "
        "with pg_dump first, but {reason}. Install the PostgreSQL client tools (or set ASCN_PG_DUMP to pg_dump's "
        "path) and open the store again, or take the backup yourself with "
        "pg_dump --format=custom --file=ascn-before-upgrade.dump {database} and then open it once with "
        "ASCN_BACKUP_TAKEN=1 set. The store was left untouched.").format(
            url=where(url), current=current, reason=reason, database=database))


def dump_before_upgrade(url: str, backups_dir: Path, *, current: str) -> Path | None:
    """A pg_dump (custom format) of the store before it is migrated, or a refusal saying how to take one.

    ASCN_BACKUP_TAKEN=1 says the administrator has taken a backup of their own: no dump, no refusal.
    """
    if os.environ.get("ASCN_BACKUP_TAKEN") == "1":
        log.info("upgrading %s without pg_dump: ASCN_BACKUP_TAKEN=1", where(url))
        return None
    program = pg_dump_program()
    if program is None:
        raise _dump_refusal(url, current, "pg_dump was not found on this computer")
    parsed = make_url(url)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{parsed.database}-{stamp}-before-upgrade-from-{current}.dump"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".dump.tmp")
        completed = subprocess.run([program, "--format=custom", f"--file={partial}", "--no-password",
                                    "--dbname", _libpq_url(parsed)], capture_output=True, text=True,
                                   env={**os.environ, **_password_env(parsed)}, timeout=3600, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise _dump_refusal(url, current, f"pg_dump could not be run ({exc})") from None
    if completed.returncode != 0:
        partial.unlink(missing_ok=True)
        first_line = (completed.stderr.strip().splitlines() or ["no message"])[0]
        raise _dump_refusal(url, current, f"pg_dump failed ({first_line})")
    os.replace(partial, target)
    log.info("store dumped to %s before the upgrade", target)
    return target


def _libpq_url(parsed: URL) -> str:
    """The URL without driver name and password (the password goes through PGPASSWORD)."""
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False)


def _password_env(parsed: URL) -> dict[str, Any]:
    return {"PGPASSWORD": parsed.password} if parsed.password else {}
