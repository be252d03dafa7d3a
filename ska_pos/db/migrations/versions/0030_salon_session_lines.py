"""salon session lines: a visit's line paid with a prepaid package's session; a walk-in booking's phone

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07 07:40:00

One new append-only table, `salon_session_line`: which order line a package session paid (the session's sale
recognised it; the visit's completion sale leaves it out). Two columns on `salon_appointment` for the phone of a
customer not in the list: sealed (personal data, as an order's phone) and its last digits; nullable/defaulted, so
the rows already there are not rewritten (and the append-only triggers, on UPDATE and DELETE, are not touched).
Nothing copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("salon_appointment", sa.Column("phone_sealed", sa.Text(), nullable=True))
    op.add_column("salon_appointment", sa.Column("phone_tail", sa.String(length=4), nullable=False, server_default=""))
    op.create_table(
        "salon_session_line",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.BigInteger(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("session_no", sa.BigInteger(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["customer_order.id"], name=op.f("fk_salon_session_line_order_id_customer_order")
        ),
        sa.ForeignKeyConstraint(
            ["package_id"], ["package_sale.id"], name=op.f("fk_salon_session_line_package_id_package_sale")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_salon_session_line_sale_id_sale")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_salon_session_line_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_salon_session_line_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_salon_session_line")),
        sa.UniqueConstraint("order_id", "line_no", name=op.f("uq_salon_session_line_order_id_line_no")),
        sa.UniqueConstraint("package_id", "session_no", name=op.f("uq_salon_session_line_package_id_session_no")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_salon_session_line_till_id_seq")),
    )
    with op.batch_alter_table("salon_session_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_salon_session_line_order_id"), ["order_id"], unique=False)
    append_only("salon_session_line", "salon_session_line rows are never updated or deleted",
                replaced="salon_session_line rows are never replaced")  # fmt: skip


def downgrade() -> None:
    op.drop_table("salon_session_line")  # its triggers go with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION salon_session_line_refuse()")
    op.drop_column("salon_appointment", "phone_tail")
    op.drop_column("salon_appointment", "phone_sealed")
