"""Upgrading in place: a newer app on the same profile migrates the store after a backup.

This test gives the app a next revision after the shipped head (a copy of db/
with an extra revision that adds a column) and opens a
store saved at schema 0001 with it, exactly as a new release would.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ascn_desktop.core import resources
from ascn_desktop.core.plans import list_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store import migrations
from tests.conftest import FIXTURES

NEXT_REVISION = '''"""A next release's schema change (test only): plans get a note column.

Revision ID: 9001
Revises: {head}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("release_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("release_note")
'''


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    scripts = tmp_path / "next-db"
    shutil.copytree(resources.migrations_path(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = max(path.name.split("_")[0] for path in (scripts / "versions").glob("[0-9]*_*.py"))
    (scripts / "versions" / "9001_next_release.py").write_text(NEXT_REVISION.replace("{head}", head),
                                                               encoding="utf-8")
    monkeypatch.setattr(migrations, "migrations_path", lambda: scripts)
    return scripts


def test_old_store_is_backed_up_then_migrated_keeping_every_plan(next_release: Path, tmp_path: Path) -> None:
    home = tmp_path / "profile"
    home.mkdir()
    shutil.copyfile(FIXTURES / "store-schema-0001.sqlite", home / "ascn.sqlite")

    store = open_profile_store(resolve_profile(home))
    plans = list_plans(store)
    backup = store.backup_made
    store.close()

    assert len(plans) == 26 and any(plan.city_name == "Đà Nẵng" for plan in plans)
    assert backup is not None and backup.parent == home / "backups"
    check = sqlite3.connect(backup)
    assert check.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert check.execute("SELECT count(*) FROM plans").fetchone() == (26,)
    check.close()
    upgraded = sqlite3.connect(home / "ascn.sqlite")
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == ("9001",)
    assert "release_note" in {row[1] for row in upgraded.execute("PRAGMA table_info(plans)")}
    upgraded.close()


def test_the_old_app_then_refuses_the_upgraded_store(next_release: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "profile"
    home.mkdir()
    shutil.copyfile(FIXTURES / "store-schema-0001.sqlite", home / "ascn.sqlite")
    open_profile_store(resolve_profile(home)).close()
    monkeypatch.undo()  # back to this release's migrations: an older app
    from ascn_desktop.core.errors import StoreError

    with pytest.raises(StoreError, match="newer version"):
        open_profile_store(resolve_profile(home))
