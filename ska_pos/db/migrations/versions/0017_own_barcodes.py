"""own barcodes: the EAN-13 numbers a sentra issued from its in-store range, kept so none is ever issued twice

Revision ID: 0017
Revises: 0013
Create Date: 2026-12-06 14:30:00

Items without a barcode get an EAN-13 number from the sentra's own range (GS1 prefix 20-29, for use inside one
organisation). A number is issued once: `own_barcode` keeps every number with the item it went to, and its rows are
never updated or deleted (triggers refuse it), so a number an item dropped is never given to another.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0017"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "own_barcode"
REFUSAL = f"{TABLE} rows are never updated or deleted"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sentra_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=13), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("issued_by_id", sa.Uuid(), nullable=True),
        sa.Column("issued_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sentra_id"], ["sentra.id"], name=op.f("fk_own_barcode_sentra_id_sentra")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_own_barcode_item_id_item")),
        sa.ForeignKeyConstraint(["issued_by_id"], ["app_user.id"], name=op.f("fk_own_barcode_issued_by_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_own_barcode")),
        sa.UniqueConstraint("sentra_id", "code", name=op.f("uq_own_barcode_sentra_id_code")),
    )
    op.create_index(op.f("ix_own_barcode_item_id"), TABLE, ["item_id"], unique=False)
    # A number once given is never given again: not to another item, nor to the same one after an INSERT OR REPLACE.
    append_only(TABLE, REFUSAL, same_row="id = NEW.id OR (sentra_id = NEW.sentra_id AND code = NEW.code)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {TABLE}_no_truncate ON {TABLE}")
        op.execute(f"DROP TRIGGER {TABLE}_append_only ON {TABLE}")
        op.execute(f"DROP FUNCTION {TABLE}_refuse()")
    op.drop_index(op.f("ix_own_barcode_item_id"), table_name=TABLE)
    op.drop_table(TABLE)
