"""stock report indexes: the full stock report and the on-hand page's consigned pieces read indexes alone

Revision ID: 0027
Revises: 0019
Create Date: 2026-12-07 04:00:00

Measured with benchmarks/inventory.py (100,000 items, 5 million movements; docs/inventory.md):

- `ix_item_stock_report`: the full stock report reads an outlet's tracked items with their category, name, SKU
  and key; with them all in the index SQLite no longer fetches each item's row from the table.
- `ix_stock_movement_outlet_consigned`: the on-hand page sums the makers' consigned pieces per item of one outlet
  (`worker_id IS NOT NULL`); without it SQLite scanned the whole of `ix_stock_movement_item_maker`, every movement
  of every outlet, for each page shown (0.75 s of CPU a page at 5 million movements). The index holds only the
  makers' rows (partial), by outlet and item, so the sums read the outlet's consigned movements in item order
  and need no sort; a plain (outlet, maker, item) index was passed over again once ANALYZE had run.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_item_stock_report", "item", ["outlet_id", "track_stock", "category_id", "name", "sku", "id"])
    op.create_index(
        "ix_stock_movement_outlet_consigned",
        "stock_movement",
        ["outlet_id", "item_id", "worker_id", "quantity"],
        sqlite_where=sa.text("worker_id IS NOT NULL"),
        postgresql_where=sa.text("worker_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_stock_movement_outlet_consigned", table_name="stock_movement")
    op.drop_index("ix_item_stock_report", table_name="item")
