"""Running the Alembic migrations in ``db/`` programmatically.

Opening a store only needs to know whether its schema is the newest one, and
that question is answered here without Alembic: the revision history is read
from the migration files themselves (their ``revision`` and ``down_revision``
lines) and the store's stamp from its ``alembic_version`` table. Loading
Alembic costs about half a second, so it is imported only when a migration
actually runs (tests/test_migrations.py checks that both readings agree).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ascn_desktop.core.errors import StoreError
from ascn_desktop.core.resources import migrations_path
from ascn_desktop.core.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:'([^']*)'|"([^"]*)"|None)\s*$""",
                            re.MULTILINE)


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


def revision_chain() -> tuple[str, ...]:
    """Every revision in db/versions, oldest first (one linear history: one head)."""
    return _chain_in(Path(migrations_path()))


@cache
def _chain_in(folder: Path) -> tuple[str, ...]:
    parents: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        fields = {match[1]: match[2] or match[3] or None for match in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        if "revision" in fields and fields["revision"]:
            parents[fields["revision"]] = fields.get("down_revision")
    heads = set(parents) - {parent for parent in parents.values() if parent}
    if len(heads) != 1:
        raise StoreError(_("The application's migrations are damaged (not one schema head); reinstall ASCN Desktop."))
    chain = [heads.pop()]
    while (parent := parents.get(chain[-1])) is not None:
        chain.append(parent)
    return tuple(reversed(chain))


def head_revision() -> str:
    return revision_chain()[-1]


def known_revisions() -> set[str]:
    return set(revision_chain())


def inspect_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        elif tables:
            # Tables but no Alembic stamp: not a store this app wrote.
            if engine.dialect.name == "sqlite":
                raise StoreError(_("This SQLite file is not an ASCN Desktop store (it holds other tables)."))
            raise StoreError(_("This database holds another program's tables and is not an ASCN Desktop store; "
                             "give the URL of an empty database or of an existing store."))
    known = current is None or current in known_revisions()
    return SchemaState(current=current, head=head_revision(), known=known)


def precheck_sqlite_file(path: Path) -> None:
    """Refuse a foreign or newer SQLite file after looking at it read-only.

    SQLite's own errors (damaged, busy, no permission) go to the caller, which
    tells them apart (store/engine.py).
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        raise StoreError(_("The file {path} is not an ASCN Desktop store (it holds another program's tables).").format(
            path=path))
    if version is not None and version not in known_revisions():
        raise StoreError(
            _("This store was written by a newer version of ASCN Desktop (schema {version}); "
            "install that version to open it. The store was left untouched.").format(version=version)
        )


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations in one transaction (the only place Alembic is loaded).

    On a server store several analysts' programs may start at once: each takes the migration
    lock first, in READ COMMITTED so that the one that waited then sees the revision the first
    one committed (and has nothing left to do).
    """
    from alembic import command

    config = alembic_config()
    if engine.dialect.name == "sqlite":
        # BEGIN IMMEDIATE (store/engine.py): a second program waits for the upgrade instead of failing.
        with engine.connect() as connection, connection.execution_options(ascn_write=True).begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return
    from ascn_desktop.store.server_store import lock_for_migration

    with engine.connect().execution_options(isolation_level="READ COMMITTED") as connection, connection.begin():
        lock_for_migration(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
