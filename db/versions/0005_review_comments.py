"""Reviews carry field-by-field comments.

A returned plan's review note may carry comments on the plan, on one project
or on a single field (docs/bundle-format.md, "Field comments"). The reviewer's
given review and the city's received review both keep them, as JSON: on the
city's side each comment also records the officer's answer and whether they
marked it resolved. Older reviews have none (NULL).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviews') as batch:
        batch.add_column(sa.Column('comments', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('reviews') as batch:
        batch.drop_column('comments')
