"""The store's backup files: how they are named, found and labelled for a person.

Apart from backups.py (taking and restoring them), because the sentences of
db_errors.py name the newest backup and backups.py words its failures with
db_errors: both import this module, and neither imports the other's importer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<why>[A-Za-z0-9_.-]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # aware, UTC
    why: str  # "daily", "before-import", "before-upgrade-from-0001", ...

    @property
    def label(self) -> str:
        return backup_label(self.path)


def list_backups(db_path: Path, backups_dir: Path) -> list[Backup]:
    """The backups of the store at `db_path`, newest first."""
    if not backups_dir.is_dir():
        return []
    found: list[Backup] = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != db_path.stem or not path.is_file():
            continue
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(Backup(path=path, taken_at=taken_at, why=match["why"]))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def newest_backup(db_path: Path, backups_dir: Path | None) -> Path | None:
    if backups_dir is None:
        return None
    backups = list_backups(db_path, backups_dir)
    return backups[0].path if backups else None


def backup_label(path: Path) -> str:
    """'6 Dec 2026, 14:02' (local time) for a backup file; its name when it does not follow ours."""
    match = _NAME.match(path.name)
    if match is None:
        return path.name
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC).astimezone()
    return f"{taken.day} {taken:%b %Y, %H:%M}"
