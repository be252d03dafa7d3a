"""order bags: how many bags a laundry order came in, kept so its tags can be printed again

Revision ID: 0025
Revises: 0019
Create Date: 2026-12-07 04:10:00

`customer_order` is append-only and written once at intake, so the count is a column set with the order (0 for the
orders taken before, and for the outlets whose orders have no bags). Added in place: no copy of a table that lines,
payments and stage rows point at, and no row is updated (the append-only triggers stay as they are).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("customer_order", sa.Column("bags", sa.BigInteger(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_column("customer_order", "bags")
