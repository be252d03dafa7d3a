"""tailoring: measurements with their history, the takings an order was made to, own cloth, fittings

Revision ID: 0022
Revises: 0019
Create Date: 2026-12-07 04:00:00

New tables only, all append-only (docs/orders.md "Tailoring"): `measurement` (one taking, numbered per till) and its
`measurement_value`s in centimetres; `order_measurement`, the takings an order was made to (a taking is never changed,
so naming it freezes it with the order); `order_cloth`, whose cloth an order is sewn from; `order_fitting` (numbered
per till) and `order_fitting_done`, a fitting that took place. Nothing existing is altered or copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0022"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("measurement", "measurement_value", "order_measurement", "order_cloth", "order_fitting",
          "order_fitting_done")  # fmt: skip


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    _create_tables()
    for table in TABLES:
        append_only(table, f"{table} rows are never updated or deleted", replaced=f"{table} rows are never replaced")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(TABLES):
        op.drop_table(table)  # its triggers go with it
        if postgres:
            op.execute(f"DROP FUNCTION {table}_refuse()")


def _create_tables() -> None:
    op.create_table(
        "measurement",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("garment", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("taken_by_id", sa.Uuid(), nullable=False),
        sa.Column("taken_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("measurement", "outlet_id", "outlet"),
        _fk("measurement", "till_id", "till"),
        _fk("measurement", "customer_id", "customer"),
        sa.ForeignKeyConstraint(["taken_by_id"], ["app_user.id"], name=op.f("fk_measurement_taken_by_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_measurement_till_id_seq")),
    )
    op.create_index("ix_measurement_customer_taken", "measurement", ["customer_id", "taken_at"], unique=False)
    op.create_table(
        "measurement_value",
        sa.Column("measurement_id", sa.Uuid(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("cm", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("cm > 0", name=op.f("ck_measurement_value_cm")),
        _fk("measurement_value", "measurement_id", "measurement"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement_value")),
        sa.UniqueConstraint("measurement_id", "measure", name=op.f("uq_measurement_value_measurement_id_measure")),
    )
    op.create_index(op.f("ix_measurement_value_measurement_id"), "measurement_value", ["measurement_id"])
    op.create_table(
        "order_measurement",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("measurement_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("order_measurement", "order_id", "customer_order"),
        _fk("order_measurement", "measurement_id", "measurement"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_measurement")),
        sa.UniqueConstraint("order_id", "measurement_id", name=op.f("uq_order_measurement_order_id_measurement_id")),
    )
    op.create_index(op.f("ix_order_measurement_order_id"), "order_measurement", ["order_id"])
    op.create_table(
        "order_cloth",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("own_cloth", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("order_cloth", "order_id", "customer_order"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_cloth")),
        sa.UniqueConstraint("order_id", name=op.f("uq_order_cloth_order_id")),
    )
    op.create_table(
        "order_fitting",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("fitting_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("order_fitting", "order_id", "customer_order"),
        _fk("order_fitting", "till_id", "till"),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_order_fitting_created_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_fitting")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_order_fitting_till_id_seq")),
    )
    op.create_index(op.f("ix_order_fitting_order_id"), "order_fitting", ["order_id"])
    op.create_table(
        "order_fitting_done",
        sa.Column("fitting_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("done_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("order_fitting_done", "fitting_id", "order_fitting"),
        _fk("order_fitting_done", "till_id", "till"),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_order_fitting_done_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_fitting_done")),
        sa.UniqueConstraint("fitting_id", name=op.f("uq_order_fitting_done_fitting_id")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_order_fitting_done_till_id_seq")),
    )
