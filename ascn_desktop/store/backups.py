"""Rotating backups of the store, made with SQLite's backup API, and restoring one.

When: before a schema upgrade, before every import (bundles or a workbook) and
on the first write of each day (local time). Each backup first runs the full
integrity check on the store: a damaged store is never copied over a good
backup (the rotation would otherwise push the last sound copy out). The newest
`KEEP_BACKUPS` copies of a store are kept; older ones are deleted after a new
one is safely in place.

Backups live in the profile's ``backups/`` folder, named
``<store name>-<UTC time>-<why>.sqlite`` so a person can tell them apart.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.safe_files import describe_os_error
from ascn_desktop.store import db_errors
from ascn_desktop.store.backup_files import STAMP_FORMAT, list_backups
from ascn_desktop.store.integrity import integrity_check
from ascn_desktop.core.i18n import _

log = logging.getLogger(__name__)

# Ten copies: with a backup per import as well as per day, ten reach back over
# a week of ordinary use at the Secretariat (a few imports a day) and over ten
# working days at a city, and cost ten times the store (a 10,000-project store
# is about 40 MB; the 26-city demo about 1 MB).
KEEP_BACKUPS = 10


def backup_store(db_path: Path, backups_dir: Path, *, label: str, keep: int = KEEP_BACKUPS) -> Path:
    """A checked, consistent copy of the store via SQLite's backup API (never a file copy).

    Refuses with `StoreDamagedError` (and copies nothing) when the store fails
    its integrity check; deletes the oldest copies beyond `keep`.
    """
    findings = _checked(db_path)
    if findings:
        log.error("store %s failed its integrity check before a backup: %s", db_path, findings)
        raise db_errors.damaged_error(db_path, backups_dir)
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    target = backups_dir / f"{db_path.stem}-{stamp}-{label}.sqlite"
    _copy_database(db_path, target, failure=_("A backup of the store could not be written to {folder}").format(folder=backups_dir))
    log.info("store backed up to %s", target)
    rotate(db_path, backups_dir, keep=keep)
    return target


def _checked(db_path: Path) -> list[str]:
    try:
        return integrity_check(db_path)
    except sqlite3.Error as exc:
        known = db_errors.classify_sqlite(exc, db_path, None)
        raise known or StoreError(_("The store {db_path} could not be checked ({exc}).").format(
            db_path=db_path, exc=exc)) from None


def _copy_database(source_path: Path, target: Path, *, failure: str) -> None:
    """Copy with the backup API into a temporary file, flush it, then rename it into place."""
    temp = target.with_name(target.name + ".tmp")
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(temp)
            try:
                source.backup(destination)
                # A copy is one self-contained file: no -wal/-shm companions appear when it is read.
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        reason = describe_os_error(exc, target)
        raise StoreError(_("{failure}: {reason}. The store was not changed.").format(
            failure=failure, reason=reason[0].lower() + reason[1:-1])) from None
    except sqlite3.Error as exc:
        temp.unlink(missing_ok=True)
        known = db_errors.classify_sqlite(exc, target, None)
        reason = known.message if known is not None else str(exc)
        raise StoreError(_("{failure} ({reason}). The store was not changed.").format(
            failure=failure, reason=reason.rstrip('.'))) from None


def rotate(db_path: Path, backups_dir: Path, *, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete the oldest backups beyond `keep`; returns what was deleted."""
    removed: list[Path] = []
    for backup in list_backups(db_path, backups_dir)[keep:]:
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:  # a copy left over harms nothing; the next rotation tries again
            log.warning("old backup %s could not be removed: %s", backup.path, exc)
    return removed


def daily_backup_due(db_path: Path, backups_dir: Path) -> bool:
    """True when no backup of the store was taken today (local date)."""
    today = datetime.now().astimezone().date()
    return not any(backup.taken_at.astimezone().date() == today for backup in list_backups(db_path, backups_dir))


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the store with `backup` after checking the backup; returns where the old store was put.

    The old store (with its -wal and -shm files) is moved aside, never deleted,
    as ``<name>-damaged-<UTC time>.sqlite`` next to it. The backup itself stays.
    """
    try:
        findings = integrity_check(backup)
    except sqlite3.Error as exc:
        findings = [str(exc)]
    if findings:
        raise StoreError(_("The backup {name} is damaged too ({findings}); choose an older one.").format(
            name=backup.name, findings=findings[0]))
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    restored = db_path.with_name(f"{db_path.name}.restoring")
    _copy_database(backup, restored, failure=_("The backup {name} could not be copied next to the store").format(name=backup.name))
    aside = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    try:
        # The old log must go with the old file: left in place, SQLite would replay it into the backup.
        for suffix in ("", "-wal", "-shm", "-journal"):
            old = Path(f"{db_path}{suffix}")
            if old.exists():
                os.replace(old, Path(f"{aside}{suffix}"))
        os.replace(restored, db_path)
    except OSError as exc:
        restored.unlink(missing_ok=True)
        raise StoreError(_("The store could not be replaced by the backup: {exc}").format(
            exc=describe_os_error(exc, db_path))) from None
    log.warning("store %s restored from %s; the old store was moved to %s", db_path, backup, aside)
    return aside
