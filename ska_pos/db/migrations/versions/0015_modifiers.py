"""café modifiers: groups of options (sugar, ice, size, add-ons) for items or categories, frozen onto sale lines

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 14:30:00

`modifier_group`, `modifier_option` and `modifier_link` are catalogue data (changed by the manager, audited).
`sale_line_modifier` is what a sale line was sold with, copied (names, price, taxed) so a later change of the
catalogue never changes a sale: append-only, triggers on SQLite and PostgreSQL refuse an update or a delete, and on
SQLite a replace too (0012).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "sold modifiers are never updated or deleted"


def upgrade() -> None:
    op.create_table(
        "modifier_group",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("min_choices", sa.BigInteger(), nullable=False),
        sa.Column("max_choices", sa.BigInteger(), nullable=False),
        sa.Column("sort_order", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "min_choices >= 0 AND max_choices >= 1 AND min_choices <= max_choices",
            name=op.f("ck_modifier_group_choices"),
        ),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_modifier_group_outlet_id_outlet")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modifier_group")),
        sa.UniqueConstraint("outlet_id", "name", name=op.f("uq_modifier_group_outlet_id_name")),
    )
    op.create_table(
        "modifier_option",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("taxed", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_modifier_option_price")),
        sa.ForeignKeyConstraint(
            ["group_id"], ["modifier_group.id"], name=op.f("fk_modifier_option_group_id_modifier_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modifier_option")),
        sa.UniqueConstraint("group_id", "name", name=op.f("uq_modifier_option_group_id_name")),
    )
    op.create_index(op.f("ix_modifier_option_group_id"), "modifier_option", ["group_id"], unique=False)
    op.create_table(
        "modifier_link",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("(item_id IS NULL) <> (category_id IS NULL)", name=op.f("ck_modifier_link_one_target")),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], name=op.f("fk_modifier_link_category_id_category")),
        sa.ForeignKeyConstraint(
            ["group_id"], ["modifier_group.id"], name=op.f("fk_modifier_link_group_id_modifier_group")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_modifier_link_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_modifier_link")),
        sa.UniqueConstraint(
            "group_id", "item_id", "category_id", name=op.f("uq_modifier_link_group_id_item_id_category_id")
        ),
    )
    op.create_index("ix_modifier_link_item", "modifier_link", ["item_id"], unique=False)
    op.create_index("ix_modifier_link_category", "modifier_link", ["category_id"], unique=False)
    op.create_table(
        "sale_line_modifier",
        sa.Column("sale_line_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.BigInteger(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("option_id", sa.Uuid(), nullable=True),
        sa.Column("group_name", sa.String(length=100), nullable=False),
        sa.Column("option_name", sa.String(length=100), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("taxed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_sale_line_modifier_price")),
        sa.ForeignKeyConstraint(
            ["group_id"], ["modifier_group.id"], name=op.f("fk_sale_line_modifier_group_id_modifier_group")
        ),
        sa.ForeignKeyConstraint(
            ["option_id"], ["modifier_option.id"], name=op.f("fk_sale_line_modifier_option_id_modifier_option")
        ),
        sa.ForeignKeyConstraint(
            ["sale_line_id"], ["sale_line.id"], name=op.f("fk_sale_line_modifier_sale_line_id_sale_line")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_line_modifier")),
        sa.UniqueConstraint("sale_line_id", "position", name=op.f("uq_sale_line_modifier_sale_line_id_position")),
    )
    append_only("sale_line_modifier", REFUSAL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sale_line_modifier_no_truncate ON sale_line_modifier")
        op.execute("DROP TRIGGER sale_line_modifier_append_only ON sale_line_modifier")
        op.execute("DROP FUNCTION sale_line_modifier_refuse()")
    op.drop_table("sale_line_modifier")
    op.drop_index("ix_modifier_link_category", table_name="modifier_link")
    op.drop_index("ix_modifier_link_item", table_name="modifier_link")
    op.drop_table("modifier_link")
    op.drop_index(op.f("ix_modifier_option_group_id"), table_name="modifier_option")
    op.drop_table("modifier_option")
    op.drop_table("modifier_group")
