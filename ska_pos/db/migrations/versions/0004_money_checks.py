"""money checks: no payment of Rp0

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:30:00

A cash payment of Rp0 was written when the cash rounding covered the whole cash part, and the daily summary
counted it as a cash transaction. The services no longer write one; these checks keep it so. Such rows carry
no money (the sale keeps its paid, change and rounding amounts), so the upgrade removes them before the check
is added, which SQLite's table copy would otherwise refuse. (Only `payment`: no table refers to it, so SQLite's
batch copy of it runs with foreign keys on; a copy of `sale_line` would fail on the rows that refer to it.)
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM payment WHERE amount = 0"))
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_check_constraint("amount", "amount <> 0")


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint("ck_payment_amount", type_="check")
