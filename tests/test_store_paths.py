"""A store path that cannot work gets one sentence, and nothing is created or changed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def test_folder_as_store(tmp_path: Path) -> None:
    (tmp_path / "store.sqlite").mkdir()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="is a folder"):
        open_profile_store(resolve_profile(tmp_path / "home", str(tmp_path / "store.sqlite")))
    assert _snapshot(tmp_path) == before


def test_not_a_sqlite_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Meeting notes, not a database\n", encoding="utf-8")
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_profile_store(resolve_profile(tmp_path / "home", str(bogus)))
    assert _snapshot(tmp_path) == before


def test_read_only_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_profile_store(resolve_profile(home)).close()
    db_file = home / "ascn.sqlite"
    os.chmod(db_file, 0o444)
    before = _snapshot(tmp_path)
    try:
        with pytest.raises(StoreError, match="read-only"):
            open_profile_store(resolve_profile(home))
        assert _snapshot(tmp_path) == before
    finally:
        os.chmod(db_file, 0o644)


def test_missing_parent_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_profile_store(resolve_profile(tmp_path / "home", str(tmp_path / "nowhere" / "x.sqlite")))
    assert not (tmp_path / "nowhere").exists()


def test_sqlite_file_of_another_program(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.commit()
    connection.close()
    before = _snapshot(tmp_path)
    with pytest.raises(StoreError, match="not an ASCN Desktop store"):
        open_profile_store(resolve_profile(tmp_path / "home", str(other)))
    assert _snapshot(tmp_path) == before
