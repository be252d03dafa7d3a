"""money checks: no new payment of Rp0

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 03:30:00

A cash payment of Rp0 was written when the cash rounding covered the whole cash part, and the daily summary
counted it as a cash transaction. The services no longer write one; the database now refuses a new one too.

Nothing financial is deleted or updated in place, not even a row that carries no money: an auditor must find
every payment a till wrote. So the rows already written stay exactly as they are, and the rule holds for new
rows only (the reports leave a Rp0 row out of their counts):
- PostgreSQL: the CHECK `ck_payment_amount` is added NOT VALID, enforced for new and changed rows, the existing
  rows not checked.
- SQLite cannot add a CHECK without copying the table, and the copy would refuse the old rows; two triggers named
  `ck_payment_amount_insert`/`_update` raise `ck_payment_amount: ...` instead (payments are never updated; the
  update trigger keeps a Rp0 from being written that way either).

The model keeps `CheckConstraint("amount <> 0", name="amount")` (named `ck_payment_amount` by the naming
convention): it states the rule where the table is read, and Alembic's comparison of models with migrations
(tests/db/test_migrations.py) does not compare CHECK constraints or triggers, so the two agree on both databases.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MESSAGE = "ck_payment_amount: a payment is never Rp0"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("ALTER TABLE payment ADD CONSTRAINT ck_payment_amount CHECK (amount <> 0) NOT VALID"))
        return
    for event in ("INSERT", "UPDATE"):
        op.execute(
            sa.text(
                f"CREATE TRIGGER ck_payment_amount_{event.lower()} BEFORE {event} ON payment "
                f"WHEN NEW.amount = 0 BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("ALTER TABLE payment DROP CONSTRAINT ck_payment_amount"))
        return
    for event in ("insert", "update"):
        op.execute(sa.text(f"DROP TRIGGER ck_payment_amount_{event}"))
