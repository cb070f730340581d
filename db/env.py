"""Alembic environment: always runs on the connection the app hands over."""

from __future__ import annotations

from alembic import context

from ascn_desktop.store.models import Base

target_metadata = Base.metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through ascn_desktop.store.migrations, which supplies the connection.")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite needs batch mode to alter tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
