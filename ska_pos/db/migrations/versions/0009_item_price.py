"""item prices by date: a price change takes effect from a business date and keeps its history

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 11:00:00

`item_price` is append-only: triggers on SQLite and PostgreSQL refuse an update or a delete, as for the journal.
An item without rows sells at `item.price` (items from before this revision, the demo, the import).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "item prices are never updated or deleted"


def upgrade() -> None:
    op.create_table(
        "item_price",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_item_price_price")),
        sa.ForeignKeyConstraint(["created_by_id"], ["app_user.id"], name=op.f("fk_item_price_created_by_id_app_user")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_item_price_item_id_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_price")),
    )
    op.create_index("ix_item_price_item_from", "item_price", ["item_id", "effective_from", "created_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION item_price_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER item_price_append_only BEFORE UPDATE OR DELETE ON item_price "
            "FOR EACH ROW EXECUTE FUNCTION item_price_refuse()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER item_price_no_{event.lower()} BEFORE {event} ON item_price "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER item_price_append_only ON item_price")
        op.execute("DROP FUNCTION item_price_refuse()")
    op.drop_index("ix_item_price_item_from", table_name="item_price")
    op.drop_table("item_price")
