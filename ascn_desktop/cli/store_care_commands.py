"""`ascn store check|backup|restore`: the store file's full check, a backup now, restoring a backup."""

from __future__ import annotations

import argparse
from typing import Any

from ascn_desktop.cli.common import add_json_flag, command, print_json, profile_of
from ascn_desktop.core.errors import AscnError
from ascn_desktop.core.store_care import back_up, backups_of, check_store, damaged_store_error, restore
from ascn_desktop.store.backup_files import Backup, backup_label
from ascn_desktop.core.i18n import _


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    store = subparsers.add_parser("store", parents=[common], help=_("check the store, back it up, restore a backup"))
    actions = store.add_subparsers(dest="store_command", metavar="ACTION", required=True)

    check = command(actions, cmd_check, "check", parents=[common],
                               help=_("SQLite's full integrity check of the store (writes nothing)"))
    add_json_flag(check)

    backup = command(actions, cmd_backup, "backup", parents=[common], help=_("a checked backup of the store now"))

    restore_parser = command(actions, cmd_restore,
        "restore", parents=[common],
        help=_("list the backups, or restore one (checked first; the current store is kept aside)"))
    restore_parser.add_argument("backup", nargs="?", metavar="NUMBER",
                                help=_("the number 'ascn store restore' lists (1 = newest), or a backup file name"))


def cmd_check(args: argparse.Namespace) -> int:
    profile = profile_of(args)
    result = check_store(profile)
    if args.json:
        print_json({"store": str(result.path), "sound": result.sound, "findings": result.findings,
                    "backups": [_backup_json(b) for b in result.backups]})
        return 0 if result.sound else 1
    if not result.sound:
        raise damaged_store_error(result, profile.backups_dir)
    if result.backups:
        sentence = _("The store {path} is sound (SQLite's integrity check found nothing wrong); {backups} backups, "
                     "the newest of {newest}.")
    else:
        sentence = _("The store {path} is sound (SQLite's integrity check found nothing wrong); 0 backups.")
    print(sentence.format(path=result.path, backups=len(result.backups),
                          newest=result.backups[0].label if result.backups else ""))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    made = back_up(profile_of(args))
    print(_("The store was checked and backed up to {made}.").format(made=made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    profile = profile_of(args)
    backups = backups_of(profile)
    if not backups:
        raise AscnError(_("There is no backup of the store in {backups_dir}.").format(
            backups_dir=profile.backups_dir))
    if args.backup is None:
        print(_("Backups of {db_path}, newest first:").format(db_path=profile.db_path))
        for number, backup in enumerate(backups, start=1):
            print(f"  {number:>2}  {backup.label:<20} {backup.why:<30} {_size(backup)}")
        print(_("Restore one with 'ascn store restore NUMBER'; the current store is kept aside, not deleted."))
        return 0
    chosen = _chosen(backups, args.backup)
    aside = restore(profile, chosen)
    print(_("Restored the backup of {path} (checked: sound); the previous store was kept as "
          "{aside}.").format(path=backup_label(chosen.path), aside=aside))
    return 0


def _chosen(backups: list[Backup], text: str) -> Backup:
    if text.isdigit() and 1 <= int(text) <= len(backups):
        return backups[int(text) - 1]
    by_name = [backup for backup in backups if backup.path.name == text or str(backup.path) == text]
    if by_name:
        return by_name[0]
    raise AscnError(_("There is no backup {text!r}; run 'ascn store restore' to list them (1 to {backups}).").format(
        text=text, backups=len(backups)))


def _size(backup: Backup) -> str:
    try:
        size = backup.path.stat().st_size
    except OSError:
        return "?"
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} KB"


def _backup_json(backup: Backup) -> dict[str, Any]:
    return {"file": str(backup.path), "taken_at": backup.taken_at.isoformat(), "why": backup.why}
