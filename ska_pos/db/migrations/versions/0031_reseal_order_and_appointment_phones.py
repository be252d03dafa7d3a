"""reseal phones: an order's and an appointment's sealed phone may be sealed again with a new key

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07 09:00:00

`customer_order` and `salon_appointment` are append-only, so the personal data reseal (`ska-pos key rotate`) could
not seal their walk-in phones again and the old key could never be retired. Their UPDATE triggers now let one update
through: the sealed phone replaced by another sealed value (and an order's keyed hash to find it by with it), every
other column as it was. Deletes, truncation and replacing inserts stay refused; nothing is copied or rewritten here.
"""

from collections.abc import Sequence

from ska_pos.db.append_only import refuse_every_update, reseal_only

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {"customer_order": ("phone_lookup",), "salon_appointment": ()}


def upgrade() -> None:
    for table, beside in TABLES.items():
        reseal_only(table, f"{table} rows are never updated or deleted", "phone_sealed", beside=beside)


def downgrade() -> None:
    for table in TABLES:
        refuse_every_update(table, f"{table} rows are never updated or deleted")
