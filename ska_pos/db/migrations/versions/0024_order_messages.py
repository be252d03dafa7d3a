"""WhatsApp messages to an order's customer, recorded once per order and event

Revision ID: 0024
Revises: 0019
Create Date: 2026-12-07 04:00:00

`order_message` is append-only (docs/orders.md): triggers on SQLite and PostgreSQL refuse an update or a delete,
and on SQLite a replace too (0012). One row per order and event: a second open of the same message writes nothing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0024"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "order_message"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("sent_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_order_message_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_order_message_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_order_message_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_message")),
        sa.UniqueConstraint("order_id", "event", name=op.f("uq_order_message_order_id_event")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_order_message_till_id_seq")),
    )
    append_only(TABLE, f"{TABLE} rows are never updated or deleted", replaced=f"{TABLE} rows are never replaced")


def downgrade() -> None:
    op.drop_table(TABLE)  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION {TABLE}_refuse()")
