"""Looking after the store file: the full check, backups on demand, restoring a backup.

The CLI (`ascn store check|backup|restore`) and the GUI's start-up dialog for a
damaged store call these. None of them opens the store through `open_store`:
a check must write nothing, and a restore works on a store that cannot be opened.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.profile import Profile
from ascn_desktop.store import db_errors
from ascn_desktop.store.backup_files import Backup, list_backups
from ascn_desktop.store.backups import backup_store, restore_backup
from ascn_desktop.store.integrity import integrity_check
from ascn_desktop.core.i18n import _


@dataclass(frozen=True)
class StoreCheck:
    path: Path
    findings: list[str]  # [] when SQLite found nothing wrong
    backups: list[Backup]  # newest first

    @property
    def sound(self) -> bool:
        return not self.findings


def store_file(profile: Profile) -> Path:
    """The profile's SQLite store file; refuses server databases and a missing file."""
    path = profile.db_path
    if path is None:
        raise StoreError(_("This store is a database server, not a file; check and back it up with the server's tools."))
    if not path.is_file():
        raise StoreError(_("There is no store at {path}; run 'ascn init' to create one.").format(path=path))
    return path


def check_store(profile: Profile) -> StoreCheck:
    """SQLite's full integrity and foreign-key checks of the store, read-only."""
    path = store_file(profile)
    try:
        findings = integrity_check(path)
    except sqlite3.Error as exc:
        raise db_errors.classify_sqlite(exc, path, profile.backups_dir) or StoreError(
            _("The store {path} could not be checked ({exc}).").format(path=path, exc=exc)) from None
    return StoreCheck(path=path, findings=findings, backups=list_backups(path, profile.backups_dir))


def damaged_store_error(check: StoreCheck, backups_dir: Path) -> db_errors.StoreDamagedError:
    error = db_errors.damaged_error(check.path, backups_dir)
    error.details = check.findings[:5]
    return error


def back_up(profile: Profile, *, label: str = "by-hand") -> Path:
    """A checked backup now (refused, with nothing copied, when the store is damaged)."""
    return backup_store(store_file(profile), profile.backups_dir, label=label)


def backups_of(profile: Profile) -> list[Backup]:
    path = profile.db_path
    return list_backups(path, profile.backups_dir) if path is not None else []


def restore(profile: Profile, backup: Backup) -> Path:
    """Put `backup` in the store's place after checking it; returns where the old store was kept."""
    path = profile.db_path
    if path is None:
        raise StoreError(_("This store is a database server, not a file; restore it with the server's tools."))
    _refuse_if_in_use(path)
    return restore_backup(path, backup.path)


def _refuse_if_in_use(path: Path) -> None:
    """A window or command still writing the store would write into the file being replaced."""
    if not path.exists():
        return
    try:
        connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(_("Another ASCN Desktop window or command is using the store {path}; close it and "
                             "restore again (nothing was changed).").format(path=path)) from None
    except sqlite3.Error:
        pass  # damaged beyond locking: nothing else can be writing it either
    finally:
        connection.close()
