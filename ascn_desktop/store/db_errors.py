"""Database errors told apart, each as one sentence: busy, full, read-only, permission, damaged.

Every DB-API error raised while the store is used passes through `install` (an
SQLAlchemy ``handle_error`` listener): an error a person can do something about
becomes a `StoreError` subclass with its own sentence; anything else (a bug:
a constraint our code should have checked first) goes on unchanged to the
top-level "unexpected error" path. SQLite is classified by its result code
(`sqlite3.Error.sqlite_errorcode`); a server store's (PostgreSQL) errors are
translated by `store/server_store.translate`, which `Store` calls for them.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from ascn_desktop.core.errors import StoreError
from ascn_desktop.store.backup_files import backup_label, newest_backup
from ascn_desktop.core.i18n import _

log = logging.getLogger(__name__)

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26

# Below this much free space an I/O or open failure is almost surely the full disk
# (opening a WAL store needs a 32 KiB shared-memory file and room for the log).
LOW_SPACE_BYTES = 1024 * 1024


class StoreBusyError(StoreError):
    """Another window or command kept the store's write lock past the busy timeout."""


class StoreFullError(StoreError):
    """The disk (or file system quota) holding the store is full."""


class StoreReadOnlyError(StoreError):
    """The store file or its folder cannot be written."""


class StorePermissionError(StoreError):
    """The operating system refuses this user access to the store."""


class StoreDamagedError(StoreError):
    """SQLite found the store damaged; nothing was written to it."""

    def __init__(self, message: str, *, path: Path | None, newest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.newest_backup = newest_backup


def busy_sentence(path: Path | None) -> str:
    return (_("Another ASCN Desktop window or command is writing to the store {path} and did not finish "
            "in time; wait until it has finished and try again (nothing was changed).").format(path=_name(path)))


def full_sentence(path: Path | None) -> str:
    return (_("The disk holding the store {path} is full; free some space and try again "
            "(nothing was changed).").format(path=_name(path)))


def read_only_sentence(path: Path | None) -> str:
    return (_("The store {path} or its folder is read-only; make them writable or copy the store "
            "somewhere you can write (nothing was changed).").format(path=_name(path)))


def permission_sentence(path: Path | None) -> str:
    return (_("This user is not allowed to open or write the store {path} or its folder; "
            "check their permissions (nothing was changed).").format(path=_name(path)))


def io_sentence(path: Path | None) -> str:
    return (_("The store {path} could not be read or written (a disk error); check the disk "
            "(is it still connected?) and try again (nothing was changed).").format(path=_name(path)))


def damaged_sentence(path: Path | None, newest_backup: Path | None) -> str:
    """One sentence: the store is damaged, nothing was written, and what to restore."""
    if newest_backup is None:
        return (_("The store {path} is damaged, so nothing was written to it, and there is no backup of it; "
                "keep the file for support and start a new store with 'ascn init' after moving it aside.").format(
                    path=_name(path)))
    return (_("The store {path} is damaged, so nothing was written to it; restore the backup of "
            "{newest_backup} with 'ascn store restore'.").format(
                path=_name(path), newest_backup=backup_label(newest_backup)))


def damaged_error(path: Path | None, backups_dir: Path | None) -> StoreDamagedError:
    newest = newest_backup(path, backups_dir) if path is not None else None
    return StoreDamagedError(damaged_sentence(path, newest), path=path, newest_backup=newest)


def classify_sqlite(error: BaseException, path: Path | None, backups_dir: Path | None) -> StoreError | None:
    """The `StoreError` a SQLite error means for a person, or None when it is not theirs to fix."""
    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error)
    if "Could not decode to UTF-8" in text:  # text bytes of a record were changed on disk
        return damaged_error(path, backups_dir)
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _code_from_text(text)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged_error(path, backups_dir)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreBusyError(busy_sentence(path))
    if primary == SQLITE_FULL:
        return StoreFullError(full_sentence(path))
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) and _low_space(path):
        return StoreFullError(full_sentence(path))
    if primary == SQLITE_READONLY:
        return StoreReadOnlyError(read_only_sentence(path))
    if primary in (SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return StorePermissionError(permission_sentence(path))
    if primary == SQLITE_IOERR:
        return StoreError(io_sentence(path))
    return None


def _code_from_text(text: str) -> int | None:
    """Older Pythons lack `sqlite_errorcode`; SQLite's fixed messages still say which error it was."""
    known = {
        "database is locked": SQLITE_BUSY, "database table is locked": SQLITE_LOCKED,
        "database or disk is full": SQLITE_FULL, "attempt to write a readonly database": SQLITE_READONLY,
        "database disk image is malformed": SQLITE_CORRUPT, "file is not a database": SQLITE_NOTADB,
        "disk I/O error": SQLITE_IOERR, "unable to open database file": SQLITE_CANTOPEN,
    }
    return next((code for message, code in known.items() if message in text), None)


def _low_space(path: Path | None) -> bool:
    if path is None:
        return False
    folder = path.parent
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _name(path: Path | None) -> str:
    return str(path) if path is not None else "in use"


def install(engine: Engine, path: Path | None, backups_dir: Path | None) -> None:
    """Turn the engine's database errors into their sentences (see the module docstring)."""

    def handle_error(context: Any) -> None:
        known = classify_sqlite(context.original_exception, path, backups_dir)
        if known is not None:
            log.warning("store error (%s): %s", context.original_exception, known.message)
            raise known from context.original_exception

    event.listen(engine, "handle_error", handle_error)
