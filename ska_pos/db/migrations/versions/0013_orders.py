"""orders: orders that take days (laundry, tailoring, salon), their lines, stages, money and cancellation

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 14:30:00

Six append-only tables (docs/orders.md): triggers refuse updates and deletes, as for the personal data records
(0006). A sale's payment may now also be `deposit` (the deposits an order's completion applies) or `debt` (what the
customer still owes for it): on SQLite the check lives in the table's definition, so `payment` is copied by batch
mode, and the copy loses the table's triggers: the Rp0 triggers of 0005 are made again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("customer_order", "order_line", "order_line_worker", "order_status_change", "order_payment",
          "order_cancellation")  # fmt: skip
TILL_METHODS = "'cash', 'qris', 'transfer', 'ewallet'"
SALE_METHODS = "'cash', 'qris', 'transfer', 'ewallet', 'deposit', 'debt'"
_RP0 = "ck_payment_amount: a payment is never Rp0"


def upgrade() -> None:
    _create_tables()
    for table in TABLES:
        append_only(table, f"{table} rows are never updated or deleted", replaced=f"{table} rows are never replaced")
    _payment_methods(SALE_METHODS)


def downgrade() -> None:
    _payment_methods(TILL_METHODS)
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(TABLES):
        op.drop_table(table)  # its triggers go with it
        if postgres:
            op.execute(f"DROP FUNCTION {table}_refuse()")


def _payment_methods(methods: str) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_payment_method"), type_="check")
        batch_op.create_check_constraint("method", f"method IN ({methods})")
    if sqlite:
        for event in ("INSERT", "UPDATE"):
            op.execute(f"DROP TRIGGER IF EXISTS ck_payment_amount_{event.lower()}")
            op.execute(f"CREATE TRIGGER ck_payment_amount_{event.lower()} BEFORE {event} ON payment "
                       f"WHEN NEW.amount = 0 BEGIN SELECT RAISE(ABORT, '{_RP0}'); END")  # fmt: skip


def _create_tables() -> None:
    op.create_table(
        "customer_order",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("day_no", sa.BigInteger(), nullable=False),
        sa.Column("order_no", sa.String(length=32), nullable=False),
        sa.Column("workflow", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("customer_name", sa.String(length=200), nullable=False),
        sa.Column("phone_sealed", sa.Text(), nullable=True),
        sa.Column("phone_lookup", sa.String(length=80), nullable=True),
        sa.Column("phone_tail", sa.String(length=4), nullable=False),
        sa.Column("express_tier", sa.String(length=16), nullable=False),
        sa.Column("express_bp", sa.BigInteger(), nullable=False),
        sa.Column("promised_at", ska_pos.db.types.UtcDateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("express_bp >= 0", name=op.f("ck_customer_order_express")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_customer_order_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_customer_order_customer_id_customer")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_customer_order_outlet_id_outlet")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_customer_order_till_id_till")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_order")),
        sa.UniqueConstraint("order_no", name=op.f("uq_customer_order_order_no")),
        sa.UniqueConstraint(
            "outlet_id", "business_date", "day_no", name=op.f("uq_customer_order_outlet_id_business_date_day_no")
        ),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_customer_order_till_id_seq")),
    )
    with op.batch_alter_table("customer_order", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_order_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_customer_order_outlet_date", ["outlet_id", "business_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_order_phone_lookup"), ["phone_lookup"], unique=False)

    op.create_table(
        "order_cancellation",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fee", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=False),
        sa.Column("cancelled_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("fee >= 0", name=op.f("ck_order_cancellation_fee")),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["app_user.id"], name=op.f("fk_order_cancellation_approved_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_order_cancellation_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_order_cancellation_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_order_cancellation_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_cancellation")),
        sa.UniqueConstraint("order_id", name=op.f("uq_order_cancellation_order_id")),
    )
    op.create_table(
        "order_line",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.BigInteger(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("sku", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("charged_quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("min_quantity", ska_pos.db.types.Quantity(), nullable=True),
        sa.Column("list_price", sa.BigInteger(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("charged_quantity >= quantity", name=op.f("ck_order_line_charged")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_line_quantity")),
        sa.CheckConstraint("unit_price >= 0", name=op.f("ck_order_line_price")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_order_line_item_id_item")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_order_line_order_id_customer_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_line")),
        sa.UniqueConstraint("order_id", "line_no", name=op.f("uq_order_line_order_id_line_no")),
    )
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_line_order_id"), ["order_id"], unique=False)

    op.create_table(
        "order_payment",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("paid_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(kind IN ('refund', 'cancel_refund') AND amount < 0) OR (kind IN ('deposit', 'balance') AND amount > 0)",
            name=op.f("ck_order_payment_amount"),
        ),
        sa.CheckConstraint(
            "kind IN ('deposit', 'balance', 'refund', 'cancel_refund')", name=op.f("ck_order_payment_kind")
        ),
        sa.CheckConstraint("method IN ('cash', 'qris', 'transfer', 'ewallet')", name=op.f("ck_order_payment_method")),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["app_user.id"], name=op.f("fk_order_payment_approved_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_order_payment_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_order_payment_outlet_id_outlet")),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name=op.f("fk_order_payment_shift_id_shift")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_order_payment_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_order_payment_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_payment")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_order_payment_till_id_seq")),
    )
    with op.batch_alter_table("order_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_payment_order_id"), ["order_id"], unique=False)
        batch_op.create_index("ix_order_payment_outlet_date", ["outlet_id", "business_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_payment_shift_id"), ["shift_id"], unique=False)

    op.create_table(
        "order_line_worker",
        sa.Column("order_line_id", sa.Uuid(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.Column("split_bp", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("split_bp > 0 AND split_bp <= 10000", name=op.f("ck_order_line_worker_split")),
        sa.ForeignKeyConstraint(
            ["order_line_id"], ["order_line.id"], name=op.f("fk_order_line_worker_order_line_id_order_line")
        ),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_order_line_worker_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_line_worker")),
        sa.UniqueConstraint("order_line_id", "worker_id", name=op.f("uq_order_line_worker_order_line_id_worker_id")),
    )
    with op.batch_alter_table("order_line_worker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_line_worker_order_line_id"), ["order_line_id"], unique=False)

    op.create_table(
        "order_status_change",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("from_stage", sa.String(length=16), nullable=False),
        sa.Column("to_stage", sa.String(length=16), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_order_status_change_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_order_status_change_sale_id_sale")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_order_status_change_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_order_status_change_user_id_app_user")),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_order_status_change_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_status_change")),
        sa.UniqueConstraint("order_id", "position", name=op.f("uq_order_status_change_order_id_position")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_order_status_change_sale_id")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_order_status_change_till_id_seq")),
    )
    with op.batch_alter_table("order_status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_status_change_order_id"), ["order_id"], unique=False)
