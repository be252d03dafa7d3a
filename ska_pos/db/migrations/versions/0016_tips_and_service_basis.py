"""tips in the earnings ledger, and a service charge taken before discount

Revision ID: 0016
Revises: 0017
Create Date: 2026-12-06 14:30:00

A tip a customer leaves at payment goes to the workers of the bill as earning entries of the new kind "tip": kept
apart from revenue (their credited amount is Rp0), from the service charge and from the tax, and shown apart in the
earnings reports. The kind is a CHECK on `earning_entry`: PostgreSQL replaces it; SQLite copies the table (it has no
triggers, and only its own reversal column points at it).

An outlet may take its service charge on the amount before discount (`service_before_discount`); a sale keeps the
setting it was priced with, as it keeps `prices_include_tax`, so a refund reprices the way the sale was priced.
Both are plain added columns with server defaults.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS_BEFORE = "kind IN ('sale', 'void', 'refund', 'adjustment')"
_KINDS_AFTER = "kind IN ('sale', 'void', 'refund', 'adjustment', 'tip')"


def upgrade() -> None:
    _replace_kind_check(_KINDS_AFTER)
    op.add_column("outlet", sa.Column("service_before_discount", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))  # fmt: skip
    op.add_column("sale", sa.Column("service_before_discount", sa.Boolean(), nullable=False,
                                    server_default=sa.false()))  # fmt: skip


def downgrade() -> None:
    # Plain DROP COLUMN: a batch copy of `sale` or `outlet` would drop a table other tables' foreign keys point at.
    op.drop_column("sale", "service_before_discount")
    op.drop_column("outlet", "service_before_discount")
    op.execute(sa.text("DELETE FROM earning_entry WHERE kind = 'tip'"))  # the old check cannot hold a tip
    _replace_kind_check(_KINDS_BEFORE)


def _replace_kind_check(condition: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_earning_entry_kind"), "earning_entry", type_="check")
        op.create_check_constraint(op.f("ck_earning_entry_kind"), "earning_entry", condition)
        return
    with op.batch_alter_table("earning_entry", recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_earning_entry_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_earning_entry_kind"), condition)
