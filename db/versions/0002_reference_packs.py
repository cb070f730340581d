"""Reference data the Secretariat extends by signed packs.

Cities gain their name in local script, the year they left the network, a
note saying what is uncertain about the record and the other spellings people
type; member states the year they joined ASEAN; cycles their own
classification; vocabulary terms aliases ("Civic & Social" reads as CS);
partners their programmes. ``reference_packs`` keeps every signed pack the
profile applied on top of the built-in baseline, as received.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reference_packs',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.String(), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=100), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('version')
    )
    with op.batch_alter_table('member_states') as batch_op:
        batch_op.add_column(sa.Column('joined_year', sa.Integer(), nullable=True))
    with op.batch_alter_table('cities') as batch_op:
        batch_op.add_column(sa.Column('name_local', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('left_year', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('aliases', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('cycles') as batch_op:
        batch_op.add_column(sa.Column('classification', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('vocabulary_terms') as batch_op:
        batch_op.add_column(sa.Column('aliases', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('partners') as batch_op:
        batch_op.add_column(sa.Column('programme_of', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partners') as batch_op:
        batch_op.drop_column('programme_of')
    with op.batch_alter_table('vocabulary_terms') as batch_op:
        batch_op.drop_column('aliases')
    with op.batch_alter_table('cycles') as batch_op:
        batch_op.drop_column('note')
        batch_op.drop_column('classification')
    with op.batch_alter_table('cities') as batch_op:
        batch_op.drop_column('aliases')
        batch_op.drop_column('note')
        batch_op.drop_column('left_year')
        batch_op.drop_column('name_local')
    with op.batch_alter_table('member_states') as batch_op:
        batch_op.drop_column('joined_year')
    op.drop_table('reference_packs')
