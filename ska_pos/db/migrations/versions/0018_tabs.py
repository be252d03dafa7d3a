"""café open tabs by table: the outlet's tables, tabs, their events (rounds, moves, merges, voids, payments) and the
lines of each round

Revision ID: 0018
Revises: 0021
Create Date: 2026-12-06 18:00:00

`dining_table` is catalogue data (set by the manager). `tab`, `tab_event` and `tab_line` are append-only
(docs/tabs.md): triggers on SQLite and PostgreSQL refuse an update or a delete, and on SQLite a replace too (0012).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0018"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("tab", "tab_event", "tab_line")


def upgrade() -> None:
    op.create_table(
        "dining_table",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("sort_order", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_dining_table_outlet_id_outlet")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dining_table")),
        sa.UniqueConstraint("outlet_id", "name", name=op.f("uq_dining_table_outlet_id_name")),
    )
    op.create_index(op.f("ix_dining_table_outlet_id"), "dining_table", ["outlet_id"], unique=False)
    op.create_table(
        "tab",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_id", sa.Uuid(), nullable=False),
        sa.Column("order_type", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("opened_by_id", sa.Uuid(), nullable=False),
        sa.Column("opened_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["opened_by_id"], ["app_user.id"], name=op.f("fk_tab_opened_by_id_app_user")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_tab_outlet_id_outlet")),
        sa.ForeignKeyConstraint(["table_id"], ["dining_table.id"], name=op.f("fk_tab_table_id_dining_table")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_tab_till_id_till")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tab")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_tab_till_id_seq")),
    )
    op.create_index("ix_tab_outlet_date", "tab", ["outlet_id", "business_date"], unique=False)
    op.create_index(op.f("ix_tab_table_id"), "tab", ["table_id"], unique=False)
    op.create_table(
        "tab_event",
        sa.Column("tab_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("round_no", sa.BigInteger(), nullable=True),
        sa.Column("table_id", sa.Uuid(), nullable=True),
        sa.Column("merged_tab_id", sa.Uuid(), nullable=True),
        sa.Column("line_id", sa.Uuid(), nullable=True),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("part_no", sa.BigInteger(), nullable=True),
        sa.Column("split", sa.Text(), nullable=False),
        sa.Column("closes_tab_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind IN ('round', 'move', 'merge', 'void', 'paid')", name=op.f("ck_tab_event_kind")),
        sa.ForeignKeyConstraint(["approved_by_id"], ["app_user.id"], name=op.f("fk_tab_event_approved_by_id_app_user")),
        sa.ForeignKeyConstraint(["closes_tab_id"], ["tab.id"], name=op.f("fk_tab_event_closes_tab_id_tab")),
        sa.ForeignKeyConstraint(["merged_tab_id"], ["tab.id"], name=op.f("fk_tab_event_merged_tab_id_tab")),
        sa.ForeignKeyConstraint(["sale_id"], ["sale.id"], name=op.f("fk_tab_event_sale_id_sale")),
        sa.ForeignKeyConstraint(["tab_id"], ["tab.id"], name=op.f("fk_tab_event_tab_id_tab")),
        sa.ForeignKeyConstraint(["table_id"], ["dining_table.id"], name=op.f("fk_tab_event_table_id_dining_table")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_tab_event_till_id_till")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_tab_event_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tab_event")),
        sa.UniqueConstraint("closes_tab_id", name=op.f("uq_tab_event_closes_tab_id")),
        sa.UniqueConstraint("line_id", name=op.f("uq_tab_event_line_id")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_tab_event_sale_id")),
        sa.UniqueConstraint("tab_id", "part_no", name=op.f("uq_tab_event_tab_id_part_no")),
        sa.UniqueConstraint("tab_id", "round_no", name=op.f("uq_tab_event_tab_id_round_no")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_tab_event_till_id_seq")),
    )
    op.create_index(op.f("ix_tab_event_tab_id"), "tab_event", ["tab_id"], unique=False)
    op.create_table(
        "tab_line",
        sa.Column("tab_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("line_no", sa.BigInteger(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("cart_line", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["tab_event.id"], name=op.f("fk_tab_line_event_id_tab_event")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_tab_line_item_id_item")),
        sa.ForeignKeyConstraint(["tab_id"], ["tab.id"], name=op.f("fk_tab_line_tab_id_tab")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tab_line")),
        sa.UniqueConstraint("tab_id", "line_no", name=op.f("uq_tab_line_tab_id_line_no")),
    )
    op.create_index(op.f("ix_tab_line_event_id"), "tab_line", ["event_id"], unique=False)
    op.create_index(op.f("ix_tab_line_tab_id"), "tab_line", ["tab_id"], unique=False)
    for table in APPEND_ONLY:
        append_only(table, f"{table} rows are never updated or deleted", replaced=f"{table} rows are never replaced")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in reversed(APPEND_ONLY):
        op.drop_table(table)  # its triggers go with it
        if postgres:
            op.execute(f"DROP FUNCTION {table}_refuse()")
    op.drop_index(op.f("ix_dining_table_outlet_id"), table_name="dining_table")
    op.drop_table("dining_table")
