"""Running the Alembic migrations in ``db/`` programmatically."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.resources import migrations_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # revision in the store, None for an empty store
    head: str  # newest revision this version of the app knows
    known: bool  # whether `current` is one of ours

    @property
    def is_newer(self) -> bool:
        return self.current is not None and not self.known

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


def inspect_state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and inspect(connection).get_table_names():
            # Tables but no Alembic stamp: not a store this app wrote.
            raise StoreError("This SQLite file is not an ASCN Desktop store (it holds other tables).")
    known = current is None or any(rev.revision == current for rev in script.walk_revisions())
    return SchemaState(current=current, head=head, known=known)


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def precheck_sqlite_file(path: Path) -> None:
    """Refuse a foreign or newer SQLite file after looking at it read-only."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                version = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"The store {path} cannot be opened ({exc}); it may be damaged or not a store.") from None
    if tables and "alembic_version" not in tables:
        raise StoreError(f"The file {path} is not an ASCN Desktop store (it holds another program's tables).")
    if version is not None and version not in known_revisions():
        raise StoreError(
            f"This store was written by a newer version of ASCN Desktop (schema {version}); "
            "install that version to open it. The store was left untouched."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
