"""WhatsApp messages to an order's customer, recorded once per order and event; prepaid packages, their uses and
expiries

Revision ID: 0024
Revises: 0019
Create Date: 2026-12-07 04:00:00

Every new table is append-only (docs/orders.md): triggers on SQLite and PostgreSQL refuse an update or a delete,
and on SQLite a replace too (0012). One `order_message` row per order and event: a second open of the same message
writes nothing. One `package_use` row per package and session number, one `package_expiry` per package.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0024"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "order_message"
APPEND_ONLY = (TABLE, "package_sale", "package_use", "package_expiry")


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
    _packages()
    for table in APPEND_ONLY:
        append_only(table, f"{table} rows are never updated or deleted", replaced=f"{table} rows are never replaced")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _packages() -> None:
    op.create_table(
        "package_sale",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("plan_code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("sessions", sa.BigInteger(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("sold_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_package_sale_price")),
        sa.CheckConstraint("sessions > 0", name=op.f("ck_package_sale_sessions")),
        _fk("package_sale", "customer_id", "customer"),
        _fk("package_sale", "item_id", "item"),
        _fk("package_sale", "outlet_id", "outlet"),
        _fk("package_sale", "shift_id", "shift"),
        _fk("package_sale", "till_id", "till"),
        _fk("package_sale", "user_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_sale")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_package_sale_till_id_seq")),
    )
    op.create_index(op.f("ix_package_sale_customer_id"), "package_sale", ["customer_id"], unique=False)
    op.create_index(op.f("ix_package_sale_shift_id"), "package_sale", ["shift_id"], unique=False)
    op.create_index("ix_package_sale_outlet_date", "package_sale", ["outlet_id", "business_date"], unique=False)
    op.create_table(
        "package_use",
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("session_no", sa.BigInteger(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("used_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_package_use_value")),
        _fk("package_use", "package_id", "package_sale"),
        _fk("package_use", "sale_id", "sale"),
        _fk("package_use", "till_id", "till"),
        _fk("package_use", "user_id", "app_user"),
        _fk("package_use", "worker_id", "worker"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_use")),
        sa.UniqueConstraint("package_id", "session_no", name=op.f("uq_package_use_package_id_session_no")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_package_use_till_id_seq")),
    )
    op.create_index(op.f("ix_package_use_package_id"), "package_use", ["package_id"], unique=False)
    op.create_table(
        "package_expiry",
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("sessions_left", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_package_expiry_amount")),
        _fk("package_expiry", "outlet_id", "outlet"),
        _fk("package_expiry", "package_id", "package_sale"),
        _fk("package_expiry", "user_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_expiry")),
        sa.UniqueConstraint("package_id", name=op.f("uq_package_expiry_package_id")),
    )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(APPEND_ONLY):
        op.drop_table(table)  # its triggers (and indexes) go with it
        if postgres:
            op.execute(f"DROP FUNCTION {table}_refuse()")
