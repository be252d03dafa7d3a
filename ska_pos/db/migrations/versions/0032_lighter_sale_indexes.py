"""lighter sale indexes: a sale's commit no longer writes index entries that no query needs

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07 12:30:00

Issue 8 item 9 (benchmarks/sale_commit.py; docs/architecture.md): every index entry a sale adds is a page its
commit may dirty and sync.

- `ix_earning_worker_date` (worker, business date) was the first two columns of `ix_earning_worker_sums` (migration
  0002) again: every look-up by worker and date can read the longer index, so the shorter one only cost each
  earning entry a second insert into a B-tree ordered by worker, a page away from everything else the sale writes.
  (Without ANALYZE, SQLite now reads a maker's consignment settlement, which names the worker and the outlet,
  through `ix_earning_outlet_date`, the outlet's entries of the period, rather than the wider worker index: the
  same rows, found among more.)
- `ix_sale_reverses_sale_id` and `ix_sale_line_reverses_line_id` held an entry for every sale and line, nearly all
  NULL: only voids and refunds point at what they reverse. They now hold only those (partial, `IS NOT NULL`); every
  query on them asks for one id or a list of them (`=`, `IN`), which SQLite and PostgreSQL both know excludes NULL,
  so they still read the index.
- `ix_print_job_till_id` and `ix_print_job_status` become one index, `ix_print_job_till_status` (till, status):
  the retry worker's reads (a till's pending and failed jobs, and their count) searched by till alone, through
  every job the till ever printed, and no query read the status index; now they search the till's waiting jobs
  only, the look-up of a sale's jobs searches by till as before, and each print job is one index entry, not two.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVERSING = {"sale": "reverses_sale_id", "sale_line": "reverses_line_id"}


def upgrade() -> None:
    op.drop_index("ix_earning_worker_date", table_name="earning_entry")
    for table, column in REVERSING.items():
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        only_reversals = sa.text(f"{column} IS NOT NULL")
        op.create_index(
            f"ix_{table}_{column}", table, [column], sqlite_where=only_reversals, postgresql_where=only_reversals
        )
    op.drop_index("ix_print_job_status", table_name="print_job")
    op.drop_index("ix_print_job_till_id", table_name="print_job")
    op.create_index("ix_print_job_till_status", "print_job", ["till_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_print_job_till_status", table_name="print_job")
    op.create_index("ix_print_job_till_id", "print_job", ["till_id"])
    op.create_index("ix_print_job_status", "print_job", ["status"])
    for table, column in REVERSING.items():
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index("ix_earning_worker_date", "earning_entry", ["worker_id", "business_date"])
