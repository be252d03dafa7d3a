"""journal no replace: SQLite refuses an entry whose id or (till_id, seq) is already taken

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06 08:30:00

`INSERT OR REPLACE` deletes the row in its way without firing a DELETE trigger (SQLite fires delete triggers on
REPLACE only with recursive_triggers on), so an entry could be swapped for another past `journal_entry_no_delete`.
A BEFORE INSERT trigger refuses the insert first. PostgreSQL has no REPLACE: its `INSERT ... ON CONFLICT DO UPDATE`
updates the row and `journal_entry_append_only` already refuses that.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "journal entries are never replaced"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER journal_entry_no_replace BEFORE INSERT ON journal_entry "
            "WHEN EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.id) "
            "OR EXISTS (SELECT 1 FROM journal_entry WHERE till_id = NEW.till_id AND seq = NEW.seq) "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER journal_entry_no_replace")
