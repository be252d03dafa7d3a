"""till claims: which computer has each till open, so a second computer is told before its cashier starts

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 04:00:00

Two computers configured as the same till shared one shift and one receipt sequence. A till's claim is one row,
renewed in place while the till runs (a lease, not a financial record: never synced).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "till_claim",
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("machine_id", sa.Uuid(), nullable=False),
        sa.Column("hostname", sa.String(length=255), nullable=False),
        sa.Column("claimed_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("renewed_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_till_claim_till_id_till")),
        sa.PrimaryKeyConstraint("till_id", name=op.f("pk_till_claim")),
    )


def downgrade() -> None:
    op.drop_table("till_claim")
