"""personal data records never replaced: SQLite refuses INSERT OR REPLACE on the views and erasures of personal data

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 12:00:00

`personal_data_view` and `personal_data_erasure` are append-only (0006: triggers refuse UPDATE and DELETE). SQLite's
`INSERT OR REPLACE` deletes the row in its way without firing a DELETE trigger (delete triggers fire on REPLACE only
with recursive_triggers on), so a recorded view's purpose or viewer could be rewritten, as 0008 found for the
journal. A BEFORE INSERT trigger refuses a row whose id is taken. PostgreSQL has no REPLACE, and its
`ON CONFLICT DO UPDATE` is an update the 0006 triggers refuse; TRUNCATE, which skips row triggers, is refused too.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("personal_data_view", "personal_data_erasure")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "sqlite":
            op.execute(
                f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id) "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are never replaced'); END"
            )
        elif dialect == "postgresql":
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse()")  # fmt: skip


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER {table}_no_replace")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
