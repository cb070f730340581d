"""Trusted keys remember which National Representative vouched for them.

From bundle format version 2 on, a national bundle's endorsement carries the
identity cards of the country's city officers its NR trusts. The Secretariat
trusts the NR once; importing the national bundle adds those city keys to the
registry with `vouched_by` = the NR's fingerprint, so the registry shows who
vouched for which key, and a key trusted by hand keeps `vouched_by` empty.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('trusted_keys') as batch:
        batch.add_column(sa.Column('vouched_by', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('trusted_keys') as batch:
        batch.drop_column('vouched_by')
