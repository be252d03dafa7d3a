"""stock ledger: every movement kind, numbered per till and costed; the on-hand cache; suppliers, documents, counts

Revision ID: 0014
Revises: 0016
Create Date: 2026-12-06 14:30:00

`stock_movement` gains the kinds of issue 14, `unit_cost` (rupiah per unit: paid on a receipt, the moving average
frozen at a sale), the maker of consigned pieces, the document a movement belongs to, and the till's own numbering
(`till_id`, `seq`) that sales have, so a later sync can send a row twice and keep one. The rows already written get
their sale's till and a number in the order they were made, and `stock_on_hand` starts as their sums (cost 0: no
cost was known before). SQLite cannot change a CHECK in place: the table (which has no triggers) is copied in batch.
"""

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0014"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "kind IN ('sale', 'void', 'refund', 'receive', 'adjust')"
NEW_KINDS = (
    "kind IN ('sale', 'void', 'refund', 'receive', 'consign_in', 'consign_return', 'transfer_out', 'transfer_in', "
    "'waste', 'adjust', 'count', 'recipe')"
)


def upgrade() -> None:
    op.add_column("outlet", sa.Column("allow_negative_stock", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.create_table(
        "supplier",
        sa.Column("sentra_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["sentra_id"], ["sentra.id"], name=op.f("fk_supplier_sentra_id_sentra")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier")),
        sa.UniqueConstraint("sentra_id", "code", name=op.f("uq_supplier_sentra_id_code")),
    )
    op.create_table(
        "stock_document",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("supplier_id", sa.Uuid(), nullable=True),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("kind IN ('receive', 'consign_in', 'consign_return')", name=op.f("ck_stock_document_kind")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_stock_document_outlet_id_outlet")),
        sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_stock_document_supplier_id_supplier")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_stock_document_user_id_app_user")),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f("fk_stock_document_worker_id_worker")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_document")),
        sa.UniqueConstraint("outlet_id", "number", name=op.f("uq_stock_document_outlet_id_number")),
    )
    op.create_index(op.f("ix_stock_document_supplier_id"), "stock_document", ["supplier_id"])
    op.create_index(op.f("ix_stock_document_worker_id"), "stock_document", ["worker_id"])
    op.create_table(
        "stock_count",
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("started_by_id", sa.Uuid(), nullable=False),
        sa.Column("started_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=True),
        sa.Column("approved_at", ska_pos.db.types.UtcDateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("state IN ('open', 'approved', 'cancelled')", name=op.f("ck_stock_count_state")),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["app_user.id"], name=op.f("fk_stock_count_approved_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], name=op.f("fk_stock_count_category_id_category")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_stock_count_outlet_id_outlet")),
        sa.ForeignKeyConstraint(["started_by_id"], ["app_user.id"], name=op.f("fk_stock_count_started_by_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count")),
    )
    op.create_index(op.f("ix_stock_count_outlet_id"), "stock_count", ["outlet_id"])
    op.create_table(
        "stock_count_line",
        sa.Column("count_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("counted", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("expected", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("counted_by_id", sa.Uuid(), nullable=False),
        sa.Column("counted_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["count_id"], ["stock_count.id"], name=op.f("fk_stock_count_line_count_id_stock_count")
        ),
        sa.ForeignKeyConstraint(
            ["counted_by_id"], ["app_user.id"], name=op.f("fk_stock_count_line_counted_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_stock_count_line_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count_line")),
        sa.UniqueConstraint("count_id", "item_id", name=op.f("uq_stock_count_line_count_id_item_id")),
    )
    op.create_table(
        "stock_on_hand",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", ska_pos.db.types.Quantity(), nullable=False),
        sa.Column("avg_cost", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_stock_on_hand_item_id_item")),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlet.id"], name=op.f("fk_stock_on_hand_outlet_id_outlet")),
        sa.PrimaryKeyConstraint("item_id", "outlet_id", name=op.f("pk_stock_on_hand")),
    )
    recreate = _recreate()
    with op.batch_alter_table("stock_movement", recreate=recreate) as batch_op:
        batch_op.add_column(sa.Column("unit_cost", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("worker_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("document_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("till_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.drop_constraint(op.f("ck_stock_movement_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_stock_movement_kind"), sa.text(NEW_KINDS))
        batch_op.create_check_constraint(op.f("ck_stock_movement_unit_cost"), sa.text("unit_cost >= 0"))
        batch_op.create_foreign_key(op.f("fk_stock_movement_worker_id_worker"), "worker", ["worker_id"], ["id"])
        batch_op.create_foreign_key(op.f("fk_stock_movement_till_id_till"), "till", ["till_id"], ["id"])
        batch_op.create_unique_constraint(op.f("uq_stock_movement_till_id_seq"), ["till_id", "seq"])
        batch_op.create_index(op.f("ix_stock_movement_item_outlet"), ["item_id", "outlet_id", "created_at", "quantity"])
        batch_op.create_index(op.f("ix_stock_movement_item_maker"), ["item_id", "worker_id", "outlet_id", "quantity"])
        batch_op.create_index(op.f("ix_stock_movement_sale_line_id"), ["sale_line_id"])
        batch_op.create_index(op.f("ix_stock_movement_worker_id"), ["worker_id"])
        batch_op.create_index(op.f("ix_stock_movement_document_id"), ["document_id"])
    op.execute(
        "UPDATE stock_movement SET till_id = (SELECT sale.till_id FROM sale_line JOIN sale ON sale.id = "
        "sale_line.sale_id WHERE sale_line.id = stock_movement.sale_line_id) WHERE sale_line_id IS NOT NULL"
    )
    op.execute(
        "UPDATE stock_movement SET seq = numbered.n FROM (SELECT id, row_number() OVER (PARTITION BY till_id "
        "ORDER BY created_at, id) AS n FROM stock_movement) AS numbered WHERE numbered.id = stock_movement.id"
    )
    op.execute(
        "INSERT INTO stock_on_hand (item_id, outlet_id, quantity, avg_cost, updated_at) SELECT item_id, outlet_id, "
        "SUM(quantity), 0, MAX(created_at) FROM stock_movement GROUP BY item_id, outlet_id"
    )


def _recreate() -> Literal["always", "auto"]:
    """SQLite copies the table to change its CHECK; PostgreSQL alters it in place."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def downgrade() -> None:
    op.execute("DELETE FROM stock_movement WHERE kind NOT IN ('sale', 'void', 'refund', 'receive', 'adjust')")
    recreate = _recreate()
    with op.batch_alter_table("stock_movement", recreate=recreate) as batch_op:
        batch_op.drop_index(op.f("ix_stock_movement_document_id"))
        batch_op.drop_index(op.f("ix_stock_movement_worker_id"))
        batch_op.drop_index(op.f("ix_stock_movement_sale_line_id"))
        batch_op.drop_index(op.f("ix_stock_movement_item_maker"))
        batch_op.drop_index(op.f("ix_stock_movement_item_outlet"))
        batch_op.drop_constraint(op.f("uq_stock_movement_till_id_seq"), type_="unique")
        batch_op.drop_constraint(op.f("fk_stock_movement_till_id_till"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_stock_movement_worker_id_worker"), type_="foreignkey")
        batch_op.drop_constraint(op.f("ck_stock_movement_unit_cost"), type_="check")
        batch_op.drop_constraint(op.f("ck_stock_movement_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_stock_movement_kind"), sa.text(OLD_KINDS))
        for column in ("seq", "till_id", "document_id", "worker_id", "unit_cost"):
            batch_op.drop_column(column)
    op.drop_table("stock_on_hand")
    op.drop_table("stock_count_line")
    op.drop_index(op.f("ix_stock_count_outlet_id"), table_name="stock_count")
    op.drop_table("stock_count")
    op.drop_index(op.f("ix_stock_document_worker_id"), table_name="stock_document")
    op.drop_index(op.f("ix_stock_document_supplier_id"), table_name="stock_document")
    op.drop_table("stock_document")
    op.drop_table("supplier")
    op.drop_column("outlet", "allow_negative_stock")
