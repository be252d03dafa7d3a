"""salon day: service durations and appointments with the workers

Revision ID: 0023
Revises: 0019
Create Date: 2026-12-07 04:00:00

Two new tables, nothing copied: `service_duration` (minutes per service item, master data like `stock_minimum`,
so `item` and its search and Rp0 triggers are left as they are) and `salon_appointment`, append-only (a move, a
cancellation or an arrival is a new row replacing the one before; docs/orders.md).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "service_duration",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("minutes", sa.BigInteger(), nullable=False),
        sa.Column("updated_by_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 480", name=op.f("ck_service_duration_minutes")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_service_duration_item_id_item")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["app_user.id"], name=op.f("fk_service_duration_updated_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_service_duration")),
    )
    op.create_table(
        "salon_appointment",
        sa.Column("appointment_id", sa.Uuid(), nullable=False),
        sa.Column("replaces_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("minutes", sa.BigInteger(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 480", name=op.f("ck_salon_appointment_minutes")),
        sa.CheckConstraint("status IN ('booked', 'cancelled', 'arrived')", name=op.f("ck_salon_appointment_status")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_salon_appointment_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_salon_appointment_item_id_item")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_salon_appointment_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_salon_appointment_outlet_id_outlet")),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["salon_appointment.id"], name=op.f("fk_salon_appointment_replaces_id_salon_appointment")
        ),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_salon_appointment_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_salon_appointment_user_id_app_user")),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_salon_appointment_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salon_appointment")),
        sa.UniqueConstraint("replaces_id", name=op.f("uq_salon_appointment_replaces_id")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_salon_appointment_till_id_seq")),
    )
    with op.batch_alter_table("salon_appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_salon_appointment_appointment_id"), ["appointment_id"], unique=False)
        batch_op.create_index("ix_salon_appointment_outlet_date", ["outlet_id", "business_date"], unique=False)
        batch_op.create_index("ix_salon_appointment_worker_date", ["worker_id", "business_date"], unique=False)
    append_only("salon_appointment", "salon_appointment rows are never updated or deleted",
                replaced="salon_appointment rows are never replaced")  # fmt: skip


def downgrade() -> None:
    op.drop_table("salon_appointment")  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION salon_appointment_refuse()")
    op.drop_table("service_duration")
