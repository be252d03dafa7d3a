"""journal hardening: pre-journal records sealed by a genesis entry; SQLite refuses a replaced entry

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06 08:30:00

A database that existed before revision 0004 holds sales, shifts and payouts that no journal entry describes, so
`ska-pos verify` failed on it forever. Each till with such records gets a `genesis` entry that seals them (their
count and a digest per table, see services/journal_genesis.py and docs/journal.md); `verify` expects entries only
for the others and recomputes the seals.

`INSERT OR REPLACE` deletes the row in its way without firing a DELETE trigger (SQLite fires delete triggers on
REPLACE only with recursive_triggers on), so an entry could be swapped for another past `journal_entry_no_delete`.
A BEFORE INSERT trigger refuses the insert first. PostgreSQL has no REPLACE: its `INSERT ... ON CONFLICT DO UPDATE`
updates the row and `journal_entry_append_only` already refuses that.
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy.orm import Session

from ska_pos.services.journal_genesis import seal_all

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "journal entries are never replaced"


def upgrade() -> None:
    seal_all(Session(bind=op.get_bind()))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER journal_entry_no_replace BEFORE INSERT ON journal_entry "
            "WHEN EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.id) "
            "OR EXISTS (SELECT 1 FROM journal_entry WHERE till_id = NEW.till_id AND seq = NEW.seq) "
            f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )


def downgrade() -> None:
    """The genesis entries stay: nothing is taken out of a journal."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER journal_entry_no_replace")
