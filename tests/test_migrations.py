"""Every store this app ever wrote opens and upgrades; a newer one is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.plans import list_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.migrations import inspect_state
from ascn_desktop.store.models import Base
from tests.conftest import FIXTURES

FIXTURE_STORES = sorted(FIXTURES.glob("store-schema-*.sqlite"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_a_fixture_for_the_first_schema() -> None:
    assert any(path.name == "store-schema-0001.sqlite" for path in FIXTURE_STORES)


def test_empty_store_migrates_to_head_and_matches_the_models(tmp_path: Path) -> None:
    store = open_profile_store(resolve_profile(tmp_path))
    state = inspect_state(store.engine)
    assert state.current == state.head
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    store.close()
    assert differences == [], "models.py and db/versions disagree; write a migration"


@pytest.mark.parametrize("fixture", FIXTURE_STORES, ids=lambda p: p.name)
def test_fixture_store_upgrades_keeping_its_plans(fixture: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db_file = home / "ascn.sqlite"
    shutil.copyfile(fixture, db_file)
    store = open_profile_store(resolve_profile(home))
    state = inspect_state(store.engine)
    plans = list_plans(store)
    store.close()
    assert state.current == state.head
    assert len(plans) == 26
    assert any(plan.city_name == "Hà Nội" for plan in plans)
    if fixture.name != f"store-schema-{state.head}.sqlite":
        backups = list((home / "backups").glob("*.sqlite"))
        assert len(backups) == 1, "an upgrade must leave a backup copy"
        check = sqlite3.connect(backups[0])
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        check.close()


def test_newer_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = open_profile_store(resolve_profile(home))
    store.close()
    db_file = home / "ascn.sqlite"
    raw = sqlite3.connect(db_file)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = _digest(db_file)
    with pytest.raises(StoreError, match="newer version"):
        open_profile_store(resolve_profile(home))
    assert _digest(db_file) == before
    assert not (home / "backups").exists()


def test_sqlite_settings_on_every_connection(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_sqlalchemy_url_is_accepted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    store = open_profile_store(resolve_profile(tmp_path / "home", url))
    store.close()
    assert (tmp_path / "elsewhere.db").exists()
    assert create_engine(url).connect().exec_driver_sql("SELECT count(*) FROM cities").scalar() == 38


def test_the_schema_history_read_without_alembic_is_alembics_own() -> None:
    # Opening a store reads the revision chain from the migration files (Alembic loads only to migrate).
    from alembic.script import ScriptDirectory

    from ascn_desktop.store.migrations import alembic_config, head_revision, revision_chain

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert list(revision_chain()) == [rev.revision for rev in reversed(list(script.walk_revisions()))]
