"""The receiver's first-seen time of each bundle, and the last bundle known good of a revoked key.

A signature's own date is chosen by whoever holds the key, so a stolen key
can backdate a bundle to before its revocation. The receiver therefore keeps
when it first saw each bundle (by the SHA-256 of its bytes) and judges a
revoked key's bundles by that time; a revocation can also name the last
bundle known good (docs/bundle-format.md, "Signing time and revocation").
Existing stores learn the first-seen times from the bundles already imported.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    seen = op.create_table('bundle_first_seen',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('first_seen_at', sa.String(), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_good_sha256', sa.String(length=64), nullable=True))
    imported = sa.table('imported_bundles', sa.column('sha256', sa.String()), sa.column('imported_at', sa.String()),
                        sa.column('signer_fingerprint', sa.String()))
    rows = op.get_bind().execute(
        sa.select(imported.c.sha256, sa.func.min(imported.c.imported_at), sa.func.min(imported.c.signer_fingerprint))
        .group_by(imported.c.sha256)).all()
    if rows:
        op.bulk_insert(seen, [{"sha256": sha, "first_seen_at": at, "signer_fingerprint": fingerprint}
                              for sha, at, fingerprint in rows])


def downgrade() -> None:
    with op.batch_alter_table('trusted_keys', schema=None) as batch_op:
        batch_op.drop_column('last_good_sha256')
    op.drop_table('bundle_first_seen')
