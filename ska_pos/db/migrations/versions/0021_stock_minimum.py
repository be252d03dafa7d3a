"""stock minimum: the quantity at or below which an item is low, for the till's mark and the reorder list

Revision ID: 0021
Revises: 0015
Create Date: 2026-12-06 18:10:00

`item.min_quantity` is the least a line may sell (a laundry's minimum weight), not a stock level, so the low-stock
minimum has a table of its own, one row per item (an item belongs to one outlet). A new table: nothing is copied,
and `item` (with its search and Rp0 triggers) is left as it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0021"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stock_minimum",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_stock_minimum_quantity")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_stock_minimum_item_id_item")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_stock_minimum_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_stock_minimum")),
    )


def downgrade() -> None:
    op.drop_table("stock_minimum")
