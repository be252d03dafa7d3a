"""earnings indexes: a covering index for the per-worker earnings sums

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 21:00:00

The manager's all-worker report sums every worker's entries up to a date. With only (worker_id, business_date)
SQLite fetched each of a year's million entries from the table (2.4 s); with the amounts in the index it reads
the index alone (0.5 to 0.8 s). See benchmarks/earnings.py.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("earning_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_earning_worker_sums",
            ["worker_id", "business_date", "kind", "credited_amount", "amount"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("earning_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_earning_worker_sums")
