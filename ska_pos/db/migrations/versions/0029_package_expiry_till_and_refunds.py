"""package expiry at a till, package refunds, sessions undone

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 07:00:00

A package's expiry (breakage) is a money event: its row now carries the till that recorded it, that till's own
sequence number (as every row a till writes) and the package's last valid day (the report shows it; the row's
business date is the day the expiry was recorded, docs/orders.md). Rows recorded before take the till that sold the
package and a sequence numbered in the order they were recorded. `package_refund`, append-only, one per package:
what a package still held, given back (`amount`), but for the rupiah below the outlet's cash unit that cash cannot
give back (`kept`, breakage). `package_undo`, append-only, one per session used: a session used by mistake, back,
its sale voided.

`package_expiry` is append-only: SQLite copies the table to add a column with a foreign key, which drops its
triggers (they are made again at the end); PostgreSQL alters it in place, its trigger held off while the new columns
of the rows already there are filled in.
"""

from collections.abc import Sequence
from typing import Literal

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types
from ska_pos.db.append_only import append_only

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXPIRY = "package_expiry"
REFUND = "package_refund"
UNDO = "package_undo"
NEW_COLUMNS = ("till_id", "seq", "expires_on")


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _recreate() -> Literal["always", "auto"]:
    return "always" if _sqlite() else "auto"


def _expiry_refuses(on: bool) -> None:
    """The append-only trigger of `package_expiry` (SQLite: made again after the copies dropped it)."""
    if _sqlite():
        if on:
            append_only(EXPIRY, f"{EXPIRY} rows are never updated or deleted",
                        replaced=f"{EXPIRY} rows are never replaced")  # fmt: skip
        return
    op.execute(f"ALTER TABLE {EXPIRY} {'ENABLE' if on else 'DISABLE'} TRIGGER {EXPIRY}_append_only")


def upgrade() -> None:
    _expiry_refuses(False)
    with op.batch_alter_table(EXPIRY, recreate=_recreate()) as batch_op:
        batch_op.add_column(sa.Column("till_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
    op.execute(
        f"UPDATE {EXPIRY} SET till_id = (SELECT till_id FROM package_sale WHERE package_sale.id = {EXPIRY}.package_id),"
        f" expires_on = (SELECT expires_on FROM package_sale WHERE package_sale.id = {EXPIRY}.package_id)"
    )
    op.execute(
        f"UPDATE {EXPIRY} SET seq = numbered.n FROM (SELECT id, row_number() OVER (PARTITION BY till_id "
        f"ORDER BY recorded_at, id) AS n FROM {EXPIRY}) AS numbered WHERE numbered.id = {EXPIRY}.id"
    )
    with op.batch_alter_table(EXPIRY, recreate=_recreate()) as batch_op:
        for column in NEW_COLUMNS:
            batch_op.alter_column(column, nullable=False)
        batch_op.create_foreign_key(op.f("fk_package_expiry_till_id_till"), "till", ["till_id"], ["id"])
        batch_op.create_unique_constraint(op.f("uq_package_expiry_till_id_seq"), ["till_id", "seq"])
    _expiry_refuses(True)
    _refunds()
    _undos()
    for table in (REFUND, UNDO):
        append_only(table, f"{table} rows are never updated or deleted", replaced=f"{table} rows are never replaced")


def _fk(column: str, target: str, table: str = REFUND) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _refunds() -> None:
    op.create_table(
        REFUND,
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("outlet_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("shift_id", sa.Uuid(), nullable=False),
        sa.Column("sessions_left", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("kept", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=False),
        sa.Column("refunded_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_package_refund_amount")),
        sa.CheckConstraint("kept >= 0", name=op.f("ck_package_refund_kept")),
        _fk("approved_by_id", "app_user"),
        _fk("outlet_id", "outlet"),
        _fk("package_id", "package_sale"),
        _fk("shift_id", "shift"),
        _fk("till_id", "till"),
        _fk("user_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_refund")),
        sa.UniqueConstraint("package_id", name=op.f("uq_package_refund_package_id")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_package_refund_till_id_seq")),
    )
    op.create_index(op.f("ix_package_refund_shift_id"), REFUND, ["shift_id"], unique=False)


def _undos() -> None:
    op.create_table(
        UNDO,
        sa.Column("use_id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("void_sale_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by_id", sa.Uuid(), nullable=False),
        sa.Column("undone_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_package_undo_value")),
        _fk("approved_by_id", "app_user", UNDO),
        _fk("package_id", "package_sale", UNDO),
        _fk("till_id", "till", UNDO),
        _fk("use_id", "package_use", UNDO),
        _fk("user_id", "app_user", UNDO),
        _fk("void_sale_id", "sale", UNDO),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_undo")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_package_undo_till_id_seq")),
        sa.UniqueConstraint("use_id", name=op.f("uq_package_undo_use_id")),
    )
    op.create_index(op.f("ix_package_undo_package_id"), UNDO, ["package_id"], unique=False)


def downgrade() -> None:
    for table in (UNDO, REFUND):
        op.drop_table(table)
        if not _sqlite():
            op.execute(f"DROP FUNCTION {table}_refuse()")
    _expiry_refuses(False)
    with op.batch_alter_table(EXPIRY, recreate=_recreate()) as batch_op:
        batch_op.drop_constraint(op.f("uq_package_expiry_till_id_seq"), type_="unique")
        batch_op.drop_constraint(op.f("fk_package_expiry_till_id_till"), type_="foreignkey")
        for column in reversed(NEW_COLUMNS):
            batch_op.drop_column(column)
    _expiry_refuses(True)
