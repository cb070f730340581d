"""The store looks after itself: damage noticed on open, checked backups, restore.

- every command refuses a damaged store with one sentence that offers its
  newest backup, and writes nothing into it (`import-xlsx` included);
- `ascn store check` runs the full check, `ascn store restore` lists backups
  and restores one after checking it, keeping the damaged file aside;
- backups: made with SQLite's backup API before imports and on the first write
  of a day, never of a damaged store, the newest KEEP_BACKUPS kept.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ascn_desktop.core.profile import Profile, resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.backup_files import STAMP_FORMAT, list_backups
from ascn_desktop.store.backups import KEEP_BACKUPS, backup_store
from ascn_desktop.store.db_errors import StoreDamagedError
from ascn_desktop.store.engine import Store
from ascn_desktop.store.integrity import integrity_check, quick_check
from store_damage import damage_text, digest, flip_table_root, settle, written_since

DAMAGED = "is damaged, so nothing was written to it"


@pytest.fixture
def demo_home(demo_template: Path, tmp_path: Path) -> Path:
    """A profile folder holding a copy of the demo store (and one backup of it)."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(demo_template, home / "ascn.sqlite")
    backup_store(home / "ascn.sqlite", home / "backups", label="by-hand")
    return home


@pytest.fixture
def workbook(demo_template: Path, tmp_path: Path, run_cli) -> Path:  # type: ignore[no-untyped-def]
    """Hà Nội's plan as a workbook, written from a healthy copy of the store."""
    home = tmp_path / "workbook-home"
    home.mkdir()
    shutil.copyfile(demo_template, home / "ascn.sqlite")
    target = tmp_path / "hanoi.xlsx"
    assert run_cli("--home", str(home), "template", "ha noi", "--out", str(target)).status == 0
    return target


def test_a_damaged_store_is_noticed_by_every_command_and_nothing_is_written(
        demo_home: Path, workbook: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db_path = demo_home / "ascn.sqlite"
    flip_table_root(db_path, "plans")
    assert quick_check(db_path), "the flipped page must be damage SQLite's quick check sees"
    before = digest(db_path)
    commands = [
        ["plan", "list"], ["plan", "show", "ha noi"], ["monitor"], ["cities"], ["init"], ["demo"],
        ["export-data", "--format", "csv", "--out", str(tmp_path / "out")],
        ["import-xlsx", str(workbook), "--city", "ha noi"], ["store", "check"], ["store", "backup"],
    ]
    for command in commands:
        result = run_cli("--home", str(demo_home), *command)
        assert result.status == 1, (command, result)
        first_line = result.err.splitlines()[0]
        assert DAMAGED in first_line and "restore the backup of" in first_line, (command, result.err)
        assert "unexpected" not in result.err and "Traceback" not in result.err
        assert not written_since(db_path, before), f"'{' '.join(command)}' wrote into the damaged store"
    assert len(list_backups(db_path, demo_home / "backups")) == 1, "a damaged store was backed up"


def test_damaged_text_is_noticed_and_import_xlsx_writes_nothing(
        demo_home: Path, workbook: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """Bytes changed inside a text value: SQLite's page checks pass, reading the value does not."""
    db_path = demo_home / "ascn.sqlite"
    damage_text(db_path, "Hà Nội")
    assert quick_check(db_path) == [], "this damage is invisible to the page structure"
    assert integrity_check(db_path), "the full check reads every text value"
    before = digest(db_path)
    shown = run_cli("--home", str(demo_home), "plan", "show", "ha noi")
    assert shown.status == 1 and DAMAGED in shown.err, shown
    imported = run_cli("--home", str(demo_home), "import-xlsx", str(workbook), "--city", "ha noi")
    assert imported.status == 1 and DAMAGED in imported.err, imported
    assert "Imported" not in imported.out
    assert not written_since(db_path, before)


def test_store_check_and_restore(demo_home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db_path = demo_home / "ascn.sqlite"
    home = ["--home", str(demo_home)]
    sound = run_cli(*home, "store", "check")
    assert sound.status == 0 and "is sound" in sound.out and "1 backups" in sound.out, sound
    plans_before = run_cli(*home, "plan", "list").out
    flip_table_root(db_path, "projects")
    damaged_bytes = db_path.read_bytes()
    check = run_cli(*home, "store", "check")
    assert check.status == 1 and DAMAGED in check.err
    listing = run_cli(*home, "store", "restore")
    assert listing.status == 0 and " 1  " in listing.out and "by-hand" in listing.out, listing
    restored = run_cli(*home, "store", "restore", "1")
    assert restored.status == 0 and "Restored the backup of" in restored.out, restored
    kept = [path for path in demo_home.glob("ascn-damaged-*.sqlite")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes, "the damaged file must be kept aside"
    assert integrity_check(db_path) == []
    assert run_cli(*home, "plan", "list").out == plans_before
    assert run_cli(*home, "store", "check").status == 0


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db_path = demo_home / "ascn.sqlite"
    backup = list_backups(db_path, demo_home / "backups")[0].path
    flip_table_root(backup, "plans")
    before = digest(db_path)
    result = run_cli("--home", str(demo_home), "store", "restore", "1")
    assert result.status == 1 and "is damaged too" in result.err, result
    assert digest(db_path) == before and not list(demo_home.glob("ascn-damaged-*"))


def test_backups_rotate_keeping_the_newest(demo_home: Path) -> None:
    db_path = demo_home / "ascn.sqlite"
    for _ in range(KEEP_BACKUPS + 3):
        backup_store(db_path, demo_home / "backups", label="before-import")
    kept = list_backups(db_path, demo_home / "backups")
    assert len(kept) == KEEP_BACKUPS
    assert all(integrity_check(backup.path) == [] for backup in kept[:2])
    assert len(list((demo_home / "backups").iterdir())) == KEEP_BACKUPS, "no temporary file may be left"


def test_first_write_of_a_day_makes_a_backup(demo_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = demo_home / "ascn.sqlite"
    folder = demo_home / "backups"
    yesterday = datetime.now(UTC) - timedelta(days=1)
    old = list_backups(db_path, folder)[0].path
    old.rename(folder / f"ascn-{yesterday.strftime(STAMP_FORMAT)}-by-hand.sqlite")
    store = open_profile_store(resolve_profile(demo_home))  # loading reference data is the first write
    try:
        daily = [b for b in list_backups(db_path, folder) if b.why == "daily"]
        assert len(daily) == 1
        with store.transaction():
            pass
        assert len([b for b in list_backups(db_path, folder) if b.why == "daily"]) == 1, "one a day"
    finally:
        store.close()


def test_a_new_store_is_not_backed_up(profile: Profile) -> None:
    store = open_profile_store(profile)
    store.close()
    assert not profile.backups_dir.exists()


def test_an_import_backs_up_first_and_refuses_a_damaged_store(demo_store: Store, tmp_path: Path) -> None:
    from ascn_desktop.core.bundles.bundle_import import import_bundles
    from bundle_factory import city_bundle, demo_plan, load, make_signer, trust, write

    reference = load(demo_store)
    signer = make_signer()
    trust(demo_store, signer)
    bundle = write(tmp_path / "in", "danang.ascn", city_bundle(demo_plan(reference), reference, signer))
    db_path = demo_store.profile.db_path
    assert db_path is not None
    outcomes = import_bundles(demo_store, [bundle])
    assert outcomes[0].status == "imported"
    assert [b.why for b in list_backups(db_path, demo_store.profile.backups_dir)].count("before-import") == 1
    demo_store.close()
    flip_table_root(db_path, "projects")
    before = digest(db_path)
    with pytest.raises(StoreDamagedError):
        store = open_profile_store(demo_store.profile)
        store.close()
    assert digest(db_path) == before


def test_damage_sentence_without_a_backup(demo_template: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "nobackup"
    home.mkdir()
    shutil.copyfile(demo_template, home / "ascn.sqlite")
    flip_table_root(home / "ascn.sqlite", "plans")
    result = run_cli("--home", str(home), "plan", "list")
    assert result.status == 1 and "there is no backup of it" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_settle_keeps_the_store_readable(demo_home: Path) -> None:
    settle(demo_home / "ascn.sqlite")
    assert quick_check(demo_home / "ascn.sqlite") == []


def test_orphaned_archive_files_are_removed_at_the_next_start(store: Store) -> None:
    """A bundle archived by a batch that was killed before its commit has no row: the next start removes it."""
    from ascn_desktop.core.bundles.bundle_archive import remove_orphans

    home = store.profile.home
    orphan = home / "archive" / "city-plan" / "VNM" / "killed-batch.ascn"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"PK... the archived copy of an import that never committed")
    partial = orphan.with_name(".ascn-tmp-killed-batch.ascn")
    partial.write_bytes(b"half")
    store.close()
    reopened = open_profile_store(store.profile)
    try:
        assert not orphan.exists() and not partial.exists()
        # An import in flight in another window holds the write lock: its files are left alone.
        orphan.write_bytes(b"in flight")
        db_path = store.profile.db_path
        import sqlite3

        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            assert remove_orphans(reopened) == []
            assert orphan.exists()
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert remove_orphans(reopened) == [orphan]
    finally:
        reopened.close()
