"""Money columns as NUMERIC(19, 2) on PostgreSQL; SQLite stores are not touched.

Revision 0001 spells money as INTEGER hundredths, which is exact and 64-bit in
SQLite. On PostgreSQL the same INTEGER is 32-bit and overflows at 21,474,836.47,
far below an IDR or VND budget, so a server store keeps the exact decimal itself:
each amount is converted from hundredths in place (``USING amount / 100``).
A SQLite store only gets the new revision number.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

MONEY_COLUMNS = (("projects", "budget"), ("projects", "budget_usd"), ("funding_sources", "amount"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in MONEY_COLUMNS:
        op.alter_column(table, column, type_=sa.Numeric(precision=19, scale=2), existing_type=sa.Integer(),
                        postgresql_using=f"{column}::numeric / 100")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in MONEY_COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Numeric(precision=19, scale=2),
                        postgresql_using=f"({column} * 100)::bigint")
