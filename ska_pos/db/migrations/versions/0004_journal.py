"""journal: the hash-chained, append-only journal of every till, and the results of its checks

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 05:00:00

The database itself refuses to update or delete a journal entry: triggers on SQLite and PostgreSQL. Someone with
the file can drop them; `ska-pos verify` is what catches that (see docs/journal.md).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "journal entries are never updated or deleted"


def upgrade() -> None:
    op.create_table(
        "journal_entry",
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("schema_version", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
        sa.UniqueConstraint("till_id", "seq", name=op.f("uq_journal_entry_till_id_seq")),
    )
    op.create_index(op.f("ix_journal_entry_record_id"), "journal_entry", ["record_id"], unique=False)
    op.create_table(
        "journal_check",
        sa.Column("checked_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("entries", sa.BigInteger(), nullable=False),
        sa.Column("problems", sa.BigInteger(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_check")),
    )
    op.create_index(op.f("ix_journal_check_checked_at"), "journal_check", ["checked_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION journal_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry "
            "FOR EACH ROW EXECUTE FUNCTION journal_entry_refuse()"
        )
        op.execute(
            "CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION journal_entry_refuse()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER journal_entry_no_{event.lower()} BEFORE {event} ON journal_entry "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER journal_entry_no_truncate ON journal_entry")
        op.execute("DROP TRIGGER journal_entry_append_only ON journal_entry")
        op.execute("DROP FUNCTION journal_entry_refuse()")
    op.drop_index(op.f("ix_journal_check_checked_at"), table_name="journal_check")
    op.drop_table("journal_check")
    op.drop_index(op.f("ix_journal_entry_record_id"), table_name="journal_entry")
    op.drop_table("journal_entry")
