"""An evidence link on each yearly value of an indicator.

Where a city's reported actual value can be checked (a statistics office's
table, a dashboard, a report): the Secretariat's monitoring asked for it. A
web address, empty where there is none; declared in core/fields.py and carried
in plan.json only when not empty (docs/bundle-format.md), so plans that do not
use it keep their bytes and older bundles import as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evidence', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.drop_column('evidence')
