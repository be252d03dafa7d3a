"""stock transfers between outlets of a sentra, and café recipes

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 17:54:46

A transfer is what was sent (`stock_transfer`, its lines at the sending outlet's cost) and, at most once (a unique
key), what was received (`stock_transfer_receipt`, per line what arrived and what was lost on the way). Both are
numbered per till like sales, so a later sync can send them twice and keep one. The quantities themselves are
`stock_movement` rows of the kinds `transfer_out`/`transfer_in`, which 0014 already allows. `recipe_line`: what a
sold item uses up of each ingredient, posted as `recipe` movements with the sale.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stock_transfer",
        sa.Column("from_outlet_id", sa.Uuid(), nullable=False),
        sa.Column("to_outlet_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sent_by_id", sa.Uuid(), nullable=False),
        sa.Column("sent_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("from_outlet_id <> to_outlet_id", name=op.f("ck_stock_transfer_two_outlets")),
        sa.ForeignKeyConstraint(
            ["from_outlet_id"], ["outlet.id"], name=op.f("fk_stock_transfer_from_outlet_id_outlet")
        ),
        sa.ForeignKeyConstraint(["sent_by_id"], ["app_user.id"], name=op.f("fk_stock_transfer_sent_by_id_app_user")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_stock_transfer_till_id_till")),
        sa.ForeignKeyConstraint(["to_outlet_id"], ["outlet.id"], name=op.f("fk_stock_transfer_to_outlet_id_outlet")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer")),
        sa.UniqueConstraint("from_outlet_id", "number", name=op.f("uq_stock_transfer_from_outlet_id_number")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_stock_transfer_till_id_seq")),
    )
    with op.batch_alter_table("stock_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_transfer_to_outlet_id"), ["to_outlet_id"], unique=False)

    op.create_table(
        "recipe_line",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("ingredient_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_recipe_line_quantity")),
        sa.ForeignKeyConstraint(["ingredient_id"], ["item.id"], name=op.f("fk_recipe_line_ingredient_id_item")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_recipe_line_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipe_line")),
        sa.UniqueConstraint("item_id", "ingredient_id", name=op.f("uq_recipe_line_item_id_ingredient_id")),
    )
    with op.batch_alter_table("recipe_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recipe_line_ingredient_id"), ["ingredient_id"], unique=False)

    op.create_table(
        "stock_transfer_line",
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("to_item_id", sa.Uuid(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("unit_cost", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stock_transfer_line_quantity")),
        sa.CheckConstraint("unit_cost >= 0", name=op.f("ck_stock_transfer_line_cost")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_stock_transfer_line_item_id_item")),
        sa.ForeignKeyConstraint(["to_item_id"], ["item.id"], name=op.f("fk_stock_transfer_line_to_item_id_item")),
        sa.ForeignKeyConstraint(
            ["transfer_id"], ["stock_transfer.id"], name=op.f("fk_stock_transfer_line_transfer_id_stock_transfer")
        ),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_stock_transfer_line_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_line")),
    )
    with op.batch_alter_table("stock_transfer_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_transfer_line_transfer_id"), ["transfer_id"], unique=False)

    op.create_table(
        "stock_transfer_receipt",
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("received_by_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("till_id", sa.Uuid(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["app_user.id"], name=op.f("fk_stock_transfer_receipt_approved_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["received_by_id"], ["app_user.id"], name=op.f("fk_stock_transfer_receipt_received_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_stock_transfer_receipt_till_id_till")),
        sa.ForeignKeyConstraint(
            ["transfer_id"], ["stock_transfer.id"], name=op.f("fk_stock_transfer_receipt_transfer_id_stock_transfer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_receipt")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_stock_transfer_receipt_till_id_seq")),
        sa.UniqueConstraint("transfer_id", name=op.f("uq_stock_transfer_receipt_transfer_id")),
    )
    op.create_table(
        "stock_transfer_received_line",
        sa.Column("receipt_id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("received", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("lost", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("loss_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("received >= 0 AND lost >= 0", name=op.f("ck_stock_transfer_received_line_quantities")),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["stock_transfer_line.id"],
            name=op.f("fk_stock_transfer_received_line_line_id_stock_transfer_line"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["stock_transfer_receipt.id"],
            name=op.f("fk_stock_transfer_received_line_receipt_id_stock_transfer_receipt"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_received_line")),
        sa.UniqueConstraint("receipt_id", "line_id", name=op.f("uq_stock_transfer_received_line_receipt_id_line_id")),
    )


def downgrade() -> None:
    op.drop_table("stock_transfer_received_line")
    op.drop_table("stock_transfer_receipt")
    with op.batch_alter_table("stock_transfer_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_transfer_line_transfer_id"))

    op.drop_table("stock_transfer_line")
    with op.batch_alter_table("recipe_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipe_line_ingredient_id"))

    op.drop_table("recipe_line")
    with op.batch_alter_table("stock_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_transfer_to_outlet_id"))

    op.drop_table("stock_transfer")
